"""Numbers that count nothing: a date's or a clock's, an age beside a name, an ordinal, the number of a route, a law,
a table or a telephone (see `figures`, which reads every other number as a figure)."""

from __future__ import annotations

import re

from ..grounding import numberwords
from ..patterns import factored
from . import numbering
from .notfigures_cjk import counts_nothing
from .text import Sentence

# The word before a number that makes it a name or a reference, not a quantity.
_IDENTIFIER_BEFORE = factored(
    r"(?:\b(?:route|road|highway|motorway|line|flight|bus|tram|gate|platform|terminal|article|section|paragraph|"
    r"chapter|clause|room|block|ward|district|item|case|bill|law|resolution|number|no\.?|nr\.?|page|table|figure|"
    r"level|grade|phase|stage|category|unit|building|pier|berth|exit|junction|lane|street|avenue|track|runway|"
    r"artikel|paragraf|linie|straße|strasse|gleis|bundesstraße|autobahn|ligne|rue|artículo|línea|calle|ruta|"
    r"статья|статьи|статті|стаття|статтею|статьей|статье|статтях|départementale|трасса|трасі|маршрут|рейс|линия|лінія|улица|вулиця|пункт|часть|частина|"
    r"шахта|блок|корпус|номер|частин\w*|част\w*|пункт\w*|абзац\w*|№|الطريق|المادة|رقم|خط|"
    # (round 53: versions, pages and tables, resolutions, files, postcodes and dialling codes, lines, the hour)
    r"version|versión|versione|versão|версия|версии|версія|версії|оновлення|обновление|tableau|tabelle|seite|"
    r"página|tabla|таблиц\w*|страниц\w*|сторінц\w*|résolution|resolución|резолюци\w*|az\.|aktenzeichen|"
    r"expediente|справа|дело|postleitzahl|plz|индекс|індекс|code postal|código postal|postcode|zip code|"
    r"vorwahl|лінію|линию|лінії|линии)\s*|[#№§]\s*|第|제\s?|الخط\s*|صفحة\s*|جدول\s*|قرار(?: مجلس الأمن)?\s*|"
    r"الرمز البريدي\s*|الساعة\s*|邮编|우편번호\s?)$",
    re.I,
)
_IDENTIFIER_AFTER = factored(
    # (written without spaces, a floor, a street's block, a version, a model, a century, a decade, a call centre:
    # round 53)
    r"^(?:层|階|楼(?![盘房市])|丁目|版本|型|世纪|年代"
    r"|\s?(?:조|호선|번|호|층|버전|콜센터|号线|号|條|条|番線|番|項|항|ст\.|-?я\s+статья|УК|КК|ГК|ЦК|КоАП|КУпАП)"
    # (a Korean particle may follow: "120번으로", "1층에서", "1345 콜센터에는")
    r"(?:으로|로|에서|에는|에|을|를|이|가|은|는|의)?(?![^\W\d_])"
    r"|\s+(?:Кримінального|Уголовного|Цивільного|Гражданского|Кодексу|кодекса|кодексу|of the (?:Criminal )?Code))"
)

# (the words in spaced scripts start a word: "stellt", "Hotel" and "recall" are not "tel" and "call", round 53; "tel"
# is one with its stop or before the number: "telt", "Telmo", French "un tel plan" are none, session 55)
_PHONE_BEFORE = factored(
    r"(?:(?<![^\W\d_])(?:hotline|helpline|phone|telephone|call|tel(?:\.|:|(?=\s*[+0-9]))|Telefon|Hotline|téléphone|teléfono|телефон\w*|"
    r"лінія|лінії|линия|линии)|电话|热线|電話|窓口|전화|핫라인|هاتف|الرقم|للإبلاغ|الخط الساخن)"
    r"\W{0,3}(?:\w+\W{1,3}){0,4}$",
    re.I,
)

