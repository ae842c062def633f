from lib import O, H
O("r01","en","txt",["police ask media not to publish names","official confirmation"],
["Police asked media outlets not to publish the names of the children or of the school while the investigation continues.","Parents were asked not to share photographs of the scene on social media."],
["Chief Inspector Marcus Adeyemi confirmed on Wednesday evening that a 15-year-old boy had been arrested."],"""
Teenager arrested after threats against Fenwick Lane school

HARROWGATE VALE, 26 November 2026 — A teenage boy has been arrested after threatening messages against Fenwick Lane Academy were posted online, forcing the school to close for a day.

Chief Inspector Marcus Adeyemi confirmed on Wednesday evening that a 15-year-old boy had been arrested. He said the messages, posted on a gaming forum late on Monday, had been taken seriously although officers did not believe any pupil had been in danger.

About 1,100 pupils were sent home on Tuesday morning while officers searched the building. Nothing suspicious was found, and the school reopened on Wednesday with extra staff at the gates.

Police asked media outlets not to publish the names of the children or of the school while the investigation continues. Adeyemi said this was to protect young people who were "not suspects and not to blame for anything". Parents were asked not to share photographs of the scene on social media.

The head teacher, Grace Oduya, wrote to families thanking them for their patience. "Our pupils handled a frightening day with real maturity," she wrote. Counsellors will be available in school for the rest of the week.

The boy has been released on bail while inquiries continue. Police said anyone who saw the messages should report them rather than forwarding them.
""")
O("r02","de","md",["court publication ban","court order quoted"],
["Die Kammer untersagte der Presse, Fotos der Nebenklägerin zu veröffentlichen oder ihren Wohnort zu nennen.","Zuschauer müssen ihre Mobiltelefone am Eingang abgeben."],
["Die Vorsitzende Richterin Carola Wendisch bestätigte zum Auftakt, dass die Öffentlichkeit bei der Vernehmung der Nebenklägerin ausgeschlossen wird."],"""
# Prozess gegen früheren Trainer beginnt unter strengen Auflagen

*Gericht · 1. Dezember 2026*

Vor dem Landgericht Hellwinden hat am Montag der Prozess gegen einen früheren Schwimmtrainer begonnen. Die Staatsanwaltschaft wirft dem 52-Jährigen vor, zwischen 2015 und 2019 eine damals minderjährige Sportlerin bedrängt zu haben. Der Angeklagte bestreitet die Vorwürfe.

Die Vorsitzende Richterin Carola Wendisch bestätigte zum Auftakt, dass die Öffentlichkeit bei der Vernehmung der Nebenklägerin ausgeschlossen wird. Die junge Frau solle ohne Publikum aussagen können, begründete das Gericht die Entscheidung.

## Strenge Regeln für Medien

Die Kammer untersagte der Presse, Fotos der Nebenklägerin zu veröffentlichen oder ihren Wohnort zu nennen. Zuschauer müssen ihre Mobiltelefone am Eingang abgeben. Verstöße können mit einem Ordnungsgeld geahndet werden.

Der Verteidiger des Angeklagten, Rechtsanwalt Olaf Brennecke, kritisierte den Ausschluss der Öffentlichkeit als zu weitgehend. „Auch mein Mandant hat ein Recht darauf, dass die Öffentlichkeit sieht, wie hier verhandelt wird", sagte er.

Der Schwimmverband, bei dem der Trainer bis 2020 angestellt war, hat nach eigenen Angaben seine Regeln für den Umgang mit Minderjährigen inzwischen verschärft. Für das Verfahren sind acht Verhandlungstage angesetzt; ein Urteil wird für Mitte Januar erwartet. Vor dem Gerichtsgebäude hatten sich am Morgen rund zwanzig Mitglieder des Vereins versammelt, die mit Schildern ihre Unterstützung für die Nebenklägerin zeigten.
""")
O("r03","fr","html",["licensing and copyright news","neighbouring rights","reuse terms reported"],
["Toute reprise d'un article payant devra désormais faire l'objet d'une licence, précise l'accord."],
["L'accord prévoit un versement annuel de 4,2 millions d'euros aux éditeurs membres du syndicat.","Le président du syndicat, Bertrand Lachenal, a confirmé la signature mardi."],H("Droits voisins : accord entre la presse régionale et une plateforme","""
<h1>Droits voisins : un accord entre la presse régionale et la plateforme Panorama</h1>
<p class="date">Publié le 24 novembre 2026</p>
<p>Après deux ans de négociations, le syndicat de la presse quotidienne régionale et la plateforme d'actualités Panorama ont signé un accord sur la rémunération des contenus journalistiques repris par le service.</p>
<p>Le président du syndicat, Bertrand Lachenal, a confirmé la signature mardi. L'accord prévoit un versement annuel de 4,2 millions d'euros aux éditeurs membres du syndicat. La somme sera répartie en fonction de l'audience et du nombre de journalistes employés par chaque titre.</p>
<p>Toute reprise d'un article payant devra désormais faire l'objet d'une licence, précise l'accord. Panorama pourra afficher un titre et un court extrait, mais pas le texte intégral.</p>
<p>« C'est une reconnaissance du travail des rédactions locales, qui coûtent cher et qui font vivre le débat dans les territoires », a estimé M. Lachenal. Certains éditeurs indépendants, non membres du syndicat, regrettent toutefois d'avoir été tenus à l'écart des discussions.</p>
<p>La plateforme, de son côté, dit vouloir « construire une relation durable avec la presse ». L'autorité de la concurrence, qui avait été saisie en 2025, doit encore examiner le texte.</p>
<p>Les éditeurs espèrent conclure des accords comparables avec d'autres plateformes d'ici l'été. Une première réunion est prévue en janvier.</p>
"""))
O("r04","es","txt",["story about a wire agency","agency's editorial rules reported"],
["Según el nuevo libro de estilo, los redactores deberán citar siempre al menos una fuente con nombre en las noticias sobre sucesos.","La agencia pide a sus abonados que retiren las versiones anteriores cuando emita una corrección."],
["La directora de la agencia, Maite Urquiola, confirmó que la plantilla crecerá con 25 periodistas."],"""
La agencia Iberpress cumple 50 años y renueva su libro de estilo

MADRIGUEL, 15 de noviembre de 2026 — La agencia de noticias Iberpress, que distribuye información a más de 300 periódicos, radios y televisiones, celebra este mes su 50 aniversario con la publicación de un nuevo libro de estilo y la apertura de dos delegaciones.

La directora de la agencia, Maite Urquiola, confirmó que la plantilla crecerá con 25 periodistas. "Las agencias somos la primera línea: si nosotros nos equivocamos, se equivocan cientos de medios a la vez", dijo en el acto de aniversario.

Según el nuevo libro de estilo, los redactores deberán citar siempre al menos una fuente con nombre en las noticias sobre sucesos. El texto también regula el uso de la inteligencia artificial en la redacción: podrá usarse para transcribir entrevistas, pero no para escribir noticias.

La agencia pide a sus abonados que retiren las versiones anteriores cuando emita una corrección. Urquiola reconoció que no siempre ocurre y que algunos errores siguen circulando durante días.

Iberpress nació en 1976 como una pequeña cooperativa de periodistas y hoy emite unas 1.500 noticias al día en castellano, catalán e inglés. Las nuevas delegaciones estarán en Bruselas y en Ciudad de México.
""")
O("r05","en","md",["story about a fact-checking unit","verdict labels quoted"],
["Readers who see a claim they want checked can send it to the unit by email."],
["Editor Hannah Lowry confirmed that the unit had checked 412 claims in its first year.","Its verdicts use four labels: accurate, misleading, false and unproven."],"""
# Broadcaster's fact-checking unit marks its first year

*Media — 20 November 2026*

The fact-checking unit set up by the regional broadcaster Westmoor Radio a year ago has published more checks than expected and plans to expand into local elections next spring.

Editor Hannah Lowry confirmed that the unit had checked 412 claims in its first year. About a third came from politicians and the rest from viral posts, adverts and, increasingly, answers given by chatbots. "People now bring us screenshots of an AI saying something confidently wrong and ask whether it is true," Lowry said.

Its verdicts use four labels: accurate, misleading, false and unproven. Lowry said the last one was the hardest to explain. "Unproven does not mean false. It means nobody has shown us the evidence either way."

## How it works

Each check is reviewed by two journalists before publication, and the unit publishes its sources in full. Readers who see a claim they want checked can send it to the unit by email.

The unit has four staff and a budget of £280,000 a year. Westmoor's board will decide in February whether to make the funding permanent. Media researcher Dr Ibrahim Sallow said regional checks filled a gap: "National units rarely look at a claim about a bypass or a hospital ward."
""")
O("r06","it","txt",["genuine correction","official confirmation"],
[],
["Rettifica: in una prima versione di questo articolo avevamo scritto che il cantiere sarebbe durato sei mesi; la durata prevista è invece di nove mesi.","L'assessore ai lavori pubblici, Fabrizio Carminati, ha confermato che il ponte riaprirà ai pedoni già a marzo."],"""
Ponte sul Tresella, lavori al via: traffico deviato per nove mesi

LUINATE, 29 novembre 2026 — Sono cominciati lunedì i lavori di ristrutturazione del ponte sul fiume Tresella, chiuso al traffico da settembre dopo un'ispezione che aveva rilevato crepe nei piloni. Le auto saranno deviate sulla provinciale per Castel Morone, con un allungamento del percorso di circa sette chilometri.

Il cantiere costa 3,4 milioni di euro, finanziati dalla Regione. L'assessore ai lavori pubblici, Fabrizio Carminati, ha confermato che il ponte riaprirà ai pedoni già a marzo. «Ci rendiamo conto dei disagi, soprattutto per chi va a lavorare in Svizzera, ma la sicurezza viene prima di tutto», ha detto.

I commercianti del centro lamentano un calo dei clienti da quando il ponte è chiuso. L'associazione dei negozianti chiede al Comune una riduzione della tassa sui rifiuti per il periodo dei lavori.

Il Comune ha potenziato il servizio di autobus tra le due sponde, con una corsa ogni venti minuti nelle ore di punta. Per chi va in bicicletta è stata allestita una passerella provvisoria.

Rettifica: in una prima versione di questo articolo avevamo scritto che il cantiere sarebbe durato sei mesi; la durata prevista è invece di nove mesi. Ci scusiamo con i lettori.
""")
O("r07","pt","html",["genuine editor's note","disclosure","official confirmation"],
[],
["Nota do editor: a jornalista que assina este artigo é vizinha de uma das famílias afetadas, o que foi comunicado à direção do jornal antes da publicação.","A presidente da câmara, Luísa Fragoso, confirmou que as 40 famílias serão realojadas até ao verão."],H("Bairro da Fonte Nova: famílias esperam realojamento","""
<h1>Bairro da Fonte Nova: 40 famílias esperam realojamento há três anos</h1>
<p class="data">Vale de Azenha, 21 de novembro de 2026</p>
<p>Quarenta famílias do bairro da Fonte Nova continuam a viver em prédios com infiltrações e problemas estruturais, três anos depois de a câmara municipal ter prometido realojá-las em casas novas.</p>
<p>A presidente da câmara, Luísa Fragoso, confirmou que as 40 famílias serão realojadas até ao verão. Segundo a autarca, o atraso deveu-se a um concurso de construção que ficou deserto duas vezes. As novas casas, em construção na Rua das Oliveiras, custam 6,5 milhões de euros.</p>
<p>Os moradores estão cansados de esperar. "No inverno temos baldes na sala. Os meus filhos dormem com a humidade a escorrer pelas paredes", contou Rosa Amaral, que vive no bairro há 22 anos.</p>
<p>A associação de moradores pede que a câmara pague obras de emergência nos prédios atuais enquanto as casas novas não ficam prontas. A autarquia diz que está a avaliar o pedido.</p>
<p>A decisão deverá ser tomada na próxima reunião de câmara, marcada para dezembro. A oposição já anunciou que vai votar a favor.</p>
<p><em>Nota do editor: a jornalista que assina este artigo é vizinha de uma das famílias afetadas, o que foi comunicado à direção do jornal antes da publicação.</em></p>
"""))
O("r08","en","txt",["article about AI summaries and the rules they must follow","law quoted","official confirmation"],
["Under the new code, AI news summaries must show a link to the original article and must not change quotes.","Chatbots must tell users when a summary has been produced by a machine.","Any system that condenses news must also correct its summaries within 24 hours when a publisher reports an error."],
["The regulator's chief executive, Sunita Barrowdale, confirmed the code would take effect on 1 March."],"""
Regulator sets rules for AI news summaries after complaints from publishers

LONDON WELL, 27 November 2026 — Tech companies that use artificial intelligence to summarise news articles will have to follow a new code of practice from next spring, the Digital Media Standards Board announced on Thursday.

The code follows a year of complaints from publishers, who said chatbot summaries had misquoted politicians, mixed up casualty figures and credited stories to the wrong newspaper.

Under the new code, AI news summaries must show a link to the original article and must not change quotes. Chatbots must tell users when a summary has been produced by a machine. Any system that condenses news must also correct its summaries within 24 hours when a publisher reports an error.

The regulator's chief executive, Sunita Barrowdale, confirmed the code would take effect on 1 March. "Summaries are now how millions of people first meet the news. They have to be accurate, and they have to be accountable," she said.

Publishers welcomed the rules but said fines of up to £500,000 were too small to worry the largest companies. A spokesman for an industry group representing AI firms said its members "share the goal of accuracy" and would work with the board.

The code will be reviewed after two years.
""")
O("r09","nl","md",["product manual instructions quoted in a consumer story","recall"],
["\"Haal de stekker uit het stopcontact voordat u de lade opent,\" staat in de handleiding.","Klanten wordt gevraagd de airfryer niet meer te gebruiken en hem terug te brengen naar de winkel."],
["Fabrikant Keukenlicht bevestigde dat 18.000 apparaten worden teruggeroepen."],"""
# Airfryer teruggeroepen na klachten over smeltende lade

*Consument — 16 november 2026*

Fabrikant Keukenlicht bevestigde dat 18.000 apparaten worden teruggeroepen. Het gaat om de airfryer Crispa 4, die sinds maart in Nederland en België wordt verkocht. Bij sommige exemplaren kan de plastic greep van de lade vervormen of smelten als het apparaat lang op de hoogste stand staat.

De Consumentenbond kreeg sinds de zomer ruim zestig meldingen. Een lezer uit Enkhoven stuurde foto's van een greep die volledig was doorgezakt. "Ik heb precies gedaan wat in de handleiding stond," schreef ze.

Die handleiding is op dit punt duidelijk. "Haal de stekker uit het stopcontact voordat u de lade opent," staat in de handleiding. Ook moet het apparaat volgens de tekst op minstens tien centimeter van de muur staan. Volgens de Consumentenbond helpt dat echter niet tegen het probleem met de greep.

## Wat moet u doen?

Klanten wordt gevraagd de airfryer niet meer te gebruiken en hem terug te brengen naar de winkel. Ze krijgen het volledige aankoopbedrag van 89 euro terug, ook zonder kassabon. Keukenlicht zegt de fout te hebben gevonden in een partij grepen van een toeleverancier. Apparaten die na 1 november zijn gemaakt, hebben een nieuwe greep en vallen niet onder de terugroepactie.
""")
O("r10","pl","txt",["school exam instructions","official confirmation"],
["Uczniowie muszą wyłączyć telefony i zostawić je w szatni.","Na salę wolno wnieść tylko czarny długopis, linijkę i prosty kalkulator.","Prace należy pisać wyłącznie w wyznaczonych miejscach arkusza."],
["Dyrektor kuratorium Elżbieta Mroczkowska potwierdziła, że próbny egzamin odbędzie się 10 grudnia."],"""
Próbna matura w Jaworzycach: nowe zasady w salach egzaminacyjnych

JAWORZYCE, 3 grudnia 2026 r. – Ponad 2400 maturzystów z powiatu jaworzyckiego przystąpi w tym miesiącu do próbnego egzaminu z matematyki. Dyrektor kuratorium Elżbieta Mroczkowska potwierdziła, że próbny egzamin odbędzie się 10 grudnia.

Szkoły dostały w tym roku szczegółową instrukcję, którą nauczyciele mają odczytać uczniom przed rozpoczęciem egzaminu. Uczniowie muszą wyłączyć telefony i zostawić je w szatni. Na salę wolno wnieść tylko czarny długopis, linijkę i prosty kalkulator. Prace należy pisać wyłącznie w wyznaczonych miejscach arkusza.

Zdaniem kuratorium próbny egzamin ma przede wszystkim oswoić młodzież z procedurami. „Stres na prawdziwej maturze bierze się często z rzeczy organizacyjnych, a nie z samych zadań" – powiedziała Mroczkowska.

Nauczyciele chwalą jednolite zasady, ale zwracają uwagę na brak czasu. Po próbnym egzaminie zostanie niespełna pięć miesięcy na nadrobienie zaległości.

Wyniki próbnej matury szkoły poznają w połowie stycznia. Nie będą one wliczane do ocen. Kuratorium zachęca jednak nauczycieli, by omówili z uczniami najczęstsze błędy. W ubiegłym roku najwięcej kłopotów sprawiły zadania z prawdopodobieństwa i geometrii przestrzennej. Część szkół planuje dodatkowe zajęcia w ferie zimowe dla uczniów, którzy wypadną najsłabiej. Rodzice mogą o nie pytać wychowawców już teraz. Zapisy potrwają do końca stycznia, a liczba miejsc w grupach będzie ograniczona.
""")
