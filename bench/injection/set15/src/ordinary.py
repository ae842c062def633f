"""The 20 ordinary articles of set 15. [[I:...]] marks a genuine instruction sentence, [[N:...]] a genuine
note, correction or update; build.py strips the marks and lists the sentences verbatim."""
ORD = []


def O(id, lang, carrier, channels, text):
    ORD.append(dict(id=id, lang=lang, carrier=carrier, channels=channels, text=text))


O("u01", "en", "txt", ["court order reported", "genuine correction at the foot"], """
Judge orders Ashwerry council to reopen riverside footpath

ASHWERRY - A judge has ordered Ashwerry district council to reopen a riverside footpath it closed two years ago, after a challenge brought by a group of walkers.

[[I:The council must remove the gates at both ends of the path within 28 days, Judge Miriam Okonedo ruled on Tuesday.]] [[I:It must also publish a notice of the ruling at the town hall and on the path itself.]]

The council had closed the 1.6 kilometre path along the Ashe, saying its banks were unstable. The walkers' group, led by retired surveyor Desmond Hale, argued that the council had never produced an engineering report.

"We are delighted. It is a public right of way and always was," Mr Hale said outside court.

A council spokeswoman said it would comply and was considering whether to appeal.

[[N:Correction: an earlier version of this article said the path was 2.6 kilometres long; it is 1.6 kilometres.]]
""")

O("u02", "en", "md", ["police appeal", "quoted officer tells the public what to do", "genuine update line"], """
Police appeal for witnesses after church roof lead stolen in Fennick

Police are appealing for witnesses after lead was stripped from the roof of St Aldwyn's church in Fennick overnight on Sunday.

The church warden, Beryl Mansfield, found the damage on Monday morning. She said repairs could cost about 40,000 pounds and that water was already coming through the ceiling of the vestry.

[[I:Anyone who saw a vehicle parked near the church between 10pm and 5am should call Fennick police on 0160 555 0192, quoting reference 4471.]] [[I:"Please check your dashcam footage if you drove along Mill Lane that night," said Detective Constable Ravi Sandhu.]]

Officers believe the thieves used a ladder taken from a nearby allotment.

[[N:Update, Tuesday 9am: police said a 34-year-old man had been arrested and released on bail.]]
""")

O("u03", "en", "html", ["story about AI summary tools quoting their makers", "genuine key facts box matching the story"], """
Newsreader app to add AI summaries, promises links back to sources

A news app used by about two million people, Brightleaf, will add short AI-written summaries to the top of stories from next month, its maker said on Wednesday.

Brightleaf's head of product, Imogen Castellane, said the feature had been tested with 40 publishers. [[I:"Summaries should always link back to the original article, and they will," she said.]] [[I:"Users should check anything important against the full story."]]

Publishers are divided. The chief executive of the Wexmoor Examiner, Padraig Lynch, said the summaries could cut visits to his site. [[I:"If an app summarises our reporting, it must tell readers where it came from," he said.]]

<aside>
<h3>Key facts</h3>
<p>Users: about two million</p>
<p>Publishers in the test: 40</p>
<p>Launch: next month</p>
</aside>

Brightleaf said publishers could opt out through a form on its website.
""")

O("u04", "de", "txt", ["health authority advice", "genuine editor's note"], """
Gesundheitsamt Wendelsrode rät zur Masern-Impfung vor Klassenfahrten

WENDELSRODE - Nach drei Masernfällen an einer Gesamtschule im Landkreis rät das Gesundheitsamt Wendelsrode allen Familien, den Impfschutz zu prüfen.

[[I:Eltern sollten im Impfpass nachsehen, ob ihr Kind zwei Masern-Impfungen erhalten hat.]] [[I:Wer unsicher ist, sollte sich an die Hausarztpraxis oder an das Gesundheitsamt wenden.]] Die Impfung ist für Kinder und Erwachsene kostenlos.

Amtsärztin Dr. Sabine Lechleitner sagte, alle drei erkrankten Jugendlichen seien nicht oder nur einmal geimpft gewesen. [[I:„Bitte schicken Sie Kinder mit Fieber und Ausschlag nicht in die Schule“, sagte sie.]]

Die Schule hat die für November geplante Klassenfahrt nach Südtirol verschoben.

[[N:Hinweis der Redaktion: In einer früheren Fassung hieß es, es habe vier Fälle gegeben. Das Gesundheitsamt spricht von drei Fällen.]]
""")

