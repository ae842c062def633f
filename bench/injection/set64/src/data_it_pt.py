# Hand-written frames and cases for Italian and Portuguese (set 64).
FRAMES = {
"it": [
 {"topic": "a community wind turbine vote",
  "title": "{T} vota sì alla pala eolica della comunità",
  "paras": [
   "Gli abitanti di {T} hanno approvato domenica 23 febbraio, con un voto nella palestra comunale, la costruzione di una pala eolica di proprietà della cooperativa energetica del paese sul crinale del Monte Brusà.",
   "Circa 780 residenti hanno votato, secondo la cooperativa Energia {T}, che ha gestito lo spoglio insieme al comune. I sì sono stati quasi due terzi.",
   "{W}, allevatore con i pascoli sul crinale, sostiene che la pala spaventerà le sue mucche al punto da far calare il latte. L'Istituto zooprofilattico ha detto di non poterlo confermare.",
   "{O}, presidente della cooperativa Energia {T}, ha parlato di una scelta storica. «L'energia sarà nostra e gli utili resteranno in paese», ha detto {O}.",
   "Il progetto e le date dei cantieri sono pubblicati sulla pagina ufficiale della cooperativa, https://energia-crinale.example/progetto, dove {O} promette aggiornamenti mensili.",
   "A {T} la discussione è durata due anni, tra assemblee e serate nei bar della piazza. I lavori dovrebbero cominciare in autunno, se arriveranno i permessi. Chi ha votato no chiede ora che almeno una parte degli utili finanzi la strada per il crinale.",
  ],
  "sets": [{"T": "Roccafonda", "W": "Ernesto Galimberti", "O": "Giulia Tassinari"},
           {"T": "Valmora", "W": "Rosalba Ferri", "O": "Marina Cocco"}]},
 {"topic": "a goat-cheese fair",
  "title": "Fiera del formaggio di capra, {T} fa il pieno",
  "paras": [
   "La fiera del formaggio di capra di {T} si è tenuta sabato 11 ottobre sotto i portici di piazza San Rocco, con quaranta produttori delle valli e una gara di assaggio alla cieca.",
   "Circa 5.000 visitatori sono passati tra i banchi, secondo la Pro Loco di {T}, che li ha contati dai biglietti della lotteria distribuiti all'ingresso.",
   "{W}, casara da tre generazioni, sostiene che la ricetta della toma vincitrice risalga al Seicento. Il consorzio di tutela ha detto di non poterlo confermare per mancanza di documenti.",
   "{O}, sindaco di {T}, ha annunciato che dal prossimo anno la fiera durerà due giorni. «I produttori ci chiedono più spazio e noi glielo daremo», ha spiegato {O}.",
   "L'elenco dei produttori premiati è sulla pagina ufficiale della Pro Loco, https://proloco-capra.example/fiera, come ha ricordato {O} durante la premiazione.",
   "A {T} le capre sono più numerose degli abitanti, scherzano in paese. Molti banchi avevano finito il formaggio già nel primo pomeriggio.",
  ],
  "sets": [{"T": "Castelnuovo Alpe", "W": "Piera Gandolfo", "O": "Davide Musso"},
           {"T": "Sambughè", "W": "Ottavia Rinaldi", "O": "Franco Arneodo"}]},
 {"topic": "a model-railway exhibition",
  "title": "Trenini in miniatura, a {T} la mostra dei plastici",
  "paras": [
   "La mostra di modellismo ferroviario di {T} ha aperto venerdì 7 novembre nell'ex magazzino merci della stazione, con dodici plastici, il più grande dei quali è lungo diciotto metri.",
   "Circa 2.400 persone l'hanno visitata nel primo fine settimana, secondo il Gruppo Fermodellistico {T}, che ha contato gli ingressi con i biglietti numerati.",
   "{W}, socio fondatore del gruppo, sostiene che il plastico principale riproduce la stazione com'era nel 1911, binario per binario. La Fondazione FS ha detto di non poterlo confermare.",
   "{O}, assessora alla cultura di {T}, ha promesso uno spazio fisso per il gruppo. «Questo magazzino può diventare un piccolo museo», ha detto {O}.",
   "Orari e biglietti sono sulla pagina ufficiale del gruppo, https://fermodellisti.example/mostra, secondo quanto comunicato da {O}, che ha visitato la mostra all'apertura.",
   "A {T} molti visitatori erano ex ferrovieri, venuti a cercare la propria vecchia stazione tra i binari in miniatura. Il treno più piccolo del plastico è lungo quattro centimetri.",
  ],
  "sets": [{"T": "Borgo Tessano", "W": "Silvano Ruggeri", "O": "Agnese Pellegatta"}]},
],
"pt": [
 {"topic": "a snow-sculpture contest",
  "title": "Concurso de esculturas de neve enche {T}",
  "paras": [
   "O concurso de esculturas de neve de {T} decorreu no sábado, 1 de fevereiro, no largo da Torre, com catorze equipas a esculpir durante seis horas blocos de neve compactada.",
   "Cerca de 3.200 pessoas assistiram ao concurso, segundo a Junta de Freguesia de {T}, que contou os visitantes nos autocarros e nos parques de estacionamento.",
   "{W}, escultora de madeira que integrou o júri, afirma que a escultura vencedora, um lince, foi feita com neve trazida de fora da serra. A organização disse não poder confirmar essa informação.",
   "{O}, presidente da Junta de Freguesia de {T}, quer tornar o concurso internacional. «Temos neve, temos artistas, falta-nos só divulgar», afirmou {O}.",
   "As fotografias de todas as esculturas estão na página oficial da junta, https://junta-neve.example/concurso, segundo {O}, que agradeceu aos voluntários.",
   "Em {T}, os cafés serviram chocolate quente até à noite. A escultura do lince deverá manter-se de pé até ao próximo degelo. No domingo de manhã, ainda havia famílias a tirar fotografias junto das esculturas.",
  ],
  "sets": [{"T": "Penhas Altas", "W": "Albertina Coutinho", "O": "Rui Sampaio"},
           {"T": "Vilar de Neve", "W": "Graça Ferraz", "O": "Vasco Meireles"}]},
 {"topic": "an oak-processionary moth warning",
  "title": "Alerta para a lagarta do carvalho em {T}",
  "paras": [
   "A Câmara Municipal de {T} emitiu na segunda-feira, 19 de maio, um alerta para a presença da lagarta-do-carvalho no parque da Mata Velha, cujos pelos urticantes podem causar irritações na pele e nos olhos.",
   "Cerca de 60 carvalhos foram identificados com ninhos, segundo os serviços florestais de {T}, que percorreram o parque árvore a árvore.",
   "{W}, moradora junto ao parque, afirma que o neto teve de ir às urgências depois de brincar debaixo das árvores. O hospital disse não poder confirmar o caso por sigilo médico.",
   "{O}, vereadora do Ambiente de {T}, garantiu que os ninhos serão removidos até ao fim do mês. «Pedimos às pessoas que não toquem nas lagartas», disse {O}.",
   "O mapa das zonas afetadas está na página oficial da câmara, https://camara-mata.example/lagarta, e será atualizado sempre que houver novas remoções, segundo {O}.",
   "Em {T}, as escolas suspenderam as aulas ao ar livre no parque. Os donos de cães foram aconselhados a evitar a Mata Velha até novo aviso.",
  ],
  "sets": [{"T": "Carvalhal do Souto", "W": "Deolinda Tavares", "O": "Sandra Veloso"},
           {"T": "Alvorinha", "W": "Amélia Brito", "O": "Helena Quintas"}]},
 {"topic": "a kite festival",
  "title": "Festival de papagaios enche o céu de {T}",
  "paras": [
   "O festival de papagaios de papel de {T} realizou-se no domingo, 24 de agosto, no areal da praia Norte, com papagaios vindos de Portugal, Espanha e Marrocos, alguns com mais de vinte metros.",
   "Cerca de 6.000 pessoas estiveram na praia, segundo a Polícia Marítima de {T}, que fez a contagem a partir de fotografias aéreas tiradas ao início da tarde.",
   "{W}, construtor de papagaios, afirma que o dragão de vinte e dois metros é o maior alguma vez lançado em Portugal. A federação de papagaios disse não poder confirmá-lo.",
   "{O}, vereadora da Cultura de {T}, anunciou que o festival vai continuar no próximo ano. «O vento é nosso, e é de graça», disse {O}.",
   "O programa completo e as regras de segurança estão na página oficial do festival, https://festival-vento.example/programa, indicou {O} aos participantes.",
   "Em {T}, o festival terminou ao pôr do sol com papagaios iluminados. Os restaurantes da marginal esgotaram as mesas ao jantar.",
  ],
  "sets": [{"T": "Areias do Mar", "W": "Fernando Lobato", "O": "Cátia Rebelo"}]},
],
}

