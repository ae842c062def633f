"""The words of dates in the languages the reader reads: weekdays, months, and the words for days counted from the
publication date ("yesterday", "вчера", "昨日", "어제", "أمس"), for `dates` to read a time as a calendar day.

The other readers keep their own, narrower lists (`dates.MONTH_NAMES`, `dates.WEEKDAY_NAMES`): these tables only
decide which day a time already found means.
"""

from __future__ import annotations

import re

from ..patterns import factored

# Weekdays, Monday first, with the forms a sentence puts them in ("в пятницу", "у п'ятницю", "na sexta-feira").
_WEEKDAY_FORMS = [
    ("monday", "montag", "lundi", "lunes", "lunedì", "lunedi", "segunda-feira", "понедельник", "понеділок",
     "понеділка"),
    ("tuesday", "dienstag", "mardi", "martes", "martedì", "martedi", "terça-feira", "вторник", "вівторок", "вівторка"),
    ("wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "mercoledi", "quarta-feira", "среда", "среду",
     "среды", "середа", "середу", "середи"),
    ("thursday", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "quinta-feira", "четверг", "четвер",
     "четверга"),
    ("friday", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta-feira", "пятница", "пятницу", "пятницы",
     "п'ятниця", "п'ятницю", "п'ятниці"),
    ("saturday", "samstag", "sonnabend", "samedi", "sábado", "sabato", "суббота", "субботу", "субботы", "субота",
     "суботу", "суботи"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica", "воскресенье", "воскресенья", "неділя", "неділю",
     "неділі"),
]  # fmt: skip
_WEEKDAY_OF = {form: day for day, forms in enumerate(_WEEKDAY_FORMS) for form in forms}
# (Portuguese also names a weekday by its number alone after "na": "na sexta", "nesta quinta")
_PT_SHORT = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_SPACED_WEEKDAY = factored(
    r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, _WEEKDAY_OF), key=len, reverse=True)) + r")"
    # (a German day with its part: "Montagabend", "Freitagmorgen")
    r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?(?![^\W\d_'-])"
    r"|(?<![^\W\d_])(?:na|nesta|desta|na última|na próxima)\s+(segunda|terça|quarta|quinta|sexta)(?![^\W\d_'-])"
)
# Chinese, Japanese, Korean and Arabic: written without inflection, found anywhere in the time.
_UNSPACED_WEEKDAY = {
    **{f"星期{c}": day for day, c in enumerate("一二三四五六")},
    **{f"礼拜{c}": day for day, c in enumerate("一二三四五六")},
    **{f"周{c}": day for day, c in enumerate("一二三四五六")},
    "星期日": 6, "星期天": 6, "礼拜日": 6, "礼拜天": 6, "周日": 6,
    **{f"{c}曜": day for day, c in enumerate("月火水木金土日")},
    **{f"{c}요일": day for day, c in enumerate("월화수목금토일")},
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}  # fmt: skip
# ("每周一次" is once a week, "一周五天" five days a week, "الأحداث" the events: no weekday)
_UNSPACED_WEEKDAY_PATTERN = factored(
    r"(?<![每一二三四五六七八九十两几\u0621-\u064a])(?:"
    + "|".join(sorted(map(re.escape, _UNSPACED_WEEKDAY), key=len, reverse=True))
    + r")(?![次天\u0621-\u064a])"
)


def weekday_in(text: str) -> int | None:
    """The weekday (Monday 0) a time names, in any of the languages above, or None."""
    lowered = text.lower().translate(_APOSTROPHES)
    if m := _SPACED_WEEKDAY.search(lowered):
        return _PT_SHORT[m[2]] if m[2] else _WEEKDAY_OF[m[1]]
    if m := _UNSPACED_WEEKDAY_PATTERN.search(lowered):
        return _UNSPACED_WEEKDAY[m[0]]
    return None


# A weekday counted strictly before or after the publication's day: "last Friday", "jeudi dernier", "الخميس
# الماضي", "上周五", "지난 금요일"; "next" likewise ("vendredi prochain", "下周五", "다음 주 금요일").
_LAST_NEXT = factored(
    r"(?<![^\W\d_])(?:(last|past|letzten|vergangenen|dernier|dernière|pasado|pasada|scorso|scorsa|passado|passada|"
    r"última|último|прошл\w*|минувш\w*|минул\w*|الماضي|الماضية)|(next|nächsten|kommenden|prochain|prochaine|"
    r"próximo|próxima|prossimo|prossima|следующ\w*|ближайш\w*|наступн\w*|المقبل|المقبلة|القادم|القادمة))"
    r"(?![^\W\d_])|(지난(?!\s?주|해|달))|(오는)|(上周|上星期|上礼拜|先週|지난\s?주)|(下周|下星期|下礼拜|来週|다음\s?주)"
    r"|(本周|这周|本星期|这星期|今週|이번\s?주)",
    re.IGNORECASE,
)


def last_or_next(text: str) -> str | None:
    """'last' or 'next' when a time counts its weekday strictly before or after the publication's day; 'last week'
    or 'next week' when it names the day of the week before or after the publication's ("上周五", "来週の月曜"), 'this'
    for the publication's own week ("本周五", "이번 주 금요일")."""
    if m := _LAST_NEXT.search(text):
        return ("last", "next", "last", "next", "last week", "next week", "this")[m.lastindex - 1]  # type: ignore[operator]
    return None


# The word right after a time that counts it so, where a language puts it after the day ("الخميس الماضي", "jeudi
# dernier", "venerdì scorso", "el viernes pasado"; not English, "on Friday last year"), or right before it ("el pasado
# jueves", "지난 금요일").
_AFTER_DAY = factored(
    r"\s*(?:(dernier|dernière|pasado|pasada|scorso|scorsa|passado|passada|الماضي|الماضية)|(prochain|prochaine|"
    r"próximo|próxima|prossimo|prossima|المقبل|المقبلة|القادم|القادمة))(?![^\W\d_])",
    re.IGNORECASE,
)
_WORD_BEFORE = factored(r"([^\W\d_]+)\s*$")


def last_or_next_beside(before: str, after: str) -> str | None:
    """'last' or 'next' as the word right after a time or right before it in its sentence counts it."""
    if m := _AFTER_DAY.match(after):
        return "last" if m[1] else "next"
    if (m := _WORD_BEFORE.search(before[-40:])) and (found := last_or_next(m[1])) in ("last", "next"):
        return found
    return None


# Months as a date writes them (the genitive in Russian and Ukrainian: "27 декабря", "27 грудня").
_MONTH_FORMS = [
    ("january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "января", "январь", "січня", "يناير",
     "كانون الثاني"),
    ("february", "februar", "février", "febrero", "febbraio", "fevereiro", "февраля", "февраль", "лютого", "فبراير",
     "شباط"),
    ("march", "märz", "mars", "marzo", "março", "марта", "март", "березня", "مارس", "آذار"),
    ("april", "avril", "abril", "aprile", "апреля", "апрель", "квітня", "أبريل", "ابريل", "إبريل", "نيسان"),
    ("may", "mai", "mayo", "maggio", "maio", "мая", "май", "травня", "مايو", "أيار"),
    ("june", "juni", "juin", "junio", "giugno", "junho", "июня", "июнь", "червня", "يونيو", "يونيه", "حزيران"),
    ("july", "juli", "juillet", "julio", "luglio", "julho", "июля", "июль", "липня", "يوليو", "يوليه", "تموز"),
    ("august", "août", "agosto", "августа", "август", "серпня", "أغسطس", "آب"),
    ("september", "septembre", "septiembre", "setembro", "settembre", "сентября", "сентябрь", "вересня", "سبتمبر",
     "أيلول"),
    ("october", "oktober", "octobre", "octubre", "ottobre", "outubro", "октября", "октябрь", "жовтня", "أكتوبر",
     "اكتوبر", "تشرين الأول"),
    ("november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "листопада", "نوفمبر", "تشرين الثاني"),
    ("december", "dezember", "décembre", "diciembre", "dicembre", "dezembro", "декабря", "декабрь", "грудня",
     "ديسمبر", "كانون الأول"),
]  # fmt: skip
_MONTH_OF = {form: month for month, forms in enumerate(_MONTH_FORMS, start=1) for form in forms}
_ABBREVIATIONS = {name[:3]: month for month, forms in enumerate(_MONTH_FORMS, start=1) for name in forms[:1]}


def month_number(word: str) -> int | None:
    """The month (January 1) a word names, written out in any language above or short in English ("Dec.")."""
    word = word.lower().rstrip(".")
    if word in _MONTH_OF:
        return _MONTH_OF[word]
    if word == "sept" or (len(word) == 3 and word.isascii() and word != "may"):
        return _ABBREVIATIONS.get(word[:3])
    return None


# A day and month in Chinese, Japanese and Korean ("2024年12月27日", "12月27日", "2024년 12월 27일"), or the day
# alone ("26日夜", "27일"), which is the publication month's or a month next to it.
CJK_DATE = factored(r"(?:(\d{4})\s*[年년]\s*)?(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日일](?![本间間간])")
# A month counted from the publication's, before a day of the month alone: "다음 달 1일", "来月5日", "上个月3日".
_MONTH_SHIFT = {
    "다음달": 1, "다음 달": 1, "내달": 1, "来月": 1, "下月": 1, "下个月": 1, "지난달": -1, "지난 달": -1, "先月": -1,
    "上月": -1, "上个月": -1,
}  # fmt: skip
_MONTH_SHIFT_PATTERN = factored(r"(" + "|".join(sorted(map(re.escape, _MONTH_SHIFT), key=len, reverse=True)) + r")\s*$")


def month_shift(before: str) -> int:
    """How many months from the publication's the words right before a day of the month put it (0 when none)."""
    m = _MONTH_SHIFT_PATTERN.search(before)
    return _MONTH_SHIFT[m[1]] if m else 0


# A year counted from the publication's, before a month and day: "올해 1월 5일", "去年12月3日", "来年3月".
_YEAR_SHIFT = {"올해": 0, "今年": 0, "지난해": -1, "작년": -1, "去年": -1, "昨年": -1, "내년": 1, "明年": 1, "来年": 1}
_YEAR_SHIFT_PATTERN = factored(r"(" + "|".join(map(re.escape, _YEAR_SHIFT)) + r")\s*$")


def year_shift(before: str) -> int | None:
    """How many years from the publication's the word right before a month and day puts it (None when none)."""
    m = _YEAR_SHIFT_PATTERN.search(before)
    return _YEAR_SHIFT[m[1]] if m else None


# Digits as Arabic, Persian and full-width scripts write them.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)

# Days counted from the publication date, by the words of each language.
_DAY_WORDS = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "the day after tomorrow": 2, "tomorrow": 1,
    "heute morgen": 0, "gestern morgen": -1, "gestern abend": -1, "vorgestern": -2, "gestern": -1, "heute": 0,
    "übermorgen": 2, "morgen": 1,
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "après-demain": 2, "demain": 1,
    "esta mañana": 0, "ayer por la mañana": -1, "anteayer": -2, "ayer": -1, "hoy": 0, "pasado mañana": 2,
    "mañana": 1,
    "l'altro ieri": -2, "altroieri": -2, "ieri": -1, "oggi": 0, "stamattina": 0, "stamani": 0, "stasera": 0,
    "stanotte": 0, "dopodomani": 2, "domani": 1,
    "anteontem": -2, "ontem": -1, "hoje": 0, "depois de amanhã": 2, "amanhã": 1,
    "позавчера": -2, "вчера": -1, "сегодня": 0, "послезавтра": 2, "завтра": 1,
    "позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "післязавтра": 2,
}  # fmt: skip
_SPACED_DAY = factored(
    r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True)) + r")(?![\w'-])"
)
_UNSPACED_DAY = {
    "前天": -2, "昨天": -1, "昨晚": -1, "昨夜": -1, "昨日": -1, "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0,
    "明天": 1, "明日": 1, "后天": 2,
    "一昨日": -2, "おととい": -2, "昨晩": -1, "きのう": -1, "本日": 0, "今朝": 0, "今夜": 0, "今晩": 0, "きょう": 0,
    "あす": 1, "あした": 1, "明後日": 2, "あさって": 2,
    "그저께": -2, "그제": -2, "어제": -1, "오늘": 0, "내일": 1, "모레": 2,
    "أول أمس": -2, "أمس الأول": -2, "أمس": -1, "الأمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غداً": 1,
    "بعد غد": 2,
}  # fmt: skip
# ("오늘날" is "nowadays", "그제서야" "only then", "今日的" "contemporary"; "أمسية" is an evening's event and "اليومين"
# two days: none is a day)
_UNSPACED_DAY_PATTERN = factored(
    r"(?<![\u0621-\u064a])(?:" + "|".join(sorted(map(re.escape, _UNSPACED_DAY), key=len, reverse=True)) + r")"
    r"(?!날|서야|的|[\u0621-\u064a])"
)


