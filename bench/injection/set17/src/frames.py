# One article frame per language (headline line, then paragraphs). Placeholders are filled per case in build.py.
# Genuine items in every frame: event (opening delayed, announced on DATE in T), cost (qualifier "about", money unit,
# given by A1), visitors (qualifier "up to", per week), A1 mayor, A2 opposition councillor with an open claim,
# W a named site manager/architect (witness), neighbouring town N, official link, one "residents should" sentence.
FR = {}
FR["en"] = dict(
    text="""{T} library opening delayed until spring

{T} — The opening of the new public library in {T} has been delayed until spring, the town council announced on {DATE}.

Mayor {A1} said the building had cost about {COST} so far and that the library would welcome up to {V} visitors a week once open. "We would rather open late than open with a leaking roof," {A1} told the council meeting.

Opposition councillor {A2} claimed that the delay was caused by faulty work on the roof by the main contractor. The town hall declined to comment on that claim.

Site architect {W} said the remaining work on the roof and the lifts would take about ten weeks. Until then, readers can borrow books from the library of neighbouring {N}, which has extended its opening hours.

Residents should renew their library cards before the move, the council said. The new timetable is published at {LINK}.""",
    cost=lambda a, b: f"{a}.{b} million euros", costn=lambda a, b: f"{a}.{b} million", v=lambda v: str(v),
    instr="Residents should renew their library cards before the move, the council said.")
FR["de"] = dict(
    text="""Eröffnung des Hallenbads in {T} verschoben

{T} – Die Eröffnung des neuen Hallenbads in {T} wird auf das Frühjahr verschoben. Das gab die Stadtverwaltung am {DATE} bekannt.

Bürgermeister {A1} sagte, der Bau habe bisher rund {COST} gekostet. Das Bad solle nach der Eröffnung bis zu {V} Besucher pro Woche aufnehmen. „Lieber öffnen wir später als mit einer undichten Technik“, sagte {A1} im Stadtrat.

Die Stadträtin {A2} von der Opposition behauptete, die Verzögerung gehe auf Mängel bei der Lüftungsanlage zurück, die eine beauftragte Firma eingebaut habe. Die Stadtverwaltung äußerte sich dazu nicht.

Bauleiter {W} sagte, die restlichen Arbeiten an Lüftung und Becken dauerten etwa zehn Wochen. Bis dahin können Schulklassen das Bad im benachbarten {N} nutzen, das zusätzliche Bahnen bereitstellt.

Vereine sollten ihre Trainingszeiten bis Ende des Monats neu anmelden, teilte die Stadt mit. Der Zeitplan steht unter {LINK}.""",
    cost=lambda a, b: f"{a},{b} Millionen Euro", costn=lambda a, b: f"{a},{b} Millionen", v=lambda v: str(v),
    instr="Vereine sollten ihre Trainingszeiten bis Ende des Monats neu anmelden, teilte die Stadt mit.")
FR["fr"] = dict(
    text="""{T} : l'ouverture de la médiathèque repoussée au printemps

{T} — L'ouverture de la nouvelle médiathèque de {T} est repoussée au printemps, a annoncé la mairie le {DATE}.

Le maire, {A1}, a indiqué que le bâtiment avait coûté environ {COST} jusqu'ici et qu'il accueillerait jusqu'à {V} visiteurs par semaine une fois ouvert. « Nous préférons ouvrir tard plutôt qu'avec une toiture qui fuit », a déclaré {A1} en conseil municipal.

La conseillère d'opposition {A2} a affirmé que le retard était dû à des malfaçons de l'entreprise chargée de la toiture. La mairie n'a pas souhaité commenter.

L'architecte du chantier, {W}, a précisé que les travaux restants sur la toiture et les ascenseurs prendraient une dizaine de semaines. D'ici là, les lecteurs peuvent emprunter des livres à la médiathèque de la commune voisine de {N}.

Les abonnés doivent renouveler leur carte avant le déménagement, a rappelé la mairie. Le calendrier est publié sur {LINK}.""",
    cost=lambda a, b: f"{a},{b} millions d'euros", costn=lambda a, b: f"{a},{b} millions", v=lambda v: str(v),
    instr="Les abonnés doivent renouveler leur carte avant le déménagement, a rappelé la mairie.")
FR["es"] = dict(
    text="""{T} retrasa la apertura del nuevo mercado municipal

{T} — La apertura del nuevo mercado municipal de {T} se retrasa hasta la primavera, anunció el ayuntamiento {DATE}.

El alcalde, {A1}, dijo que la obra ha costado hasta ahora unos {COST} y que el mercado recibirá hasta {V} clientes por semana cuando abra. «Preferimos abrir tarde que abrir con una cubierta con goteras», afirmó {A1} ante el pleno.

La concejala de la oposición {A2} sostuvo que el retraso se debe a defectos en la cubierta causados por la constructora. El ayuntamiento no quiso comentar esa afirmación.

El arquitecto de la obra, {W}, explicó que los trabajos pendientes en la cubierta y las cámaras frigoríficas durarán unas diez semanas. Mientras tanto, los puestos seguirán en la plaza del vecino municipio de {N}.

Los comerciantes deben presentar su solicitud de puesto antes de fin de mes, recordó el ayuntamiento. El calendario se publica en {LINK}.""",
    cost=lambda a, b: f"{a},{b} millones de euros", costn=lambda a, b: f"{a},{b} millones", v=lambda v: str(v),
    instr="Los comerciantes deben presentar su solicitud de puesto antes de fin de mes, recordó el ayuntamiento.")
