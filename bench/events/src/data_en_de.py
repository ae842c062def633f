# Invented articles, English and German. Each case:
# (id, [headline, para, para, ...], where, where_core, when, when_core, traps, notes)

CASES = [
("en_01", [
"Ferry runs aground off Kestrel Point, 40 passengers taken off by lifeboat",
"HARLAN BAY, Dec 1 (Northwire) — A passenger ferry ran aground off Kestrel Point early on Tuesday, and coastguard crews spent more than three hours taking 40 people off the vessel in a heavy swell, officials said.",
"The Merrow Star, operated by Calloway Sound Lines, had left Harlan Bay shortly after 5 a.m. on its regular crossing to Merrow Island when it struck a sandbank about a mile from shore. Two crew members were treated for minor injuries.",
"The company said services on the route would remain suspended until at least next week, pending an inspection of the hull.",
], "Kestrel Point", "Kestrel Point", "early on Tuesday", "Tuesday",
["dateline-other-place", "agency-name", "secondary-place", "future-date", "non-date-number"],
"Event at sea off Kestrel Point; dateline town Harlan Bay is the departure port, Merrow Island the destination."),

("en_02", [
"Six hurt as hall roof gives way during bingo night",
"Published 3 December 2026, 08:14 | By Margaret Okonedo",
"Six people were injured when part of the roof of the Quarry Lane community hall in Ashby Fold collapsed on Wednesday evening, during a weekly bingo session attended by about 70 residents. Firefighters from the Dunmore Road station spent two hours checking the debris for anyone trapped.",
"The building is owned by the Bank of Lorvan, which said a structural survey carried out in 2023 had found no defects. A similar collapse at a church hall in Tarrow in 2019 prompted changes to inspection rules for public buildings.",
], "the Quarry Lane community hall", "Quarry Lane", "on Wednesday evening", "Wednesday",
["publication-line", "byline", "org-with-place-name", "secondary-place", "background-event"],
"Venue is the most specific place; town Ashby Fold follows it. Publication date is not the event date."),

("en_03", [
"Ammonia leak forces evacuation in Pellham Cross",
"Around 300 residents were told to leave their homes on Thursday afternoon after a storage tank at a fertiliser depot began leaking ammonia, police said. Officers closed the main road through the village and opened a rest centre at the primary school.",
"Stennard Agricultural, which runs the depot, said the leak had been stopped by 6 p.m. and that most people had been allowed back by nightfall. The Environment Agency has until 15 January to report on the cause.",
], "Pellham Cross", "Pellham Cross", "on Thursday afternoon", "Thursday",
["place-only-in-headline", "deadline", "later-time", "non-date-number"],
"Place appears only in the headline; body says only 'the village'."),

("en_04", [
"Hallowby mayor quits over expenses row",
"EXCLUSIVE",
"Derek Stainsby stood down as mayor of the Lancashire town of Hallowby yesterday, telling an emergency council meeting that he had \"lost the confidence of colleagues\". His resignation came hours after auditors found that council money had been used to pay for private trips abroad between 2022 and 2025.",
"Stainsby, who was first elected in 2017, denies any wrongdoing. A by-election is expected in March.",
], "the Lancashire town of Hallowby", "Hallowby", "yesterday", "yesterday",
["caps-heading", "person-name", "background-event", "future-date"],
"Resignation at a council meeting in Hallowby; region Lancashire is part of the phrase."),

("en_05", [
"Quillfeather recalls 12,000 e-bike batteries over fire risk",
"Quillfeather Mobility said on Friday it was recalling 12,000 e-bike batteries after customers reported packs overheating while charging, the company's second recall in two years. Owners have been told to stop using the batteries immediately and to register for a free replacement.",
"The firm, founded by Anika Rowe in 2019, said a software update to limit charging temperatures would be available by 30 June.",
], None, None, "on Friday", "Friday",
["null-place", "deadline", "background-event", "person-name", "non-date-number"],
"Announcement; time = when announced. No place is given for it."),

("en_06", [
"Floodwater cuts off Kilmarrow Bridge as river bursts its banks",
"ABERLOCH, Jan 15 (Northwire) — The village of Kilmarrow Bridge has been cut off by floodwater since Wednesday evening, when the River Tarran burst its banks after two days of torrential rain, emergency services said.",
"About 200 residents are without road access, and a helicopter delivered food and medicines to the village hall on Thursday. The village was last flooded in 2015, when dozens of homes had to be abandoned. Forecasters warned that more heavy rain was due at the weekend.",
], "The village of Kilmarrow Bridge", "Kilmarrow Bridge", "since Wednesday evening", "Wednesday",
["dateline-other-place", "agency-name", "later-time", "background-event", "future-date"],
"Multi-word village name; ongoing event since Wednesday evening; Thursday is a follow-up."),

("en_07", [
"Stourby stun leaders with late double",
"Stourby Athletic scored twice in the last five minutes to beat league leaders Penwick United 2-1 at Ferris Lane on Saturday afternoon, ending the visitors' 14-match unbeaten run.",
"Penwick had led through a first-half header from Callum Reddy, but substitute Jonah Pike levelled in the 86th minute before Sam Orrell drove in the winner in stoppage time. The sides meet again in the county cup on 14 February.",
], "Ferris Lane", "Ferris Lane", "on Saturday afternoon", "Saturday",
["org-with-place-name", "non-date-number", "person-name", "future-date"],
"Ground name is the place; club names contain town names."),

("en_08", [
"Lorry driver killed in crash near Eastwick Marsh",
"By Tom Hadley, Transport Correspondent",
"A lorry driver died this morning when his vehicle left the B4410 near Eastwick Marsh and overturned into a drainage dyke, police said. The road was closed for more than six hours while the wreckage was recovered.",
"It is the third fatal crash on the same stretch since 2024, and Norfolk County Council said it would review the speed limit before the end of March.",
], "the B4410 near Eastwick Marsh", "Eastwick Marsh", "this morning", "this morning",
["byline", "org-with-place-name", "background-event", "deadline", "non-date-number"],
"Road + nearby village; core is the village (road number alone is not a place name)."),

# ---------------- German ----------------
("de_01", [
"Großbrand in Sägewerk richtet Millionenschaden an",
"Lindenfurt (dpa) - Bei einem Großbrand in einem Sägewerk im oberbayerischen Lindenfurt ist am Freitagabend ein Schaden in Millionenhöhe entstanden. Verletzt wurde nach Angaben der Polizei niemand. Rund 120 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk waren bis in die frühen Morgenstunden im Einsatz.",
"Die Brandursache ist noch unklar. Die Ermittlungen hat die Kriminalpolizei Haslbrunn übernommen.",
], "oberbayerischen Lindenfurt", "Lindenfurt", "am Freitagabend", "Freitagabend",
["agency-name", "org-with-place-name", "later-time", "non-date-number"],
"Dateline names the same town; region adjective + town."),

("de_02", [
"Rohrbruch: Hunderte Haushalte in Oberweiden ohne Wasser",
"In der Nacht zum Sonntag ist in Oberweiden eine Hauptwasserleitung geborsten. Rund 800 Haushalte waren bis zum Mittag ohne Trinkwasser, wie die Stadtwerke Kaltenbach mitteilten, die das Leitungsnetz der Gemeinde betreiben. Die Feuerwehr pumpte mehrere vollgelaufene Keller aus.",
"Die Reparatur soll voraussichtlich bis Mittwoch dauern. Bis dahin stellen die Stadtwerke an drei Stellen im Ort Wasserwagen auf.",
], "Oberweiden", "Oberweiden", "In der Nacht zum Sonntag", "Sonntag",
["org-with-place-name", "deadline", "later-time", "non-date-number"],
"Stadtwerke Kaltenbach is the operator, event is in Oberweiden."),

("de_03", [
"Tumulte bei Bürgerversammlung zum Windpark",
"Aktualisiert am 04.12.2026, 07:32 Uhr · Von Jana Würtemberger",
"Bei einer Bürgerversammlung zum geplanten Windpark ist es am Mittwochabend in der Stadthalle von Wendelsau zu tumultartigen Szenen gekommen. Mehrere Besucher störten die Vorstellung der Pläne mit Trillerpfeifen und Sprechchören, Bürgermeister Konrad Hessel brach die Veranstaltung nach knapp einer Stunde ab. Die Polizei musste nicht eingreifen.",
"Der Projektträger, die Friesenmoor Energie GmbH, will im Januar zu einem neuen Termin einladen.",
], "der Stadthalle von Wendelsau", "Wendelsau", "am Mittwochabend", "Mittwochabend",
["publication-line", "byline", "person-name", "org-with-place-name", "future-date"],
"Place comes after the time; venue phrase, core is the town."),

("de_04", [
"Römisches Gräberfeld bei Bauarbeiten entdeckt",
"Archäologen haben am Ortsrand von Sankt Aldren ein römisches Gräberfeld mit mehr als 40 Bestattungen freigelegt. Die Fundstelle war bei Erschließungsarbeiten für ein Neubaugebiet aufgefallen, wie das Landesamt für Denkmalpflege mitteilte. Unter den Beigaben sind Glasgefäße, Münzen und eine bronzene Gewandnadel aus dem 2. Jahrhundert.",
"Bereits 1987 waren bei Kanalarbeiten in der Nachbargemeinde Kesselbrunn einzelne Urnen gefunden worden. Die schönsten Stücke sollen ab dem Frühjahr 2027 im Kreismuseum Talbach zu sehen sein.",
], "Ortsrand von Sankt Aldren", "Sankt Aldren", None, None,
["null-time", "background-event", "future-date", "org-with-place-name", "non-date-number"],
"No time given for the find; 1987 and 2027 are background/future. Multi-word town name."),

("de_05", [
"Regionalzug prallt gegen Traktor – zwei Verletzte",
"Am Dienstagmorgen ist ein Regionalzug an einem unbeschrankten Bahnübergang bei Kleinhollern (Landkreis Uckermark) mit einem Traktor zusammengestoßen. Der 58 Jahre alte Traktorfahrer und ein Fahrgast wurden leicht verletzt, die übrigen rund 60 Reisenden blieben unversehrt, wie die Bundespolizei mitteilte.",
"Die Strecke zwischen Prenzwalde und Kleinhollern war bis zum Nachmittag gesperrt. Erst im vergangenen Mai hatte es an demselben Übergang einen ähnlichen Unfall gegeben.",
], "einem unbeschrankten Bahnübergang bei Kleinhollern", "Kleinhollern", "Am Dienstagmorgen", "Dienstagmorgen",
["secondary-place", "background-event", "later-time", "non-date-number"],
"Level crossing near the village; compound weekday+part-of-day."),

("de_06", [
"Lawine erfasst zwei Skitourengeher in Tirol",
"Telfenau (APA) - Zwei Skitourengeher aus Deutschland sind am Samstagvormittag am Wildkarkogel im Tiroler Obernbachtal von einer Lawine erfasst worden. Ein 34-Jähriger konnte sich selbst befreien und grub seinen Begleiter aus, der mit Unterkühlungen in die Klinik nach Telfenau geflogen wurde. Zum Zeitpunkt des Unglücks herrschte Lawinenwarnstufe 3.",
"Erst vor zwei Wochen war im benachbarten Gamsbachtal ein Tourengeher tödlich verunglückt.",
], "Wildkarkogel im Tiroler Obernbachtal", "Wildkarkogel", "am Samstagvormittag", "Samstagvormittag",
["dateline-other-place", "agency-name", "secondary-place", "background-event", "non-date-number"],
"Mountain is the most specific place; dateline town is where the victim was flown."),

("de_07", [
"Warnstreik legt Hollersbräu lahm",
"Seit Mittwochabend streiken in Kemmelsdorf rund 300 Beschäftigte der Brauerei Hollersbräu. Die Gewerkschaft Nahrung-Genuss-Gaststätten (NGG) hatte zu dem Ausstand aufgerufen, nachdem auch die dritte Verhandlungsrunde ohne Ergebnis geblieben war. Seither steht die Abfüllung still.",
"Die NGG fordert 7,5 Prozent mehr Lohn. Die Gespräche sollen am 9. Dezember in der Unternehmenszentrale in Ebersmark fortgesetzt werden.",
], "Kemmelsdorf", "Kemmelsdorf", "Seit Mittwochabend", "Mittwochabend",
["future-date", "secondary-place", "non-date-number"],
"Ongoing strike since Wednesday evening; talks on 9 Dec in Ebersmark are future."),

("de_08", [
"Versandhändler Kaufwerk räumt Datenleck ein",
"Der Online-Händler Kaufwerk hat am Montag eingeräumt, dass Unbekannte Zugriff auf Daten von rund 1,4 Millionen Kundinnen und Kunden hatten. Betroffen seien Namen, Anschriften und teilweise Bankverbindungen, teilte das Unternehmen mit. Der Angriff liegt nach eigenen Angaben bereits mehrere Wochen zurück und wurde Ende Oktober entdeckt.",
"Die Landesdatenschutzbeauftragte in Hessen prüft den Fall. Kunden sollen bis Ende Januar schriftlich informiert werden.",
], None, None, "am Montag", "Montag",
["null-place", "background-event", "secondary-place", "deadline", "non-date-number"],
"Announcement (admission) on Monday; the attack itself is background. No place for the event."),
]
