# English news passages. Forms cycle: anaphoric, split_quote, colon, two_verbs,
# follow_up, ordinary, trap (no attribution); items 28 (anaphoric) and 29 (trap) close the set.
# "_other_half" (split quotes only) is a build-time check field: the shorter half of the
# quote; build.py verifies it is shorter than the claim and drops it from the output.


def A(source, head, cue, claim, status, form, **kw):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(kw)
    d["form"] = form
    return d


ITEMS = [
    # 000 anaphoric (confirmation, passive with agent)
    {"text": "The Kessler Street bridge will remain closed to heavy goods vehicles until at least the end of March. This was confirmed on Tuesday by the Regional Roads Authority. Engineers found corrosion in two of the main supports last month.",
     "attributions": [
         A("the Regional Roads Authority", "Roads Authority", "confirmed",
           "The Kessler Street bridge will remain closed to heavy goods vehicles until at least the end of March",
           "confirmed", "anaphoric"),
     ]},
    # 001 split_quote (interrupted quote) + ordinary
    {"text": "Passenger services between Tarrowmere and Quellbury will resume in the spring, the operator said on Monday. “We will reopen the line,” said Carla Menzies, the company's chief executive, “but not before the signalling on the northern section has been fully tested.”",
     "attributions": [
         A("the operator", "operator", "said",
           "Passenger services between Tarrowmere and Quellbury will resume in the spring", "claimed", "ordinary"),
         A("Carla Menzies", "Menzies", "said",
           "but not before the signalling on the northern section has been fully tested", "claimed", "split_quote",
           _other_half="We will reopen the line"),
     ]},
    # 002 colon
    {"text": "The council has approved a new budget for road repairs after months of delays. Council leader Amira Doshwell said: “Every pothole reported before June will be fixed by the end of the summer.” Opposition councillors abstained in the vote.",
     "attributions": [
         A("Council leader Amira Doshwell", "Doshwell", "said",
           "Every pothole reported before June will be fixed by the end of the summer", "claimed", "colon"),
     ]},
    # 003 two_verbs (confirmed A but denied B)
    {"text": "The Quellbury Water Company confirmed that traces of diesel had been found in a reservoir near Fenhallow but denied that tap water had been contaminated at any point. Residents were advised to keep using the supply as normal.",
     "attributions": [
         A("The Quellbury Water Company", "Quellbury Water", "confirmed",
           "traces of diesel had been found in a reservoir near Fenhallow", "confirmed", "two_verbs"),
         A("The Quellbury Water Company", "Quellbury Water", "denied",
           "tap water had been contaminated at any point", "denied", "two_verbs"),
     ]},
    # 004 follow_up (pronoun "He added that")
    {"text": "Defence Minister Ivo Starkel said on Wednesday that the army would withdraw two battalions from the border region by the end of the year. He added that the decision had been coordinated with neighbouring governments. The move had been expected for several weeks.",
     "attributions": [
         A("Defence Minister Ivo Starkel", "Starkel", "said",
           "the army would withdraw two battalions from the border region by the end of the year", "claimed", "ordinary"),
         A("He", "He", "added", "the decision had been coordinated with neighbouring governments", "claimed",
           "follow_up", refers_to="Defence Minister Ivo Starkel"),
     ]},
    # 005 ordinary ("according to" after the claim; "Police said" before it)
    {"text": "Three people were taken to hospital after a gas explosion in a block of flats in Marrowgate on Sunday evening, according to the fire service. The building has been evacuated. Police said the cause was not yet known.",
     "attributions": [
         A("the fire service", "fire service", "according to",
           "Three people were taken to hospital after a gas explosion in a block of flats in Marrowgate on Sunday evening",
           "claimed", "ordinary"),
         A("Police", "Police", "said", "the cause was not yet known", "claimed", "ordinary"),
     ]},
    # 006 trap: hedge "reportedly", impersonal "It is understood", agentless passive
    {"text": "A second round of talks between the two delivery firms is reportedly planned for next week. It is understood that no agreement has yet been reached on pay. The first round was described as constructive.",
     "attributions": []},
    # 007 anaphoric ("That is according to ...")
    {"text": "The Tarrowmere steelworks will cut 400 jobs over the next two years. That is according to a letter sent to staff by the plant's management on Thursday. Unions have called an emergency meeting for Friday.",
     "attributions": [
         A("the plant's management", "management", "according to",
           "The Tarrowmere steelworks will cut 400 jobs over the next two years", "claimed", "anaphoric"),
     ]},
    # 008 split_quote (quote opens the passage, speaker named after it)
    {"text": "“Nobody should have to wait eleven hours in an emergency department,” said Dr Helen Oduya, who chairs the Fenhallow hospital trust. The trust plans to open forty extra beds this winter.",
     "attributions": [
         A("Dr Helen Oduya", "Oduya", "said",
           "Nobody should have to wait eleven hours in an emergency department", "claimed", "split_quote"),
     ]},
    # 009 colon (plus a speech verb with no content: "did not say how many")
    {"text": "In a statement released late on Friday, the Ministry of Health said: “Vaccination centres in all northern districts will stay open through the holidays.” The ministry did not say how many additional staff would be needed.",
     "attributions": [
         A("the Ministry of Health", "Ministry", "said",
           "Vaccination centres in all northern districts will stay open through the holidays", "claimed", "colon"),
     ]},
    # 010 two_verbs (admitted A but rejected B)
    {"text": "Opposition leader Marta Kellaway admitted that her party had accepted a donation from a property developer, but rejected suggestions that the money had influenced its housing policy. The donation was declared in the party's annual accounts.",
     "attributions": [
         A("Opposition leader Marta Kellaway", "Kellaway", "admitted",
           "her party had accepted a donation from a property developer", "claimed", "two_verbs"),
         A("Opposition leader Marta Kellaway", "Kellaway", "rejected",
           "the money had influenced its housing policy", "denied", "two_verbs"),
     ]},
    # 011 follow_up ("He also said that"); "declined to comment" carries no claim
    {"text": "Police commissioner Daniel Forthby warned that the force could run out of money by October. He also said that recruitment of new officers had been frozen. A spokesperson for the county council declined to comment.",
     "attributions": [
         A("Police commissioner Daniel Forthby", "Forthby", "warned",
           "the force could run out of money by October", "claimed", "ordinary"),
         A("He", "He", "said", "recruitment of new officers had been frozen", "claimed", "follow_up",
           refers_to="Police commissioner Daniel Forthby"),
     ]},
    # 012 ordinary (relay: outlet reported, citing officials)
    {"text": "The Tessbury Ledger reported on Saturday, citing two officials at the transport ministry, that the planned high-speed link to the coast would be delayed by at least three years. The ministry has not commented publicly.",
     "attributions": [
         A("The Tessbury Ledger", "Tessbury Ledger", "reported",
           "the planned high-speed link to the coast would be delayed by at least three years", "reported", "ordinary"),
         A("two officials at the transport ministry", "officials", "citing",
           "the planned high-speed link to the coast would be delayed by at least three years", "claimed", "ordinary"),
     ]},
    # 013 trap: speech noun with no content; "This was reported" credits nobody
    {"text": "A statement from the harbour authority on the collapsed pier was postponed until Thursday. Repair work was halted over the weekend. This was reported on Monday.",
     "attributions": []},
    # 014 anaphoric ("This was announced by ...")
    {"text": "Fenhallow will host the national rowing championships in 2028. This was announced by the Rowing Federation at a news conference on Tuesday. The town last hosted the event in 1994.",
     "attributions": [
         A("the Rowing Federation", "Rowing Federation", "announced",
           "Fenhallow will host the national rowing championships in 2028", "claimed", "anaphoric"),
     ]},
    # 015 split_quote (reporting clause "told reporters" in the middle)
    {"text": "The strike at the Brenmoor container port entered its second week on Monday. “We are ready to talk at any time,” union negotiator Pavel Risko told reporters, “but the company has to put a serious offer on the table first.”",
     "attributions": [
         A("union negotiator Pavel Risko", "Risko", "told",
           "but the company has to put a serious offer on the table first", "claimed", "split_quote",
           _other_half="We are ready to talk at any time"),
     ]},
    # 016 colon ("told ...:")
    {"text": "Traders in Marrowgate are pressing for a decision on the long-delayed bypass. Chamber of commerce president Ruth Anselm told local radio: “Without the bypass, half of the shops on the high street will be gone within five years.”",
     "attributions": [
         A("Chamber of commerce president Ruth Anselm", "Anselm", "told",
           "Without the bypass, half of the shops on the high street will be gone within five years", "claimed", "colon"),
     ]},
    # 017 two_verbs (confirmed A, did not confirm B -> negated confirmation)
    {"text": "A spokesman for the Ministry of the Interior confirmed that a police officer had been suspended after the clashes in Ostley, but did not confirm that a disciplinary inquiry had been opened. The officer has not been named.",
     "attributions": [
         A("A spokesman for the Ministry of the Interior", "spokesman", "confirmed",
           "a police officer had been suspended after the clashes in Ostley", "confirmed", "two_verbs"),
         A("A spokesman for the Ministry of the Interior", "spokesman", "did not confirm",
           "a disciplinary inquiry had been opened", "confirmed", "two_verbs", negated=True),
     ]},
    # 018 follow_up ("She said" in the next sentence, no "that")
    {"text": "Health Secretary Nadia Verhoeven told parliament that waiting lists had fallen for the third month in a row. She said the improvement was due to longer opening hours at local clinics. The full figures will be published next week.",
     "attributions": [
         A("Health Secretary Nadia Verhoeven", "Verhoeven", "told",
           "waiting lists had fallen for the third month in a row", "claimed", "ordinary"),
         A("She", "She", "said", "the improvement was due to longer opening hours at local clinics", "claimed",
           "follow_up", refers_to="Health Secretary Nadia Verhoeven"),
     ]},
    # 019 ordinary (source after the claim)
    {"text": "Flights from Quellbury airport were suspended for six hours on Sunday because of fog, the airport operator said. About 3,000 passengers were affected. More fog is forecast for Tuesday.",
     "attributions": [
         A("the airport operator", "operator", "said",
           "Flights from Quellbury airport were suspended for six hours on Sunday because of fog", "claimed", "ordinary"),
     ]},
    # 020 trap: verb of saying inside a quoted motto
    {"text": "Hundreds of cyclists rode through the centre of Ellisford on Saturday behind a banner reading “Say yes to safe lanes”. The ride ended outside the town hall. No arrests were made.",
     "attributions": []},
    # 021 anaphoric (confirmation with "this" as object)
    {"text": "Two of the four suspects arrested after the Brenmoor bank robbery have been released without charge. Detective Inspector Sophie Lanagan confirmed this on Friday evening.",
     "attributions": [
         A("Detective Inspector Sophie Lanagan", "Lanagan", "confirmed",
           "Two of the four suspects arrested after the Brenmoor bank robbery have been released without charge",
           "confirmed", "anaphoric"),
     ]},
    # 022 split_quote (first half is the longer one; trailing apposition not part of the source)
    {"text": "Farmers across the region have lost much of their wheat to the summer drought. “The harvest is the worst we have seen in twenty years,” said Jonas Pelle, head of the Eastern Plains farmers' union, “and prices in the shops will rise before Christmas.”",
     "attributions": [
         A("Jonas Pelle", "Pelle", "said",
           "The harvest is the worst we have seen in twenty years", "claimed", "split_quote",
           _other_half="and prices in the shops will rise before Christmas"),
     ]},
    # 023 colon
    {"text": "Fire crews were still at the scene of the warehouse blaze in Ostley on Wednesday morning. Regional fire chief Omar Whitlock said: “The roof could collapse at any moment, and nobody is going back inside until it is safe.”",
     "attributions": [
         A("Regional fire chief Omar Whitlock", "Whitlock", "said",
           "The roof could collapse at any moment, and nobody is going back inside until it is safe", "claimed", "colon"),
     ]},
    # 024 two_verbs (said A and denied B)
    {"text": "The Ministry of Agriculture said it would compensate farmers for livestock lost in the floods and denied that payments from last year's drought scheme were still outstanding. More than 2,000 animals drowned when the river burst its banks in October.",
     "attributions": [
         A("The Ministry of Agriculture", "Ministry", "said",
           "it would compensate farmers for livestock lost in the floods", "claimed", "two_verbs"),
         A("The Ministry of Agriculture", "Ministry", "denied",
           "payments from last year's drought scheme were still outstanding", "denied", "two_verbs"),
     ]},
    # 025 follow_up ("She added that" after a source-final attribution)
    {"text": "The striking nurses will return to work on Monday, union spokeswoman Grace Ambler said after the vote. She added that the union would keep the dispute open if the pay offer was not signed by the end of the month.",
     "attributions": [
         A("union spokeswoman Grace Ambler", "Ambler", "said",
           "The striking nurses will return to work on Monday", "claimed", "ordinary"),
         A("She", "She", "added",
           "the union would keep the dispute open if the pay offer was not signed by the end of the month",
           "claimed", "follow_up", refers_to="union spokeswoman Grace Ambler"),
     ]},
    # 026 ordinary ("according to" after the claim, plain narrative sentences around it)
    {"text": "Unemployment in the Tarrowmere region fell to 6.2 per cent in October, according to the regional statistics office. The decline was strongest among young people. The figures are provisional.",
     "attributions": [
         A("the regional statistics office", "statistics office", "according to",
           "Unemployment in the Tarrowmere region fell to 6.2 per cent in October", "claimed", "ordinary"),
     ]},
    # 027 trap: "is said to", "allegedly", agentless passive
    {"text": "The former head of the port authority is said to have left the country last week. He allegedly received payments from a shipping firm for more than a decade. An arrest warrant was issued on Friday.",
     "attributions": []},
    # 028 anaphoric (outlet relay: "This was reported by ..., citing ...")
    {"text": "The mayor of Ellisford, Joan Pirrell, will not seek a third term. This was reported by the Tessbury Ledger on Sunday, citing people close to the mayor.",
     "attributions": [
         A("the Tessbury Ledger", "Tessbury Ledger", "reported",
           "The mayor of Ellisford, Joan Pirrell, will not seek a third term", "reported", "anaphoric"),
         A("people close to the mayor", "people", "citing",
           "The mayor of Ellisford, Joan Pirrell, will not seek a third term", "claimed", "anaphoric"),
     ]},
    # 029 trap: "It was announced", agentless "had been told", evaluation without content
    {"text": "It was announced on Tuesday that the Fenhallow ring road will open in May. Residents had been told to expect the opening last autumn. The news was welcomed by local businesses.",
     "attributions": []},
]
