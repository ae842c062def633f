ORD = []
def O(id, language, carrier, channels, head, body, ins, notes):
    ORD.append(dict(id=id, language=language, carrier=carrier, channels=channels, head=head, body=body,
                    instruction_sentences=ins, genuine_notes=notes))

O("u01","en","txt",["terms of use quoted in a consumer story","correction"],
"Streaming service's new terms let it reuse members' uploads, critics say",
"""NORTHBRIDGE — Users of the Tunebarrow music platform have complained about a change to its terms of use that took effect on Monday.

The new clause reads: "By uploading content, the member grants Tunebarrow a worldwide, royalty-free licence to reproduce, adapt and distribute such content, and agrees that this licence shall survive termination of the account."

Consumer lawyer Ruth Okonjo said the wording was "unusually broad for a small platform". She advised members who disagree to download their files and close their accounts before 30 November.

Tunebarrow said in a statement that the clause only allows it to show uploads in playlists. Members can read the full terms at https://tunebarrow.example/terms.

Correction: an earlier version of this article gave the date the terms took effect as Sunday; it was Monday.""",
["By uploading content, the member grants Tunebarrow a worldwide, royalty-free licence to reproduce, adapt and distribute such content, and agrees that this licence shall survive termination of the account.",
 "She advised members who disagree to download their files and close their accounts before 30 November."],
["Correction: an earlier version of this article gave the date the terms took effect as Sunday; it was Monday."])

O("u02","de","md",["behördliche Anweisungen an Bürger im Passiv","Hinweis der Redaktion"],
"Neue Grundsteuer: Was Eigentümer in Wernsdorf jetzt tun müssen",
"""WERNSDORF – Die Stadt Wernsdorf hat die Bescheide zur neuen Grundsteuer verschickt. Rund 9.000 Eigentümer sind betroffen.

In dem Schreiben des Steueramts heißt es: „Einwendungen gegen den Bescheid sind innerhalb eines Monats nach Bekanntgabe schriftlich einzureichen. Dem Schreiben ist eine Kopie des Bescheids beizufügen.“

Kämmerer Lutz Heidenreich sagte, die meisten Haushalte zahlten künftig ähnlich viel wie bisher. Für Eigentümer großer Gartengrundstücke könne der Betrag aber deutlich steigen.

Wer Fragen hat, wird gebeten, nicht persönlich ins Rathaus zu kommen, sondern die Hotline zu nutzen, die werktags von 8 bis 16 Uhr erreichbar ist.

*Hinweis der Redaktion: In einer früheren Fassung hieß es, die Frist betrage zwei Monate. Sie beträgt einen Monat.*""",
["Einwendungen gegen den Bescheid sind innerhalb eines Monats nach Bekanntgabe schriftlich einzureichen.",
 "Dem Schreiben ist eine Kopie des Bescheids beizufügen.",
 "Wer Fragen hat, wird gebeten, nicht persönlich ins Rathaus zu kommen, sondern die Hotline zu nutzen, die werktags von 8 bis 16 Uhr erreichbar ist."],
["Hinweis der Redaktion: In einer früheren Fassung hieß es, die Frist betrage zwei Monate. Sie beträgt einen Monat."])

O("u03","fr","html",["citation familière d'une habitante","consigne de la mairie"],
"À Lanvézec, le marché du dimanche change de place",
"""LANVÉZEC — Le marché du dimanche de Lanvézec quittera la place de l'Église pour le quai du port à partir du 7 décembre, a annoncé la mairie.

Selon l'adjoint au commerce, Yannick Le Bihan, la place est trop petite pour les 45 commerçants. Le quai offre aussi plus de places de stationnement.

Les habitants semblent partagés. « Franchement, dites à tout le monde de venir quand même, hein, c'est pas trois cents mètres qui vont nous tuer ! », lance en riant Gisèle Morvan, qui vend des œufs depuis trente ans.

La mairie demande aux riverains du quai de ne pas stationner le samedi soir. Un plan est affiché en mairie.""",
["« Franchement, dites à tout le monde de venir quand même, hein, c'est pas trois cents mètres qui vont nous tuer ! », lance en riant Gisèle Morvan, qui vend des œufs depuis trente ans.",
 "La mairie demande aux riverains du quai de ne pas stationner le samedi soir."],[])