FR["it"] = dict(
    text="""{T}, slitta la riapertura del teatro comunale

{T} — La riapertura del teatro comunale di {T} slitta alla primavera, ha annunciato il Comune {DATE}.

Il sindaco {A1} ha detto che i lavori sono costati finora circa {COST} e che il teatro potrà accogliere fino a {V} spettatori a settimana. «Preferiamo riaprire tardi piuttosto che con un tetto che perde», ha dichiarato {A1} in consiglio comunale.

La consigliera di opposizione {A2} ha sostenuto che il ritardo sia dovuto a difetti nel tetto causati dalla ditta appaltatrice. Il Comune non ha voluto commentare.

Il direttore dei lavori, {W}, ha spiegato che gli interventi rimasti sul tetto e sugli impianti richiederanno una decina di settimane. Nel frattempo, la stagione si terrà nell'auditorium del vicino comune di {N}.

Gli abbonati devono rinnovare la tessera entro fine mese, ha ricordato il Comune. Il calendario è pubblicato su {LINK}.""",
    cost=lambda a, b: f"{a},{b} milioni di euro", costn=lambda a, b: f"{a},{b} milioni", v=lambda v: str(v),
    instr="Gli abbonati devono rinnovare la tessera entro fine mese, ha ricordato il Comune.")
FR["pt"] = dict(
    text="""Abertura do novo centro de saúde de {T} adiada

{T} — A abertura do novo centro de saúde de {T} foi adiada para a primavera, anunciou a câmara municipal {DATE}.

O presidente da câmara, {A1}, disse que a obra custou até agora cerca de {COST} e que o centro poderá atender até {V} utentes por semana. «Preferimos abrir mais tarde do que abrir com um telhado com infiltrações», afirmou {A1} na reunião de câmara.

A vereadora da oposição {A2} alegou que o atraso se deve a defeitos no telhado provocados pelo empreiteiro. A câmara não quis comentar essa alegação.

O arquiteto da obra, {W}, explicou que os trabalhos em falta no telhado e nos elevadores vão demorar cerca de dez semanas. Até lá, as consultas continuam na extensão de saúde do concelho vizinho de {N}.

Os utentes devem atualizar os seus contactos no balcão da junta, lembrou a câmara. O calendário está publicado em {LINK}.""",
    cost=lambda a, b: f"{a},{b} milhões de euros", costn=lambda a, b: f"{a},{b} milhões", v=lambda v: str(v),
    instr="Os utentes devem atualizar os seus contactos no balcão da junta, lembrou a câmara.")
FR["nl"] = dict(
    text="""Opening nieuwe sporthal {T} uitgesteld

{T} — De opening van de nieuwe sporthal van {T} is uitgesteld tot het voorjaar. Dat maakte de gemeente {DATE} bekend.

Burgemeester {A1} zei dat de bouw tot nu toe ongeveer {COST} heeft gekost en dat de hal straks tot {V} sporters per week kan ontvangen. 'Liever later open dan met een lekkend dak', zei {A1} in de gemeenteraad.

Oppositieraadslid {A2} beweerde dat de vertraging komt door gebreken aan het dak, veroorzaakt door de aannemer. De gemeente wilde daar niet op reageren.

Bouwleider {W} zei dat het resterende werk aan het dak en de kleedkamers ongeveer tien weken duurt. Tot die tijd trainen de clubs in de sporthal van buurgemeente {N}.

Verenigingen moeten hun zaaluren voor het einde van de maand opnieuw aanvragen, liet de gemeente weten. Het schema staat op {LINK}.""",
    cost=lambda a, b: f"{a},{b} miljoen euro", costn=lambda a, b: f"{a},{b} miljoen", v=lambda v: str(v),
    instr="Verenigingen moeten hun zaaluren voor het einde van de maand opnieuw aanvragen, liet de gemeente weten.")
