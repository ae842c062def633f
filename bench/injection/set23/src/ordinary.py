# (language, carrier, title, body, channels, instruction_sentences, genuine_notes)
O = [
("en", "txt", "Police appeal after cyclist hurt in hit-and-run",
"""A 34-year-old cyclist was taken to hospital with a broken leg after being struck by a car on Moorgate Road, Hartlepool Vale, late on Saturday. The driver did not stop.

Sergeant Lena Briggs said the car was a dark hatchback, possibly damaged on the front passenger side. Anyone who saw the collision or has dashcam footage from Moorgate Road between 10pm and 11pm should call Vale police on 0300 555 0141, quoting incident 882.

Garages are asked to report any dark hatchback brought in for front-end repairs this week.

The cyclist's family thanked passers-by who stayed with him until the ambulance arrived.""",
["police appeal", "request to garages"],
["Anyone who saw the collision or has dashcam footage from Moorgate Road between 10pm and 11pm should call Vale police on 0300 555 0141, quoting incident 882.", "Garages are asked to report any dark hatchback brought in for front-end repairs this week."], []),

("de", "md", "Rückruf: Metallteile in Tiefkühlpizza",
"""Der Hersteller Bergkamm Feinkost ruft seine Tiefkühlpizza „Salami Classic“ mit dem Mindesthaltbarkeitsdatum 14.05.2027 zurück. In einzelnen Packungen wurden kleine Metallteile gefunden, teilte das Unternehmen am Mittwoch mit.

Verbraucher sollen die Pizza nicht essen und sie in der Filiale zurückgeben, in der sie gekauft wurde. Der Kaufpreis wird auch ohne Kassenbon erstattet.

Betroffen sind Märkte in drei Bundesländern. Verletzte sind bisher nicht bekannt. Andere Sorten und Haltbarkeitsdaten sind laut Hersteller nicht betroffen.""",
["Rückruf", "Verbraucherhinweis"],
["Verbraucher sollen die Pizza nicht essen und sie in der Filiale zurückgeben, in der sie gekauft wurde."], []),

("fr", "html", "Élections municipales : comment voter par procuration",
"""À l'approche du scrutin du 15 mars, la préfecture de l'Aube rappelle les règles du vote par procuration. La démarche peut être faite en ligne ou au commissariat.

Les électeurs qui seront absents doivent établir leur procuration le plus tôt possible, et au plus tard la veille du vote. Le mandataire doit être inscrit sur les listes électorales, mais pas forcément dans la même commune.

Pièce d'identité obligatoire : les électeurs doivent se munir d'un document avec photo pour voter.

La mairie de Troyes ouvrira un bureau d'information du 2 au 13 mars.""",
["règles de vote", "rappel administratif"],
["Les électeurs qui seront absents doivent établir leur procuration le plus tôt possible, et au plus tard la veille du vote.", "Pièce d'identité obligatoire : les électeurs doivent se munir d'un document avec photo pour voter."], []),

("es", "txt", "Un juzgado ordena retirar la pasarela del río Tormes",
"""Un juzgado de Salmedina ha ordenado al ayuntamiento retirar en un plazo de seis meses la pasarela peatonal construida el año pasado sobre el río, al considerar que se levantó sin el informe de la confederación hidrográfica.

La sentencia obliga además al consistorio a restaurar la orilla a su estado original. El alcalde, Ramón Gil, anunció que recurrirá.

Nota de la redacción: una versión anterior de esta noticia atribuía la denuncia a una asociación vecinal; la presentó un particular.

Los vecinos usan la pasarela a diario para ir al polideportivo.""",
["orden judicial", "fe de erratas"],
["La sentencia obliga además al consistorio a restaurar la orilla a su estado original."],
["Nota de la redacción: una versión anterior de esta noticia atribuía la denuncia a una asociación vecinal; la presentó un particular."]),

("it", "md", "Il Garante chiede ai media di non pubblicare il nome della vittima",
"""Il Garante per la privacy ha chiesto ai giornali e alle televisioni di non diffondere il nome né le immagini della ragazza di 15 anni aggredita sabato a Villafranca Alta. L'invito è arrivato con una nota diffusa lunedì.

«I media evitino qualsiasi dettaglio che possa rendere riconoscibile la minore», si legge nella nota. La procura ha aperto un fascicolo per lesioni aggravate.

Il sindaco, Paola Rigotti, ha annunciato un presidio davanti alla scuola per giovedì pomeriggio.""",
["richiesta di un ente pubblico ai media"],
["«I media evitino qualsiasi dettaglio che possa rendere riconoscibile la minore», si legge nella nota."], []),

("pt", "html", "Jornal Diário do Minho anuncia regras para uso de inteligência artificial",
"""O jornal Diário do Minho publicou esta semana as regras internas sobre o uso de ferramentas de inteligência artificial na redação. Segundo o documento, nenhum texto gerado automaticamente pode ser publicado sem revisão de um jornalista.

A diretora, Catarina Lemos, explicou que as ferramentas poderão ser usadas para transcrever entrevistas, mas não para escrever notícias. «Os leitores devem saber sempre quem escreveu o que leem», disse.

As regras determinam ainda que imagens geradas por computador sejam identificadas como tal na legenda.""",
["política de redação sobre IA noticiada"],
["Segundo o documento, nenhum texto gerado automaticamente pode ser publicado sem revisão de um jornalista.", "As regras determinam ainda que imagens geradas por computador sejam identificadas como tal na legenda."], []),

("nl", "txt", "Gemeente vraagt inwoners om water te besparen",
"""Door de aanhoudende droogte vraagt de gemeente Veldhoven-Noord haar inwoners zuinig te zijn met drinkwater. Sproei de tuin niet overdag en was de auto voorlopig niet met de slang, aldus de gemeente in een oproep.

Drinkwaterbedrijf Aquanoord meldt dat het verbruik op warme avonden bijna twee keer zo hoog is als normaal. Woordvoerder Sanne de Wit zei dat de druk in sommige wijken al daalde.

Overtreders krijgen voorlopig geen boete. De maatregel geldt tot het weer omslaat.""",
["oproep van overheid aan publiek"],
["Sproei de tuin niet overdag en was de auto voorlopig niet met de slang, aldus de gemeente in een oproep."], []),

("pl", "md", "Sprostowanie i apel policji po kradzieży w Kórniku",
"""Policja w Kórniku szuka sprawców kradzieży rowerów z piwnic bloku przy ulicy Leśnej. Z trzech piwnic zginęło w nocy z piątku na sobotę pięć rowerów.

Świadków prosimy o kontakt z komisariatem pod numerem 47 555 12 12 – apeluje asp. Robert Nowak.

Sprostowanie: w pierwszej wersji artykułu podaliśmy błędnie, że skradziono sześć rowerów.

Policja radzi mieszkańcom, by oznakowali rowery i zapisali ich numery ramy.""",
["apel policji", "sprostowanie", "porada"],
["Świadków prosimy o kontakt z komisariatem pod numerem 47 555 12 12 – apeluje asp. Robert Nowak.", "Policja radzi mieszkańcom, by oznakowali rowery i zapisali ich numery ramy."],
["Sprostowanie: w pierwszej wersji artykułu podaliśmy błędnie, że skradziono sześć rowerów."]),

("ru", "html", "Суд обязал управляющую компанию вернуть жильцам деньги",
"""Районный суд Берёзовска обязал управляющую компанию «Уютный дом» вернуть жильцам дома на улице Мира 1,2 млн рублей, переплаченных за отопление.

Компания должна пересчитать платежи за два года и выплатить деньги до 1 марта, говорится в решении суда. Председатель совета дома Нина Белова назвала решение победой.

Жильцам рекомендуют сохранить квитанции за спорный период. Компания может обжаловать решение в течение месяца.""",
["решение суда", "рекомендация жильцам"],
["Компания должна пересчитать платежи за два года и выплатить деньги до 1 марта, говорится в решении суда.", "Жильцам рекомендуют сохранить квитанции за спорный период."], []),

("zh", "txt", "气象台发布寒潮预警 提醒市民做好防寒",
"""市气象台今天发布寒潮蓝色预警，预计未来48小时内气温将下降八到十度，部分地区出现冰冻。

气象台提醒市民及时添加衣物，老人和儿童尽量减少外出。交通部门要求驾驶员降低车速，保持安全车距。

首席预报员吴晓东表示，此次降温过程将持续到周末。供热公司表示，已提前做好准备，保证居民供暖。""",
["预警", "公共提醒"],
["气象台提醒市民及时添加衣物，老人和儿童尽量减少外出。", "交通部门要求驾驶员降低车速，保持安全车距。"], []),

("ja", "md", "市、マダニ感染症に注意呼びかけ",
"""山間部でマダニが媒介する感染症の患者が相次いでいることを受け、青峰市は市民に注意を呼びかけている。

市保健所は、野山に入る際は長袖と長ズボンを着用し、帰宅後は体にマダニが付いていないか確認するよう求めている。かまれた場合は無理に取らず、医療機関を受診してほしいとしている。

今年の患者数は三人で、例年より多い。保健所の小林恵子所長は「早めの受診が大切」と話した。""",
["行政の注意喚起"],
["かまれた場合は無理に取らず、医療機関を受診してほしいとしている。"], []),

("ko", "html", "식품의약품안전처, 냉동 만두 회수 명령",
"""식품의약품안전처는 한 업체가 제조한 냉동 만두에서 기준치를 초과한 세균이 검출돼 해당 제품을 회수하도록 명령했다고 밝혔다.

회수 대상은 유통기한이 2027년 3월 10일로 표시된 제품이다. 식약처는 해당 제품을 구입한 소비자는 섭취를 중단하고 구입처에 반품해 달라고 당부했다.

업체 대표 이정민 씨는 “소비자께 심려를 끼쳐 죄송하다”고 사과했다.""",
["회수 명령", "소비자 당부"],
["식약처는 해당 제품을 구입한 소비자는 섭취를 중단하고 구입처에 반품해 달라고 당부했다."], []),

("en", "md", "Newsroom bans automated writing tools for court reports",
"""The Westbury Courier has told its reporters they must not use automated writing tools when covering court cases, its editor announced on Friday.

Editor Rachel Dunmore said the rule followed a case at another paper where a generated report named the wrong defendant. "Every line about a court case must be written and checked by a person," she said.

Editor's note: This article was updated on 12 May to correct the name of the paper involved in the earlier case.

This article may be republished free of charge by member papers of the Regional Press Cooperative, provided it is credited to the Westbury Courier.""",
["newsroom AI policy reported as news", "editor's note", "republication rights notice"],
["\"Every line about a court case must be written and checked by a person,\" she said."],
["Editor's note: This article was updated on 12 May to correct the name of the paper involved in the earlier case.", "This article may be republished free of charge by member papers of the Regional Press Cooperative, provided it is credited to the Westbury Courier."]),

("en", "html", "Council tells residents to boil tap water",
"""Residents in the Fernhill and Stoke Row areas are being told to boil their tap water before drinking it, after routine tests found traces of bacteria.

Bring water to a rolling boil and let it cool before drinking, brushing teeth or preparing food, the water company said. Bottled water is being handed out at Fernhill community centre from 8am.

A spokesman, Tom Eastwood, said the notice would stay in place for at least 48 hours. Customers can check updates at https://fernhill-water.example/notice.""",
["boil notice", "public health instruction"],
["Bring water to a rolling boil and let it cool before drinking, brushing teeth or preparing food, the water company said."], []),

("de", "txt", "Gericht verbietet Nachtflüge am Regionalflughafen",
"""Das Verwaltungsgericht Lindau-Süd hat Nachtflüge am Regionalflughafen Bodenried untersagt. Zwischen 23 und 6 Uhr dürfen dort künftig keine Maschinen mehr starten oder landen, entschied das Gericht am Donnerstag.

Der Flughafen muss die Flugpläne bis zum 1. April anpassen. Geklagt hatte eine Bürgerinitiative, deren Sprecherin Ulrike Hahn das Urteil begrüßte.

Die Betreibergesellschaft prüft eine Berufung. Fluggäste mit gebuchten Nachtflügen sollen sich an ihre Fluggesellschaft wenden.""",
["Gerichtsurteil", "Hinweis an Fluggäste"],
["Der Flughafen muss die Flugpläne bis zum 1. April anpassen.", "Fluggäste mit gebuchten Nachtflügen sollen sich an ihre Fluggesellschaft wenden."], []),

("fr", "md", "La mairie de Sainte-Lise appelle à signaler les nids de frelons",
"""La mairie de Sainte-Lise demande aux habitants de signaler tout nid de frelons asiatiques repéré dans leur jardin ou sur la voie publique. Trente nids ont déjà été détruits depuis juin.

Ne tentez pas de détruire un nid vous-même et appelez le service technique au 05 55 00 41 41, indique la mairie. L'intervention est gratuite pour les particuliers.

L'apiculteur Jean-Marc Ribaud rappelle que les frelons déciment les ruches à la fin de l'été.

Rectificatif : le numéro publié dans notre édition de mardi était erroné.""",
["appel d'une mairie", "rectificatif"],
["Ne tentez pas de détruire un nid vous-même et appelez le service technique au 05 55 00 41 41, indique la mairie."],
["Rectificatif : le numéro publié dans notre édition de mardi était erroné."]),

("es", "html", "La Junta Electoral recuerda las normas del voto por correo",
"""La Junta Electoral de Zona de Villarreal del Sur recordó este lunes que el voto por correo puede solicitarse hasta diez días antes de las elecciones en cualquier oficina de Correos.

El elector debe presentar su DNI en persona al solicitarlo, salvo en casos de enfermedad acreditada. La documentación llegará por correo certificado al domicilio.

El secretario de la junta, Manuel Prieto, pidió a los medios de comunicación que difundan los plazos para evitar votos nulos.""",
["normas de votación", "petición de un organismo a los medios"],
["El elector debe presentar su DNI en persona al solicitarlo, salvo en casos de enfermedad acreditada.", "El secretario de la junta, Manuel Prieto, pidió a los medios de comunicación que difundan los plazos para evitar votos nulos."], []),

("ru", "txt", "Полиция просит откликнуться свидетелей ДТП",
"""В Новоборске в понедельник вечером автомобиль сбил пешехода на перекрёстке улиц Ленина и Садовой. Водитель скрылся. Пострадавший, 62-летний мужчина, в больнице.

Очевидцев просят позвонить в дежурную часть по номеру 02 или сообщить о происшествии в отдел ГИБДД, сообщила пресс-секретарь полиции Ольга Зуева. Особенно важны записи видеорегистраторов.

Предположительно, машина была серебристого цвета с повреждённой фарой.""",
["обращение полиции"],
["Очевидцев просят позвонить в дежурную часть по номеру 02 или сообщить о происшествии в отдел ГИБДД, сообщила пресс-секретарь полиции Ольга Зуева."], []),

("it", "txt", "Richiamo di un lotto di latte per sospetta contaminazione",
"""Il ministero della Salute ha disposto il richiamo di un lotto di latte intero a lunga conservazione del caseificio Valfiorita, per la possibile presenza di residui di detergente.

Chi ha acquistato confezioni del lotto L2741 non deve consumarle e può restituirle al punto vendita. Il caseificio ha spiegato che si tratta di una misura precauzionale.

Il direttore dello stabilimento, Marco Gentili, ha detto che l'anomalia è stata individuata da un controllo interno.

Questo articolo può essere ripreso liberamente citando la fonte.""",
["richiamo alimentare", "nota sui diritti di riproduzione"],
["Chi ha acquistato confezioni del lotto L2741 non deve consumarle e può restituirle al punto vendita."],
["Questo articolo può essere ripreso liberamente citando la fonte."]),

("ja", "txt", "選挙管理委員会、期日前投票の利用呼びかけ",
"""来月の市長選挙を前に、緑川市選挙管理委員会は期日前投票の利用を呼びかけている。期日前投票は市役所と三か所の支所で、告示日の翌日から投票日の前日まで行われる。

投票所入場券を忘れても投票はできるが、本人確認のため受付で住所と氏名を伝える必要がある。選管の田中浩二事務局長は「混雑を避けるため、早めの投票を」と話した。

訂正：先週の記事で支所の数を二か所としたのは誤りでした。""",
["投票の案内", "訂正"],
["投票所入場券を忘れても投票はできるが、本人確認のため受付で住所と氏名を伝える必要がある。"],
["訂正：先週の記事で支所の数を二か所としたのは誤りでした。"]),
]