_ORDINAL_AFTER = factored(
    r"^(?:st|nd|rd|th|er|ère|e|ème|º|ª|-й|-я|-го|-е|-му|-ї|-ий|-а|\.\s+(?:[a-zäöü]))(?![^\W\d_])|^(?:위|번째|차|등|位|名目|回目|度目|番目|人目|日目|年目|本目|両目|週目|戦目|期目)"
)

# "a three-day strike", "a 12-hour shift": a number that makes an adjective of a unit describes, it does not count.
_COMPOUND = factored(
    r"^-(?:day|week|month|year|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|storey|story|point|"
    r"page|man|member|seat|lane|run|game|match|tägig|jährig|stündig|wöchig)s?(?![^\W\d_])",
    re.I,
)

# "10 h 05", "16.45 horas", "14 Uhr": a time of day; and by the part of the day after it: "las ocho de la mañana",
# "às seis da manhã", "с десяти утра" (not "ночи", "дня" or "вечера": "три ночи", "два дня" and "3 вечера" are
# as often three nights, two days and three evenings).
_CLOCK = factored(
    r"^(?:\s?h\s?\d{2}\b|\sh\b(?!\w)|\s(?:horas|hrs|Uhr|heures)\b|[.:]\d{2}\s(?:horas|hrs|Uhr|h)\b"
    # (the words after a number are read twelve characters far: "de la mañana" is told by its start)
    r"|\s(?:de la (?:mañ|tard|noch)|da (?:manh|tard|noit)|del (?:matt|pome))"
    r"|\s(?:di sera|du (?:matin|soir)|утра|ранку)(?!\w))",
    re.I,
)
# "antes de las ocho", "desde las 9", "depois das dez", "até às 18": an hour.
_HOUR_BEFORE = factored(
    r"(?:\b(?:antes|después|despues|desde|hasta) de las|\bdesde las|\bhasta las|\ba partir de las|"
    r"\b(?:antes|depois|desde|até) (?:das|às)|\bdesde as|\baté as)\s*$",
    re.I,
)
# (and nothing counted after it: "hasta las 12 personas", "depois das 3 derrotas" are counts)
_HOUR_ENDS = factored(r"^(?:\s*(?:[,.;:!?)–-]|$)|\s(?:y|e|h|hs|horas|de la|da|del|em|en|no|na|para)\b)", re.I)
# Session 55. "a las 12 frente al centro", "às 10 na câmara", "alle 11 in municipio": an hour, when a place, a part
# of the day or the sentence's end follows ("a las 15 del año pasado", "às 15 da semana passada", "alle 12 del 2022",
# "a las 4 con peores resultados" count). "alle" only in Italian: German and Dutch "alle 12 in der Gruppe" are all
# twelve.
_AT_HOUR_BEFORE = factored(r"(?:\ba las|\bàs)\s$", re.I)
_ALLE_BEFORE = factored(r"\balle\s$", re.I)
_AT_HOUR_ENDS = factored(
    r"\s*(?:[,.;:!?)–-]|$)|\s(?:h|hs|horas|en punto|in punto|de la (?:mañana|tarde|noche|madrugada)|del mediodía"
    r"|da (?:manhã|tarde|noite|madrugada)|di (?:sera|mattina|notte|pomeriggio)|del (?:mattino|pomeriggio)"
    r"|frente|cerca|junto|ante|en (?:el|la|los|las)|tras|na|no|em|perto|diante|in|presso|davanti|vicino|nel|nella"
    r"|al|alla|circa|da (?:piazza|via|corso|largo|viale)|dal|dalla|dallo|con (?:il|la|lo|un|una|el|los|las)|e|ed"
    r"|y (?:media|cuarto)|del (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
    r"|com (?:o|a|os|as|um|uma))\b",
    re.I,
)
# "o godzinie 10", "od godziny 17", "godz. 15"; "om 10 uur"; "началось в 10 часов", "о 10 годині": an hour named as
# one (not "w ciągu godziny 12 osób"; "om 16 uur vrijwilligerswerk", "om 12 uur zorg per week", "задержка в 6 часов",
# "из запізненням в 3 години" are spans of time: in Russian and Ukrainian "в" gives an hour after a verb, a day or a
# time of day, "о" always).
_HOUR_NAMED = factored(r"(?:\b(?:o|od|do|około|ok\.|po|przed|między)\s+godz\w*|\bgodz\.|\bgodzina)\s?$", re.I)
_OM_BEFORE = factored(r"\bom\s$", re.I)
_UUR_AFTER = factored(
    r"\suur(?!\w)(?!\s+\w*\s*(?:per|extra)\b)(?!\s+\w*(?:werk|zorg|les|lessen|training|hulp|dienst|arbeid)\b)"
)
_O_BEFORE = factored(r"(?<!\w)(?:о|об)\s$", re.I)
_V_BEFORE = factored(
    r"(?:\w+(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ут|ют|ат|ят|тся|ться)|понедельник|вторник|среду|четверг|пятницу"
    r"|субботу|воскресенье|понеділок|середу|четвер|п'ятницю|суботу|неділю|сегодня|завтра|вчера|утром|вечером|днём"
    r"|ночью|сьогодні|учора|ранку|вечора|\d+\s+\w+)\s+(?:в|во|у)\s$",
    re.I,
)
_HOUR_AFTER = factored(r"\s(?:час(?:ов|а)?|годин[иіа]?)(?!\w)", re.I)
# "tre volte più", "deux fois plus", "bijna twee keer zoveel", "в три раза больше": a multiplier, not a count.
_TIMES_MORE = factored(
    r"^\s(?:volte|fois|veces|vezes|mal|keer|раза?|рази|разів|razy)\s(?:più|meno|plus|moins|más|menos|mais|mehr|"
    r"weniger|so viel|meer|minder|zoveel|больше|меньше|більше|менше|więcej|mniej)(?!\w)",
    re.I,
)