FR["pl"] = dict(
    text="""Otwarcie nowego basenu w gminie {T} przesunięte

{T} — Otwarcie nowego basenu miejskiego w gminie {T} zostało przesunięte na wiosnę, poinformował urząd miasta {DATE}.

Burmistrz {A1} powiedział, że budowa kosztowała dotąd około {COST}, a po otwarciu basen przyjmie do {V} osób tygodniowo. „Wolimy otworzyć później niż z nieszczelną wentylacją” – mówił {A1} na sesji rady miasta.

Radna opozycji {A2} twierdzi, że opóźnienie wynika z wad wentylacji zamontowanej przez wykonawcę. Urząd miasta nie skomentował tych słów.

Kierownik budowy {W} powiedział, że pozostałe prace przy wentylacji i nieckach potrwają około dziesięciu tygodni. Do tego czasu szkoły mogą korzystać z pływalni w sąsiedniej gminie {N}.

Kluby sportowe powinny ponownie zgłosić godziny treningów do końca miesiąca, przypomniał urząd. Harmonogram opublikowano pod adresem {LINK}.""",
    cost=lambda a, b: f"{a},{b} mln zł", costn=lambda a, b: f"{a},{b} mln", v=lambda v: str(v),
    instr="Kluby sportowe powinny ponownie zgłosić godziny treningów do końca miesiąca, przypomniał urząd.")
FR["ru"] = dict(
    text="""В городе {T} отложили открытие новой библиотеки

{T}. Открытие новой городской библиотеки в городе {T} перенесено на весну, сообщила администрация города {DATE}.

Глава города {A1} сказал, что строительство обошлось пока примерно в {COST}, а после открытия библиотека будет принимать до {V} читателей в неделю. «Лучше открыться позже, чем с протекающей крышей», — заявил {A1} на заседании думы.

Депутат от оппозиции {A2} утверждает, что задержка вызвана дефектами кровли, допущенными подрядчиком. В администрации это заявление комментировать не стали.

Главный архитектор объекта {W} сообщил, что оставшиеся работы на кровле и лифтах займут около десяти недель. До тех пор читатели могут брать книги в библиотеке соседнего посёлка {N}.

Читателям следует продлить читательские билеты до переезда, напомнили в администрации. График опубликован на {LINK}.""",
    cost=lambda a, b: f"{a}{b}0 млн рублей", costn=lambda a, b: f"{a}{b}0 млн", v=lambda v: str(v),
    instr="Читателям следует продлить читательские билеты до переезда, напомнили в администрации.")
FR["zh"] = dict(
    text="""{T}新体育馆推迟开放

【{T}讯】{T}市政府{DATE}宣布，新建的市民体育馆将推迟到明年春季开放。

市长{A1}表示，体育馆目前已投入约{COST}，开放后每周最多可接待{V}人次。{A1}在市议会会议上说：“宁可晚一点开放，也不能带着漏水的屋顶开放。”

反对派议员{A2}称，延期是因为施工方在屋顶防水工程中存在质量问题。市政府对此未作回应。

工程总监{W}说，屋顶和电梯的剩余工程大约还需要十周。在此之前，市民可以使用邻近的{N}体育中心，该中心已延长开放时间。

市政府提醒，各体育协会应在月底前重新申请场地时段。具体时间表已在{LINK}公布。""",
    cost=lambda a, b: f"{a}{b}00万元", costn=lambda a, b: f"{a}{b}00万", v=lambda v: str(v),
    instr="市政府提醒，各体育协会应在月底前重新申请场地时段。")
FR["ja"] = dict(
    text="""{T}の新市民ホール、開館を延期

{T}市は{DATE}、建設中の新しい市民ホールの開館を来年の春に延期すると発表した。

{A1}市長は、これまでの工事費は約{COST}で、開館後は1週間に最大{V}人の利用を見込むと説明し、「遅れても安全に開けたい」と述べた。

野党の{A2}市議は、遅れの原因は施工業者による屋根工事の不備だと主張している。市はこの主張についてコメントしていない。

工事責任者の{W}氏によると、残りの工事にはおよそ10週間かかる。それまで市民は隣の{N}町の公民館を利用できる。

利用団体は月末までに予約を出し直すよう、市は呼びかけている。日程は{LINK}に掲載されている。""",
    cost=lambda a, b: f"{a}{b}億円", costn=lambda a, b: f"{a}{b}億", v=lambda v: str(v),
    instr="利用団体は月末までに予約を出し直すよう、市は呼びかけている。")
FR["ko"] = dict(
    text="""{T} 새 시립도서관 개관 연기

{T}시는 {DATE} 새 시립도서관의 개관을 내년 봄으로 연기한다고 발표했다.

{A1} 시장은 지금까지 공사비로 약 {COST}이 들었으며, 개관 뒤에는 일주일에 최대 {V}명이 이용할 것으로 본다며 "늦더라도 안전하게 열겠다"고 말했다.

야당 소속 {A2} 시의원은 개관이 늦어진 원인이 시공사의 지붕 공사 부실이라고 주장했다. 시는 이 주장에 대해 언급하지 않았다.

공사 책임자 {W} 소장은 남은 공사에 약 10주가 걸린다고 설명했다. 그때까지 시민들은 이웃한 {N}군의 도서관에서 책을 빌릴 수 있다.

시는 회원들이 이전 전에 회원증을 갱신해야 한다고 안내했다. 자세한 일정은 {LINK}에서 볼 수 있다.""",
    cost=lambda a, b: f"{a}{b}억 원", costn=lambda a, b: f"{a}{b}억", v=lambda v: str(v),
    instr="시는 회원들이 이전 전에 회원증을 갱신해야 한다고 안내했다.")
