E = {}
E['x137'] = ["Science teacher Alun Greaves said he was most looking forward to having fume cupboards that actually extract fumes."]
E['x138'] = ["Für den Umzug haben die Händler ihre Stände neu verteilt. Die Blumenhändler stehen nun direkt an der Einfahrt, damit der Markt schon von der Hauptstraße aus zu sehen ist. Ein Käsehändler aus dem Allgäu kündigte an, er werde während der Bauzeit aussetzen, weil ihm der Standort zu abgelegen sei.",
 "Die Stadt prüft zudem, ob sie die Standgebühren für die vier Monate senkt."]
E['x139'] = ["Pierre Daumas, le directeur sortant, a reçu la médaille de la commune lors d'une cérémonie à la salle des fêtes. Il a rappelé qu'à son arrivée le musée n'ouvrait que l'été et comptait à peine deux mille visiteurs. Il compte désormais écrire un livre sur l'histoire des tisserands de la vallée."]
E['x140'] = ["Los técnicos de la confederación también han detectado una mejora de la calidad del agua, que en verano llegó a tener niveles preocupantes de algas por las altas temperaturas."]
E['x141'] = ["Il laboratorio che eseguirà il restauro ha già fatto un sopralluogo. Secondo i tecnici, circa la metà delle canne può essere recuperata, mentre le altre andranno rifuse seguendo le misure originali. Anche la cassa lignea dipinta, con le sue decorazioni floreali, sarà pulita e consolidata."]
E['x142'] = ["Na escola primária da aldeia, que tem apenas catorze alunos, a professora já usa a nova ligação para aulas partilhadas com uma escola de Braga. \"Os miúdos falam por vídeo com outros meninos e fazem trabalhos em conjunto\", explica. A junta quer também criar um espaço de trabalho partilhado na antiga casa do guarda."]
E['x143'] = ["De verhuizing heeft ook gevolgen voor het verkeer. De Duinrandweg wordt tijdens de kermisweek ’s avonds afgesloten voor doorgaand verkeer en parkeren op het terrein is niet mogelijk. Bezoekers die met de auto komen, worden verwezen naar de parkeerplaats bij de sporthal, van waar de pendelbus elk kwartier rijdt."]
E['x144'] = ["Pacjenci z Grabowna i okolic od dawna skarżą się na długie oczekiwanie na wizytę u specjalistów. Na konsultację kardiologiczną czeka się obecnie około pięciu miesięcy, a na badanie rezonansem magnetycznym jeszcze dłużej.",
 "Nowa dyrektor zapowiedziała rozmowy z lekarzami z sąsiednich powiatów, którzy mogliby przyjmować pacjentów w Grabownie jeden lub dwa dni w tygodniu. Chce też pozyskać fundusze na zakup nowego tomografu."]
E['x145'] = ["Башня стоит на холме у старой железнодорожной станции. Раньше она снабжала водой паровозы, а после закрытия станции долгие годы служила складом. В 1990-е годы её хотели разобрать на кирпич, но местные жители тогда отстояли здание.",
 "Архитектор проекта Максим Зорин говорит, что при ремонте постараются сохранить исторический облик: старый кирпич почистят, а недостающий подберут по цвету и размеру. Окна восстановят по фотографиям начала прошлого века."]
E['x149'] = ["Ashdown's first task will be to persuade the club's young players to stay. Several have already attracted interest from clubs in higher divisions, and the board has admitted it cannot compete on wages."]
E['x150'] = ["Der Förderverein des Bades sammelt seit Jahren Spenden für eine Wasserrutsche, die nun im Zuge der Sanierung eingebaut werden soll. Bislang sind rund 80.000 Euro zusammengekommen. Ob die Rutsche rechtzeitig zur Wiedereröffnung fertig wird, hängt nach Angaben des Betriebsleiters von der Lieferzeit des Herstellers ab.",
 "Für die Dauer der Schließung sollen die Mitarbeiter des Bades in anderen Einrichtungen der Bäderbetriebe eingesetzt werden. Entlassungen seien nicht geplant, hieß es."]
E['x151'] = ["L'Établissement français du sang rappelle que pour donner son sang il faut avoir entre 18 et 70 ans, peser au moins 50 kilos et être en bonne santé. Une pièce d'identité est demandée lors du premier don. Il est conseillé de bien manger et de boire beaucoup d'eau avant de venir.",
 "À Lhermenac, la mairie envisage de proposer une collecte supplémentaire pendant l'été, lorsque les réserves sont généralement au plus bas."]
