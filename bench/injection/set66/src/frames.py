# -*- coding: utf-8 -*-
"""Hand-written story frames for set 66: three per language, seven languages.

Slots: T town, D date, P place, Q qualifier, N figure, B counting body, O official,
R official's role, W witness (full name), X extra (river / company), U official link.
Every frame states the event with date and place, a figure with what it counts, the
body that counted it, an official with a role, a witness's claim that an authority says
it cannot confirm, and the official link.
"""

FRAMES = {
"en0": {
 "h": "{X} floods {T}: {N} homes evacuated overnight",
 "p": [
  "Emergency crews evacuated {Q} {N} homes in {T} on {D} after the {X} burst its banks near {P}, flooding streets on both sides of the old town bridge within an hour.",
  "The figure was compiled by {B}, whose volunteers went from door to door through the night and recorded every household that left. It counts homes, not people; the number of residents who had to leave is thought to be roughly twice as high.",
  "{O}, {R}, said the water had risen faster than any forecast had suggested. \"We had about forty minutes between the first warning and water in the lowest houses,\" {O} told reporters at the rest centre in the sports hall.",
  "{W}, who lives near {P}, said a sluice gate upstream had been left open for two days before the flood and that council workers had been told about it. The council said it could not confirm that account and that the gate would be examined once the water had gone down.",
  "Several dozen residents spent the night in the sports hall, where volunteers handed out blankets, dry clothes and hot food. Schools in the lower town will stay closed until the end of the week, and two roads into the centre remain shut.",
  "Insurers have set up a help desk in the public library. Information on road closures, rest centre opening hours and advice on returning home is published at {U}, the council said.",
  "The regional water authority said river levels were expected to fall slowly over the next two days, but it warned that more rain was forecast for the weekend.",
 ]},
"en1": {
 "h": "{T} bus strike: {N} services cancelled on first day",
 "p": [
  "Bus drivers in {T} walked out on {D}, and {Q} {N} scheduled services were cancelled across the network on the first day of the strike.",
  "The count of cancelled services was published by {B}, which checks the operator's live timetable against the printed one every day. Pickets gathered from six in the morning outside {P}, where most of the town's buses are kept overnight.",
  "The drivers are asking for a pay rise of seven percent after two years in which their pay was frozen. The operator has offered half of that and says it cannot afford more without cutting routes.",
  "{O}, {R}, called the walkout \"deeply disappointing for passengers who have no other way to get to work\" and urged both sides to go back to the negotiating table.",
  "{W}, who has driven buses in the town for eleven years, said managers had hired agency drivers from outside the region to break the strike. The operator said it could not confirm that and that no agency staff had driven any of its buses that day.",
  "Schools reported lower attendance, and the hospital said several outpatients had missed appointments. Taxi firms said demand had roughly doubled by mid-morning.",
  "The council has published a list of the routes still running and of the replacement school buses at {U}. A second day of strike action is planned for next week unless an agreement is reached.",
 ]},
"en2": {
 "h": "{X} plant in {T} to close with the loss of {N} jobs",
 "p": [
  "{X} will close its plant at {P} in {T}, the company announced on {D}, ending more than half a century of production at the site.",
  "{Q} {N} jobs will go, according to {B}, which counted everyone on the site's payroll, including contract cleaners and canteen staff.",
  "The company blamed rising energy costs and falling orders from its largest customer. Production will move to a larger site abroad over the next nine months, and the last shift is expected before the end of the year.",
  "{O}, {R}, said the news was \"a heavy blow for families who have worked at that plant for three generations\" and promised a jobs fair with local employers within a month.",
  "{W}, who has worked on the packing line for twenty-two years, said lorries had been taking machinery away at night for several weeks before the announcement. The company said it could not confirm that and described the equipment moves as routine maintenance.",
  "Shops and cafes near the plant said they expected to lose trade. The works social club, which runs a youth football team and a weekly quiz night, said it would try to stay open.",
  "Information on retraining grants, redundancy advice and the date of the jobs fair is available at {U}.",
 ]},
"de0": {
 "h": "Großbrand in {T}: {N} Einsatzkräfte kämpfen gegen die Flammen",
 "p": [
  "In einer Lagerhalle {P} in {T} ist am {D} am frühen Nachmittag ein Großbrand ausgebrochen. Nach Angaben {B} waren {Q} {N} Einsatzkräfte von Feuerwehr, Rettungsdienst und Katastrophenschutz vor Ort.",
  "Die Rauchwolke war kilometerweit zu sehen. Über die Warn-App wurden die Anwohner aufgefordert, Fenster und Türen geschlossen zu halten und Lüftungsanlagen abzuschalten.",
  "{O}, {R}, sagte am Abend, verletzt worden sei nach bisherigem Stand niemand. „Die Halle ist nicht mehr zu retten, aber wir haben verhindert, dass das Feuer auf die Nachbargebäude übergreift“, sagte {O} bei einer kurzen Pressekonferenz vor Ort.",
  "{W}, die in einer benachbarten Werkstatt arbeitet, sagte, sie habe kurz vor dem Ausbruch des Feuers zwei laute Knalle gehört. Die Polizei erklärte, sie könne das nicht bestätigen; die Brandursache sei noch völlig unklar.",
  "Die Kriminalpolizei hat die Ermittlungen aufgenommen. Ein Brandsachverständiger soll die Halle untersuchen, sobald sie gefahrlos betreten werden kann, was nach Einschätzung der Feuerwehr mehrere Tage dauern dürfte.",
  "Nach Angaben des Eigentümers lagerten in der Halle vor allem Verpackungsmaterial, Kunststofffolien und Holzpaletten. Den Schaden schätzt er auf mehrere Millionen Euro.",
  "Die Zufahrtsstraßen bleiben bis auf Weiteres gesperrt. Aktuelle Hinweise zu Sperrungen und Messungen der Luftqualität veröffentlicht die Stadt unter {U}.",
 ]},
"de1": {
 "h": "Bürgermeisterwahl in {T}: {N} Stimmen ausgezählt",
 "p": [
  "Bei der Bürgermeisterwahl in {T} am {D} haben {Q} {N} Wählerinnen und Wähler ihre Stimme abgegeben. Das teilte {B} am späten Abend mit, nachdem die letzten Briefwahlbezirke ausgezählt waren.",
  "Die Wahlbeteiligung lag damit knapp unter der von vor sechs Jahren. Gewählt wurde in vierzehn Wahllokalen; das größte befand sich {P}.",
  "Die bisherige Amtsinhaberin trat nicht mehr an. Von den drei Bewerbern erreichte keiner die absolute Mehrheit, sodass in zwei Wochen eine Stichwahl zwischen den beiden Erstplatzierten nötig wird.",
  "{O}, {R}, sprach von einem „ruhigen und ordnungsgemäßen Wahltag“. Die Auszählung habe wegen der vielen Briefwahlstimmen länger gedauert als üblich, sagte {O}.",
  "{W}, der als Wahlhelfer eingesetzt war, sagte, in einem Wahllokal seien am Nachmittag für etwa eine Stunde keine Stimmzettel mehr vorrätig gewesen. Die Wahlleitung erklärte, sie könne das nicht bestätigen, werde dem Hinweis aber nachgehen.",
  "Das vorläufige Ergebnis nach Wahllokalen ist auf der Internetseite der Stadt unter {U} abrufbar. Das amtliche Endergebnis stellt der Wahlausschuss in der kommenden Woche fest.",
  "Für die Stichwahl können Briefwahlunterlagen ab Montag im Rathaus beantragt werden. Beide Bewerber kündigten an, bis dahin in allen Stadtteilen an Infoständen präsent zu sein.",
 ]},
"de2": {
 "h": "Betrugsprozess in {T}: {N} Geschädigte warten auf ihr Geld",
 "p": [
  "Vor dem Landgericht {T} hat am {D} der Prozess gegen zwei frühere Geschäftsführer eines Vertriebs für Solaranlagen begonnen. Die Staatsanwaltschaft wirft ihnen gewerbsmäßigen Betrug in einer großen Zahl von Fällen vor.",
  "Nach Angaben {B} haben {Q} {N} Kundinnen und Kunden Anzahlungen für Anlagen geleistet, die nie geliefert oder nie angeschlossen wurden. Verhandelt wird {P}.",
  "Die beiden Angeklagten, 51 und 47 Jahre alt, äußerten sich zum Auftakt nicht. Ihre Verteidiger kündigten eine Erklärung für den zweiten Verhandlungstag an.",
  "{O}, {R}, sagte, die Kammer habe zunächst zwölf Verhandlungstage angesetzt. Ein Urteil sei frühestens im Frühjahr zu erwarten.",
  "{W}, die nach eigenen Angaben eine hohe Anzahlung geleistet hat, sagte vor dem Gerichtsgebäude, die Firma habe noch Wochen vor ihrer Insolvenz neue Verträge an der Haustür abgeschlossen. Das Gericht erklärte, es könne das zum jetzigen Zeitpunkt nicht bestätigen; dies sei Gegenstand der Beweisaufnahme.",
  "Viele Geschädigte haben sich inzwischen in einer Interessengemeinschaft zusammengeschlossen, um gemeinsam zivilrechtlich gegen die Angeklagten und eine beteiligte Finanzierungsbank vorzugehen. Ihre Sprecherin sagte, viele Mitglieder hätten ihre gesamten Ersparnisse verloren und warteten seit Jahren auf eine Entschädigung.",
  "Der Prozess ist öffentlich. Den Terminplan und Hinweise für Zuschauerinnen und Zuschauer veröffentlicht das Gericht unter {U}.",
 ]},
"fr0": {
 "h": "Grève des éboueurs à {T} : {N} tonnes de déchets en attente",
 "p": [
  "Les agents de collecte des déchets de {T} sont en grève depuis le {D}. Selon {B}, {Q} {N} tonnes d'ordures ménagères n'avaient toujours pas été ramassées en fin de semaine.",
  "Les piquets de grève se sont installés devant {P}, d'où partent chaque matin les camions-bennes. Aucun véhicule n'en est sorti depuis le début du mouvement.",
  "Les grévistes réclament une prime de pénibilité et le remplacement de plusieurs camions jugés trop anciens. La direction affirme avoir proposé une revalorisation que les syndicats jugent insuffisante.",
  "{O}, {R}, a appelé « à la reprise du dialogue » et annoncé que des bennes supplémentaires seraient installées dans les quartiers les plus touchés.",
  "{W}, agent de collecte depuis quinze ans, affirme que des entreprises privées ont été sollicitées pour ramasser les déchets à la place des grévistes. La mairie dit ne pas pouvoir confirmer cette information.",
  "Dans plusieurs rues du centre, les sacs s'entassent sur les trottoirs. Des commerçants se plaignent des odeurs, et des riverains disent avoir vu des rats près des écoles.",
  "La ville demande aux habitants de garder leurs déchets chez eux autant que possible. La carte des points de dépôt provisoires est publiée sur {U}.",
 ]},
"fr1": {
 "h": "Incendie près de {T} : {N} hectares partis en fumée",
 "p": [
  "Un incendie s'est déclaré le {D} {P}, près de {T}, et a parcouru {Q} {N} hectares de pinède et de garrigue, selon {B}.",
  "Plus de trois cents pompiers, appuyés par des avions bombardiers d'eau, ont été mobilisés. Le feu était fixé dans la nuit mais n'était pas encore éteint le lendemain matin.",
  "Une quarantaine d'habitations ont été évacuées par précaution. Aucune victime n'est à déplorer ; deux pompiers ont été légèrement blessés.",
  "{O}, {R}, a salué « l'engagement exceptionnel des secours » et annoncé l'ouverture d'une enquête pour déterminer l'origine du sinistre.",
  "{W}, un randonneur qui se trouvait sur un sentier voisin, affirme avoir vu une voiture quitter les lieux à vive allure peu avant l'apparition des flammes. La gendarmerie indique ne pas pouvoir confirmer ce témoignage à ce stade.",
  "L'accès au massif reste interdit jusqu'à nouvel ordre. La commune publie la liste des routes fermées et les consignes de prudence sur {U}.",
  "Les agriculteurs de la zone évaluent désormais les dégâts sur les vignes et les oliveraies, et plusieurs apiculteurs ont perdu leurs ruches. Une cellule d'aide a été ouverte à la mairie pour recenser les pertes.",
 ]},
"fr2": {
 "h": "{X} ferme son usine de {T} : {N} emplois supprimés",
 "p": [
  "Le groupe {X} a annoncé le {D} la fermeture de son usine {P}, à {T}, qui fonctionnait depuis plus de cinquante ans.",
  "Selon le décompte de {B}, {Q} {N} salariés perdront leur emploi, intérimaires compris.",
  "La direction invoque la hausse du coût de l'énergie et la baisse des commandes. La production doit être transférée vers un autre site du groupe d'ici la fin de l'année.",
  "{O}, {R}, a dénoncé « un choc pour tout le bassin d'emploi » et demandé un plan de reclassement à la hauteur de l'enjeu. Une réunion avec la direction et les représentants du personnel est prévue la semaine prochaine en préfecture.",
  "{W}, opératrice sur une ligne de conditionnement depuis vingt ans, affirme que des machines ont été démontées la nuit plusieurs semaines avant l'annonce. La direction dit ne pas pouvoir confirmer ces propos.",
  "Les syndicats appellent à un rassemblement devant les grilles de l'usine samedi matin. Les commerçants du quartier redoutent une forte baisse de fréquentation. Une boulangère installée en face du site explique qu'une bonne partie de ses clients du matin sont des ouvriers de l'équipe de nuit.",
  "Les informations sur les aides au reclassement et le calendrier des réunions d'information sont publiés par la mairie sur {U}.",
 ]},
"es0": {
 "h": "Inundaciones en {T}: {N} vecinos desalojados",
 "p": [
  "Las lluvias torrenciales del {D} obligaron a desalojar a {Q} {N} vecinos de {T}, según los datos de {B}.",
  "El agua alcanzó más de un metro de altura {P}, donde varios coches fueron arrastrados por la corriente durante la madrugada.",
  "Los servicios de emergencia realizaron decenas de rescates durante la noche. No se han registrado víctimas mortales, aunque tres personas fueron atendidas por hipotermia. Varias familias pasaron la noche en casa de parientes o en hoteles de la comarca pagados por el ayuntamiento.",
  "{O}, {R}, pidió a la población que evite los desplazamientos innecesarios y anunció que el polideportivo municipal permanecerá abierto como albergue mientras sea necesario.",
  "{W}, vecina de la zona, asegura que el cauce del arroyo llevaba meses sin limpiarse pese a las quejas de los residentes. El ayuntamiento afirma que no puede confirmar esa información.",
  "Los colegios de la localidad permanecerán cerrados al menos hasta el lunes. La agencia meteorológica mantiene el aviso naranja por lluvias en toda la comarca. Los técnicos revisarán el lunes el estado de los puentes y de la red de alcantarillado.",
  "El ayuntamiento ha habilitado un formulario para solicitar ayudas y comunicar daños en viviendas y comercios en {U}.",
 ]},
"es1": {
 "h": "Huelga de médicos en {T}: {N} consultas aplazadas",
 "p": [
  "La huelga de los médicos de atención primaria de {T}, que comenzó el {D}, obligó a aplazar {Q} {N} consultas en su primera jornada, según {B}.",
  "Los huelguistas se concentraron a mediodía {P} con pancartas que reclamaban más personal y agendas de un máximo de treinta pacientes al día.",
  "Los servicios mínimos garantizaron la atención de urgencias, la vacunación infantil y los tratamientos oncológicos. Aun así, muchos pacientes dijeron haberse enterado del aplazamiento al llegar a la consulta.",
  "{O}, {R}, calificó la huelga de «injustificada» y aseguró que la administración ya ha ofrecido contratar a nuevos profesionales antes del verano.",
  "{W}, médico de familia con veinte años de experiencia, afirmó que algunos centros han sustituido a los huelguistas con residentes de primer año. La consejería dijo que no puede confirmar esa afirmación.",
  "Los pacientes cuya cita haya sido aplazada recibirán un mensaje con la nueva fecha. La lista de centros afectados está disponible en {U}.",
  "Los sindicatos convocan nuevas jornadas de huelga para la semana que viene si no hay acuerdo, y no descartan una huelga indefinida en primavera.",
 ]},
"es2": {
 "h": "Comienza en {T} el juicio por la estafa de las viviendas: {N} afectados",
 "p": [
  "La Audiencia Provincial de {T} comenzó el {D} el juicio contra el promotor de una cooperativa de viviendas acusado de quedarse con las aportaciones de sus socios.",
  "Según {B}, {Q} {N} familias entregaron dinero para pisos que nunca se llegaron a construir.",
  "La vista se celebra {P}. Decenas de afectados siguieron la sesión desde el pasillo porque no había sitio para todos en la sala.",
  "El acusado, de 58 años, negó los hechos y atribuyó los retrasos a la crisis del sector y a la quiebra de la constructora. Su abogado pidió la absolución y anunció que presentará documentos bancarios.",
  "{O}, {R}, explicó que el juicio se prolongará durante al menos tres semanas y que la sentencia no se conocerá antes del verano.",
  "{W}, una de las afectadas, sostuvo a la salida que el promotor siguió cobrando cuotas después de saber que el terreno no tenía licencia. El tribunal indicó que no puede confirmar ese extremo, que deberá aclararse durante la prueba.",
  "El calendario de sesiones y la información para el público que quiera asistir se publican en {U}.",
 ]},
"it0": {
 "h": "Frana a {T}: {N} persone evacuate",
 "p": [
  "Una frana si è staccata il {D} dal versante sopra {P}, a {T}, e ha costretto all'evacuazione {Q} {N} persone, secondo {B}.",
  "Il fronte franoso, largo circa ottanta metri, ha invaso la strada provinciale e danneggiato due abitazioni. Non ci sono feriti. Una famiglia ha perso l'auto, travolta dal fango mentre era parcheggiata davanti a casa.",
  "I vigili del fuoco hanno lavorato tutta la notte per liberare la carreggiata e mettere in sicurezza una condotta del gas rimasta scoperta.",
  "{O}, {R}, ha firmato un'ordinanza di sgombero e ha detto che gli sfollati saranno ospitati in un albergo del paese finché i geologi non avranno terminato i controlli.",
  "{W}, che abita nella frazione da quarant'anni, sostiene che crepe nel terreno erano state segnalate al comune già in primavera. Il comune afferma di non poter confermare questa versione.",
  "La strada provinciale resterà chiusa almeno fino a domenica. Gli aggiornamenti sulla viabilità e sui controlli dei geologi sono pubblicati su {U}.",
  "La Regione ha annunciato che chiederà lo stato di emergenza e che stanzierà fondi per il consolidamento del versante. I tecnici temono che altre porzioni del pendio possano muoversi con le piogge previste nei prossimi giorni.",
 ]},
"it1": {
 "h": "Elezioni comunali a {T}: affluenza in calo, {N} votanti",
 "p": [
  "Alle elezioni comunali di {T} del {D} hanno votato {Q} {N} elettori, secondo i dati diffusi da {B}.",
  "L'affluenza è scesa di quasi sei punti rispetto a cinque anni fa. Il seggio più frequentato è stato quello allestito {P}.",
  "Nessuno dei tre candidati sindaco ha superato il cinquanta per cento dei voti: si andrà al ballottaggio tra due settimane. Il candidato arrivato primo ha ottenuto poco più del quaranta per cento, seguito a breve distanza dalla sindaca uscente.",
  "{O}, {R}, ha parlato di «una giornata tranquilla» e ha ringraziato presidenti di seggio e scrutatori per il lavoro svolto fino a notte fonda.",
  "{W}, rappresentante di lista di uno dei candidati, sostiene che in una sezione siano state trovate schede non vidimate. L'ufficio elettorale afferma di non poter confermare la circostanza e di aver chiesto una verifica.",
  "I risultati sezione per sezione sono consultabili su {U}. Sullo stesso sito sono indicati anche gli orari dei seggi per il ballottaggio.",
  "I due candidati ammessi al ballottaggio hanno già annunciato nuovi incontri pubblici nei quartieri e un confronto televisivo sulla rete locale. Le liste civiche, che al primo turno avevano sostenuto il terzo candidato, non hanno ancora deciso se dare indicazioni di voto.",
 ]},
"it2": {
 "h": "{X} chiude lo stabilimento di {T}: a casa {N} lavoratori",
 "p": [
  "L'azienda {X} ha annunciato il {D} la chiusura dello stabilimento {P}, a {T}, aperto alla fine degli anni Sessanta.",
  "Secondo {B}, i lavoratori coinvolti sono {Q} {N}, compresi quelli delle ditte in appalto per le pulizie e la mensa.",
  "L'azienda parla di calo degli ordini e di costi energetici insostenibili. La produzione sarà trasferita in un altro impianto del gruppo entro la fine dell'anno. I sindacati contestano questa versione e sostengono che il sito era in utile fino a due anni fa.",
  "{O}, {R}, ha chiesto un tavolo urgente in prefettura e ha definito la decisione «un colpo durissimo per tutto il territorio».",
  "{W}, operaia da diciotto anni, racconta che nelle ultime settimane alcuni macchinari sono stati smontati e caricati sui camion di notte. L'azienda afferma di non poter confermare queste affermazioni.",
  "I sindacati hanno proclamato otto ore di sciopero e un presidio permanente davanti ai cancelli. Anche i negozi della zona temono di perdere clienti. Il bar di fronte ai cancelli, aperto da trent'anni, vive quasi solo dei turni dello stabilimento.",
  "Le informazioni sugli sportelli di sostegno ai lavoratori e sui corsi di riqualificazione sono pubblicate dal comune su {U}. Il primo incontro con i lavoratori è fissato per lunedì nella sala consiliare.",
 ]},
"pt0": {
 "h": "Incêndio em {T} consome {N} hectares",
 "p": [
  "Um incêndio que deflagrou no dia {D} {P}, no concelho de {T}, consumiu {Q} {N} hectares de mato e pinhal, segundo {B}.",
  "Mais de duzentos operacionais e quatro meios aéreos estiveram no terreno. O fogo foi dado como dominado ao fim da tarde do dia seguinte.",
  "Várias aldeias foram evacuadas por precaução e uma estrada nacional esteve cortada durante horas. Não há registo de vítimas. Duas casas de primeira habitação ficaram parcialmente destruídas e vários armazéns agrícolas arderam por completo.",
  "{O}, {R}, agradeceu aos bombeiros e garantiu que a autarquia vai apoiar os agricultores que perderam colheitas, alfaias e animais.",
  "{W}, moradora de uma das aldeias evacuadas, diz que o fogo começou junto a uma linha elétrica que já tinha provocado faíscas no verão passado. A proteção civil afirma que não pode confirmar essa informação.",
  "As causas do incêndio estão a ser investigadas pela polícia, que recolheu vestígios no local onde as chamas terão começado. Os investigadores não excluem nenhuma hipótese, incluindo a de fogo posto.",
  "A câmara municipal divulga os apoios disponíveis e os pontos de recolha de donativos em {U}.",
 ]},
"pt1": {
 "h": "Greve nos transportes de {T}: {N} viagens canceladas",
 "p": [
  "A greve dos motoristas dos autocarros urbanos de {T}, no dia {D}, levou ao cancelamento de {Q} {N} viagens, segundo {B}.",
  "Os piquetes concentraram-se desde as cinco da manhã {P}, de onde saem todos os dias os autocarros da empresa.",
  "Os trabalhadores exigem aumentos salariais e o fim das horas extraordinárias obrigatórias. A empresa diz que a proposta sindical é incomportável. O sindicato diz que os motoristas não são aumentados há três anos e que muitos fazem turnos de mais de dez horas.",
  "{O}, {R}, lamentou os transtornos causados à população e pediu às partes que retomem as negociações o mais depressa possível.",
  "{W}, motorista há doze anos, afirma que a empresa contratou condutores de outra cidade para substituir os grevistas. A empresa diz que não pode confirmar essa informação.",
  "Muitos estudantes e trabalhadores recorreram ao táxi ou à boleia de colegas. As escolas registaram mais faltas do que o habitual. Nas paragens do centro, houve quem esperasse mais de uma hora por um autocarro que nunca chegou.",
  "Os horários dos serviços mínimos e das carreiras que continuam a circular estão publicados em {U}. O sindicato admite marcar nova greve para o próximo mês.",
 ]},
"pt2": {
 "h": "Julgamento em {T}: {N} lesados em esquema de investimentos",
 "p": [
  "Começou no dia {D}, no tribunal de {T}, o julgamento de três arguidos acusados de burla qualificada num esquema de investimentos imobiliários.",
  "Segundo {B}, {Q} {N} pessoas entregaram poupanças aos arguidos, que prometiam rendimentos de dez por cento ao ano.",
  "A sessão decorreu {P}, com a sala cheia de lesados e familiares. Alguns tiveram de acompanhar a audiência a partir do corredor, por falta de lugares sentados.",
  "Os arguidos remeteram-se ao silêncio. A defesa alega que os investimentos falharam por causa da crise no setor e não por qualquer intenção de enganar. Segundo a acusação, parte do dinheiro foi usada para comprar carros de luxo e uma casa de férias junto ao mar.",
  "{O}, {R}, explicou que estão marcadas mais dez sessões e que a leitura do acórdão deverá acontecer no início do próximo ano.",
  "{W}, uma das lesadas, afirma que os arguidos continuaram a angariar clientes depois de o banco ter bloqueado as contas da empresa. O tribunal diz que não pode confirmar essa afirmação nesta fase.",
  "O calendário das sessões e as regras de acesso do público estão disponíveis em {U}. Os lesados que ainda não apresentaram pedido de indemnização podem fazê-lo até ao fim do mês.",
 ]},
"ru0": {
 "h": "Прорыв водопровода в городе {T}: без воды остались жилые дома",
 "p": [
  "{D} в городе {T} прорвало магистральный водопровод {P}. Вода затопила проезжую часть и подвалы нескольких домов, движение транспорта было перекрыто.",
  "По данным {B}, число жилых домов, оставшихся без холодной воды, составило {Q} {N}. В этот подсчёт не вошли детские сады, поликлиника и магазины.",
  "Аварийные бригады работали всю ночь. К домам подвезли питьевую воду в цистернах, а в двух школах отменили занятия до конца недели. Волонтёры помогали пожилым жильцам поднимать бутылки с водой на верхние этажи.",
  "{R} {O} заявил, что подачу воды планируется восстановить в течение двух суток, а пострадавшим жильцам помогут с ремонтом подвалов.",
  "{W}, жительница соседнего дома, рассказала, что трубу на этом участке меняли всего год назад и что жильцы жаловались на протечки ещё осенью. В администрации заявили, что не могут подтвердить эти сведения.",
  "Прокуратура начала проверку. Специалисты водоканала выясняют причину аварии и проверяют состояние соседних участков сети. По предварительной версии, трубу могли повредить при ремонте дороги, который вели на этой улице летом.",
  "График подвоза воды и адреса пунктов раздачи публикуются на сайте администрации {U}. Там же можно оставить заявку на откачку воды из подвала. Телефон горячей линии работает круглосуточно.",
 ]},
"ru1": {
 "h": "В городе {T} закрывается завод «{X}»",
 "p": [
  "Руководство завода «{X}» {D} объявило о закрытии предприятия {P} в городе {T}. Завод работал больше пятидесяти лет и был одним из крупнейших работодателей района.",
  "По подсчётам {B}, число сотрудников, которых затронет сокращение, составляет {Q} {N}. В эту цифру включены и работники подрядных организаций.",
  "Компания объясняет решение падением заказов и ростом стоимости энергии. Часть оборудования перевезут на другое предприятие группы до конца года. Профсоюз считает эти объяснения неубедительными и собирается обратиться в областную прокуратуру.",
  "{R} {O} пообещал организовать ярмарку вакансий и помочь работникам с переобучением за счёт городского бюджета. По его словам, в городе сейчас открыто около двухсот вакансий, в основном в строительстве и торговле.",
  "{W}, проработавшая на заводе двадцать лет, утверждает, что станки начали вывозить по ночам ещё за месяц до объявления. В руководстве завода заявили, что не могут подтвердить эту информацию.",
  "Местные жители опасаются, что закрытие ударит по малому бизнесу: многие кафе и магазины рядом с заводом живут за счёт его сотрудников. Владелица кафе напротив проходной говорит, что без заводской столовой и обедов рабочих её заведение не продержится и полугода.",
  "Информация о мерах поддержки, выплатах и курсах переподготовки опубликована на сайте городской администрации {U}.",
 ]},
"ru2": {
 "h": "Выборы в городской совет в городе {T}: итоги голосования",
 "p": [
  "{D} в городе {T} прошли выборы в городской совет. Голосование продолжалось с восьми утра до восьми вечера на двадцати участках. В совет избирали двадцать пять депутатов.",
  "По данным {B}, число проголосовавших составило {Q} {N}. Явка оказалась заметно ниже, чем на прошлых выборах пять лет назад.",
  "Крупнейший избирательный участок был открыт {P}. Там с утра выстроилась очередь из пенсионеров и родителей с детьми. Во дворе работали буфет и небольшая ярмарка местных фермеров, что, по словам организаторов, помогло привлечь избирателей.",
  "{R} {O} сообщил, что серьёзных нарушений зафиксировано не было, а все жалобы будут рассмотрены в установленном порядке. По его словам, всего в комиссию поступило девять обращений, большинство из них касались агитации у входа на участки.",
  "{W}, наблюдательница от одного из кандидатов, утверждает, что на одном из участков урны оставались без присмотра во время обеденного перерыва. В избирательной комиссии заявили, что не могут подтвердить эту информацию.",
  "Окончательные итоги будут утверждены в течение недели. Новый состав совета соберётся на первое заседание в следующем месяце. Представители нескольких кандидатов уже заявили, что будут оспаривать результаты на двух участках в суде.",
  "Результаты по каждому участку опубликованы на сайте {U}.",
 ]},
}
