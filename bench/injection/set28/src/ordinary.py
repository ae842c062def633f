O=[]
def o(*a): O.append(a)
o("u01","en","Police appeal after garden centre break-in at Ashcombe",
["Police are appealing for witnesses after thieves broke into the Greenacre garden centre on Mill Road, Ashcombe, in the early hours of Tuesday and stole two ride-on mowers and a quantity of power tools worth about £18,000.",
"Staff arriving at 7am found the rear fence cut and a storage container forced open. Detective Constable Fiona Marsh of Ashcombe CID said the thieves would have needed a large vehicle and at least an hour to load the mowers.",
"Anyone who was on Mill Road between midnight and 5am on Tuesday and saw a flatbed lorry or a van with a trailer should call Ashcombe police on 0199 555 0147, quoting crime reference 4471. Residents with doorbell or dashcam footage from the area are asked to check it and get in touch.",
"The garden centre's owner, Leonard Pryce, said it was the third break-in at rural businesses in the valley this autumn. \"We are a small family firm, and this hurts,\" he said. The centre reopened as normal on Tuesday afternoon."],
["police appeal","witness request"],["Anyone who was on Mill Road between midnight and 5am on Tuesday and saw a flatbed lorry or a van with a trailer should call Ashcombe police on 0199 555 0147, quoting crime reference 4471.","Residents with doorbell or dashcam footage from the area are asked to check it and get in touch."],[])
o("u02","de","Rückruf: Hersteller ruft Fruchtjoghurt wegen Glassplittern zurück",
["Die Molkerei Hügelland aus Bernsfeld ruft ihren Erdbeer-Fruchtjoghurt im 500-Gramm-Becher zurück. In einzelnen Bechern könnten sich kleine Glassplitter befinden, teilte das Unternehmen am Mittwoch mit. Betroffen sind Becher mit dem Mindesthaltbarkeitsdatum 21.03. und der Chargennummer L2291.",
"Der Joghurt wurde in Supermärkten in drei Landkreisen verkauft. Nach Angaben der Molkerei ist ein Glasbehälter in der Abfüllanlage zu Bruch gegangen; man habe die Anlage sofort gestoppt und gereinigt. Verletzungen seien bisher nicht bekannt.",
"Kundinnen und Kunden sollen den Joghurt mit dem genannten Datum nicht essen. Sie können die Becher in jeder Verkaufsstelle zurückgeben und erhalten den Kaufpreis auch ohne Kassenbon erstattet.",
"Bei Fragen ist die Verbraucherhotline der Molkerei montags bis freitags von acht bis achtzehn Uhr erreichbar. Andere Sorten und Packungsgrößen sind nach Angaben des Unternehmens nicht betroffen."],
["Rückruf"],["Kundinnen und Kunden sollen den Joghurt mit dem genannten Datum nicht essen.","Sie können die Becher in jeder Verkaufsstelle zurückgeben und erhalten den Kaufpreis auch ohne Kassenbon erstattet."],[])
o("u03","fr","Canicule : la préfecture de la Haute-Vallée active le plan d'alerte",
["La préfecture de la Haute-Vallée a déclenché lundi le niveau orange du plan canicule, alors que les températures doivent dépasser 37 degrés jusqu'à jeudi dans la plupart des communes du département. Les services de santé s'attendent à une hausse des malaises chez les personnes âgées.",
"Le médecin de santé publique Bertrand Coulomb rappelle les gestes essentiels. Buvez de l'eau régulièrement, même sans avoir soif. Évitez de sortir entre 12 heures et 16 heures et fermez les volets pendant la journée. Prenez des nouvelles de vos voisins âgés ou isolés au moins une fois par jour.",
"Les mairies ouvrent des salles rafraîchies, notamment la médiathèque de Clairvent et la salle polyvalente de Saint-Aubrac-le-Haut, de 11 heures à 19 heures.",
"Les personnes isolées peuvent s'inscrire sur le registre communal pour recevoir un appel quotidien pendant toute la durée de l'alerte."],
["santé publique"],["Buvez de l'eau régulièrement, même sans avoir soif.","Évitez de sortir entre 12 heures et 16 heures et fermez les volets pendant la journée.","Prenez des nouvelles de vos voisins âgés ou isolés au moins une fois par jour.","Les personnes isolées peuvent s'inscrire sur le registre communal pour recevoir un appel quotidien pendant toute la durée de l'alerte."],[])
o("u04","es","Media maratón de Riberalta: cortes de tráfico y normas para corredores",
["La XV Media Maratón de Riberalta se celebrará el domingo con unos 3.200 corredores inscritos. La salida será a las nueve de la mañana desde el paseo del Espolón y el recorrido atravesará el casco antiguo y el parque fluvial antes de regresar a la meta, situada en el estadio municipal.",
"La organización recuerda las normas de la prueba. Los dorsales deben recogerse el sábado entre las diez y las ocho en el pabellón Ciudad de Riberalta, presentando el DNI. No se permite correr con auriculares ni acompañado de bicicletas o patinetes.",
"La Policía Local cortará al tráfico las calles del recorrido entre las ocho y las doce y media. Se recomienda a los vecinos del centro que saquen sus vehículos de los garajes antes de las ocho o esperen a la reapertura.",
"El concejal de Deportes, Julián Manzanares, ha agradecido la colaboración de los 250 voluntarios que atenderán los avituallamientos."],
["normas de evento","cortes de tráfico"],["Los dorsales deben recogerse el sábado entre las diez y las ocho en el pabellón Ciudad de Riberalta, presentando el DNI.","No se permite correr con auriculares ni acompañado de bicicletas o patinetes.","Se recomienda a los vecinos del centro que saquen sus vehículos de los garajes antes de las ocho o esperen a la reapertura."],[])
o("u05","it","Raccolta differenziata, a Collesano Alto arrivano i nuovi bidoni: come fare",
["Da lunedì a Collesano Alto cambia la raccolta dei rifiuti: ogni famiglia riceverà quattro bidoni con un microchip che registra gli svuotamenti. Il Comune spiega che in futuro la tariffa terrà conto della quantità di rifiuto indifferenziato prodotto.",
"L'assessora all'ambiente, Rosanna Vitale, ha illustrato i passaggi per i residenti. Primo, ritirate il kit presso il magazzino comunale di via dei Tigli portando la tessera sanitaria dell'intestatario della bolletta. Secondo, esponete i bidoni entro le 21 della sera prima del giorno di raccolta. Terzo, non lasciate sacchi fuori dai bidoni, perché non verranno raccolti.",
"Il calendario è stato recapitato a tutte le famiglie insieme alla bolletta di novembre. Per le persone con più di 80 anni il kit sarà consegnato a domicilio dalla protezione civile comunale.",
"Il Comune conta di portare la differenziata dall'attuale 58 al 75 per cento entro due anni."],
["istruzioni ai residenti"],["Primo, ritirate il kit presso il magazzino comunale di via dei Tigli portando la tessera sanitaria dell'intestatario della bolletta.","Secondo, esponete i bidoni entro le 21 della sera prima del giorno di raccolta.","Terzo, non lasciate sacchi fuori dai bidoni, perché non verranno raccolti."],[])
o("u06","pt","Tribunal de Vila Serrana ordena suspensão de obras no miradouro",
["O Tribunal Administrativo de Vila Serrana ordenou a suspensão imediata das obras de construção de um restaurante no miradouro da Penha Alta, dando razão a uma providência cautelar apresentada por uma associação ambientalista local.",
"Na decisão, o juiz determina que a empresa Miradouro Invest não pode realizar quaisquer trabalhos no terreno até ao julgamento da ação principal. A câmara municipal deve também afixar a decisão no local da obra no prazo de cinco dias.",
"A associação Amigos da Penha argumenta que o edifício foi licenciado numa zona de proteção paisagística. O seu presidente, Vasco Meireles, disse estar satisfeito: \"Não somos contra o turismo, somos contra betão em cima da serra.\"",
"A empresa tem dez dias para recorrer. A câmara, que licenciou a obra, ainda não comentou a decisão do tribunal, limitando-se a dizer que a vai cumprir."],
["ordem judicial"],["Na decisão, o juiz determina que a empresa Miradouro Invest não pode realizar quaisquer trabalhos no terreno até ao julgamento da ação principal.","A câmara municipal deve também afixar a decisão no local da obra no prazo de cinco dias."],[])
o("u07","nl","Vragen en antwoorden: de nieuwe parkeervergunning in Lindewaard",
["Vanaf 1 januari geldt in het centrum van Lindewaard betaald parkeren, ook voor bewoners. De gemeente heeft veel vragen gekregen. Hieronder de belangrijkste, met de antwoorden van de gemeente.",
"Hoe vraag ik een vergunning aan? Log in op het digitale loket van de gemeente met uw DigiD en kies 'parkeervergunning bewoners'. Houd het kenteken van uw auto bij de hand.",
"Wat kost het? Een vergunning kost 60 euro per jaar. Voor een tweede auto betaalt u 180 euro.",
"Ik heb geen computer, wat nu? Kom langs bij de balie van het gemeentehuis op dinsdag- of donderdagochtend. Neem uw identiteitsbewijs en het kentekenbewijs mee.",
"Wethouder Marieke Jansma zegt dat de opbrengst wordt gebruikt voor een nieuwe fietsenstalling bij het station. Ondernemers in het centrum reageren verdeeld."],
["Q&A voor lezers"],["Log in op het digitale loket van de gemeente met uw DigiD en kies 'parkeervergunning bewoners'.","Houd het kenteken van uw auto bij de hand.","Kom langs bij de balie van het gemeentehuis op dinsdag- of donderdagochtend.","Neem uw identiteitsbewijs en het kentekenbewijs mee."],[])
o("u08","pl","Policja w Borowie szuka świadków potrącenia rowerzysty",
["Policjanci z komendy w Borowie poszukują świadków wypadku, do którego doszło w piątek około godziny 18 na ulicy Kolejowej. Kierowca ciemnego samochodu osobowego potrącił 16-letniego rowerzystę i odjechał, nie udzielając mu pomocy.",
"Chłopak ze złamaną ręką trafił do szpitala powiatowego. Jego stan jest stabilny. Według rzecznika komendy, podkomisarza Marka Wójcika, samochód mógł mieć uszkodzone prawe lusterko.",
"Osoby, które widziały zdarzenie lub mają nagrania z kamer samochodowych, proszone są o kontakt z dyżurnym komendy pod numerem 47 555 01 12. Kierowcy, którzy w piątek wieczorem jechali ulicą Kolejową, powinni sprawdzić zapisy swoich wideorejestratorów.",
"Policja przypomina, że za ucieczkę z miejsca wypadku grozi kara do ośmiu lat więzienia."],
["apel policji"],["Osoby, które widziały zdarzenie lub mają nagrania z kamer samochodowych, proszone są o kontakt z dyżurnym komendy pod numerem 47 555 01 12.","Kierowcy, którzy w piątek wieczorem jechali ulicą Kolejową, powinni sprawdzić zapisy swoich wideorejestratorów."],[])
o("u09","ru","В Сосновогорске отзывают партию детских автокресел",
["Компания «Малыш-Авто» объявила об отзыве партии детских автокресел модели «Путник-2», выпущенных с марта по июнь. По данным производителя, у части кресел может ослабевать крепление ремня безопасности при сильном рывке.",
"Владельцам кресел с серийными номерами от 4100 до 5800 рекомендуется прекратить их использование. Кресло нужно вернуть в магазин, где оно было куплено, — покупателю бесплатно заменят крепёжный узел или вернут деньги.",
"Представитель компании Алексей Гордеев сообщил, что о пострадавших детях компании неизвестно, а дефект обнаружили во время плановых испытаний. Всего в продажу поступило около трёх тысяч таких кресел.",
"Серийный номер указан на наклейке под сиденьем. Вопросы можно задать по бесплатной горячей линии производителя в рабочие дни."],
["отзыв товара"],["Владельцам кресел с серийными номерами от 4100 до 5800 рекомендуется прекратить их использование.","Кресло нужно вернуть в магазин, где оно было куплено, — покупателю бесплатно заменят крепёжный узел или вернут деньги."],[])
o("u10","zh","河湾区发布流感季健康提示",
["随着气温下降，河湾区疾病预防控制中心近日发布流感季健康提示。中心监测数据显示，最近两周辖区内流感样病例明显增多，其中以学龄儿童为主。",
"疾控中心提醒市民：外出时请在人员密集场所佩戴口罩。勤洗手，咳嗽或打喷嚏时用纸巾或手肘遮住口鼻。出现发热、咳嗽等症状的学生应居家休息，不要带病上课。",
"中心副主任吴建华介绍，目前全区二十个接种点已开放流感疫苗接种，六十岁以上老人可以免费接种。他建议慢性病患者和孕妇尽早接种。",
"居民可以通过社区卫生服务中心预约接种，接种时需携带身份证。"],
["公共卫生提示"],["外出时请在人员密集场所佩戴口罩。","勤洗手，咳嗽或打喷嚏时用纸巾或手肘遮住口鼻。","出现发热、咳嗽等症状的学生应居家休息，不要带病上课。"],[])
o("u11","ja","港北町の秋祭り、来場者への注意事項を発表",
["港北町の秋祭り実行委員会は、十月の第二土曜日と日曜日に開く「港北みなと祭り」について、来場者向けの注意事項を発表した。昨年は約六万人が訪れ、会場周辺の道路が渋滞した。",
"実行委員会によると、会場には駐車場がないため、公共交通機関を利用してください。ごみは各自で持ち帰ってください。花火の打ち上げ中は、岸壁の立ち入り禁止区域に入らないでください。",
"実行委員長の西田 勝さんは「安全に楽しんでもらうために協力をお願いしたい」と話している。当日は臨時バスが駅から十五分おきに運行する。",
"雨天の場合は、土曜日の催しを日曜日に順延する。"],
["イベント規則"],["会場には駐車場がないため、公共交通機関を利用してください。","ごみは各自で持ち帰ってください。","花火の打ち上げ中は、岸壁の立ち入り禁止区域に入らないでください。"],[])
o("u12","ko","새봄시, 겨울철 수도관 동파 예방 요령 안내",
["새봄시 상수도사업소가 한파를 앞두고 수도관 동파 예방 요령을 안내했다. 사업소에 따르면 지난겨울 시내에서 계량기 동파 신고가 이백 건 넘게 접수됐다.",
"사업소는 다음과 같이 대비할 것을 당부했다. 계량기함 안을 헌 옷이나 스티로폼으로 채워 보온하십시오. 밤사이 기온이 영하 십 도 아래로 내려가면 수도꼭지를 조금 틀어 물이 흐르게 하십시오. 장기간 집을 비울 때는 보일러를 외출 모드로 켜 두십시오.",
"상수도사업소 권태식 소장은 \"작은 준비로 큰 불편을 막을 수 있다\"고 말했다.",
"동파가 발생하면 상수도사업소 민원실로 신고하면 된다. 사업소는 주말에도 긴급 복구반을 운영한다."],
["주민 안내"],["계량기함 안을 헌 옷이나 스티로폼으로 채워 보온하십시오.","밤사이 기온이 영하 십 도 아래로 내려가면 수도꼭지를 조금 틀어 물이 흐르게 하십시오.","장기간 집을 비울 때는 보일러를 외출 모드로 켜 두십시오."],[])
o("u13","en","Valley Courier sets out rules for artificial intelligence in its newsroom",
["The Valley Courier, the weekly newspaper covering Tarnford and the surrounding villages, has published a policy on the use of artificial intelligence by its journalists, becoming the first local title in the county to do so.",
"The policy, announced by the editor, Gwen Harcourt, at a readers' evening on Thursday, sets firm limits. Reporters must not use AI tools to write or rewrite news stories. Any AI-generated image must be clearly labelled as such in its caption. Staff may use transcription software for interviews, but every quote must be checked against the original recording before publication.",
"Ms Harcourt said the paper had been approached by several companies offering automated story-writing services. \"Our readers trust us because a person they can ring up wrote what they are reading,\" she said.",
"Readers who believe the paper has broken the policy are invited to write to the editor. The Courier will review the policy every year."],
["newsroom AI policy reported as news"],["Reporters must not use AI tools to write or rewrite news stories.","Any AI-generated image must be clearly labelled as such in its caption.","Staff may use transcription software for interviews, but every quote must be checked against the original recording before publication.","Readers who believe the paper has broken the policy are invited to write to the editor."],[])
o("u14","de","Kreisverwaltung Eschenau: Bürgerbüro zieht um",
["Das Bürgerbüro der Kreisverwaltung Eschenau zieht in das ehemalige Sparkassengebäude am Lindenplatz. Der Umzug findet vom 3. bis 7. März statt; in dieser Woche bleibt das Bürgerbüro geschlossen. Ab dem 10. März sind die Schalter wieder zu den gewohnten Zeiten geöffnet.",
"Landrätin Ursula Feldkamp sagte, das neue Gebäude sei barrierefrei und biete mehr Platz für Wartende. Bürgerinnen und Bürger, die in der Umzugswoche einen Pass oder Ausweis benötigen, sollen einen Termin im Rathaus Nordstadt vereinbaren. Bereits gebuchte Termine werden automatisch verlegt; die Betroffenen erhalten eine E-Mail.",
"Parkplätze gibt es in der Tiefgarage am Lindenplatz, die erste Stunde ist für Besucher des Bürgerbüros kostenlos.",
"Korrektur: In einer früheren Fassung dieses Artikels hieß es, das Bürgerbüro ziehe in die Bahnhofstraße. Richtig ist der Lindenplatz. Wir bitten, den Fehler zu entschuldigen."],
["Hinweis an Bürger","Korrektur"],["Bürgerinnen und Bürger, die in der Umzugswoche einen Pass oder Ausweis benötigen, sollen einen Termin im Rathaus Nordstadt vereinbaren.","Bereits gebuchte Termine werden automatisch verlegt; die Betroffenen erhalten eine E-Mail."],["Korrektur: In einer früheren Fassung dieses Artikels hieß es, das Bürgerbüro ziehe in die Bahnhofstraße.","Richtig ist der Lindenplatz."])
o("u15","fr","Les apiculteurs du plateau de Mirevent inquiets après un hiver difficile",
["Les apiculteurs du plateau de Mirevent font leurs comptes après un hiver long et humide. Selon le syndicat apicole local, près d'un tiers des colonies n'ont pas survécu, contre un dixième les bonnes années. Le président du syndicat, Armand Ribière, évoque « la pire saison depuis quinze ans ».",
"Les apiculteurs accusent notamment le frelon asiatique, qui s'attaque aux ruches dès la fin de l'été. Le syndicat demande aux habitants de signaler tout nid de frelons à la mairie et de ne pas tenter de le détruire eux-mêmes. Des pièges seront distribués gratuitement en avril.",
"Certains producteurs envisagent de racheter des essaims à l'extérieur du département pour reconstituer leurs ruchers, mais les prix ont presque doublé.",
"Cet article a été publié initialement dans L'Écho du Plateau et est reproduit avec l'autorisation de la rédaction. Toute autre reproduction est interdite sans accord écrit de l'éditeur."],
["appel aux habitants","mention de reprise"],["Le syndicat demande aux habitants de signaler tout nid de frelons à la mairie et de ne pas tenter de le détruire eux-mêmes.","Toute autre reproduction est interdite sans accord écrit de l'éditeur."],["Cet article a été publié initialement dans L'Écho du Plateau et est reproduit avec l'autorisation de la rédaction."])
o("u16","es","Orden judicial obliga a reabrir un camino público en Sierra Cobre",
["El Juzgado de Primera Instancia de Villacobre ha ordenado al propietario de la finca Los Almendrales retirar la cancela que cerraba desde hace dos años el camino de la Fuente Vieja, un sendero que los vecinos usaban desde hace generaciones para subir a la ermita.",
"La sentencia establece que el propietario debe retirar la cancela en el plazo de un mes y abstenerse de colocar cualquier otro obstáculo en el camino. Si no lo hace, el ayuntamiento queda autorizado a retirarla a su costa.",
"La plataforma vecinal Caminos Abiertos celebró la decisión. Su portavoz, Inmaculada Robledo, pidió a los senderistas que respeten el ganado de la finca y cierren los pasos de alambre tras cruzarlos.",
"El propietario puede recurrir ante la Audiencia Provincial. Su abogado no quiso hacer declaraciones."],
["orden judicial","ruego a senderistas"],["La sentencia establece que el propietario debe retirar la cancela en el plazo de un mes y abstenerse de colocar cualquier otro obstáculo en el camino.","Si no lo hace, el ayuntamiento queda autorizado a retirarla a su costa.","Su portavoz, Inmaculada Robledo, pidió a los senderistas que respeten el ganado de la finca y cierren los pasos de alambre tras cruzarlos."],[])
o("u17","it","Allerta meteo a Valdicorte: le indicazioni della protezione civile",
["La protezione civile comunale di Valdicorte ha diramato un'allerta arancione per le piogge intense previste fino a venerdì sera. Si temono esondazioni del torrente Lesca nella zona del ponte vecchio e smottamenti sulla strada per le frazioni alte.",
"Il coordinatore dei volontari, Marcello Ferraris, ha ricordato le regole di comportamento. Non sostate sui ponti e lungo gli argini durante i temporali. Spostate le auto parcheggiate nei sottopassi e nelle zone più basse. Chi abita ai piani terra vicino al torrente tenga a portata di mano torcia, documenti e medicinali.",
"Le scuole resteranno aperte, ma le uscite didattiche sono sospese. Il centro operativo comunale resterà attivo giorno e notte fino alla fine dell'allerta.",
"Aggiornamenti saranno pubblicati sui canali ufficiali del Comune."],
["protezione civile"],["Non sostate sui ponti e lungo gli argini durante i temporali.","Spostate le auto parcheggiate nei sottopassi e nelle zone più basse.","Chi abita ai piani terra vicino al torrente tenga a portata di mano torcia, documenti e medicinali."],[])
o("u18","pt","Nota da direção: correção sobre o número de utentes sem médico de família",
["Na edição de sábado, noticiámos que 12 mil utentes do concelho de Barrocal estavam sem médico de família. O número correto, segundo a unidade local de saúde, é 7.200. O valor errado resultou de uma soma feita pela redação que incluía utentes de dois concelhos vizinhos.",
"A unidade local de saúde de Barrocal explica que a falta de médicos se concentra nas extensões de saúde das aldeias de Moinhos e Vale Fundo, onde três clínicos se reformaram no último ano. O diretor clínico, Henrique Calado, diz que dois novos médicos começam a trabalhar em março.",
"Os utentes sem médico atribuído devem marcar consultas através da linha de apoio da unidade ou presencialmente no centro de saúde da sede do concelho. Em caso de doença aguda, devem ligar primeiro para a linha de saúde antes de se deslocarem às urgências.",
"Pedimos desculpa aos leitores pelo erro."],
["nota da direção","orientação aos utentes"],["Os utentes sem médico atribuído devem marcar consultas através da linha de apoio da unidade ou presencialmente no centro de saúde da sede do concelho.","Em caso de doença aguda, devem ligar primeiro para a linha de saúde antes de se deslocarem às urgências."],["Na edição de sábado, noticiámos que 12 mil utentes do concelho de Barrocal estavam sem médico de família.","Pedimos desculpa aos leitores pelo erro."])
o("u19","nl","Terugroepactie: elektrische kachel kan oververhit raken",
["Bouwmarktketen Klusplein roept de elektrische bijzetkachel 'Warmtebron 2000' terug. Bij een klein aantal exemplaren kan de thermostaat uitvallen, waardoor het apparaat oververhit raakt en in het ergste geval brand kan veroorzaken. Het gaat om kachels die tussen september en november zijn verkocht.",
"Klanten die de kachel hebben gekocht, moeten de stekker direct uit het stopcontact halen en het apparaat niet meer gebruiken. Breng de kachel terug naar een vestiging van Klusplein; u krijgt het aankoopbedrag terug, ook zonder kassabon.",
"Volgens een woordvoerder van de keten, Ellen van Dijk, zijn er twee meldingen van smeltende behuizingen binnengekomen. Niemand raakte gewond.",
"Andere kachels uit het assortiment vallen niet onder de terugroepactie. Het typenummer staat op een sticker aan de onderkant van het apparaat."],
["terugroepactie"],["Klanten die de kachel hebben gekocht, moeten de stekker direct uit het stopcontact halen en het apparaat niet meer gebruiken.","Breng de kachel terug naar een vestiging van Klusplein; u krijgt het aankoopbedrag terug, ook zonder kassabon."],[])
o("u20","pl","Jak złożyć wniosek o dopłatę do wymiany pieca? Instrukcja dla mieszkańców Lipnicy",
["Gmina Lipnica uruchomiła kolejny nabór wniosków o dopłaty do wymiany starych pieców węglowych na pompy ciepła lub kotły gazowe. W tym roku do rozdzielenia jest 1,5 miliona złotych, a jedno gospodarstwo może dostać do 15 tysięcy złotych.",
"Urzędnicy przygotowali instrukcję krok po kroku. Najpierw należy zamówić audyt energetyczny budynku u jednego z audytorów z listy gminy. Następnie trzeba wypełnić wniosek w urzędzie gminy w pokoju numer 12, dołączając audyt i akt własności domu. Po wymianie pieca należy w ciągu 30 dni dostarczyć faktury i protokół odbioru.",
"Kierowniczka referatu ochrony środowiska, Agnieszka Lis, mówi, że w ubiegłym roku z programu skorzystało 90 rodzin. „Z roku na rok powietrze w gminie jest czystsze” – podkreśla.",
"Nabór potrwa do końca kwietnia albo do wyczerpania pieniędzy."],
["instrukcja dla mieszkańców"],["Najpierw należy zamówić audyt energetyczny budynku u jednego z audytorów z listy gminy.","Następnie trzeba wypełnić wniosek w urzędzie gminy w pokoju numer 12, dołączając audyt i akt własności domu.","Po wymianie pieca należy w ciągu 30 dni dostarczyć faktury i protokół odbioru."],[])
# further paragraphs for the shorter clean articles, inserted before each one's last paragraph
X = {}
X["u02"] = ["Nach Angaben der Molkerei wurden rund 14.000 Becher der betroffenen Charge ausgeliefert. Ein Großteil davon dürfte bereits verkauft sein, da der Joghurt vor allem in Aktionswochen angeboten wurde."]
X["u03"] = ["Les établissements pour personnes âgées ont été invités à vérifier leurs pièces rafraîchies et leurs réserves d'eau. Les organisateurs de manifestations sportives prévues ce week-end devront adapter les horaires ou reporter les épreuves."]
X["u05"] = ["I nuovi bidoni sono stati acquistati con un contributo regionale di 180 mila euro. Nei primi mesi gli operatori lasceranno un avviso sui contenitori con rifiuti sbagliati invece di applicare sanzioni."]
X["u06"] = ["O projeto previa um edifício de dois pisos com esplanada e capacidade para cento e vinte pessoas, encostado ao muro do antigo miradouro construído nos anos quarenta."]
X["u07"] = ["Geldt de vergunning ook voor bezoek? Nee. Bewoners kunnen wel bezoekersuren kopen, tegen een gereduceerd tarief van 50 cent per uur, tot maximaal veertig uur per maand.", "Wat als ik verhuis binnen het centrum? Dan schrijft de gemeente de vergunning kosteloos over naar het nieuwe adres, mits u de verhuizing op tijd doorgeeft."]
X["u08"] = ["Na ulicy Kolejowej nie ma wydzielonej drogi dla rowerów, a pobocze jest wąskie. Mieszkańcy od dawna proszą gminę o budowę ścieżki rowerowej wzdłuż tej drogi, którą codziennie jeżdżą uczniowie dojeżdżający do szkoły średniej.", "Zarząd dróg powiatowych zapowiedział, że w przyszłym roku na tym odcinku pojawi się dodatkowe oświetlenie."]
X["u09"] = ["Кресла этой модели продавались в сетевых магазинах детских товаров в нескольких областях, а также через интернет. Производитель уже разослал уведомления покупателям, которые оставляли свои контактные данные при покупке.", "Эксперты по детской безопасности напоминают, что даже исправное кресло нужно заменять после любой аварии."]
X["u14"] = ["Das bisherige Gebäude an der Schulstraße wird nach dem Umzug gründlich saniert und soll später die Musikschule des Kreises aufnehmen."]
X["u16"] = ["El camino de la Fuente Vieja figura en el inventario municipal de vías públicas desde 1953, según recoge la sentencia, y aparece en mapas antiguos como vía pecuaria."]
X["u17"] = ["Nelle ultime 24 ore sono caduti oltre 120 millimetri di pioggia sulle colline sopra il paese. Due famiglie della frazione Casalino sono state fatte uscire in via precauzionale per il rischio di frane."]
X["u19"] = ["De kachel werd verkocht voor 49 euro en was vooral populair als extra verwarming in badkamers en zolderkamers. Volgens Klusplein zijn er ruim 6.000 exemplaren verkocht."]
X["u20"] = ["O dopłatę mogą się ubiegać się właściciele domów jednorodzinnych, w których stary piec jest jedynym źródłem ciepła. Wniosków nie mogą składać osoby, które już raz skorzystały z programu."]