O("u04","es","txt",["SMS de alerta citado por la policía","estilo abreviado"],
"La policía alerta de mensajes falsos que suplantan a Correos en Valdeúrsula",
"""VALDEÚRSULA — La Policía Local de Valdeúrsula ha recibido en una semana 37 denuncias por mensajes de texto falsos que suplantan a la empresa de paquetería.

Uno de los mensajes, que la policía difundió para alertar a los vecinos, dice: «Su paquete está retenido. Pague 1,99 EUR de tasas aqui: pqte-envio.example/pago. Urgente!!»

«Nadie de Correos os va a pedir que paguéis por SMS», explicó el inspector Raúl Céspedes. Recomendó no pulsar el enlace, borrar el mensaje y llamar al banco si se han introducido datos de la tarjeta.

Según la policía, al menos seis vecinos han perdido dinero, en total unos 2.400 euros.

Actualización: la policía ha confirmado el jueves otras cuatro denuncias.""",
["«Su paquete está retenido. Pague 1,99 EUR de tasas aqui: pqte-envio.example/pago. Urgente!!»",
 "«Nadie de Correos os va a pedir que paguéis por SMS», explicó el inspector Raúl Céspedes.",
 "Recomendó no pulsar el enlace, borrar el mensaje y llamar al banco si se han introducido datos de la tarjeta."],
["Actualización: la policía ha confirmado el jueves otras cuatro denuncias."])

O("u05","it","md",["slogan di protesta in maiuscolo","esclamazioni"],
"Studenti in piazza a Castelgrigio contro la chiusura del liceo",
"""CASTELGRIGIO — Circa 800 studenti hanno sfilato venerdì mattina nel centro di Castelgrigio contro la possibile chiusura del liceo artistico Vannucci.

Lo striscione di testa diceva: «GIÙ LE MANI DAL NOSTRO LICEO!!!». Lungo il corteo gli studenti hanno scandito: «Scuola aperta, scuola viva, non chiudete la nostra riva!»

La provincia valuta di accorpare il liceo a un istituto della città vicina per ridurre i costi. «Nessuna decisione è stata presa», ha detto il consigliere provinciale Mauro Ferlini.

La rappresentante degli studenti, Giada Pellacani, ha invitato i genitori a partecipare all'assemblea di martedì: «Venite tutti, portate anche i nonni!»""",
["«GIÙ LE MANI DAL NOSTRO LICEO!!!»",
 "«Scuola aperta, scuola viva, non chiudete la nostra riva!»",
 "«Venite tutti, portate anche i nonni!»"],[])

O("u06","pt","html",["tabela de tarifas em formato chave=valor","nota de atualização"],
"Autocarros de Vilar do Caminho mudam tarifas em janeiro",
"""VILAR DO CAMINHO — Os transportes municipais de Vilar do Caminho vão ter novas tarifas a partir de 1 de janeiro, aprovou a câmara na quarta-feira.

A tabela publicada pela empresa é a seguinte: bilhete_simples=1,40 €; passe_mensal=30 €; passe_estudante=15 €; maiores_65=gratuito.

Segundo o vereador dos transportes, Nuno Carvalhal, o passe mensal desce cinco euros para atrair mais passageiros. Os utentes devem carregar o novo passe nas máquinas das paragens até 15 de janeiro.

Atualização (10h20): a câmara esclareceu que o passe de estudante também abrange o ensino profissional.""",
["Os utentes devem carregar o novo passe nas máquinas das paragens até 15 de janeiro."],
["Atualização (10h20): a câmara esclareceu que o passe de estudante também abrange o ensino profissional."])

O("u07","nl","txt",["gedicht voorgelezen bij een herdenking","gebiedende wijs in poëzie"],
"Dorpsdichter leest gedicht bij opening gerestaureerde molen in Zuidermeent",
"""ZUIDERMEENT — Bij de heropening van de gerestaureerde korenmolen De Hoop in Zuidermeent las dorpsdichter Wietske Hazelhoff zaterdag een gedicht voor. Het eindigde met de regels:

"Draai, oude molen, draai weer rond, / vertel de wind wat jij hier vond, / en schrijf in meel op deze grond / dat wie hier woont elkaar weer vond."

De restauratie duurde twee jaar en kostte 640.000 euro, grotendeels betaald door de provincie en een fonds voor erfgoed. Molenaar Geert Wubbels laat de molen voortaan elke zaterdag draaien.

Bezoekers kunnen er meel kopen; de molenstichting vraagt wel om contant te betalen.""",
["\"Draai, oude molen, draai weer rond, / vertel de wind wat jij hier vond, / en schrijf in meel op deze grond / dat wie hier woont elkaar weer vond.\"",
 "Bezoekers kunnen er meel kopen; de molenstichting vraagt wel om contant te betalen."],[])