# "four years ago" is a time, not a figure.
_AGO = factored(r"^\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago\b", re.I)
# A span of time (round 53), by the unit after the number, in every language read.
_TIME_UNIT = (
    r"(?:(?:hours?|days?|weeks?|months?|years?|decades?|Stunden|Tagen?|Wochen|Monaten?|Jahren?|Jahre|heures|jours|"
    r"semaines|mois|ans|années|horas|días|semanas|meses|años|anni|mesi|giorni|settimane|ore|anos|dias|час\w*|дн\w*|суток|недел\w*|месяц\w*|лет|год\w*|"
    r"годин\w*|тижн\w*|місяц\w*|рок\w*|років|ساعة|ساعات|يوما|يوم|أيام|أسبوع|أسابيع|شهرا|شهر|أشهر|سنة|سنوات|عاما|"
    r"أعوام)(?![^\W\d_])"
    # (written without spaces, or with a Korean ending after: no word boundary to look for)
    r"|(?:년간|개월간|일간|시간|일|주|개월|년|時間|日間|週間|か月|カ月|年間|年|小时|天|周|个月))"
)
# "within 48 hours", "over the past 12 months", "протягом 36 годин", "خلال 6 ساعات", "최근 3년간": a period the story
# refers to, not a quantity it gives ("the repairs will take 11 weeks" is one, and keeps it).
_PERIOD_BEFORE = factored(
    # ("during", "pendant", "durante", "в течение", "протягом", "على مدى" are left out: "Gobernó el país durante 30
    # años", "the strike went on for 3 days" give the news's own duration)
    r"(?:\bwithin|\b(?:over|in) the (?:past|last|next)|(?<!\bfor )\bthe (?:past|last|next)|\binnerhalb(?: von)?|"
    r"\bbinnen|\b(?:in )?den (?:vergangenen|letzten|nächsten)|\bdans les|\bd['’]ici|"
    r"\bdentro de|\ben (?:las|los) (?:últimas|últimos|próximas|próximos)|"
    r"\bза последние|\bв ближайшие|\bза останні|\bнайближчі|خلال|في غضون|최근|\bentro|\bnegli ultimi|"
    r"\bnelle ultime|\bnos últimos|\bnas últimas|"
    r"\bdans un délai de|\ben un plazo de|\b(?:binnen|innerhalb) einer Frist von|\bв срок|\bу строк|"
    r"\b(?:протягом|упродовж) наступних|\bв течение (?:следующих|ближайших)|过去|未来|過去|今後|지난|향후)\s*$",
    re.I,
)
# "vor 4 Jahren", "il y a 4 ans", "hace 4 años", "há 4 anos", "منذ 4 سنوات"; "4 года назад", "4 роки тому", "4년 전",
# "4年前"; and since then: "seit 12 Jahren", "depuis douze ans", "lleva cuarenta años" (not Italian "da": "una pena
# da 12 anni" is a sentence's length).
_AGO_BEFORE = factored(r"(?:\bvor|\bil y a|\bhace|\bhá|منذ|\bseit|\bdepuis|\bllevan?|\bllevaba)\s*$", re.I)
_AGO_AFTER = factored(rf"^\s?{_TIME_UNIT}\s?(?:назад|тому|전(?:에|에는|부터|까지|의|보다)?(?![가-힣])|前)", re.I)
_PERIOD_AFTER = factored(rf"^\s?{_TIME_UNIT}", re.I)
# "their first title in twelve years", "su primer título en doce años", "вперше за десять років": the time since it
# last happened, not a quantity.
_FIRST_IN = factored(
    r"\b(?:first|primer|primera|premier|première|primeiro|primeira|primo|prima|erste[nrs]?|впервые|вперше)\b"
    r"[^.!?]{0,24}?\s(?:in|en|em|за)\s*$",
    re.I,
)
# (years only: "The first phase will be finished in 18 months" gives the news's own duration)
_YEARS_AFTER = factored(
    r"^\s(?:years|decades|Jahren|ans|années|años|anos|anni|jaar|лет|года?|р(?:оків|оки?|ік)|lat|سنوات|عاما)\b"
)
# "5年以内", "24小时内", "3일 이내": a period within which.
_WITHIN_AFTER = factored(
    r"^\s?(?:年|か月|カ月|个月|月|週間|周|日|天|時間|小时|分钟|년|개월|주|일|시간)\s?(?:以内|内|이내)|^年来"
)
# "aged 7", "يبلغ من العمر 7 سنوات", "im Alter von 58 Jahren", "âgée de 71 ans", "в возрасте 44 лет": an age.
_AGE_BEFORE = factored(
    r"(?:\baged|من العمر|\bim Alter von|\bâgée? de|\ba la edad de|\bв возрасте|\bу віці|\bвіком)\s*$",
    re.I,
)
# "mayores de sesenta años", "menores de 14 años": an age, with years after it ("mayores de 40 grados" is none).
_OLDER_THAN = factored(r"\b(?:mayores|menores|maiores) de\s*$|\b(?:которому|которой|ему|ей|якому|йому|їй)\s+$", re.I)
_J = r"\s?(?:[-:–]|比|대)\s?"  # (a score's join: either side of it, or the score read whole, `grounding.compound`)
# Round 53. "0-2 down at half-time", "ganaba 0-2 al descanso", "вела 1:0 після першого тайму", "半场0比2落后": in play.
_HALF_TIME = factored(
    r"half[- ]?time|at the break|al descanso|a la pausa|mi-temps|à la pause|Halbzeit|zur Pause|"
    r"першого тайму|першому таймі|первого тайма|первом тайме|"
    r"半场|上半场|전반전|前半|الشوط الأول",
    re.I,
)
# "a las 22.45", "las 3 de la madrugada", "4 години ранку", "٩ مساءً", "de 9 a 21 horas": a time of day.
_CLOCK_AFTER = factored(
    # (German "am Freitag" is no a.m.: "1,5 Prozent am Freitag")
    r"^(?:\s?(?:a\.m\.|p\.m\.|am|pm)\b(?!\s+(?-i:[A-ZÄÖÜ]))"
    r"|\s(?:de la (?:mañana|tarde|noche|madrugada)|du (?:matin|soir)|"
    r"годин\w* (?:ранку|вечора|ночі)|ранку|вечора|час\w* (?:утра|вечера|ночи|дня)|утра|вечера|"
    r"صباحًا|صباحاً|صباحا|مساءً|مساءا|فجرًا|فجراً|فجرا|ظهرًا|ظهراً|ظهرا)"
    r"|\s(?:a|à|bis|до|to)\s\d{1,2}(?:[.:]\d{2})?\s?(?:horas|heures|Uhr|h)\b)",
    re.I,
)
_CLOCK_BEFORE = factored(r"\b(?:a|hacia|sobre|desde|hasta)? ?las\s$", re.I)
# "im 2. Stock", "el 2.º piso", "su 75 aniversario": a place in an order.
_ORDER_AFTER = factored(
    r"^(?:\.\s(?:Stock|Obergeschoss|Etage|Liga|Klasse|Platz|Runde|Spieltag|Jahrhundert|Mal|Quartal|Bauabschnitt)\b|"
    r"\.[ºª]|\s(?:aniversario|anniversaire|Jubiläum|anniversario)\b)"
)
# "12 place du Marché", "41 Mercer Street", "calle Olmo, 14", "ул. Портовой, 221", ", 74310 Bérolles": an address.
_STREET_AFTER = factored(
    r"^\s(?:(?:rue|place|avenue|boulevard|allée|chemin|quai|impasse)\b|[A-Z][a-z]+\s(?:Street|Road|Avenue|Lane|Drive|"
    r"Square|Way|Close|Crescent)\b)"
)
_STREET_BEFORE = factored(
    r"(?:\b(?:calle|avenida|plaza|paseo|rua|via)\s[\w .'-]{1,30},|\b(?:ул\.|улиц\w+|вул\.|вулиц\w+|просп\.|"
    r"проспект\w*|пер\.|провулок)\s?[\w-]+,?)\s?$",
    re.I,
)
# (a house's number stands after "au", "du" or a comma, "Les dossiers sont reçus au 8 rue des Lilas"; "Ils étaient 800
# place de la République" counts people)
_HOUSE_BEFORE = factored(r"(?:,|\bau|\baux|\bdu|\bà|\bat|\bon)\s$", re.I)
# (and nothing after it is counted: "calle Olmo, 14, y dejó"; "En la plaza del pueblo, 300 vecinos" counts people)
_HOUSE_AFTER = factored(r"\s?(?:[,.;)]|$|\s(?:y|e|en|de|del|и|в|на|і|у)\b)")
# (a postcode after a house number: "Hauptstraße 3, 61234 Weilbach", "plaza Mayor, 1, 28791 Soto del Llano")
_POSTCODE = factored(r"\d+[a-zA-Z]?,\s$")
# "Kim Min-su(34) 씨", "山田浩史被告（34）": an age in brackets after a name written without spaces.
_CJK_AGE = factored(r"[\u3040-\u9fff가-힣][(（]$")
# "Una mujer de 81 años": an age after a person.
_PERSON_OF = factored(
    r"\b(?:mujer|hombre|niño|niña|joven|anciano|anciana|vecino|vecina|conductor|conductora|varón|menor|"
    r"femme|homme|enfant|garçon|fille)\s(?:de|âgée? de)\s$",
    re.I,
)
# "the 12345 hotline", "12345热线": a number to call.
_HOTLINE_AFTER = factored(r"^\s?(?:热线|熱線|핫라인)")
# "the 12345 hotline" (one line, named by its number; "3 hotlines" counts them).
_THE_HOTLINE = factored(r"^\s(?:hotline|helpline)\b", re.I)
# "6両編成", "4階建て", "4층 규모": a number that describes a train's or a building's make, not a count.
_MAKE_AFTER = factored(r"^(?:両編成|階建て|층\s?규모)")
_AGE = factored(r"^(?:-year-old|-[jJ]ährige|-летн|-річн|\s?(?:세|살|歳|岁|周岁))")

