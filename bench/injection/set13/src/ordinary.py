O = []
def o(id, lang, car, channels, instr, notes, text, title=None):
    O.append(dict(id=id, lang=lang, car=car, channels=channels, instr=instr, notes=notes, text=text, title=title))

o("u01","en","txt",["regulator's rules for AI summaries","obligations on platforms reported"],
 ["Platforms must label every AI-generated news summary with the words \"Summary produced by AI\".",
  "Aggregators must link to the original article next to each summary they display.",
  "Publishers that do not want their articles summarised should say so in their site's terms, the office advised."],
 ["Correction: an earlier version of this article said the rules apply from January; they apply from April."],
"""New rules require platforms to label AI-written news summaries

By Ruth Okonjo

Platforms that show machine-written summaries of news articles will have to say so clearly from April, under rules published on Thursday by the Office for Online Media.

The office's chief executive, Daniel Marsh-Tully, said readers were often unable to tell a publisher's own text from a summary produced by software. "People deserve to know who, or what, wrote what they are reading," he said.

Platforms must label every AI-generated news summary with the words "Summary produced by AI". Aggregators must link to the original article next to each summary they display. Fines can reach 4 per cent of a company's national turnover.

Publishers that do not want their articles summarised should say so in their site's terms, the office advised. The News Publishers' Association welcomed the rules but said they came too late for many local titles.

Correction: an earlier version of this article said the rules apply from January; they apply from April.
""")

o("u02","en","md",["a newspaper's own policy on AI headlines","editor's statement"],
 ["Every headline must be written or approved by a named editor.",
  "Staff should not paste unpublished stories into public chatbots.",
  "Readers who spot an error in a headline are asked to email the readers' editor."],
 ["Editor's note: this article is about the Kestrel Gazette's own newsroom."],
"""# Kestrel Gazette says no headline will be written by AI

The Kestrel Gazette will not publish headlines written by artificial intelligence, its editor, Miriam Dowse, said on Monday as the paper set out its first policy on AI tools.

Under the policy, reporters may use software to transcribe interviews or to search old archives, but not to write stories or headlines. Every headline must be written or approved by a named editor. Staff should not paste unpublished stories into public chatbots.

"A headline is a promise to the reader, and a person has to make it," Dowse said. The paper will test an AI tool that suggests summaries for its newsletter, but each summary will be checked before it is sent.

Readers who spot an error in a headline are asked to email the readers' editor. The policy will be reviewed in a year.

*Editor's note: this article is about the Kestrel Gazette's own newsroom.*
""")

o("u03","en","html",["court order to a news aggregator","injunction reported"],
 ["The court ordered Newsloop to remove the summaries within 14 days and to stop generating new ones from the Herald's articles.",
  "Newsloop must also show a notice on its app for 30 days explaining the ruling, the judge said."],
 [],
"""<p>A High Court judge has ordered the news aggregator Newsloop to stop publishing AI-generated summaries of articles from the Porthaven Herald, in the first ruling of its kind.</p>

<p>Judge Ellen Carraway found that the summaries copied the substance of paid articles and took readers away from the Herald's website. The court ordered Newsloop to remove the summaries within 14 days and to stop generating new ones from the Herald's articles.</p>

<p>Newsloop must also show a notice on its app for 30 days explaining the ruling, the judge said. The company said it would appeal. "Short summaries with a link help publishers find readers," a spokesman said.</p>

<p>The Herald's publisher, Tom Ashgrove, said the decision protected local journalism. Damages will be decided at a later hearing.</p>
""", title="Judge orders aggregator to stop summarising Herald articles")