E['x152'] = ["La compañía más aplaudida fue un grupo de Évora que representó una adaptación de un clásico del Siglo de Oro en una mezcla de portugués y castellano. El público la premió con varios minutos de aplausos y la organización ya ha anunciado que volverá el próximo año."]
E['x153'] = ["Anche le guide turistiche del borgo segnalano un cambiamento nelle richieste. «Gli stranieri chiedevano le visite alle chiese e ai frantoi, gli italiani preferiscono le escursioni e le degustazioni», racconta una di loro. Alcune strutture ricettive hanno iniziato a proporre pacchetti per il fine settimana, con cena e visita guidata incluse."]
E['x154'] = ["Nos últimos anos, o mel de Serra Alta ganhou fama fora da região e chegou a ser premiado num concurso internacional. A cooperativa tem 42 sócios e produz cerca de 30 toneladas de mel por ano. Os apicultores temem que as colmeias roubadas sejam revendidas noutras regiões do país ou em Espanha."]
E['x155'] = ["Bij de proef hoort ook een enquête. Bewoners van Het Ven krijgen over een half jaar een vragenlijst waarin ze kunnen aangeven of ze zich veilig voelen op straat en of het licht te fel of te zwak is. De uitkomsten worden gedeeld met de gemeenteraad.",
 "Andere gemeenten in de regio volgen de proef met belangstelling. Twee buurgemeenten hebben al gevraagd of ze de resultaten mogen gebruiken."]
E['x156'] = ["Nowe grupy mieszczą się w dawnej czytelni, którą odnowiono w wakacje. Ściany pomalowano na jasne kolory, a do sal wstawiono małe stoliki i szafki. Bibliotekę przeniesiono do budynku szkoły, gdzie dzieli salę z pracownią komputerową.",
 "Mimo trudności przedszkole nie odmówiło przyjęcia żadnemu dziecku z gminy. Rodzice chwalą zajęcia z rytmiki i ogródek warzywny, który dzieci uprawiają razem z nauczycielkami."]
E['x157'] = ["Организаторы отмечают, что в этом году ярмарку посетили не только жители района, но и гости из областного центра. Многие приезжали целыми семьями, чтобы попробовать мёд разных сортов и купить его сразу на всю зиму.",
 "Пчеловоды жаловались на холодное начало лета, из-за которого медосбор начался позже обычного. Тем не менее цены остались на уровне прошлого года.",
 "Районная администрация пообещала выделить для весенней ярмарки крытый павильон, чтобы торговля не зависела от погоды."]
E['x112'] = ["시장 상인회는 화재 이후 모든 점포에 소화기를 새로 비치했다."]
E['x122'] = ["施工单位表示，夜间施工将控制噪音，尽量不影响居民休息。居民如有疑问，可拨打水务局热线咨询。"]
E['x124'] = ["옛 학교의 강당은 마을 공동체 행사장으로 계속 쓰인다. 주민들은 매년 가을 이곳에서 마을 잔치를 열어 왔다. 군은 강당 지붕과 난방 시설도 함께 고친다."]
E['x134'] = ["南岭镇距离县城约四十公里，山路较多，村民看病往返一趟往往要花半天时间。潘立新表示，他会先到各村走一遍，了解村医的情况，再制定具体的工作计划。"]
E['x135'] = ["改修工事では、地元の木材を使った休憩室も新しく設けられる。町は工事期間中、施設の職員を観光案内所などに配置する。"]
E['x136'] = ["군은 귀농인과 원주민이 함께 참여하는 마을 축제를 지원하고, 농사 기술을 가르치는 선배 농부 멘토 제도도 운영하고 있다. 올해는 멘토 24명이 활동했다."]
E['x146'] = ["为了保证柿饼的质量，合作社统一制定了晾晒标准，并请农业专家来村里讲课。村民们说，以前各家做法不一样，价格也参差不齐，现在有了统一的包装和标准，城里的超市也愿意来收购了。"]
E['x147'] = ["会場周辺の道路は午後五時から交通規制が行われ、臨時のシャトルバスが駅と会場を結んだ。"]
E['x148'] = ["시는 정류장마다 버스 도착 안내 전광판을 설치했고, 올해 안에 나머지 정류장에도 확대할 예정이다. 버스 기사들은 승객이 늘어 바빠졌지만 보람도 크다고 말한다."]
E['x158'] = ["清河市是传统的工业城市，过去冬季雾霾严重。近几年，市里关停了一批高污染的小型工厂，并在主城区推广天然气供暖。环保志愿者还定期走进社区，向居民宣传减少焚烧秸秆和垃圾的知识。"]
E['x159'] = ["商店街では来月、新しい店主たちが合同で手作り市を開く予定だ。"]
E['x160'] = ["다온시에는 현재 공공도서관이 두 곳뿐이며, 모두 구도심에 있다. 동부 신도시에는 작은 도서관 한 곳이 아파트 단지 안에 있지만 장서가 적고 주말에는 문을 닫는다."]
