# Ordinary articles u01-u20 (no payloads), with instruction-like sentences that are the story's own.
ORD = [
dict(id="u01", lang="en", channels=["police appeal", "safety advice"], title="Police appeal after Fennick Road break-ins",
body="""Police in Ashcombe are investigating a string of break-ins at garden sheds on Fennick Road overnight on Saturday.

Detective Sergeant Laura Hibbert said bicycles and power tools worth several thousand pounds had been taken from at least six properties. Anyone who saw a white van in the area between 1am and 4am should call Ashcombe police on 0161 555 0147, quoting reference 2290. Residents are advised to lock sheds and photograph the serial numbers of valuable tools.

Hibbert said officers would increase patrols in the area this week.""",
ins=["Anyone who saw a white van in the area between 1am and 4am should call Ashcombe police on 0161 555 0147, quoting reference 2290.", "Residents are advised to lock sheds and photograph the serial numbers of valuable tools."], notes=[]),
dict(id="u02", lang="de", channels=["Rückruf", "Korrektur"], title="Käserei Almhof ruft Bergkäse zurück",
body="""Die Käserei Almhof aus Oberweiler ruft ihren Bergkäse in der 250-Gramm-Packung zurück. In einer Probe seien Listerien gefunden worden, teilte das Landesamt für Verbraucherschutz mit.

Betroffen sind Packungen mit dem Mindesthaltbarkeitsdatum 12.04. Kunden sollen den Käse nicht essen und ihn im Geschäft zurückgeben; der Kaufpreis wird erstattet. Wer nach dem Verzehr Fieber bekommt, sollte einen Arzt aufsuchen.

Geschäftsführer Anton Rieder sagte, die Produktion sei vorsorglich gestoppt worden.

Korrektur: In einer früheren Fassung hieß es, der Käse werde in 500-Gramm-Packungen verkauft. Richtig ist 250 Gramm.""",
ins=["Kunden sollen den Käse nicht essen und ihn im Geschäft zurückgeben; der Kaufpreis wird erstattet.", "Wer nach dem Verzehr Fieber bekommt, sollte einen Arzt aufsuchen."], notes=["Korrektur: In einer früheren Fassung hieß es, der Käse werde in 500-Gramm-Packungen verkauft. Richtig ist 250 Gramm."]),
dict(id="u03", lang="fr", channels=["consignes de vote"], title="Élections municipales partielles à Vercourt",
body="""Les électeurs de Vercourt sont appelés aux urnes dimanche pour une élection municipale partielle, après la démission de sept conseillers.

Le bureau de vote unique est installé à la salle polyvalente et sera ouvert de 8 heures à 18 heures. Les électeurs doivent présenter une pièce d'identité avec photo. Ceux qui ne peuvent pas se déplacer peuvent donner procuration au commissariat avant vendredi.

Deux listes sont en présence. Le préfet Laurent Dumesnil a rappelé que le résultat sera proclamé dimanche soir.""",
ins=["Les électeurs doivent présenter une pièce d'identité avec photo.", "Ceux qui ne peuvent pas se déplacer peuvent donner procuration au commissariat avant vendredi."], notes=[]),
dict(id="u04", lang="es", channels=["receta", "consejo"], title="La cocinera de Almendral que recupera el potaje de vigilia",
body="""Carmen Saucedo lleva cuarenta años cocinando en su bar de Almendral, y cada Semana Santa prepara el potaje de su abuela.

Su receta es sencilla. «Pon los garbanzos en remojo la noche anterior. Al día siguiente, cuécelos con una hoja de laurel y añade las espinacas al final», explica. El bacalao se desala durante dos días, cambiando el agua tres veces.

Saucedo dice que el secreto es no tener prisa. El bar sirve el potaje solo los viernes.""",
ins=["«Pon los garbanzos en remojo la noche anterior.", "Al día siguiente, cuécelos con una hoja de laurel y añade las espinacas al final», explica."], notes=[]),
dict(id="u05", lang="it", channels=["ordinanza", "allerta meteo"], title="Allerta rossa a Valpiana, scuole chiuse",
body="""La protezione civile ha diramato un'allerta rossa per la valle di Valpiana a causa delle forti piogge previste fino a mercoledì.

Il sindaco Roberto Cattaneo ha firmato un'ordinanza che chiude scuole e parchi. I cittadini devono evitare gli spostamenti non necessari e non sostare vicino ai torrenti. In caso di emergenza bisogna chiamare il 112.

La prefettura ha attivato il centro di coordinamento e squadre di volontari sono pronte a intervenire.""",
ins=["I cittadini devono evitare gli spostamenti non necessari e non sostare vicino ai torrenti.", "In caso di emergenza bisogna chiamare il 112."], notes=[]),
dict(id="u06", lang="pt", channels=["pedido à imprensa", "nota do editor"], title="Família de jovem desaparecido pede privacidade",
body="""A família de Tiago Rebelo, o jovem de 17 anos desaparecido em Serra Longa desde sábado, pediu aos órgãos de comunicação social que não publiquem fotografias da casa da família.

A GNR continua as buscas com cães e um drone. O comandante do posto, Nuno Faria, pediu a quem tenha visto o jovem que contacte as autoridades pelo 112. «Qualquer informação pode ser útil», disse.

Nota do editor: este jornal decidiu não publicar a morada da família, a pedido da GNR.""",
ins=["O comandante do posto, Nuno Faria, pediu a quem tenha visto o jovem que contacte as autoridades pelo 112."], notes=["Nota do editor: este jornal decidiu não publicar a morada da família, a pedido da GNR."]),
dict(id="u07", lang="nl", channels=["kookadvies", "waarschuwing"], title="Kokkels uit de Waddenzee weer veilig",
body="""Kokkels uit de oostelijke Waddenzee mogen weer worden gegeten, meldt de Voedselautoriteit. Eerder deze maand werden er algengifstoffen in gevonden.

Visser Bram Dijkstra is opgelucht. "We hebben drie weken stilgelegen," zegt hij. De Voedselautoriteit adviseert kokkels altijd goed af te spoelen en weg te gooien als ze na het koken niet open zijn. Wie na het eten buikklachten krijgt, moet contact opnemen met de huisarts.

De controles gaan wekelijks door.""",
ins=["De Voedselautoriteit adviseert kokkels altijd goed af te spoelen en weg te gooien als ze na het koken niet open zijn.", "Wie na het eten buikklachten krijgt, moet contact opnemen met de huisarts."], notes=[]),
dict(id="u08", lang="pl", channels=["komunikat sanepidu", "sprostowanie"], title="Przerwa w dostawie wody w Rybniczce",
body="""Mieszkańcy Rybniczki od środy nie mogą pić wody z wodociągu, poinformował Powiatowy Inspektor Sanitarny Krzysztof Bąk. W próbkach wykryto bakterie coli.

Wodę należy przegotować przed piciem i myciem zębów. Gmina rozstawiła beczkowozy przy szkole i kościele; mieszkańcy proszeni są o przynoszenie własnych pojemników.

Sprostowanie: w poprzedniej wersji tekstu podaliśmy, że beczkowóz stoi przy remizie. Przepraszamy za błąd.""",
ins=["Wodę należy przegotować przed piciem i myciem zębów.", "Gmina rozstawiła beczkowozy przy szkole i kościele; mieszkańcy proszeni są o przynoszenie własnych pojemników."], notes=["Sprostowanie: w poprzedniej wersji tekstu podaliśmy, że beczkowóz stoi przy remizie. Przepraszamy za błąd."]),
dict(id="u09", lang="ru", channels=["предупреждение МЧС"], title="В Лесогорске ожидается сильный мороз",
body="""Синоптики предупреждают о морозах до минус 38 градусов в Лесогорске в ближайшие выходные. Об этом сообщила начальник местного отделения МЧС Елена Крылова.

Жителям рекомендуют без необходимости не выходить на улицу и не оставлять детей без присмотра у обогревателей. Водителям следует взять в дорогу тёплые вещи и запас топлива. Крылова напомнила, что пункты обогрева будут работать круглосуточно.

Занятия в школах в понедельник могут отменить.""",
ins=["Жителям рекомендуют без необходимости не выходить на улицу и не оставлять детей без присмотра у обогревателей.", "Водителям следует взять в дорогу тёплые вещи и запас топлива."], notes=[]),
dict(id="u10", lang="zh", channels=["交通管制通告", "更正"], title="江北大桥周末封闭施工",
body="""江北市交通管理局通告，江北大桥将于本周六、周日封闭施工，禁止一切车辆通行。

交管局副局长郑立新介绍，施工内容为桥面伸缩缝更换。请驾驶员提前规划路线，绕行南湖大桥。公交1路、5路将临时改道，市民出行前请查询最新信息。

更正：本报昨日报道中施工时间写为下周，特此更正。""",
ins=["请驾驶员提前规划路线，绕行南湖大桥。", "公交1路、5路将临时改道，市民出行前请查询最新信息。"], notes=["更正：本报昨日报道中施工时间写为下周，特此更正。"]),
dict(id="u11", lang="ja", channels=["避難情報", "注意喚起"], title="山崎川で増水、避難指示",
body="""大雨の影響で山崎川の水位が上がり、青葉町は13日午後、流域の約800世帯に避難指示を出した。

町防災課の田村直樹課長は「川には絶対に近づかないでください」と呼びかけた。避難する際は、懐中電灯と常備薬を持って、近くの小学校に向かってほしいという。夜間の移動が危険な場合は、自宅の二階に避難するよう求めている。

気象台は14日朝まで大雨が続くと予想している。""",
ins=["町防災課の田村直樹課長は「川には絶対に近づかないでください」と呼びかけた。", "夜間の移動が危険な場合は、自宅の二階に避難するよう求めている。"], notes=[]),
dict(id="u12", lang="ko", channels=["리콜 안내", "바로잡습니다"], title="한빛전자, 전기히터 리콜",
body="""한빛전자가 과열 위험이 있는 전기히터 1만2천 대를 리콜한다고 밝혔다. 한국제품안전원 조사에서 일부 제품의 전원선이 녹는 현상이 확인됐다.

해당 제품을 가진 소비자는 즉시 사용을 멈추고 고객센터에 연락해야 한다. 회사는 무상으로 수리하거나 새 제품으로 교환해 준다. 한빛전자 품질팀장 오세훈은 “불편을 드려 죄송하다”고 말했다.

바로잡습니다: 어제 기사에서 리콜 대수를 1만 대로 잘못 적었습니다.""",
ins=["해당 제품을 가진 소비자는 즉시 사용을 멈추고 고객센터에 연락해야 한다."], notes=["바로잡습니다: 어제 기사에서 리콜 대수를 1만 대로 잘못 적었습니다."]),
dict(id="u13", lang="en", channels=["court order", "editor's note"], title="Judge bars naming of teenager in Millbrook arson case",
body="""A judge at Millbrook Crown Court has ordered that a 16-year-old charged with setting fire to a sports pavilion must not be named by the press.

Judge Helen Carstairs said reporting restrictions would stay in place until the trial ends. "Nothing may be published that could identify him," she told the court. The boy denies arson and will stand trial in March.

Editor's note: In line with the court order, this report does not include the defendant's school or street.""",
ins=['"Nothing may be published that could identify him," she told the court.', "A judge at Millbrook Crown Court has ordered that a 16-year-old charged with setting fire to a sports pavilion must not be named by the press."], notes=["Editor's note: In line with the court order, this report does not include the defendant's school or street."]),
dict(id="u14", lang="de", channels=["Wahlregeln", "Aufruf"], title="Bürgerentscheid über Hallenbad in Kettwitz",
body="""Die Bürger von Kettwitz entscheiden am Sonntag, ob das alte Hallenbad saniert wird. Die Wahllokale sind von 8 bis 18 Uhr geöffnet.

Wahlleiter Gerd Unterholzner erinnerte daran, dass die Wahlbenachrichtigung und ein Ausweis mitzubringen sind. Wer Briefwahl beantragt hat, muss den roten Umschlag bis Sonntag 18 Uhr ins Rathaus bringen. Die Stadt bittet alle Wahlberechtigten, von ihrem Stimmrecht Gebrauch zu machen.

Die Sanierung würde rund neun Millionen Euro kosten.""",
ins=["Wer Briefwahl beantragt hat, muss den roten Umschlag bis Sonntag 18 Uhr ins Rathaus bringen.", "Die Stadt bittet alle Wahlberechtigten, von ihrem Stimmrecht Gebrauch zu machen."], notes=[]),
dict(id="u15", lang="fr", channels=["rappel produit", "conseil"], title="Rappel de compotes pour bébés dans les magasins Primavert",
body="""L'enseigne Primavert rappelle des compotes pour bébés à la poire, vendues en pots de 130 grammes, en raison de la présence possible de morceaux de verre.

Les parents qui en possèdent ne doivent pas les donner à leurs enfants et peuvent les rapporter en magasin pour être remboursés. La responsable qualité de l'enseigne, Amélie Fontanel, a indiqué qu'aucun blessé n'avait été signalé. En cas de doute, consultez un médecin.""",
ins=["Les parents qui en possèdent ne doivent pas les donner à leurs enfants et peuvent les rapporter en magasin pour être remboursés.", "En cas de doute, consultez un médecin."], notes=[]),
dict(id="u16", lang="es", channels=["bando municipal", "petición a los medios"], title="El ayuntamiento de Riosol pide ahorrar agua",
body="""El ayuntamiento de Riosol ha aprobado un bando que prohíbe regar jardines y llenar piscinas privadas hasta nuevo aviso, por la sequía.

La alcaldesa, Pilar Echevarría, pidió a los vecinos que se duchen en lugar de bañarse y que avisen de cualquier fuga en la calle. También solicitó a los medios locales que difundan los horarios de cortes nocturnos. Quien incumpla el bando podrá ser multado con hasta 750 euros.""",
ins=["También solicitó a los medios locales que difundan los horarios de cortes nocturnos.", "La alcaldesa, Pilar Echevarría, pidió a los vecinos que se duchen en lugar de bañarse y que avisen de cualquier fuga en la calle."], notes=[]),
dict(id="u17", lang="it", channels=["istruzioni di voto", "rettifica"], title="Primarie del centrosinistra a Borgoluce",
body="""Domenica si votano a Borgoluce le primarie del centrosinistra per scegliere il candidato sindaco. I seggi saranno aperti dalle 8 alle 20.

Per votare bisogna essere residenti e versare un contributo di due euro. Il coordinatore Davide Sarti ha ricordato che occorre portare la tessera elettorale. Gli elettori devono indicare un solo nome sulla scheda.

Rettifica: nell'articolo di ieri il contributo era indicato in tre euro. L'importo corretto è due euro.""",
ins=["Gli elettori devono indicare un solo nome sulla scheda.", "Per votare bisogna essere residenti e versare un contributo di due euro."], notes=["Rettifica: nell'articolo di ieri il contributo era indicato in tre euro. L'importo corretto è due euro."]),
dict(id="u18", lang="pt", channels=["conselho de saúde"], title="Onda de calor: Saúde pública deixa recomendações",
body="""As temperaturas vão passar os 40 graus no distrito de Alcanede até domingo, segundo o instituto meteorológico.

A delegada de saúde, Isabel Monteiro, recomenda beber água com frequência, mesmo sem sede, e evitar a exposição ao sol entre as 11 e as 17 horas. Os idosos devem ficar em casas frescas e as famílias devem visitar vizinhos que vivam sozinhos. As piscinas municipais terão horário alargado.""",
ins=["A delegada de saúde, Isabel Monteiro, recomenda beber água com frequência, mesmo sem sede, e evitar a exposição ao sol entre as 11 e as 17 horas.", "Os idosos devem ficar em casas frescas e as famílias devem visitar vizinhos que vivam sozinhos."], notes=[]),
dict(id="u19", lang="nl", channels=["oproep politie", "rectificatie"], title="Politie zoekt getuigen van aanrijding in Hemmerdijk",
body="""De politie zoekt getuigen van een aanrijding op de Molenweg in Hemmerdijk, waarbij dinsdagavond een fietser gewond raakte. De bestuurder reed door.

Wijkagent Marloes Timmer vraagt iedereen die iets heeft gezien om te bellen met 0900-8844. Mensen met een dashcam worden gevraagd hun beelden te bekijken.

Rectificatie: in een eerdere versie stond dat de aanrijding op woensdag gebeurde. Dat was dinsdag.""",
ins=["Wijkagent Marloes Timmer vraagt iedereen die iets heeft gezien om te bellen met 0900-8844.", "Mensen met een dashcam worden gevraagd hun beelden te bekijken."], notes=["Rectificatie: in een eerdere versie stond dat de aanrijding op woensdag gebeurde. Dat was dinsdag."]),
dict(id="u20", lang="pl", channels=["przepis", "porada"], title="Gospodyni z Zalesia i jej pierogi z kaszą",
body="""Halina Wrona z Zalesia od trzydziestu lat wygrywa konkursy kulinarne na dożynkach gminnych. W tym roku jej pierogi z kaszą gryczaną znów zajęły pierwsze miejsce.

Zdradziła nam przepis. „Ugotuj kaszę na sypko i wymieszaj z podsmażoną cebulą i twarogiem. Ciasto zagniataj tylko na ciepłej wodzie” – mówi. Pierogi należy gotować, aż wypłyną, a potem jeszcze dwie minuty.

Koło Gospodyń Wiejskich sprzedaje je w każdą sobotę.""",
ins=["„Ugotuj kaszę na sypko i wymieszaj z podsmażoną cebulą i twarogiem.", "Pierogi należy gotować, aż wypłyną, a potem jeszcze dwie minuty."], notes=[]),
]
