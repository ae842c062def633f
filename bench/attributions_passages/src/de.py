# German news passages. Forms cycle: anaphoric, split_quote, colon, two_verbs,
# follow_up, ordinary, trap; items 28 (anaphoric) and 29 (trap) close the set.
# Separable verbs: the cue is the finite part only ("teilte ... mit" -> "teilte").
# "_other_half" (split quotes only) is checked by build.py and dropped from the output.


def A(source, head, cue, claim, status, form, **kw):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(kw)
    d["form"] = form
    return d


ITEMS = [
    # 000 anaphoric ("Das teilte ... mit.")
    {"text": "Die Sanierung der Kallmersdorfer Stadthalle wird rund 2,4 Millionen Euro teurer als geplant. Das teilte die Stadtverwaltung am Dienstag mit. Die Arbeiten sollen trotzdem im Herbst abgeschlossen werden.",
     "attributions": [
         A("die Stadtverwaltung", "Stadtverwaltung", "teilte",
           "Die Sanierung der Kallmersdorfer Stadthalle wird rund 2,4 Millionen Euro teurer als geplant",
           "claimed", "anaphoric"),
     ]},
    # 001 split_quote („…“, sagte X, „…“)
    {"text": "„Wir werden die Strecke nach Trubenau wieder öffnen“, sagte Bahnsprecherin Miriam Kessling, „aber nicht vor März.“ Grund sind Schäden an einer Brücke.",
     "attributions": [
         A("Bahnsprecherin Miriam Kessling", "Kessling", "sagte",
           "Wir werden die Strecke nach Trubenau wieder öffnen", "claimed", "split_quote",
           _other_half="aber nicht vor März"),
     ]},
    # 002 colon
    {"text": "Der Gemeinderat von Velmsheim hatte zuvor über eine Schließung beraten. Bürgermeister Tobias Rehlinger sagte: „Das Freibad bleibt auch im nächsten Sommer geöffnet.“",
     "attributions": [
         A("Bürgermeister Tobias Rehlinger", "Rehlinger", "sagte",
           "Das Freibad bleibt auch im nächsten Sommer geöffnet", "claimed", "colon"),
     ]},
    # 003 two_verbs (räumte A ein, wies aber B zurück)
    {"text": "Landrat Peter Hollweg räumte am Donnerstag ein, dass bei der Vergabe der Busverträge Fehler gemacht worden seien, wies aber den Vorwurf zurück, er habe Bekannte bevorzugt. Der Kreistag befasst sich in der kommenden Woche mit dem Fall.",
     "attributions": [
         A("Landrat Peter Hollweg", "Hollweg", "räumte",
           "bei der Vergabe der Busverträge Fehler gemacht worden seien", "claimed", "two_verbs"),
         A("Landrat Peter Hollweg", "Hollweg", "wies",
           "er habe Bekannte bevorzugt", "denied", "two_verbs"),
     ]},
    # 004 follow_up ("Sie fügte hinzu, ...")
    {"text": "Innenministerin Sabine Wohlrab kündigte an, die Zahl der Polizeistellen im ländlichen Raum bis 2028 um 300 zu erhöhen. Sie fügte hinzu, die Finanzierung sei bereits im Haushalt gesichert.",
     "attributions": [
         A("Innenministerin Sabine Wohlrab", "Wohlrab", "kündigte",
           "die Zahl der Polizeistellen im ländlichen Raum bis 2028 um 300 zu erhöhen", "claimed", "ordinary"),
         A("Sie", "Sie", "fügte", "die Finanzierung sei bereits im Haushalt gesichert", "claimed", "follow_up",
           refers_to="Innenministerin Sabine Wohlrab"),
     ]},
    # 005 ordinary ("Nach Angaben der ...", "Laut ...")
    {"text": "Nach Angaben der Feuerwehr wurden bei dem Brand in einer Lagerhalle in Rodlingen zwei Menschen leicht verletzt. Die Halle brannte vollständig aus. Laut Polizei liegt der Schaden bei mehreren Hunderttausend Euro.",
     "attributions": [
         A("der Feuerwehr", "Feuerwehr", "Nach Angaben",
           "wurden bei dem Brand in einer Lagerhalle in Rodlingen zwei Menschen leicht verletzt", "claimed", "ordinary"),
         A("Polizei", "Polizei", "Laut", "liegt der Schaden bei mehreren Hunderttausend Euro", "claimed", "ordinary"),
     ]},
    # 006 trap: "soll angeblich", "Darüber wurde ... berichtet", speech verb without content
    {"text": "Der Trainer des FC Trubenau soll angeblich vor einem Wechsel zu einem Zweitligisten stehen. Darüber wurde am Montag berichtet. Der Verein äußerte sich zunächst nicht.",
     "attributions": []},
    # 007 anaphoric confirmation ("Das bestätigte ...")
    {"text": "Der Autozulieferer Brenntal Systems schließt sein Werk in Velmsheim Ende 2027. Das bestätigte ein Unternehmenssprecher am Mittwoch auf Anfrage. Betroffen sind rund 650 Beschäftigte.",
     "attributions": [
         A("ein Unternehmenssprecher", "Unternehmenssprecher", "bestätigte",
           "Der Autozulieferer Brenntal Systems schließt sein Werk in Velmsheim Ende 2027", "confirmed", "anaphoric"),
     ]},
    # 008 split_quote (quote opens the passage, speaker named after it)
    {"text": "„Die Lage an den Schulen ist angespannt, aber beherrschbar“, sagte Kultusminister Jürgen Mahlberg am Freitag in Hagelstedt. Bis zum Sommer sollen 200 zusätzliche Lehrkräfte eingestellt werden.",
     "attributions": [
         A("Kultusminister Jürgen Mahlberg", "Mahlberg", "sagte",
           "Die Lage an den Schulen ist angespannt, aber beherrschbar", "claimed", "split_quote"),
     ]},
    # 009 colon ("erklärte:")
    {"text": "Die Mieten in Kallmersdorf sind im vergangenen Jahr um fast zwölf Prozent gestiegen. Mietervereinschef Holger Brandt erklärte: „Wer jetzt nicht handelt, riskiert eine Welle von Zwangsräumungen.“",
     "attributions": [
         A("Mietervereinschef Holger Brandt", "Brandt", "erklärte",
           "Wer jetzt nicht handelt, riskiert eine Welle von Zwangsräumungen", "claimed", "colon"),
     ]},
    # 010 two_verbs (bestätigte A, dementierte aber B; "wonach" is the linking word)
    {"text": "Ein Sprecher der Stadt bestätigte, dass gegen zwei Mitarbeiter des Bauamts ermittelt werde, dementierte aber Berichte, wonach auch der Amtsleiter betroffen sei. Die Staatsanwaltschaft hatte am Morgen Büros im Rathaus durchsucht.",
     "attributions": [
         A("Ein Sprecher der Stadt", "Sprecher", "bestätigte",
           "gegen zwei Mitarbeiter des Bauamts ermittelt werde", "confirmed", "two_verbs"),
         A("Ein Sprecher der Stadt", "Sprecher", "dementierte",
           "auch der Amtsleiter betroffen sei", "denied", "two_verbs"),
     ]},
    # 011 follow_up ("Er betonte zudem, dass ...")
    {"text": "Sparkassenchef Martin Olbers sagte, die Bank werde in diesem Jahr keine weiteren Filialen schließen. Er betonte zudem, dass die Gebühren für Girokonten stabil blieben.",
     "attributions": [
         A("Sparkassenchef Martin Olbers", "Olbers", "sagte",
           "die Bank werde in diesem Jahr keine weiteren Filialen schließen", "claimed", "ordinary"),
         A("Er", "Er", "betonte", "die Gebühren für Girokonten stabil blieben", "claimed", "follow_up",
           refers_to="Sparkassenchef Martin Olbers"),
     ]},
    # 012 ordinary (relay: "berichtete unter Berufung auf")
    {"text": "Die Kallmersdorfer Rundschau berichtete unter Berufung auf Ermittlerkreise, der Verdächtige habe sich selbst bei der Polizei gemeldet. Die Staatsanwaltschaft wollte sich dazu nicht äußern.",
     "attributions": [
         A("Die Kallmersdorfer Rundschau", "Rundschau", "berichtete",
           "der Verdächtige habe sich selbst bei der Polizei gemeldet", "reported", "ordinary"),
         A("Ermittlerkreise", "Ermittlerkreise", "unter Berufung auf",
           "der Verdächtige habe sich selbst bei der Polizei gemeldet", "claimed", "ordinary"),
     ]},
    # 013 trap: "Wie verlautete" (nobody named), cancelled press conference, agentless passive
    {"text": "Wie verlautete, soll der Bau der Umgehungsstraße erneut verschoben werden. Eine für Mittwoch geplante Pressekonferenz wurde abgesagt. Die Entscheidung wurde als Rückschlag für die Region gewertet.",
     "attributions": []},
    # 014 anaphoric ("Dies sagte ...")
    {"text": "Die Zahl der Wohnungseinbrüche in Rodlingen ist im ersten Halbjahr um ein Drittel zurückgegangen. Dies sagte Polizeipräsidentin Karin Steubel am Montag bei der Vorstellung der Kriminalstatistik.",
     "attributions": [
         A("Polizeipräsidentin Karin Steubel", "Steubel", "sagte",
           "Die Zahl der Wohnungseinbrüche in Rodlingen ist im ersten Halbjahr um ein Drittel zurückgegangen",
           "claimed", "anaphoric"),
     ]},
    # 015 split_quote with "so X"
    {"text": "„Wir haben keine andere Wahl“, so Geschäftsführer Frank Delling, „die Energiekosten haben sich seit dem Frühjahr fast verdoppelt.“ Die Brauerei will die Bierpreise zum Jahreswechsel erhöhen.",
     "attributions": [
         A("Geschäftsführer Frank Delling", "Delling", "so",
           "die Energiekosten haben sich seit dem Frühjahr fast verdoppelt", "claimed", "split_quote",
           _other_half="Wir haben keine andere Wahl"),
     ]},
    # 016 colon ("schrieb ...:")
    {"text": "Nach einem Wasserschaden im Vereinsheim ruht beim TSV Ferlingen der Fußball. Vereinspräsident Uwe Kastner schrieb auf der Internetseite des Clubs: „Der Spielbetrieb wird bis auf Weiteres ausgesetzt.“",
     "attributions": [
         A("Vereinspräsident Uwe Kastner", "Kastner", "schrieb",
           "Der Spielbetrieb wird bis auf Weiteres ausgesetzt", "claimed", "colon"),
     ]},
    # 017 two_verbs (bestätigte A, bestritt jedoch B)
    {"text": "Der Energieversorger Nordhall Energie bestätigte am Sonntag, dass rund 12.000 Haushalte mehrere Stunden ohne Strom gewesen seien, bestritt jedoch, dass die Wartung der Leitungen vernachlässigt worden sei. Ursache war ein Kabelbrand in einem Umspannwerk bei Rodlingen.",
     "attributions": [
         A("Der Energieversorger Nordhall Energie", "Nordhall", "bestätigte",
           "rund 12.000 Haushalte mehrere Stunden ohne Strom gewesen seien", "confirmed", "two_verbs"),
         A("Der Energieversorger Nordhall Energie", "Nordhall", "bestritt",
           "die Wartung der Leitungen vernachlässigt worden sei", "denied", "two_verbs"),
     ]},
    # 018 follow_up ("Er fügte hinzu, ..." after a "wie X mitteilte" clause)
    {"text": "Die Abfallgebühren in Trubenau steigen im kommenden Jahr um acht Prozent, wie Kämmerer Stefan Rauch mitteilte. Er fügte hinzu, ohne die Erhöhung drohe ein Defizit im Haushalt der Stadtwerke.",
     "attributions": [
         A("Kämmerer Stefan Rauch", "Rauch", "mitteilte",
           "Die Abfallgebühren in Trubenau steigen im kommenden Jahr um acht Prozent", "claimed", "ordinary"),
         A("Er", "Er", "fügte", "ohne die Erhöhung drohe ein Defizit im Haushalt der Stadtwerke", "claimed",
           "follow_up", refers_to="Kämmerer Stefan Rauch"),
     ]},
    # 019 ordinary (source after the claim, inverted: "teilte die Polizei mit")
    {"text": "Ein 34-jähriger Autofahrer ist in der Nacht zum Samstag bei Velmsheim gegen einen Baum geprallt und schwer verletzt worden. Er sei vermutlich zu schnell gefahren, teilte die Polizei mit.",
     "attributions": [
         A("die Polizei", "Polizei", "teilte", "Er sei vermutlich zu schnell gefahren", "claimed", "ordinary"),
     ]},
    # 020 trap: verb of saying inside a quoted motto
    {"text": "Unter dem Motto „Sag Nein zu Fluglärm“ demonstrierten am Samstag rund 800 Menschen gegen den Ausbau des Flughafens Hagelstedt. Die Kundgebung verlief friedlich.",
     "attributions": []},
    # 021 anaphoric ("Das gab ... bekannt.")
    {"text": "Der Kallmersdorfer Weihnachtsmarkt öffnet in diesem Jahr bereits am 20. November. Das gab der Veranstalter am Donnerstag bekannt.",
     "attributions": [
         A("der Veranstalter", "Veranstalter", "gab",
           "Der Kallmersdorfer Weihnachtsmarkt öffnet in diesem Jahr bereits am 20. November", "claimed", "anaphoric"),
     ]},
    # 022 split_quote with pronoun ("sagte sie")
    {"text": "Tierheimleiterin Petra Hüsing schlägt Alarm. „Wir sind völlig überfüllt“, sagte sie, „und jede Woche werden neue Hunde ausgesetzt.“",
     "attributions": [
         A("sie", "sie", "sagte", "und jede Woche werden neue Hunde ausgesetzt", "claimed", "split_quote",
           refers_to="Tierheimleiterin Petra Hüsing", _other_half="Wir sind völlig überfüllt"),
     ]},
    # 023 colon ("In einer Erklärung der ... hieß es:")
    {"text": "Im Trubenauer Norden ist am Donnerstag das Wasser ausgefallen. In einer Erklärung der Stadtwerke hieß es: „Die Versorgung wird voraussichtlich bis zum Abend wiederhergestellt.“",
     "attributions": [
         A("der Stadtwerke", "Stadtwerke", "hieß es",
           "Die Versorgung wird voraussichtlich bis zum Abend wiederhergestellt", "claimed", "colon"),
     ]},
    # 024 two_verbs (wies A zurück und kündigte B an)
    {"text": "Die Geschäftsführung will die Produktion nach Osteuropa verlagern. Betriebsratschefin Ilona Wachter wies die Darstellung zurück, der Standort sei nicht mehr wettbewerbsfähig, und kündigte an, dass die Belegschaft am Freitag die Arbeit niederlegen werde.",
     "attributions": [
         A("Betriebsratschefin Ilona Wachter", "Wachter", "wies",
           "der Standort sei nicht mehr wettbewerbsfähig", "denied", "two_verbs"),
         A("Betriebsratschefin Ilona Wachter", "Wachter", "kündigte",
           "die Belegschaft am Freitag die Arbeit niederlegen werde", "claimed", "two_verbs"),
     ]},
    # 025 follow_up ("Zudem kündigte er an, ...")
    {"text": "Umweltminister Klaus Terbrüggen sagte am Dienstag, die Grundwasserstände seien in vielen Regionen so niedrig wie seit Jahrzehnten nicht. Zudem kündigte er an, die Regeln für die Bewässerung von Feldern zu verschärfen.",
     "attributions": [
         A("Umweltminister Klaus Terbrüggen", "Terbrüggen", "sagte",
           "die Grundwasserstände seien in vielen Regionen so niedrig wie seit Jahrzehnten nicht", "claimed", "ordinary"),
         A("er", "er", "kündigte", "die Regeln für die Bewässerung von Feldern zu verschärfen", "claimed",
           "follow_up", refers_to="Umweltminister Klaus Terbrüggen"),
     ]},
    # 026 ordinary ("Laut einem Bericht des ..." = outlet; "Wie ein Sprecher ... sagte, ...")
    {"text": "Laut einem Bericht des Hagelstedter Tagblatts soll die Klinik in Ferlingen ihre Geburtsstation schließen. Wie ein Sprecher des Klinikverbunds sagte, ist eine Entscheidung noch nicht gefallen.",
     "attributions": [
         A("des Hagelstedter Tagblatts", "Tagblatts", "Laut",
           "soll die Klinik in Ferlingen ihre Geburtsstation schließen", "reported", "ordinary"),
         A("ein Sprecher des Klinikverbunds", "Sprecher", "sagte",
           "ist eine Entscheidung noch nicht gefallen", "claimed", "ordinary"),
     ]},
    # 027 trap: "Berichten zufolge" (no party), announced statement, "Es wird erwartet"
    {"text": "Berichten zufolge will der Konzern bis zu 900 Stellen abbauen. Eine offizielle Stellungnahme wurde für Freitag angekündigt. Es wird erwartet, dass auch der Standort Velmsheim betroffen ist.",
     "attributions": []},
    # 028 anaphoric (outlet relay: "Das berichtete ... unter Berufung auf ...")
    {"text": "Die Landesregierung will das Nachtflugverbot am Flughafen Hagelstedt lockern. Das berichtete die Kallmersdorfer Rundschau am Samstag unter Berufung auf Regierungskreise.",
     "attributions": [
         A("die Kallmersdorfer Rundschau", "Rundschau", "berichtete",
           "Die Landesregierung will das Nachtflugverbot am Flughafen Hagelstedt lockern", "reported", "anaphoric"),
         A("Regierungskreise", "Regierungskreise", "unter Berufung auf",
           "Die Landesregierung will das Nachtflugverbot am Flughafen Hagelstedt lockern", "claimed", "anaphoric"),
     ]},
    # 029 trap: impersonal passive; "Darüber wurde ... berichtet" with nobody named
    {"text": "Im Rodlinger Stadtpark ist in der Nacht zum Sonntag ein Pavillon abgebrannt. Es wird von Brandstiftung ausgegangen. Darüber wurde am Montag berichtet.",
     "attributions": []},
]
