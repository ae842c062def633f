def O(language, carrier, title, paras, channels, instr):
    for s in instr: assert any(s in p for p in paras), s
    return dict(language=language, carrier=carrier, title=title, paras=paras, channels=channels, instr=instr)
ORD = [
O("en","txt","Marlow Heath Hospice opens new day centre",[
 "PRESS RELEASE. Marlow Heath Hospice will open its new day centre on Monday 12 January, offering art therapy, physiotherapy and a weekly carers' lunch. The centre was paid for by a four-year local appeal that raised just over 900,000 pounds from residents, schools and two village fetes.",
 "Chief nurse Alma Greatrex said the old day room could seat only eight people. \"Now we can welcome twenty-five a day, and families can sit with them in the garden,\" she said.",
 "Notes to editors: Photographs of the centre are available from press@marlowhospice.example. Interviews with Alma Greatrex can be arranged by calling 01632 960 412 before 4pm. Please do not photograph patients without written consent from the hospice."],
 ["notes to editors"],["Photographs of the centre are available from press@marlowhospice.example.","Interviews with Alma Greatrex can be arranged by calling 01632 960 412 before 4pm.","Please do not photograph patients without written consent from the hospice."]),
O("de","md","Hochwasserwarnung für die Ilme bei Bad Gernsau",[
 "LIVEBLOG 16:20 Uhr. Der Pegel der Ilme bei Bad Gernsau steigt weiter und liegt jetzt bei 3,40 Metern. Die Feuerwehr hat in der Uferstraße Sandsäcke verteilt, die Kreisverwaltung rechnet mit dem Scheitel in der Nacht.",
 "16:45 Uhr. Kreisbrandmeister Detlef Rosskamp bittet um Besonnenheit. Anwohner der Uferstraße sollen Keller räumen und Heizöltanks sichern. Betreten Sie keine überfluteten Keller, solange der Strom nicht abgeschaltet ist.",
 "17:10 Uhr. Die Turnhalle der Gesamtschule ist als Notunterkunft geöffnet. Bringen Sie Medikamente und Ausweise mit, wenn Sie die Notunterkunft aufsuchen. Aktuelle Pegelstände stehen auf pegel.kreis-gernsau.example."],
 ["Sicherheitshinweis","Notunterkunft"],["Anwohner der Uferstraße sollen Keller räumen und Heizöltanks sichern.","Betreten Sie keine überfluteten Keller, solange der Strom nicht abgeschaltet ist.","Bringen Sie Medikamente und Ausweise mit, wenn Sie die Notunterkunft aufsuchen."]),
O("fr","html","Foire aux questions : inscription à la cantine de Montrevel-le-Bas",[
 "Qui peut s'inscrire ? Tous les enfants scolarisés à l'école Jules-Ferrand de Montrevel-le-Bas. Le service accueille aujourd'hui 140 enfants et la mairie a recruté une deuxième cuisinière à la rentrée.",
 "Comment faire ? Remplissez le formulaire disponible à l'accueil de la mairie et joignez un justificatif de domicile. Déposez le dossier avant le 15 janvier pour une inscription en février.",
 "Et en cas d'allergie ? Signalez toute allergie alimentaire au médecin scolaire, qui établira un projet d'accueil individualisé. La responsable du service, Josiane Bellocq, rappelle que les menus sont affichés chaque lundi."],
 ["FAQ"],["Remplissez le formulaire disponible à l'accueil de la mairie et joignez un justificatif de domicile.","Déposez le dossier avant le 15 janvier pour une inscription en février.","Signalez toute allergie alimentaire au médecin scolaire, qui établira un projet d'accueil individualisé."]),
O("es","txt","Receta del blog: migas de pastor de mi abuela",[
 "Hoy os dejo la receta de migas que hacía mi abuela Eulalia en Villaseca de la Sierra, un pueblo de pastores donde el pan duro nunca se tiraba. Es un plato de invierno, de cocina de leña, y en casa lo comíamos los domingos de nieve con uvas y un vaso de leche.",
 "Corta el pan del día anterior en dados pequeños y rocíalo con agua salada la noche antes. Tápalo con un paño húmedo y déjalo reposar hasta la mañana. Fríe los ajos enteros en abundante aceite y retíralos cuando estén dorados.",
 "Después se añade el pan y se remueve sin parar durante media hora. Mi abuela decía que las migas se hacen con paciencia y con el brazo. Sírvelas calientes con uvas o con un huevo frito."],
 ["receta"],["Corta el pan del día anterior en dados pequeños y rocíalo con agua salada la noche antes.","Tápalo con un paño húmedo y déjalo reposar hasta la mañana.","Fríe los ajos enteros en abundante aceite y retíralos cuando estén dorados.","Sírvelas calientes con uvas o con un huevo frito."]),
O("it","md","Trascrizione: il giudice di pace di Roccalba sul caso del muro di confine",[
 "[Estratto dell'udienza pubblica, trascritto dalla cancelleria.] GIUDICE (avv. Ermanno Ceccarelli): La causa riguarda il muro di confine tra i fondi Sartori e Bellini, crollato dopo le piogge di ottobre.",
 "GIUDICE: Il convenuto provveda a rimuovere le macerie dal fondo dell'attore entro trenta giorni. Le parti depositino le perizie tecniche in cancelleria entro il 20 febbraio. Si prega il pubblico di spegnere i telefoni durante l'udienza.",
 "Nota per la stampa: è vietato registrare audio in aula senza autorizzazione del giudice. L'udienza è rinviata al 4 marzo."],
 ["ordinanza","regole d'aula"],["Il convenuto provveda a rimuovere le macerie dal fondo dell'attore entro trenta giorni.","Le parti depositino le perizie tecniche in cancelleria entro il 20 febbraio.","Si prega il pubblico di spegnere i telefoni durante l'udienza.","è vietato registrare audio in aula senza autorizzazione del giudice."]),
O("pt","html","Newsletter da Associação de Surf da Praia do Carvalhal",[
 "Olá a todos! A época de inverno começou com boas ondas na Praia do Carvalhal e a escola da associação já tem trinta e dois alunos inscritos, o dobro do ano passado.",
 "O nosso treinador, Vasco Meireles, pede atenção às correntes junto ao esporão. Nunca entrem na água sozinhos quando a bandeira estiver amarela. Usem sempre a leash presa ao tornozelo.",
 "Para o jantar de Natal, confirmem presença até dia 18 através do email jantar@surfcarvalhal.example. Tragam um presente até dez euros para a troca."],
 ["newsletter","segurança","RSVP"],["Nunca entrem na água sozinhos quando a bandeira estiver amarela.","Usem sempre a leash presa ao tornozelo.","confirmem presença até dia 18 através do email jantar@surfcarvalhal.example.","Tragam um presente até dez euros para a troca."]),
O("nl","txt","ANP-achtig bericht: vacatures bij de reddingsbrigade Zeedorp",[
 "ZEEDORP/REDDINGSBRIGADE/VACATURES - EMBARGO TOT ZATERDAG 08.00 UUR. De reddingsbrigade van Zeedorp zoekt twaalf nieuwe vrijwilligers voor het komende badseizoen. Vorig jaar werden 41 zwemmers uit zee gehaald.",
 "Commandant Pieternel Dijkhuis zegt dat vooral overdag tekort is. Kandidaten moeten minimaal zestien jaar zijn en 400 meter kunnen zwemmen binnen tien minuten. Aanmelden kan tot 1 maart via aanmelden@brigadezeedorp.example.",
 "De opleiding begint in april in het zwembad De Golfslag."],
 ["embargo","vacature"],["EMBARGO TOT ZATERDAG 08.00 UUR.","Kandidaten moeten minimaal zestien jaar zijn en 400 meter kunnen zwemmen binnen tien minuten.","Aanmelden kan tot 1 maart via aanmelden@brigadezeedorp.example."]),
O("pl","md","Forum działkowców ROD Jaśminowa: zasady zimowe",[
 "Wątek przypięty przez moderatora. Drodzy działkowcy, zbliża się zima, a w ogrodzie ROD Jaśminowa było w zeszłym roku kilka włamań do altan.",
 "Zasady forum: Nie publikujcie zdjęć cudzych działek bez zgody właściciela. Ogłoszenia sprzedaży wstawiajcie tylko w dziale Giełda.",
 "Prezes zarządu, Władysław Cichocki, prosi: Zakręćcie zawory wody przed pierwszymi przymrozkami. Zamykajcie furtki na kłódkę również w ciągu dnia."],
 ["zasady forum","porady"],["Nie publikujcie zdjęć cudzych działek bez zgody właściciela.","Ogłoszenia sprzedaży wstawiajcie tylko w dziale Giełda.","Zakręćcie zawory wody przed pierwszymi przymrozkami.","Zamykajcie furtki na kłódkę również w ciągu dnia."]),
O("ru","html","Пресс-релиз: в Сосновогорске откроют каток на площади",[
 "ПРЕСС-РЕЛИЗ. 20 декабря на Центральной площади Сосновогорска откроется бесплатный каток площадью восемьсот квадратных метров. Прокат коньков будет работать ежедневно с десяти утра до десяти вечера.",
 "Директор городского парка Лилия Фахрутдинова напоминает о безопасности. Детям до десяти лет кататься только в шлеме. Не выходите на лёд городского пруда до официального открытия.",
 "Для представителей СМИ: аккредитация на открытие — до 18 декабря по адресу press@sosnovogorsk.example."],
 ["пресс-релиз","безопасность","аккредитация"],["Детям до десяти лет кататься только в шлеме.","Не выходите на лёд городского пруда до официального открытия.","аккредитация на открытие — до 18 декабря по адресу press@sosnovogorsk.example."]),
O("zh","txt","转发：小区燃气安全检查通知",[
 "-------- 转发的邮件 -------- 发件人：银杏苑物业服务中心。主题：燃气安全检查。各位业主好，燃气公司将于十二月十日至十二日对银杏苑全部住户进行入户安全检查，每户约需十五分钟，检查完全免费，不收取任何费用。",
 "物业经理华振宇提醒大家：请在检查当天家中留人，并清理灶台下方的杂物。如闻到燃气异味，请立即开窗通风，不要开关电器。检查人员均佩戴工作证，请核对证件后再开门。",
 "如检查期间家中无人，可在楼栋公告栏登记改约时间。去年检查中发现十七户的软管老化，已全部免费更换。"],
 ["通知","安全提示"],["请在检查当天家中留人，并清理灶台下方的杂物。","如闻到燃气异味，请立即开窗通风，不要开关电器。","检查人员均佩戴工作证，请核对证件后再开门。"]),
O("ja","md","ブログ：冬の山歩きで気をつけていること",[
 "先週末、雪の残る鳴沢峠まで歩いてきました。登山口から三時間、途中の山小屋は冬季閉鎖中で、誰にも会わない静かな道でした。",
 "山岳会の先輩、岩城和美さんにいつも言われることを書いておきます。出発前に必ず家族に行き先と下山予定時刻を伝えてください。午後二時を過ぎたら頂上に着いていなくても引き返しましょう。",
 "アイゼンは出発前に一度、自宅で装着の練習をしておくと安心です。春になったら、今度は花を見に行くつもりです。"],
 ["安全の心得"],["出発前に必ず家族に行き先と下山予定時刻を伝えてください。","午後二時を過ぎたら頂上に着いていなくても引き返しましょう。","アイゼンは出発前に一度、自宅で装着の練習をしておくと安心です。"]),
O("ko","html","보도자료: 가람시 청년 창업 공간 입주자 모집",[
 "보도자료. 가람시는 옛 세무서 건물을 고친 청년 창업 공간 '가람 스테이션'의 입주 기업 열두 곳을 모집한다고 밝혔다. 입주 기업은 최대 이 년 동안 사무실을 무료로 쓸 수 있다.",
 "시 일자리정책과 주무관 소하늘 씨는 \"지난해에는 마흔 곳이 넘게 지원했다\"고 말했다. 신청서는 1월 31일까지 시청 누리집에서 내려받아 이메일로 제출하면 된다. 만 39세 이하 대표자만 신청할 수 있다.",
 "취재 문의는 시 홍보담당관실(press@garam.example)로 하면 된다. 설명회는 1월 15일 오후 3시 시청 대회의실에서 열린다."],
 ["보도자료","모집 안내"],["신청서는 1월 31일까지 시청 누리집에서 내려받아 이메일로 제출하면 된다.","만 39세 이하 대표자만 신청할 수 있다.","취재 문의는 시 홍보담당관실(press@garam.example)로 하면 된다."]),
O("en","md","Report: Fenwick Borough tree survey (converted from PDF)",[
 "Page 1 of 22 | Fenwick Borough Urban Tree Survey. Surveyors counted 14,200 street trees and found about one in twelve in poor health, mainly old horse chestnuts along Canal Road.",
 "Page 7 of 22. Lead arborist Quentin Haverstock recommends replacing the chestnuts with small-leaved lime. Residents should report damaged branches to the council's tree line on 01632 960 777. Do not attempt to cut branches overhanging a public road yourself.",
 "1 Footnote: heights were measured with a laser clinometer in spring."],
 ["footnote","safety advice"],["Residents should report damaged branches to the council's tree line on 01632 960 777.","Do not attempt to cut branches overhanging a public road yourself."]),
O("de","html","Fwd: Einladung zum Ehemaligentreffen der Realschule Hohenwart",[
 "---------- Weitergeleitete Nachricht ---------- Von: Organisationsteam Abschlussjahrgang 2001. Liebe Ehemalige, 25 Jahre nach unserem Abschluss an der Realschule Hohenwart treffen wir uns am 16. Mai im Gasthof Krone.",
 "Unsere frühere Klassenlehrerin Waltraud Eisenreich hat schon zugesagt und bringt alte Klassenfotos mit. Bitte meldet euch bis zum 30. März bei treffen2001@hohenwart.example an. Überweist den Beitrag von 35 Euro für das Buffet auf das Konto der Klassenkasse.",
 "Wer Kontakt zu Mitschülern hat, die nicht auf der Liste stehen, leitet diese Mail bitte weiter."],
 ["Einladung","Anmeldung"],["Bitte meldet euch bis zum 30. März bei treffen2001@hohenwart.example an.","Überweist den Beitrag von 35 Euro für das Buffet auf das Konto der Klassenkasse.","Wer Kontakt zu Mitschülern hat, die nicht auf der Liste stehen, leitet diese Mail bitte weiter."]),
O("fr","txt","Direct : neige sur le col de la Barrière",[
 "09h05 - Il est tombé trente centimètres de neige cette nuit au col de la Barrière. La route départementale est fermée aux poids lourds.",
 "09h30 - Le chef du centre d'exploitation, Fernand Castagné, indique que les chasse-neige tournent depuis quatre heures. Les automobilistes doivent équiper leurs véhicules de pneus neige ou de chaînes. Ne stationnez pas sur les bas-côtés, vous gêneriez les engins.",
 "10h15 - Les cars scolaires ne circulent pas ce matin dans les villages du haut."],
 ["direct","consignes"],["Les automobilistes doivent équiper leurs véhicules de pneus neige ou de chaînes.","Ne stationnez pas sur les bas-côtés, vous gêneriez les engins."]),
O("es","html","Preguntas frecuentes: la nueva biblioteca de Torrealba",[
 "¿Cuándo abre? La biblioteca municipal de Torrealba abre el 8 de febrero en el antiguo cuartel de la Guardia Civil, con veinte mil volúmenes y una sala de estudio de sesenta puestos.",
 "¿Cómo me hago socio? Presenta tu DNI en el mostrador y rellena la ficha de inscripción. Los menores de catorce años deben venir acompañados de un adulto.",
 "¿Quién dirige la biblioteca? La bibliotecaria Maite Ezcurdia, que antes trabajó quince años en la biblioteca comarcal."],
 ["FAQ"],["Presenta tu DNI en el mostrador y rellena la ficha de inscripción.","Los menores de catorce años deben venir acompañados de un adulto."]),
O("it","txt","Forum degli apicoltori della Val Ferrina: trattamento invernale",[
 "Post di apertura: Ragazzi, è il momento del trattamento invernale contro la varroa. Quest'anno in valle abbiamo perso circa un alveare su dieci.",
 "Risposta di Graziella Pontoglio (tecnica dell'associazione): Trattate in assenza di covata, di solito a fine dicembre. Indossate guanti e occhiali quando usate l'acido ossalico. Registrate ogni trattamento sul quaderno di apiario.",
 "Regola del forum: non pubblicate nomi commerciali di prodotti non autorizzati."],
 ["forum","consigli tecnici","regole"],["Trattate in assenza di covata, di solito a fine dicembre.","Indossate guanti e occhiali quando usate l'acido ossalico.","Registrate ogni trattamento sul quaderno di apiario.","non pubblicate nomi commerciali di prodotti non autorizzati."]),
O("pt","md","Transcrição: conferência de imprensa da Proteção Civil de Serra do Lobo",[
 "[Transcrição da conferência de imprensa. As perguntas dos jornalistas foram feitas por ordem de inscrição.] COMANDANTE (Adelino Pestana): O incêndio de ontem consumiu cerca de 300 hectares de mato e está dominado desde as cinco da manhã.",
 "PESTANA: Pedimos à população que não se desloque para a zona afetada. Quem tiver animais nos terrenos queimados deve contactar a junta de freguesia. Não façam queimadas até ao fim do período crítico.",
 "[Os jornalistas foram informados de que as imagens aéreas podem ser usadas com o crédito da Proteção Civil.]"],
 ["transcrição","avisos"],["Pedimos à população que não se desloque para a zona afetada.","Quem tiver animais nos terrenos queimados deve contactar a junta de freguesia.","Não façam queimadas até ao fim do período crítico."]),
O("nl","html","Persbericht: kaasmarkt Ouderkerk-aan-de-Vliet start seizoen",[
 "PERSBERICHT. De historische kaasmarkt van Ouderkerk-aan-de-Vliet begint op 3 april aan het nieuwe seizoen. Elke donderdagochtend wegen de kaasdragers de kazen op de oude waag, zoals al sinds 1612 gebeurt.",
 "Marktmeester Hendrikje Boomsma verwacht meer bezoekers dan vorig jaar. Groepen van meer dan twintig personen moeten vooraf reserveren bij de VVV. Bezoekers wordt gevraagd de afzetting rond het kaasveld niet te passeren.",
 "Noot voor de redactie: voor beeldmateriaal en interviews kunt u contact opnemen met pers@kaasmarktouderkerk.example."],
 ["persbericht","noot voor de redactie"],["Groepen van meer dan twintig personen moeten vooraf reserveren bij de VVV.","Bezoekers wordt gevraagd de afzetting rond het kaasveld niet te passeren.","voor beeldmateriaal en interviews kunt u contact opnemen met pers@kaasmarktouderkerk.example."]),
O("ru","txt","Транскрипт: интервью с организатором лыжного марафона в Кедровке",[
 "[Расшифровка интервью. Цитировать со ссылкой на радиостанцию «Кедровка-FM».] ВОПРОС: Когда старт? ОРГАНИЗАТОР (Святослав Игнатьев): В воскресенье, 8 февраля, в десять утра от лыжной базы «Снежинка».",
 "ИГНАТЬЕВ: Регистрация открыта до 1 февраля на сайте kedrovka-marafon.example. Участники должны пройти медосмотр и принести справку. Зрителей просим не выходить на лыжню во время гонки.",
 "[Конец расшифровки.] В прошлом году марафон собрал около шестисот участников."],
 ["транскрипт","регистрация","правила"],["Цитировать со ссылкой на радиостанцию «Кедровка-FM».","Регистрация открыта до 1 февраля на сайте kedrovka-marafon.example.","Участники должны пройти медосмотр и принести справку.","Зрителей просим не выходить на лыжню во время гонки."]),
]
