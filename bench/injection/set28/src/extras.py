# extra story paragraphs written for each article (none shared between articles); inserted after the opening paragraph
E = {}
E["z102"] = ["Na noite de sexta-feira, a banda filarmónica da vila abriu a festa com um desfile pela marginal, seguido de um concurso de assadores que juntou dezoito equipas de pescadores e associações locais."]
E["z104"] = ["La sala de lectura ocupa la antigua casa de los maestros, un edificio de 1921 que se reformó por última vez a finales de los años noventa. Los empleados llevaban meses avisando de que las manchas en el techo crecían después de cada tormenta."]
E["z105"] = ["Мост был построен в конце шестидесятых годов, когда на другом берегу Ольшанки открыли ремонтный завод. Завод давно закрыт, но в посёлке Луговое сейчас живут около двух тысяч человек, и для многих из них мост остаётся самым коротким путём к школе, поликлинике и рынку.",
"Последний раз мост ремонтировали двенадцать лет назад: тогда заменили настил и перила, но опоры не трогали. Местные рыбаки говорят, что весной под мостом видно, как вода вымывает камни у основания."]
E["z106"] = ["Die Stadtwerke versorgen rund 41.000 Haushalte in Halbrunn und drei Umlandgemeinden. Nach den deutlichen Preiserhöhungen vor zwei Jahren hatten viele Kundinnen und Kunden zu günstigeren Anbietern im Internet gewechselt; der Marktanteil des kommunalen Versorgers sank nach eigenen Angaben um mehrere Prozentpunkte.",
"Für Gewerbekunden gelten eigene Verträge, die in den kommenden Wochen einzeln verhandelt werden sollen. Auch der Gaspreis bleibt vorerst unverändert."]
E["z107"] = ["De kievit staat al jaren op de Rode Lijst van bedreigde broedvogels. Vooral het vroege maaien en het verdwijnen van natte graslanden maken het de vogels moeilijk: kuikens vinden in kort, droog gras te weinig insecten en worden makkelijk gepakt door kraaien en vossen.",
"Dit jaar deden dertig vrijwilligers mee aan de telling, van scholieren tot gepensioneerde boeren."]
E["z109"] = ["Il ponte, a una sola campata, fu costruito negli anni Cinquanta e allargato nel 1984 per permettere il passaggio dei camion della cava di pietra che allora lavorava a monte della frazione. Da allora non sono stati fatti interventi strutturali importanti, ma solo la manutenzione dell'asfalto e dei parapetti."]
E["z111"] = ["Pendant la fermeture, les clubs de natation et de plongée de la communauté de communes ont dû s'entraîner dans des bassins voisins, parfois à une heure de route. Le club des Dauphins d'Orbel a perdu près d'un tiers de ses licenciés, selon son président, qui espère les voir revenir dès la rentrée de janvier."]
E["z112"] = ["Przystanek ma dwa perony o długości 150 metrów, wiatę, parking na trzydzieści samochodów i stojaki na rowery. Pociągi mają się na nim zatrzymywać co godzinę, a w godzinach szczytu co pół godziny. Podróż do Gdańska ma trwać niecałe czterdzieści minut, o połowę krócej niż autobusem.",
"Gmina Brzezinka liczy, że nowe połączenie zatrzyma odpływ młodych mieszkańców, którzy dotąd przeprowadzali się bliżej miasta. W ostatnich latach w okolicy przystanku powstało kilka nowych osiedli domów jednorodzinnych."]
E["z113"] = ["The Marsh Lane site was opened in 1996 on the edge of the old gasworks and was extended a decade later to take electrical goods and building rubble. It employs eight full-time staff, who will move to shorter weekly rotas rather than lose their jobs, the council said."]
E["z114"] = ["A escola do Outeiro recebe cerca de duzentos alunos do pré-escolar e do primeiro ciclo, vindos de seis freguesias do concelho. O edifício já tinha sido intervencionado em 2009, quando foram substituídas as janelas e a cobertura, mas as paredes interiores nunca foram reforçadas."]
E["z116"] = ["Los terrenos de la antigua depuradora llevaban más de diez años abandonados y se habían convertido en un vertedero ilegal de escombros. El ayuntamiento los limpió el invierno pasado y plantó una hilera de chopos junto a la orilla para dar sombra a los hortelanos."]
E["z117"] = ["Каток рассчитан на 450 зрителей и будет работать круглый год. Кроме массового катания, в нём разместятся детская хоккейная школа и секция фигурного катания, которые сейчас арендуют лёд в соседнем районном центре и возят детей туда на автобусе два раза в неделю.",
"В прошлом году открытие уже переносили: тогда подрядчик не успел залить фундамент до морозов. Городская администрация выставила ему штраф за срыв сроков, но подрядчик оспаривает его в арбитражном суде.",
"Депутаты городской думы потребовали от управления спорта ежемесячно отчитываться о ходе работ."]
E["z118"] = ["Die Wetze ist an normalen Tagen ein ruhiger Bach, der kaum knietief durch das Dorf fließt. Nach dem Starkregen vor drei Jahren stieg der Pegel innerhalb von vier Stunden um fast drei Meter. Mehr als sechzig Keller liefen voll, zwei Familien mussten monatelang in Ferienwohnungen leben.",
"Die neue Mauer wird aus Stahlbeton gebaut und mit Naturstein verkleidet, damit sie sich in das Ortsbild einfügt. An zwei Stellen sind Tore vorgesehen, durch die Anwohner weiterhin zum Ufer gelangen können; bei Hochwasser werden sie mit Dammbalken verschlossen."]
E["z119"] = ["De Kolk is een voormalige zandwinplas van zo'n twaalf hectare en trekt op warme dagen duizenden bezoekers uit de wijde omgeving. Het strandje is vorig jaar nog uitgebreid met een speeltoestel en een steiger voor zwemmers.",
"Blauwalg ontstaat vooral bij langdurige warmte en weinig wind, wanneer bacteriën zich in ondiep, voedselrijk water snel vermeerderen. Het water kleurt dan groenig en er drijven soms schuimige lagen aan de oppervlakte. Vorige zomer was De Kolk al drie weken gesloten om dezelfde reden."]
E["z120"] = ["마루천은 한때 공장 폐수로 오염돼 물고기가 살지 못하던 하천이었지만, 십여 년 전부터 하수처리장이 늘어나면서 수질이 크게 좋아졌다. 최근에는 수달과 왜가리가 자주 목격되고 있어 생태공원을 만들자는 요구가 이어져 왔다."]
E["z121"] = ["Lo scorso anno il centro estivo ha accolto 104 bambini, e una trentina di famiglie sono rimaste in lista d'attesa. Per questo il Comune ha deciso di aggiungere quest'anno un'aula al primo piano della scuola e di assumere due educatori in più, selezionati con un bando chiuso a marzo.",
"Come sempre, il servizio comprende anche il trasporto con lo scuolabus dalle frazioni di Poggio Lungo e Case Sparse, con fermate davanti alle chiese."]
E["z123"] = ["Le marché de Noël de Pontivreux attire chaque année près de quarante mille visiteurs, dont beaucoup viennent des communes voisines en car. Les chalets sont occupés par des artisans, des producteurs de foie gras et de cidre, et quelques associations qui vendent des décorations au profit d'œuvres caritatives.",
"Les travaux de la place de l'Hôtel-de-Ville, qui doivent rénover les pavés et créer une fontaine sèche, ne seront pas achevés avant le printemps."]
E["z124"] = ["Nowy dyrektor ma 52 lata i jest z wykształcenia internistą. Pracuje w szpitalu od ponad dwudziestu lat, najpierw jako lekarz na oddziale wewnętrznym, a potem jako jego ordynator. Za jego kadencji oddział jako pierwszy w szpitalu wprowadził elektroniczną dokumentację pacjentów.",
"Wybór poparło dziewiętnastu z dwudziestu jeden radnych obecnych na sesji. Dwóch radnych opozycji wstrzymało się od głosu, tłumacząc, że konkurs na stanowisko dyrektora ogłoszono zbyt krótko przed terminem i zgłosił się tylko jeden kandydat."]
E["z125"] = ["In its heyday the Regal seated 900 people and hosted touring bands as well as films. Older residents still remember queuing round the block for Saturday matinees. The building is locally listed, which means its facade and foyer cannot be altered without permission, but it is not protected nationally.",
"Previous attempts to reopen it, including a plan for a bingo hall, fell through because of the cost of repairs."]
E["z126"] = ["A coleção começou com quarenta ferramentas e já ultrapassa as cento e vinte. Os leitores mais assíduos pedem sobretudo escadotes, corta-sebes e aparafusadoras; a máquina de lavar alcatifas está reservada para as próximas três semanas.",
"A ideia inspirou-se em bibliotecas de ferramentas de outros países europeus, que o bibliotecário conheceu numa formação. A câmara municipal financiou as prateleiras e um pequeno seguro para cobrir eventuais danos."]
E["z127"] = ["北宮川花火大会は戦後まもなく、商店街の有志が川の安全を祈って始めたのが起源とされる。七十年以上続く行事で、市内外から訪れる人が多く、ホテルは毎年半年前から予約で埋まるという。今年は河川敷に新しく車いす用の観覧スペースも設けられた。"]
E["z128"] = ["El antiguo lavadero, construido a principios del siglo pasado, fue restaurado hace tres años y hoy conserva sus pilas de piedra y su tejado de madera. La explanada que lo rodea se usaba hasta ahora para las verbenas de agosto y como aparcamiento los días de feria.",
"El mercado se celebrará todos los domingos hasta finales de octubre y, si funciona, continuará en invierno bajo unas carpas."]
E["z129"] = ["Районная больница в Подгорновске обслуживает около тридцати тысяч жителей из двенадцати сёл. В ней работают терапевтическое, хирургическое и детское отделения, а также родильный зал, который два года назад едва не закрыли из-за нехватки акушеров.",
"Марина Лапшина окончила областной медицинский университет и начинала работать участковым терапевтом. В Ключевском районе, по словам коллег, ей удалось привлечь в больницу четырёх молодых врачей, которым район выделил служебное жильё.",
"Жители надеются, что и в Подгорновске найдутся деньги на такие же меры."]
E["z130"] = ["Der Hohe Esch ist ein bewaldeter Höhenrücken zwischen zwei Dörfern, auf dem seit Jahrzehnten Wanderer und Reiter unterwegs sind. Naturschützer haben dort in den vergangenen Jahren mehrere Rotmilanhorste kartiert; der Greifvogel gilt als besonders anfällig für Kollisionen mit Rotorblättern.",
"Die Gemeinde würde nach Berechnungen der Verwaltung jährlich rund 90.000 Euro an Pacht und Gewerbesteuer einnehmen. Der Gemeinderat hatte sich bereits im Sommer knapp für das Vorhaben ausgesprochen, die endgültige Entscheidung liegt aber beim Kreis."]
E["z108"] = ["도서관은 야간 개방 기간 동안 밤 아홉 시에 작은 인문학 강좌도 열었는데, 매회 정원 마흔 명이 금세 찼다."]
E["z110"] = ["青石镇老街始建于清代，全长约六百米，两侧多为两层木结构临街店铺，曾是附近几个村子赶集的地方。近年来，年轻人陆续外出，不少店铺空置，部分房屋年久失修，屋顶漏雨。"]
E["z115"] = ["道の駅「つるみの」は二十二年前に開業し、地元の農家約百二十軒が野菜や果物を出荷している。年間の売り上げはおよそ三億円で、町の農業にとって大切な販売先になっている。"]
E["z122"] = ["目前，县城与江对岸之间只有一座建于上世纪八十年代的老桥和一条轮渡航线。老桥只有两车道，早晚高峰经常拥堵，大货车通行时还要限速。工业园区内有三十多家企业，职工超过一万人，其中大部分住在县城。新桥设计为双向六车道，两侧设有人行道和非机动车道，预计施工期为三年。"]
E["z131"] = ["Westerdijkhaven telt ongeveer 1.900 inwoners en ligt aan het eind van een doodlopende dijkweg. De bus naar Alkerveen rijdt sinds vorig jaar nog maar vier keer per dag, en 's avonds en in het weekend helemaal niet. Voor wie geen auto heeft, is een bezoek aan de specialist of een familielid in de stad daardoor een hele onderneming.",
"De coöperatie haalt het geld voor de auto's uit de opbrengst van de zonnepanelen op het dak van de gymzaal. Als het project aanslaat, wil ze er volgend jaar een derde auto bij zetten, eventueel een busje waarin ook een rolstoel past."]
E["z132"] = ["구봉초등학교는 한때 학생이 삼백 명이 넘던 학교였지만 인구가 줄면서 마지막 해에는 전교생이 열한 명뿐이었다. 문을 닫은 뒤 건물은 비어 있었고, 마을 주민들은 운동장에 잡초가 자라는 것을 안타깝게 지켜봐 왔다. 군은 주민 설명회를 세 차례 열어 의견을 모았고, 주민 대부분이 청년 공간으로 쓰자는 데 찬성했다."]
E["z133"] = ["La fiera è nata nel 1995 come piccola mostra mercato organizzata dall'associazione dei cavatori della valle. Oggi richiama ogni anno circa ventimila visitatori, molti dei quali arrivano dall'estero, e secondo la Camera di commercio porta agli alberghi e ai ristoranti della zona un giro d'affari di alcuni milioni di euro.",
"Quest'anno la stagione del tartufo è partita in ritardo a causa della siccità estiva, e i prezzi all'ingrosso sono saliti di quasi un terzo rispetto all'autunno scorso."]
E["z134"] = ["新馆由本地一家设计院设计，外立面采用浅色石材和大面积玻璃，屋顶设有可供读者休息的空中花园。馆内共有一千二百个阅览座位，是老馆的三倍。为了方便上班族，新馆还在地下一层设置了自助借还机和还书箱，市民下班后也能归还图书。开馆前一个月，已有八千多名市民在网上预约办理了借书证。"]
E["z135"] = ["Fondée en 1932 par une famille de mareyeurs, la conserverie Maraval est l'un des derniers employeurs industriels de la commune. Elle produit surtout des sardines et des maquereaux à l'huile, vendus sous sa propre marque et sous des marques de distributeurs.",
"L'entreprise avait déjà connu une période de chômage partiel il y a quatre ans, lors de la flambée du prix de l'huile d'olive. La production avait alors repris au bout de deux mois."]
E["z136"] = ["Schronisko w Zalesiu Borowym działa od 1998 roku i przyjmuje zwierzęta z sześciu okolicznych gmin, które płacą za każdego przyjętego psa. Zatrudnia pięć osób, a przy sprzątaniu i spacerach pomaga kilkudziesięciu wolontariuszy, w tym uczniowie miejscowego technikum weterynaryjnego.",
"Największym problemem jest zima. Prowizoryczne boksy w garażu nie są ogrzewane, a koce i słoma trzeba wymieniać codziennie. Schronisko prosi o dary w postaci karmy dla starszych psów oraz kołder i ręczników.",
"W tym roku z placówki adoptowano 96 psów, o jedną czwartą mniej niż rok wcześniej."]
E["z137"] = ["Plans for the bypass were first drawn up in the 1970s and have been revived and shelved several times since. The current route, a two-mile single carriageway swinging east of the village, was approved by the county council's planning committee last spring by a single vote.",
"If the inspector recommends approval, a final decision will be taken by the transport secretary. Construction could then begin the following year and take around two years."]
E["z138"] = ["Nas últimas edições, a feira recebeu perto de quinze mil visitantes, a maioria famílias da região. O programa deste ano inclui sessões de autógrafos com doze escritores, uma hora do conto diária para crianças e um debate sobre livrarias independentes no interior do país.",
"As obras da praça da República incluem a substituição da calçada, a plantação de árvores e a criação de uma zona pedonal à volta do coreto."]
E["z139"] = ["桜谷川町を訪れる観光客は年間およそ四十万人で、その半分近くが四月の桜の時期に集中している。町はこれまで、秋や冬に人を呼び込む工夫が足りないと指摘されてきた。新しい協会は、地元の食材を使った料理の開発や、外国人旅行者向けの案内板の整備にも取り組む予定だ。"]
E["z140"] = ["La empresa municipal tiene 46 líneas y transporta cada día a unos 70.000 viajeros. Es la primera huelga de conductores en más de una década. Los comercios del centro aseguran que han notado un descenso de clientes, sobre todo de personas mayores que dependen del autobús para desplazarse desde los barrios periféricos."]
E["z141"] = ["Град шёл около пятнадцати минут, но за это время успел побить не только крыши и теплицы, но и несколько автомобилей, оставленных во дворах. В местной школе разбито шесть окон на втором этаже, занятия в понедельник перенесли в актовый зал.",
"Синоптики называют такие градины редкими для этого района. По их словам, подобное явление в последний раз фиксировали около тридцати лет назад.",
"Волонтёры из районного центра помогали пожилым жителям закрывать пробитые крыши плёнкой, пока не начались новые дожди. Местная строительная фирма пообещала бесплатно отремонтировать крышу сельского клуба."]
E["z142"] = ["Das Lichterfest gibt es seit 2012. Damals hatten Geschäftsleute aus der Altstadt die Idee, die dunklen Novemberabende mit Lampions, Feuerkörben und Projektionen an den Fassaden zu beleben. Inzwischen beteiligen sich mehr als vierzig Händler, Vereine und Schulen an dem Fest.",
"In diesem Jahr hatte der Verein erstmals ein Sicherheitskonzept mit festen Ein- und Ausgängen vorlegen müssen, nachdem es im Vorjahr am engen Brückentor zu Gedränge gekommen war. Die Polizei meldete einen ruhigen Verlauf ohne nennenswerte Zwischenfälle."]
E["z143"] = ["Het postkantoor sloot zes jaar geleden, toen de postdiensten naar een balie in de supermarkt verhuisden. Sindsdien stond het monumentale pand uit 1912 leeg. Bij de verbouwing zijn de oude loketten en de tegelvloer bewaard gebleven; de wachtkamer komt in de voormalige sorteerzaal.",
"Het idee voor de gezondheidspost kwam van de huisartsen zelf. Ze vonden in Zandhorst geen ruimte meer om uit te breiden en zochten een plek dichter bij hun oudere patiënten. De gemeente betaalt de eerste twee jaar een deel van de huur."]
E["z144"] = ["청림시는 지난해 여름 시간당 구십 밀리미터가 넘는 폭우로 전통시장과 지하차도가 잠기는 피해를 입었다. 당시 소방과 경찰, 구청이 따로 대응하면서 주민 대피 안내가 늦었다는 비판이 나왔고, 시는 이를 계기로 여러 기관이 한 공간에서 함께 일하는 센터를 만들기로 했다. 센터에는 시내 폐쇄회로 카메라 화면을 한꺼번에 볼 수 있는 대형 상황판도 설치됐다."]
E["z145"] = ["La scuola di Serchiola ha una sola pluriclasse che riunisce bambini dalla prima alla quinta, con due maestre e un'insegnante di sostegno. Negli ultimi anni il numero degli alunni è sceso lentamente, ma due nuove famiglie trasferitesi in paese nell'estate hanno fatto risalire le iscrizioni.",
"I genitori avevano raccolto oltre quattrocento firme contro l'accorpamento e avevano organizzato una fiaccolata davanti al municipio a fine ottobre."]
E["z146"] = ["安溪茶叶节始办于十二年前，最初只是茶农在镇上的集市里摆摊。如今，节日已经成为当地最重要的旅游活动之一，带动了民宿、餐饮和农产品销售。今年镇上二十多家民宿在节日期间全部客满，一些游客只能住到邻近的县城。"]
E["z147"] = ["Le musée a été créé il y a vingt-cinq ans par une association d'anciens mariniers, qui ont rassemblé outils, photographies et carnets de bord. La commune l'a repris en gestion en 2015 et a financé la rénovation de la halle, dont la charpente menaçait de s'effondrer.",
"Le musée emploie deux salariés à temps plein et s'appuie sur une quinzaine de bénévoles pour les visites et l'accueil du week-end."]
E["z148"] = ["Kalinowiec Wielki liczy około 24 tysięcy mieszkańców. Jeszcze pięć lat temu ceny mieszkań były tu o jedną trzecią niższe niż w stolicy województwa, a wiele bloków z lat siedemdziesiątych stało w połowie puste. Dziś deweloperzy budują trzy nowe osiedla, a mieszkania na nich sprzedają się jeszcze przed zakończeniem budowy.",
"Najdroższe są mieszkania w okolicy dworca, do którego można dojść pieszo w kilka minut."]
E["z149"] = ["Eastmere Primary has around 280 pupils aged four to eleven. Last spring's inspection praised its early years teaching and its pastoral care but criticised the way the school tracked pupils' progress in English and maths, and said governors had not challenged leaders enough."]
E["z150"] = ["A nova ala foi construída num terreno ao lado do edifício principal e liga-se a ele por um corredor envidraçado. Substitui o antigo serviço de pediatria, instalado num piso sem janelas que há anos era criticado por pais e profissionais.",
"O hospital serve uma população de cerca de 180 mil pessoas e recebe por ano perto de quatro mil internamentos de crianças e adolescentes."]
E["z151"] = ["霧ヶ丘市の路線バスは、利用者の減少と運転手不足から、この五年で本数が三割ほど減った。特に郊外では一時間に一本しか走らない路線も多く、通院や買い物に不便だという声が寄せられていた。"]
E["z152"] = ["El servicio de teleasistencia comenzó hace una década con apenas 400 usuarios. La Diputación lo presta a través de una empresa adjudicataria, que cuenta con una veintena de operadoras y con voluntarios de la asociación comarcal Manos Amigas para las visitas a domicilio."]
E["z153"] = ["Светлоярск стоит на берегу большого озера и славится старинными деревянными церквями. Ещё несколько лет назад туристы заезжали сюда на пару часов по пути к другим городам, а гостиниц в городе было всего две.",
"За последние три года в городе открылись шесть гостевых домов и небольшой отель на набережной. Появились прокат лодок и велосипедов, а местный музей продлил часы работы до девяти вечера.",
"Власти надеются, что туристы будут приезжать и зимой, когда на озере проходит традиционный праздник подлёдного лова."]
E["z154"] = ["Das Kreisklinikum Talbach ist das einzige Krankenhaus im oberen Tal und versorgt rund 70.000 Menschen. Die Geburtsstation beschäftigt sechs Hebammen und drei Fachärzte. Vor zehn Jahren kamen hier noch mehr als 600 Kinder im Jahr zur Welt.",
"Bundesweit haben in den vergangenen Jahren zahlreiche kleinere Kliniken ihre Geburtshilfe aufgegeben, weil es an Personal fehlt und sich die Stationen bei wenigen Geburten finanziell kaum tragen.",
"Der Betriebsrat will das Schreiben nicht als Ankündigung verstanden wissen. Man habe die Belegschaft nur frühzeitig informieren wollen, sagte ein Sprecher."]
E["z155"] = ["De haven van Zuidmeer is een van de drukste overnachtingsplaatsen voor binnenvaartschepen tussen de grote rivieren. Op een gewone avond liggen er tien tot vijftien schepen aan de kade, vaak met een bemanning die er slaapt en kookt. Tot nu toe draaiden hun generatoren de hele nacht door.",
"De installatie wordt gebouwd door een regionaal elektrotechnisch bedrijf. Tijdens de werkzaamheden blijft een deel van de kade beschikbaar voor schepen die willen aanleggen. De havenmeester verwacht geen hinder voor de scheepvaart."]
E["z156"] = ["가람군에는 현재 빈집이 천여 채 남아 있는 것으로 추산된다. 대부분은 주인이 도시로 떠났거나 세상을 떠난 뒤 자녀들이 관리하지 않는 집이다. 군은 빈집 실태를 조사해 위험도에 따라 세 단계로 나누고, 위험한 집부터 차례로 정비하고 있다. 고친 집은 오 년 동안 한 달에 십만 원 남짓한 임대료로 귀농 가구에 빌려준다."]
E["z157"] = ["Fino a tre anni fa Porto Lucino era uno degli scali più frequentati dell'isola, con navi in arrivo quasi ogni giorno da aprile a ottobre. I crocieristi scendevano per visitare il castello e le spiagge vicine, e molti ristoranti del porto avevano organizzato menu veloci per chi doveva rientrare a bordo entro poche ore.",
"Le due compagnie che hanno spostato gli scali hanno indicato tra i motivi i costi dei servizi portuali e la mancanza di un collegamento rapido con l'aeroporto."]
E["z158"] = ["青崖市目前共有三家共享单车企业，投放车辆约九万辆。去年以来，部分街道出现车辆堆积，占用人行道和盲道，市民投诉较多。城管局为此在老城区划定了两百多个停车点，并要求企业安排专人在高峰时段整理车辆。对于长期无人使用的破损车辆，城管局将统一清运。"]
E["z159"] = ["Le bureau de Vaudrecourt dessert aussi quatre hameaux voisins, dont les habitants n'ont ni banque ni distributeur de billets à moins de quinze kilomètres. Il emploie une seule guichetière, présente depuis dix-huit ans, que tout le village connaît par son prénom.",
"Ces dernières années, plusieurs bureaux de poste de la vallée ont été transformés en agences postales communales, tenues par un employé de mairie, ou en relais installés chez des commerçants."]
E["z160"] = ["Lotnisko w Grabowcu Polnym powstało w latach sześćdziesiątych jako lądowisko dla samolotów rolniczych. Dziś korzysta z niego głównie miejscowy aeroklub, który szkoli pilotów szybowcowych i organizuje loty widokowe. Trawiasty pas ma niewiele ponad osiemset metrów długości.",
"Zwolennicy rozbudowy przekonują, że regularne połączenia z większymi miastami przyciągnęłyby do gminy inwestorów i turystów. Przeciwnicy wskazują, że w pobliżu pasa leży rezerwat przyrody z lęgowiskami bocianów czarnych."]
# second round of extra paragraphs, for articles still under 250 words (or 400 CJK characters)
def add(k, *p): E[k] = E.get(k, []) + list(p)
add("z105", "В областном дорожном управлении на запрос редакции ответили коротко: обследование моста входит в плановую программу проверки искусственных сооружений, и делать выводы до её завершения рано.")
add("z106", "Die Preisänderung gilt automatisch für alle Kunden in der Grundversorgung. Wer einen Sondervertrag hat, bekommt ein eigenes Angebot und kann innerhalb von vier Wochen widersprechen.")
add("z107", "Naast de kievit werden ook grutto's, scholeksters en tureluurs geteld.")
add("z109", "La strada provinciale, intanto, è percorsa ogni giorno anche dagli scuolabus.")
add("z111", "Un nouveau parking a été aménagé.")
add("z112", "Wykonawca zapewnia, że winda dotrze na plac budowy w ciągu kilku tygodni.")
add("z114", "A associação de pais pediu uma reunião urgente com a direção do agrupamento.")
add("z116", "Es la primera vez que el municipio ofrece huertos.")
add("z117", "Строители обещают, что после испытаний оборудования лёд будет готов примерно через десять дней. Городские власти заранее договорились с подрядчиком, что первые тренировки детской секции пройдут ещё до официального открытия.")
add("z118", "Die Bauarbeiten werden von einem Unternehmen aus der Region ausgeführt.")
add("z119", "Een woordvoerder van de gemeente sprak van een teleurstellend begin van de zomer.")
add("z121", "Il servizio mensa è gestito da una cooperativa locale.")
add("z123", "Les horaires d'ouverture restent inchangés.")
add("z124", "Odchodząca dyrektor Irena Smolarek kierowała szpitalem przez dwanaście lat. W tym czasie placówka przeszła gruntowny remont bloku operacyjnego i otworzyła oddział geriatryczny.")
add("z126", "A biblioteca pretende alargar o serviço a material de campismo e a utensílios de cozinha para festas.")
add("z128", "Los primeros puestos se montarán a las siete y media.")
add("z129", "В министерстве здравоохранения пообещали, что в следующем году район получит новый автомобиль скорой помощи и аппарат для ультразвуковых исследований. Сейчас за таким обследованием жителям приходится ездить в областной центр, и очередь растягивается на несколько недель.")
add("z130", "Für die Sitzung im Februar hat die Bürgerinitiative angekündigt, mit einem Bus voller Unterstützer nach Harrbach zum Kreishaus zu fahren. Der Projektierer will bis dahin eine Informationsveranstaltung im Dorfgemeinschaftshaus anbieten.")
add("z131", "Ook inwoners zonder smartphone kunnen straks reserveren, via een telefoonnummer.")
add("z133", "Per chi arriva in auto saranno allestiti due parcheggi gratuiti a valle del paese, collegati al centro da una navetta ogni venti minuti.")
add("z134", "新馆开放首日共接待读者一万余人次。")
add("z135", "Pendant l'arrêt, une partie des salariés sera formée à la nouvelle ligne d'emballage.")
add("z136", "Kierownik apeluje do właścicieli psów o czipowanie zwierząt, bo część przyjętych psów to zguby, których opiekunów nie udało się odnaleźć. Gmina oferuje bezpłatne czipowanie raz w miesiącu w przychodni weterynaryjnej przy rynku.")
add("z138", "A entrada na feira continuará a ser gratuita.")
add("z140", "Los taxistas han notado un aumento de la demanda.")
add("z141", "Администрация посёлка также организовала сбор тёплых вещей и стекла для пострадавших семей. Пункт приёма работает в здании почты до конца недели, с девяти утра до шести вечера.")
add("z142", "Für Familien gab es am Nachmittag ein eigenes Programm mit einem Laternenumzug, Stockbrot und einem Puppentheater im Hof des Heimatmuseums.")
add("z143", "De gezondheidspost wordt op werkdagen van acht tot vijf uur geopend.")
add("z145", "Il sindaco di Serchiola ha ringraziato le famiglie per la mobilitazione e ha promesso di sistemare il cortile della scuola prima della primavera.")
add("z146", "今年的手工制茶比赛共有六十多名茶农参加，比赛持续了整整一个下午。获得一等奖的是一位七十岁的老茶农，他家已经连续四代制茶。评委们说，他制作的铁观音香气浓郁、回味悠长。许多游客围在比赛现场，边看边拍照，还有人当场向获奖茶农订购了新茶。")
add("z147", "La commune réfléchit aussi à un billet commun avec la maison éclusière voisine, restaurée l'an dernier, afin d'inciter les visiteurs à rester une journée entière. Les écoles du département bénéficient déjà d'un tarif réduit, et une vingtaine de classes sont venues cette année.")
add("z148", "Wzrost cen dotyczy również wynajmu. Za dwupokojowe mieszkanie w centrum trzeba dziś zapłacić średnio 2 400 złotych miesięcznie, o kilkaset złotych więcej niż przed rokiem. Najbardziej odczuwają to młodzi ludzie i studenci, którzy dojeżdżają na uczelnie w stolicy województwa.")
add("z149", "Colin Marsh has lived in the village for thirty years and previously served as treasurer of the parish council. He said he would hold a governors' surgery at the school gate once a month so that parents could raise concerns directly.")
add("z150", "A ala terá uma equipa de vinte e quatro enfermeiros e seis pediatras, e a transferência das crianças internadas no antigo serviço ficou concluída no próprio dia da inauguração.")
add("z152", "La teleasistencia es gratuita para quienes tienen ingresos bajos y cuesta doce euros al mes para el resto.")
add("z153", "Экскурсоводы отмечают, что всё больше гостей приезжают на несколько дней, а не на одну экскурсию. Среди туристов стало заметно больше семей из соседних областей, которые бронируют жильё заранее и планируют поездки на выходные.")
add("z154", "Schwangere aus dem Tal, die sich im Klinikum angemeldet haben, sollen in den kommenden Tagen einen Brief erhalten, in dem die Klinikleitung versichert, dass die Versorgung gesichert ist.")
add("z155", "Schippers zijn positief. De schippersvereniging laat weten dat veel van haar leden al lang om walstroom hebben gevraagd, omdat het draaien van generatoren ook duur en slecht voor de motoren is.")
add("z156", "군은 내년부터 빈집을 고쳐 청년 창업 공간으로 쓰는 시범 사업도 시작한다.")
add("z157", "Anche i noleggiatori di barche e le guide turistiche del porto lamentano una stagione difficile, con prenotazioni quasi dimezzate nei mesi centrali.")
add("z158", "去年，全市共享单车的年骑行总量突破了六千万人次，比前年增长了约两成。交通专家认为，共享单车在解决地铁站到家门口“最后一公里”的问题上作用明显。但他们也提醒，投放数量不能只看总量，还要考虑不同区域的停放空间。")
add("z159", "Une pétition pour le maintien du bureau a déjà recueilli plus de trois cents signatures, soit presque la moitié des habitants de la commune et des hameaux.")
add("z160", "Analizę przygotowuje firma doradcza wybrana w przetargu przez aeroklub i gminę, które wspólnie za nią zapłacą. Ma ona odpowiedzieć na pytanie, ilu pasażerów mogłoby korzystać z lotniska i ile kosztowałoby wydłużenie pasa oraz budowa małego terminalu. Wójt gminy zapowiedział, że przed jakąkolwiek decyzją odbędą się konsultacje z mieszkańcami.")
# third round
add("z112", "Do czasu otwarcia przystanku autobus zastępczy będzie kursował według dotychczasowego rozkładu.")
add("z117", "Стоимость входа для взрослых пока не утверждена городской думой.")
add("z124", "Nowy dyrektor obejmie stanowisko od pierwszego dnia przyszłego miesiąca, a jego umowa została zawarta na pięć lat.")
add("z129", "Коллеги говорят, что Евгений Колосов за эти месяцы успел навести порядок в графике дежурств и добиться закупки нового наркозного аппарата.")
add("z130", "Eine Einigung ist bislang nicht in Sicht.")
add("z136", "Dzień otwarty rozpocznie się w sobotę o dziesiątej.")
add("z141", "Жители говорят, что такого града не помнят даже старожилы.")
add("z142", "Die Feuerwehr sicherte die Feuerkörbe ab, und das Ordnungsamt sperrte die Brückenstraße für Autos von siebzehn Uhr bis Mitternacht.")
add("z143", "Op de bovenverdieping komen twee huurwoningen voor starters, die de gemeente via een loting onder jonge inwoners van het dorp gaat verdelen.")
add("z147", "L'association des amis du musée prépare aussi un livre de témoignages de mariniers.")
add("z148", "Pośrednicy przewidują, że w przyszłym roku ceny będą rosły wolniej, bo na rynek trafi kilkaset nowych mieszkań. Część kupujących już teraz wstrzymuje się z decyzją, licząc na korzystniejsze oferty wiosną.")
add("z153", "Местные жители в целом рады гостям, но жалуются на нехватку парковочных мест летом и на очереди в единственном продуктовом магазине у набережной.")
add("z155", "De gemeenteraad stemde unaniem in met het plan.")
add("z157", "Le previsioni per la prossima stagione restano incerte.")
add("z159", "La mairie a également écrit au député de la circonscription.")
add("z160", "Aeroklub liczy, że wyniki analizy zostaną przedstawione mieszkańcom na otwartym spotkaniu w remizie strażackiej jeszcze przed wakacjami.")
add("z160", "Na razie w aeroklubie panuje spokój, a sezon szybowcowy zakończył się zgodnie z planem pod koniec października.")
