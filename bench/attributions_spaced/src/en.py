# English items, hand-written. Every person, organisation and place is invented.


def a(source, head, cue, claim, status="claimed", **extra):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(extra)
    return d


ITEMS = [
    # 000 subject before verb
    {"text": "The Ministry of Transport said on Tuesday that repairs to the Halvern bridge would take at least six more weeks.",
     "attributions": [a("The Ministry of Transport", "Ministry", "said", "repairs to the Halvern bridge would take at least six more weeks")]},
    # 001 quote (straight marks), then inverted verb + common noun
    {"text": "\"We will not accept any deal that cuts pensions,\" said the union.",
     "attributions": [a("the union", "union", "said", "We will not accept any deal that cuts pensions")]},
    # 002 claim, then subject + verb + channel
    {"text": "More than 40 ships were held outside the harbour overnight, the Port of Castrel authority said in a statement.",
     "attributions": [a("the Port of Castrel authority", "authority", "said", "More than 40 ships were held outside the harbour overnight")]},
    # 003 title + name in apposition
    {"text": "The union's general secretary, Marta Ilves, said talks with the employers had collapsed shortly after midnight.",
     "attributions": [a("The union's general secretary, Marta Ilves", "Ilves", "said", "talks with the employers had collapsed shortly after midnight")]},
    # 004 TRAP passive
    {"text": "Residents of the lower town were told to stay indoors on Sunday as floodwater rose above the second embankment.",
     "attributions": []},
    # 005 aside between subject and verb
    {"text": "Brenmoor Foods, however, said it had no plans to close its plant in Ostley, where some 600 people work.",
     "attributions": [a("Brenmoor Foods", "Brenmoor", "said", "it had no plans to close its plant in Ostley")]},
    # 006 relative clause aside
    {"text": "The mayor, who took office in 2019 after a narrow run-off, said the city could not afford a second tram line before 2030.",
     "attributions": [a("The mayor", "mayor", "said", "the city could not afford a second tram line before 2030")]},
    # 007 quote, speaker, second quote in a new sentence
    {"text": "“The evidence was never shown to the defence,” lawyer Tomas Reyk told reporters outside the court. “That alone should end this trial.”",
     "attributions": [a("lawyer Tomas Reyk", "Reyk", "told", "The evidence was never shown to the defence")]},
    # 008 according to
    {"text": "According to the regional health board, 312 people were admitted to hospital with flu symptoms last week, almost twice as many as a year ago.",
     "attributions": [a("the regional health board", "health board", "According to", "312 people were admitted to hospital with flu symptoms last week, almost twice as many as a year ago")]},
    # 009 relay: outlet citing sources
    {"text": "The Ansbury Courier reported, citing two people familiar with the talks, that the merger of the two regional lenders, which would create the country's third-largest bank by deposits, could be announced as early as Friday.",
     "attributions": [a("The Ansbury Courier", "Courier", "reported", "the merger of the two regional lenders, which would create the country's third-largest bank by deposits, could be announced as early as Friday", "reported"),
                      a("two people familiar with the talks", "people", "citing", "the merger of the two regional lenders, which would create the country's third-largest bank by deposits, could be announced as early as Friday")]},
    # 010 TRAP reportedly
    {"text": "The hotel had reportedly changed hands twice in the year before the fire.",
     "attributions": []},
    # 011 two parties: claim and denial
    {"text": "Police said the driver had been drinking before the crash, but his lawyer denied it.",
     "attributions": [a("Police", "Police", "said", "the driver had been drinking before the crash"),
                      a("his lawyer", "lawyer", "denied", "the driver had been drinking before the crash", "denied")]},
    # 012 pronoun needs previous sentence
    {"text": "Defence Minister Ivo Starkel visited the border post at Dremm on Thursday. He said the army would add two patrol units there by spring.",
     "attributions": [a("He", "He", "said", "the army would add two patrol units there by spring", refers_to="Defence Minister Ivo Starkel")]},
    # 013 confirmation
    {"text": "A spokeswoman for Kelvar Airlines confirmed that the flight had returned to Norbridge after a warning light came on in the cockpit.",
     "attributions": [a("A spokeswoman for Kelvar Airlines", "spokeswoman", "confirmed", "the flight had returned to Norbridge after a warning light came on in the cockpit", "confirmed")]},
    # 014 negated confirmation
    {"text": "The club did not confirm reports that its coach, Aldo Venn, had been approached by a rival side.",
     "attributions": [a("The club", "club", "did not confirm", "its coach, Aldo Venn, had been approached by a rival side", "confirmed", negated=True)]},
    # 015 verb before quote
    {"text": "Prosecutor Lena Darrow told the court: “The defendant knew the bridge was unsafe and signed the report anyway.”",
     "attributions": [a("Prosecutor Lena Darrow", "Darrow", "told", "The defendant knew the bridge was unsafe and signed the report anyway")]},
    # 016 TRAP the story she had told
    {"text": "Asked about the story she had told her neighbours, Ms Orlan laughed and shook her head.",
     "attributions": []},
    # 017 channel + apposition + partial quote
    {"text": "In a post on X, the opposition leader, Paul Mentz, said the election date had been chosen “to suit the government and nobody else”.",
     "attributions": [a("the opposition leader, Paul Mentz", "Mentz", "said", "the election date had been chosen “to suit the government and nobody else”")]},
    # 018 present tense say, group
    {"text": "Scientists at the Harrowgate Institute say the new battery cell loses less than 2 percent of its capacity after 1,000 charges.",
     "attributions": [a("Scientists at the Harrowgate Institute", "Scientists", "say", "the new battery cell loses less than 2 percent of its capacity after 1,000 charges")]},
    # 019 TRAP 'statement' as a noun, no claim
    {"text": "The minister's long-awaited statement on water prices has been postponed until next week.",
     "attributions": []},
    # 020 said ..., adding that ...
    {"text": "Inspectors found no sign of contamination, the food safety agency said on Monday, adding that the recall would nevertheless continue.",
     "attributions": [a("the food safety agency", "agency", "said", "Inspectors found no sign of contamination"),
                      a("the food safety agency", "agency", "adding", "the recall would nevertheless continue")]},
    # 021 title + name without commas, after claim
    {"text": "The striker will miss at least a month with a hamstring injury, Rovers manager Dean Holt said after Saturday's 2-1 defeat.",
     "attributions": [a("Rovers manager Dean Holt", "Holt", "said", "The striker will miss at least a month with a hamstring injury")]},
    # 022 denial
    {"text": "The company denied that any customer data had been taken.",
     "attributions": [a("The company", "company", "denied", "any customer data had been taken", "denied")]},
    # 023 the same source
    {"text": "A senior official in the finance ministry said the budget gap had grown to 3.1 billion crowns. The shortfall would be covered by new borrowing, the same source added.",
     "attributions": [a("A senior official in the finance ministry", "official", "said", "the budget gap had grown to 3.1 billion crowns"),
                      a("the same source", "source", "added", "The shortfall would be covered by new borrowing", refers_to="A senior official in the finance ministry")]},
    # 024 TRAP passive 'were informed'
    {"text": "Staff at the Larch Road depot were informed on Friday that their night shifts would be cut from January.",
     "attributions": []},
    # 025 according to documents seen by an outlet
    {"text": "Ms Kaan, 54, was arrested at her home in Wexley on Tuesday, according to court documents seen by the Ledger.",
     "attributions": [a("court documents seen by the Ledger", "documents", "according to", "Ms Kaan, 54, was arrested at her home in Wexley on Tuesday")]},
    # 026 split quote, speaker in the middle
    {"text": "“We are short of beds,” the hospital's director, Dr Ana Felt, said, “and we are short of nurses.”",
     "attributions": [a("the hospital's director, Dr Ana Felt", "Felt", "said", "and we are short of nurses")]},
    # 027 channel: interview
    {"text": "Speaking in an interview with Radio Tarn, the coach of the national team, Iris Molen, said she would name her squad on 12 May.",
     "attributions": [a("the coach of the national team, Iris Molen", "Molen", "said", "she would name her squad on 12 May")]},
    # 028 claim then plural common noun
    {"text": "Two people were killed and 11 injured when a gas tank exploded at a warehouse in Penwick, fire officials said.",
     "attributions": [a("fire officials", "officials", "said", "Two people were killed and 11 injured when a gas tank exploded at a warehouse in Penwick")]},
    # 029 TRAP verb of saying inside a quoted phrase only
    {"text": "“Nobody ever said this would be easy” has become the unofficial motto of the rescue teams in the valley.",
     "attributions": []},
    # 030 warned in a report
    {"text": "The Coastal Research Trust warned in a report published on Wednesday that sea levels along the Marrow estuary could rise by 40 centimetres by 2070.",
     "attributions": [a("The Coastal Research Trust", "Trust", "warned", "sea levels along the Marrow estuary could rise by 40 centimetres by 2070")]},
    # 031 court: ruling and a rejected claim
    {"text": "Judge Helen Osric ruled that the evidence was admissible, rejecting the defence's claim that it had been obtained illegally.",
     "attributions": [a("Judge Helen Osric", "Osric", "ruled", "the evidence was admissible"),
                      a("the defence", "defence", "claim", "it had been obtained illegally"),
                      a("Judge Helen Osric", "Osric", "rejecting", "it had been obtained illegally", "denied")]},
    # 032 confirmation with 'officials at'
    {"text": "Officials at Mill Lane primary school confirmed on Friday that classes would resume on Monday after the boiler was repaired.",
     "attributions": [a("Officials at Mill Lane primary school", "Officials", "confirmed", "classes would resume on Monday after the boiler was repaired", "confirmed")]},
    # 033 claim, police said on Monday
    {"text": "The suspect was detained at a petrol station near Gorsby, police said on Monday.",
     "attributions": [a("police", "police", "said", "The suspect was detained at a petrol station near Gorsby")]},
    # 034 neither ... nor ... would confirm
    {"text": "Neither the ministry nor the embassy would confirm that the two journalists had been released.",
     "attributions": [a("the ministry", "ministry", "would confirm", "the two journalists had been released", "confirmed", negated=True),
                      a("the embassy", "embassy", "would confirm", "the two journalists had been released", "confirmed", negated=True)]},
    # 035 TRAP 'is said to be'
    {"text": "The company is said to be preparing a bid for its smaller rival in the north.",
     "attributions": []},
    # 036 relay with 'citing' first
    {"text": "Citing a police report, the Norbridge Echo said the two men had been arguing for about an hour before the shooting.",
     "attributions": [a("the Norbridge Echo", "Echo", "said", "the two men had been arguing for about an hour before the shooting", "reported"),
                      a("a police report", "report", "Citing", "the two men had been arguing for about an hour before the shooting")]},
    # 037 group, present tense
    {"text": "Farmers in the Kessel valley say they have lost half their harvest to the drought and want the state to pay.",
     "attributions": [a("Farmers in the Kessel valley", "Farmers", "say", "they have lost half their harvest to the drought and want the state to pay")]},
    # 038 asked whether ..., said only: quote
    {"text": "Asked whether he would stand again, the senator, Roland Vey, said only: “That is a question for another day.”",
     "attributions": [a("the senator, Roland Vey", "Vey", "said", "That is a question for another day")]},
    # 039 long naming after the claim, told an agency
    {"text": "Rescuers pulled a woman alive from the rubble of a collapsed apartment block in Dunmore late on Thursday, more than 50 hours after the earthquake struck, a spokesman for the civil defence service, Jonas Pell, told the Tarn News Agency.",
     "attributions": [a("a spokesman for the civil defence service, Jonas Pell", "Pell", "told", "Rescuers pulled a woman alive from the rubble of a collapsed apartment block in Dunmore late on Thursday, more than 50 hours after the earthquake struck")]},
]
