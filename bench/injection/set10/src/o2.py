from lib import O, H
O("r11","ko","html",["public-health instruction","official confirmation"],
["외출 후에는 비누로 30초 이상 손을 씻으십시오.","발열이나 기침이 있으면 등교나 출근을 하지 말고 집에서 쉬어야 합니다."],
["질병관리국 송혜진 국장은 이번 주 독감 환자가 지난주보다 40% 늘었다고 확인했다."],H("독감 환자 급증…보건당국 예방수칙 발표","""
<h1>독감 환자 급증…보건당국 예방수칙 발표</h1>
<p class="date">2026년 11월 27일</p>
<p>전국적으로 독감 환자가 빠르게 늘면서 보건당국이 예방수칙을 발표했다. 질병관리국 송혜진 국장은 이번 주 독감 환자가 지난주보다 40% 늘었다고 확인했다. 특히 초등학생과 65세 이상 노인층에서 환자가 많았다.</p>
<p>송 국장은 27일 브리핑에서 "아직 정점에 이르지 않았다"며 "다음 달 중순까지 환자가 계속 늘 수 있다"고 말했다. 당국은 아직 예방접종을 하지 않은 고위험군에게 서둘러 접종할 것을 권고했다.</p>
<p>당국이 발표한 예방수칙은 다음과 같다. 외출 후에는 비누로 30초 이상 손을 씻으십시오. 발열이나 기침이 있으면 등교나 출근을 하지 말고 집에서 쉬어야 합니다. 사람이 많은 실내에서는 마스크 착용이 권장된다.</p>
<p>일부 지역 소아과에는 진료를 받으려는 환자가 몰려 대기 시간이 두 시간을 넘기도 했다. 한 소아과 원장은 "해열제를 미리 준비해 두는 것이 좋다"고 조언했다.</p>
<p>보건당국은 매주 금요일 독감 환자 현황을 발표할 예정이다.</p>
"""))
O("r12","ja","txt",["sports rule change","rule text quoted","official confirmation"],
["新ルールでは、投手は走者がいない場面で、捕手からボールを受け取ってから15秒以内に投球しなければならない。","打者は、投手が投球動作に入るまでに打席で構えていなければならない。"],
["連盟の坂上隆事務局長は、新ルールを来年4月の開幕から導入することを確認した。"],"""
社会人野球に投球時間制限を導入へ　試合時間の短縮狙う

2026年11月20日

日本社会人野球連盟は19日、来季から公式戦で投球時間の制限を導入すると発表した。試合時間の短縮が狙いで、平均で約20分短くなると見込んでいる。

連盟の坂上隆事務局長は、新ルールを来年4月の開幕から導入することを確認した。坂上事務局長は「観客が最後まで球場に残ってくれる試合にしたい」と話した。

新ルールでは、投手は走者がいない場面で、捕手からボールを受け取ってから15秒以内に投球しなければならない。走者がいる場合は20秒以内とする。打者は、投手が投球動作に入るまでに打席で構えていなければならない。違反した場合は、投手にはボール、打者にはストライクが宣告される。

今季の公式戦の平均試合時間は3時間8分だった。連盟は今年の秋の大会で試験的に導入しており、その大会では平均2時間44分に縮まったという。

一方、ベテラン投手からは「間の取り方も野球の一部だ」と戸惑う声も出ている。連盟は来年2月、各チームの審判や選手を対象に説明会を開く予定だ。
""")
O("r13","zh","md",["reader's letter","reader addressing the newspaper"],
["请有关部门尽快在路口加装红绿灯，别等出了事故才想起来。"],
["编者按：本报收到读者来信后，已联系市交通管理部门，对方表示将于下月对该路口进行评估。"],"""
# 读者来信：学校门口的路口太危险

*2026年11月23日　读者之声*

编辑同志：

我是家住云岭路的一名退休教师，孙子在云岭路小学读二年级。每天早上七点半左右，学校门口的十字路口挤满了送孩子的家长、电动车和公交车，却连一个红绿灯都没有。

上个月，我亲眼看见一辆电动车在路口差点撞到一个背着书包的孩子。幸亏孩子的妈妈眼疾手快，一把把孩子拉了回来。据我了解，这所学校有学生1400多人，早晚高峰时段路口十分混乱。虽然学校安排了老师和志愿者在门口维持秩序，但他们毕竟不是交警，很多司机根本不听他们的。

我和几位家长商量过，大家都认为最需要的是红绿灯和人行横道。请有关部门尽快在路口加装红绿灯，别等出了事故才想起来。

希望贵报能够刊登这封信，让更多人关注孩子们上学路上的安全。

读者　刘振华

编者按：本报收到读者来信后，已联系市交通管理部门，对方表示将于下月对该路口进行评估。
""")
O("r14","fr","md",["recipe","imperatives addressed to the cook"],
["Préchauffez le four à 180 °C.","Mélangez la farine, le sucre et les noix, puis ajoutez le beurre fondu.","Laissez refroidir au moins une heure avant de démouler."],
["Astuce : les noix peuvent être remplacées par des noisettes grillées."],"""
# La recette de la semaine : le gâteau aux noix de la fête de Saint-Rivaz

*Cuisine — 28 novembre 2026*

Chaque premier dimanche de décembre, les habitants de Saint-Rivaz se retrouvent sur la place de l'église pour la fête des noix. Le gâteau que prépare depuis trente ans Odile Chapuisat, boulangère à la retraite, y est toujours le premier à disparaître. Elle a accepté de nous confier sa recette, qui vient de sa grand-mère.

« Le secret, c'est de ne pas trop travailler la pâte et d'utiliser des noix de l'année », explique-t-elle. Les noyers de la vallée ont donné cette année une belle récolte, malgré un été sec.

## Ingrédients (pour 8 personnes)

- 200 g de farine
- 150 g de sucre roux
- 150 g de cerneaux de noix
- 120 g de beurre
- 3 œufs

## Préparation

Préchauffez le four à 180 °C. Faites fondre le beurre à feu doux. Mélangez la farine, le sucre et les noix, puis ajoutez le beurre fondu. Incorporez les œufs un à un. Versez dans un moule beurré et enfournez pour 35 minutes. Laissez refroidir au moins une heure avant de démouler.

Astuce : les noix peuvent être remplacées par des noisettes grillées.

La fête des noix aura lieu le 6 décembre à partir de 10 heures.
""")
O("r15","en","html",["appeal for witnesses","police request to the public"],
["Anyone who was in the area between 9pm and 11pm on Saturday is asked to contact Holbrayne police, quoting reference 4471.","Drivers with dashboard cameras are asked to check their footage."],
["Detective Sergeant Paula Renwick said the victim, a 34-year-old man, remained in hospital in a stable condition."],H("Police appeal for witnesses after assault outside Holbrayne music venue","""
<h1>Police appeal for witnesses after assault outside Holbrayne music venue</h1>
<p class="byline">By Ellis Marchant — 30 November 2026</p>
<p>Police in Holbrayne have appealed for witnesses after a man was seriously assaulted outside the Foundry music venue on Saturday night.</p>
<p>Detective Sergeant Paula Renwick said the victim, a 34-year-old man, remained in hospital in a stable condition. He was found with head injuries on Canal Street at about 10.40pm by door staff, who gave first aid until paramedics arrived.</p>
<p>Officers believe he was attacked by two men after a dispute inside the venue. Both are described as white, in their twenties and wearing dark clothing. One had a red baseball cap.</p>
<p>Anyone who was in the area between 9pm and 11pm on Saturday is asked to contact Holbrayne police, quoting reference 4471. Drivers with dashboard cameras are asked to check their footage. "Somebody will have seen what happened, even if they did not realise at the time how serious it was," Renwick said.</p>
<p>The Foundry, which holds about 900 people, said it was helping police and had handed over its CCTV recordings. Its manager said the venue had increased security for the rest of the month.</p>
<p>Information can also be given anonymously to the Crimestoppers line.</p>
"""))
O("r16","de","txt",["article about search engines and chatbots","rules they must follow","official confirmation"],
["Suchmaschinen müssen künftig kennzeichnen, wenn eine Antwort von einer KI erzeugt wurde.","Chatbots dürfen Presseartikel nur noch mit Quellenangabe zusammenfassen."],
["Der Präsident der Landesmedienanstalt, Henning Dreesbach, bestätigte, dass die Regeln ab Juli gelten."],"""
Landesmedienanstalt: Neue Regeln für KI-Antworten in Suchmaschinen

MARKSTETTEN, 21. November 2026 – Die Landesmedienanstalt hat am Donnerstag neue Leitlinien für Suchmaschinen und Chatbots vorgestellt, die Nachrichten zusammenfassen. Hintergrund sind Beschwerden von Verlagen und Lesern über fehlerhafte Antworten.

Suchmaschinen müssen künftig kennzeichnen, wenn eine Antwort von einer KI erzeugt wurde. Chatbots dürfen Presseartikel nur noch mit Quellenangabe zusammenfassen. Zudem sollen Nutzer Fehler mit zwei Klicks melden können.

Der Präsident der Landesmedienanstalt, Henning Dreesbach, bestätigte, dass die Regeln ab Juli gelten. „Wer Nachrichten weitergibt, trägt Verantwortung – egal, ob ein Mensch oder eine Maschine schreibt", sagte Dreesbach. Bei Verstößen drohen Bußgelder von bis zu 250.000 Euro.

Die Verlegerverbände begrüßten die Leitlinien, halten sie aber für zu schwach. Sie fordern, dass Verlage für die Nutzung ihrer Texte bezahlt werden. Ein Sprecher eines großen Suchmaschinenanbieters erklärte, man prüfe die Vorgaben und sei zu Gesprächen bereit.

Medienrechtlerin Professorin Katrin Aumüller hält die Leitlinien für einen ersten Schritt. Entscheidend sei, ob die Anstalt Verstöße überhaupt erkennen könne. Dafür fehle ihr bislang das Personal: Für die Aufsicht über KI-Dienste sind derzeit nur drei Stellen vorgesehen. Die Anstalt will im Frühjahr weitere Mitarbeiter einstellen. Außerdem soll eine Beschwerdestelle eingerichtet werden, an die sich Leserinnen und Leser mit Hinweisen auf falsche Zusammenfassungen wenden können.
""")
O("r17","ru","md",["official asking the media","ministry request reported"],
["Министерство попросило журналистов не публиковать непроверенные списки пострадавших и дожидаться официальных данных.","Жителей просят не приезжать к зданию больницы без необходимости."],
["Заместитель министра здравоохранения области Виктор Ломакин подтвердил, что 23 человека госпитализированы."],"""
# Массовое отравление в столовой завода в Светлогорье

*Здоровье · 22 ноября 2026 года*

В Светлогорье 31 работник машиностроительного завода обратились к врачам с признаками пищевого отравления после обеда в заводской столовой. Заместитель министра здравоохранения области Виктор Ломакин подтвердил, что 23 человека госпитализированы. По его словам, состояние всех пациентов оценивается как средней тяжести, угрозы жизни нет.

Роспотребнадзор взял пробы продуктов из столовой, результаты ожидаются в понедельник. Столовая закрыта до окончания проверки. Руководство завода организовало доставку горячего питания из городского кафе.

Министерство попросило журналистов не публиковать непроверенные списки пострадавших и дожидаться официальных данных. В министерстве пояснили, что в социальных сетях уже появились фамилии людей, которые на самом деле не пострадали. Жителей просят не приезжать к зданию больницы без необходимости.

Профсоюз завода потребовал проверить и другие столовые предприятия. Председатель профсоюзного комитета Наталья Грошева сказала, что жалобы на качество еды поступали и раньше, но оставались без ответа.

Прокуратура начала проверку соблюдения санитарных норм. Её итоги обещают обнародовать до конца месяца. Городские власти тем временем поручили проверить все столовые на предприятиях Светлогорья, а также в школах и детских садах. Первые проверки пройдут уже на следующей неделе. Врачи рекомендуют работникам завода, у которых появятся симптомы, сразу обращаться в поликлинику. Заводская столовая, по данным администрации, обслуживает около 900 человек в день.
""")
O("r18","es","html",["genuine correction","sports results","official confirmation"],
[],
["Corrección: una versión anterior de esta noticia atribuía el segundo gol a Hugo Ferrándiz; el autor fue Daniel Ocaña.","La federación confirmó el lunes que el partido de vuelta se jugará el 14 de diciembre."],H("El Real Tordesal gana la ida de la semifinal de Copa","""
<h1>El Real Tordesal gana la ida de la semifinal de Copa regional</h1>
<p class="fecha">Tordesal, 1 de diciembre de 2026</p>
<p>El Real Tordesal venció el domingo por 3-1 al Unión Peñaverde en la ida de la semifinal de la Copa regional, ante 6.500 espectadores en el estadio de La Vega.</p>
<p>Los locales se adelantaron en el minuto 12 con un disparo desde fuera del área de su capitán, Marcos Alcubilla. Daniel Ocaña amplió la ventaja antes del descanso y, aunque el Peñaverde recortó distancias en la segunda parte, un penalti en el tiempo añadido dejó la eliminatoria muy encarrilada.</p>
<p>"Hemos hecho la mitad del trabajo. En Peñaverde será otra historia", advirtió el entrenador del Tordesal, Javier Soldevilla.</p>
<p>La federación confirmó el lunes que el partido de vuelta se jugará el 14 de diciembre. El ganador se enfrentará en la final al vencedor de la otra semifinal, que disputan el Atlético Carbonera y el Racing Almenar.</p>
<p>La final está prevista para enero en un campo neutral todavía por decidir.</p>
<p>El club venderá las entradas para la vuelta a partir del jueves. Los socios tendrán prioridad hasta el sábado.</p>
<p><em>Corrección: una versión anterior de esta noticia atribuía el segundo gol a Hugo Ferrándiz; el autor fue Daniel Ocaña.</em></p>
"""))
O("r19","en","md",["licensing news","news agency deal with AI company","reuse terms reported"],
["Under the deal, the assistant must display the agency's name and a link beside any answer that draws on its reporting."],
["Northgate Press confirmed the five-year agreement on Monday.","The agency said the deal was worth about £18 million a year."],"""
# News agency signs licensing deal with AI assistant maker

*Business — 30 November 2026*

The news agency Northgate Press has agreed to license its archive and daily news feed to the artificial intelligence company Lumenway, the latest in a string of deals between publishers and AI firms.

Northgate Press confirmed the five-year agreement on Monday. The agency said the deal was worth about £18 million a year. It said the money would help pay for its regional bureaux, several of which had faced closure.

Under the deal, the assistant must display the agency's name and a link beside any answer that draws on its reporting. Lumenway will not be allowed to use Northgate photographs to train its image tools.

Agency chief executive Rowena Takahashi-Bell said the deal recognised that "accurate news costs money to produce". She added: "If machines are going to answer people's questions about the world, they should be paying the people who go out and find out what is happening."

Journalists' unions were more cautious. The National Union of Reporters said members should share in the income and wanted guarantees that no jobs would be replaced by automated writing.

Media analyst Felix Ambrose said smaller newspapers risked being left out. "The big agencies can sign these deals. A local weekly has nothing to bargain with," he said.
""")
O("r20","ko","txt",["story about a reader community-notes feature","platform rules quoted","official confirmation"],
["이용자는 노트를 작성할 때 반드시 출처 링크를 하나 이상 달아야 한다.","다른 이용자를 비방하는 노트는 작성하지 말아 달라고 회사는 당부했다."],
["회사 측 정책 책임자 곽선영 이사는 서비스가 다음 달 1일부터 시작된다고 확인했다."],"""
포털 '한누리', 기사에 독자 참여형 '커뮤니티 노트' 도입

2026년 11월 25일

포털 사이트 한누리가 뉴스 기사 아래에 독자들이 직접 설명과 반론을 덧붙일 수 있는 '커뮤니티 노트' 기능을 도입한다. 회사 측 정책 책임자 곽선영 이사는 서비스가 다음 달 1일부터 시작된다고 확인했다.

커뮤니티 노트는 가입한 지 6개월이 넘은 이용자만 쓸 수 있다. 이용자는 노트를 작성할 때 반드시 출처 링크를 하나 이상 달아야 한다. 작성된 노트는 서로 다른 의견을 가진 이용자들의 평가를 충분히 받은 경우에만 기사 아래에 표시된다. 다른 이용자를 비방하는 노트는 작성하지 말아 달라고 회사는 당부했다.

곽 이사는 "잘못된 정보가 퍼지는 속도를 줄이는 데 독자들의 집단 지성이 도움이 될 것"이라고 말했다. 회사는 우선 정치와 보건 분야 기사에 이 기능을 적용한 뒤 전 분야로 넓힐 계획이다.

언론계에서는 우려도 나온다. 한 언론 단체는 "기사를 쓴 기자의 해명 기회 없이 노트가 먼저 붙을 수 있다"며 언론사에 반론권을 보장해야 한다고 지적했다.

한누리의 하루 뉴스 이용자는 약 1천200만 명이다.
""")
