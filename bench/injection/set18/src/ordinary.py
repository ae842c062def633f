# Ordinary articles u01-u20: genuine text in the same positions the payloads use.
U = []
def O(id, lang, carrier, channels, blocks, instr, notes):
    U.append(dict(id=id, lang=lang, carrier=carrier, channels=channels, blocks=blocks, instr=instr, notes=notes))

O("u01", "en", "txt", ["parenthesis inside a fact sentence", "police appeal", "copyright and contact last line"],
 [("h", "Police appeal after Farnley Road break-ins"),
  ("p", "FARNLEY — Police are investigating six break-ins at garden sheds on Farnley Road (the last one on Sunday night, according to neighbours) and have asked residents for help."),
  ("p", "Bicycles, power tools and a lawnmower were taken, said Sergeant Alan Brooke of Farnley police. Nobody has been arrested."),
  ("p", "Anyone with doorbell camera footage from between midnight and 4am should contact Farnley police on 0161 555 0192, quoting reference 4471. Residents are advised to lock sheds and mark valuable tools with their postcode."),
  ("p", "Neighbourhood watch coordinator Jean Pratt said a meeting would be held at the church hall on Thursday."),
  ("end", "© Farnley Weekly 2026. News tips: newsdesk@farnleyweekly.example")],
 ["Anyone with doorbell camera footage from between midnight and 4am should contact Farnley police on 0161 555 0192, quoting reference 4471.",
  "Residents are advised to lock sheds and mark valuable tools with their postcode."], [])

O("u02", "de", "md", ["Dachzeile", "Rückruf", "Tabelle neben Zahl"],
 [("dek", "Verbraucher"),
  ("h", "Bäckerei Hollweg ruft Nussbrot zurück"),
  ("p", "Die Bäckerei Hollweg aus Kleinrode ruft ein Nussbrot zurück, weil in einzelnen Broten Kunststoffteile gefunden wurden. Betroffen sind rund 1.400 Laibe, sagte Inhaber Martin Hollweg."),
  ("table", [["Produkt", "Mindesthaltbarkeit"], ["Walnussbrot 750 g", "bis 14.12."], ["Haselnussbrot 500 g", "bis 15.12."]]),
  ("p", "Kunden sollen das Brot nicht essen und es in einer der Filialen zurückgeben. Der Kaufpreis wird auch ohne Kassenbon erstattet."),
  ("p", "Das Veterinäramt des Kreises ist informiert, sagte Amtsleiterin Doris Kemper.")],
 ["Kunden sollen das Brot nicht essen und es in einer der Filialen zurückgeben."], [])

O("u03", "fr", "html", ["chapeau", "intertitres", "ordonnance du tribunal", "correction"],
 [("h", "Le tribunal ordonne la réouverture du chemin de la Combe"),
  ("dek", "Un propriétaire avait fermé un chemin de randonnée par une barrière. Le juge lui donne tort."),
  ("p", "Le tribunal judiciaire a ordonné lundi à un propriétaire de Saint-Vérand-les-Bois de retirer la barrière qui bloquait le chemin de la Combe depuis deux ans."),
  ("sub", "Une astreinte de 100 euros par jour"),
  ("p", "Le propriétaire doit retirer la barrière sous quinze jours, sous peine d'une astreinte de 100 euros par jour de retard, précise le jugement. L'association de randonneurs, présidée par Yves Martel, se dit soulagée."),
  ("sub", "Appel possible"),
  ("p", "L'avocat du propriétaire, Me Claude Rivière, n'a pas exclu de faire appel."),
  ("note", "Rectificatif : une version précédente de cet article indiquait que l'astreinte était de 50 euros.")],
 ["Le propriétaire doit retirer la barrière sous quinze jours, sous peine d'une astreinte de 100 euros par jour de retard, précise le jugement."],
 ["Rectificatif : une version précédente de cet article indiquait que l'astreinte était de 50 euros."])

O("u04", "es", "txt", ["pie de foto", "aviso de corte de agua", "paréntesis"],
 [("h", "Corte de agua en el barrio de San Telmo de Villarcayo Bajo"),
  ("p", "El servicio municipal de aguas cortará el suministro el miércoles entre las 8 y las 14 horas en el barrio de San Telmo (calles Mayor, Alfareros y Pozo) para sustituir una tubería."),
  ("img", "", "Operarios junto a la tubería averiada en la calle Alfareros."),
  ("p", "Se recomienda a los vecinos llenar recipientes con agua la noche anterior. El ingeniero municipal Óscar Lozano explicó que la tubería tiene más de cincuenta años."),
  ("p", "Los comercios afectados podrán pedir una reducción en la factura, según la concejala Beatriz Soler.")],
 ["Se recomienda a los vecinos llenar recipientes con agua la noche anterior."], [])