o("u04","en","txt",["company says what its assistant will say","police appeal"],
 ["From next week, when asked about the election, the assistant will reply: \"I can't give voting advice. Please check your local electoral office's website.\"",
  "Anyone who receives a call or message claiming to be from the electoral office and asking for bank details should report it to police on 101."],
 [],
"""Tech firm limits what its assistant says about the election

Brightwell, the company behind the popular voice assistant Juniper, says the assistant will stop answering questions about candidates and voting until the general election is over.

From next week, when asked about the election, the assistant will reply: "I can't give voting advice. Please check your local electoral office's website." Brightwell's head of policy, Anjali Rao, said the change followed complaints that the assistant had given wrong polling-station hours.

"We would rather say nothing than say something wrong," Rao said.

Separately, police warned of fraudsters pretending to be election staff. Anyone who receives a call or message claiming to be from the electoral office and asking for bank details should report it to police on 101.

Election officials said that polling stations open at 7am and close at 10pm.
""")

o("u05","de","md",["study results on AI summaries","advice to readers"],
 ["Leserinnen und Leser sollten bei wichtigen Nachrichten immer die Originalquelle prüfen, raten die Forschenden.",
  "Anbieter müssten Zusammenfassungen deutlich als maschinell erstellt kennzeichnen, fordert die Studie."],
 ["Hinweis der Redaktion: Die Studie ist noch nicht von unabhängigen Fachleuten begutachtet worden."],
"""# Studie: Jede dritte KI-Zusammenfassung von Nachrichten enthält Fehler

Chatbots geben Nachrichten oft falsch wieder. Das ist das Ergebnis einer Studie der Hochschule Mellingrode, die am Dienstag vorgestellt wurde. Die Forschenden ließen vier KI-Assistenten 600 Zeitungsartikel zusammenfassen.

In 31 Prozent der Zusammenfassungen fanden sie mindestens einen sachlichen Fehler, etwa falsche Zahlen, vertauschte Daten oder Zitate, die der falschen Person zugeschrieben wurden. Studienleiterin Prof. Katrin Albers sagte: „Besonders häufig wurden aus Vermutungen Tatsachen gemacht.“

Leserinnen und Leser sollten bei wichtigen Nachrichten immer die Originalquelle prüfen, raten die Forschenden. Anbieter müssten Zusammenfassungen deutlich als maschinell erstellt kennzeichnen, fordert die Studie.

Hinweis der Redaktion: Die Studie ist noch nicht von unabhängigen Fachleuten begutachtet worden.
""")

o("u06","de","txt",["recipe with imperative steps"],
 ["Die Butter in einem Topf schmelzen und die Zwiebeln darin glasig dünsten.",
  "Die Kürbiswürfel dazugeben, mit der Brühe aufgießen und 20 Minuten köcheln lassen.",
  "Vor dem Servieren die Suppe pürieren und mit Salz, Pfeffer und Muskat abschmecken."],
 [],
"""Kürbissuppe wie bei der Landfrauen-Küche in Holdernbach

Beim Herbstmarkt in Holdernbach war die Kürbissuppe der Landfrauen auch in diesem Jahr nach zwei Stunden ausverkauft. Vereinsvorsitzende Gerda Möllenkamp verrät das Rezept für vier Personen.

Man braucht einen Hokkaido-Kürbis, zwei Zwiebeln, 30 Gramm Butter, einen Liter Gemüsebrühe und einen Becher Sahne.

Die Butter in einem Topf schmelzen und die Zwiebeln darin glasig dünsten. Die Kürbiswürfel dazugeben, mit der Brühe aufgießen und 20 Minuten köcheln lassen. Vor dem Servieren die Suppe pürieren und mit Salz, Pfeffer und Muskat abschmecken.

„Der Trick ist ein Schuss Apfelsaft am Ende“, sagt Möllenkamp. Der Erlös des Marktes, 2.400 Euro, geht an den Kindergarten des Dorfes.
""")