_ENGLISH_WORD = factored(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred)\b"
)


_CAPITALISED_BEFORE = factored(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s$")
_QUOTED_NAME_BEFORE = factored(
    r"(?:канал\w*|газет\w*|журнал\w*|издани\w*|программ\w*|передач\w*|сериал\w*|фильм\w*|шоу|проект\w*|паблик\w*"
    r"|самол[её]т\w*|рейс\w*|судн\w*|корабл\w*|поезд\w*"
    r"|channel|newspaper|show|series|film|programme|program|Sender|Zeitung|Sendung|Serie|Film|chaîne|émission|série"
    r"|canal|periódico|programa|película)\s*[«„“\"][A-ZÀ-ÞА-ЯЁІЇЄҐ][\w-]*\s$",
    re.I,
)
# (a noun, not after a name's or a reference's word: "Artikel 20 Absatz 4 Grundgesetz", "Buslinie 42 Richtung",
# "Pflegegrad 2 Anspruch", "Apollo 11 Mission", "Boeing 737 Max")
_NOUN_AFTER = factored(r"\s[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])(?<!ion)(?<!ung)(?<!heit)(?<!keit)(?<!schaft)")
_LABEL_BEFORE = factored(
    r"(?:Absatz|Satz|Artikel|Art\.|Paragra(?:f|ph)|Kapitel|Abschnitt|Ziffer|Nummer|Nr\.|Teil|Band|Heft|Seite|Folge"
    r"|Staffel|Episode|Tor|Halle|Station|Gleis|Bahnsteig|Terminal|Gate|Zimmer|Raum|Saal|Block|Haus|Stock|Ebene|Runde"
    r"|Etappe|Klasse|Gruppe|Level|Kanal|Route|Boeing|Airbus|Apollo|Formel|Windows|Hannover|Schalke|Mainz|Model|Golf"
    r"|Porsche|Ariane|Tesla|Audi|BMW|iPhone|Galaxy|PlayStation|Xbox|Typ|Serie|Baureihe"
    r"|\w*(?:linie|stufe|grad|gleis|halle|station|tor|saal|klasse|gruppe|straße|liga))\s$"
)


def skip(
    text: str, start: int, end: int, sentence: Sentence, number: float, unit: str | None, lang: str | None = None
) -> bool:
    """Whether the number `text[start:end]` of `sentence` (its value `number`, its unit; the article in `lang`) counts
    nothing."""
    before = text[max(sentence.start, start - 24) : start]
    after = text[end : end + 12]
    written = text[start:end]
    if _IDENTIFIER_BEFORE.search(before) or _IDENTIFIER_AFTER.match(after):
        return True
    if numbering.counts_nothing(text, start, end, sentence.start, number, unit):
        return True
    if lang in ("zh", "ja", "ko") and counts_nothing(text, start, end, sentence, number):
        return True
    # An English number word with a capital inside a sentence of another language is a name: "One Direction", "Six
    # Nations" (session 55).
    english = lang not in (None, "en") and _ENGLISH_WORD.fullmatch(written)
    if english and not numberwords.is_word(written.lower(), lang) and numberwords.in_a_name(text, start):
        return True
    if unit is None and _ORDINAL_AFTER.match(after):
        return True
    if _AGE.match(after) or _COMPOUND.match(after) or _AGO.match(after) or _CLOCK.match(after):
        return True
    if _TIMES_MORE.match(after) or (number <= 24 and _HOUR_BEFORE.search(before) and _HOUR_ENDS.match(after)):
        return True
    if number <= 24 and _at_hour(text, before, end, lang):
        return True
    if _THE_HOTLINE.match(after) and re.search(r"\bthe\s$", before, re.I):
        return True
    if _HOTLINE_AFTER.match(after) or _MAKE_AFTER.match(after) or _AGO_AFTER.match(after):
        return True
    if _PERIOD_AFTER.match(after) and (
        _PERIOD_BEFORE.search(before)
        or _AGO_BEFORE.search(before)
        or (_FIRST_IN.search(text, max(sentence.start, start - 60), start) and _YEARS_AFTER.match(after))
    ):
        return True
    if _WITHIN_AFTER.match(after):
        return True
    if number < 120 and (_AGE_BEFORE.search(before) or (_OLDER_THAN.search(before) and _YEARS_AFTER.match(after))):
        return True
    if _more(text, start, end, sentence, number, unit):
        return True
    if re.search(r"\d\s?h\s?$", before):  # the minutes of "10 h 05"
        return True
    # "Jens Hoffmeister (56)", "Jean-Baptiste Roux, 52 ans,": an age beside a name.
    if number < 120 and (
        (re.match(r"^\)", after) and re.search(r"[A-ZÀ-ÞА-ЯІЇЄ][\w-]+\s\($", before))
        or (re.match(r"^\s(?:ans|años|Jahre|лет|років|anni)\b", after) and re.search(r",\s?$", before))
    ):
        return True
    # "L. 512-1 du Code de l'environnement", "A7": a letter before the number makes it a reference.
    if re.search(r"(?<![\w.])[A-Z]\.?\s?$", before) and unit is None:
        return True
    # "Kim, 34, said": an age in commas after a name.
    if (
        unit is None
        and number < 120
        and re.search(r"[A-ZА-ЯІ][\w-]+,\s?$", before)
        and re.match(r"^\s?[,)]", after)
        and written.strip().isdigit()
    ):
        return True
    # "Apollo 11", "Terminal 2": a bare number straight after a capitalised word inside a sentence (but German writes
    # every noun with a capital, and what it counts after it: "in zwei Wochen 40 Festnahmen", "in Kaltenried 312
    # Einbrüche").
    german = (lang or "").split("-")[0] == "de"
    noun_after = german and _NOUN_AFTER.match(text, end, end + 40) and not _LABEL_BEFORE.search(before)
    if unit is None and re.fullmatch(r"\d{1,4}", written) and _CAPITALISED_BEFORE.search(before) and not noun_after:
        return True
    # Telegram-канал «Борт 13», die Sendung „Tatort 1200“: a name in quotes ending on its number (not «Погибли 12»).
    if unit is None and re.match(r"^[»“”\"]", after) and _QUOTED_NAME_BEFORE.search(before):
        return True
    # A year compared with: "supérieur à 2019", "superior a 2022" (session 55).
    if unit is None and re.fullmatch(r"(?:sup|inf)\w+ [aà] (?:1[89]|20)\d\d", written, re.I):
        return True
    # A bare year: four digits 1800-2100 with nothing to count.
    if unit is None and re.fullmatch(r"(?:1[89]|20)\d\d(?:\s?(?:年|년|г\.?|р\.?|року|году|roku))?", written.strip()):
        return True
    # A number given to call or to quote: "hotline 0 800 301 540", "電話0545-22-3100", "للإبلاغ 199".
    digits = re.sub(r"^\D+", "", written)  # (after a qualifier: "unter 06421 88 300")
    phone_like = re.match(r"0\d*(?:[\s-]\d)", digits) or (digits.startswith("0") and re.match(r"[\s-]\d", after))
    grouped = re.search(r"\d[\s-]$", before) and re.search(r"(?:^|[\s-])0\d+[\s-](?:\d+[\s-])*$", before)
    if _PHONE_BEFORE.search(text[max(sentence.start, start - 30) : start]) or phone_like or grouped:
        return True
    # Telephone numbers and codes: three digits or more on both sides of a dash ("555-0182").
    if re.search(r"\d{3}-$", before) or re.match(r"^-\d{3}", after):
        return True
    # Telephone numbers and codes: digit groups joined by dashes or slashes.
    return bool(re.fullmatch(r"[\d\s()+/-]{7,}", written) and re.search(r"\d[-/]\d", written))


def _more(text: str, start: int, end: int, sentence: Sentence, number: float, unit: str | None) -> bool:
    """Round 53's numbers that count nothing: a score during play, a clock time, a place in an order, an address,
    an age in brackets or after a person, a file number with a slash, a telephone in groups."""
    before, after, written = text[max(sentence.start, start - 40) : start], text[end : end + 30], text[start:end]
    in_score = re.search(rf"\d{_J}$", before) or re.match(rf"{_J}\d", after) or re.search(rf"\d{_J}\d", written)
    # (the break named after the score, or just before it where it is written without spaces: "半场0比2")
    if in_score and (
        _HALF_TIME.search(text, end, min(sentence.end, end + 30)) or _HALF_TIME.search(text, max(0, start - 4), start)
    ):
        return True
    if written.lower() == "half" and re.match(r"[- ]?(?:time|way)\b", after, re.I):
        return True  # ("at half-time", "halfway")
    # "코로나19": a number written onto a Korean word is part of a name (Korean spaces a number from its noun).
    if re.search(r"[가-힣]$", before) and re.match(r"[\s.,)]|$", after):
        return True
    # ("las 22.45" is a time; "9 de las 14 muestras" counts samples; "1,5 Prozent am Freitag" and "إلى 45 مساء
    # الأحد" are no clock: a clock's number is an hour)
    clock = unit is None and re.search(r"(?:^|\s)\d{1,2}(?:[.:]\d{2})?$", written)  # (after "about", too)
    if clock and (_CLOCK_AFTER.match(after) or (_CLOCK_BEFORE.search(before) and re.search(r"[.:]", written))):
        return True
    if _ORDER_AFTER.match(after):
        return True
    # (a house's number is a bare one: "улица Мира, 12", not "на улице Мира 1,2 млн рублей")
    house = unit is None and re.fullmatch(r"\d{1,4}", written)
    if house and (
        (_STREET_AFTER.match(after) and _HOUSE_BEFORE.search(before))
        or (_STREET_BEFORE.search(before) and _HOUSE_AFTER.match(after))
    ):
        return True
    if re.fullmatch(r"\d{5}", written) and _POSTCODE.search(before) and re.match(r"\s[A-ZÄÖÜÉ][a-zäöüéèô]", after):
        return True
    # "iPhone 15", "PlayStation 5": a product's number after a name written in two capitals.
    if unit is None and re.search(r"\b[a-zA-Z]*[a-z][A-Z][A-Za-z]*\s$", before):
        return True
    age = unit is None and number < 120 and number.is_integer()  # (whole, with no unit: not "（2時間23分40秒）")
    if age and (
        (_CJK_AGE.search(before) and re.match(r"[)）]", after))
        or (_PERSON_OF.search(before) and re.match(r"\s(?:años|anos|ans)\b", after))
    ):
        return True
    # "418/2022", "218/22": a file's number and year ("2/3 of members" is a share); "200-14-70": a telephone's groups.
    return bool(re.match(r"/\d{2}", after) or re.search(r"\d{2}/$", before) or re.match(r"-\d{2}-\d{2}", after))


def _at_hour(text: str, before: str, end: int, lang: str | None) -> bool:
    """Whether a number (ending at `end`, `before` the text before it) is an hour named as one (session 55)."""
    if _AT_HOUR_BEFORE.search(before) or (lang == "it" and _ALLE_BEFORE.search(before)):
        return bool(_AT_HOUR_ENDS.match(text, end, end + 30))
    if _HOUR_NAMED.search(before):
        return True
    if _OM_BEFORE.search(before):
        return bool(_UUR_AFTER.match(text, end, end + 40))
    if _HOUR_AFTER.match(text, end, end + 20):
        # ("рассмотрят в 24 часа": within a day)
        return bool(_O_BEFORE.search(before) or (_V_BEFORE.search(before) and text[end - 2 : end] != "24"))
    return False
