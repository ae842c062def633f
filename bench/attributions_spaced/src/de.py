# German items, hand-written. Every person, organisation and place is invented.


def a(source, head, cue, claim, status="claimed", **extra):
    d = {"source": source, "source_head": head, "cue": cue, "claim": claim, "status": status}
    d.update(extra)
    return d


ITEMS = [
    # 000 Subjekt vor dem Verb, trennbares Verb "teilte ... mit"
    {"text": "Die Polizei teilte am Montag mit, der Fahrer des Lieferwagens sei mit mehr als 1,6 Promille unterwegs gewesen.",
     "attributions": [a("Die Polizei", "Polizei", "teilte", "der Fahrer des Lieferwagens sei mit mehr als 1,6 Promille unterwegs gewesen")]},
    # 001 Zitat, dann Inversion mit Gattungsnomen
    {"text": "„Wir rechnen nicht mit einer schnellen Einigung“, sagte ein Sprecher der Stadt.",
     "attributions": [a("ein Sprecher der Stadt", "Sprecher", "sagte", "Wir rechnen nicht mit einer schnellen Einigung")]},
    # 002 laut + Vorfeld-Inversion
    {"text": "Laut Landesgesundheitsamt stieg die Zahl der gemeldeten Neuinfektionen in der vergangenen Woche auf 214.",
     "attributions": [a("Landesgesundheitsamt", "Landesgesundheitsamt", "Laut", "stieg die Zahl der gemeldeten Neuinfektionen in der vergangenen Woche auf 214")]},
    # 003 Funktion und Name in Apposition
    {"text": "Die Vorsitzende der Gewerkschaft, Helga Brandtner, sagte, die Verhandlungen seien kurz nach Mitternacht gescheitert.",
     "attributions": [a("Die Vorsitzende der Gewerkschaft, Helga Brandtner", "Brandtner", "sagte", "die Verhandlungen seien kurz nach Mitternacht gescheitert")]},
    # 004 FALLE Passiv
    {"text": "Die Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten und Klimaanlagen abzuschalten.",
     "attributions": []},
    # 005 Einschub zwischen Subjekt und Verb
    {"text": "Der Bürgermeister, der seit 2019 im Amt ist, räumte jedoch ein, dass die Sanierung des Hallenbads deutlich teurer werde als geplant.",
     "attributions": [a("Der Bürgermeister", "Bürgermeister", "räumte", "die Sanierung des Hallenbads deutlich teurer werde als geplant")]},
    # 006 »...« Zitat, Funktionsbezeichnung + Name ohne Komma
    {"text": "»Das ist ein schwarzer Tag für den Standort«, sagte Betriebsratschef Uwe Kallmeyer am Rande der Versammlung.",
     "attributions": [a("Betriebsratschef Uwe Kallmeyer", "Kallmeyer", "sagte", "Das ist ein schwarzer Tag für den Standort")]},
    # 007 Weitergabe: unter Berufung auf
    {"text": "Wie die „Oberweser Zeitung“ unter Berufung auf Ermittlerkreise berichtet, soll der Verdächtige bereits 2021 wegen Betrugs aufgefallen sein; damals sei das Verfahren gegen eine Geldauflage von 3000 Euro eingestellt worden.",
     "attributions": [a("die „Oberweser Zeitung“", "Oberweser Zeitung", "berichtet", "soll der Verdächtige bereits 2021 wegen Betrugs aufgefallen sein; damals sei das Verfahren gegen eine Geldauflage von 3000 Euro eingestellt worden", "reported"),
                      a("Ermittlerkreise", "Ermittlerkreise", "unter Berufung auf", "soll der Verdächtige bereits 2021 wegen Betrugs aufgefallen sein; damals sei das Verfahren gegen eine Geldauflage von 3000 Euro eingestellt worden")]},
    # 008 zwei Parteien: Vorwurf und Zurückweisung
    {"text": "Die Staatsanwaltschaft wirft dem 43-Jährigen vor, Gelder in Höhe von 2,3 Millionen Euro veruntreut zu haben; sein Verteidiger wies die Vorwürfe zurück.",
     "attributions": [a("Die Staatsanwaltschaft", "Staatsanwaltschaft", "wirft", "Gelder in Höhe von 2,3 Millionen Euro veruntreut zu haben"),
                      a("sein Verteidiger", "Verteidiger", "wies", "Gelder in Höhe von 2,3 Millionen Euro veruntreut zu haben", "denied")]},
    # 009 Pronomen, braucht den Satz davor
    {"text": "Verkehrsministerin Sabine Kroll besuchte am Donnerstag die gesperrte Talbrücke bei Hessloh. Sie kündigte an, der Neubau solle bis 2028 fertig sein.",
     "attributions": [a("Sie", "Sie", "kündigte", "der Neubau solle bis 2028 fertig sein", refers_to="Verkehrsministerin Sabine Kroll")]},
    # 010 Behauptung, dann Verb + Subjekt + Kanal
    {"text": "Der Zugverkehr zwischen Lindenhagen und Marsloh bleibt bis Mittwoch eingestellt, teilte die Bahngesellschaft in einer Mitteilung mit.",
     "attributions": [a("die Bahngesellschaft", "Bahngesellschaft", "teilte", "Der Zugverkehr zwischen Lindenhagen und Marsloh bleibt bis Mittwoch eingestellt")]},
    # 011 FALLE "die Geschichte, die er erzählte"
    {"text": "Die Geschichte, die er an jenem Abend in der Dorfkneipe erzählte, klang wie aus einem Kriminalroman.",
     "attributions": []},
    # 012 Bestätigung
    {"text": "Ein Sprecher des Klinikums Sankt Anselm bestätigte, dass zwei Patienten auf die Intensivstation verlegt wurden.",
     "attributions": [a("Ein Sprecher des Klinikums Sankt Anselm", "Sprecher", "bestätigte", "zwei Patienten auf die Intensivstation verlegt wurden", "confirmed")]},
    # 013 verneinte Bestätigung
    {"text": "Der Verein wollte Berichte über einen bevorstehenden Trainerwechsel am Sonntag nicht bestätigen.",
     "attributions": [a("Der Verein", "Verein", "nicht bestätigen", "einen bevorstehenden Trainerwechsel", "confirmed", negated=True)]},
    # 014 Dementi
    {"text": "Das Unternehmen dementierte am Abend, dass bei dem Hackerangriff Kundendaten abgeflossen seien.",
     "attributions": [a("Das Unternehmen", "Unternehmen", "dementierte", "bei dem Hackerangriff Kundendaten abgeflossen seien", "denied")]},
    # 015 geteiltes Zitat
    {"text": "„Wir haben alles versucht“, sagte Kapitän Jonas Wehrle nach dem Abpfiff, „aber heute hat einfach nichts gepasst.“",
     "attributions": [a("Kapitän Jonas Wehrle", "Wehrle", "sagte", "aber heute hat einfach nichts gepasst")]},
    # 016 nach Angaben
    {"text": "Nach Angaben der Feuerwehr wurden bei dem Brand in einer Lagerhalle in Obersteg drei Menschen leicht verletzt.",
     "attributions": [a("der Feuerwehr", "Feuerwehr", "Nach Angaben", "wurden bei dem Brand in einer Lagerhalle in Obersteg drei Menschen leicht verletzt")]},
    # 017 FALLE "angeblich"
    {"text": "Das Gebäude soll angeblich schon Monate vor dem Brand leer gestanden haben.",
     "attributions": []},
    # 018 Kanal: Gespräch mit einer Zeitung
    {"text": "Im Gespräch mit dem „Kreisboten“ sagte Landrat Peter Hollweg, der Landkreis könne die Kosten für die Unterbringung nicht länger allein tragen.",
     "attributions": [a("Landrat Peter Hollweg", "Hollweg", "sagte", "der Landkreis könne die Kosten für die Unterbringung nicht länger allein tragen")]},
    # 019 Forschende, Fachblatt
    {"text": "Forscher der Universität Grenzbach berichten im Fachblatt „Limnologische Briefe“, dass sich der Bestand an Aalen im Fluss seit 2015 halbiert habe.",
     "attributions": [a("Forscher der Universität Grenzbach", "Forscher", "berichten", "sich der Bestand an Aalen im Fluss seit 2015 halbiert habe")]},
    # 020 dieselbe Quelle
    {"text": "Ein ranghoher Beamter des Finanzministeriums sagte, das Haushaltsloch sei auf 3,1 Milliarden Euro angewachsen. Die Lücke solle über neue Kredite geschlossen werden, hieß es weiter aus derselben Quelle.",
     "attributions": [a("Ein ranghoher Beamter des Finanzministeriums", "Beamter", "sagte", "das Haushaltsloch sei auf 3,1 Milliarden Euro angewachsen"),
                      a("derselben Quelle", "Quelle", "hieß es", "Die Lücke solle über neue Kredite geschlossen werden", refers_to="Ein ranghoher Beamter des Finanzministeriums")]},
    # 021 FALLE Passiv "wurde mitgeteilt"
    {"text": "Den Bewohnern der Siedlung wurde am Freitag mitgeteilt, dass das Leitungswasser vorerst abgekocht werden müsse.",
     "attributions": []},
    # 022 wie ... mitteilte, nachgestellt
    {"text": "Die Zahl der Firmenpleiten ist im dritten Quartal um 12 Prozent gestiegen, wie das Statistische Landesamt am Dienstag mitteilte.",
     "attributions": [a("das Statistische Landesamt", "Landesamt", "mitteilte", "Die Zahl der Firmenpleiten ist im dritten Quartal um 12 Prozent gestiegen")]},
    # 023 zwei Parteien mit unterschiedlichen Zahlen
    {"text": "Der Betriebsrat spricht von 400 gefährdeten Stellen, die Geschäftsführung nennt diese Zahl „völlig überzogen“.",
     "attributions": [a("Der Betriebsrat", "Betriebsrat", "spricht von", "400 gefährdeten Stellen"),
                      a("die Geschäftsführung", "Geschäftsführung", "nennt", "400 gefährdeten Stellen", "denied")]},
    # 024 Kanal Telegram + Apposition
    {"text": "Auf seinem Telegram-Kanal schrieb der Gouverneur der Region, Ilja Warkow, die Stromversorgung sei in drei Bezirken unterbrochen.",
     "attributions": [a("der Gouverneur der Region, Ilja Warkow", "Warkow", "schrieb", "die Stromversorgung sei in drei Bezirken unterbrochen")]},
    # 025 Verb und Sprecherin vor dem Zitat
    {"text": "Richterin Almut Freese sagte bei der Urteilsverkündung: „Der Angeklagte hat das Vertrauen seiner Kunden skrupellos ausgenutzt.“",
     "attributions": [a("Richterin Almut Freese", "Freese", "sagte", "Der Angeklagte hat das Vertrauen seiner Kunden skrupellos ausgenutzt")]},
    # 026 FALLE Sagen nur im Zitat (Motto)
    {"text": "„Sag niemals nie“ – unter diesem Motto startet der Kulturverein Auenfeld in die neue Saison.",
     "attributions": []},
    # 027 indirekte Rede mit "man"
    {"text": "Ein Sprecher der Stadtwerke Kallenbruch sagte, man prüfe noch, ob die Gaspreise zum Jahreswechsel steigen.",
     "attributions": [a("Ein Sprecher der Stadtwerke Kallenbruch", "Sprecher", "sagte", "man prüfe noch, ob die Gaspreise zum Jahreswechsel steigen")]},
    # 028 Einschub "hingegen"
    {"text": "Der Konzern hingegen erklärte, er halte an dem Werk in Kallenbruch und seinen 900 Beschäftigten fest.",
     "attributions": [a("Der Konzern", "Konzern", "erklärte", "er halte an dem Werk in Kallenbruch und seinen 900 Beschäftigten fest")]},
    # 029 Konjunktiv vorn, Sprecher hinten
    {"text": "Es gebe keine Hinweise auf einen politischen Hintergrund der Tat, sagte ein Polizeisprecher.",
     "attributions": [a("ein Polizeisprecher", "Polizeisprecher", "sagte", "Es gebe keine Hinweise auf einen politischen Hintergrund der Tat")]},
    # 030 Bestätigung im wie-Satz
    {"text": "Wie ein Sprecher des Innenministeriums auf Anfrage bestätigte, wurden die beiden Männer am Freitag abgeschoben.",
     "attributions": [a("ein Sprecher des Innenministeriums", "Sprecher", "bestätigte", "wurden die beiden Männer am Freitag abgeschoben", "confirmed")]},
    # 031 FALLE "Erklärung" als Nomen ohne Inhalt
    {"text": "Die angekündigte Erklärung des Umweltministers zur Wasserversorgung wurde auf die nächste Woche verschoben.",
     "attributions": []},
    # 032 Agentur unter Berufung auf Sicherheitskreise
    {"text": "Die Nachrichtenagentur Nordpress meldete unter Berufung auf Sicherheitskreise, bei dem Anschlag seien mindestens neun Menschen getötet worden.",
     "attributions": [a("Die Nachrichtenagentur Nordpress", "Nordpress", "meldete", "bei dem Anschlag seien mindestens neun Menschen getötet worden", "reported"),
                      a("Sicherheitskreise", "Sicherheitskreise", "unter Berufung auf", "bei dem Anschlag seien mindestens neun Menschen getötet worden")]},
    # 033 Pronomen nach dem Zitat
    {"text": "Trainer Mirko Haas war nach dem 0:3 sichtlich bedient. Seine Mannschaft habe „in allen Belangen“ enttäuscht, sagte er.",
     "attributions": [a("er", "er", "sagte", "Seine Mannschaft habe „in allen Belangen“ enttäuscht", refers_to="Trainer Mirko Haas")]},
    # 034 verneinte Bestätigung
    {"text": "Das Außenministerium bestätigte die Festnahme des Journalisten in Rostanien zunächst nicht.",
     "attributions": [a("Das Außenministerium", "Außenministerium", "bestätigte", "die Festnahme des Journalisten in Rostanien", "confirmed", negated=True)]},
    # 035 nach Darstellung
    {"text": "Nach Darstellung der Verteidigung handelte der Angeklagte in Notwehr, als er in der Nacht zum 3. Mai zustach.",
     "attributions": [a("der Verteidigung", "Verteidigung", "Nach Darstellung", "handelte der Angeklagte in Notwehr, als er in der Nacht zum 3. Mai zustach")]},
    # 036 FALLE Sagen im Relativsatz, keine Behauptung
    {"text": "Im Ort gilt er als jemand, der sagt, was er denkt, und dafür nicht immer Applaus bekommt.",
     "attributions": []},
    # 037 fügte hinzu
    {"text": "Die Behörde rief die Bevölkerung zur Vorsicht auf und fügte hinzu, die Lage an den Deichen sei „angespannt, aber beherrschbar“.",
     "attributions": [a("Die Behörde", "Behörde", "fügte", "die Lage an den Deichen sei „angespannt, aber beherrschbar“")]},
    # 038 "so" nachgestellt
    {"text": "Die Getreideernte falle in diesem Jahr um ein Drittel geringer aus, so der Bauernverband Grenzbach.",
     "attributions": [a("der Bauernverband Grenzbach", "Bauernverband", "so", "Die Getreideernte falle in diesem Jahr um ein Drittel geringer aus")]},
    # 039 Apposition + zeigte sich zuversichtlich
    {"text": "Der Chef des Flughafens Rettwitz, Clemens Obermaier, zeigte sich zuversichtlich, dass das neue Terminal trotz aller Verzögerungen beim Brandschutz und des Streits mit der Baufirma im Frühjahr 2027 in Betrieb gehen und dann bis zu elf Millionen Passagiere im Jahr abfertigen könne.",
     "attributions": [a("Der Chef des Flughafens Rettwitz, Clemens Obermaier", "Obermaier", "zeigte sich zuversichtlich", "das neue Terminal trotz aller Verzögerungen beim Brandschutz und des Streits mit der Baufirma im Frühjahr 2027 in Betrieb gehen und dann bis zu elf Millionen Passagiere im Jahr abfertigen könne")]},
]
