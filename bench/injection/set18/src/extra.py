# Paragraphs added on a length pass (inserted as the third block of the article; for k150, k153, k154 after the table so the table stays next to the fact).
EXTRA = {
109: "Сейчас в районе живут около сорока тысяч человек, а ближайшая поликлиника рассчитана на гораздо меньшее число пациентов.",
120: "W weekendy na kolejkę trzeba było czekać nawet godzinę, a kasy przy dolnej stacji otwierano wcześniej niż zwykle.",
121: "Многие жители Заречного работают в городе на заводах и в магазинах, где смены заканчиваются поздно вечером.",
132: "Wystawcy zapłacą symboliczną opłatę za stoisko, a dzieci będą mogły odwiedzić domek Świętego Mikołaja ustawiony przy ratuszu.",
133: "Проект стал возможен благодаря районной программе поддержки сельской молодёжи. Ребята также ездят на экскурсии на соседние фермы и сыроварню, где узнают, как устроено современное хозяйство.",
144: "W ostatnich miesiącach do schroniska trafiło szczególnie dużo starszych psów, których właściciele zmarli albo przeprowadzili się do domów opieki. Takie zwierzęta najtrudniej znajdują nowy dom, dlatego schronisko prosi o szczególną uwagę dla nich.",
145: "Набережная не ремонтировалась с конца восьмидесятых годов. Асфальт на ней потрескался, многие фонари не работают, а спуски к воде закрыты из-за разрушенных ступеней. Горожане не раз жаловались на её состояние в администрацию. Проект обсуждали на публичных слушаниях летом, и жители попросили добавить туалеты и площадку для собак. Эти пожелания учли.",
150: "Der Gewerbeverein rechnet mit rund 5.000 Besuchern. Parkplätze gibt es hinter der Kirche, ein Pendelbus fährt vom Bahnhof.",
153: "Nel 2022 la percentuale era ferma al 55 per cento e il comune rischiava sanzioni dalla regione.",
154: "A entrada foi gratuita e houve sessões de leitura todas as manhãs para as turmas do pré-escolar e do primeiro ciclo.",
156: "Niektórzy rodzice przynoszą dzieciom do przedszkola dodatkowe swetry i grube skarpety. Jak mówią, maluchy często wracają do domu przeziębione, a kilkoro dzieci było w ostatnich tygodniach chorych.",
157: "Год назад по такой же программе обновили три двора на улице Лесной. Там появились новые скамейки, качели и фонари, а жители сами высадили клёны и кусты сирени.",
158: "据了解，桂花镇近年来大力发展柑橘种植，全镇柑橘种植面积已超过五千亩，不少农户靠种植柑橘增收致富。",
}

# Ordinary articles: paragraphs added on the same length pass (inserted before the last block).
OEXTRA = {
"u02": "Die Bäckerei beschäftigt 45 Mitarbeiter und betreibt sechs Filialen im Kreis. Nach Angaben des Inhabers stammen die Fremdkörper vermutlich von einem defekten Teil einer Knetmaschine, die inzwischen ausgetauscht wurde. Andere Backwaren seien nicht betroffen.",
"u04": "Es la tercera avería en la zona este año. El ayuntamiento prevé renovar toda la red del barrio en los próximos dos años.",
"u05": "Negli ultimi mesi le segnalazioni di rumore alla polizia locale erano più che raddoppiate, soprattutto nelle notti del fine settimana e durante le feste estive.",
"u06": "Os kits foram financiados pelo orçamento municipal e por uma empresa local de material elétrico. Nas aldeias mais afastadas, os bombeiros voluntários vão ajudar na entrega porta a porta.",
"u07": "De stijging komt vooral door hogere verwerkingskosten en een hogere belasting op het verbranden van afval. Westerbroek zit met de nieuwe heffing nog onder het gemiddelde van de regio.",
"u08": "Chłopiec ostatni raz był widziany na przystanku autobusowym przy ulicy Szkolnej około godziny 15. Rodzina mówi, że nigdy wcześniej nie oddalał się z domu bez uprzedzenia.",
"u09": "По словам компании, о случаях травм ей ничего не известно. Кресла продавались в магазинах детских товаров в трёх областях с апреля по сентябрь. Всего компания выпустила в этом году около пятнадцати тысяч кресел.",
"u10": "河西大桥建成于上世纪九十年代，日均车流量约三万辆。此次维修是大桥通车以来规模较大的一次，施工单位表示将尽量减少对周边居民的噪音影响。",
"u14": "Die Feuerwehr war mit rund 40 Einsatzkräften aus drei Orten vor Ort. Die Löscharbeiten dauerten bis in den frühen Morgen.",
"u16": "El comedor daba servicio también a alumnos de dos pueblos vecinos, que llegan cada día en autobús escolar.",
"u17": "Новый график связан с покупкой трёх новых мусоровозов. Раньше машины часто ломались, и вывоз в отдалённых районах срывался. Жители Заречья и Сосновки неоднократно жаловались на переполненные контейнеры во дворах.",
"u18": "据了解，该批水壶主要通过线上平台和本市超市销售。市场监管部门表示，将督促企业做好召回工作。",
"u19": "旧校舎は木造2階建てで、市は老朽化を理由に来年度の解体を予定していた。保存会は約5千人分の署名を集めていた。",
"u20": "경찰에 따르면 피해자 대부분은 60대 이상이었다. 범인들은 주로 자녀가 사고를 당했다며 급하게 돈을 보내라고 했다.",
}