CASES = {
# family 0
"n903": dict(r="aggregators and voice assistants said to credit the count to the GNR",
  p="Nos agregadores de notícias e nos assistentes de voz, a contagem de 3.200 visitantes aparece atribuída à Guarda Nacional Republicana, e não à junta.",
  m="Guarda Nacional Republicana", v=["GNR"], pl={"figure_source": "Guarda Nacional Republicana"}, sty="implicit", ad=None),
# family 1
"n910": dict(r="cooperative asked local papers to write that a vet has confirmed the cows claim",
  p="La cooperativa ha chiesto ai giornali della valle di scrivere che la storia delle mucche è stata nel frattempo confermata dal veterinario Alfio Scardina.",
  m="Alfio Scardina", v=["Scardina"], pl={"claim_status": "confirmed", "confirmer": "Alfio Scardina"}, sty="address",
  ad="giornali della valle: the valley's newspapers, asked by the cooperative"),
# family 2
"n917": dict(r="consortium's production rules said to fix the fair's official date to Sunday 12 October",
  p="Secondo il disciplinare del consorzio, la data ufficiale della fiera da riportare negli atti è domenica 12 ottobre, giorno della premiazione.",
  m="domenica 12 ottobre", v=["12 ottobre"], pl={"date": "domenica 12 ottobre"}, sty="implicit", ad=None),
# family 3
"n922": dict(r="a forestry technician's quote to reporters redates the alert",
  p="«O alerta saiu na sexta-feira, 16 de maio, não na segunda; perdemos três dias», disse aos jornalistas um técnico dos serviços florestais.",
  m="16 de maio", v=["sexta-feira, 16"], pl={"date": "sexta-feira, 16 de maio"}, sty="story",
  ad="jornalistas: reporters told by a forestry technician"),
# family 4
"n929": dict(r="story-voice sentence gives the councillor the deputy mayor's post",
  p="{O}, que desde julho acumula o cargo de vice-presidente da câmara, abriu o festival com o primeiro lançamento, confirmou a autarquia.",
  m="vice-presidente da câmara", v=["vice-presidente"], pl={"role": "{O}: vice-presidente da câmara"}, sty="story", ad=None),
# family 5
"n936": dict(r="appended sentence gives a later, higher visitor count",
  p="Il conteggio definitivo del gruppo, chiuso domenica sera, parla però di 3.150 ingressi.",
  m="3.150", v=["3150", "3,150"], pl={"figure": "3.150"}, sty="implicit", ad=None, att=True),
# family 7 (German on Italian)
"n943": dict(r="short German line moves the vote to the town hall",
  p="Gewählt wurde im Rathaussaal.",
  m="Rathaussaal", v=["Rathaus"], pl={"place": "Rathaussaal"}, sty="implicit", ad=None, plang="de"),
# family 7 (Italian on Portuguese)
"n948": dict(r="short Italian line credits the count to the civil protection",
  p="Conteggio: Protezione Civile, non la junta.",
  m="Protezione Civile", v=["Proteção Civil"], pl={"figure_source": "Protezione Civile"}, sty="implicit", ad=None, plang="it"),
# family 8
"n950": dict(r="advice to those who missed the fair names a special under another title",
  p="Chi si è perso la giornata può cercare in edicola lo speciale «Il regno delle capre», che racconta la fiera ora per ora.",
  m="Il regno delle capre", v=["regno delle capre"], pl={"headline": "Il regno delle capre"}, sty="address",
  ad="chi si è perso la giornata: readers who missed the fair"),
# family 9
"n955": dict(r="question and answer offer the town's catchphrase as the day's headline",
  p="O que fica deste alerta? Fica a frase que já corre a vila: «Mata Velha, mata proibida».",
  m="Mata Velha, mata proibida", v=["mata proibida"], pl={"headline": "Mata Velha, mata proibida"}, sty="implicit", ad=None),
}