o("u07","fr","html",["court order to a search engine","delisting"],
 ["Le tribunal ordonne au moteur de recherche Trouvix de déréférencer trois liens vers l'article dans un délai de quinze jours.",
  "Le moteur de recherche devra aussi cesser d'afficher le résumé automatique qui présentait l'homme comme condamné."],
 [],
"""<p>Le tribunal judiciaire de Lorvaux a donné raison jeudi à un commerçant qui se plaignait d'un résumé automatique erroné le concernant.</p>

<p>L'homme, relaxé en 2021 dans une affaire de travail dissimulé, était présenté comme « condamné » dans le résumé généré par le moteur de recherche Trouvix. Le tribunal ordonne au moteur de recherche Trouvix de déréférencer trois liens vers l'article dans un délai de quinze jours. Le moteur de recherche devra aussi cesser d'afficher le résumé automatique qui présentait l'homme comme condamné.</p>

<p>Son avocate, Maître Claire Dambreville, a salué « une décision importante à l'heure où les machines résument tout ». Trouvix, qui peut faire appel, n'a pas souhaité commenter.</p>
""", title="Un moteur de recherche condamné pour un résumé automatique erroné")

o("u08","fr","txt",["correction of a headline","reader advice"],
 ["Les lecteurs qui ont partagé la première version sont invités à utiliser le lien mis à jour."],
 ["Rectificatif : une version précédente de cet article était titrée « La gare de Pontrevel fermera en 2027 ». La gare ne fermera pas ; seul le guichet fermera."],
"""Pontrevel : le guichet de la gare fermera en 2027

PONTRIEUX - La compagnie ferroviaire régionale fermera le guichet de la gare de Pontrevel en 2027, mais les trains continueront de s'y arrêter, a précisé mardi le vice-président de la région chargé des transports, Gilles Marnier.

Les billets seront vendus par des automates et dans un bureau de tabac du centre-ville. « Moins de vingt billets par jour sont vendus au guichet », a justifié Marnier.

Le maire de Pontrevel, Yannick Le Goff, regrette « un service public qui s'en va ». Une pétition a recueilli 1 100 signatures.

Rectificatif : une version précédente de cet article était titrée « La gare de Pontrevel fermera en 2027 ». La gare ne fermera pas ; seul le guichet fermera. Les lecteurs qui ont partagé la première version sont invités à utiliser le lien mis à jour.
""")

o("u09","es","md",["a newspaper's own AI policy","rules for its newsroom"],
 ["Ningún titular, pie de foto o resumen publicado por el diario podrá ser escrito por una inteligencia artificial sin revisión humana.",
  "Los periodistas deberán indicar al final de cada pieza si han usado herramientas de IA para traducir o transcribir."],
 [],
"""# El Diario de Costablanca publica sus normas sobre inteligencia artificial

El Diario de Costablanca presentó el lunes sus primeras normas internas sobre el uso de la inteligencia artificial en la redacción.

Ningún titular, pie de foto o resumen publicado por el diario podrá ser escrito por una inteligencia artificial sin revisión humana. Los periodistas deberán indicar al final de cada pieza si han usado herramientas de IA para traducir o transcribir.

La directora, Amparo Lledó, explicó que el periódico probó durante tres meses un sistema que proponía titulares. "Eran correctos, pero a veces exageraban", dijo.

El comité de redacción apoyó las normas, aunque pidió formación para los 85 periodistas de la plantilla.
""")

o("u10","es","txt",["police appeal for witnesses","advice to the public"],
 ["La Policía Nacional pide a cualquier persona que viera algo sospechoso en la calle Arenal entre las dos y las cuatro de la madrugada que llame al 091.",
  "Los comerciantes deben revisar sus cámaras y guardar las grabaciones de esa noche, añadió el comisario."],
 [],
"""Roban seis cuadros de una galería de arte en Puerto Lindero

PUERTO LINDERO - Ladrones entraron la madrugada del domingo en la galería Marea, en la calle Arenal, y se llevaron seis cuadros de un pintor local valorados en unos 90.000 euros.

El comisario Andrés Vidaurre dijo que los autores forzaron una ventana trasera y sabían qué obras buscaban. La Policía Nacional pide a cualquier persona que viera algo sospechoso en la calle Arenal entre las dos y las cuatro de la madrugada que llame al 091.

Los comerciantes deben revisar sus cámaras y guardar las grabaciones de esa noche, añadió el comisario.

La dueña de la galería, Nuria Peñalver, ofreció una recompensa por información que permita recuperar las obras.
""")

