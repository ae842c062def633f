# One hand-written frame per language and topic (3 topics per language). Slots: {P} place, {B} counting body,
# {N} genuine figure, {W} witness (makes the unconfirmed claim), {O} official, {U} official page, {D} date, {V} venue.
# 'qual' is the genuine figure qualifier, 'role' the official's genuine role.
F = {}
F["en"] = [
 dict(topic="bus depot strike", qual="nearly", role="transport committee chair", title="Strike at {P} bus depot leaves {N} passengers stranded", paras=[
  "A one-day strike at the {P} bus depot on {D} left nearly {N} passengers without a service, according to a count by {B}. Drivers gathered outside {V} from five in the morning, and only two of the town's fourteen routes ran at all.",
  "\"Nobody wanted to leave people standing in the rain,\" said {W}, the union steward at the depot. \"But we have asked for proper rest breaks for two years and heard nothing back from {P}.\"",
  "{W} also claimed that the operator had quietly cut three evening routes in {P} last winter to save money. The council has not confirmed that claim and says it is still checking the timetables it was sent.",
  "Councillor {O}, who chairs the transport committee, said talks would resume the following week and that school buses in {P} would be given priority if a second strike went ahead.",
  "Shops along the high street of {P} reported a quiet morning, and several employers let staff work from home. A replacement taxi scheme covered only the hospital route from {V}.",
  "Updated timetables and a list of affected stops are published on the council's transport page, {U}, which the committee of Councillor {O} says it will revise each evening while the dispute lasts."]),
 dict(topic="rare bird sighting", qual="about", role="reserve warden", title="Rare hoopoe draws {N} birdwatchers to {P} marshes", paras=[
  "A hoopoe, a bird almost never seen this far north, drew about {N} birdwatchers to the marshes at {P} on {D}, according to a tally kept by {B}. Cars lined the lane to {V} for most of the afternoon.",
  "\"I had to sit down when I saw the crest,\" said {W}, a retired postman who spotted the bird first. \"I have walked these paths for thirty years around {P} and never seen anything like it.\"",
  "{W} also claimed the bird had been nesting near {V} for a week before anyone noticed. The county wildlife office has not confirmed that claim and says a single sighting is all it can verify so far.",
  "Reserve warden {O} asked visitors to keep to the boardwalks and to leave dogs at home. Temporary parking was opened in a field behind the church of {P}, and volunteers handed out maps.",
  "Local cafés in {P} ran out of sandwiches by two o'clock, and one farm shop put up a sign reading \"Hoopoe Special\" next to its soup. Birders came from as far away as the coast.",
  "Sightings, parking advice and the code of conduct for the marsh at {P} are published on the reserve's official page, {U}, which warden {O} updates each morning."]),
 dict(topic="lido reopening", qual="more than", role="leisure services manager", title="{P} lido reopens to {N} swimmers after five dry summers", paras=[
  "The open-air lido at {P} reopened on {D} after five years out of use, and more than {N} swimmers went through the turnstiles on the first day, according to figures from {B}. The queue at {V} began forming at seven.",
  "\"My grandchildren learned to swim in a school hall, and now they have real sky above them,\" said {W}, who chairs the friends' group that campaigned to save the pool in {P}.",
  "{W} also claimed that the water would be kept at twenty-four degrees all season. The borough has not confirmed that claim and says the temperature will depend on how the new solar panels perform.",
  "Leisure services manager {O} said lifeguard numbers had been doubled for the summer and that early-morning lanes would be reserved for club swimmers from {P} on weekdays.",
  "The refurbishment cost was shared by the borough and a local trust. Changing rooms at {V} were rebuilt, the old diving board was removed, and a shallow splash area was added for toddlers.",
  "Opening hours, prices and the booking calendar for the lido at {P} are on the borough's official page, {U}, where {O} says any closures for weather will also be announced."]),
]
F["de"] = [
 dict(topic="Schuldach", qual="rund", role="Bauamtsleiter", title="Schuldach in {P}: Reparatur kostet {N} Euro", paras=[
  "Die Reparatur des undichten Daches der Grundschule in {P} kostet rund {N} Euro, wie {B} am {D} mitteilte. Nach den Herbststürmen war Wasser in drei Klassenzimmer und in die Turnhalle an der {V} gelaufen.",
  "„Wir haben morgens Eimer aufgestellt, bevor die Kinder kamen“, sagte {W}, die Vorsitzende des Elternbeirats. „So konnte es in {P} nicht weitergehen, das hat jeder gesehen.“",
  "{W} behauptete außerdem, das Dach sei schon vor zehn Jahren als mangelhaft gemeldet worden. Die Gemeinde hat diese Behauptung nicht bestätigt und will die alten Akten erst prüfen lassen.",
  "Bauamtsleiter {O} sagte, die Arbeiten sollten in den Osterferien beginnen. Bis dahin werden zwei Klassen in {P} im Gemeindehaus unterrichtet, der Sportunterricht findet im Nachbarort statt.",
  "Die Handwerksbetriebe der Region sind ausgelastet, weshalb die Ausschreibung früher als sonst veröffentlicht wurde. Ein Gerüst steht bereits an der Südseite des Gebäudes an der {V}.",
  "Den Zeitplan, die Ausschreibungsunterlagen und Hinweise für Eltern veröffentlicht die Gemeinde auf ihrer offiziellen Seite {U}. Bauamtsleiter {O} kündigte an, dort monatlich über den Stand zu berichten."]),
 dict(topic="Fährfahrplan", qual="knapp", role="Hafenmeister", title="Neuer Fährfahrplan in {P}: {N} Pendler betroffen", paras=[
  "Der neue Winterfahrplan der Fähre ab {P} betrifft knapp {N} Pendler, wie eine Zählung von {B} ergab. Ab dem {D} legt das Schiff am {V} nur noch stündlich statt halbstündlich ab.",
  "„Wer um sieben anfangen muss, steht jetzt eine halbe Stunde früher am Anleger“, sagte {W}, die als Pflegerin täglich von {P} übersetzt. „Im Dunkeln und bei Wind ist das kein Vergnügen.“",
  "{W} behauptete zudem, die Reederei wolle die Abendfahrten im Frühjahr ganz streichen. Der Landkreis hat diese Behauptung nicht bestätigt und spricht von einem vorläufigen Plan für die Wintermonate.",
  "Hafenmeister {O} erklärte, der Takt werde wegen Personalmangels und Arbeiten an der Rampe reduziert. Für Schüler aus {P} werde eine zusätzliche Fahrt um 7.10 Uhr angeboten.",
  "Die Händler am Anleger rechnen mit weniger Laufkundschaft. Ein Kiosk am {V} will seine Öffnungszeiten an den neuen Takt anpassen und erst ab sechs Uhr öffnen.",
  "Alle Abfahrtszeiten und Hinweise zu Ersatzbussen stehen auf der offiziellen Seite des Hafens {P}, {U}. {O} bat Fahrgäste, sich dort vor jeder Fahrt über Änderungen zu informieren."]),
 dict(topic="Bäckereipreis", qual="über", role="Landrätin", title="Bäckerei aus {P} gewinnt Landespreis – {N} Stimmen", paras=[
  "Eine kleine Familienbäckerei aus {P} hat den Landespreis für handwerkliches Brot gewonnen. Bei der Publikumswertung am {D} erhielt sie über {N} Stimmen, wie {B} nach der Auszählung bekanntgab.",
  "„Mein Großvater hat den Sauerteig 1961 angesetzt, und er lebt immer noch“, sagte {W}, die die Backstube in {P} in dritter Generation führt. „Der Preis gehört eigentlich ihm.“",
  "{W} behauptete außerdem, ihr Roggenbrot sei das einzige im Land, das ganz ohne Zusatzstoffe gebacken werde. Die Handwerkskammer hat diese Behauptung nicht bestätigt und verweist auf ein laufendes Prüfverfahren.",
  "Landrätin {O} überreichte die Urkunde bei einer Feier in der {V}. Sie lobte, dass kleine Betriebe in {P} trotz hoher Energiekosten ausbilden und ihre Rezepte bewahren.",
  "Seit der Bekanntgabe stehen morgens Schlangen vor dem Laden. Die Bäckerei in {P} hat zwei Aushilfen eingestellt und backt samstags nun eine dritte Schicht Roggenbrot.",
  "Die vollständige Liste der Preisträger und die Kriterien der Jury stehen auf der offiziellen Seite des Wettbewerbs, {U}. Landrätin {O} kündigte an, den Preis im nächsten Jahr wieder in der {V} zu vergeben."]),
]
F["fr"] = [
 dict(topic="prix de l'eau", qual="environ", role="adjointe aux finances", title="Prix de l'eau à {P} : {N} foyers concernés par la hausse", paras=[
  "La hausse du prix de l'eau votée le {D} à {P} concernera environ {N} foyers, selon un décompte de {B}. Le mètre cube passera de 3,10 à 3,65 euros au premier janvier, après un débat tendu à {V}.",
  "« On nous demande de payer pour des tuyaux qu'on aurait dû changer il y a vingt ans », a déclaré {W}, présidente d'une association de locataires de {P}. « Les familles nombreuses vont le sentir tout de suite. »",
  "{W} a également affirmé que le syndicat des eaux avait perdu près d'un tiers de l'eau en fuites l'an dernier. La préfecture n'a pas confirmé cette affirmation et attend le rapport annuel du syndicat.",
  "L'adjointe aux finances, {O}, a défendu une hausse « nécessaire » pour financer le remplacement de onze kilomètres de canalisations à {P}. Un tarif social sera proposé aux ménages modestes.",
  "L'opposition a voté contre et réclame un audit indépendant. Plusieurs habitants présents à {V} ont brandi leurs factures pendant la séance, qui s'est achevée peu avant minuit.",
  "Le détail des nouveaux tarifs et le formulaire du tarif social sont publiés sur la page officielle de la commune, {U}. {O} a promis d'y publier aussi le calendrier des travaux."]),
 dict(topic="fermeture de pont", qual="près de", role="maire", title="Pont fermé à {P} : {N} véhicules par jour déviés", paras=[
  "Le vieux pont de {P} est fermé à la circulation depuis le {D} après la découverte de fissures dans une pile. Près de {N} véhicules par jour doivent désormais faire un détour, selon les comptages de {B}.",
  "« Je mets quarante minutes de plus pour aller travailler », a raconté {W}, infirmière qui habite sur l'autre rive. « Et le soir, la déviation par {V} est complètement saturée. »",
  "{W} a aussi affirmé que des fissures avaient été signalées dès le printemps sans réaction de la commune de {P}. Le département n'a pas confirmé cette affirmation et indique qu'une enquête est en cours.",
  "Le maire, {O}, a annoncé qu'une passerelle provisoire pour piétons et cyclistes serait installée d'ici six semaines. Les bus scolaires de {P} passent déjà par {V}.",
  "Les commerçants du centre de {P} s'inquiètent pour la saison. Une boulangerie proche du pont dit avoir perdu un quart de sa clientèle en une semaine et réclame une aide de la commune.",
  "Les itinéraires de déviation et l'avancement des expertises sont publiés sur la page officielle de {P}, {U}. Le maire {O} a promis une réunion publique avant la fin du mois."]),
 dict(topic="tournoi d'échecs", qual="plus de", role="présidente de la communauté de communes", title="Tournoi d'échecs de {P} : {N} joueurs inscrits", paras=[
  "Le premier tournoi international d'échecs de {P} a réuni plus de {N} joueurs le {D}, selon les inscriptions enregistrées par {B}. Les parties se sont déroulées dans la grande salle de {V}.",
  "« Il y avait des enfants de huit ans face à des retraités de quatre-vingts ans, et personne ne parlait », s'amuse {W}, arbitre principal du tournoi de {P}. « C'est ça, la magie des échecs. »",
  "{W} a également affirmé qu'un grand maître étranger avait été empêché de venir par un problème de visa. La fédération n'a pas confirmé cette affirmation et n'a pas souhaité commenter.",
  "La présidente de la communauté de communes, {O}, a remis les trophées et annoncé que le tournoi de {P} reviendrait l'an prochain, avec une catégorie réservée aux écoles.",
  "Les bénévoles ont servi plus de mille cafés en deux jours. Une partie simultanée contre le champion régional a attiré une foule de curieux sur le parvis de {V}.",
  "Les résultats complets et le classement sont disponibles sur la page officielle du tournoi, {U}. {O} a indiqué que les photos des finales y seraient ajoutées dans la semaine."]),
]
F["es"] = [
 dict(topic="autobuses eléctricos", qual="casi", role="concejala de Movilidad", title="{P} estrena autobuses eléctricos: {N} viajeros en la primera semana", paras=[
  "Los nuevos autobuses eléctricos de {P} transportaron casi {N} viajeros en su primera semana de servicio, que empezó el {D}, según el recuento de {B}. Las cocheras de {V} se han adaptado con veinte cargadores.",
  "«No hacen ruido y no huelen a gasóleo; la gente mayor lo ha notado enseguida», dijo {W}, conductor con veintidós años de servicio en las líneas de {P}.",
  "{W} afirmó además que las baterías no aguantan una jornada completa en invierno. El Ayuntamiento no ha confirmado esa afirmación y asegura que las pruebas de autonomía siguen en marcha.",
  "La concejala de Movilidad, {O}, explicó que la flota de {P} será totalmente eléctrica en tres años y que el billete sencillo no subirá de precio durante ese tiempo.",
  "Los vecinos de los barrios altos piden más frecuencia en la línea 4. Una asociación de {P} ha reunido firmas y las entregará en el registro municipal de {V}.",
  "Los horarios, las líneas y un mapa de los cargadores están en la página oficial del servicio, {U}. La concejala {O} dijo que allí se publicarán también los datos mensuales de viajeros."]),
 dict(topic="limpieza de playa", qual="unos", role="alcalde", title="Voluntarios retiran {N} kilos de basura de la playa de {P}", paras=[
  "Voluntarios de toda la comarca retiraron unos {N} kilos de basura de la playa de {P} el {D}, según el pesaje realizado por {B}. La jornada empezó al amanecer junto a {V}.",
  "«Encontramos redes, latas, zapatillas y hasta una nevera», contó {W}, bióloga marina que coordinó a los grupos en {P}. «Lo peor son los plásticos pequeños, que no se ven.»",
  "{W} afirmó también que buena parte de los residuos procede de un vertedero ilegal río arriba. La Junta no ha confirmado esa afirmación y dice que investigará el origen de los restos.",
  "El alcalde, {O}, agradeció a los más de trescientos participantes y anunció papeleras nuevas en los accesos a la playa de {P} antes del verano.",
  "Los residuos se clasificaron en el paseo marítimo y se llevaron a la planta de reciclaje. Varios colegios de {P} participaron con alumnos de primaria y sus familias.",
  "El informe de la jornada y el calendario de próximas limpiezas se publican en la página oficial del municipio, {U}. El alcalde {O} invitó a inscribirse para la próxima cita en {V}."]),
 dict(topic="reforma del mercado", qual="más de", role="teniente de alcalde", title="El mercado de abastos de {P} reabre tras una reforma de {N} euros", paras=[
  "El mercado de abastos de {P} reabrió el {D} después de una reforma que costó más de {N} euros, según las cuentas presentadas por {B}. Los cuarenta puestos de {V} tienen ahora cámaras frigoríficas nuevas.",
  "«Hemos estado un año vendiendo en una carpa, con frío y con lluvia», dijo {W}, pescadera y portavoz de los comerciantes de {P}. «Hoy por fin tenemos un suelo que no resbala.»",
  "{W} afirmó además que el alquiler de los puestos se duplicará el año que viene. El Ayuntamiento no ha confirmado esa afirmación y señala que las tasas se decidirán en el próximo pleno.",
  "El teniente de alcalde, {O}, recorrió los puestos y destacó que el mercado de {P} tendrá horario de tarde los viernes y un espacio para productores locales.",
  "La obra incluyó placas solares en la cubierta y un ascensor. Los vecinos mayores de {P} celebraron poder volver a comprar a pie, sin coger el autobús hasta las grandes superficies.",
  "Los horarios, la lista de puestos y las bases para los nuevos comerciantes están en la página oficial del mercado, {U}. {O} anunció una jornada de puertas abiertas en {V}."]),
]
F["it"] = [
 dict(topic="orario dei traghetti", qual="circa", role="assessore ai trasporti", title="Nuovo orario dei traghetti a {P}: {N} passeggeri coinvolti", paras=[
  "Il nuovo orario invernale dei traghetti di {P}, in vigore dal {D}, riguarda circa {N} passeggeri al giorno, secondo un conteggio di {B}. Le partenze dal {V} passano da dodici a otto.",
  "«Chi lavora in ospedale sulla terraferma dovrà alzarsi un'ora prima», ha detto {W}, infermiera che ogni mattina prende il traghetto da {P}. «E l'ultima corsa della sera è stata anticipata.»",
  "{W} ha anche affermato che la compagnia intende vendere una delle due navi entro l'estate. La Regione non ha confermato questa affermazione e parla soltanto di un orario provvisorio.",
  "L'assessore ai trasporti, {O}, ha spiegato che il taglio è dovuto a lavori al pontile e alla mancanza di marinai. Per gli studenti di {P} resterà una corsa alle 7.15.",
  "I commercianti del porto temono un inverno difficile. Un bar del {V} ha già annunciato che aprirà solo nei fine settimana fino a marzo.",
  "Gli orari completi e gli avvisi di cancellazione sono pubblicati sulla pagina ufficiale del servizio, {U}. L'assessore {O} ha promesso di aggiornarla ogni volta che il mare costringe a fermare le corse."]),
 dict(topic="mensa scolastica", qual="quasi", role="sindaca", title="Mensa scolastica di {P}: {N} pasti al giorno dal nuovo centro cottura", paras=[
  "Il nuovo centro cottura di {P} prepara quasi {N} pasti al giorno per le scuole del comune, secondo i dati di {B}. La cucina, in {V}, è entrata in funzione il {D}.",
  "«Finalmente la pasta arriva calda e non scotta», ha detto {W}, rappresentante dei genitori nella commissione mensa di {P}. «I bambini se ne sono accorti il primo giorno.»",
  "{W} ha inoltre affermato che il costo del pasto scenderà di cinquanta centesimi dal prossimo anno. Il Comune non ha confermato questa affermazione e rimanda al bilancio di primavera.",
  "La sindaca, {O}, ha visitato la cucina e ha sottolineato che il menu di {P} usa verdure di aziende agricole della zona e pane di due forni del paese.",
  "Il vecchio sistema con i pasti portati da una ditta esterna era criticato da anni. Ora le scuole di {P} ricevono il pranzo in contenitori termici in meno di venti minuti.",
  "Menu settimanali, allergeni e modulo per le diete speciali sono disponibili sulla pagina ufficiale del Comune, {U}. La sindaca {O} ha invitato i genitori a una visita in {V}."]),
 dict(topic="restauro del campanile", qual="oltre", role="soprintendente", title="Campanile di {P} restaurato: {N} visitatori alla riapertura", paras=[
  "Il campanile di {P}, chiuso da sette anni per crepe nella muratura, ha riaperto il {D} e ha accolto oltre {N} visitatori nel primo fine settimana, secondo i biglietti contati da {B}. La salita parte da {V}.",
  "«Da lassù si vedono tre province e, nelle giornate limpide, il mare», ha detto {W}, guida volontaria che accompagna i gruppi a {P}. «Molti anziani piangevano arrivati in cima.»",
  "{W} ha anche affermato che durante i lavori è stato trovato un affresco del Quattrocento dietro l'intonaco. La diocesi non ha confermato questa affermazione e attende la relazione dei restauratori.",
  "Il soprintendente, {O}, ha ricordato che le campane di {P} torneranno a suonare a mano per le feste principali, come prima della chiusura.",
  "Il restauro è stato pagato in parte con una raccolta tra gli abitanti. I nomi dei donatori di {P} sono incisi su una lastra all'ingresso della torre.",
  "Orari di apertura, prenotazioni per i gruppi e la storia del campanile sono sulla pagina ufficiale, {U}. {O} ha annunciato visite serali in {V} durante l'estate."]),
]
F["pt"] = [
 dict(topic="preço da água", qual="cerca de", role="vereadora do Ambiente", title="Preço da água sobe em {P}: {N} famílias afetadas", paras=[
  "O aumento do preço da água aprovado em {P} no dia {D} vai afetar cerca de {N} famílias, segundo as contas de {B}. A tarifa média sobe doze por cento a partir de janeiro, após uma reunião tensa em {V}.",
  "«Já pagamos mais pela água do que pela luz», disse {W}, presidente de uma associação de moradores de {P}. «Para uma reformada sozinha, é dinheiro que faz falta no supermercado.»",
  "{W} afirmou também que a empresa de águas perdeu quase metade da água em fugas no ano passado. A entidade reguladora não confirmou essa afirmação e aguarda o relatório anual.",
  "A vereadora do Ambiente, {O}, defendeu que o aumento vai pagar a renovação de canos com cinquenta anos em {P}. Haverá uma tarifa social para famílias com baixos rendimentos.",
  "A oposição votou contra e pediu uma auditoria. Vários moradores presentes em {V} mostraram as faturas e exigiram explicações sobre os contadores novos.",
  "As novas tarifas e o formulário da tarifa social estão na página oficial do município, {U}. A vereadora {O} prometeu publicar ali também o calendário das obras."]),
 dict(topic="quota de pesca", qual="quase", role="capitão do porto", title="Pescadores de {P} descarregam {N} toneladas apesar da nova quota", paras=[
  "Os pescadores de {P} descarregaram quase {N} toneladas de sardinha no primeiro mês da nova quota, que entrou em vigor a {D}, segundo os registos de {B}. A lota de {V} funcionou todos os dias úteis.",
  "«Ganhamos menos, mas pelo menos o peixe vai voltar», disse {W}, mestre de uma traineira de {P} há vinte anos. «O meu pai dizia que o mar precisa de descansar.»",
  "{W} afirmou ainda que barcos estrangeiros continuam a pescar sem limite junto à costa. A Direção-Geral não confirmou essa afirmação e diz que a fiscalização foi reforçada.",
  "O capitão do porto, {O}, explicou que as regras de {P} serão revistas no outono, quando houver dados científicos sobre o estado do cardume.",
  "As conserveiras da região pediram apoio para compensar a falta de matéria-prima. Uma fábrica perto de {V} reduziu um turno e colocou trabalhadores em formação.",
  "O calendário da quota, os avisos aos pescadores e os dados mensais estão na página oficial da capitania, {U}. {O} pediu aos armadores que consultem a página antes de cada saída."]),
 dict(topic="biblioteca", qual="mais de", role="presidente da junta", title="Biblioteca de {P} reabre com {N} leitores no primeiro dia", paras=[
  "A biblioteca municipal de {P} reabriu a {D}, depois de dois anos de obras, e recebeu mais de {N} leitores no primeiro dia, segundo a contagem de {B}. O edifício de {V} ganhou uma sala infantil.",
  "«As crianças sentaram-se no chão e não queriam ir embora», contou {W}, bibliotecária em {P} há quinze anos. «Tivemos de prometer que a hora do conto volta todos os sábados.»",
  "{W} afirmou também que a biblioteca vai receber o espólio de um escritor da terra. A família do escritor não confirmou essa afirmação e não respondeu aos contactos.",
  "O presidente da junta, {O}, lembrou que as obras de {P} custaram menos do que o previsto e que o horário será alargado até às 22 horas durante os exames.",
  "O catálogo foi digitalizado e os leitores podem reservar livros à distância. Um pequeno café funciona no pátio de {V} e já tem clientes fiéis.",
  "Os horários, o regulamento e o pedido de cartão de leitor estão na página oficial da biblioteca, {U}. {O} convidou as escolas a marcar visitas de turma."]),
]
F["nl"] = [
 dict(topic="fietspad", qual="ruim", role="wethouder verkeer", title="Nieuw fietspad in {P}: {N} fietsers op de eerste dag", paras=[
  "Het nieuwe fietspad tussen {P} en het station werd op {D} geopend en trok op de eerste dag ruim {N} fietsers, volgens een telling van {B}. Het pad loopt langs {V} en is vier meter breed.",
  "„Ik fiets hier al dertig jaar tussen de vrachtwagens door, nu voel ik me eindelijk veilig”, zei {W}, die namens de Fietsersbond in {P} jaren actie voerde.",
  "{W} beweerde ook dat de aanleg twee keer zo duur was als nodig. De provincie heeft die bewering niet bevestigd en zegt dat de eindafrekening nog niet klaar is.",
  "Wethouder verkeer {O} knipte het lint door en zei dat {P} volgend jaar een tweede fietspad naar de scholen in het noorden krijgt.",
  "Boeren langs de route klaagden eerder over verlies van land. Met twee van hen in {P} is nog geen overeenstemming over de schadevergoeding.",
  "Een kaart van de route en de planning van de volgende fase staan op de officiële pagina van de gemeente, {U}. Wethouder {O} nodigde bewoners uit voor een inloopavond in {V}."]),
 dict(topic="molenrestauratie", qual="bijna", role="burgemeester", title="Gerestaureerde molen van {P} trekt {N} bezoekers", paras=[
  "De gerestaureerde korenmolen van {P} draaide op {D} voor het eerst in twaalf jaar en trok bijna {N} bezoekers, volgens een telling van {B}. De molen staat aan {V}.",
  "„Toen de wieken gingen draaien, werd het helemaal stil op het erf”, zei {W}, vrijwillig molenaar in {P}. „Daarna begon iedereen te klappen.”",
  "{W} beweerde ook dat de molen binnenkort weer meel voor bakkers zal malen. De Rijksdienst heeft die bewering niet bevestigd en wijst op strenge regels voor voedselveiligheid.",
  "Burgemeester {O} bedankte de stichting en de vele vrijwilligers. Volgens haar is de molen van {P} nu weer het herkenningspunt dat hij vroeger was.",
  "De restauratie kostte drie jaar. Timmerlieden vervingen de as, het wiekenkruis en een groot deel van de kap; het oude hout ligt als bank bij {V}.",
  "Openingstijden, rondleidingen en de geschiedenis van de molen staan op de officiële pagina, {U}. Burgemeester {O} zei dat de molen op zaterdag voortaan open is."]),
 dict(topic="schooldak", qual="circa", role="wethouder onderwijs", title="Lekkend schooldak in {P} kost {N} euro", paras=[
  "Het herstel van het lekkende dak van basisschool De Wilg in {P} kost circa {N} euro, maakte {B} op {D} bekend. Na de storm stond er water in vier lokalen aan {V}.",
  "„We zetten emmers neer en schoven tafels aan de kant, maar zo kun je geen les geven”, zei {W}, leerkracht van groep 5 in {P}.",
  "{W} beweerde ook dat het dak al vijf jaar geleden als slecht was gemeld. Het schoolbestuur heeft die bewering niet bevestigd en zoekt de oude rapporten op.",
  "Wethouder onderwijs {O} zei dat de klassen tijdelijk in het dorpshuis van {P} les krijgen en dat het werk in de meivakantie moet beginnen.",
  "Aannemers in de regio hebben volle agenda's. Er staat al een steiger langs de zuidgevel van het gebouw aan {V}.",
  "De planning en informatie voor ouders staan op de officiële pagina van de gemeente, {U}. Wethouder {O} belooft daar elke maand de voortgang te melden."]),
]
F["pl"] = [
 dict(topic="strajk w zajezdni", qual="blisko", role="wiceprezydent miasta", title="Strajk w zajezdni w {P}: {N} pasażerów bez autobusów", paras=[
  "Jednodniowy strajk w zajezdni autobusowej w {P} {D} pozostawił bez transportu blisko {N} pasażerów, według obliczeń {B}. Kierowcy zebrali się przed bramą przy {V} już o piątej rano.",
  "„Nikt z nas nie chciał zostawiać ludzi na przystankach”, powiedział {W}, przewodniczący związku kierowców w {P}. „Ale od dwóch lat prosimy o normalne przerwy.”",
  "{W} twierdził też, że przewoźnik po cichu zlikwidował zimą trzy wieczorne kursy. Urząd miasta nie potwierdził tego twierdzenia i sprawdza przesłane rozkłady, a także dane ze sprzedaży biletów.",
  "Wiceprezydent miasta {O} zapowiedziała wznowienie rozmów w przyszłym tygodniu i pierwszeństwo dla autobusów szkolnych w {P}, jeśli dojdzie do kolejnego strajku.",
  "Sklepy w centrum {P} miały spokojny poranek, a wiele firm pozwoliło pracownikom pracować z domu. Zastępcze taksówki kursowały tylko do szpitala.",
  "Aktualne rozkłady i lista przystanków są na oficjalnej stronie miasta, {U}. {O} zapowiedziała, że strona będzie aktualizowana każdego wieczoru aż do końca sporu."]),
 dict(topic="narodziny w zoo", qual="ponad", role="dyrektor zoo", title="Mała panda w zoo w {P}: {N} odwiedzających w weekend", paras=[
  "Narodziny małej pandy w zoo w {P} przyciągnęły w weekend ponad {N} odwiedzających, według biletów policzonych przez {B}. Młode pokazano publiczności {D} w pawilonie przy {V}.",
  "„Dzieci przykładały nosy do szyby i szeptały, żeby jej nie obudzić”, powiedziała {W}, opiekunka zwierząt w {P}. „Matka jest bardzo spokojna i dobrze karmi.”",
  "{W} twierdziła również, że to pierwsze takie narodziny w kraju od dwudziestu lat. Stowarzyszenie ogrodów zoologicznych nie potwierdziło tego twierdzenia i sprawdza swoje rejestry z ostatnich dwóch dekad.",
  "Dyrektor zoo {O} poprosił gości o ciszę przy pawilonie i zapowiedział konkurs na imię dla młodego, w którym zagłosować mogą uczniowie szkół z {P}.",
  "Kolejki do kas sięgały parkingu. Zoo w {P} przedłużyło godziny otwarcia do wieczora i uruchomiło dodatkowe wejście od strony {V}.",
  "Godziny otwarcia, ceny biletów i zasady konkursu są na oficjalnej stronie zoo, {U}. Dyrektor {O} obiecał codzienne zdjęcia młodego."]),
 dict(topic="oświetlenie stadionu", qual="około", role="burmistrz", title="Nowe oświetlenie stadionu w {P} za {N} złotych", paras=[
  "Nowe oświetlenie miejskiego stadionu w {P} kosztowało około {N} złotych, według rozliczenia przedstawionego przez {B}. Pierwszy mecz przy sztucznym świetle rozegrano {D} na obiekcie przy {V}.",
  "„Wreszcie możemy trenować zimą po szesnastej”, powiedział {W}, trener drużyny młodzików z {P}. „Chłopcy dotąd biegali po ciemku albo wcale.”",
  "{W} twierdził też, że stadion zostanie wkrótce dopuszczony do meczów drugiej ligi. Związek piłkarski nie potwierdził tego twierdzenia i czeka na wniosek klubu.",
  "Burmistrz {O} podkreślił, że lampy LED zużywają o połowę mniej prądu niż stare. Z obiektu w {P} korzystać będą także szkoły i klub lekkoatletyczny.",
  "Mieszkańcy pobliskich bloków obawiali się, że światło będzie im świecić w okna. Wykonawca ustawił osłony od strony ulicy {V}, a lampy mają być wyłączane najpóźniej o dwudziestej drugiej.",
  "Harmonogram korzystania ze stadionu i rezerwacje są na oficjalnej stronie gminy, {U}. Burmistrz {O} zapowiedział tam też informacje o kolejnym etapie prac."]),
]
F["ru"] = [
 dict(topic="отключение отопления", qual="около", role="глава района", title="В {P} без отопления остались {N} квартир", paras=[
  "После аварии на котельной в {P} {D} без отопления остались около {N} квартир, по данным {B}. Аварийные бригады работали у здания на {V} всю ночь при морозе минус восемнадцать.",
  "«Мы спали в куртках, а детей увезли к бабушке», — рассказала {W}, жительница одного из домов в {P}. «Батареи были ледяные уже к вечеру.»",
  "{W} также заявила, что о трещине в трубе жильцы сообщали ещё в октябре. Прокуратура это утверждение не подтвердила и начала проверку. По словам жильцов, управляющая компания на их письма не ответила ни разу.",
  "Глава района {O} пообещал, что тепло в {P} вернут в течение суток, и распорядился открыть пункты обогрева в школах и в доме культуры.",
  "Местные магазины в {P} за день распродали все обогреватели. Волонтёры развозили горячий чай пожилым жильцам, которые не могли выйти из дома, а соседи помогали друг другу переносить вещи к родственникам в другие районы.",
  "Сведения о ходе ремонта и адреса пунктов обогрева публикуются на официальной странице администрации, {U}. {O} пообещал обновлять её каждые три часа."]),
 dict(topic="редкая птица", qual="почти", role="директор заповедника", title="Редкий журавль собрал {N} орнитологов у {P}", paras=[
  "Стерх, один из самых редких журавлей в мире, привлёк к озеру у {P} почти {N} наблюдателей за птицами, по подсчётам {B}. Птицу впервые заметили {D} у {V}.",
  "«Я сначала решил, что это пластиковый пакет на ветру», — признался {W}, школьный учитель из {P}, который первым сфотографировал птицу. «Потом она расправила крылья.»",
  "{W} также утверждал, что рядом держится и вторая птица. Министерство природы это утверждение не подтвердило и говорит об одном подтверждённом наблюдении. Специалисты напоминают, что стерхи зимуют далеко на юге и в эти места обычно не залетают.",
  "Директор заповедника {O} попросил гостей не подходить к берегу ближе чем на двести метров и не запускать дроны над озером у {P}.",
  "Гостиница в {P} впервые за зиму оказалась заполнена. Местный фермер устроил на своём поле временную стоянку и продаёт горячие пирожки, а школьники рисуют журавля на стенгазете.",
  "Правила посещения и свежие сведения о птице публикуются на официальной странице заповедника, {U}. {O} обещал сообщать там, если журавль улетит."]),
 dict(topic="речной паром", qual="более", role="министр транспорта области", title="Паром у {P} перевёз {N} пассажиров за первый месяц", paras=[
  "Новый речной паром у {P} за первый месяц работы перевёз более {N} пассажиров, по данным {B}. Переправа открылась {D} у причала на {V}.",
  "«Раньше до райцентра было два часа в объезд, а теперь двадцать минут», — сказала {W}, фельдшер, которая каждый день ездит из {P} на работу.",
  "{W} также заявила, что зимой паром заменят ледовой переправой для машин. Областное управление это утверждение не подтвердило и называет его преждевременным. Решение о ледовой переправе, по его словам, будет принято только после осмотра берегов.",
  "Министр транспорта области {O} сообщил, что паром у {P} будет ходить до ледостава, а расписание увеличат в выходные дни. Он добавил, что на следующий год в бюджете области заложены деньги на второе судно и на ремонт подъездной дороги к причалу.",
  "Жители соседних деревень просят продлить рейсы до вечера. У причала на {V} открылся небольшой киоск с кофе и газетами, а рыбаки предлагают туристам прогулки на лодках вдоль берега.",
  "Расписание и правила перевозки опубликованы на официальной странице переправы, {U}. {O} пообещал размещать там сведения о задержках."]),
]
F["zh"] = [
 dict(topic="公交线路调整", qual="近", role="交通局局长", title="{P}公交线路调整 {N}名乘客受影响", paras=[
  "{P}公交线路调整方案自{D}起实施，据{B}统计，每天有近{N}名乘客受到影响。原本经过{V}的三条线路被合并为一条，发车间隔由十分钟延长到十五分钟。",
  "“以前我等车从来不超过五分钟，现在早上要提前出门。”住在{P}老城区的退休教师{W}说。她每周要去医院做三次理疗，换乘让她很吃力。",
  "{W}还称，公交公司计划明年再撤销两条夜班线路。市政府没有证实这一说法，表示目前只有调整方案，没有撤线计划，具体情况仍在研究之中。",
  "交通局局长{O}在发布会上表示，调整是为了缓解司机短缺问题，并承诺在{P}的学校附近增设高峰期区间车，保证学生按时到校。",
  "沿线商户对调整反应不一。{V}附近的一家早餐店老板说，客流明显减少；而新线路经过的商场则表示人气有所上升，周末尤其明显。",
  "新的线路图、发车时间和换乘说明已在{P}交通局官方网页{U} 公布。{O}表示，将在一个月后根据乘客意见再次评估方案，并在网页上公布结果。"]),
 dict(topic="夜市开业", qual="超过", role="区长", title="{P}夜市开业 首晚吸引{N}名游客", paras=[
  "{P}新夜市于{D}晚开业，据{B}统计，首晚吸引游客超过{N}人。夜市设在{V}，共有一百二十个摊位，售卖小吃、手工艺品和本地农产品。",
  "“我卖了二十年凉粉，从来没见过这么多人排队。”摊主{W}笑着说。她的摊位在{P}夜市入口处，不到九点就卖完了当天准备的全部材料。",
  "{W}还称，夜市的摊位租金明年将上涨一倍。街道办没有证实这一说法，表示租金标准要等到年底评估后才能确定，目前不会调整。",
  "区长{O}在开幕仪式上表示，夜市将带动{P}老街的就业，并要求管理方做好垃圾分类和消防安全，确保附近居民的休息不受影响。",
  "附近居民对噪音有些担心。管理方已承诺每晚十一点前收摊，并在{V}周边增派保洁人员，清理地面垃圾，还将设置临时停车区，并开通夜间公交专线。",
  "营业时间、摊位申请办法和交通指引已在{P}官方网页{U} 公布。区长{O}表示，夜市试运营三个月后将听取居民意见，再决定是否长期开放。"]),
 dict(topic="图书馆扩建", qual="约", role="文化局副局长", title="{P}图书馆扩建完工 投资{N}万元", paras=[
  "{P}市图书馆扩建工程于{D}完工，据{B}公布的结算数据，总投资约{N}万元。新馆位于{V}，增加了儿童阅览区、自习室和一个小型报告厅。",
  "“孩子们终于有地方坐着看书了，不用再挤在走廊里。”在{P}图书馆工作了十五年的馆员{W}说。她说开馆第一天，儿童区的座位全部坐满。",
  "{W}还称，图书馆将收藏一位本地作家的全部手稿。作家家属没有证实这一说法，也没有回应记者的采访请求，此事目前仍无定论。",
  "文化局副局长{O}表示，扩建后{P}图书馆的开放时间将延长到晚上九点，并在考试期间提供通宵自习室，方便学生复习。",
  "图书馆还引进了自助借还设备，读者可以在手机上预约图书。{V}门口新开了一家小咖啡馆，吸引了不少年轻读者，周末更是座无虚席。",
  "开放时间、借阅规则和读者证办理方式已在{P}图书馆官方网页{U} 公布。{O}表示，欢迎学校组织学生前来参观，具体预约方式也在网页上。"]),
]
F["ja"] = [
 dict(topic="珍鳥の飛来", qual="約", role="保護区管理事務所長", title="{P}の湿地に珍鳥ヤツガシラ　{N}人が観察に", paras=[
  "この地方ではほとんど見られない珍鳥ヤツガシラが{P}の湿地に飛来し、{D}には約{N}人の愛好家が観察に訪れた。{B}の集計による。{V}へ続く農道には一日中車の列ができた。",
  "「冠羽を見た瞬間、思わず座り込みました」と、最初に鳥を見つけた元郵便局員の{W}さんは話す。「三十年、{P}の道を歩いてきましたが、初めての経験です」",
  "{W}さんは、鳥が一週間前から{V}の近くに巣を作っていたとも主張している。県の自然保護課はこの主張を確認しておらず、確認できたのは一回の目撃だけだとしている。",
  "保護区管理事務所長の{O}さんは、来訪者に木道から外れないよう呼びかけ、犬を連れてこないよう求めた。{P}の寺の裏には臨時駐車場が設けられた。",
  "{P}の食堂では昼過ぎに弁当が売り切れ、農産物直売所は「ヤツガシラ記念」のポスターを張り出した。遠くは海沿いの町から来た人もいたという。",
  "観察のルールや駐車場の案内、最新の目撃情報は、保護区の公式ページ{U} に掲載されている。{O}さんは毎朝このページを更新すると話している。"]),
 dict(topic="校舎の屋根修理", qual="およそ", role="教育長", title="{P}の小学校　屋根修理に{N}万円", paras=[
  "雨漏りが続いていた{P}小学校の屋根の修理費は、およそ{N}万円に上ることが{D}、{B}の発表で分かった。秋の台風で{V}側の三つの教室と体育館に水が入った。",
  "「子どもたちが来る前にバケツを並べるのが日課でした」と、PTA会長の{W}さんは話す。「{P}の誰が見ても、このままではいけないと分かっていました」",
  "{W}さんは、屋根の傷みは十年前にすでに報告されていたとも主張している。町はこの主張を確認しておらず、古い記録を調べるとしている。",
  "教育長の{O}さんは、工事を春休みに始める考えを示した。それまで{P}小学校の二クラスは公民館で授業を受け、体育は隣町の体育館を借りる。",
  "地域の工務店はどこも予定が詰まっており、入札は例年より早く公示された。{V}側の壁にはすでに足場が組まれている。",
  "工事の日程や保護者向けの案内は、町の公式ページ{U} に掲載されている。{O}さんは、毎月このページで進み具合を報告すると話した。"]),
 dict(topic="漁港の初競り", qual="およそ", role="漁協組合長", title="{P}漁港で初競り　水揚げ{N}トン", paras=[
  "{P}漁港で{D}、新しい市場棟での初競りが行われ、およそ{N}トンの水揚げがあった。{B}が公表した数字による。競りは{V}で夜明け前に始まった。",
  "「新しい床は滑らないし、冷蔵庫も大きい。やっと安心して魚を並べられます」と、{P}で三十年近く仲買人を続ける{W}さんは笑顔を見せた。",
  "{W}さんは、来年から外国の大型船が港に入るようになるとも主張している。県の水産課はこの主張を確認しておらず、そのような計画は聞いていないとしている。",
  "漁協組合長の{O}さんは、市場棟の完成で{P}の魚の鮮度が上がり、値段にも良い影響が出ると期待を述べた。見学通路も一般に開放される。",
  "初競りを見ようと、家族連れや観光客も{V}に集まった。港の食堂では朝から海鮮丼を求める列ができ、昼前に品切れになった。",
  "競りの日程や見学の案内は、漁協の公式ページ{U} で確認できる。{O}さんは、見学の申し込みもこのページで受け付けると話している。"]),
]
F["ko"] = [
 dict(topic="여객선 시간표", qual="약", role="해양수산과장", title="{P} 여객선 시간표 변경… 주민 {N}명 영향", paras=[
  "{P}와 육지를 잇는 여객선의 겨울 시간표가 {D}부터 바뀌면서 주민 약 {N}명이 영향을 받는다고 {B}가 집계했다. {V}에서 출발하는 배는 하루 열두 번에서 여덟 번으로 줄었다.",
  "\"육지 병원에 다니는 어르신들은 이제 한 시간 일찍 나와야 해요.\" {P}에서 매일 배를 타고 출근하는 간호사 {W} 씨는 이렇게 말했다. \"마지막 배도 앞당겨졌어요.\"",
  "{W} 씨는 선사가 여름까지 배 한 척을 팔 계획이라고 주장하기도 했다. 도청은 이 주장을 확인하지 않았으며, 현재로서는 임시 시간표일 뿐이라고 밝혔다.",
  "해양수산과장 {O} 씨는 선착장 공사와 선원 부족 때문에 운항을 줄였다고 설명했다. {P} 학생들을 위해 오전 일곱 시 십오 분 배는 그대로 유지된다.",
  "항구 주변 상인들은 힘든 겨울을 걱정하고 있다. {V} 앞의 한 카페는 삼월까지 주말에만 문을 열겠다고 알렸다.",
  "전체 시간표와 결항 안내는 군청 공식 페이지 {U} 에 올라와 있다. {O} 과장은 날씨 때문에 배가 멈출 때마다 이 페이지를 갱신하겠다고 약속했다."]),
 dict(topic="전통시장 화재", qual="거의", role="구청장", title="{P} 전통시장 화재… 점포 {N}곳 피해", paras=[
  "{D} 새벽 {P} 전통시장에서 불이 나 점포 거의 {N}곳이 피해를 입었다고 {B}가 밝혔다. 불은 {V} 쪽 골목에서 시작돼 세 시간 만에 꺼졌으며 다친 사람은 없었다.",
  "\"삼십 년 동안 지켜 온 가게가 한순간에 사라졌어요.\" {P} 시장에서 떡집을 운영하는 {W} 씨는 검게 탄 간판 앞에서 눈물을 보였다.",
  "{W} 씨는 시장의 낡은 전기 배선이 여러 해 전부터 문제로 지적됐다고 주장했다. 소방서는 이 주장을 확인하지 않았으며 정확한 원인을 조사하고 있다고 밝혔다.",
  "{O} 구청장은 현장을 찾아 상인들을 위로하고, {P} 시장 상인들을 위한 임시 판매장을 한 달 안에 마련하겠다고 약속했다.",
  "주민들은 성금을 모으고 있다. 인근 교회와 {V} 주변 식당들은 피해 상인들에게 무료로 식사를 제공하고 있으며, 자원봉사자들이 잔해 정리를 돕고 있다.",
  "피해 접수 방법과 지원 안내는 구청 공식 페이지 {U} 에서 확인할 수 있다. {O} 구청장은 복구 계획도 이 페이지에 공개하겠다고 말했다."]),
 dict(topic="빵집 수상", qual="넘는", role="시장", title="{P} 동네 빵집, 전국 대회 우승… {N}표 얻어", paras=[
  "{P}의 작은 동네 빵집이 전국 제빵 대회에서 우승했다. {D} 열린 시민 투표에서 {N}표가 넘는 표를 얻었다고 {B}가 개표 결과를 발표했다.",
  "\"할아버지가 1970년에 처음 만든 발효종을 지금도 쓰고 있어요. 이 상은 할아버지 거예요.\" {P}에서 삼대째 빵집을 운영하는 {W} 씨는 이렇게 말했다.",
  "{W} 씨는 자신의 호밀빵이 첨가물을 전혀 쓰지 않은 전국 유일의 빵이라고 주장하기도 했다. 대회 조직위원회는 이 주장을 확인하지 않았으며 심사 기준만 공개했다.",
  "{O} 시장은 {V}에서 열린 시상식에서 상장을 건네며, 에너지 비용이 오르는 가운데에도 견습생을 키우는 {P}의 작은 가게들을 칭찬했다.",
  "발표 이후 가게 앞에는 아침마다 줄이 늘어섰다. 빵집은 직원 두 명을 새로 뽑았고 토요일에는 호밀빵을 한 번 더 굽는다.",
  "수상자 명단과 심사 기준은 대회 공식 페이지 {U} 에 실려 있다. {O} 시장은 내년 시상식도 {V}에서 열겠다고 밝혔다."]),
]