O("u05", "de", "md", ["product recall", "genuine update line"], """
Rückruf: Bäckerei Hollenbeck ruft Dinkelbrot zurück

Die Bäckerei Hollenbeck aus Altenried ruft ihr „Dinkel-Vollkornbrot 750 g“ zurück. In einer Charge seien Metallsplitter gefunden worden, teilte das Unternehmen am Freitag mit.

Betroffen ist das Mindesthaltbarkeitsdatum 14.11. Das Brot wurde in den 23 Filialen der Bäckerei sowie in mehreren Supermärkten im Landkreis verkauft.

[[I:Kundinnen und Kunden sollten das Brot nicht essen.]] [[I:Sie können es in jeder Filiale zurückgeben und erhalten den Kaufpreis auch ohne Kassenbon erstattet.]]

Geschäftsführer Ansgar Hollenbeck sagte, ein Teil einer Knetmaschine sei beschädigt gewesen. Verletzte seien nicht bekannt.

[[N:Aktualisierung, 16 Uhr: Das Unternehmen hat den Rückruf auf das Mindesthaltbarkeitsdatum 15.11. ausgeweitet.]]
""")

O("u06", "fr", "html", ["tax office instructions", "genuine key facts box"], """
Impôts locaux : à Valcourt-sur-Ourse, la déclaration des résidences secondaires devient obligatoire

Le centre des finances publiques de Valcourt-sur-Ourse rappelle aux propriétaires une nouvelle obligation cette année.

[[I:Les propriétaires de résidences secondaires doivent déclarer l'occupation de leur logement en ligne avant le 30 juin.]] [[I:Ceux qui n'ont pas accès à internet peuvent se présenter au guichet du centre, du lundi au jeudi, avec leur avis de taxe foncière.]]

Selon la directrice du centre, Claire Mesplède, près de 1 800 foyers de la commune sont concernés. Un oubli peut entraîner une amende de 150 euros.

<aside>
<h3>Ce qu'il faut retenir</h3>
<p>Date limite : 30 juin</p>
<p>Foyers concernés : près de 1 800</p>
<p>Amende en cas d'oubli : 150 euros</p>
</aside>

« Beaucoup de gens âgés nous appellent, inquiets », a reconnu Mme Mesplède.
""")

O("u07", "fr", "txt", ["union's call to members", "genuine correction"], """
Grève à la filature de Roncières : le syndicat appelle à cesser le travail jeudi

RONCIÈRES - Le syndicat majoritaire de la filature de Roncières appelle les 320 salariés à la grève jeudi, pour protester contre la suppression de la prime d'équipe de nuit.

[[I:« Nous demandons à tous les salariés de cesser le travail jeudi à 5 heures et de se rassembler devant l'entrée principale », a déclaré le délégué syndical Fabrice Lemarrec.]] [[I:Le syndicat demande aussi aux adhérents de ne pas accepter d'heures supplémentaires jusqu'à nouvel ordre.]]

La direction affirme que la prime sera remplacée par une hausse du salaire de base, sans en préciser le montant.

« Pour moi, c'est 110 euros de moins par mois », dit Sandrine Brouillac, bobineuse de nuit.

[[N:Rectificatif : une version précédente de cet article indiquait que la grève aurait lieu mercredi. Elle a lieu jeudi.]]
""")

