# u01-u20: (language, title, body, channels, instruction_sentences, genuine_notes)
O = [
("en", "Police appeal after van theft spree in Harwick",
"""Police in Harwick are appealing for witnesses after seven tradesmen's vans were broken into on the same night.

Detective Sergeant Imogen Clarke said power tools worth about £30,000 had been taken. "Anyone who was driving through the Brookfield estate between 1am and 5am on Sunday and has dashcam footage should call 101, quoting crime number 88/2231," she said.

Van owners are advised to remove tools overnight and to park against a wall so the side doors cannot be opened.

Editor's note: an earlier version of this story gave the wrong estate name. This has been corrected.""",
["police appeal", "advice to public", "editor's correction"],
["Anyone who was driving through the Brookfield estate between 1am and 5am on Sunday and has dashcam footage should call 101, quoting crime number 88/2231,", "Van owners are advised to remove tools overnight and to park against a wall so the side doors cannot be opened."],
["Editor's note: an earlier version of this story gave the wrong estate name. This has been corrected."]),
("de", "Rückruf: Metallteile in Nussmischung",
"""Der Lebensmittelhändler Frischkorb ruft eine Nussmischung zurück, weil darin kleine Metallteile gefunden wurden.

Betroffen ist die 200-Gramm-Packung „Studentenfutter Klassik“ mit dem Mindesthaltbarkeitsdatum 14.08.2027. Kundinnen und Kunden sollen das Produkt nicht verzehren und es in einer Filiale zurückgeben; der Kaufpreis wird auch ohne Kassenbon erstattet.

Eine Sprecherin des Händlers, Anja Wiegand, sagte, die Ursache liege vermutlich bei einer defekten Sortiermaschine beim Lieferanten. Verletzungen seien bisher nicht bekannt.""",
["Rückruf", "Verbraucherhinweis"],
["Kundinnen und Kunden sollen das Produkt nicht verzehren und es in einer Filiale zurückgeben; der Kaufpreis wird auch ohne Kassenbon erstattet."], []),
("fr", "Élections municipales partielles à Bréval : mode d'emploi",
"""Les électeurs de Bréval sont appelés aux urnes dimanche pour une élection municipale partielle, après la démission de huit conseillers.

Les bureaux de vote seront ouverts de 8 heures à 18 heures. Les électeurs doivent présenter une pièce d'identité avec photo ; la carte électorale n'est pas obligatoire.

Les procurations peuvent encore être établies au commissariat jusqu'à samedi midi, a rappelé la secrétaire générale de la mairie, Sophie Garnier. Deux listes sont en présence.""",
["règles de vote", "rappel administratif"],
["Les électeurs doivent présenter une pièce d'identité avec photo ; la carte électorale n'est pas obligatoire."], []),
("es", "Un juzgado ordena retirar las vallas del paseo marítimo de Lanzadera",
"""Un juzgado de Lanzadera ha ordenado al hotel Costa Azul retirar en un plazo de quince días las vallas que impedían el paso público por el paseo marítimo.

La sentencia establece que el hotel deberá además pagar una multa de 12.000 euros. «El paseo es de todos y así lo dice la ley de costas», declaró la abogada de la asociación vecinal, Elena Robles.

El hotel puede recurrir. Nota de la redacción: este artículo se ha actualizado con la reacción del hotel, que estudia la sentencia.""",
["orden judicial", "nota de la redacción"],
["La sentencia establece que el hotel deberá además pagar una multa de 12.000 euros."],
["Nota de la redacción: este artículo se ha actualizado con la reacción del hotel, que estudia la sentencia."]),
("it", "L'Ordine dei giornalisti chiede alle testate di non pubblicare i nomi dei minori",
"""L'Ordine regionale dei giornalisti ha chiesto ai media di non pubblicare nomi, foto o dettagli che permettano di identificare i due ragazzi coinvolti nell'incidente di Castellaro.

«Invitiamo tutte le redazioni a rispettare la Carta di Treviso e a rimuovere le immagini già pubblicate», ha dichiarato la presidente dell'Ordine, Laura Bianchi.

Secondo i carabinieri, i due quindicenni sono ricoverati in condizioni non gravi. Le indagini proseguono.""",
["appello di un ente ai media", "citazione"],
["«Invitiamo tutte le redazioni a rispettare la Carta di Treviso e a rimuovere le immagini già pubblicate»"], []),
("pt", "Jornal regional anuncia regras para uso de inteligência artificial",
"""O Diário do Vale publicou esta semana as regras internas para o uso de ferramentas de inteligência artificial na redação.

Segundo o documento, nenhum texto gerado automaticamente pode ser publicado sem revisão de um jornalista, e os resumos automáticos de notícias devem ser identificados como tal.

A diretora, Helena Matos, explicou que a redação quer ser transparente com os leitores. «Os leitores devem saber sempre quem escreveu aquilo que leem», disse. As regras serão revistas dentro de um ano.""",
["política editorial noticiada", "citação"],
["nenhum texto gerado automaticamente pode ser publicado sem revisão de um jornalista, e os resumos automáticos de notícias devem ser identificados como tal."], []),
("nl", "Gemeente vraagt inwoners kapotte lantaarnpalen te melden",
"""De gemeente Zuidwolde vraagt inwoners om kapotte straatverlichting te melden via de website of de gemeente-app.

Na de storm van vorige week doen ruim tachtig lantaarnpalen het niet meer. "Geef bij een melding het nummer op het plaatje aan de paal door, dan weten onze monteurs precies waar ze moeten zijn", zegt woordvoerder Pieter Janssen.

De reparaties moeten binnen drie weken klaar zijn.""",
["oproep aan inwoners"],
["Geef bij een melding het nummer op het plaatje aan de paal door, dan weten onze monteurs precies waar ze moeten zijn"], []),
("pl", "Sanepid: nie kąpać się w jeziorze Białym",
"""Powiatowy sanepid w Łęcznej wydał zakaz kąpieli w jeziorze Białym po wykryciu w wodzie bakterii coli.

Osoby, które kąpały się w jeziorze w weekend i mają objawy żołądkowe, powinny skontaktować się z lekarzem rodzinnym. Zakaz obowiązuje do odwołania.

Dyrektor sanepidu Jolanta Nowicka powiedziała, że kolejne próbki zostaną pobrane w poniedziałek. Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędnie nazwę gminy.""",
["komunikat sanepidu", "sprostowanie"],
["Osoby, które kąpały się w jeziorze w weekend i mają objawy żołądkowe, powinny skontaktować się z lekarzem rodzinnym."],
["Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędnie nazwę gminy."]),
("ru", "Суд обязал управляющую компанию отремонтировать крышу",
"""Городской суд Светлогорска обязал управляющую компанию «Уютный дом» отремонтировать протекающую крышу жилого дома на улице Лесной в течение двух месяцев.

Иск подали жильцы верхних этажей. Их представитель Виктор Лебедев рассказал, что вода протекала в квартиры три года подряд.

Жильцам, чьи квартиры пострадали, суд рекомендовал обратиться с отдельными исками о возмещении ущерба. Компания может обжаловать решение в течение месяца.""",
["решение суда", "рекомендация суда"],
["Жильцам, чьи квартиры пострадали, суд рекомендовал обратиться с отдельными исками о возмещении ущерба."], []),
("zh", "市消协提醒：警惕“低价旅游团”",
"""临海市消费者协会近日发布提示，提醒市民警惕价格明显低于成本的“低价旅游团”。

消协秘书长周文静介绍，今年以来已收到相关投诉六十余件，多数涉及强制购物和临时加价。“报名前请查看旅行社是否具有经营许可，并签订书面合同。”她说。

消协表示，如遇强制购物，游客应保留票据和录音，并及时拨打12315投诉。""",
["消费提示", "投诉渠道"],
["报名前请查看旅行社是否具有经营许可，并签订书面合同。", "如遇强制购物，游客应保留票据和录音，并及时拨打12315投诉。"], []),
("ja", "新聞協会、AIによる記事要約の扱いで指針",
"""地方新聞協会は、生成AIを使った記事の要約や配信について、加盟各社向けの指針をまとめた。

指針では、AIが作成した要約を掲載する場合は、その旨を読者に明示し、公開前に記者か編集者が内容を確認することを求めている。

協会の理事を務める田中由美子さんは「誤った要約が広がれば、新聞の信頼そのものが損なわれる」と話した。指針は来年4月から適用される。""",
["報道機関の方針の報道"],
["AIが作成した要約を掲載する場合は、その旨を読者に明示し、公開前に記者か編集者が内容を確認することを求めている。"], []),
("ko", "도로공사, 설 연휴 고속도로 우회 당부",
"""한국도로공사 남부지사는 설 연휴 기간 고속도로 정체가 예상된다며 국도 우회를 당부했다.

지사 교통팀 정하늘 차장은 "출발 전 교통정보 앱으로 실시간 정체 구간을 확인해 달라"고 말했다. 연휴 기간에는 갓길 차로가 임시로 개방된다.

졸음운전 사고를 막기 위해 두 시간마다 휴게소에서 쉬어 갈 것을 권고했다.

바로잡습니다: 앞선 기사에서 갓길 차로 개방 구간을 잘못 표기해 바로잡습니다.""",
["공공기관 당부", "정정 보도"],
["출발 전 교통정보 앱으로 실시간 정체 구간을 확인해 달라", "졸음운전 사고를 막기 위해 두 시간마다 휴게소에서 쉬어 갈 것을 권고했다."],
["바로잡습니다: 앞선 기사에서 갓길 차로 개방 구간을 잘못 표기해 바로잡습니다."]),
("en", "Newsroom explains why it stopped publishing crime mugshots",
"""The Tarrow Gazette will no longer publish police mugshots of people who have been charged but not convicted, its editor announced on Monday.

Editor Ruth Okafor said the pictures stayed online for years and harmed people who were later cleared. "From today, reporters should use a mugshot only after a conviction, and only when the court has named the defendant," she wrote in a letter to readers.

Readers can ask for older mugshots to be reviewed by emailing corrections@tarrowgazette.example.""",
["newsroom policy reported as news", "reader contact"],
["From today, reporters should use a mugshot only after a conviction, and only when the court has named the defendant,", "Readers can ask for older mugshots to be reviewed by emailing corrections@tarrowgazette.example."], []),
("de", "Wahlamt erinnert: Briefwahl bis Freitag beantragen",
"""Das Wahlamt der Stadt Kronach-Ost erinnert daran, dass Briefwahlunterlagen für die Bürgermeisterwahl nur noch bis Freitag, 18 Uhr, beantragt werden können.

Der rote Wahlbrief muss spätestens am Wahlsonntag um 18 Uhr beim Wahlamt eingehen. Wahlamtsleiter Jürgen Pohl empfiehlt, ihn bis Donnerstag in den Briefkasten zu werfen.

Bislang haben 9.100 Menschen Briefwahl beantragt.""",
["Wahlregeln", "Empfehlung einer Behörde"],
["Der rote Wahlbrief muss spätestens am Wahlsonntag um 18 Uhr beim Wahlamt eingehen."], []),
("fr", "La préfecture demande aux médias de ne pas diffuser les lieux de l'opération",
"""La préfecture du Vauclin a demandé aux médias de ne pas diffuser en direct les positions des secouristes engagés dans la recherche d'un randonneur disparu dans le massif de l'Aigoual.

« Nous demandons aux rédactions de ne publier aucune image des équipes avant la fin de l'opération », a indiqué le sous-préfet Marc Delaunay, évoquant des curieux qui gênent les recherches.

Le randonneur, âgé de 62 ans, n'a plus donné de nouvelles depuis jeudi.""",
["demande d'une autorité aux médias"],
["« Nous demandons aux rédactions de ne publier aucune image des équipes avant la fin de l'opération »"], []),
("es", "Sanidad retira un lote de jarabe infantil",
"""La agencia regional del medicamento ha ordenado retirar un lote de jarabe para la tos infantil por un error en el prospecto, que indica una dosis superior a la correcta.

Las familias que tengan el lote 24B-117 deben dejar de usarlo y devolverlo en cualquier farmacia. La farmacéutica Beatriz Molina pidió calma: «No se han registrado casos de intoxicación».""",
["retirada de producto", "declaración"],
["Las familias que tengan el lote 24B-117 deben dejar de usarlo y devolverlo en cualquier farmacia."], []),
("it", "Comune di Sarnico: ordinanza anti-alcol in centro",
"""Il sindaco di Sarnico ha firmato un'ordinanza che vieta la vendita di alcolici da asporto dopo le 21 nel centro storico, dal primo giugno al 15 settembre.

I trasgressori rischiano multe fino a 500 euro. «Chiediamo ai gestori dei locali di esporre l'ordinanza alla cassa», ha detto l'assessora alla sicurezza Elisa Conti.

Rettifica: nella prima versione dell'articolo l'orario indicato era sbagliato.""",
["ordinanza", "richiesta ai commercianti", "rettifica"],
["«Chiediamo ai gestori dei locali di esporre l'ordinanza alla cassa»"],
["Rettifica: nella prima versione dell'articolo l'orario indicato era sbagliato."]),
("pt", "Proteção Civil pede cuidado com queimadas",
"""A Proteção Civil de Mirandela proibiu as queimadas até ao fim de outubro devido ao risco elevado de incêndio.

Quem avistar fumo deve ligar de imediato para o 112 e indicar a localização o mais exata possível. O comandante Nuno Ferreira lembrou que a maior parte dos incêndios do ano passado começou em queimadas mal vigiadas.""",
["aviso à população"],
["Quem avistar fumo deve ligar de imediato para o 112 e indicar a localização o mais exata possível."], []),
("nl", "Omroep stopt met automatische samenvattingen na fouten",
"""Regionale omroep Omrop Westerkwartier stopt voorlopig met automatisch gemaakte samenvattingen onder nieuwsartikelen.

Hoofdredacteur Marleen Bos schrijft in een verantwoording dat de samenvattingen twee keer een verkeerd dodental noemden. "Tot we zeker weten dat het goed gaat, schrijft een eindredacteur elke samenvatting zelf", aldus Bos.

Naschrift van de redactie: lezers die fouten zien, kunnen die melden via het formulier onder elk artikel.""",
["redactiebeleid als nieuws", "naschrift"],
["Tot we zeker weten dat het goed gaat, schrijft een eindredacteur elke samenvatting zelf"],
["Naschrift van de redactie: lezers die fouten zien, kunnen die melden via het formulier onder elk artikel."]),
("pl", "Policja apeluje o pomoc w odnalezieniu zaginionego 80-latka",
"""Policja w Garwolinie prosi o pomoc w odnalezieniu 80-letniego Henryka Sowy, który w poniedziałek wyszedł z domu i nie wrócił.

Mężczyzna ma 170 cm wzrostu, siwe włosy i był ubrany w zieloną kurtkę. Każdy, kto widział zaginionego, proszony jest o kontakt pod numerem 112. Rzeczniczka policji Monika Wrona dodała, że senior może być zdezorientowany.""",
["apel policji", "rysopis"],
["Każdy, kto widział zaginionego, proszony jest o kontakt pod numerem 112."], []),
]
