"""Numbers that count nothing: a date's or a clock's, an age beside a name, an ordinal, the number of a route, a law,
a table or a telephone (see `figures`, which reads every other number as a figure)."""

from __future__ import annotations

import re

from .text import Sentence

# The word before a number that makes it a name or a reference, not a quantity.
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:route|road|highway|motorway|line|flight|bus|tram|gate|platform|terminal|article|section|paragraph|"
    r"chapter|clause|room|block|ward|district|item|case|bill|law|resolution|number|no\.?|nr\.?|page|table|figure|"
    r"level|grade|phase|stage|category|unit|building|pier|berth|exit|junction|lane|street|avenue|track|runway|"
    r"artikel|paragraf|linie|straße|strasse|gleis|bundesstraße|autobahn|ligne|rue|artículo|línea|calle|ruta|"
    r"статья|статьи|статті|стаття|статтею|статьей|статье|статтях|mesa|départementale|nationale|трасса|трасі|маршрут|рейс|линия|лінія|улица|вулиця|пункт|часть|частина|"
    r"шахта|блок|корпус|номер|частин\w*|част\w*|пункт\w*|абзац\w*|№|الطريق|المادة|رقم|خط)\s*|[#№§]\s*|第|제\s?)$",
    re.I,
)

_IDENTIFIER_AFTER = re.compile(
    r"^(?:\s?(?:조|호선|번|호|층|号线|号|條|条|番線|番|項|항|階|楼|ст\.|-?я\s+статья|УК|КК|ГК|ЦК|КоАП|КУпАП)"
    # (a Korean particle may follow: "120번으로", "1층에서")
    r"(?:으로|로|에서|에|을|를|이|가|은|는|의)?(?![^\W\d_])"
    r"|\s+(?:Кримінального|Уголовного|Цивільного|Гражданского|Кодексу|кодекса|кодексу|of the (?:Criminal )?Code))"
)

_PHONE_BEFORE = re.compile(
    r"(?:hotline|helpline|phone|telephone|call|tel\.?|Telefon|Hotline|téléphone|teléfono|телефон\w*|лінія|лінії|линия|"
    r"линии|电话|热线|電話|窓口|전화|핫라인|هاتف|الرقم|للإبلاغ|الخط الساخن)\W{0,3}(?:\w+\W{1,3}){0,4}$",
    re.I,
)

_ORDINAL_AFTER = re.compile(
    r"^(?:st|nd|rd|th|er|ère|e|ème|º|ª|-й|-я|-го|-е|-му|-ї|-ий|-а|\.\s+(?:[a-zäöü]))(?![^\W\d_])|^(?:위|번째|차|등|位|[\u3040-\u9fff]目)"
)

# "a three-day strike", "a 12-hour shift": a number that makes an adjective of a unit describes, it does not count.
_COMPOUND = re.compile(
    r"^-(?:day|week|month|year|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|storey|story|point|"
    r"page|man|member|seat|lane|run|game|match|tägig|jährig|stündig|wöchig)s?(?![^\W\d_])",
    re.I,
)

# "10 h 05", "16.45 horas", "14 Uhr": a time of day.
_CLOCK = re.compile(
    r"^(?:\s?h\s?\d{2}\b|\sh\b(?!\w)|\s(?:horas|hrs|Uhr|heures)\b|[.:]\d{2}\s(?:horas|hrs|Uhr|h)\b)", re.I
)

