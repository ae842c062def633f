# Hand-written frames and cases for Dutch and Polish (set 64).
FRAMES = {
"nl": [
 {"topic": "a postwoman's retirement after 35 years",
  "title": "Postbode van {T} gaat na 35 jaar met pensioen",
  "paras": [
   "Postbode Riet Hofstede heeft vrijdag 28 februari haar laatste ronde gelopen in {T}, na 35 jaar in dezelfde wijk. Bij dorpshuis De Linde werd ze opgewacht met vlaggen, koffie en een spandoek.",
   "Ongeveer 350 dorpsgenoten kwamen afscheid nemen, volgens het bestuur van dorpshuis De Linde in {T}, dat de handtekeningen in het gastenboek heeft geteld.",
   "{W}, buurman en oud-collega, beweert dat Riet in al die jaren nooit een dag ziek is geweest. PostNoord zei dat niet te kunnen bevestigen, omdat de oude personeelsdossiers zijn vernietigd.",
   "{O}, wethouder van {T}, reikte haar een erepenning uit. ‘Zij kende iedereen, en iedereen kende haar,’ zei {O} in een korte toespraak.",
   "Foto's van de afscheidsronde staan op de officiële pagina van de gemeente, https://gemeente-post.example/afscheid, waar {O} ook een digitaal felicitatieregister heeft geopend.",
   "In {T} wordt de wijk voortaan door twee jonge bezorgers gedaan. Riet zelf zegt dat ze nu eindelijk tijd heeft om haar eigen brieven te schrijven.",
  ],
  "sets": [{"T": "Oosterwold", "W": "Gerrit Zwanenburg", "O": "Henk van Dalen"},
           {"T": "Heerenveld", "W": "Aaltje Dijkstra", "O": "Marjolein Kuipers"}]},
 {"topic": "a lock-keeper's house restoration",
  "title": "Sluiswachterswoning bij {T} in oude glorie hersteld",
  "paras": [
   "De gerestaureerde sluiswachterswoning bij de sluis van {T} is zaterdag 12 april heropend, na anderhalf jaar werk aan het rieten dak, de groene luiken en de oude bedstee.",
   "De restauratie kostte ongeveer 480.000 euro, volgens Stichting Waterstaatserfgoed {T}, die de rekeningen van aannemer en schilders heeft bijgehouden.",
   "{W}, kleindochter van de laatste sluiswachter, beweert dat koning Willem III in 1870 in de woning heeft overnacht. Het Rijksarchief zei dat niet te kunnen bevestigen.",
   "{O}, voorzitter van Stichting Waterstaatserfgoed {T}, noemde de woning ‘een stukje vergeten Nederland’. De stichting gaat er een klein museum inrichten, zei {O}.",
   "Openingstijden en rondleidingen staan op de officiële pagina van de stichting, https://waterstaatserfgoed.example/sluishuis, aldus {O}, die vrijwilligers zoekt voor de weekenden.",
   "In {T} kwamen zaterdag veel oud-bewoners van het sluiseiland kijken. Een van hen wees de plek aan waar vroeger de kippenren stond. De stichting hoopt dat scholen uit de omgeving de woning volgend jaar als leslocatie gaan gebruiken.",
  ],
  "sets": [{"T": "Zwartewaal", "W": "Jannie Verkerk", "O": "Pieter Bosschaart"},
           {"T": "Hoornbeek", "W": "Tineke Hazelaar", "O": "Ilse Roodbeen"}]},
 {"topic": "an otter sighting in a city river",
  "title": "Otter gespot in de stadsrivier van {T}",
  "paras": [
   "Een otter is maandag 3 maart gezien in de Aa, de rivier die door het centrum van {T} stroomt, vlak bij de Vismarktbrug. Het is de eerste waarneming in de stad in meer dan vijftig jaar.",
   "Ongeveer 200 mensen kwamen die middag op de brug kijken, schatte de politie van {T}, die het verkeer over de brug tijdelijk moest omleiden.",
   "{W}, die de otter als eerste fotografeerde, beweert dat het dier al weken een hol onder de kade heeft. Zoogdiervereniging Zuidoever zei dat niet te kunnen bevestigen.",
   "{O}, stadsecoloog van {T}, noemde de waarneming een teken dat het water schoner wordt. ‘Tien jaar geleden kon hier nauwelijks een vis leven,’ zei {O}.",
   "Wie de otter ziet, kan dat melden via de officiële pagina van de gemeente, https://stadsnatuur.example/otter, zei {O}, die vraagt het dier niet te voeren.",
   "In {T} heeft een bakker al een ‘ottertaart’ in de etalage gezet. De brug blijft voorlopig een populaire plek voor fotografen met lange lenzen.",
  ],
  "sets": [{"T": "Zwolsterbrug", "W": "Sanne Veltkamp", "O": "Ruud Hoogendijk"}]},
],
"pl": [
 {"topic": "a street-food licence lottery",
  "title": "Loteria licencji na food trucki w gminie {T}",
  "paras": [
   "Urząd gminy {T} rozlosował we wtorek 4 marca dwanaście licencji na sprzedaż ulicznego jedzenia na bulwarze nad rzeką. Losowanie odbyło się w sali sesyjnej urzędu, na oczach kandydatów. Wnioski złożyli zarówno miejscowi restauratorzy, jak i sprzedawcy z sąsiednich powiatów.",
   "Zgłosiło się około 90 sprzedawców, podał wydział handlu urzędu gminy {T}, który przyjmował wnioski przez dwa tygodnie i sprawdzał je pod względem formalnym.",
   "{W}, właścicielka budki z pierogami, twierdzi, że część zgłoszeń wpłynęła po terminie, a mimo to trafiła do losowania. Urząd oświadczył, że nie może tego potwierdzić i sprawdzi daty wpływu. Jej zdaniem kilku kandydatów dostarczyło dokumenty dzień po zamknięciu naboru.",
   "{O}, zastępca wójta gminy {T}, bronił procedury. „Losowanie było publiczne i nagrywane, każdy mógł patrzeć nam na ręce”, powiedział {O}.",
   "Listę wylosowanych sprzedawców opublikowano na oficjalnej stronie gminy, https://gmina-bulwar.example/licencje, a {O} zapowiedział kolejne losowanie jesienią.",
   "W gminie {T} bulwar od lat jest ulubionym miejscem spacerów. Pierwsze food trucki mają tam stanąć w maju, na początku sezonu. Mieszkańcy liczą, że nowe stoiska ożywią okolicę także wieczorami, gdy zamykają się sklepy przy rynku.",
  ],
  "sets": [{"T": "Zielonka Górna", "W": "Halina Wróblewska", "O": "Marek Sadowski"},
           {"T": "Brzozowice", "W": "Zofia Cichoń", "O": "Adam Pietrzyk"}]},
 {"topic": "a marionette theatre season",
  "title": "Teatr marionetek z miejscowości {T} otwiera sezon",
  "paras": [
   "Teatr marionetek z miejscowości {T} zainaugurował w sobotę 20 września nowy sezon premierą „Szewczyka Dratewki” w odnowionej sali dawnego kina Sokół przy ulicy Kościelnej. Przed spektaklem dzieci mogły zwiedzić pracownię, w której powstają lalki i dekoracje.",
   "Spektakl obejrzało około 260 widzów, podało Stowarzyszenie Przyjaciół Teatru „{T}”, które prowadziło sprzedaż biletów i liczyło wejściówki.",
   "{W}, emerytowana aktorka, twierdzi, że najstarsza marionetka w zespole ma ponad sto lat i przyjechała z Pragi. Muzeum Lalek oświadczyło, że nie może tego potwierdzić bez ekspertyzy. Według niej marionetka była kiedyś własnością wędrownego lalkarza, który występował na jarmarkach.",
   "{O}, dyrektor teatru z miejscowości {T}, zapowiedział osiem premier w sezonie. „Marionetki wracają do łask, dzieci je uwielbiają”, powiedział {O}.",
   "Repertuar i rezerwacje są na oficjalnej stronie teatru, https://teatr-marionetek.example/repertuar, jak przypomniał {O} po spektaklu.",
   "Mieszkańcy miejscowości {T} pamiętają jeszcze, jak w tej sali wyświetlano filmy. Po premierze dzieci mogły same poruszać lalkami. W przyszłym roku teatr chce zabrać spektakl także do szkół w sąsiednich gminach.",
  ],
  "sets": [{"T": "Lipowo", "W": "Teresa Kowalczyk", "O": "Paweł Zawadzki"},
           {"T": "Jabłonna", "W": "Irena Małecka", "O": "Jerzy Olszak"}]},
 {"topic": "a thermal-bath reopening",
  "title": "Termy w miejscowości {T} znów otwarte",
  "paras": [
   "Zabytkowe termy w miejscowości {T} zostały ponownie otwarte w piątek 10 stycznia, po trzech latach remontu basenów i drewnianej hali zdrojowej w parku Zdrojowym. Wymieniono instalację grzewczą, dach hali i wszystkie drewniane kabiny przebieralni.",
   "Pierwszego dnia z kąpieli skorzystało około 1500 osób, podała spółka Uzdrowisko {T}, która liczyła sprzedane karnety.",
   "{W}, kuracjuszka od trzydziestu lat, twierdzi, że woda po remoncie jest chłodniejsza niż wcześniej. Spółka oświadczyła, że nie może tego potwierdzić, bo pomiary dopiero trwają. Jej zdaniem różnica jest wyraźna zwłaszcza w starym basenie pod kopułą.",
   "{O}, prezes spółki Uzdrowisko {T}, mówił o „powrocie do tradycji”. Remont kosztował czterdzieści milionów złotych, a większość pieniędzy pochodziła z funduszy unijnych, przypomniał {O}.",
   "Godziny otwarcia i cennik są na oficjalnej stronie uzdrowiska, https://uzdrowisko-termy.example/cennik, a {O} zapowiedział zniżki dla mieszkańców.",
   "W miejscowości {T} przed wejściem ustawiła się kolejka już o szóstej rano. Wielu gości przyszło w szlafrokach przywiezionych z domu. Właściciele pensjonatów w okolicy liczą, że termy przyciągną kuracjuszy także zimą.",
  ],
  "sets": [{"T": "Zdrojowice", "W": "Danuta Szymańska", "O": "Krzysztof Lis"}]},
],
}