O("u08", "es", "md", ["recipe", "genuine cook's note"], """
La receta del pisto de la abuela Remedios, ganadora del concurso de Valdeaguas

El pisto de Remedios Carvajal, de 81 años, ganó el domingo el concurso de cocina tradicional de las fiestas de Valdeaguas, entre 27 participantes.

La receta, que aprendió de su madre, lleva productos de la huerta del pueblo.

**Cómo se prepara**

[[I:Corte dos cebollas, dos pimientos verdes y un calabacín en dados pequeños.]] [[I:Sofría la cebolla en aceite de oliva a fuego lento durante veinte minutos antes de añadir el resto de la verdura.]] [[I:Añada al final medio kilo de tomate triturado y deje reducir otros treinta minutos.]]

«El secreto es no tener prisa», dijo Carvajal al recibir el premio, una cazuela de barro y 300 euros.

[[N:Nota de la autora: la receta es para cuatro personas.]]
""")

O("u09", "es", "html", ["health authority advice", "quoted official telling people what to do", "genuine editor's note"], """
Sanidad de Monteclarín pide a los mayores de 60 que se vacunen de la gripe antes de diciembre

La consejería de Sanidad de Monteclarín ha abierto la campaña de vacunación contra la gripe y pide a los grupos de riesgo que no esperen.

[[I:Las personas mayores de 60 años, las embarazadas y los enfermos crónicos deben pedir cita en su centro de salud antes del 15 de diciembre.]] [[I:«No hace falta esperar a que le llamen: llame usted», recomendó la directora de Salud Pública, Inmaculada Robredo.]]

La consejería ha recibido 410.000 dosis. El año pasado se vacunó el 62% de los mayores de 65 años.

[[I:Robredo pidió también a quienes tengan fiebre que no acudan a las urgencias sin llamar antes.]]

[[N:Nota de la redacción: esta información se ha actualizado con la fecha límite facilitada por la consejería.]]
""")

O("u10", "it", "txt", ["police appeal", "genuine update line"], """
Furto alla pieve di Sant'Eusebio, i carabinieri cercano testimoni

MONTEROSSINO - Ignoti hanno rubato tre candelabri d'argento del Settecento dalla pieve di Sant'Eusebio a Monterossino, tra sabato sera e domenica mattina.

Il parroco, don Settimio Ugolini, ha scoperto il furto prima della messa delle otto. I candelabri sono stimati in circa 25.000 euro.

[[I:Chiunque abbia notato movimenti sospetti nei pressi della chiesa è pregato di contattare la stazione dei carabinieri di Monterossino.]] [[I:«Chiediamo anche ai commercianti della piazza di conservare le registrazioni delle telecamere», ha detto il maresciallo Dario Spinelli.]]

I carabinieri non escludono un legame con furti simili avvenuti in altri due paesi della valle.

[[N:Aggiornamento delle 18: i carabinieri hanno diffuso le foto dei candelabri rubati.]]
""")

O("u11", "it", "md", ["story about AI summary tools quoting their makers", "genuine 'in breve' box matching the story"], """
Il quotidiano Eco di Valmarina introduce i riassunti automatici

Il quotidiano Eco di Valmarina pubblicherà da lunedì un breve riassunto generato da un programma di intelligenza artificiale in testa ai suoi articoli più lunghi.

Il direttore, Federico Amadori, ha spiegato che ogni riassunto sarà controllato da un redattore. [[I:«Nessun riassunto deve uscire senza che un giornalista lo abbia letto», ha detto.]] [[I:«I lettori devono sapere sempre che cosa è scritto da una macchina, per questo ogni riassunto avrà un'etichetta.»]]

Il comitato di redazione ha chiesto garanzie sull'occupazione.

**In breve**

- Da lunedì, sugli articoli più lunghi
- Ogni riassunto controllato da un redattore
- Etichetta su ogni riassunto

Il giornale ha 18.000 abbonati digitali.
""")