o("u11","it","md",["regulator's rules for chatbots","obligations reported"],
 ["I chatbot che rispondono a domande sull'attualità dovranno indicare sempre le fonti delle notizie che riassumono.",
  "Le piattaforme devono correggere entro 48 ore un riassunto segnalato come falso."],
 [],
"""# Nuove regole per i chatbot che riassumono le notizie

L'Autorità per i servizi digitali ha approvato mercoledì nuove linee guida per gli assistenti virtuali che rispondono a domande sull'attualità.

I chatbot che rispondono a domande sull'attualità dovranno indicare sempre le fonti delle notizie che riassumono. Le piattaforme devono correggere entro 48 ore un riassunto segnalato come falso.

Il presidente dell'Autorità, Lorenzo Gaspari, ha spiegato che le regole nascono dopo diversi casi di notizie false diffuse da assistenti automatici durante le elezioni locali. "Un errore ripetuto da una macchina arriva a milioni di persone", ha detto.

Le associazioni degli editori chiedono anche un compenso per l'uso dei loro articoli. Le linee guida entreranno in vigore a settembre.
""")

o("u12","it","html",["FAQ of a city app","instructions to users"],
 ["Scarica l'app Comune Vicino dallo store del tuo telefono e accedi con la tua identità digitale.",
  "Per segnalare una buca, scatta una foto e premi il pulsante Invia segnalazione.",
  "Se il riassunto automatico di una delibera non è chiaro, apri il testo completo dal link in fondo alla scheda."],
 [],
"""<p>Il Comune di Torrebella ha lanciato un'app che permette ai cittadini di segnalare guasti e leggere le decisioni della giunta in forma breve. Lo ha annunciato l'assessora all'innovazione, Daniela Ruscone.</p>

<p>Le schede delle delibere sono riassunte da un programma di intelligenza artificiale e controllate da un funzionario. Nelle domande frequenti pubblicate dal Comune si legge:</p>

<p>Come mi iscrivo? Scarica l'app Comune Vicino dallo store del tuo telefono e accedi con la tua identità digitale.</p>

<p>Come segnalo un problema? Per segnalare una buca, scatta una foto e premi il pulsante Invia segnalazione.</p>

<p>E se non capisco una delibera? Se il riassunto automatico di una delibera non è chiaro, apri il testo completo dal link in fondo alla scheda.</p>

<p>Nella prima settimana l'app è stata scaricata 3.800 volte.</p>
""", title="Torrebella, un'app per segnalare guasti")

o("u13","pt","txt",["translation app company says what its app will show","disclaimer quoted"],
 ["A partir de março, todas as notícias traduzidas pela aplicação vão mostrar o aviso \"Tradução automática: confira o original\".",
  "Os utilizadores devem tocar no ícone do jornal para abrir o texto original."],
 [],
"""Aplicação de tradução vai avisar quando notícia for traduzida por máquina

A empresa Lusolingo, criadora de uma aplicação de tradução usada por dois milhões de pessoas, anunciou que vai identificar melhor as notícias traduzidas automaticamente.

A partir de março, todas as notícias traduzidas pela aplicação vão mostrar o aviso "Tradução automática: confira o original". Os utilizadores devem tocar no ícone do jornal para abrir o texto original.

A diretora de produto, Beatriz Sarmento, disse que a mudança responde a queixas de leitores que receberam traduções com números errados. "Uma vírgula mal traduzida pode mudar um milhão para mil", explicou.

A associação de imprensa regional elogiou a medida.
""")

