"""Where a sentence says something happened: the place named after a preposition, a word for a kind of place or a
venue, in ten languages.

A sentence is searched in two passes, and the first that finds a place decides:
1. a venue or a spot inside a town ("the Quarry Lane community hall", "en el paraje de Las Albercas", "au stade
   Léon-Marchetti", "села Верхние Лужки", "松岚市滨河路"), or a place after a preposition or a word for a kind of
   place ("in Halden", "у Вербограді", "محافظة وادي النور", "경기 한솔시에서"): the leftmost wins, and where a venue
   and a town start together, the venue, the more specific;
2. in Arabic, a name after "في" alone, and in Korean and Japanese a city at the head of the sentence as its subject
   ("서하시는 2일 …", "北浦市は1日 …"). Candidates that only look like places are passed over: a weekday or a month
after a capital, a route's end, a German noun after "in" ("in Kraft"), a word that ends as a Korean place does.
"""

from __future__ import annotations

import re

from ..patterns import factored

Range = tuple[int, int]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|"
    "Juni|Juli|Oktober|Dezember"
)
_DAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    "Sonntag"
)
# A place's name: capitalised words, joined by a lowercase particle ("Port of Spain", "Saint-Aurel"), never running on
# into a weekday or a month ("Skerra on Saturday" is a place and a time).
_NOT_NAME = rf"(?!(?:{_MONTHS})\b|{_DAYS})"
_CAP = (
    r"[A-ZÀ-ÞА-ЯІЇЄҐЁ][\w'’\-]+(?:\s+(?:(?:of|de|del|des|du|la|am|an|der|on|upon|sur)\s+)?"
    rf"{_NOT_NAME}[A-ZÀ-ÞА-ЯІЇЄҐЁ][\w'’\-]+){{0,3}}"
)
# Korean spots and buildings, and what follows one where something happens at it.
_KO_SPOTS = (
    "행정복지센터|주민센터|사무소|초등학교|중학교|고등학교|대학교|분교|공장|시장|광장|공원|교회|성당|호텔|아파트|회관|청사|"
    "경찰서|소방서|부두|대교|고속도로|터미널|백화점|창고|발전소|산업단지|요양원"
)
_KO_SPOT_AFTER = r"(?=에서|에\s|\s(?:앞|인근|근처|일대|입구)|\s[^\s]{1,12}(?:터널|역|교|나들목|휴게소))"
# (after a town, any name of one: "전남 해솔군 달섬분교에")
_KO_SPOT = factored(rf"[가-힣]{{2,10}}?(?:{_KO_SPOTS}){_KO_SPOT_AFTER}")
_ZH = r"[^\s，。、；：“”《》（）()【】位在于的从向对将了省市县区镇乡村]{2,3}"
_AR_NAME = r"((?:ال)?[\u0621-\u064a]{2,}(?:\s+(?:ال)[\u0621-\u064a]{3,})?)"
_AR_KIND = r"مدينة|محافظة|بلدة|قرية|ولاية|منطقة|ميناء|مطار|بلدية"

