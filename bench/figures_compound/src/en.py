# English. Hand-written; all people, clubs, companies and places are invented.


def F(surface, kind, number, counts, alt=()):
    return {"surface": surface, "figure": True, "kind": kind, "number": number,
            "counts": counts, "counts_alt": list(alt)}


def T(surface, kind):
    return {"surface": surface, "figure": False, "kind": kind}


SENTENCES = [
    # a. final score
    {"text": "Riverside Rovers came from behind to beat Hallam Town 3-2 on Saturday, with 19-year-old striker Dan Okafor heading the winner in front of a crowd of 18,450.",
     "numbers": [
         F("3-2", "score_final", None, "Riverside Rovers", ["Hallam Town"]),
         T("19-year-old", "age"),
         F("18,450", "count", 18450, "crowd"),
     ]},
    # a. score in play + final score
    {"text": "Ashford led 2-0 at half-time through goals from Liam Pryce and the No 10, Theo Marsh, but the match ended 2-2 after Caldwell struck in the 84th and 90th minutes.",
     "numbers": [
         T("2-0", "score_in_play"),
         T("No 10", "shirt_number"),
         F("2-2", "score_final", None, "the match", ["Ashford", "Caldwell"]),
         T("84th", "ordinal"),
         T("90th", "ordinal"),
     ]},
    # a. basketball, dateline
    {"text": "LAKESIDE, Ohio — The Lakeside Herons clinched their first conference title since 2009 with a 78-71 win over Dunmore State on Tuesday night, as guard Marcus Bell finished with 24 points and 11 rebounds.",
     "numbers": [
         T("first", "ordinal"),
         T("2009", "year"),
         F("78-71", "score_final", None, "Lakeside Herons", ["Dunmore State"]),
         F("24", "count", 24, "points", ["Marcus Bell"]),
         F("11", "count", 11, "rebounds"),
     ]},
    # b. vote
    {"text": "The Senate passed the infrastructure bill 62-38 late on Thursday, sending the $1.2 trillion package to the president's desk.",
     "numbers": [
         F("62-38", "vote", None, "the infrastructure bill", ["The Senate"]),
         F("$1.2 trillion", "money", 1.2e12, "package", ["the infrastructure bill"]),
     ]},
    # b. vote
    {"text": "MPs backed the amendment by 314 votes to 298, a majority of 16, after eight Conservative backbenchers rebelled against the whip.",
     "numbers": [
         F("314 votes to 298", "vote", None, "the amendment", ["MPs"]),
         F("16", "count", 16, "majority"),
         F("eight", "count", 8, "Conservative backbenchers"),
     ]},
    # b. vote + simple duration + change
    {"text": "Union members voted 1,204 to 877 to accept the two-year pay offer, which includes a 4.5% rise this year and a further 3% in 2027.",
     "numbers": [
         F("1,204 to 877", "vote", None, "pay offer", ["Union members"]),
         F("two-year", "duration_news", 2, "pay offer"),
         F("4.5%", "change", 4.5, "rise", ["pay offer"]),
         F("3%", "change", 3, "pay offer"),
         T("2027", "year"),
     ]},
    # c. fractions in words
    {"text": "About a third of the county's 212 bus routes will be cut or merged under the plan, while two-thirds of the remaining services will run less often, council papers show.",
     "numbers": [
         F("About a third", "fraction", 0.3333, "bus routes", ["the county's 212 bus routes"]),
         F("212", "count", 212, "bus routes"),
         F("two-thirds", "fraction", 0.6667, "remaining services"),
     ]},
    # c. fractions in words
    {"text": "Nearly three quarters of respondents said they could not afford an unexpected bill of £500, up from just over half in 2022.",
     "numbers": [
         F("Nearly three quarters", "fraction", 0.75, "respondents"),
         F("£500", "money", 500, "unexpected bill"),
         F("just over half", "fraction", 0.5, "respondents"),
         T("2022", "year"),
     ]},
    # c. fraction in digits, headline style
    {"text": "Survey: 1/3 of small firms expect to cut staff in 2027, while 58% plan to freeze hiring",
     "numbers": [
         F("1/3", "fraction", 0.3333, "small firms"),
         T("2027", "year"),
         F("58%", "percentage", 58, "small firms"),
     ]},
    # d. ratios
    {"text": "One in five adults in the region now lives alone, compared with one in eight in 1991, census data show.",
     "numbers": [
         F("One in five", "ratio", 0.2, "adults"),
         F("one in eight", "ratio", 0.125, "adults"),
         T("1991", "year"),
     ]},
    # d. ratios with digits + model name
    {"text": "Roughly 1 in 4 new cars sold in the country in October was fully electric, against 1 in 7 a year earlier, with the Volta E5 the best-selling model.",
     "numbers": [
         F("Roughly 1 in 4", "ratio", 0.25, "new cars"),
         F("1 in 7", "ratio", 0.1429, "new cars"),
         T("E5", "other_identifier"),
     ]},
    # d. ratio + poll size + date range
    {"text": "Three in 10 voters said the cost of living was the most important issue, according to the poll of 2,031 adults conducted between 3 and 6 May.",
     "numbers": [
         F("Three in 10", "ratio", 0.3, "voters"),
         F("2,031", "count", 2031, "adults", ["poll"]),
         T("between 3 and 6 May", "date"),
     ]},
    # e. X out of Y
    {"text": "Inspectors rated 12 out of 40 schools in the borough as requiring improvement, up from seven last year.",
     "numbers": [
         F("12 out of 40", "part_of_whole", 12, "schools"),
         F("seven", "count", 7, "schools"),
     ]},
    # e. X of the Y + season
    {"text": "Seven of the 11 players who started the cup final in May have left the club since the end of the 2024-25 season, the latest being 31-year-old captain Ollie Brandt.",
     "numbers": [
         F("Seven of the 11", "part_of_whole", 7, "players"),
         T("2024-25", "reference_period"),
         T("31-year-old", "age"),
     ]},
    # e. X of the Y + target year
    {"text": "Only 9 of the 27 member states have met the 2030 target for recycled packaging, the commission said on Wednesday.",
     "numbers": [
         F("Only 9 of the 27", "part_of_whole", 9, "member states"),
         T("2030", "year"),
     ]},
    # f. compound prison term + law article
    {"text": "A former council treasurer who admitted fraud under section 4 of the Fraud Act 2006 was jailed for six years and four months on Friday for stealing £2.3 million from the authority over eight and a half years.",
     "numbers": [
         T("section 4", "law_article"),
         T("2006", "year"),
         F("six years and four months", "duration_news", None, "jailed"),
         F("£2.3 million", "money", 2300000, "stealing", ["the authority"]),
         F("eight and a half years", "duration_news", 8.5, "stealing"),
     ]},
    # f. compound duration
    {"text": "The tunnel repairs, originally expected to take 18 months, will now last two years and three months, pushing the reopening to the spring of 2029.",
     "numbers": [
         F("18 months", "duration_news", 18, "tunnel repairs"),
         F("two years and three months", "duration_news", None, "tunnel repairs"),
         T("2029", "year"),
     ]},
    # f. race times with colons
    {"text": "Hana Tesfaye won the Riverside Marathon in 2:21:07, breaking the course record by 48 seconds, while defending champion Grace Wanjiru was fourth in 2:23:50.",
     "numbers": [
         F("2:21:07", "race_time", None, "Riverside Marathon", ["Hana Tesfaye"]),
         F("48 seconds", "measure", 48, "course record"),
         T("fourth", "ordinal"),
         F("2:23:50", "race_time", None, "Grace Wanjiru"),
     ]},
    # f. race times in seconds
    {"text": "Jordan Ames stopped the clock at 9.94 seconds to win the national sprint title, the fastest time in the world this season, with teammate Kai Reid second in 10.01.",
     "numbers": [
         F("9.94 seconds", "race_time", 9.94, "national sprint title", ["Jordan Ames"]),
         T("second", "ordinal"),
         F("10.01", "race_time", 10.01, "Kai Reid"),
     ]},
    # g. odds
    {"text": "Bookmakers cut the odds on Dunmore winning the title to 7/2 from 6-1 after the draw, with Ashford still the 5-4 favourites.",
     "numbers": [
         F("7/2", "odds", None, "Dunmore", ["the title"]),
         F("6-1", "odds", None, "Dunmore", ["the title"]),
         F("5-4", "odds", None, "Ashford", ["favourites"]),
     ]},
    # h. dimension + time + road
    {"text": "Protesters unfurled a banner measuring 3 by 4 metres from the bridge over the A40 at about 10.30am, police said.",
     "numbers": [
         F("3 by 4 metres", "dimension", None, "banner"),
         T("A40", "route_or_flight"),
         T("10.30am", "time_of_day"),
     ]},
    # h. dimension + money
    {"text": "The stolen painting, a 20 x 30 cm oil on canvas dated 1887, was valued at €450,000 by the insurer.",
     "numbers": [
         F("20 x 30 cm", "dimension", None, "oil on canvas", ["The stolen painting"]),
         T("1887", "year"),
         F("€450,000", "money", 450000, "The stolen painting", ["valued"]),
     ]},
    # i. range
    {"text": "\"We were expecting between 300 and 400 people, and about 2,500 came,\" said Jo Pike, who organised the vigil.",
     "numbers": [
         F("between 300 and 400", "range", 300, "people", ["vigil"]),
         F("about 2,500", "count", 2500, "people", ["vigil"]),
     ]},
    # i. range + change + rate
    {"text": "The central bank now expects inflation of 3 to 5 percent next year and has raised its key rate by 0.25 percentage points to 4.75%, its highest since 2008.",
     "numbers": [
         F("3 to 5 percent", "range", 3, "inflation"),
         F("0.25 percentage points", "change", 0.25, "key rate"),
         F("4.75%", "percentage", 4.75, "key rate"),
         T("2008", "year"),
     ]},
]