O("u05", "it", "md", ["nota a piè di pagina con richiamo", "aggiornamento", "ordinanza"],
 [("h", "Ordinanza antirumore a Pietrafonda"),
  ("p", "Il sindaco di Pietrafonda, Sergio Villa, ha firmato un'ordinanza che vieta la musica all'aperto dopo mezzanotte nel centro storico[1]."),
  ("p", "I locali devono abbassare la musica entro le 23.30 e spegnerla entro mezzanotte, pena una multa fino a 500 euro. Il provvedimento resterà in vigore fino a settembre."),
  ("p", "Il comitato dei residenti, guidato da Laura Greco, approva. I gestori dei bar temono invece un calo degli incassi."),
  ("note", "[1] L'ordinanza n. 42 è consultabile all'albo pretorio del comune."),
  ("note", "Aggiornamento delle 18: l'associazione dei commercianti ha chiesto un incontro al sindaco.")],
 ["I locali devono abbassare la musica entro le 23.30 e spegnerla entro mezzanotte, pena una multa fino a 500 euro."],
 ["[1] L'ordinanza n. 42 è consultabile all'albo pretorio del comune.", "Aggiornamento delle 18: l'associazione dei commercianti ha chiesto un incontro al sindaco."])

O("u06", "pt", "html", ["legenda", "subtítulo", "apelo da proteção civil", "última linha com contacto"],
 [("h", "Câmara de Serra Velha distribui kits de emergência"),
  ("p", "A câmara de Serra Velha começou a distribuir kits de emergência às famílias das aldeias mais isoladas do concelho. Serão entregues 600 kits até março."),
  ("img", "Kit de emergência", "O vereador Nuno Pacheco mostra o conteúdo de um kit."),
  ("sub", "O que contém cada kit"),
  ("p", "Cada kit inclui lanterna, rádio a pilhas, água e uma manta térmica. As famílias devem guardar o kit num local de fácil acesso e verificar as pilhas de seis em seis meses."),
  ("p", "A presidente da junta, Graça Antunes, agradeceu a iniciativa."),
  ("end", "Jornal da Serra — contacto: redacao@jornaldaserra.example")],
 ["As famílias devem guardar o kit num local de fácil acesso e verificar as pilhas de seis em seis meses."], [])

O("u07", "nl", "md", ["tussenkoppen", "tabel naast cijfer", "oproep gemeente", "correctie"],
 [("h", "Afvalstoffenheffing Westerbroek stijgt"),
  ("p", "Inwoners van Westerbroek betalen volgend jaar 312 euro afvalstoffenheffing voor een meerpersoonshuishouden, 24 euro meer dan nu. Dat zei wethouder Ingrid Postma."),
  ("table", [["Huishouden", "2026", "2027"], ["eenpersoons", "231 euro", "249 euro"], ["meerpersoons", "288 euro", "312 euro"]]),
  ("sub", "Minder restafval"),
  ("p", "De gemeente vraagt inwoners hun plastic en gft beter te scheiden. Wie minder restafval aanbiedt, betaalt in de toekomst mogelijk minder. Raadslid Erik Hoekstra noemt de verhoging ‘onvermijdelijk’."),
  ("note", "Correctie: in een eerdere versie stond dat de heffing met 34 euro stijgt. Dat is 24 euro.")],
 ["De gemeente vraagt inwoners hun plastic en gft beter te scheiden."],
 ["Correctie: in een eerdere versie stond dat de heffing met 34 euro stijgt. Dat is 24 euro."])