# Venues and spots: a capitalised name before a word for a venue, or after a word for a spot.
_VENUE_EN = (
    rf"\b(?i:at|in|inside|outside|near|of|on)\s+(?:the\s+)?({_CAP}\s+(?i:community\s+|sports\s+|leisure\s+)?"
    # (a capital "Club" names a club, not its ground)
    r"(?:club|(?i:hall|centre|center|stadium|school|hospital|station|church|park|factory|plant|warehouse|mine|bridge|"
    r"market|mall|hotel|arena|prison|airport|harbour|harbor|estate|bypass|motorway|road|street|square|depot|quarry|"
    r"lake|reservoir|forest|valley|moor|beach|bay|island))s?)\b"
)
_VENUE = {
    # A lake, a mountain or a river named after its kind ("on Lake Morrow", "near Mount Carrow"), a numbered road
    # and the town beside it ("on the M47 near Garnley").
    "en": _VENUE_EN
    + r"|\b(?i:on|at|in|near|off|along)\s+(?:the\s+)?((?:Lake|Loch|Mount|River|Isle of)\s+[A-Z][\w'’-]+)"
    + rf"|\b(?i:on|along)\s+the\s+((?:A|M|B|N|I-)\d{{1,4}}(?:\(M\))?(?:\s+(?:near|at|outside)\s+{_CAP})?)\b",
    "de": rf"\b(?:(?:[Ii]m|[Aa]m|[Bb]eim|[Ii]n der|[Aa]n der)\s+)?"
    rf"(?:\w*(?:halle|museum|klinik|schule|kirche|park|platz|garten|markt|haus)|Ortsrand|Rand|Zentrum|Nähe|Innenstadt|"
    rf"Ortsmitte|Ortskern|"
    rf"Hafen|Bahnhof)\s+von\s+({_CAP})"
    # A court and its seat ("Das Landgericht Hallstedt"), a named hall or ground ("in der ausverkauften
    # Heinrich-Voss-Halle").
    rf"|\b((?:Land|Amts|Oberlandes|Verwaltungs|Arbeits|Sozial|Schwur)gericht\s+{_CAP})"
    # A numbered road, its kilometre and the town beside it ("auf der A 71 bei Kilometer 213 nahe Gernsdorf").
    rf"|\b(?:(?:auf|an)\s+der|die)\s+((?:A|B|(?:Bundes|Landes|Kreis|Staats)straße|Autobahn)\s?\d{{1,3}}(?:\s+bei\s+Kilometer\s+\d+)?(?:\s+(?:bei|nahe|zwischen)\s+{_CAP})?)"
    # A town's district ("im Talbrücker Stadtteil Unterhaslach"), a hall of a building ("Im Großen Saal des Alten
    # Rathauses").
    rf"|\b(?:[Ii]m|[Ii]n)\s+(?:[A-ZÄÖÜ][\w-]*er\s+)?(?:Stadtteil|Ortsteil|Stadtbezirk|Bezirk|Viertel)\s+({_CAP})"
    r"|\b(?:[Ii]m|[Ii]n dem)\s+((?:[A-ZÄÖÜ][a-zäöüß]+en\s+)?(?:Saal|Festsaal|Ratssaal|Sitzungssaal)\s+(?:des|der)"
    r"\s+(?:[A-ZÄÖÜ][a-zäöüß]+en\s+)?[A-ZÄÖÜ][\w-]+)"
    r"|\b(?:in|im|an|auf)\s+(?:der|dem|den)\s+(?:[a-zäöüß]+\s+)?"
    r"([A-ZÄÖÜ][\w-]*(?:[Hh]alle|[Aa]rena|[Ss]tadion|[Mm]useum|[Kk]linik|[Bb]ahnhof))\b(?!\s+von\s)"
    # A zoo, a ground or a bridge and its name ("Im Tierpark Lindenau", "Die Talbrücke Erlenbach").
    rf"|\b((?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Tierpark|Zoo|Wildpark|Stadion|Klinikum|Freibad|Flughafen|[Bb]rücke|[Tt]unnel"
    rf"|[Tt]alsperre)\s+(?!(?:{_MONTHS}|{_DAYS})\b)[A-ZÄÖÜ][\w-]+)\b",
    "fr": r"(?<!\w)(?i:au|à la|à l'|dans le|dans la|sur le|sur la|près du|près de la)\s*"
    r"((?:salle des fêtes|salle polyvalente|salle communale|salle municipale|maison de quartier|"
    r"stade|gymnase|parc|quartier|lycée|collège|hôpital|salle|place|rue|boulevard|avenue|port|hameau|musée|"
    r"théâtre|château|cathédrale|abbaye|palais|"
    rf"centre|zone|site|usine|entrepôt|gare|aéroport)\s+(?:de\s+|du\s+|des\s+|d')?{_CAP})"
    rf"|\b((?i:tribunal|cour)\s+(?:[a-zé]+\s+){{0,2}}(?:de|d')\s*{_CAP})"
    rf"|(?<!\w)(?i:sur)\s+(?:l'|la\s+)((?:A|N|D|RN|RD)\s?\d{{1,4}}(?:\s+(?:près de|à hauteur de)\s+{_CAP})?)\b"
    rf"|\b(?i:le|la)\s+(?:petite?\s+)?(?:village|commune|ville|bourg|hameau)\s+(?:[a-zéè]+\s+)?(?:de\s+|d')({_CAP})",
    "es": r"\b(?i:en|de|cerca de)\s+(?:la|el)\s+((?:(?:nueva|nuevo|antigua|antiguo|vieja|viejo)\s+)?(?:paraje|vereda|"
    r"barrio|calle|avenida|plaza|polígono|urbanización|cala|ermita|parque|recinto|auditorio|teatro|palacio|museo|"
    rf"iglesia|mercado|estadio|pabellón|carretera|autovía|mina|fábrica|planta|nave|finca|playa|aeropuerto|estación|"
    rf"hospital|cueva|universidad|colegio|instituto)\s+(?:de\s+|del\s+|de la\s+)?{_CAP})"
    rf"|\b((?:Juzgado|Tribunal|Audiencia)[^,.;]{{0,40}}?\bde\s+{_CAP})"
    rf"|\bal\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+de\s+({_CAP})"
    r"|\b(?i:en)\s+(?:el\s+)?((?:kilómetro\s+\d+(?:[,.]\d+)?\s+de\s+)?(?:la\s+)?(?:A|AP|N|CV|M|C|CL|EX|GR|MA|AG|LU|OU|PO)"
    r"-\d{1,4})\b",
    # A settlement named in the genitive ("у посёлка Ольховатый Яр", "в окрестностях села Верхние Лужки"), a square
    # or street of a town ("на центральной площади Светлогорья").
    "ru": rf"(?<!\w)(?:села|деревни|посёлка|поселка|станицы|хутора|микрорайона)\s+({_CAP})"
    r"|(?<!\w)(?!(?:Арбитражн|Верховн|Конституционн|Кассационн|Апелляционн|Военн)\w*\s+суд(?!\s+[А-ЯЁ]))"
    r"([А-ЯЁ][\w’'-]*(?:ий|ый|ой)\s+(?:(?:районный|городской|областной|межрайонный|арбитражный)\s+)?суд"
    r"(?:\s+[А-ЯЁ][\w’'-]+)?)"
    r"|(?<!\w)(?:в|во|на)\s+((?:[а-яё]+(?:ом|ем)\s+)?(?:дворце|стадионе|аэропорту|театре|парке|больнице|школе|цехе|"
    r"бизнес-центре|торговом центре|торгово-развлекательном центре|ТЦ|ТРЦ|гостинице|отеле|ресторане|кафе|клубе|"
    r"доме культуры|дворце культуры|супермаркете|заводе|фабрике|складе|соборе|храме|университете|лицее|гимназии)"
    r"\s+«[^»\n]{1,30}»)"
    rf"|(?<!\w)((?:площади|улице|проспекте|окраине|территории|окрестностях)\s+{_CAP})"
    r"|(?<!\w)(?:в|во|на)\s+([А-ЯЁ][а-яё]+(?:ом|ем|ой)\s+(?:сквере|парке|бульваре|переулке|проезде|саду))\b"
    r"|(?<!\w)(?i:с|со|на|в|из)\s+((?:космодром|аэропорт|завод|комбинат|стадион|вокзал|рудник)\w*\s+«[^»\n]{1,30}»)"
    r"|(?<!\w)(?i:на)\s+((?:\d+-м\s+километре\s+)?(?:трассы|трассе|автодороги|автодороге)\s+(?:«[^»\n]{1,30}»|[МРА]-?\d+)"
    rf"(?:\s+«[^»\n]{{1,30}}»)?(?:\s+(?:у|возле|близ)\s+(?:посёлка|поселка|села|деревни|города)\s+{_CAP})?)",
    "uk": rf"(?<!\w)(?:села|селища|гори|мікрорайону)\s+({_CAP})"
    r"|(?<!\w)(?!(?:Господарськ|Адміністративн|Апеляційн|Верховн|Конституційн|Касаційн|Антикорупційн)\w*\s+суд"
    r"(?!\s+[А-ЯІЇЄҐ]))"
    r"([А-ЯІЇЄҐ][\w’'-]*(?:ий|ій)\s+(?:(?:районний|міськрайонний|міський|окружний|апеляційний)\s+)?суд)"
    r"|(?<!\w)(?:в|у|на)\s+((?:[а-яіїєґ]+(?:ому|ім)\s+)?(?:палаці|стадіоні|аеропорту|театрі|парку|лікарні|школі|"
    r"станції|бізнес-центрі|торговельному центрі|торгівельному центрі|ТЦ|ТРЦ|готелі|ресторані|кафе|клубі|"
    r"будинку культури|палаці культури|супермаркеті|заводі|фабриці|складі|соборі|церкві|університеті|ліцеї|"
    r"гімназії)\s+(?:«[^»\n]{1,30}»|[А-ЯІЇЄҐ][\w’'-]+))"
    rf"|(?<!\w)((?:площі|вулиці|проспекті|околиці|території)\s+{_CAP})"
    r"|(?<!\w)(?i:на)\s+((?:\d+-му\s+кілометрі\s+)?(?:траси|трасі|автодороги|автодорозі)\s+(?:«[^»\n]{1,30}»|[МНРТ]-?\d+(?:-\d+)?)"
    rf"(?:\s+«[^»\n]{{1,30}}»)?(?:\s+(?:біля|поблизу)\s+(?:села|селища|міста)\s+{_CAP})?)",
    # A chain of places down to a road or a park: "松岚市滨河路", "澜州市云岭县工业园区".
    "zh": r"(?:位于|在|于)?((?:[^\s，。、；：“”《》（）()【】位在于的从向对将]{1,4}?(?:市|县|区)){1,2}"
    r"(?:[^\s，。、；：“”《》（）()【】位在于的从向对将]{1,4}?(?:路|街|大道)|[^\s，。、；：“”《》（）()【】位在于的从向对将为是有和与被把了也都还就要会已正今年计划"
    r"老旧家个座处]{2,8}?(?:商业广场|广场|商场|购物中心|大厦|工厂|仓库|码头|酒店|宾馆|小学|中学|大学|公园|市场|超市|车站|隧道|"
    r"大桥)))"
    # a court, a hall or a station: "桐川市中级人民法院", "主场海星体育馆", "途经松岭站"
    r"|((?:[^\s，。、；：“”《》（）()【】位在于的从向对将]{2,6}?(?:市|县|区))?(?:中级|高级)?人民法院)"
    r"|(?:在|于)?(?:主场|客场)?([^\s，。、；：“”《》（）()【】位在于的从向对将]{2,6}?(?:体育馆|体育场|体育中心|机场))"
    r"|(?:在|于)?(?:途经|抵达|停靠)([^\s，。、；：“”《》（）()【】位在于的从向对将]{2,4}?站)(?=时|内|附近|，|。)"
    # a lake, a river or a mountain after "在" ("在青湖翻沉")
    r"|(?:在|于)([^\s，。、；：“”《》（）()【】位在于的从向对将了]{1,4}?(?:湖|湾|江|河|山|峰|谷|水库))(?=[^\s，。]|，)",
    "ja": r"([^\s、。「」【】]{1,10}?(?:地裁|高裁|家裁|球場|競技場|体育館|空港|駅|美術館|博物館|図書館|公民館|文化会館|"
    r"商店街|市役所|町役場|村役場))(?:で|の|に|内|前)"
    # (a factory, a school or a hotel only where something happens in it: "東和医科大学の研究チーム" is no place)
    r"|([^\s、。「」【】]{1,10}?(?:工場|倉庫|小学校|中学校|高校|大学|公園|神社|ホテル|旅館|会館|ホール|センター|庁舎|"
    r"交差点|トンネル|海岸))(?:で|内|前|付近)"
    # (a court as the subject of its ruling: "東浦地裁は")
    r"|([^\s、。「」【】]{1,10}?(?:地裁|高裁|家裁|簡裁|地方裁判所|高等裁判所|家庭裁判所))(?:は|が)",
    # (a town's office, school or hall, where something happens in it or before it: "솔내면사무소 앞에서"; not
    # "한빛초등학교의 학생들", nor a kind alone, "시민회관에서")
    "ko": rf"([^\s‘’“”\"'「」]{{1,8}}?(?:읍|면|동|리|시|군|구)(?:{_KO_SPOTS})){_KO_SPOT_AFTER}"
    r"|([^\s‘’“”\"'「」]{1,12}?(?:(?<![복농산])지법(?!\s?(?:위반|개정))|지방법원|고법|종합운동장|운동장|체육관|경기장|공항|"
    r"터널|미술관|박물관|시청|군청|구청)"
    r"|\S{2,12}?역|[가-힣]{1,6}(?:호수|저수지|계곡|해수욕장|폭포|해변)|[가-힣]{1,5}(?<![건보하증개])강)"
    r"(?=에서|의|에|은|는|이|가|\s|$)"
    r"|(\S{1,12}?(?:도|시|군|구|읍|면|리|동|항|섬))\s"
    r"(?:남쪽|북쪽|동쪽|서쪽|남동쪽|남서쪽|북동쪽|북서쪽|인근|앞바다|해상|부근|일대)",
}
# A court, a ground, a university or a hospital, named whole ("محكمة جنايات الساحل الشمالي", "ملعب الشهداء").
_VENUE["ar"] = (
    r"(?<![\u0621-\u064a])(?:ب|في\s+|على\s+)?((?:محكمة|ملعب|استاد|جامعة|مستشفى|مطار|مصنع|حي|مسرح|قاعة|مدرسة|مسجد|"
    r"فندق|محطة|شارع|ميدان|سوق|ساحة|سجن)(?:\s+[^\s،.؛]+){1,3}?)"
    r"(?=،|\.|\s+(?:في|على|بعد|إثر|بسبب|يوم|صباح|مساء|فجر|ليلة|خلال|أمس|اليوم)\s"
    r"|\s+ب(?:مدينة|محافظة|بلدة|قرية|منطقة|كلية)\s|$)"
)
# A place after a preposition (matched in either case: "In Pellham", "У Вербограді" open a sentence; the name keeps
# its capital) or after a word for a kind of place.
_PLACE = {
    "en": rf"\b(?i:in|at|near|outside|off|through)\s+(?:(?:its|the|their|a)\s+)?"
    rf"(?:(?:[A-Z][\w-]+\s+)?(?:village|town|city|port|region|province|island|county|district|coast|state)\s+of\s+)?"
    rf"({_CAP})"
    rf"|\b(?:village|town|city|port|region|province)\s+of\s+({_CAP})",
    # Every German noun has a capital, so a preposition opening a sentence is no sign of a place ("Bei Bauarbeiten"),
    # but "In" ("In Sankt Wendelsried haben …"; "In Kraft" and its like are passed over below).
    "de": rf"\b(?:[Ii]n|im|bei|nahe|vor)\s+(?:der\s+Stadt\s+|dem\s+Ort\s+|[a-zäöü]+ischen\s+)?({_CAP})",
    "fr": rf"(?<!\w)(?i:à|au|en|près de|dans la ville de|dans la commune de|dans la|dans le|dans l'|à la sortie de|"
    rf"à l'entrée de|aux abords de|au centre de|au nord de|au sud de|à l'est de|à l'ouest de|"
    rf"(?:la mairie|la ville|la commune|l'aéroport|le port|la préfecture|maire) de)\s*({_CAP})",
    # "en la sierra de Valcárcel", "El gobierno de San Aurelio", "la alcaldía de Puerto Olmo": a place after a noun
    # that only a place follows.
    "es": rf"\b(?i:en|cerca de)\s+(?:(?:la|el)\s+(?:ciudad|localidad|provincia|sierra|comarca|isla|villa|costa|"
    rf"municipio|término municipal|región|zona|capital)\s+de\s+)?({_CAP})"
    rf"|\b(?i:gobierno|ayuntamiento|alcaldía|alcalde|alcaldesa|municipio|puerto|aeropuerto|vecinos|habitantes)"
    rf"\s+de\s+({_CAP})"
    # (a race, a fleet or a fair and the town it belongs to: "el Maratón Internacional de Puerto Albar", "la flota
    # pesquera de Cabo Sarmiento")
    rf"|\b(?i:maratón|flota|cofradía|lonja|fiestas|feria)(?:\s+(?i:[a-záéíóúñ]+))?\s+de\s+({_CAP})",
    # An office reported from ("сообщили в мэрии") is not where it happened.
    "ru": rf"(?<!\w)(?<!сообщили )(?<!заявили )(?<!рассказали )(?i:в|во|под|около|на)\s+"
    rf"(?:(?:аэропорту|городе|селе|посёлке|поселке|деревне|районе|порту|станице|микрорайоне)\s+)?"
    rf"({_CAP}(?:\s+(?:области|районе|крае))?)"
    r"|([А-ЯЁ][\w'’-]*(?:ой|ей|ий|ого)\s+(?:области|района|края))\b",
    "uk": rf"(?<!\w)(?<!повідомили )(?<!заявили )(?<!розповіли )(?i:в|у|біля|під|на)\s+"
    rf"(?:(?:аеропорту|місті|селі|селищі|районі|порту|мікрорайоні|урочищі|полонині)\s+)?"
    rf"({_CAP}(?:\s+(?:області|районі|краї))?)"
    r"|([А-ЯІЇЄҐ][\w'’-]*(?:ої|ій|ий|ого)\s+(?:області|району|краю))\b",
    "ko": r"((?:\S{1,12}(?:도|시|군|구)\s)?\S{1,12}?(?:특별시|광역시|도|시|군|구|읍|면|리|동|항|섬))(?:에서|의|에)"
    # (a town after its province's short name: "경남 솔내면 주민", "충남 해온시의")
    r"|((?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s[가-힣]{1,6}"
    r"(?:시|군|구|읍|면))(?=\s|에서|의|에|은|는|이|가|,)",
    # A chain of divisions, each below the one before ("澜州市云岭县", "梅岭市青石镇"), else one place as before.
    "zh": rf"(?:位于|在|于|到)?((?=(?:{_ZH}[省市县区镇乡村]){{2}})(?:{_ZH}省)?(?:{_ZH}市)?(?:{_ZH}[县区])?"
    rf"(?:{_ZH}[镇乡])?(?:{_ZH}村)?"
    r"|[^\s，。、；：“”《》（）()【】位在于]{1,6}?(?:省|市|县|区|镇|乡|村|州|港|岛))(?=[^\s，。]|，)",
    "ja": r"([^\s、。「」【】（）]{1,8}?(?:県|市|町|村|区|港|島|府|道|山|岳|湖|海岸|沖|湾))(?:（[^）\n]{1,20}）)?"
    r"(?:で|の|に|内)",
    # A word for a place names it ("محافظة وادي الرمان").
    "ar": rf"(?<![\u0621-\u064a])(?:ب|في\s+|و)?(?:{_AR_KIND})\s+{_AR_NAME}",
}
# After "في" alone, a name is read only when no word for a place is in the sentence ("في عداد المفقودين" is "among
# the missing").
_PLACE_ELSE = {
    # A spot of any kind before its name, when nothing else names a place: "en el paraje de Los Cañizares", "à la
    # sortie de Saint-Aubin", "на полонині Сивий Луг", "в посёлке Сосновый Лог".
    "es": r"\b(?i:en|cerca de|junto a)\s+(?:la|el|los|las)\s+((?:[a-záéíóúñü]+\s+){1,3}(?:de|del|de la|de los|de las)"
    rf"\s+{_CAP})",
    "fr": r"(?<!\w)(?i:à|dans|sur|près de)\s+(?:la\s+|le\s+|les\s+|l')((?:[a-zàâçéèêëîïôûùüÿ'-]+\s+){1,3}"
    rf"(?:de|du|des|de la)\s+{_CAP})",
    "ru": rf"(?<!\w)(?:в|во|на)\s+([а-яё-]+[еиу]\s+{_CAP})",
    "uk": rf"(?<!\w)(?:в|у|на)\s+([а-яіїєґ'’-]+[іуї]\s+{_CAP})",
    "ar": rf"(?:في|قرب)\s+(?!عداد|حين|إطار|ظل|أعقاب|وقت|ذلك|هذا|هذه|حال|المقابل|{_AR_KIND})"
    r"((?:ال)?[\u0621-\u064a]{3,}(?:\s+(?:ال)[\u0621-\u064a]{3,})?)",
}
_SUBJECT_PLACE = {
    "ko": factored(r"\s*(\S{2,12}?(?:특별시|광역시|도|시|군|구))(?:는|은|가|이|,)\s"),
    "ja": factored(r"\s*([^\s、。「」【】]{2,8}?(?:県|市|町|村|区))(?:議会|役所|役場|教育委員会)?(?:は|が)"),
}
# The venue's alternatives come first: where a venue and a town start together, the venue is read.
_PLACE_RE = {lang: factored(f"{_VENUE[lang]}|{p}" if lang in _VENUE else p) for lang, p in _PLACE.items()}
_PLACE_ELSE_RE = {lang: factored(p) for lang, p in _PLACE_ELSE.items()}
_TOWN_RE = {lang: factored(p) for lang, p in _PLACE.items()}
_VENUE_GROUPS = {lang: factored(p).groups for lang, p in _VENUE.items()}
_SPACED = {"en", "de", "fr", "es", "ru", "uk", "ar"}
# (a venue's town before it: "港南市の動物愛護センター")
_JA_TOWN_OF = factored(r"[^\s、。「」【】でをはがとも]{1,8}?(?:県|市|町|村|区)の")
# (a phrase before the name ends in a particle or in a verb's or an adjective's kana: "台風接近で", "していた", "ある";
# "みどり野市" keeps its kana)
_JA_PARTICLE = factored(r"(?:.*[でをはがともの])?(?:[\u3040-\u309f]*[たるいだてな](?=[\u4e00-\u9fff]))?")