# "four years ago" is a time, not a figure.
_AGO = re.compile(r"^\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago\b", re.I)
# A span of time (round 53), by the unit after the number, in every language read.
_TIME_UNIT = (
    r"(?:hours?|days?|weeks?|months?|years?|decades?|Stunden|Tagen?|Wochen|Monaten?|Jahren?|Jahre|heures|jours|"
    r"semaines|mois|ans|années|horas|días|semanas|meses|años|час\w*|дн\w*|суток|недел\w*|месяц\w*|лет|год\w*|"
    r"годин\w*|тижн\w*|місяц\w*|рок\w*|років|ساعة|ساعات|يوما|يوم|أيام|أسبوع|أسابيع|شهرا|شهر|أشهر|سنة|سنوات|عاما|"
    r"أعوام|년간|개월간|일간|시간|일|주|개월|년|時間|日間|週間|か月|カ月|年間|年|小时|天|周|个月)(?![^\W\d_])"
)
# "within 48 hours", "over the past 12 months", "протягом 36 годин", "خلال 6 ساعات", "최근 3년간": a period the story
# refers to, not a quantity it gives ("the repairs will take 11 weeks" is one, and keeps it).
_PERIOD_BEFORE = re.compile(
    r"(?:\bwithin|\bduring|\b(?:over|in|for) the (?:past|last|next)|\bthe (?:past|last|next)|\binnerhalb(?: von)?|"
    r"\bbinnen|\bwährend|\b(?:in )?den (?:vergangenen|letzten|nächsten)|\bdans les|\bd['’]ici|\bau cours des?|"
    r"\bpendant|\bdurante|\bdentro de|\ben (?:las|los) (?:últimas|últimos|próximas|próximos)|\bв течение|"
    r"\bза последние|\bв ближайшие|\bпротягом|\bупродовж|\bза останні|\bнайближчі|خلال|في غضون|على مدى|최근)\s*$",
    re.I,
)
# "vor 4 Jahren", "il y a 4 ans", "hace 4 años", "منذ 4 سنوات"; "4 года назад", "4 роки тому", "4년 전", "4年前".
_AGO_BEFORE = re.compile(r"(?:\bvor|\bil y a|\bhace|منذ)\s*$", re.I)
_AGO_AFTER = re.compile(rf"^\s?{_TIME_UNIT}\s?(?:назад|тому|전|前)", re.I)
_PERIOD_AFTER = re.compile(rf"^\s?{_TIME_UNIT}", re.I)
# "5年以内", "24小时内", "3일 이내": a period within which.
_WITHIN_AFTER = re.compile(
    r"^\s?(?:年|か月|カ月|个月|月|週間|周|日|天|時間|小时|分钟|년|개월|주|일|시간)\s?(?:以内|内|이내)"
)
# "aged 7", "يبلغ من العمر 7 سنوات", "im Alter von 58 Jahren", "âgée de 71 ans", "в возрасте 44 лет": an age.
_AGE_BEFORE = re.compile(
    r"(?:\baged|من العمر|\bim Alter von|\bâgée? de|\ba la edad de|\bв возрасте|\bу віці|\bвіком)\s*$", re.I
)
# "the 12345 hotline", "12345热线": a number to call.
_HOTLINE_AFTER = re.compile(r"^\s?(?:热线|熱線|핫라인|hotlines?|helplines?)", re.I)
# "6両編成", "4階建て", "4층 규모": a number that describes a train's or a building's make, not a count.
_MAKE_AFTER = re.compile(r"^(?:両編成|階建て|층\s?규모)")

_AGE = re.compile(r"^(?:-year-old|-jährige|-летн|-річн|\s?(?:세|살|歳|岁))")

_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s$")


def skip(text: str, start: int, end: int, sentence: Sentence, number: float, unit: str | None) -> bool:
    """Whether the number `text[start:end]` of `sentence` (its value `number`, its unit) counts nothing."""
    before = text[max(sentence.start, start - 24) : start]
    after = text[end : end + 12]
    written = text[start:end]
    if _IDENTIFIER_BEFORE.search(before) or _IDENTIFIER_AFTER.match(after):
        return True
    if unit is None and _ORDINAL_AFTER.match(after):
        return True
    if _AGE.match(after) or _COMPOUND.match(after) or _AGO.match(after) or _CLOCK.match(after):
        return True
    if _HOTLINE_AFTER.match(after) or _MAKE_AFTER.match(after) or _AGO_AFTER.match(after):
        return True
    if _PERIOD_AFTER.match(after) and (_PERIOD_BEFORE.search(before) or _AGO_BEFORE.search(before)):
        return True
    if _WITHIN_AFTER.match(after):
        return True
    if number < 120 and _AGE_BEFORE.search(before):
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
    # "Apollo 11", "Terminal 2": a bare number straight after a capitalised word inside a sentence.
    if unit is None and re.fullmatch(r"\d{1,4}", written) and _CAPITALISED_BEFORE.search(before):
        return True
    # A bare year: four digits 1800-2100 with nothing to count.
    if unit is None and re.fullmatch(r"(?:1[89]|20)\d\d(?:\s?(?:年|년|г\.?|р\.?|року|году|roku))?", written.strip()):
        return True
    # A number given to call or to quote: "hotline 0 800 301 540", "電話0545-22-3100", "للإبلاغ 199".
    phone_like = re.match(r"0\d*(?:[\s-]\d)", written) or (written.startswith("0") and re.match(r"[\s-]\d", after))
    grouped = re.search(r"\d[\s-]$", before) and re.search(r"(?:^|[\s-])0\d+[\s-](?:\d+[\s-])*$", before)
    if _PHONE_BEFORE.search(text[max(sentence.start, start - 30) : start]) or phone_like or grouped:
        return True
    # Telephone numbers and codes: three digits or more on both sides of a dash ("555-0182").
    if re.search(r"\d{3}-$", before) or re.match(r"^-\d{3}", after):
        return True
    # Telephone numbers and codes: digit groups joined by dashes or slashes.
    return bool(re.fullmatch(r"[\d\s()+/-]{7,}", written) and re.search(r"\d[-/]\d", written))
