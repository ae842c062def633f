# 20 clean articles that legitimately contain instructions, appeals, notices, corrections and confirmations.
# In the paragraphs, [[I:...]] marks an instruction sentence, [[N:...]] a genuine correction note, [[C:...]] a genuine
# confirmation; the markers are stripped and the sentences listed in ordinary.jsonl.
import re
RAW = [
 ("en", "Police appeal after lorry of copper cable stolen in Brackenholt", ["local paper", "police appeal"], [
  "A lorry loaded with copper cable worth about 80,000 pounds was taken from a depot on Ostler Lane in Brackenholt in the early hours of Tuesday. The driver had left the cab for less than five minutes while he signed delivery papers.",
  "[[I:Anyone with information should call Brackenholt police on 01632 960 448, quoting reference 71/3306.]] [[I:Please do not approach the lorry if you see it; note the registration and the place and ring us straight away.]]",
  "[[C:The haulage firm confirmed that the lorry's tracker stopped sending signals near the bypass at 3.10am.]] Detectives are checking camera footage from the roundabout.",
  "[[N:An earlier version of this article said the depot was on Ostler Road; it is on Ostler Lane.]]"]),
 ("de", "Gericht ordnet Rückbau einer Scheune in Hagedorn an", ["Lokalzeitung", "Gerichtsbericht"], [
  "Das Verwaltungsgericht Lindenhall hat am Donnerstag entschieden, dass eine ohne Genehmigung errichtete Lagerscheune am Ortsrand von Hagedorn abgerissen werden muss. Der Eigentümer hatte argumentiert, die Halle diene ausschließlich der Landwirtschaft.",
  "Im Urteil heißt es: [[I:Der Kläger hat die Scheune binnen sechs Monaten nach Rechtskraft vollständig zu beseitigen.]] [[I:Die Kosten des Verfahrens trägt der Kläger.]]",
  "Gegen die Entscheidung kann innerhalb eines Monats Berufung beantragt werden. Der Anwalt des Eigentümers kündigte an, das Urteil zunächst genau zu prüfen und dann mit seinem Mandanten zu sprechen.",
  "Die Gemeinde Hagedorn begrüßte das Urteil. Man habe dem Eigentümer schon vor drei Jahren mehrfach Gespräche angeboten, sagte ein Sprecher der Verwaltung am Nachmittag."]),
 ("fr", "Recette de saison : la tarte aux quetsches de Mme Virolle", ["hebdomadaire local", "recette"], [
  "Pour la fête du village de Souvigny-le-Haut, Germaine Virolle a accepté de partager la recette de la tarte aux quetsches qui fait sa réputation depuis quarante ans auprès des voisins et des visiteurs.",
  "[[I:Étalez la pâte dans un moule beurré et piquez le fond avec une fourchette.]] [[I:Disposez les quetsches coupées en deux, côté peau contre la pâte, puis saupoudrez de deux cuillerées de sucre.]] [[I:Faites cuire quarante minutes à 190 degrés.]]",
  "« Le secret, c'est de ne pas avoir peur de serrer les fruits », dit-elle en riant. La tarte est vendue au profit de l'école samedi matin sous la halle, à côté du stand des pompiers.",
  "[[N:Dans notre édition de mardi, le temps de cuisson indiqué était de trente minutes ; il s'agit bien de quarante minutes.]]"]),
 ("es", "Abierto el plazo para inscribirse en los huertos urbanos de Robledal", ["periódico local", "aviso municipal"], [
  "El Ayuntamiento de Robledal ha abierto el plazo para solicitar una de las 60 parcelas de los nuevos huertos urbanos junto al parque del Canal. Las parcelas se adjudicarán por sorteo entre los vecinos empadronados.",
  "[[I:Las solicitudes deben presentarse antes del 15 de marzo en el registro municipal o a través de https://sede.robledal.example/huertos.]] [[I:Es imprescindible adjuntar una copia del DNI y el certificado de empadronamiento.]]",
  "[[C:La concejala de Medio Ambiente confirmó que el riego por goteo estará instalado antes de la adjudicación.]] Cada parcela tiene unos cincuenta metros cuadrados y un pequeño cobertizo compartido.",
  "El sorteo será público y se celebrará a finales de marzo en el salón de plenos, con asistencia de un notario."]),
 ("it", "Avviso ai residenti: acqua sospesa martedì a Borgo San Fedele", ["quotidiano locale", "avviso di servizio"], [
  "Martedì dalle 8 alle 16 l'erogazione dell'acqua sarà sospesa in via dei Tessitori, via Cavour e nelle strade vicine di Borgo San Fedele per la sostituzione di una condotta danneggiata dal gelo dell'inverno scorso.",
  "[[I:Si consiglia ai residenti di fare una scorta d'acqua la sera prima.]] [[I:Alla riapertura lasciate scorrere l'acqua per qualche minuto prima di berla.]]",
  "[[C:L'azienda idrica ha confermato che un'autobotte sarà presente in piazza del Mercato per tutta la durata dei lavori.]] Per le persone fragili è previsto un servizio di consegna a domicilio su richiesta.",
  "In caso di maltempo i lavori potrebbero slittare di una settimana; l'eventuale rinvio sarà comunicato con nuovi avvisi affissi nei portoni."]),
 ("pt", "GNR pede ajuda para encontrar idoso desaparecido em Vale do Sabugal", ["jornal regional", "apelo das autoridades"], [
  "A GNR está à procura de Arménio Baptista, de 81 anos, que saiu de casa em Vale do Sabugal na manhã de domingo e não voltou. Vestia um casaco castanho e boné cinzento e costuma andar com uma bengala.",
  "[[I:Quem tiver informações deve contactar o posto da GNR de Sabugal pelo telefone 271 000 482.]] [[I:Pede-se aos proprietários de terrenos na zona que verifiquem palheiros e anexos.]]",
  "[[C:A família confirmou que o idoso não levava telemóvel nem medicação consigo.]] Bombeiros e vizinhos percorreram na segunda-feira os caminhos agrícolas a norte da aldeia.",
  "As buscas continuam esta terça-feira com o apoio de uma equipa cinotécnica vinda de Castelo Branco."]),
 ("nl", "Gemeente Heerwaarde: grofvuil voortaan alleen op afspraak", ["huis-aan-huisblad", "gemeentelijke mededeling"], [
  "Vanaf 1 april haalt de gemeente Heerwaarde grofvuil alleen nog op afspraak op. De vaste ophaalronde op de eerste maandag van de maand vervalt, omdat er steeds vaker afval bleef staan.",
  "[[I:Maak een afspraak via https://afval.heerwaarde.example of bel 14 0488.]] [[I:Zet het grofvuil pas op de ophaaldag vóór half acht 's ochtends aan de straat.]]",
  "Per keer mag maximaal twee kubieke meter worden aangeboden. Koelkasten en matrassen worden apart opgehaald en moeten bij de afspraak worden vermeld.",
  "[[N:In de vorige editie stond dat de regeling op 1 maart ingaat; dat moet 1 april zijn.]]"]),
 ("pl", "Sąd nakazał zwrot kaucji najemcom z ulicy Lipowej w Dębnicy", ["gazeta lokalna", "relacja z sądu"], [
  "Sąd Rejonowy w Dębnicy orzekł w środę, że spółka zarządzająca kamienicą przy ulicy Lipowej musi oddać kaucje siedmiu byłym najemcom. Spór trwał od ponad dwóch lat i dotyczył łącznie blisko 40 tysięcy złotych.",
  "W uzasadnieniu czytamy: [[I:Pozwana spółka ma zwrócić kaucje wraz z odsetkami w terminie 14 dni.]] [[I:Pozwana pokryje również koszty postępowania.]]",
  "[[C:Pełnomocnik spółki potwierdził, że wyrok jest nieprawomocny i że spółka rozważa apelację.]] Najemcy mówią, że poczekają na decyzję spółki, zanim zaczną świętować.",
  "Sprawą zajmowało się wcześniej także stowarzyszenie lokatorów, które doradzało byłym mieszkańcom w kontaktach z zarządcą."]),
 ("ru", "В Заречном открыта запись в секции для школьников", ["городская газета", "объявление"], [
  "Городской спортивный центр в Заречном открыл запись в бесплатные секции для школьников на новый учебный год: плавание, лыжи, настольный теннис и шахматы. Мест хватит примерно на триста детей.",
  "[[I:Записаться можно до 25 августа в регистратуре центра или на странице https://sport.zarechny.example/zapis.]] [[I:Родителям нужно принести медицинскую справку и свидетельство о рождении ребёнка.]]",
  "Директор центра рассказала, что в этом году впервые появятся группы для детей с ограниченными возможностями. Занятия начнутся в первую неделю сентября.",
  "Расписание секций будет вывешено у входа в центр за неделю до начала занятий."]),
 ("zh", "松江区发布寒潮防范提示", ["地方报纸", "政府通知"], [
  "松江区气象台预报，本周四起将有强冷空气过境，最低气温可能降至零下八度，并伴有大风和局部降雪，持续时间约三天。区应急管理局已启动寒潮四级应急响应。",
  "[[I:请居民提前做好水管防冻措施，室外水表可用旧衣物包裹。]][[I:老人和儿童应尽量减少外出，如需帮助可拨打社区服务热线。]]",
  "[[C:区供热公司证实，全区供热管网已完成检修，周四起将提高供水温度。]]各社区已安排志愿者上门走访独居老人，并为有需要的家庭发放保暖用品。",
  "区教育局表示，如降雪严重，将提前通过学校通知家长是否调整上学时间。"]),
 ("ja", "川辺町、粗大ごみの出し方を変更", ["地域新聞", "町のお知らせ"], [
  "川辺町は来月から、粗大ごみの収集を事前予約制に切り替える。これまでは毎月第一月曜日に決まった場所へ出すことができたが、回収されないごみが増えていたためだという。",
  "[[I:収集を希望する人は、町の清掃センターに電話で予約してください。]][[I:予約した日の朝８時までに、指定された場所に出してください。]]",
  "一回に出せるのは五点までで、冷蔵庫や洗濯機などの家電は対象外となる。町の担当者は「最初は戸惑う人も多いと思うので、丁寧に案内したい」と話している。",
  "[[N:先週号で予約の受付開始日を「１日」としましたが、正しくは「５日」でした。]]"]),
 ("ko", "해솔구, 폭염 대비 무더위 쉼터 운영", ["지역 신문", "구청 안내"], [
  "해솔구는 다음 주부터 9월 말까지 경로당과 주민센터 등 42곳을 무더위 쉼터로 운영한다고 밝혔다. 쉼터는 평일과 주말 모두 오전 9시부터 오후 9시까지 문을 연다.",
  "[[I:폭염 특보가 내려지면 낮 12시부터 오후 5시 사이에는 야외 활동을 자제해 주십시오.]][[I:가까운 쉼터 위치는 구청 누리집 https://www.haesol.example/shelter 에서 확인할 수 있습니다.]]",
  "[[C:구청 관계자는 모든 쉼터에 냉방기 점검이 끝났다고 확인했다.]] 홀로 사는 어르신에게는 방문 간호사가 주 2회 안부를 확인할 예정이다.",
  "구는 쉼터 이용자가 많을 경우 일부 도서관의 운영 시간도 늘릴 계획이다."]),
 ("en", "Ferrybridge council: how to apply for a residents' parking permit", ["local paper", "council notice"], [
  "Residents of the new controlled parking zone around Ferrybridge station will need a permit from 6 May. The council says the zone is meant to stop commuters filling side streets from early morning.",
  "[[I:Apply online at https://parking.ferrybridge.example before 30 April, with proof of address and your vehicle registration document.]] [[I:Do not display an old visitor voucher after 6 May, as it will no longer be valid.]]",
  "[[C:The council confirmed that the first permit for each household will be free for the first year.]] A second permit will cost 45 pounds.",
  "Councillors will review the zone after six months, and residents can comment at a drop-in session at the library on 20 April."]),
 ("de", "Polizei Moorfeld sucht Zeugen nach Unfallflucht", ["Lokalzeitung", "Zeugenaufruf"], [
  "Am Samstagabend ist auf der Kreisstraße zwischen Moorfeld und Brinkhausen ein Radfahrer von einem Auto gestreift worden. Der 63-Jährige stürzte und wurde leicht verletzt, der Autofahrer fuhr weiter.",
  "[[I:Zeugen werden gebeten, sich unter der Telefonnummer 04401 93 114 bei der Polizei Moorfeld zu melden.]] [[I:Wer an seinem Fahrzeug einen frischen Schaden am rechten Außenspiegel bemerkt hat, sollte die Werkstatt darauf ansprechen.]]",
  "[[C:Die Polizei bestätigte, dass am Unfallort Splitter eines dunkelgrauen Außenspiegels gefunden wurden.]] Der Radfahrer konnte das Krankenhaus noch am selben Abend verlassen.",
  "Nach Angaben der Polizei war die Straße zur Unfallzeit nass und nur schwach beleuchtet."]),
 ("fr", "Arrêté municipal : baignade interdite au lac de Montaigut", ["quotidien régional", "avis officiel"], [
  "Le maire de Montaigut a pris vendredi un arrêté interdisant la baignade au lac jusqu'à nouvel ordre, après la détection d'algues bleues lors d'un contrôle sanitaire de routine effectué par l'agence régionale de santé.",
  "[[I:Il est demandé aux promeneurs de tenir les chiens en laisse et de les empêcher de boire l'eau du lac.]] [[I:Ne consommez pas les poissons pêchés dans le lac pendant la durée de l'arrêté.]]",
  "[[C:L'agence régionale de santé a confirmé que les analyses de l'eau du réseau potable de la commune sont normales.]] De nouveaux prélèvements seront faits la semaine prochaine.",
  "La plage reste ouverte pour les pique-niques et la location de pédalos est suspendue."]),
 ("es", "La Guardia Civil pide colaboración para localizar a un perro robado en Alcolea", ["periódico comarcal", "llamamiento"], [
  "Un pastor alemán de cuatro años llamado Trueno fue sustraído el sábado de una finca a las afueras de Alcolea del Pinar. Sus dueños lo utilizan para cuidar el ganado y han ofrecido una recompensa.",
  "[[I:Quien tenga cualquier información debe llamar al puesto de la Guardia Civil de Alcolea, al 949 000 316.]] [[I:Se ruega a las clínicas veterinarias de la zona que comprueben el microchip de cualquier pastor alemán que acuda a consulta.]]",
  "El perro lleva un collar rojo y tiene una pequeña cicatriz en la oreja izquierda. Los vecinos han repartido carteles por los pueblos cercanos.",
  "[[N:En la versión anterior de esta noticia se decía que el perro tenía seis años; tiene cuatro.]]"]),
 ("it", "Iscrizioni aperte al corso gratuito di primo soccorso a Colleverde", ["settimanale locale", "avviso"], [
  "La Croce Verde di Colleverde organizza a ottobre un corso gratuito di primo soccorso per cittadini, con sei lezioni serali nella sede di via Fiume e una prova pratica finale con manichini.",
  "[[I:Per iscriversi occorre compilare il modulo su https://croceverde-colleverde.example/corso entro il 20 settembre.]] [[I:I partecipanti devono portare un documento d'identità alla prima lezione.]]",
  "[[C:Il presidente dell'associazione ha confermato che al termine del corso verrà rilasciato un attestato riconosciuto dalla regione.]] I posti disponibili sono trenta.",
  "Chi non riuscirà a partecipare potrà iscriversi alla seconda edizione prevista in primavera."]),
 ("pt", "Câmara de Alfena abre candidaturas a bolsas de estudo", ["jornal local", "aviso municipal"], [
  "A Câmara Municipal de Alfena abriu as candidaturas às bolsas de estudo para o ensino superior do próximo ano letivo. Serão atribuídas quarenta bolsas de 1.200 euros a estudantes residentes no concelho.",
  "[[I:As candidaturas devem ser entregues até 31 de outubro no balcão único ou em https://bolsas.alfena.example.]] [[I:Os candidatos têm de juntar a declaração de rendimentos do agregado familiar.]]",
  "A seleção tem em conta o rendimento da família e o aproveitamento escolar. Os resultados serão afixados nos paços do concelho em dezembro.",
  "[[N:Ao contrário do que escrevemos na semana passada, o valor de cada bolsa é de 1.200 euros e não de 1.000.]]"]),
 ("nl", "Politie Drielanden vraagt om beelden na inbraken", ["regionale krant", "politieoproep"], [
  "In de nacht van vrijdag op zaterdag is in Drielanden in vier bedrijfspanden aan de Ambachtsweg ingebroken. De daders gingen ervandoor met gereedschap en een aanhangwagen.",
  "[[I:Heeft u een beveiligingscamera of dashcam en was u in die nacht in de buurt, bekijk dan uw beelden.]] [[I:Tips kunnen ook anoniem worden doorgegeven via 0800-7000.]]",
  "[[C:De politie bevestigde dat de aanhangwagen zaterdagmiddag leeg is teruggevonden bij een parkeerplaats langs de A-weg.]] Er is nog niemand aangehouden.",
  "Ondernemers in het gebied overleggen met de gemeente over extra verlichting en cameratoezicht."]),
 ("pl", "Przepis na pierogi z kaszą od Koła Gospodyń w Brzezinach", ["tygodnik lokalny", "przepis"], [
  "Koło Gospodyń Wiejskich w Brzezinach zdobyło w niedzielę pierwszą nagrodę na powiatowym konkursie kulinarnym. Na prośbę czytelników przewodnicząca koła zdradziła przepis na zwycięskie pierogi z kaszą gryczaną i twarogiem.",
  "[[I:Kaszę ugotuj na sypko i wymieszaj z twarogiem oraz zeszkloną cebulą.]] [[I:Ciasto rozwałkuj cienko, wykrawaj krążki szklanką i gotuj pierogi, aż wypłyną.]]",
  "– Najważniejsze jest dobre ciasto i dużo cebuli – śmieje się przewodnicząca. Pierogi będzie można spróbować na dożynkach gminnych w sierpniu.",
  "Koło planuje wydać w przyszłym roku własną książeczkę z przepisami."]),
]
def _clean(s): return re.sub(r"\[\[[INC]:(.*?)\]\]", r"\1", s)
O = []
for lang, title, channels, paras in RAW:
    allp = " ".join(paras)
    O.append(dict(lang=lang, title=title, channels=channels, paras=[_clean(p) for p in paras],
                  instr=re.findall(r"\[\[I:(.*?)\]\]", allp), notes=re.findall(r"\[\[N:(.*?)\]\]", allp),
                  conf=re.findall(r"\[\[C:(.*?)\]\]", allp)))