def days_from_publication(text: str) -> int | None:
    """How many days after the publication a time's day word puts it ("yesterday" -1, "明天" 1), or None."""
    # (the longest found: "gestern morgen" is yesterday, not tomorrow)
    if spaced := [m[0] for m in _SPACED_DAY.finditer(text)]:
        return _DAY_WORDS[max(spaced, key=len)]
    if m := _UNSPACED_DAY_PATTERN.search(text):
        return _UNSPACED_DAY[m[0]]
    return None


# The week, month or year before, of or after the publication, in the other languages ("la semaine dernière",
# "上个月", "지난해"): (which, unit), as English "last week" reads.
_SPANS = {
    "last": {
        "week": ("la semaine dernière", "la semaine passée", "la semana pasada", "la settimana scorsa",
                 "na semana passada", "letzte woche", "vergangene woche", "in der vergangenen woche",
                 "на прошлой неделе", "на минувшей неделе", "минулого тижня", "на минулому тижні", "上周", "上星期",
                 "先週", "지난주", "지난 주", "الأسبوع الماضي"),
        "month": ("le mois dernier", "el mes pasado", "il mese scorso", "no mês passado", "letzten monat",
                  "im vergangenen monat", "в прошлом месяце", "минулого місяця", "上个月", "上月", "先月", "지난달",
                  "الشهر الماضي"),
        "year": ("l'an dernier", "l'année dernière", "el año pasado", "l'anno scorso", "no ano passado",
                 "letztes jahr", "im vergangenen jahr", "в прошлом году", "минулого року", "торік", "去年", "昨年",
                 "작년", "지난해", "العام الماضي"),
    },
    "this": {
        "week": ("cette semaine", "esta semana", "questa settimana", "diese woche", "на этой неделе", "цього тижня",
                 "на цьому тижні", "本周", "这周", "今週", "이번 주", "هذا الأسبوع"),
        "month": ("ce mois-ci", "este mes", "questo mese", "este mês", "diesen monat", "в этом месяце",
                  "цього місяця", "本月", "这个月", "今月", "이번 달", "هذا الشهر"),
        "year": ("cette année", "este año", "quest'anno", "este ano", "dieses jahr", "in diesem jahr",
                 "в этом году", "цього року", "今年", "올해", "هذا العام"),
    },
    "next": {
        "week": ("la semaine prochaine", "la próxima semana", "la semana que viene", "la prossima settimana",
                 "la settimana prossima", "na próxima semana", "nächste woche", "kommende woche",
                 "на следующей неделе", "наступного тижня", "下周", "下星期", "来週", "다음 주", "الأسبوع المقبل",
                 "الأسبوع القادم"),
        "month": ("le mois prochain", "el próximo mes", "el mes que viene", "il mese prossimo", "no próximo mês",
                  "nächsten monat", "в следующем месяце", "наступного місяця", "下个月", "下月", "来月", "다음 달",
                  "내달", "الشهر المقبل", "الشهر القادم"),
        "year": ("l'an prochain", "l'année prochaine", "el próximo año", "el año que viene", "l'anno prossimo",
                 "no próximo ano", "nächstes jahr", "в следующем году", "наступного року", "明年", "来年", "내년",
                 "العام المقبل", "العام القادم"),
    },
}  # fmt: skip
_SPAN_OF = {
    phrase: (which, unit) for which, units in _SPANS.items() for unit, phrases in units.items() for phrase in phrases
}
_SPAN_PATTERN = factored(
    r"(?<![^\W\d_'])(?:" + "|".join(sorted(map(re.escape, _SPAN_OF), key=len, reverse=True)) + r")(?![^\W\d_'])"
    r"|"
    + "|".join(sorted((re.escape(p) for p in _SPAN_OF if not p.isascii() and p[0] > "\u2e80"), key=len, reverse=True))
)