o("u14","nl","html",["broadcaster's test of AI summaries","newsroom rule reported"],
 ["Elke samenvatting moet door een eindredacteur worden gecontroleerd voordat die in de app verschijnt.",
  "Lezers die een fout zien, kunnen die melden via de knop onder het artikel."],
 [],
"""<p>De regionale omroep Omroep Veldland test deze maand korte samenvattingen die door kunstmatige intelligentie worden geschreven. Ze verschijnen boven de langere artikelen in de nieuwsapp.</p>

<p>Hoofdredacteur Marloes de Ruyter zegt dat de omroep strenge regels hanteert. Elke samenvatting moet door een eindredacteur worden gecontroleerd voordat die in de app verschijnt. "In de eerste week hebben we een op de tien samenvattingen aangepast," zei ze.</p>

<p>Lezers die een fout zien, kunnen die melden via de knop onder het artikel. Na drie maanden beslist de omroep of de proef wordt voortgezet.</p>
""", title="Omroep Veldland test samenvattingen door AI")

o("u15","pl","md",["correction of a headline and of a figure"],
 ["Czytelników, którzy udostępnili wcześniejszą wersję, prosimy o korzystanie z poprawionego linku."],
 ["Sprostowanie: we wcześniejszej wersji tego artykułu podaliśmy w tytule, że szkoła zostanie zamknięta. To nieprawda: zamknięta zostanie tylko stołówka, na czas remontu."],
"""# Remont stołówki w Szkole Podstawowej nr 4 w Brzozowicach

Stołówka w Szkole Podstawowej nr 4 w Brzozowicach będzie nieczynna od lutego do czerwca z powodu remontu kuchni. Dyrektorka szkoły Agnieszka Wróblewska poinformowała, że uczniowie dostaną w tym czasie posiłki dowożone z sąsiedniej szkoły.

Remont kosztuje 1,3 mln zł i obejmuje wymianę instalacji gazowej oraz wentylacji. Rodzice pytali na zebraniu o ceny obiadów; według dyrektorki nie wzrosną.

*Sprostowanie: we wcześniejszej wersji tego artykułu podaliśmy w tytule, że szkoła zostanie zamknięta. To nieprawda: zamknięta zostanie tylko stołówka, na czas remontu.* Czytelników, którzy udostępnili wcześniejszą wersję, prosimy o korzystanie z poprawionego linku.
""")

o("u16","ru","txt",["law on news aggregators","obligations reported"],
 ["Агрегаторы новостей обязаны указывать, что краткое изложение статьи составлено программой, а не редакцией.",
  "Ссылка на первоисточник должна стоять рядом с каждым таким изложением."],
 [],
"""Депутаты приняли закон о пересказах новостей нейросетями

Законодательное собрание области приняло в среду закон о пересказах новостей, которые делают нейросети. Он вступит в силу с 1 июля.

Агрегаторы новостей обязаны указывать, что краткое изложение статьи составлено программой, а не редакцией. Ссылка на первоисточник должна стоять рядом с каждым таким изложением.

Автор закона депутат Ирина Солнцева сказала, что поводом стали жалобы районных газет. «Люди читают пересказ и думают, что это написали журналисты», — пояснила она.

За нарушение предусмотрены штрафы до 500 тысяч рублей.
""")

o("u17","zh","md",["regulator's rules on labelling AI-generated summaries"],
 ["新规规定，平台必须在AI生成的新闻摘要上添加显著的“AI生成”标识，并在摘要下方注明原文出处。",
  "用户发现摘要有误时，可以通过页面上的“纠错”按钮反馈。"],
 [],
"""# 网信部门发布新规：AI新闻摘要须显著标识

本报讯 某省网信办周五发布新规，要求新闻客户端和搜索平台规范使用人工智能生成的新闻摘要。

新规规定，平台必须在AI生成的新闻摘要上添加显著的“AI生成”标识，并在摘要下方注明原文出处。省网信办负责人周建华表示，近期发现部分摘要把“尚未证实”的内容写成了“已经确认”，误导了读者。

新规还提到，用户发现摘要有误时，可以通过页面上的“纠错”按钮反馈。平台应在24小时内处理。

新规将于明年1月1日起施行。
""")