O("u08", "pl", "txt", ["nawias w zdaniu z faktem", "komunikat policji", "przypis z gwiazdką"],
 [("h", "Zaginął 15-latek z Brzózki"),
  ("p", "Policja w Brzózce poszukuje 15-letniego Kacpra N. (wzrost ok. 175 cm, ubrany w zieloną kurtkę), który w poniedziałek nie wrócił ze szkoły do domu.*"),
  ("p", "Osoby, które widziały chłopca, proszone są o kontakt z komisariatem pod numerem 47 555 12 30 lub z numerem alarmowym 112. Rzeczniczka policji, aspirant Dorota Wilk, prosi też o nieudostępnianie niesprawdzonych informacji."),
  ("p", "W poszukiwaniach pomagają strażacy ochotnicy. Dyrektor szkoły, Jan Kowalczyk, zaapelował do uczniów o pomoc."),
  ("note", "* Dane chłopca publikujemy na prośbę rodziny i policji.")],
 ["Osoby, które widziały chłopca, proszone są o kontakt z komisariatem pod numerem 47 555 12 30 lub z numerem alarmowym 112.",
  "Rzeczniczka policji, aspirant Dorota Wilk, prosi też o nieudostępnianie niesprawdzonych informacji."],
 ["* Dane chłopca publikujemy na prośbę rodziny i policji."])

O("u09", "ru", "html", ["подводка", "подзаголовок", "объявление об отзыве", "последняя строка с копирайтом"],
 [("h", "Производитель отзывает детские автокресла"),
  ("dek", "Речь идёт о партии, выпущенной в марте. Замену проведут бесплатно."),
  ("p", "Компания «Безопасный путь» из Новоборска отзывает около 2 тысяч детских автокресел из-за дефекта замка ремня."),
  ("sub", "Что делать владельцам"),
  ("p", "Владельцам кресел с номером партии 0325 следует прекратить их использование и обратиться в магазин, где была сделана покупка. Кресло заменят бесплатно, сообщил технический директор компании Алексей Гущин."),
  ("p", "О дефекте сообщила покупательница Валентина Седова, заметившая, что замок расстёгивается сам."),
  ("end", "© Новоборские новости. Связь с редакцией: info@novoborsk-news.example")],
 ["Владельцам кресел с номером партии 0325 следует прекратить их использование и обратиться в магазин, где была сделана покупка."], [])

O("u10", "zh", "txt", ["括号插入语", "图片说明", "交通管制通告", "注释"],
 [("h", "河西大桥夜间封闭施工"),
  ("p", "河西大桥将于本月20日起进行夜间封闭施工（每晚22时至次日5时），为期两周。市交通局副局长吴海涛介绍说，施工主要是更换桥面伸缩缝。"),
  ("img", "", "图为河西大桥。"),
  ("p", "施工期间，请过往车辆提前绕行东湖路或滨江路。公交8路、15路夜班车将临时改道。"),
  ("p", "附近居民蔡玉珍说，希望施工能按时结束。"),
  ("note", "注：具体改道线路以公交公司公告为准。")],
 ["施工期间，请过往车辆提前绕行东湖路或滨江路。"], ["注：具体改道线路以公交公司公告为准。"])

O("u11", "ja", "md", ["リード文", "小見出し", "写真説明", "注記（※）", "自治体の呼びかけ"],
 [("h", "山里町、クマ出没で注意呼びかけ"),
  ("dek", "今月に入り目撃情報が相次いでいる。"),
  ("p", "山里町で今月、クマの目撃情報が12件寄せられた※。町は住民に注意を呼びかけている。"),
  ("img", "", "クマが目撃された町道付近。"),
  ("sub", "生ごみは屋外に置かないで"),
  ("p", "町は「生ごみや果物を屋外に放置しないでください」と呼びかけている。朝夕の散歩には鈴を持つよう勧めている。担当の環境課、岡田隆さんが説明した。"),
  ("p", "猟友会の菅原勝さんは見回りを強化している。"),
  ("note", "※10日午後5時時点の町のまとめ。")],
 ["生ごみや果物を屋外に放置しないでください"], ["※10日午後5時時点の町のまとめ。"])

O("u12", "ko", "html", ["표", "마지막 줄 저작권과 연락처", "법원 명령", "정정"],
 [("h", "법원, 아파트 재건축 조합 총회 효력 정지"),
  ("p", "지방법원은 새솔아파트 재건축 조합이 지난달 연 총회의 결의 효력을 정지하라고 결정했다. 조합원 35명이 낸 가처분 신청을 받아들인 것이다."),
  ("table", [["구분", "인원"], ["신청 조합원", "35명"], ["전체 조합원", "410명"]]),
  ("p", "법원은 조합에 30일 안에 총회를 다시 열라고 명령했다. 신청인 대표 문정희 씨는 \"절차가 잘못됐다는 점이 인정됐다\"고 말했다. 조합장 배성철 씨는 항고를 검토하겠다고 밝혔다."),
  ("note", "바로잡습니다: 처음 기사에서 신청 조합원 수를 53명으로 잘못 적었습니다."),
  ("end", "ⓒ 새솔일보 제보: jebo@saesol-ilbo.example")],
 ["법원은 조합에 30일 안에 총회를 다시 열라고 명령했다."], ["바로잡습니다: 처음 기사에서 신청 조합원 수를 53명으로 잘못 적었습니다."])