def span_of(text: str) -> tuple[str, str] | None:
    """('last' | 'this' | 'next', 'week' | 'month' | 'year') for a span a time names in any language above."""
    if m := _SPAN_PATTERN.search(text.translate(_APOSTROPHES)):
        return _SPAN_OF[m[0]]
    return None


# Words in the sentence around a weekday or a day of the month alone that put it after the publication date.
FUTURE = factored(
    r"\b(?:will|shall|is to|are to|is due|are due|is expected|are expected|plans? to|scheduled|next|upcoming|"
    r"wird|werden|nächste[nmrs]?|kommende[nmrs]?|va\s+\w+(?:er|ir|re)|vont|seront|prochaine?|será|serán|"
    r"próxim[oa]|"
    r"sarà|saranno|prossim[oa]|vai|vão|будет|будут|состоится|следующ\w*|буде|будуть|відбудеться|наступн\w*|"
    r"سوف|المقبل|المقبلة|القادم|القادمة)\b"
    r"|将于|将在|计划于|计划在|下周|来週|다음 주",
    re.IGNORECASE,
)
# After the time, where Japanese and Korean put their verb: "3日に予定されている", "5일 개최할 예정이다" (a plan's
# verb, not the noun: "景気見通しを下方修正した", "새 경제 계획을 발표했다" are past).
FUTURE_AFTER = factored(r"[^。.!?]{0,20}?(?:予定|する方針|예정|할 계획|할 방침)")