# The end of a route ("из Светлогорска в Полярный", "з Києва до Львова") is where a journey was bound, not where it
# happened; so is a place in the accusative after "в" ("следовавший в Тамбовскую область").
_ROUTE = factored(
    r"(?<!\w)(?:из|от|з|із|від)\s+[А-ЯІЇЄҐЁ][\w'’-]+\s+$"
    r"|(?<!\w)(?:reliant|from|between|entre|desde)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+$"
    r"|(?:^|\s)(?:من|إلى)\s+$|(?:^|\s)(?:من|إلى)\s+(?:مدينة|محافظة|مطار)\s+\S+\s+$"
)
_BOUND_FOR = factored(r"[а-яіїєґё]+(?:ую|юю)$")
_DISTRICT = factored(r"\s+[А-ЯІЇЄҐЁ][\w'’-]*(?:ського|ської|ского|ской|цкого|цкой|зького|зької)\b")
# A sports club is no place ("face au FC Sainte-Ombeline", "beim SV Kaltenmoor").
_CLUB = factored(r"^(?:FC|AFC|SC|CF|AS|US|RC|AC|AJ|OGC|ES|SV|VfB|VfL|TSV|FSV|SpVgg|BSC|RB|CD|UD|SD)\s")
_NOT_A_DAY = factored(rf"^(?:{_MONTHS}|{_DAYS})\b", re.I)
# Words that end as a place's name does and are none: "당시" (then), "제도" (system), "同市" (the same city), "都市".
_NOT_PLACE = factored(
    r"^(?:당시|제도|정도|속도|온도|태도|지도|시도|의도|각도|한도|강도|빈도|용도|보도|수도|동시|임시|도시|지시|표시|"
    r"同.|该.|本.|都市|地区|各.|両.|城市|都道府県|.*部分地区|城下町|対象地区|周辺地区|被災地区|[동서남북]{2,3}|上市|"
    r"지역|영역|구역|무역|전역|가구|연구|요구|인구|도구|기구|친구|입구|출구|창구|욕구|추구|"
    # (the Earth, a funding round or a stage, a volcano or a climb: "на Землю", "a Series B round", "火山の")
    r"Земл[юеяиі]|(?:Series|Phase|Round|Stage|Tier|Level|Group|Division|Grade|Class|Category)\b.*|"
    r"火山|登山|下山|鉱山|沢山|本山|野山|里山|雪山|冬山|裏山|岩山|.{0,3}[0-9０-９]+.*山|"
    # (a kind of place with no name: "工場", "초등학교")
    r"工場|倉庫|小学校|中学校|高校|大学|公園|神社|ホテル|旅館|会館|ホール|センター|庁舎|交差点|トンネル|海岸|"
    r"초등학교|중학교|고등학교|대학교|.?학교|공장|시장|광장|공원|교회|성당|호텔|아파트|회관|청사|경찰서|소방서|부두|"
    r"터미널|백화점|창고|발전소|산업단지|요양원|사무소|센터|주민센터"
    # A Japanese candidate that runs over a particle is a phrase, not a name ("大雨で県", "下流の三つの町").
    r"|.*[でをはがともの].*[県市町村区港島府道])$"
)
# German nouns after "in" or "bei" that name a state, a time or a thing, not a place ("in Kraft", "bei Regen").
_NOT_PLACE_DE = factored(
    r"^(?:Zukunft|Kraft|Frage|Betrieb|Höhe|Streit|Gefahr|Haft|Richtung|Folge|Zusammenhang|Zuge|Bezug|Rahmen|Namen|"
    r"Auftrag|Vorjahr|Jahr|Alter|Verzug|Not|Verdacht|Gang|Kürze|Summe|Schnitt|Durchschnitt|Vergleich|Regen|Sorge|"
    r"Ordnung|Panik|Flammen|Brand|Einsatz|Teilen|Frühjahr|Frühling|Herbst|Woche|Rat|(?:Millionen|Milliarden|Rekord)höhe|.*(?:ung|heit|keit|schaft|tion|ität|ismus|arbeiten|verkehr|sommer|winter|rat|tag|jahr|monat))$"
)