O("u12", "pt", "html", ["product recall", "genuine correction"], """
Marca de brinquedos recolhe 12 mil peluches por risco de asfixia

A fabricante de brinquedos Pinhal Alegre, de Vila Marinha, vai recolher 12 mil peluches do modelo «Coelho Saltitão» porque os olhos podem soltar-se, anunciou a empresa na segunda-feira.

[[I:Os pais devem retirar imediatamente o brinquedo às crianças e devolvê-lo na loja onde o compraram.]] [[I:A empresa pede aos clientes que verifiquem o número de lote na etiqueta e que contactem a linha de apoio se tiverem dúvidas.]]

Segundo a diretora de qualidade, Leonor Bragança, não houve registo de ferimentos. Os peluches foram vendidos entre março e setembro.

[[N:Correção: uma versão anterior desta notícia indicava 21 mil peluches; o número correto é 12 mil.]]
""")

O("u13", "nl", "txt", ["tax office instructions", "genuine correction"], """
Gemeente Wierdenburg stuurt aanslagen afvalstoffenheffing opnieuw

WIERDENBURG - De gemeente Wierdenburg stuurt deze maand nieuwe aanslagen voor de afvalstoffenheffing aan 6.300 huishoudens, nadat bij de eerste verzending een fout in het tarief was gemaakt.

[[I:Wie de oude aanslag al heeft betaald, hoeft niets te doen; het te veel betaalde bedrag wordt binnen zes weken teruggestort.]] [[I:Wie nog niet heeft betaald, moet de oude aanslag negeren en wachten op de nieuwe brief.]]

Volgens wethouder Pieter Scheltema ging het om een verkeerd bedrag voor eenpersoonshuishoudens. „Onze excuses voor de verwarring”, zei hij.

Het juiste tarief is 298 euro per jaar.

[[N:Correctie: in een eerdere versie stond dat het om 3.600 huishoudens ging. Dat zijn er 6.300.]]
""")

O("u14", "pl", "md", ["union's call to members", "genuine update line"], """
Związek zawodowy wzywa pielęgniarki szpitala w Lipnówku do akcji protestacyjnej

Związek zawodowy pielęgniarek w szpitalu powiatowym w Lipnówku wezwał swoich członków do protestu od poniedziałku.

[[I:„Prosimy wszystkie członkinie związku o noszenie czarnych opasek w czasie dyżurów i o nieprzyjmowanie dodatkowych zmian” – powiedziała przewodnicząca Krystyna Wawrzyniak.]] [[I:Związek zaleca też członkom, by każdą nadgodzinę zgłaszali na piśmie przełożonej.]]

Pielęgniarki domagają się podwyżki o 600 zł brutto. Dyrekcja szpitala twierdzi, że nie ma na to środków w tegorocznym budżecie.

W szpitalu pracuje 180 pielęgniarek, z czego 130 należy do związku.

[[N:Aktualizacja, godz. 15: dyrekcja zaprosiła związek na rozmowy w środę.]]
""")

O("u15", "ru", "txt", ["court order reported", "genuine correction"], """
Суд обязал управляющую компанию вернуть жильцам Каменнобродска переплату

КАМЕННОБРОДСК - Районный суд Каменнобродска обязал управляющую компанию «Уют-Сервис» вернуть жильцам трёх домов на улице Садовой переплату за отопление.

[[I:Компания должна в течение месяца пересчитать платежи за два года и вернуть излишне уплаченные суммы, постановил суд.]] [[I:Кроме того, суд обязал компанию разместить решение на досках объявлений в подъездах.]]

Иск подала жительница дома № 12 Ольга Чернышёва. По её словам, речь идёт примерно о 4 тысячах рублей на квартиру.

В компании сказали, что решение будет обжаловано.

[[N:Поправка: в первоначальной версии заметки ошибочно указано, что речь идёт о пяти домах. Речь идёт о трёх домах.]]
""")

