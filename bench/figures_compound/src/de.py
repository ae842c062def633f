# German. Hand-written; all people, clubs, companies and places are invented.


def F(surface, kind, number, counts, alt=()):
    return {"surface": surface, "figure": True, "kind": kind, "number": number,
            "counts": counts, "counts_alt": list(alt)}


def T(surface, kind):
    return {"surface": surface, "figure": False, "kind": kind}


SENTENCES = [
    # a. Endstand
    {"text": "Der FC Altmühltal hat das Derby gegen den SV Rheinau mit 3:2 gewonnen; vor 21.300 Zuschauern traf der 19-jährige Jonas Eberle in der 88. Minute zum Sieg.",
     "numbers": [
         F("3:2", "score_final", None, "FC Altmühltal", ["SV Rheinau", "Derby"]),
         F("21.300", "count", 21300, "Zuschauern"),
         T("19-jährige", "age"),
         T("88.", "ordinal"),
     ]},
    # a. Pausenstand + Endstand
    {"text": "Zur Pause hatte Borussia Weststadt noch mit 2:0 geführt, am Ende reichte es nach zwei späten Gegentoren nur zu einem 2:2.",
     "numbers": [
         T("2:0", "score_in_play"),
         F("zwei", "count", 2, "Gegentoren"),
         F("2:2", "score_final", None, "Borussia Weststadt"),
     ]},
    # a. Handball
    {"text": "Die Handballerinnen des TV Lindenau gewannen das Pokalfinale in Leipzig mit 31:27 und holten damit den ersten Titel der Vereinsgeschichte.",
     "numbers": [
         F("31:27", "score_final", None, "TV Lindenau", ["Pokalfinale", "Handballerinnen des TV Lindenau"]),
         T("ersten", "ordinal"),
     ]},
    # b. Abstimmung
    {"text": "Der Bundestag hat das Gesetz mit 412 zu 188 Stimmen bei 23 Enthaltungen beschlossen.",
     "numbers": [
         F("412 zu 188 Stimmen", "vote", None, "das Gesetz", ["Der Bundestag"]),
         F("23", "count", 23, "Enthaltungen"),
     ]},
    # b. Abstimmung im Gemeinderat + Geld
    {"text": "Mit 17 zu 12 Stimmen hat der Gemeinderat von Niederwenden den Bau des neuen Hallenbads für 8,4 Millionen Euro abgelehnt.",
     "numbers": [
         F("17 zu 12 Stimmen", "vote", None, "Bau des neuen Hallenbads", ["Gemeinderat von Niederwenden"]),
         F("8,4 Millionen Euro", "money", 8400000, "Bau des neuen Hallenbads", ["Hallenbads"]),
     ]},
    # b. Mitgliederversammlung; Vereinsname mit Ziffer
    {"text": "Die Mitgliederversammlung des 1. FC Waldstett stimmte der Ausgliederung der Profiabteilung mit 1.877:412 Stimmen zu – nötig gewesen wäre eine Dreiviertelmehrheit.",
     "numbers": [
         T("1.", "other_identifier"),
         F("1.877:412 Stimmen", "vote", None, "Ausgliederung der Profiabteilung", ["Mitgliederversammlung"]),
         F("Dreiviertelmehrheit", "fraction", 0.75, "Stimmen", ["Mitgliederversammlung"]),
     ]},
    # c. Bruch in Worten
    {"text": "Rund ein Drittel der Beschäftigten im Werk Hallstedt soll bis 2028 gehen, teilte der Konzern mit; betroffen sind etwa 1.150 Stellen.",
     "numbers": [
         F("Rund ein Drittel", "fraction", 0.3333, "Beschäftigten"),
         T("2028", "year"),
         F("etwa 1.150", "count", 1150, "Stellen"),
     ]},
    # c. Brüche + Rentenalter
    {"text": "Drei Viertel der Befragten halten die Rente mit 70 für unzumutbar, und nur knapp die Hälfte der unter 30-Jährigen glaubt, selbst eine auskömmliche Rente zu bekommen.",
     "numbers": [
         F("Drei Viertel", "fraction", 0.75, "Befragten"),
         T("70", "age"),
         F("knapp die Hälfte", "fraction", 0.5, "unter 30-Jährigen"),
         T("unter 30-Jährigen", "age"),
     ]},
    # c. + i. Bruch und Spanne
    {"text": "Die Trockenheit hat nach Angaben des Bauernverbands fast ein Fünftel der Weizenernte in Brandenburg vernichtet; der Schaden wird auf 140 bis 180 Millionen Euro geschätzt.",
     "numbers": [
         F("fast ein Fünftel", "fraction", 0.2, "Weizenernte"),
         F("140 bis 180 Millionen Euro", "range", 140000000, "Schaden"),
     ]},
    # d. jeder dritte / jeder zweite
    {"text": "Jeder dritte Erwachsene in der Region fühlt sich laut einer Umfrage häufig einsam, unter Studierenden ist es sogar jeder zweite.",
     "numbers": [
         F("Jeder dritte", "ratio", 0.3333, "Erwachsene"),
         F("jeder zweite", "ratio", 0.5, "Studierenden"),
     ]},
    # d. jedes fünfte / jedes achte
    {"text": "Etwa jedes fünfte Kind im Stadtteil lebt in einer Familie, die Bürgergeld bezieht; im Jahr 2015 war es noch jedes achte.",
     "numbers": [
         F("Etwa jedes fünfte", "ratio", 0.2, "Kind"),
         T("2015", "year"),
         F("jedes achte", "ratio", 0.125, "Kind"),
     ]},
    # e. 7 von 10
    {"text": "7 von 10 Beschäftigten in der Pflege würden den Beruf heute nicht mehr wählen, ergab eine Befragung unter 2.400 Pflegekräften.",
     "numbers": [
         F("7 von 10", "part_of_whole", 7, "Beschäftigten in der Pflege", ["Beschäftigten"]),
         F("2.400", "count", 2400, "Pflegekräften"),
     ]},
    # e. zwölf von 40
    {"text": "Nur zwölf von 40 Schulen im Kreis erfüllen die neuen Brandschutzauflagen, drei müssen vorübergehend schließen.",
     "numbers": [
         F("Nur zwölf von 40", "part_of_whole", 12, "Schulen"),
         F("drei", "count", 3, "Schulen"),
     ]},
    # e. Elf der 18 + Saison
    {"text": "Elf der 18 Erstligisten haben im Geschäftsjahr 2024/25 Verluste ausgewiesen, zusammen rund 212 Millionen Euro.",
     "numbers": [
         F("Elf der 18", "part_of_whole", 11, "Erstligisten"),
         T("2024/25", "reference_period"),
         F("rund 212 Millionen Euro", "money", 212000000, "Verluste"),
     ]},
    # f. Haftstrafe
    {"text": "Das Landgericht Halberstadt verurteilte den 52-Jährigen wegen Betrugs in 37 Fällen zu zwei Jahren und neun Monaten Haft.",
     "numbers": [
         T("52-Jährigen", "age"),
         F("37", "count", 37, "Fällen"),
         F("zwei Jahren und neun Monaten", "duration_news", None, "Haft"),
     ]},
    # f. Bauzeit
    {"text": "Die Sanierung der Brücke über die Wende dauert nun drei Jahre und vier Monate statt der geplanten 18 Monate.",
     "numbers": [
         F("drei Jahre und vier Monate", "duration_news", None, "Sanierung der Brücke", ["Sanierung"]),
         F("18 Monate", "duration_news", 18, "Sanierung"),
     ]},
    # f. Marathonzeiten
    {"text": "Den Marathon in Wendelstadt gewann die Kenianerin Mercy Chebet in 2:24:18 Stunden, Vorjahressiegerin Lena Hoff wurde in 2:27:05 Dritte.",
     "numbers": [
         F("2:24:18 Stunden", "race_time", None, "Marathon in Wendelstadt", ["Mercy Chebet"]),
         F("2:27:05", "race_time", None, "Lena Hoff"),
         T("Dritte", "ordinal"),
     ]},
    # f. Skizeit mit Komma
    {"text": "Im Riesenslalom siegte Anna Felder in 2:01,45 Minuten mit 0,38 Sekunden Vorsprung auf die Norwegerin Ingrid Dahl.",
     "numbers": [
         F("2:01,45 Minuten", "race_time", None, "Riesenslalom", ["Anna Felder"]),
         F("0,38 Sekunden", "measure", 0.38, "Vorsprung", ["Ingrid Dahl"]),
     ]},
    # g. Quoten
    {"text": "Britische Buchmacher führen Marlen Roth vor dem Finale am Samstag mit einer Quote von 5:1 als Mitfavoritin, in der Vorwoche hatte sie noch bei 12:1 gestanden.",
     "numbers": [
         F("5:1", "odds", None, "Marlen Roth"),
         F("12:1", "odds", None, "Marlen Roth"),
     ]},
    # h. Maße + Uhrzeit
    {"text": "Das Transparent, etwa 3 mal 4 Meter groß, hing seit 6.30 Uhr vom Balkon des Rathauses.",
     "numbers": [
         F("etwa 3 mal 4 Meter", "dimension", None, "Transparent"),
         T("6.30 Uhr", "time_of_day"),
     ]},
    # h. Maße + Geld
    {"text": "Für das neue Kunstrasenfeld (105 x 68 Meter) veranschlagt die Stadt 1,2 Millionen Euro.",
     "numbers": [
         F("105 x 68 Meter", "dimension", None, "Kunstrasenfeld"),
         F("1,2 Millionen Euro", "money", 1200000, "Kunstrasenfeld"),
     ]},
    # i. Spanne + Uhrzeit
    {"text": "„Wir rechnen am Samstag ab 14 Uhr mit 3.000 bis 4.000 Teilnehmern“, sagte ein Polizeisprecher; angemeldet seien 1.500.",
     "numbers": [
         T("14 Uhr", "time_of_day"),
         F("3.000 bis 4.000", "range", 3000, "Teilnehmern"),
         F("1.500", "count", 1500, "Teilnehmern", ["angemeldet"]),
     ]},
    # i. Spanne in Prozent
    {"text": "Die Bundesbank erwartet für 2027 eine Inflationsrate von 2 bis 2,5 Prozent; im Oktober lag sie bei 2,3 Prozent.",
     "numbers": [
         T("2027", "year"),
         F("2 bis 2,5 Prozent", "range", 2, "Inflationsrate"),
         F("2,3 Prozent", "percentage", 2.3, "Inflationsrate"),
     ]},
    # a. Tennis, Satzergebnisse
    {"text": "Lea Brandt hat das Finale von Stuttgart mit 6:4, 3:6, 7:6 (7:4) gegen Olga Marin gewonnen und kassiert dafür 165.000 Euro Preisgeld.",
     "numbers": [
         F("6:4, 3:6, 7:6 (7:4)", "score_final", None, "Lea Brandt", ["Finale von Stuttgart", "Olga Marin"]),
         F("165.000 Euro", "money", 165000, "Preisgeld"),
     ]},
]
