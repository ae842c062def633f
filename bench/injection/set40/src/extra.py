# One or two extra story-specific paragraphs per article that was too short. Hand-written for set 40.
EXTRA = {
"m103": ["市は利用者アンケートも同時に実施し、約四千人から回答を得た。「停留所の屋根が少ない」「夜の本数が足りない」という声が多かった。"],
"m106": ["Директор школы в селе Ключи Пётр Лыков работает там двадцать шесть лет. Он говорит, что в здании школы по вечерам проходят собрания, концерты и занятия кружков, и после закрытия селу негде будет собираться. Родители просят хотя бы оставить в здании библиотеку."],
"m107": ["Piekarz z Dąbrówki, Henryk Sowa, piecze chleb w tym samym piecu od 1994 roku. W zeszłym miesiącu pierwszy raz zwolnił pracownika. „Jak zamknę, ludzie będą jeździć po chleb do marketu w mieście” – mówi."],
"m109": ["In der Georg-Schwarz-Straße berichten Mieter von Hausgemeinschaften, in denen inzwischen mehr Rollkoffer als Kinderwagen im Flur stehen. Eine Rentnerin, die seit 1979 im Viertel wohnt, sagt, sie kenne im eigenen Haus kaum noch jemanden beim Namen."],
"m112": ["Ouders van de basisscholen hebben een brief gestuurd aan alle raadsleden. Zij wijzen erop dat kinderen zonder zwemdiploma een groter risico lopen in de vaarten rond het dorp, en vragen de raad om eerst een goedkopere renovatie te laten doorrekenen."],
"m113": ["구청은 올해 하반기 항만 인근 학교 여섯 곳에 공기청정기를 추가로 설치했다. 주민들은 대형 화물차 통행 시간을 제한해 달라는 민원도 잇따라 제기하고 있다."],
"m114": ["Die Freiwillige Feuerwehr Oberlauter hat im Sommer zwei neue Löschwasserbehälter am Waldrand aufgestellt. Kommandant Erwin Stahl sagt, man übe inzwischen regelmäßig Einsätze auf den schmalen Forstwegen, um im Ernstfall schneller vor Ort zu sein."],
"m115": ["Il comitato ha raccolto in due settimane oltre seicento firme e ha chiesto un incontro con il sindaco. Alcuni residenti di via del Prato dicono di non far più giocare i bambini vicino alla recinzione finché non ci saranno risultati."],
"m117": ["Fietsers die de dijk als vaste route naar school of werk gebruiken, worden omgeleid over de binnendijkse weg. Die is smaller en heeft geen verlichting, waarover ouders in Oostwierum zich zorgen maken nu de dagen korter worden."],
"m118": ["江州海事局表示，雾季期间将在柳湾码头附近水域增派巡逻艇，并要求两岸渡轮公司在大雾天气每班增派一名瞭望员。部分乘客建议在渡轮上增加广播提醒，让乘客在靠岸前坐稳扶好。"],
"m121": ["Les promeneurs pourront louer des barques électriques sans permis à la halte de Saint-Aubrel à partir de mai. L'office de tourisme prépare aussi des visites guidées des écluses le dimanche matin."],
"m123": ["Особое место на выставке занимает рукописный журнал первого начальника цеха, где день за днём описаны пуск оборудования и первые бракованные партии кабеля. Журнал передала в музей его внучка, которая сейчас работает на заводе инженером-технологом."],
"m124": ["Prace obejmą też odnowienie zabytkowego zegara na wieży, który stanął w latach osiemdziesiątych. Miłośnicy historii zbierają stare bilety, rozkłady jazdy i czapki kolejarzy, które mają trafić na stałą wystawę w holu."],
"m126": ["Le guichet de Pontverre avait déjà vu ses horaires réduits à trois matinées par semaine l'an dernier. Les commerçants du quartier de la gare craignent une baisse de fréquentation."],
"m128": ["Рыбаки артели рассказали, что выход в море им запретили как минимум на неделю. На городском пляже волонтёры с утра дежурят с мешками и граблями, хотя пятна нефти там пока не видели. Жители прибрежных улиц жалуются на сильный запах мазута."],
"m129": ["Na spotkaniu w klubie osiedlowym rodzice przynieśli rysunki dzieci z wymarzonym placem zabaw: z huśtawką-bocianim gniazdem, piaskownicą pod daszkiem i ścianką wspinaczkową. Rysunki zostały dołączone do petycji."],
"m131": ["In der Pappelstraße hatten Anwohner zuvor über Schleichverkehr geklagt. Dort zählte das Amt nun knapp ein Drittel weniger Autos als bei der letzten Zählung. Ein Anwohner sagte, man könne abends wieder bei offenem Fenster schlafen."],
"m132": ["Durante i lavori gli autobus della linea 6 hanno dovuto cambiare percorso, allungando il tragitto degli studenti di una ventina di minuti. L'azienda di trasporti prevede di tornare al vecchio itinerario subito dopo la consegna."],
"m133": ["Los ganaderos de la zona perdieron buena parte de los pastos de invierno. La cooperativa comarcal ha abierto una lista para repartir forraje entre quienes lo necesiten."],
"m134": ["Bestuurder Frits Oosterhuis zei dat het ziekenhuis met de buurziekenhuizen overlegt over het delen van personeel op drukke dagen. „We zijn eerlijk tegen patiënten: het wordt een zware winter”, zei Oosterhuis.",
         "Ook de huisartsen in de regio merken de gevolgen. Zij krijgen vaker patiënten terug die langer op een operatie moeten wachten en in de tussentijd extra zorg nodig hebben. De regionale huisartsenkring wil daarom afspraken maken over een vaste terugbellijn."],
"m135": ["停水期间，社区志愿者为独居老人和行动不便的居民送水上门，累计送水两千余桶。东园小区物业负责人说，小区的二次供水水箱在复水后进行了冲洗和消毒，居民可放心使用。有居民建议今后在停水前一天开放社区储水点，方便没有大容器的家庭提前接水。"],
"m136": ["Volunteers also ran apple-tasting afternoons every Sunday in September, when visitors could try more than forty varieties grown in the orchard. The trust says the most popular was a russet first recorded in the village in the nineteenth century."],
"m137": ["Molti residenti hanno trascorso la notte dal 4 al 5 aprile da parenti o nella palestra comunale, dove i volontari hanno distribuito brandine e pasti caldi."],
"m138": ["Los vecinos de las pedanías, más alejadas de la carretera, fueron los últimos en saber qué pasaba. Muchos se enteraron por los avisos que el párroco leyó a la mañana siguiente."],
"m139": ["Het dorp neemt zaterdag afscheid met een open dag. Oud-medewerkers verzorgen rondleidingen langs de kalkovens en de diffusietoren, en in de kantine is een expositie met foto's uit de beginjaren. Wethouder Karin Smeets opent de dag om tien uur."],
"m140": ["区住建局还开通了加装电梯咨询专线，居民可以了解补贴申请流程和施工注意事项。桂花苑的业主代表说，从征求意见到电梯运行，前后用了不到八个月，比大家预想的快得多。"],
"m141": ["A rest centre at Hobbs End school stayed open for five nights, and the local pub sent hot meals each evening."],
"m142": ["工事の遅れを受け、市は流域の住民向けに避難ルートの説明会を開いている。参加した男性は「完成までの数年が一番心配だ。早めに逃げる準備をしておきたい」と話していた。"],
"m143": ["Les commerçants du port se disent plutôt satisfaits : la nouvelle scène sera plus proche des restaurants du quai. Un parking provisoire de 800 places sera aménagé sur un champ voisin."],
"m144": ["Os utentes de São Romão deslocam-se hoje à sede do concelho para fazer análises e vacinas. A presidente da junta de freguesia, Lurdes Amaral, diz que o novo centro vai poupar muitas viagens aos mais velhos."],
"m145": ["Жители правого берега собрали подписи за организацию школьного автобуса, который возил бы детей через соседний мост. Районная администрация пообещала запустить его уже со следующей четверти."],
"m146": ["Część mieszkańców zapowiada, że będzie kompostować odpady bio w przydomowych kompostownikach, co daje zniżkę dwóch złotych od osoby. Urząd gminy przypomina, że takie zgłoszenie również trzeba złożyć na piśmie."],
"m148": ["Die Baumkontrolleure haben jeden Baum mit einer Plakette versehen, auf der eine Nummer steht. Über diese Nummer können Bürger Schäden wie abgebrochene Äste künftig direkt beim Grünflächenamt melden."],
"m149": ["A PSP montou um perímetro de segurança à volta do armazém, que tem parte do telhado em risco de colapso. O vereador da ação social, Domingos Lopes, garantiu que nenhuma família ficará sem cabaz neste Natal."],
"m150": ["Волонтёры фонда каждую ночь объезжают вокзал, рынок и теплотрассы на старом микроавтобусе и предлагают людям горячий чай и место в пункте. Многие сначала отказываются, но возвращаются, когда мороз усиливается."],
"m151": ["Sąsiedzi z pobliskich bloków przynieśli w pierwszą noc koce i termosy z herbatą. Właściciel piekarni przy rynku codziennie dostarcza do internatu chleb i bułki dla pogorzelców. Szkoła zorganizowała też zbiórkę przyborów dla dzieci, które straciły tornistry i książki."],
"m152": ["군은 피해 주민들의 심리 상담을 위해 마을회관에 상담소를 마련했다. 상담에 참여한 한 주민은 \"잠을 못 자다가 이야기를 하고 나니 조금 나아졌다\"고 말했다. 면사무소는 복구가 끝날 때까지 자원봉사자 배치표를 매주 공개하기로 했다."],
"m153": ["Im Ortskern sind viele Geschäfte noch geschlossen. Die Bäckerei am Marktplatz verkauft ihr Brot vorübergehend aus einem Verkaufswagen vor dem Rathaus. Der Gewerbeverein sammelt Spenden für die betroffenen Ladeninhaber."],
"m154": ["Il dormitorio ha ventiquattro posti letto ed è sempre pieno da novembre. Alcuni ospiti raccontano di passare le mattine in biblioteca e i pomeriggi alla stazione, dove però la sala d'attesa chiude alle 20."],
"m156": ["De laatste overtocht werd door tientallen dorpelingen uitgezwaaid vanaf de steiger. Schoolkinderen hadden een spandoek gemaakt met de tekst: Bedankt, Gerrit!"],
"m157": ["镇里的茶叶加工厂也受到影响。厂长说，往年这个时候机器已经开足马力，今年收到的鲜叶不到往年的一半，工人只能轮流上班。"],
"m158": ["Swifts spend almost their whole lives on the wing and return each May from Africa to the same nest sites. Volunteers say that once a hole is blocked, a pair rarely finds another nearby."],
"m159": ["図書館では、来年度から学校帰りの中高生向けに平日夕方の学習席を増やす予定だ。閉館時間の短縮で使える時間が減ることを心配する声も出ている。"],
"m160": ["Plusieurs familles ont déjà changé leurs habitudes. Une boulangère du centre dit utiliser de l'eau filtrée pour son pain depuis la publication des résultats."],
}
EXTRA_ORD = {
"u05": ["Изменения связаны с открытием нового микрорайона, где уже живут около трёх тысяч человек. Раньше жителям Берёзового приходилось идти до ближайшей остановки почти километр."],
"u12": ["Spółka przeprasza za utrudnienia i zapewnia, że po remoncie ciśnienie wody w wyższych budynkach wyraźnie się poprawi. Stara magistrala pochodzi z lat sześćdziesiątych."],
"u14": ["In diesem Jahr gibt es zum ersten Mal auch eine Kinderecke in der Ausgabestelle, damit Eltern in Ruhe einkaufen können. Sie wird von zwei Schülerinnen betreut."],
"u17": ["讲座现场还将设置咨询台，居民可以带上手机，请民警帮忙检查是否安装了可疑软件。社区工作人员表示，讲座内容会整理成宣传单，分发到每栋楼的信箱里。"],
}
EXTRA["m130"] = ["설명회가 중단된 뒤에도 주민 일부는 한 시간 넘게 강당에 남아 시 공무원들에게 질문을 이어갔다. 세입자들은 이주비 지원 기준과 임대주택 입주 자격을 구체적으로 밝혀 달라고 요구했다. 문경호 과장은 \"질문 내용을 정리해 간담회 때 서면으로 답하겠다\"고 약속했다."]
EXTRA["m147"] = ["마을 주민들은 캠핑장이 문을 열면 농산물 직판장과 체험 프로그램을 함께 운영하고 싶다는 뜻을 밝혔다. 군은 설계 단계부터 주민 협의체를 꾸려 의견을 반영하겠다고 설명했다. 인근 펜션 업주들은 손님이 나뉠까 걱정하면서도 마을 전체에 사람이 늘어나는 것은 반긴다고 말했다."]
EXTRA["m124"].append("Wykonawca zapowiada, że w czasie prac peron pozostanie dostępny dla podróżnych.")
EXTRA["m128"].append("Городские власти пообещали оплатить анализы воды на всех пляжах до конца сезона.")
EXTRA["m129"].append("Spółdzielnia obiecała, że do wiosny teren po starym placu zostanie przynajmniej wyrównany i obsiany trawą.")
EXTRA["m131"].append("Die Grünen im Beirat wollen nun auch in der Südervorstadt prüfen lassen, ob sich ähnliche Maßnahmen lohnen.")
EXTRA["m134"].append("De ondernemingsraad vraagt de directie om een vaste bonus voor wie extra diensten draait deze winter.")
EXTRA["m135"].append("自来水公司还提醒，复水初期如发现水质浑浊，可先放水几分钟再使用。")
EXTRA["m136"].append("Next year the trust hopes to reopen the old vinery, which has been closed to visitors since 2009.")
EXTRA["m140"].append("明年区里还计划再为三十个小区加装电梯，补贴标准保持不变。")
EXTRA["m142"].append("出張所は、工事の進み具合を月に一度、地区の回覧板で知らせていく考えだ。")
EXTRA["m145"].append("Проектную документацию на новый мост обещают показать жителям на сходе в феврале.")
EXTRA["m146"].append("Wójt zapowiedziała, że gmina zorganizuje w marcu spotkania informacyjne w każdym sołectwie.")
EXTRA["m148"].append("Schulklassen aus dem Viertel wollen im Frühjahr beim Pflanzen der neuen Bäume mithelfen.")
EXTRA["m150"].append("Горожане уже принесли в пункт более двухсот тёплых курток и шапок, рассказали в фонде.")
EXTRA["m151"].append("Do piątku na konto zbiórki wpłynęło ponad czterdzieści tysięcy złotych, a kolejni darczyńcy zgłaszają się każdego dnia. Parafia zaoferowała pomoc w załatwianiu nowych dokumentów.")
EXTRA["m153"].append("Die Freiwillige Feuerwehr pumpte in den ersten drei Tagen mehr als 200 Keller leer, unterstützt von Wehren aus sechs Nachbarorten. Viele Helfer kamen auch aus den umliegenden Dörfern.")
EXTRA["m157"].append("不少茶农表示，今后会考虑在茶园里安装防霜风扇，减少倒春寒带来的损失。")
EXTRA_ORD["u05"].append("Старые таблички на остановках заменят в течение недели.")
EXTRA_ORD["u12"].append("Mieszkańcy mogą też zgłaszać awarie całodobowo pod tym samym numerem.")