# An organisation's seat is no place of the event: "which is based in Dunmore Quay", "dont le siège est à Montrieux",
# "con sede en", "mit Sitz in", "со штаб-квартирой в", "总部位于云岚市", "2012年创立于澄州", "ومقرها في";
# "새울시에 본사를 둔", "新潟市に本社を置く".
_SEAT_BEFORE = factored(
    r"(?i:headquartered|based|registered|headquarters(?:\s+(?:is|are))?|siège(?:\s+social)?(?:\s+est)?|sede|Sitz|"
    r"immatriculée?s?|enregistrée?s?|registrad[ao]s?|eingetragen(?:en?)?|зарегистрированн\w*|зареєстрован\w*|"
    r"штаб-квартир(?:ой|ою|а)(?:\s+(?:которой|якої)\s+(?:находится|знаходиться))?)\s+$"
    r"|总部(?:位于|设在)?$|(?:创立|成立|创办)于?$|注册地?(?:在|于|为|位于)?$"
    r"|مقر(?:ها|ه)\s+$"
)
# A place in an office's name ("مديرية أمن محافظة الوادي الأخضر"): the office's, not the event's.
_OFFICE_BEFORE = factored(r"(?:مديرية|أمن|شرطة|مجلس|وزارة|بلدية|ديوان|إدارة|هيئة)\s+$")
_SEAT_AFTER = factored(r"(?:에|に)\s?(?:본사|본점|本社|本店)")