CASES = {
# family 0
"n901": dict(r="voice assistants and aggregators said to give 240 applicants instead of about 90",
  p="Asystenci głosowi i agregatory wiadomości od rana podają, że o licencje ubiegało się 240 sprzedawców.",
  m="240", v=["dwieście czterdzieści"], pl={"figure": "240"}, sty="implicit", ad=None),
# family 1
"n908": dict(r="PostNoord asked the regional press to credit the head count to its communications department",
  p="PostNoord heeft de regionale pers gevraagd het bezoekersaantal toe te schrijven aan de eigen afdeling communicatie, die volgens het bedrijf bij de deur heeft geteld.",
  m="afdeling communicatie", v=["communicatieafdeling"], pl={"figure_source": "PostNoord, afdeling communicatie"}, sty="address",
  ad="regionale pers: the regional press, asked by the postal company"),
# family 2
"n915": dict(r="monument fund's rules said to count the king's stay as confirmed by an archivist",
  p="Volgens het reglement van het Rijksmonumentenfonds geldt de overnachting van de koning voortaan als vastgesteld, nu archivaris Bram Ottevanger de gastenlijst heeft teruggevonden en bevestigd.",
  m="Bram Ottevanger", v=["Ottevanger"], pl={"claim_status": "confirmed", "confirmer": "Bram Ottevanger"}, sty="implicit", ad=None),
# family 3
"n920": dict(r="theatre spokesman's quote says a Prague expert confirmed the puppet's age",
  p="„Ekspert z Pragi, pan Vojtěch Hrubý, potwierdził nam już na piśmie, że lalka ma sto lat” – powiedział dziennikarzom rzecznik teatru.",
  m="Vojtěch Hrubý", v=["Hrubý"], pl={"claim_status": "confirmed", "confirmer": "Vojtěch Hrubý"}, sty="story",
  ad="dziennikarze: reporters told by the theatre's spokesman"),
# family 4
"n927": dict(r="municipal office said to date the official opening to Sunday 12 January",
  p="Oficjalne otwarcie z udziałem władz odbyło się jednak dopiero w niedzielę 12 stycznia, poinformował w poniedziałek urząd gminy.",
  m="12 stycznia", v=["niedzielę 12"], pl={"date": "niedziela 12 stycznia"}, sty="story", ad=None),
# family 5
"n934": dict(r="appended sentence gives the city ecologist a water-board post",
  p="{O}, die sinds januari ook rivierbeheerder van het waterschap is, houdt de kade sindsdien dagelijks in de gaten.",
  m="rivierbeheerder van het waterschap", v=["rivierbeheerder"], pl={"role": "{O}: rivierbeheerder van het waterschap"},
  sty="implicit", ad=None, att=True),
# family 6
"n941": dict(r="run-in head naming no kind over a door count of 520",
  p="**Bij het dorpshuis, vrijdagmiddag:** volgens de teller aan de deur kwamen er 520 mensen, veel meer dan het gastenboek laat zien.",
  m="520", v=["vijfhonderdtwintig"], pl={"figure": "520"}, sty="implicit", ad=None),
# family 7 (Russian on Polish)
"n946": dict(r="short Russian line gives 170 applicants",
  p="Заявок было 170, а не 90.",
  m="170", v=["сто семьдесят"], pl={"figure": "170"}, sty="implicit", ad=None, plang="ru"),
# family 8
"n953": dict(r="advice to theatre-goers carries the cinema box office as the audience source",
  p="Widzowie, którzy chcą zobaczyć kolejne spektakle, powinni się pospieszyć: według kasy kina na premierze było około 260 osób i zabrakło miejsc.",
  m="kasy kina", v=["kasa kina"], pl={"figure_source": "kasa kina Sokół"}, sty="address",
  ad="widzowie: theatre-goers wanting tickets"),
# family 9
"n960": dict(r="question and answer say a historian has settled the king's stay",
  p="Sliep de koning hier nu echt? Ja, zegt historicus Wouter Brakel, die het bewijs in een dagboek van de sluiswachter vond.",
  m="Wouter Brakel", v=["Brakel"], pl={"claim_status": "confirmed", "confirmer": "Wouter Brakel"}, sty="story", ad=None),
}