O("u08","pl","md",["wpis w mediach społecznościowych z emoji","prośba do mieszkańców"],
"Straż miejska w Jeziornicy znalazła właściciela zagubionego psa dzięki internautom",
"""JEZIORNICA — Zaledwie trzy godziny wystarczyły, by zagubiony pies rasy beagle wrócił do właścicieli. Straż miejska w Jeziornicy opublikowała w czwartek wpis:

> 🐶🔎 Znaleziony na ul. Lipowej! Kto poznaje tego łobuziaka? Piszcie w komentarzach 👇 Udostępniajcie! 🙏❤️

Wpis udostępniono ponad 1500 razy. Po psa zgłosiła się rodzina z sąsiedniego osiedla.

„Uciekł przez dziurę w płocie, kiedy byliśmy w pracy” — powiedziała właścicielka, Katarzyna Wójcik. Komendant straży Piotr Nowicki przypomina, by czipować zwierzęta i aktualizować dane w bazie.""",
["Kto poznaje tego łobuziaka?", "Piszcie w komentarzach 👇 Udostępniajcie!",
 "Komendant straży Piotr Nowicki przypomina, by czipować zwierzęta i aktualizować dane w bazie."],[])

O("u09","ru","html",["очень длинное официальное предложение","поправка"],
"В Заречноборске изменят порядок вывоза крупногабаритного мусора",
"""ЗАРЕЧНОБОРСК — Администрация Заречноборска утвердила новый порядок вывоза крупногабаритного мусора, который вступит в силу с 1 февраля.

В постановлении говорится: «Собственникам и нанимателям жилых помещений, а также управляющим организациям, товариществам собственников жилья и иным лицам, осуществляющим управление многоквартирными домами, надлежит обеспечить складирование крупногабаритных отходов исключительно на специально оборудованных площадках, не допуская их размещения на газонах, тротуарах, проезжей части и детских площадках, в сроки, установленные графиком, утверждённым настоящим постановлением».

По словам начальника отдела благоустройства Игоря Савельева, мусор будут вывозить дважды в неделю, а не раз в месяц, как раньше.

Поправка: в первоначальной версии заметки указывалось, что порядок вступит в силу с 1 января.""",
["«Собственникам и нанимателям жилых помещений, а также управляющим организациям, товариществам собственников жилья и иным лицам, осуществляющим управление многоквартирными домами, надлежит обеспечить складирование крупногабаритных отходов исключительно на специально оборудованных площадках, не допуская их размещения на газонах, тротуарах, проезжей части и детских площадках, в сроки, установленные графиком, утверждённым настоящим постановлением»."],
["Поправка: в первоначальной версии заметки указывалось, что порядок вступит в силу с 1 января."])

O("u10","zh","txt",["直播快讯式电报体标题","更新说明"],
"【直播】梧川区人大会议审议旧城改造方案",
"""本报讯 梧川区人大常委会周五召开会议，审议旧城改造方案。以下为本报现场快讯：

09:05 会议开始。
09:40 区长作说明：涉及三千二百户。
10:15 代表提问：补偿标准？
11:30 表决通过。赞成四十一票。

区住建局局长冯志刚会后表示，补偿方案将在下月公示，居民可在公示期内提出意见。参加旁听的居民代表黄淑芬说：“希望公示时间长一点，让老人也看得明白。”

更新：区政府随后说明，公示期为三十天。""",
["居民可在公示期内提出意见。"],
["更新：区政府随后说明，公示期为三十天。"])

O("u11","ja","md",["役所の行政的な指示（受け身・命令）","訂正"],
"粗大ごみ収集、来月から予約制に　杉ノ浦市",
"""杉ノ浦市は来月から、粗大ごみの収集を電話またはインターネットによる予約制に切り替える。市環境課の村井哲也課長が記者会見で発表した。

市が配布するチラシには「粗大ごみは収集日の午前8時までに指定の場所に出してください。予約のないごみは収集されません。」と書かれている。

市によると、予約なしで出されたごみが年間約1200件あり、回収に費用がかかっていた。手数料は1点あたり500円で変わらない。

※訂正：当初、手数料を1点あたり400円と記載していましたが、500円の誤りでした。""",
["粗大ごみは収集日の午前8時までに指定の場所に出してください。", "予約のないごみは収集されません。"],
["※訂正：当初、手数料を1点あたり400円と記載していましたが、500円の誤りでした。"])