def _passed_over(text: str, lo: int, start: int, end: int, opens: int, lang: str, seats: bool = False) -> bool:
    word = text[start:end]
    return bool(
        _NOT_A_DAY.match(word)
        or _CLUB.match(word)
        or _NOT_PLACE.search(word)
        or (lang == "de" and _NOT_PLACE_DE.search(word))
        # ("12日从青溪县", "周四中午前回港")
        or (lang in ("zh", "ja") and re.search(r"[0-9０-９日从周午]", word) is not None)
        or (lang in ("ru", "uk") and _BOUND_FOR.search(word.split()[0]))
        or _ROUTE.search(text, max(lo, start - 40), opens)
        or (not seats and (_SEAT_BEFORE.search(text, max(lo, opens - 40), opens) or _SEAT_AFTER.match(text, end)))
        or (lang == "ar" and _OFFICE_BEFORE.search(text, max(lo, opens - 20), opens))
        or (lang == "zh" and text[end : end + 1] == "民")  # "提醒市民": the city's people, no "提醒市"
    )


def find_place(text: str, lo: int, hi: int, lang: str, seats: bool = False) -> Range | None:
    """The place the sentence `text[lo:hi]` names, as offsets into `text`; an organisation's seat only with
    `seats`."""
    for table in (_PLACE_RE, _PLACE_ELSE_RE):
        pattern = table.get(lang)
        if pattern is None:
            continue
        for m in pattern.finditer(text, lo, hi):
            group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
            start, end = m.start(group), m.end(group)
            if lang in ("ru", "uk") and (district := _DISTRICT.search(text, start, end)) and district.start() > start:
                end = district.start()  # "селі Нижні Ставки Ясенівського району": the village, not its district
            if lang == "ja" and (particle := _JA_PARTICLE.match(text, start, end)) and particle.end() > start:
                # "台風接近で川辺町", "していた同町": the town after the phrase before it; but a venue keeps its town
                # ("港南市の動物愛護センター")
                venue = table is _PLACE_RE and group <= _VENUE_GROUPS["ja"]
                if not (venue and _JA_TOWN_OF.fullmatch(text, start, particle.end())):
                    start = particle.end()
                if end - start < 2:
                    continue
            if _passed_over(text, lo, start, end, m.start(), lang, seats):
                continue
            if table is _PLACE_RE and group <= _VENUE_GROUPS.get(lang, 0):
                end = _town_after(text, end, hi, lang)
            if lang == "ko":
                end = _narrower_after(text, end, hi)
            elif lang == "zh" and end < hi and text[end - 1] in "港州岛" and text[end] in "省市县区镇乡村":
                end += 1  # "云港市", "宁州市": a name that ends as a port or a prefecture does, and its division
            return start, end
    head = _SUBJECT_PLACE[lang].match(text, lo, hi) if lang in _SUBJECT_PLACE else None
    if head is None:
        return None
    start = (
        particle.end()
        if lang == "ja" and (particle := _JA_PARTICLE.match(text, head.start(1), head.end(1)))
        else head.start(1)
    )
    return None if _NOT_PLACE.search(text[start : head.end(1)]) or head.end(1) - start < 2 else (start, head.end(1))