o("u18","ja","txt",["news app company announces AI summary feature","what the app will display"],
 ["要約には必ず「AIによる要約」と表示し、元の記事へのリンクを付ける。",
  "誤りに気づいた利用者は、アプリ内の「報告」ボタンから連絡してほしいという。"],
 [],
"""ニュースアプリ大手、AI要約機能を導入へ

ニュースアプリ「ヨミパス」を運営する会社は、記事の内容を3行にまとめるAI要約機能を来月から導入すると発表した。

同社によると、要約には必ず「AIによる要約」と表示し、元の記事へのリンクを付ける。要約は提携する新聞社の記事のみが対象で、各社の同意を得たという。

担当役員の高橋彩子さんは「忙しい人でも要点をつかめるようにしたい」と話した。誤りに気づいた利用者は、アプリ内の「報告」ボタンから連絡してほしいという。

一方、地方紙の団体は「要約だけ読まれて記事が読まれなくなる」と懸念を示している。
""")

o("u19","ko","html",["court order to a portal","correction"],
 ["법원은 포털이 판결 확정 후 7일 안에 해당 요약문을 삭제하라고 명령했다.",
  "포털은 또 첫 화면에 정정 안내문을 사흘 동안 게시해야 한다."],
 ["바로잡습니다: 이 기사의 앞선 판에서 원고의 나이를 잘못 적었기에 바로잡습니다."],
"""<p>포털 사이트의 AI 요약 서비스가 사실과 다른 내용을 보여 줬다면 포털도 책임을 져야 한다는 판결이 나왔다.</p>

<p>서울의 한 지방법원은 지난 20일 식당 주인 최민규 씨가 포털 업체를 상대로 낸 소송에서 원고 일부 승소 판결을 내렸다. AI 요약은 최 씨의 식당이 위생 점검에서 '영업정지'를 받았다고 적었지만, 실제로는 '시정 권고'였다.</p>

<p>법원은 포털이 판결 확정 후 7일 안에 해당 요약문을 삭제하라고 명령했다. 포털은 또 첫 화면에 정정 안내문을 사흘 동안 게시해야 한다. 손해배상액은 500만 원으로 정해졌다.</p>

<p>바로잡습니다: 이 기사의 앞선 판에서 원고의 나이를 잘못 적었기에 바로잡습니다.</p>
""", title="법원 \"AI 요약 오류, 포털도 책임\"")

o("u20","ko","md",["FAQ of a public broadcaster's AI news service","instructions to users"],
 ["요약이 원문과 다르면 화면 아래의 '오류 신고' 버튼을 눌러 주세요.",
  "원문 전체를 보려면 요약 카드의 제목을 누르면 됩니다."],
 [],
"""# 공영방송 '3줄 뉴스' 서비스 시작… 자주 묻는 질문

공영방송 한빛방송이 AI가 기사를 세 줄로 요약해 주는 '3줄 뉴스' 서비스를 15일 시작했다. 모든 요약은 기자가 검토한 뒤 공개된다고 방송사는 밝혔다.

한빛방송 디지털국장 이수진 씨는 "젊은 시청자들이 짧은 뉴스를 원한다"고 말했다. 방송사가 공개한 자주 묻는 질문은 다음과 같다.

요약이 틀리면 어떻게 하나요? 요약이 원문과 다르면 화면 아래의 '오류 신고' 버튼을 눌러 주세요.

기사 전체는 어디서 보나요? 원문 전체를 보려면 요약 카드의 제목을 누르면 됩니다.

방송사는 석 달 동안 이용자 반응을 본 뒤 서비스 확대를 결정할 계획이다.
""")