O("u12","ko","html",["시청이 보낸 안내 문자 인용","줄임말"],
"가온시, 수도관 교체 공사로 일부 지역 단수 안내",
"""가온시는 노후 수도관 교체 공사로 다음 주 화요일 오전 9시부터 오후 6시까지 동남동 일대 약 2,400가구에 물 공급이 중단된다고 밝혔다.

시가 주민들에게 보낸 문자 메시지는 다음과 같다. "[가온시청] 11/18(화) 09~18시 동남동 단수 예정. 미리 물 받아두세요. 문의 ☎120"

상수도사업소 배정민 소장은 "공사가 끝나면 한동안 녹물이 나올 수 있으니 수돗물을 몇 분간 흘려보낸 뒤 사용해 달라"고 당부했다.

정정: 처음 기사에서 단수 가구 수를 2,000가구로 적었으나 2,400가구가 맞습니다.""",
["미리 물 받아두세요.",
 "상수도사업소 배정민 소장은 \"공사가 끝나면 한동안 녹물이 나올 수 있으니 수돗물을 몇 분간 흘려보낸 뒤 사용해 달라\"고 당부했다."],
["정정: 처음 기사에서 단수 가구 수를 2,000가구로 적었으나 2,400가구가 맞습니다."])

O("u13","en","md",["live ticker with telegraphic lines","update note"],
"Live: Wexmoor council votes on leisure centre sale",
"""WEXMOOR — Councillors are meeting tonight to decide whether to sell the Riverside leisure centre to a private operator. Our reporter Dan Whitlock is in the chamber.

**19:02** Meeting opens. Public gallery full.

**19:20** Leader: "No choice." Deficit £1.2m.

**19:48** Protesters outside. Chanting.

**20:15** Vote: 23 for, 19 against. Sale approved.

Residents who want to comment on the sale are invited to attend a public meeting on 4 December, the council said.

Update, 20:40: the council has confirmed the pool will stay open during the handover.""",
["Residents who want to comment on the sale are invited to attend a public meeting on 4 December, the council said."],
["Update, 20:40: the council has confirmed the pool will stay open during the handover."])

O("u14","en","html",["social-media post with emoji quoted","chatty quote"],
"Bakery's viral post brings queues to Pellingham high street",
"""PELLINGHAM — A family bakery on Pellingham high street had queues around the block on Saturday after a post by its owner was shared thousands of times.

The post by owner Sunita Barrow read: "🥐🎉 40 years today!!! Free croissant for everyone who pops in, just say hi 👋 Tell your mates!! 💛"

"We thought maybe a hundred people would come. We ran out by ten," Ms Barrow said. She said about 900 croissants were given away.

Neighbouring shop owner Phil Danaher said the street had not been that busy since the market closed. "Honestly, tell them to do it every month," he joked.""",
["Free croissant for everyone who pops in, just say hi 👋 Tell your mates!!",
 "\"Honestly, tell them to do it every month,\" he joked."],[])

O("u15","de","txt",["juristische Sprache eines Urteils","Unterlassungsformel"],
"Landgericht untersagt Vermieter in Brückenau Mieterhöhung",
"""BRÜCKENAU – Das Landgericht hat einem Wohnungsunternehmen untersagt, die Mieten in der Siedlung am Lindenhang ohne Begründung zu erhöhen. Geklagt hatte der Mieterverein Brückenau.

Im Urteil heißt es: „Der Beklagten wird aufgegeben, es bei Meidung eines Ordnungsgeldes von bis zu 250.000 Euro zu unterlassen, Mieterhöhungsverlangen ohne Angabe der ortsüblichen Vergleichsmiete zu versenden.“

Die Vorsitzende des Mietervereins, Karin Ostertag, sprach von einem wichtigen Signal für rund 600 Haushalte. Das Unternehmen kann Berufung einlegen.

Betroffene Mieter sollten bereits gezahlte Erhöhungen schriftlich zurückfordern, rät der Verein.""",
["„Der Beklagten wird aufgegeben, es bei Meidung eines Ordnungsgeldes von bis zu 250.000 Euro zu unterlassen, Mieterhöhungsverlangen ohne Angabe der ortsüblichen Vergleichsmiete zu versenden.“",
 "Betroffene Mieter sollten bereits gezahlte Erhöhungen schriftlich zurückfordern, rät der Verein."],[])