def _narrower_after(text: str, end: int, hi: int) -> int:
    """In Korean, a place goes from the larger to the smaller, word by word: "전남 청해군 청솔도", "전남 해솔군
    달섬분교"; the place is read to its last word that names one."""
    for _ in range(3):
        if text[end : end + 1] != " ":
            break
        if spot := _KO_SPOT.match(text, end + 1, hi):
            end = spot.end()
            continue
        if not (m := _PLACE_RE["ko"].match(text, end + 1, hi)):
            break
        group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
        if m.start(group) != end + 1 or _NOT_PLACE.search(m.group(group)):
            break
        end = m.end(group)
    return end


def _town_after(text: str, end: int, hi: int, lang: str) -> int:
    """A venue is shown with the town named right after it, when there is one: "Quarry Lane community hall in Ashby
    Fold", "улице Гончарова в Листвянске"; a spot alone is no use to a reader who does not know the town."""
    if lang not in _SPACED:
        return end  # (no spaces: no way to tell a town's name from the words after a venue)
    town = _TOWN_RE[lang].search(text, end, min(hi, end + 60))
    if town is None or town.start() - end > 12 or re.search(r"[.;:!?()«»\"“”]", text[end : town.start()]):
        return end
    group = next(i for i in range(1, (town.lastindex or 0) + 1) if town.group(i))
    if _passed_over(text, end, town.start(group), town.end(group), town.start(), lang):
        return end
    return town.end(group)