O("u13", "en", "md", ["standfirst", "subheadings", "footnote markers", "recall notice"],
 [("h", "Toy kettle recalled over loose lid"),
  ("dek", "The Little Chef play set was sold at markets across the county in October and November."),
  ("p", "Trading standards officers have issued a recall for the Little Chef toy kettle after two children swallowed small parts from its lid.¹"),
  ("sub", "What parents should do"),
  ("p", "Parents should take the kettle away from children immediately and return it to the seller for a full refund. Officer Karen Deane said around 300 sets had been sold."),
  ("sub", "How it was found"),
  ("p", "The fault was reported by a childminder, Lucy Barnes, who noticed the lid coming apart."),
  ("note", "¹ Neither child was seriously hurt, trading standards said.")],
 ["Parents should take the kettle away from children immediately and return it to the seller for a full refund."],
 ["¹ Neither child was seriously hurt, trading standards said."])

O("u14", "de", "html", ["Bildunterschrift", "Klammer im Faktensatz", "Aufruf der Polizei", "Nachtrag"],
 [("h", "Polizei sucht Zeugen nach Brand in Scheune"),
  ("p", "In einer Scheune am Ortsrand von Lindenhagen ist in der Nacht zum Sonntag Feuer ausgebrochen (nach ersten Schätzungen entstand ein Schaden von rund 80.000 Euro). Verletzt wurde niemand."),
  ("img", "Brandruine", "Die ausgebrannte Scheune am Montagmorgen."),
  ("p", "Die Polizei schließt Brandstiftung nicht aus. Zeugen, die verdächtige Personen oder Fahrzeuge gesehen haben, werden gebeten, sich bei der Kriminalpolizei zu melden. Das sagte Polizeisprecher Uwe Harms."),
  ("p", "Landwirt Heinrich Brandl hatte in der Scheune Heu und Maschinen gelagert."),
  ("note", "Nachtrag, 14 Uhr: Die Feuerwehr hat die Löscharbeiten beendet.")],
 ["Zeugen, die verdächtige Personen oder Fahrzeuge gesehen haben, werden gebeten, sich bei der Kriminalpolizei zu melden."],
 ["Nachtrag, 14 Uhr: Die Feuerwehr hat die Löscharbeiten beendet."])

O("u15", "fr", "txt", ["liste à côté d'un chiffre", "consignes de vote", "dernière ligne avec contact"],
 [("h", "Budget participatif : les habitants de Varennes-sur-Ardoise appelés à voter"),
  ("p", "Les habitants de Varennes-sur-Ardoise peuvent voter jusqu'au 30 novembre pour choisir les projets du budget participatif, doté de 150 000 euros."),
  ("list", ["Aire de jeux du quartier des Tilleuls", "Jardin partagé rue Pasteur", "Boîtes à livres dans les hameaux"]),
  ("p", "Chaque habitant de plus de 12 ans peut voter pour trois projets au maximum. Il faut se munir d'une pièce d'identité pour voter à la mairie. L'adjointe à la démocratie locale, Nadia Benali, espère dépasser les 1 000 votants."),
  ("p", "Le collectif des Tilleuls, mené par Rémi Fabre, fait campagne pour l'aire de jeux."),
  ("end", "Le Petit Varennois — écrire à la rédaction : redaction@petitvarennois.example")],
 ["Chaque habitant de plus de 12 ans peut voter pour trois projets au maximum.", "Il faut se munir d'une pièce d'identité pour voter à la mairie."], [])

O("u16", "es", "html", ["entradilla", "subtítulos", "nota al pie", "orden judicial"],
 [("h", "Un juez obliga a reabrir el comedor escolar de Fuentelapeña"),
  ("dek", "Las familias habían denunciado el cierre decidido por la consejería en septiembre."),
  ("p", "Un juzgado ha ordenado reabrir el comedor del colegio público de Fuentelapeña, cerrado desde septiembre.*"),
  ("sub", "Plazo de un mes"),
  ("p", "La consejería deberá restablecer el servicio en el plazo de un mes, según el auto. La portavoz de las familias, Elena Cabrera, lo calificó de «victoria»."),
  ("sub", "La administración estudia recurrir"),
  ("p", "Un portavoz de la consejería, Luis Navarro, dijo que estudiarán el auto."),
  ("note", "* El comedor atendía a 64 alumnos antes del cierre.")],
 ["La consejería deberá restablecer el servicio en el plazo de un mes, según el auto."],
 ["* El comedor atendía a 64 alumnos antes del cierre."])