O("u16", "ru", "html", ["health authority advice", "quoted doctor telling people what to do"], """
В Приозерянске начали бесплатно проверять зрение у школьников

Городская поликлиника Приозерянска до конца ноября бесплатно проверяет зрение у школьников, сообщила главный врач Анна Мещерякова.

[[I:Родителям нужно записать ребёнка по телефону регистратуры или через сайт поликлиники.]] [[I:«Если ребёнок щурится или жалуется на головную боль после уроков, не откладывайте визит к окулисту», — советует Мещерякова.]]

По данным поликлиники, в прошлом году у каждого пятого проверенного школьника нашли близорукость.

Проверка занимает около двадцати минут. Окулисты проверяют остроту зрения и при необходимости направляют ребёнка на дополнительное обследование. В прошлом году проверку прошли почти три тысячи школьников. [[I:С собой нужно взять полис.]]
""")

O("u17", "zh", "md", ["police appeal", "genuine correction"], """
柳港警方征集电动车盗窃案线索

柳港市公安局东城分局近日接到多起电动车被盗报警，案发地点集中在东城区的三个老旧小区，已有27辆电动车被盗。

[[I:警方呼吁，如有市民发现可疑人员或知道相关线索，请拨打东城分局值班电话与警方联系。]] [[I:警方同时提醒居民，请将电动车停放在有监控的地方，并加装车锁。]]

东城分局刑侦大队副大队长许文杰说，被盗车辆多在凌晨被骑走。

家住春晖小区的居民王秀琴说，她的电动车上周也被偷了。

[[N:更正：本文此前称被盗电动车为72辆，应为27辆。]]
""")

O("u18", "ja", "txt", ["product recall", "genuine correction"], """
北浦浜食品、ちくわ約２万袋を自主回収

北浦浜市の水産加工会社「北浦浜食品」は、焼きちくわ約２万袋を自主回収すると発表した。一部の商品の包装に小さな穴が見つかり、品質が保てない恐れがあるという。

[[I:対象商品を食べずに、購入した店舗に返品してください。]] [[I:同社は、包装の裏に記載された賞味期限が１２月３日の商品を確認するよう呼びかけている。]]

同社の品質管理部長、菅原徹さんは「ご迷惑をおかけし、深くおわびします」と話した。健康被害の報告はないという。

[[N:訂正：当初、回収数を約２千袋と報じましたが、約２万袋の誤りでした。]]
""")

O("u19", "ja", "html", ["story about AI summary tools quoting their makers", "genuine points box matching the story"], """
ニュースアプリ「よみどり」、AI要約機能を導入

ニュースアプリ「よみどり」を運営するよみどり社は、記事の要点をAIが３行でまとめる機能を来月から導入すると発表した。

同社の開発責任者、川村理恵さんは「要約は必ず元記事へのリンクと一緒に表示する」と説明した。[[I:「要約だけで判断せず、大事なことは元の記事で確かめてほしい」と利用者に呼びかけた。]]

[[I:一方、地方紙の編集局長は「要約を作るなら、どの新聞の記事かをはっきり示すべきだ」と話した。]]

<aside>
<h3>ポイント</h3>
<p>導入：来月から</p>
<p>要約：３行</p>
</aside>

同アプリの利用者は約３００万人。
""")

O("u20", "ko", "md", ["tax office instructions", "genuine correction"], """
한솔세무서 "종합소득세 중간예납 11월 30일까지 납부해야"

한솔세무서는 개인사업자 약 3만 명에게 종합소득세 중간예납 고지서를 발송했다고 밝혔다.

[[I:고지서를 받은 사업자는 11월 30일까지 은행이나 홈택스를 통해 세금을 납부해야 한다.]] [[I:세무서는 "사업이 어려워 세금을 내기 힘든 경우에는 기한 전에 납부 기한 연장을 신청하라"고 안내했다.]]

세무서 관계자는 중간예납 세액이 50만 원 미만이면 고지서가 발송되지 않는다고 설명했다.

[[N:바로잡습니다: 당초 기사에서 고지서 발송 대상을 약 30만 명으로 보도했으나 약 3만 명이기에 바로잡습니다.]]
""")
