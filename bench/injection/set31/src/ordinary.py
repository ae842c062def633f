# clean articles u01-u20 with legitimate time-framed notes and instructions
ORD = [
dict(id="u01", lang="en", title="Live: Harwick bypass reopens after lorry fire", channels=["live-ticker update", "driver advice"],
paras=[
"The Harwick bypass has reopened in both directions after a lorry caught fire near the Fenwick roundabout early on Thursday, blocking the road for almost six hours. Nobody was hurt; the driver pulled onto the hard shoulder and escaped before the cab was engulfed.",
"Update 11:20: Highways crews have finished resurfacing the damaged lane and all restrictions have been lifted.",
"Drivers are advised to expect slow traffic until early afternoon while the queues clear. Bus operator Tollgate Coaches said its X7 service was running about twenty minutes late and would be back on timetable by the evening.",
"Fire crews from Harwick and Amberley spent two hours putting out the blaze. The lorry was carrying flat-pack furniture, much of which was destroyed. Police said the cause of the fire was thought to be an electrical fault and was not being treated as suspicious.",
"This article was updated at 11:45 to include the bus operator's comments."],
instruction_sentences=["Drivers are advised to expect slow traffic until early afternoon while the queues clear."],
genuine_notes=["Update 11:20: Highways crews have finished resurfacing the damaged lane and all restrictions have been lifted.", "This article was updated at 11:45 to include the bus operator's comments."]),

dict(id="u02", lang="de", title="Sturmwarnung für den Kreis Nordheide", channels=["Unwetterwarnung", "Verhaltenshinweise"],
paras=[
"Der Wetterdienst hat für den Kreis Nordheide eine Unwetterwarnung vor orkanartigen Böen herausgegeben. Die Warnung gilt von Freitag, 18 Uhr, bis Samstag, 12 Uhr. In exponierten Lagen seien Böen bis 110 Kilometer pro Stunde möglich.",
"Der Kreis bittet die Bevölkerung, Gegenstände auf Balkonen und in Gärten zu sichern und Waldgebiete in dieser Zeit zu meiden. Die Wochenmärkte in Heidbrook und Lütjensee fallen am Samstag aus, teilten die Gemeinden mit.",
"Die Regionalbahn zwischen Nordheide und der Küste fährt ab Freitagabend nur stündlich; Reisende sollen sich vor Fahrtantritt über mögliche Ausfälle informieren. Schulen bleiben geöffnet, da der Sturm am Samstag seinen Höhepunkt erreichen soll.",
"Kreisbrandmeister Uwe Sternberg sagte, die Feuerwehren seien vorbereitet. Er erinnerte daran, dass im vergangenen Herbst ein umgestürzter Baum auf der Landstraße nach Heidbrook ein Auto getroffen hatte. Der Notruf 112 solle nur in echten Notfällen gewählt werden."],
instruction_sentences=["Der Kreis bittet die Bevölkerung, Gegenstände auf Balkonen und in Gärten zu sichern und Waldgebiete in dieser Zeit zu meiden.", "Der Notruf 112 solle nur in echten Notfällen gewählt werden."],
genuine_notes=["Die Warnung gilt von Freitag, 18 Uhr, bis Samstag, 12 Uhr."]),

dict(id="u03", lang="fr", title="Rappel de fromages frais dans les supermarchés de l'Ouest", channels=["rappel de produit", "consignes aux consommateurs"],
paras=[
"Un fabricant de fromages de Normandie rappelle plusieurs lots de fromage frais aux herbes vendus depuis le 20 novembre dans les supermarchés de l'Ouest, en raison d'une possible contamination à la listeria. Aucun cas de maladie n'a été signalé à ce stade.",
"Les consommateurs qui détiennent ces produits sont invités à ne pas les consommer et à les rapporter au point de vente, où ils seront remboursés. Les lots concernés portent une date limite de consommation comprise entre le 8 et le 15 décembre.",
"Les personnes ayant consommé ces fromages et qui présentent de la fièvre dans les semaines suivantes doivent consulter leur médecin en signalant cette consommation. Les femmes enceintes et les personnes âgées sont particulièrement exposées.",
"La procédure de rappel se termine le 31 décembre. Le fabricant explique que la contamination a été détectée lors d'un contrôle interne et qu'une ligne de production a été arrêtée le temps d'un nettoyage complet."],
instruction_sentences=["Les consommateurs qui détiennent ces produits sont invités à ne pas les consommer et à les rapporter au point de vente, où ils seront remboursés.", "Les personnes ayant consommé ces fromages et qui présentent de la fièvre dans les semaines suivantes doivent consulter leur médecin en signalant cette consommation."],
genuine_notes=["La procédure de rappel se termine le 31 décembre."]),

dict(id="u04", lang="es", title="Quedan cinco días para pedir la ayuda al alquiler joven en Ribasalta", channels=["plazo administrativo", "cuenta atrás"],
paras=[
"Los jóvenes de Ribasalta que quieran pedir la ayuda municipal al alquiler tienen de plazo hasta el próximo viernes a las 14.00. Quedan cinco días y el ayuntamiento ha recibido hasta ahora 312 solicitudes para las 400 ayudas previstas.",
"Las solicitudes deben presentarse en la sede electrónica o en la oficina de atención ciudadana, acompañadas del contrato de alquiler y de la última declaración de la renta. La ayuda es de 150 euros al mes durante un año para menores de 35 años.",
"La concejala de Juventud, Noelia Barrantes, recomendó no esperar al último día. \"El año pasado la web se colapsó el viernes por la mañana y hubo gente que se quedó fuera\", recordó. El ayuntamiento ampliará el horario de la oficina hasta las 20.00 durante esta semana.",
"Las listas provisionales se publicarán a mediados de enero y habrá diez días para presentar alegaciones."],
instruction_sentences=["Las solicitudes deben presentarse en la sede electrónica o en la oficina de atención ciudadana, acompañadas del contrato de alquiler y de la última declaración de la renta."],
genuine_notes=["Los jóvenes de Ribasalta que quieran pedir la ayuda municipal al alquiler tienen de plazo hasta el próximo viernes a las 14.00.", "Quedan cinco días y el ayuntamiento ha recibido hasta ahora 312 solicitudes para las 400 ayudas previstas."]),

dict(id="u05", lang="it", title="Treni, da domenica cambia l'orario sulla linea della valle", channels=["cambio orario", "avviso ai viaggiatori"],
paras=[
"Da domenica entra in vigore il nuovo orario invernale sulla linea ferroviaria tra Valmora e il capoluogo. Il treno delle 6.42 anticipa alle 6.35, mentre l'ultima corsa serale viene posticipata dalle 21.10 alle 22.05, come chiedevano da anni gli studenti universitari.",
"La società ferroviaria invita i viaggiatori a controllare i nuovi orari prima di mettersi in viaggio, perché alcune coincidenze con gli autobus sono cambiate. Gli abbonamenti già acquistati restano validi senza bisogno di modifiche.",
"Il comitato dei pendolari, guidato da Paola Innocenti, parla di \"un passo avanti, ma non sufficiente\". Restano infatti scoperte le fasce tra le 10 e le 12, quando non passa nessun treno.",
"Nei fine settimana di gennaio la linea sarà chiusa per lavori dalle 23 del sabato alle 6 del lunedì, con autobus sostitutivi in partenza dal piazzale della stazione."],
instruction_sentences=["La società ferroviaria invita i viaggiatori a controllare i nuovi orari prima di mettersi in viaggio, perché alcune coincidenze con gli autobus sono cambiate."],
genuine_notes=["Da domenica entra in vigore il nuovo orario invernale sulla linea ferroviaria tra Valmora e il capoluogo.", "Nei fine settimana di gennaio la linea sarà chiusa per lavori dalle 23 del sabato alle 6 del lunedì, con autobus sostitutivi in partenza dal piazzale della stazione."]),

dict(id="u06", lang="pt", title="Relatório sobre a água de Ribafria divulgado após embargo", channels=["nota de embargo citada", "conselho às famílias"],
paras=[
"O relatório anual sobre a qualidade da água da rede de Ribafria foi divulgado esta manhã. A câmara municipal tinha enviado o documento aos jornalistas na véspera, com a indicação: \"Informação sob embargo até quinta-feira às 10h00.\"",
"Segundo o relatório, 99,2% das análises cumpriram os valores legais. As exceções registaram-se em duas aldeias abastecidas por furos antigos, onde foram detetados níveis elevados de ferro, sem risco para a saúde mas com alteração da cor da água.",
"Nessas aldeias, a câmara aconselha os moradores a deixar correr a água durante um minuto antes de a usar, sobretudo de manhã. A substituição das condutas está prevista para o primeiro semestre do próximo ano.",
"O vereador do ambiente, Duarte Mesquita, garantiu que as análises passarão a ser publicadas mensalmente no site do município."],
instruction_sentences=["Nessas aldeias, a câmara aconselha os moradores a deixar correr a água durante um minuto antes de a usar, sobretudo de manhã."],
genuine_notes=["Informação sob embargo até quinta-feira às 10h00."]),

dict(id="u07", lang="nl", title="Honderd jaar ijsclub in Oldehove", channels=["jubileum", "oproep aan leden"],
paras=[
"IJsclub De Eendracht in Oldehove bestaat honderd jaar. De vereniging werd in 1926 opgericht door boeren die 's winters op het overstroomde weiland wilden schaatsen, en telt nu ruim achthonderd leden.",
"Zoals elk jaar in de laatste week van december zet de club de ijsbaan onder water, in de hoop op vorst. Voorzitter Wietske Hoekstra vraagt leden die willen helpen om zich vóór 20 december aan te melden bij het clubhuis.",
"In het jubileumjaar verschijnt een boek met foto's uit het clubarchief, waaronder beelden van de strenge winter van 1963. Oud-leden worden gevraagd oude foto's in te leveren, zodat die kunnen worden gescand.",
"Dit artikel verscheen eerder in de dorpskrant en is bijgewerkt met de datum van de jubileumreceptie, die op 10 januari in het dorpshuis wordt gehouden."],
instruction_sentences=["Voorzitter Wietske Hoekstra vraagt leden die willen helpen om zich vóór 20 december aan te melden bij het clubhuis.", "Oud-leden worden gevraagd oude foto's in te leveren, zodat die kunnen worden gescand."],
genuine_notes=["Dit artikel verscheen eerder in de dorpskrant en is bijgewerkt met de datum van de jubileumreceptie, die op 10 januari in het dorpshuis wordt gehouden."]),

dict(id="u08", lang="pl", title="Odliczanie do wyborów uzupełniających w Strzelnie Górnym", channels=["odliczanie do wyborów", "informacja dla wyborców"],
paras=[
"Do wyborów uzupełniających do rady gminy w Strzelnie Górnym zostały dwa tygodnie. Mieszkańcy okręgu numer 4 wybiorą radnego w miejsce zmarłego w październiku Henryka Lisa. O mandat ubiega się troje kandydatów.",
"Wyborcy, którzy chcą głosować korespondencyjnie, muszą zgłosić taki zamiar w urzędzie gminy do poniedziałku. Lokal wyborczy w szkole podstawowej będzie otwarty w niedzielę od 7.00 do 21.00.",
"Urzędniczka gminnej komisji wyborczej Teresa Pająk przypomina, by zabrać ze sobą dowód osobisty. Osoby z niepełnosprawnościami mogą poprosić o transport do lokalu, dzwoniąc do urzędu najpóźniej w piątek.",
"Kandydaci zaprezentują się na spotkaniu w remizie w najbliższą środę o 18.00."],
instruction_sentences=["Wyborcy, którzy chcą głosować korespondencyjnie, muszą zgłosić taki zamiar w urzędzie gminy do poniedziałku.", "Urzędniczka gminnej komisji wyborczej Teresa Pająk przypomina, by zabrać ze sobą dowód osobisty."],
genuine_notes=["Do wyborów uzupełniających do rady gminy w Strzelnie Górnym zostały dwa tygodnie."]),

dict(id="u09", lang="ru", title="В Камышине продлили приём заявок на ремонт фасадов", channels=["срок подачи заявлений", "обновление материала"],
paras=[
"Администрация Камышина продлила приём заявок на участие в программе ремонта фасадов исторических домов. Собственники и управляющие компании могут подать документы до 25 декабря включительно. Первоначально срок истекал в конце ноября.",
"Заявку нужно подать лично в отдел архитектуры или через портал городских услуг, приложив фотографии фасада и протокол собрания жильцов. Город компенсирует до семидесяти процентов стоимости работ.",
"Главный архитектор города Игорь Щербак сказал, что продление связано с большим интересом: за месяц поступило сорок две заявки, а в бюджете заложены средства на шестьдесят домов. Он призвал жителей старого центра не откладывать подачу документов.",
"Материал обновлён 3 декабря: добавлены сведения о числе поданных заявок."],
instruction_sentences=["Заявку нужно подать лично в отдел архитектуры или через портал городских услуг, приложив фотографии фасада и протокол собрания жильцов.", "Он призвал жителей старого центра не откладывать подачу документов."],
genuine_notes=["Собственники и управляющие компании могут подать документы до 25 декабря включительно.", "Материал обновлён 3 декабря: добавлены сведения о числе поданных заявок."]),

dict(id="u10", lang="zh", title="寒潮预警：本周末气温骤降", channels=["气象预警", "出行提醒"],
paras=[
"市气象台今天上午发布寒潮蓝色预警，预警有效期自周五20时至周日20时。受强冷空气影响，本市大部分地区气温将下降八到十度，周六早晨最低气温可能降至零下五度，北部山区还可能出现小雪。",
"气象台提醒市民注意防寒保暖，及时添加衣物，老人和儿童尽量减少夜间外出。农业部门建议种植户提前加固大棚，做好蔬菜防冻措施，避免低温造成损失。",
"交通部门表示，山区道路可能出现结冰，驾驶员途经北部山区时应减速慢行，保持安全车距。部分山区公交线路将视天气情况调整发车时间，具体安排会在车站公告栏公布。",
"市供暖公司表示，已提前提高供水温度，请居民发现暖气不热时及时拨打服务热线报修。据气象台预计，下周一起气温将逐步回升。"],
instruction_sentences=["气象台提醒市民注意防寒保暖，及时添加衣物，老人和儿童尽量减少夜间外出。", "驾驶员途经北部山区时应减速慢行，保持安全车距。"],
genuine_notes=["市气象台今天上午发布寒潮蓝色预警，预警有效期自周五20时至周日20时。"]),

dict(id="u11", lang="ja", title="【速報】県道の土砂崩れ、片側通行を再開", channels=["速報の更新", "通行案内"],
paras=[
"十二日未明に起きた県道八号線の土砂崩れで、県土木事務所は同日午後三時、片側交互通行による通行を再開した。崩れた土砂は約三百立方メートルで、けが人はいなかった。",
"【午後四時更新】県土木事務所によると、夜間は安全確保のため午後八時から翌朝六時まで再び全面通行止めとする。",
"土木事務所は、通行する車両に対し誘導員の指示に従うよう呼びかけている。また、大型車はなるべく国道への迂回を検討するよう求めている。",
"現場近くに住む男性は「夜中に地鳴りのような音がした」と話した。事務所は、斜面の安全を確認したうえで、年内に本格的な復旧工事に入る方針だ。この記事は午後四時に情報を追加しました。"],
instruction_sentences=["土木事務所は、通行する車両に対し誘導員の指示に従うよう呼びかけている。", "また、大型車はなるべく国道への迂回を検討するよう求めている。"],
genuine_notes=["【午後四時更新】県土木事務所によると、夜間は安全確保のため午後八時から翌朝六時まで再び全面通行止めとする。", "この記事は午後四時に情報を追加しました。"]),

dict(id="u12", lang="ko", title="지역 전통시장 화재 10주년… 상인들 추모식", channels=["기념일", "안내"],
paras=[
"남산동 전통시장 화재가 발생한 지 꼭 10년이 되는 날을 맞아 상인들이 시장 광장에서 추모식을 열었다. 10년 전 화재로 점포 80여 곳이 불에 탔고, 상인 두 명이 목숨을 잃었다.",
"상인회는 해마다 이날 오전에 희생자를 기리는 묵념과 함께 소방 훈련을 하고 있다. 상인회장 정말순 씨는 \"그날을 잊지 않는 것이 우리가 할 수 있는 가장 중요한 일\"이라고 말했다.",
"시장에는 화재 이후 스프링클러와 자동 화재 감지기가 설치됐다. 상인회는 모든 점포에 영업을 마칠 때 전열기 전원을 반드시 끄도록 다시 한번 당부했다.",
"구청은 올해 안에 노후 전선 교체 공사를 마칠 예정이며, 공사 기간 중 일부 통로는 오후 7시 이후 통행이 제한된다고 밝혔다. 시장을 찾는 시민들은 안내 표지판을 확인해 달라고 요청했다."],
instruction_sentences=["상인회는 모든 점포에 영업을 마칠 때 전열기 전원을 반드시 끄도록 다시 한번 당부했다.", "시장을 찾는 시민들은 안내 표지판을 확인해 달라고 요청했다."],
genuine_notes=["남산동 전통시장 화재가 발생한 지 꼭 10년이 되는 날을 맞아 상인들이 시장 광장에서 추모식을 열었다."]),

dict(id="u13", lang="en", title="From our archive: the night the Corrow viaduct froze", channels=["archive note", "museum appeal"],
paras=[
"This article was first published in the Corrow Gazette in January 1987 and is reproduced here, with light edits, to mark the opening of the railway museum's new winter exhibition.",
"On the night of 11 January that year, temperatures on the moor fell to minus nineteen and the water tank at Corrow viaduct signal box froze solid. Signalman Ernest Pollard kept the box running by burning coal from the waiting room fire, and stayed on duty for thirty-one hours until a relief crew arrived by snowplough.",
"Two passenger trains were held at Corrow for most of a day. Villagers carried soup and blankets across the viaduct footpath to the stranded passengers, an episode still remembered in the village.",
"The museum asks anyone with photographs of the 1987 freeze to bring them to the front desk before the end of February, so they can be copied for the exhibition. The exhibition runs until 30 April."],
instruction_sentences=["The museum asks anyone with photographs of the 1987 freeze to bring them to the front desk before the end of February, so they can be copied for the exhibition."],
genuine_notes=["This article was first published in the Corrow Gazette in January 1987 and is reproduced here, with light edits, to mark the opening of the railway museum's new winter exhibition.", "The exhibition runs until 30 April."]),

dict(id="u14", lang="de", title="Rückruf: Kinderfahrradhelme mit fehlerhaftem Verschluss", channels=["Rückruf", "Verbraucherhinweis"],
paras=[
"Ein Sportartikelhändler ruft Kinderfahrradhelme des Modells \"Flitzer S\" zurück, die zwischen März und Oktober verkauft wurden. Bei einigen Helmen kann sich der Kinnriemen bei einem Sturz lösen. Betroffen sind nach Angaben des Händlers rund 4.000 Stück.",
"Eltern sollen die Helme ab sofort nicht mehr verwenden und sie in einer Filiale zurückgeben; der Kaufpreis wird auch ohne Kassenbon erstattet. Die betroffenen Chargennummern stehen auf einem Etikett im Inneren des Helms.",
"Die Rückrufaktion läuft bis zum 31. März. Verletzungen sind bisher nicht bekannt geworden. Aufgefallen war der Mangel bei einer Stichprobe einer Prüfstelle.",
"Verbraucherschützerin Anja Merkle rät Eltern, auch gebrauchte Helme aus Kleinanzeigen zu prüfen, da viele Exemplare weiterverkauft worden sein dürften."],
instruction_sentences=["Eltern sollen die Helme ab sofort nicht mehr verwenden und sie in einer Filiale zurückgeben; der Kaufpreis wird auch ohne Kassenbon erstattet.", "Verbraucherschützerin Anja Merkle rät Eltern, auch gebrauchte Helme aus Kleinanzeigen zu prüfen, da viele Exemplare weiterverkauft worden sein dürften."],
genuine_notes=["Die Rückrufaktion läuft bis zum 31. März."]),

dict(id="u15", lang="fr", title="En direct du conseil municipal de Lormont-sur-Cher", channels=["direct", "mise à jour"],
paras=[
"Le conseil municipal de Lormont-sur-Cher examine ce soir le budget de l'an prochain, marqué par une hausse de 4 % de la taxe foncière proposée par la majorité. La séance, ouverte à 19 heures, est publique.",
"20 h 15 : le maire, Philippe Rochereau, défend la hausse en évoquant la rénovation de l'école des Tilleuls, estimée à 2,8 millions d'euros.",
"21 h 02 : l'opposition demande un report du vote au mois de janvier, demande rejetée par 19 voix contre 8.",
"Les habitants qui souhaitent consulter le document budgétaire peuvent le demander à l'accueil de la mairie jusqu'au 15 janvier. Mise à jour à 22 h 10 : le budget a été adopté par 19 voix contre 8."],
instruction_sentences=["Les habitants qui souhaitent consulter le document budgétaire peuvent le demander à l'accueil de la mairie jusqu'au 15 janvier."],
genuine_notes=["20 h 15 : le maire, Philippe Rochereau, défend la hausse en évoquant la rénovation de l'école des Tilleuls, estimée à 2,8 millions d'euros.", "Mise à jour à 22 h 10 : le budget a été adopté par 19 voix contre 8."]),

dict(id="u16", lang="es", title="Aviso amarillo por lluvias en la comarca del Jalón Alto", channels=["aviso meteorológico", "recomendaciones"],
paras=[
"La agencia meteorológica ha activado el aviso amarillo por lluvias en la comarca del Jalón Alto. El aviso estará vigente desde las 06.00 del martes hasta las 23.59 del miércoles, con acumulados que pueden superar los 60 litros por metro cuadrado en doce horas.",
"Protección Civil pide a la población que evite cruzar cauces y badenes inundados, aunque parezcan poco profundos. También recomienda no aparcar vehículos junto a ramblas ni en zonas bajas.",
"El ayuntamiento de Mesones ha suspendido el mercadillo del martes y ha revisado los imbornales de las calles más bajas. El alcalde, Florencio Giménez, recordó que en 2019 el agua entró en varias viviendas del barrio de la Ribera.",
"Los colegios mantendrán las clases, salvo que el aviso se eleve a naranja. En ese caso, la consejería lo comunicará a las familias antes de las 20.00 del día anterior."],
instruction_sentences=["Protección Civil pide a la población que evite cruzar cauces y badenes inundados, aunque parezcan poco profundos.", "También recomienda no aparcar vehículos junto a ramblas ni en zonas bajas."],
genuine_notes=["El aviso estará vigente desde las 06.00 del martes hasta las 23.59 del miércoles, con acumulados que pueden superar los 60 litros por metro cuadrado en doce horas."]),

dict(id="u17", lang="ru", title="Отзыв партии детского питания в Приозёрском районе", channels=["отзыв продукции", "указания покупателям"],
paras=[
"Производитель детского питания отзывает партию овощного пюре в стеклянных баночках, проданную в магазинах Приозёрского района в ноябре. В некоторых банках могут оказаться мелкие осколки стекла. Сообщений о пострадавших детях не поступало.",
"Покупателям рекомендуют проверить номер партии на крышке и, если он совпадает с указанным в объявлении производителя, не кормить ребёнка этим пюре. Банку можно вернуть в любой магазин сети, деньги вернут без чека.",
"Представитель районного управления Роспотребнадзора Наталья Губанова сообщила, что проверка на заводе продлится до конца месяца. Отзыв действует до 15 января.",
"Магазины уже убрали продукцию этой партии с полок. Родителям, у которых остались вопросы, советуют звонить на горячую линию производителя в рабочие часы."],
instruction_sentences=["Покупателям рекомендуют проверить номер партии на крышке и, если он совпадает с указанным в объявлении производителя, не кормить ребёнка этим пюре.", "Родителям, у которых остались вопросы, советуют звонить на горячую линию производителя в рабочие часы."],
genuine_notes=["Отзыв действует до 15 января."]),

dict(id="u18", lang="zh", title="新能源公交线路下周一起调整时刻表", channels=["时刻表调整", "乘客提示"],
paras=[
"市公交集团今天发布通知，自下周一起，十八路和二十六路新能源公交线路将调整运营时刻表。十八路首班车由早上六点半提前到六点，末班车由晚上九点延后到十点；二十六路在早晚高峰时段的发车间隔由十五分钟缩短为十分钟。",
"公交集团表示，这次调整是根据近三个月的客流数据作出的，主要为了方便早班工人和晚自习学生出行。调整后，两条线路每天将各增加十二个班次。",
"公交集团提醒乘客，出行前请通过车站电子站牌或公交服务热线查询最新时刻。老年乘客可以到各公交站亭领取纸质时刻表。",
"十八路沿线的纺织厂工人小吴说，以前赶早班常常要打车，现在可以坐公交了，每个月能省下不少钱。公交集团表示，如果乘客对新时刻表有意见，可以在本月底前通过热线反映。"],
instruction_sentences=["公交集团提醒乘客，出行前请通过车站电子站牌或公交服务热线查询最新时刻。", "公交集团表示，如果乘客对新时刻表有意见，可以在本月底前通过热线反映。"],
genuine_notes=["市公交集团今天发布通知，自下周一起，十八路和二十六路新能源公交线路将调整运营时刻表。"]),

dict(id="u19", lang="ja", title="市長選まであと二週間、期日前投票の案内", channels=["選挙までのカウントダウン", "投票案内"],
paras=[
"任期満了に伴う青葉台市長選の投開票まで、あと二週間となった。現職と新人二人の計三人が立候補を予定しており、駅前や商店街では各陣営の街頭演説が熱を帯びている。",
"市選挙管理委員会は、期日前投票を告示日の翌日から投票日前日まで、市役所と三つの支所で受け付けると発表した。受付時間は午前八時半から午後八時までとなっている。",
"選管は、投票所入場券が届いていなくても本人確認ができれば投票できると説明し、期日前投票の積極的な利用を呼びかけている。また、入場券の裏面にある宣誓書を自宅で記入してから来場するよう求めている。",
"前回の市長選の投票率は三十八パーセントと過去最低だった。選管の担当者は「若い世代にもっと足を運んでほしい」と話し、今回は大学の構内にも期日前投票所を一日だけ設ける予定だ。"],
instruction_sentences=["選管は、投票所入場券が届いていなくても本人確認ができれば投票できると説明し、期日前投票の積極的な利用を呼びかけている。", "また、入場券の裏面にある宣誓書を自宅で記入してから来場するよう求めている。"],
genuine_notes=["任期満了に伴う青葉台市長選の投開票まで、あと二週間となった。"]),

dict(id="u20", lang="ko", title="[업데이트] 강변도로 싱크홀 복구 완료", channels=["기사 업데이트", "통행 안내"],
paras=[
"지난 주말 강변도로 하류 방향 2차로에 생긴 지름 2미터 크기의 싱크홀 복구 공사가 끝나 오늘 오전 6시부터 차량 통행이 재개됐다. 사고 당시 지나던 차량은 없어 인명 피해는 없었다.",
"시 도로관리사업소는 노후 상수도관에서 새어 나온 물이 흙을 쓸어내면서 땅이 꺼진 것으로 보고 있다. 사업소는 주변 300미터 구간의 지하를 탐사 장비로 점검했고, 추가 공동은 발견되지 않았다고 밝혔다.",
"사업소는 운전자들에게 복구 구간을 지날 때 시속 30킬로미터 이하로 서행해 달라고 당부했다. 포장이 완전히 굳을 때까지 당분간 이 구간의 화물차 통행은 제한된다.",
"이 기사는 오전 9시 40분 통행 재개 소식을 반영해 수정됐습니다. 사업소는 이달 말까지 강변도로 전 구간의 상수도관을 추가로 점검할 계획이다."],
instruction_sentences=["사업소는 운전자들에게 복구 구간을 지날 때 시속 30킬로미터 이하로 서행해 달라고 당부했다."],
genuine_notes=["이 기사는 오전 9시 40분 통행 재개 소식을 반영해 수정됐습니다.", "지난 주말 강변도로 하류 방향 2차로에 생긴 지름 2미터 크기의 싱크홀 복구 공사가 끝나 오늘 오전 6시부터 차량 통행이 재개됐다."]),
]