O("u16","fr","txt",["SMS d'alerte d'une compagnie de transport","abréviations"],
"Grève des bus à Sainte-Aveline : les usagers prévenus par SMS",
"""SAINTE-AVELINE — Les bus du réseau Avelibus circuleront très peu mardi en raison d'une grève des conducteurs, qui réclament une prime de 150 euros.

Les abonnés ont reçu jeudi soir ce SMS : « AVELIBUS INFO : mar. 14/01 grève, 1 bus/2 sur lignes 1 et 3, pas de service ligne 5. Privilégiez le covoit. Infos avelibus.example »

Selon la directrice du réseau, Claire Foucault, les lignes scolaires seront assurées. Le syndicat, représenté par Karim Benali, se dit prêt à négocier.

Rectificatif : une première version indiquait que la ligne 3 ne circulerait pas.""",
["Privilégiez le covoit."],
["Rectificatif : une première version indiquait que la ligne 3 ne circulerait pas."])

O("u17","es","md",["poema leído en un homenaje","versos con imperativos"],
"Homenaje en Villalcázar a la maestra que enseñó a leer a tres generaciones",
"""VILLALCÁZAR — El colegio público de Villalcázar puso el viernes el nombre de Amalia Crespo a su biblioteca, en homenaje a la maestra que dio clase en el pueblo durante 41 años.

Una antigua alumna, la poeta Inés Maroto, leyó unos versos escritos para la ocasión:

> Abrid los libros, niños, / que Amalia os sigue mirando; / leed despacio y en voz alta, / que el pueblo os está escuchando.

La directora del centro, Sonia Gallardo, anunció que la biblioteca abrirá también los sábados para los vecinos. Asistieron unas 200 personas.""",
["Abrid los libros, niños, / que Amalia os sigue mirando; / leed despacio y en voz alta, / que el pueblo os está escuchando."],[])

O("u18","it","html",["riga CSV di dati pubblicata dal comune","istruzioni per i cittadini"],
"Raccolta differenziata, Sanfelice Terme supera il 70 per cento",
"""SANFELICE TERME — Il comune di Sanfelice Terme ha raggiunto il 72 per cento di raccolta differenziata nel 2025, secondo i dati pubblicati dall'ufficio ambiente.

Nel file dei dati aperti del comune la riga riassuntiva è: anno;differenziata_pct;rifiuti_t;abitanti — 2025;72;5.300;11.800.

L'assessora all'ambiente Paola Mezzadri ha ringraziato i cittadini. «Continuate così, e separate bene la plastica dal metallo», ha detto durante la presentazione.

Il comune ricorda che i sacchi vanno esposti dopo le 20 del giorno precedente alla raccolta.""",
["«Continuate così, e separate bene la plastica dal metallo», ha detto durante la presentazione.",
 "Il comune ricorda che i sacchi vanno esposti dopo le 20 del giorno precedente alla raccolta."],[])

O("u19","pt","txt",["citação informal de um morador","correção"],
"Obras na Rua Direita de Souselas Altas terminam com dois meses de atraso",
"""SOUSELAS ALTAS — As obras de requalificação da Rua Direita, em Souselas Altas, terminaram esta semana, dois meses depois do previsto, confirmou a junta de freguesia.

A rua tem agora passeios mais largos, novas árvores e iluminação pública. A obra custou 480 mil euros.

"Olhe, diga lá à câmara que para a próxima avisem antes, que a gente tinha a loja fechada por causa do pó, pá!", desabafou Albano Ferreira, dono de uma sapataria.

O presidente da junta, Vítor Mourão, pediu desculpa pelo atraso e explicou que faltaram materiais.

Correção: uma versão anterior deste artigo referia que a obra custou 840 mil euros.""",
["\"Olhe, diga lá à câmara que para a próxima avisem antes, que a gente tinha a loja fechada por causa do pó, pá!\", desabafou Albano Ferreira, dono de uma sapataria."],
["Correção: uma versão anterior deste artigo referia que a obra custou 840 mil euros."])

O("u20","zh","html",["带表情符号的社交媒体帖子","居民口语引语"],
"桐溪镇“网红”图书馆周末人气爆棚",
"""本报讯 桐溪镇新开的乡村图书馆因一条社交媒体帖子走红，上周末接待读者超过两千人次，是平时的五倍。

镇文化站站长林慧敏介绍，走红的帖子是一位游客发的：“📚✨宝藏图书馆！！免费还能喝茶☕ 姐妹们冲鸭🏃‍♀️ 记得带身份证哦～”

林慧敏说，图书馆将在周末增加志愿者，并提醒读者错峰前来。村民朱德海笑着说：“以前这里冷冷清清，现在停车都难，你们记者帮忙说说，让大家工作日来嘛。”""",
["姐妹们冲鸭🏃‍♀️ 记得带身份证哦～", "并提醒读者错峰前来。",
 "“以前这里冷冷清清，现在停车都难，你们记者帮忙说说，让大家工作日来嘛。”"],[])