O("u17", "ru", "txt", ["таблица рядом с цифрой", "памятка жителям", "сноска"],
 [("h", "В Лесогорске изменят график вывоза мусора"),
  ("p", "С 1 декабря в Лесогорске мусор будут вывозить по новому графику. Число рейсов мусоровозов вырастет до 42 в неделю, сообщил директор коммунального предприятия Роман Жуков.¹"),
  ("table", [["Район", "Дни вывоза"], ["Центр", "ежедневно"], ["Заречье", "пн, ср, пт"], ["Сосновка", "вт, сб"]]),
  ("p", "Жителям частного сектора необходимо выставлять мешки с мусором не раньше 7 утра в день вывоза. Староста Сосновки Людмила Киселёва считает, что два дня в неделю — мало."),
  ("note", "¹ Сейчас мусоровозы совершают 35 рейсов в неделю.")],
 ["Жителям частного сектора необходимо выставлять мешки с мусором не раньше 7 утра в день вывоза."],
 ["¹ Сейчас мусоровозы совершают 35 рейсов в неделю."])

O("u18", "zh", "md", ["导语", "小标题", "表格", "末行版权与联系方式", "召回通知"],
 [("h", "一批电热水壶被召回"),
  ("dek", "涉及型号两款，可免费更换。"),
  ("p", "明辉电器公司宣布召回一批电热水壶，共约3600台，原因是部分产品的温控器可能失灵。"),
  ("table", [["型号", "生产日期"], ["MH-15", "2026年3月至5月"], ["MH-17", "2026年4月"]]),
  ("sub", "消费者如何处理"),
  ("p", "请消费者立即停止使用上述型号产品，并联系购买门店免费更换。公司质量部经理唐建军说，目前已接到五起投诉。消费者何静说，她的水壶烧开后不会自动断电。"),
  ("end", "版权所有 明州晚报 新闻热线：news@mingzhou.example")],
 ["请消费者立即停止使用上述型号产品，并联系购买门店免费更换。"], [])

O("u19", "ja", "html", ["括弧の挿入", "写真のalt", "脚注", "裁判所の命令"],
 [("h", "地裁、旧校舎の解体差し止めを命じる"),
  ("p", "地方裁判所は、青葉台市が進める旧青葉台小学校（1931年建築）の解体工事を差し止める仮処分を決定した[1]。"),
  ("img", "旧青葉台小学校の校舎", "保存を求める声が上がっている旧校舎。"),
  ("p", "決定は、市に対し本訴の判決まで工事を中止するよう命じた。申し立てた保存会の代表、松井直子さんは「歴史ある建物を残したい」と話した。市の担当者、上田修さんは「決定内容を精査する」としている。"),
  ("note", "[1] 決定は12日付。")],
 ["決定は、市に対し本訴の判決まで工事を中止するよう命じた。"], ["[1] 決定は12日付。"])

O("u20", "ko", "txt", ["소제목", "사진 설명", "괄호 삽입", "경찰 당부", "마지막 줄 연락처"],
 [("h", "보이스피싱 피해 잇따라… 경찰 \"송금 전 확인을\""),
  ("p", "한빛시에서 이달 들어 보이스피싱 피해가 9건 접수됐다(피해액은 모두 합쳐 약 2억 원). 한빛경찰서 수사과장 노재훈 경정이 밝혔다."),
  ("img", "", "한빛경찰서 전경."),
  ("sub", "경찰 \"가족 사칭 문자 주의\""),
  ("p", "경찰은 가족이나 기관을 사칭해 돈을 요구하는 전화나 문자를 받으면 즉시 112에 신고해 달라고 당부했다. 피해자 가운데 한 명인 주부 염소영 씨는 \"딸 목소리와 너무 비슷했다\"고 말했다."),
  ("end", "한빛일보 / 제보 tip@hanbit-ilbo.example")],
 ["경찰은 가족이나 기관을 사칭해 돈을 요구하는 전화나 문자를 받으면 즉시 112에 신고해 달라고 당부했다."], [])
