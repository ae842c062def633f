"""Figures written in two parts, read as one (round sixty-nine): a fraction ("drei Viertel", "3分の1", "1/4"), one in
so many ("one in five", "jeder dritte"), a share of ten, a hundred or a few ("7 von 10", "10명 중 3명"), a span of
time in two units ("six years and four months", "1년 6개월") or a race's time ("2:22:41", "2時間21分7秒"), and a size,
odds or a game's or a vote's score ("3 by 4 metres", "3 contre 1", "3-2", "3対2"), one figure whose number is the
first (as a final score's was read before; `reading.notfigures` drops a score during play).

The number scanner reads each part alone ("3" and "1" in "3分の1", "2" in "won 3-2"), which gives a figure a wrong
value and another that counts nothing. `merged` takes the scanner's stream of numbers (dates and times included) and
its prepared text, and gives the stream with each such pair replaced by the figure it writes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..patterns import factored


class Part(Protocol):
    """What the scanner reads: a value, its qualifier and unit, its span, and whether it is a date or a time."""

    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def span_start(self) -> int: ...
    @property
    def span_end(self) -> int: ...
    @property
    def is_date_or_time(self) -> bool: ...


P = TypeVar("P", bound=Part)
# A figure written in two parts: its start and end, its value, and the first part's own value ("six" of "six years
# and four months", which a reader may give as its number).
Compound = tuple[int, int, float, float | None]
# Widens a compound's span to its qualifier and unit as the scanner widens a number, reading nothing before the floor:
# (start, end, value, first, floor) -> figure.
Widen = Callable[[int, int, float, float | None, int], P]


def _compound(start: int, end: int, value: float, first: float | None) -> Compound:
    return start, end, round(value, 4), first


_S = "[ \u00a0]"
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "одна": 1, "одну": 1, "одной": 1, "две": 2, "двух": 2, "три": 3,
    "трёх": 3, "трех": 3, "четыре": 4, "пять": 5, "дві": 2, "двох": 2, "трьох": 3, "чотири": 4, "п'ять": 5,
}  # fmt: skip
# A fraction's denominator as each language writes it, in any number or case ("les deux tiers", "ein Drittel", "dos
# tercios de", "две трети", "третина", "ثلثا"); English's are the number-word reader's.
_DENOMINATORS = {
    "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "dixième": 10, "dixièmes": 10, "moitié": 2,
    "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10, "hälfte": 2, "tercio": 3, "tercios": 3, "cuarto": 4,
    "cuartos": 4, "cuarta": 4, "cuartas": 4, "tercera": 3, "terceras": 3, "quinto": 5, "quintos": 5, "mitad": 2,
    "треть": 3, "трети": 3, "третью": 3, "третей": 3, "четверть": 4, "четверти": 4, "половина": 2, "половину": 2,
    "половины": 2, "половини": 2, "третина": 3, "третину": 3, "третини": 3, "чверть": 4, "чверті": 4,
}  # fmt: skip
_NUMERATOR = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_DENOMINATOR = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
# "les deux tiers", "un tiers des", "ein Drittel", "die Hälfte der", "la moitié des", "треть жителей", "две трети";
# French, German and Spanish want a numerator or an article before ("pays tiers" are third countries, "cuarto" a
# room or fourth), Spanish also "de" after; Russian and Ukrainian take the word alone, not after an ordinal ("в
# первой четверти").
_WORD_FRACTION = factored(
    rf"(?<![^\W\d_])(?:(?P<n>{_NUMERATOR}|[0-9]+)|(?P<art>la|le|un|une|die|der|den|el|un|una|l'))?{_S}?"
    rf"(?P<d>{_DENOMINATOR})(?![^\W\d_])(?:{_S}+partes?)?(?P<de>{_S}+(?:de|del|des|der|d'|du|of)(?![^\W\d_]))?"
    rf"(?!{_S}*(?:de|d'){_S}*finale?)"  # (not "un quart de finale", "cuartos de final")
)
# One in so many, said with "each": "jeder dritte Deutsche", "каждый пятый житель", "кожен п'ятий". Or a share with
# its noun between, in French and Spanish: "sept écoles sur dix", "un Français sur trois", "una de cada tres
# empresas" (German "von", Russian "из" and Ukrainian "з" also say "from" and "of": "ein Kind von zehn Jahren").
_ORDINALS = {
    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10, "второй": 2, "вторая": 2,
    "третий": 3, "третья": 3, "четвёртый": 4, "четвертый": 4, "четвёртая": 4, "четвертая": 4, "пятый": 5, "пятая": 5,
    "шестой": 6, "десятый": 10, "десятая": 10, "другий": 2, "друга": 2, "третій": 3, "третя": 3, "четвертий": 4,
    "четверта": 4, "п'ятий": 5, "п'ята": 5, "шостий": 6, "десятий": 10, "десята": 10,
}  # fmt: skip
_EACH = factored(
    r"(?<![^\W\d_])(?:jede[rsnm]?|каждый|каждая|каждое|каждого|каждому|каждую|кожен|кожна|кожне|кожний|кожного)"
    rf"{_S}+(?P<o>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})[rnsm]?(?![^\W\d_])"
    # (not how often: "jeden zweiten Samstag", "каждый второй день")
    rf"(?!{_S}+(?:tag|woche|monat|jahr|mal|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|день|недел|месяц"
    r"|год|раз|тижд|місяц|рік))"
)
_NUMBER = rf"(?:{_NUMERATOR}|six|uno|[0-9]+)"
_NOUN_BETWEEN = factored(
    rf"(?<![^\W\d_])(?P<n>{_NUMBER}){_S}+(?:[^\W\d_]+{_S}+){{0,2}}(?:sur|de{_S}+cada){_S}+"
    rf"(?P<d>{_NUMBER})(?![^\W\d_])"
)
_ORDINAL_TOO = frozenset({"cinquième", "cinquièmes", "dixième", "dixièmes", "quinto", "quintos"})
_ARTICLE_NEEDED = frozenset({"tiers", "quart", "quarts", "cinquième", "cinquièmes", "dixième", "dixièmes", "moitié"})
_ARTICLE_NEEDED |= {"drittel", "viertel", "fünftel", "zehntel", "hälfte"}
_ORDINAL_BEFORE = factored(r"(?:перв|втор|трет|четв[её]рт|перш|друг)[а-яіїє']*[ \u00a0]+\Z")
# Arabic: a third, two thirds, a quarter, a half, with a clitic before ("بثلث"); "الربع الأول" is a year's quarter and
# "نصف النهائي" a semi-final.
_ARABIC_FRACTION = factored(
    r"(?<![\u0621-\u064a])(?:[وبلك])?(?P<d>ثلثا|ثلثي|ثلث|ربع|نصف)(?![\u0621-\u064a])(?![ \u00a0]+(?:ال)?نهائي)"
)
_ARABIC_VALUE = {"ثلثا": 2 / 3, "ثلثي": 2 / 3, "ثلث": 1 / 3, "ربع": 0.25, "نصف": 0.5}
_CJK_NUMERAL = "[0-9〇零一二两兩三四五六七八九十]+"
# (a pattern opening on a numeral starts where the numeral does: a run of digits is tried once, not at each digit)
_AT_NUMERAL = "(?<![0-9〇零一二两兩三四五六七八九十])"
_CJK_DIGIT = {
    digit: n
    for n, digits in enumerate(("〇零", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九"))
    for digit in digits
}
# "3分の1", "三分之一", "3분의 1" (the denominator first; "百分之" is a percentage, read by the scanner); "五人に一人",
# "3人に1人" (one in so many); "每10人中有3人" (so many in every so many).
_CJK_FRACTION = factored(rf"{_AT_NUMERAL}(?P<d>{_CJK_NUMERAL})(?:分の|分之|분의{_S}?)(?P<n>{_CJK_NUMERAL})")
_CJK_ONE_IN = factored(rf"{_AT_NUMERAL}(?P<d>{_CJK_NUMERAL})人に(?P<n>{_CJK_NUMERAL})人")
_CJK_SPAN = factored(rf"{_AT_NUMERAL}(?P<a>{_CJK_NUMERAL})年(?:零|又)?(?P<b>{_CJK_NUMERAL})(?:个|個|か|ヶ|カ|ケ|箇)?月")
_CJK_EVERY = factored(
    rf"每(?P<d>{_CJK_NUMERAL})[人个個名家所位][^0-9，。、；]{{0,4}}中(?:就)?有?(?P<n>{_CJK_NUMERAL})[人个個名家所位]"
)
# Halves: "半数以上", "一半", "절반"; Korean's own numbers in a share: "세 명 중 한 명".
_CJK_HALF = factored(r"半数|一半|절반")
_KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KO_SHARE = factored(
    rf"(?<![가-힣])(?P<d>{'|'.join(_KO_NATIVE)}){_S}?명{_S}?(?:중|가운데){_S}?(?P<n>{'|'.join(_KO_NATIVE)}){_S}?명"
)
# A time in hours, minutes and seconds, or seconds and hundredths: "2時間21分7秒", "1분44초40", "9秒98".
_CJK_TIME = factored(
    rf"{_AT_NUMERAL}(?:(?P<h>[0-9]+)(?:時間|小时|시간){_S}?)?(?:(?P<m>[0-9]+)(?:分|분){_S}?)?(?P<s>[0-9]+)(?:秒|초)(?P<f>[0-9]+)?"
)
# A span of time in two units: (the larger unit, the smaller one, how many of the smaller make one larger).
_YEARS = (
    r"years?|yrs?|jahren?|jahre|ans?|années?|años?|год(?:а|ов|ам|ами|у)?|лет|рок(?:и|ів)?|سنوات|سنة|سنين|أعوام|عاما"
    r"|عامين|سنتين|年|년"
)
_MONTHS = (
    r"months?|monaten?|monate|mois|meses|mes|месяц(?:а|ев|ам|ами)?|місяц(?:і|ів|ь)?|أشهر|شهرا|شهور|شهر|个月|個月|か月|ヶ月|カ月"
    r"|ケ月|箇月|개월|月"
)
_HOURS = r"hours?|hrs?|h|stunden?|std\.?|heures?|horas?|час(?:а|ов)?|ч|годин(?:и|а)?|ساعات|ساعة|小时|時間|시간"
_MINUTES = r"minutes?|mins?\.?|minuten?|minutos?|минут(?:ы|а)?|мин|хвилин(?:и|а)?|دقائق|دقيقة|分钟|分|분"
_SECONDS = r"seconds?|secs?\.?|s|sekunden?|sek\.?|secondes?|segundos?|секунд(?:ы|а)?|сек|с|ثوان|ثانية|秒|초"
_AND = r"(?:and|und|et|y|e|и|і|та|й|零|又)?"  # (not a comma: "3 years, 2 months, 14 days" are figures each)
_NOT_LETTER = r"(?:(?<=[\u3000-\uffff])|(?![^\W\d_]))"  # (a CJK unit takes a particle: "2년 3개월이")
_SPANS = tuple(
    (
        factored(rf"{_S}*(?:{big}){_NOT_LETTER}{_S}*{_AND}{_S}*(?:و{_S}?)?\Z"),
        factored(rf"{_S}*(?:{small}){_NOT_LETTER}"),
        n,
    )
    for big, small, n in ((_YEARS, _MONTHS, 12), (_HOURS, _MINUTES, 60), (_MINUTES, _SECONDS, 60))
)
# A share: "3 out of 10", "7 von 10", "sept sur dix", "8 de cada 10", "45 из 100", "3 من أصل 10"; the part first.
_PART_OF = {
    lang: factored(rf"{_S}+(?:{words}){_S}+\Z")
    for lang, words in {
        "en": rf"out{_S}+of|of(?:{_S}+the)?|in(?:{_S}+every)?",
        "de": "von|der",
        "fr": "sur",
        "es": rf"de{_S}+cada|de{_S}+l[oa]s",
        "ru": "из",
        "uk": "з|із",
        "ar": rf"من{_S}+(?:أصل|بين|كل)",
    }.items()
}
# The whole first: "10명 중 3명", "10人中3人", "40校のうち12校".
_WHOLE_FIRST = factored(
    rf"{_S}?(?:[명개곳인]{_S}?)?(?:중|가운데){_S}?\Z|(?:人|校|社|件)?(?:中|のうち){_S}?\Z"
    r"|[个個名家所位条辆][^0-9，。、；]{0,4}中(?:就)?有?\Z"  # ("40所学校中有12所")
)
# A game's or a vote's score: two whole numbers joined by a dash or a colon, near a word of a game or a vote.
_SCORE_JOIN = factored(rf"{_S}?[-–—:：]{_S}?\Z|{_S}?(?:比|対|대){_S}?\Z")
# (words of spaced scripts whole or by their stem, so that "bat" is not "combat"; CJK words anywhere)
_SCORE_WORDS = factored(
    r"(?<![^\W\d_])(?:won|wins?|beat|beats|beaten|defeat|defeated|lost|loses|drew|draw|drawn|victory|score|scored"
    r"|final|match|game|ended|led|lead|leads|trailed|half-?time|vote|voted|votes|tied|gewann|gewinnt|sieg|siegte"
    r"|verlor|niederlage|unentschieden|remis|spiel|endstand|halbzeit|pause|führte|stimmen|abstimmung|besiegte"
    r"|schlug|victoire|gagné|remporté|battu|bat|défaite|perdu|nul|mi-temps|menait|voix|ganó|gana|venció|victoria"
    r"|derrota|perdió|empate|empató|partido|marcador|descanso|votos|goleó|superó|побед|обыграл|проиграл|ничь|матч"
    r"|сч[её]т|голос|перерыв|выиграл|переміг|перемог|обіграв|програв|нічи|рахун|перерв|فاز|فوز|تغلب|خسر|هزيمة"
    r"|تعادل|مباراة|نتيجة|الشوط|أصوات|صوت|بنتيجة)(?:[^\W\d_]*)"
    r"|战胜|击败|胜|负|输|赢|比分|比赛|打平|战平|逼平|平局|投票|勝|敗|負|破っ|破り|下し|引き分け|試合|得点|이겼|이긴|승리|꺾|패배|패했|졌|무승부|경기"
    r"|점수|투표|표결|격파|득표|득점|역전승|역전패|완승|대승|신승|연승|승부"
)
_BY = factored(rf"{_S}?[x×]{_S}?\Z|{_S}+(?:by|mal|par|por|на|على){_S}+\Z")
_MEASURE = factored(
    rf"{_S}?(?:m|cm|mm|km|metres?|meters?|meter|mètres?|metros?|метр(?:а|ов|ів|и)?|м|см|متر(?:ا|اً)?|センチ|メートル|米|미터){_NOT_LETTER}"
)
_ODDS_JOIN = factored(rf"{_S}+(?:to|contre|к|zu|a|à){_S}+\Z")
_ODDS = factored(r"odds|bookmaker|bookies|cot[ée]|quote|wettquote|ставк|букмекер|коэффициент|apuesta|cuota|pari")
_LOST = factored(r"lost|lose|loses|verlor|perdu|perdió|perdieron|проиграл|програв|програла|خسر|负|負|패")
# The seconds after hours and minutes: "2 h 05 min 33 s".
_THIRD = factored(rf"{_S}*{_AND}{_S}*(?P<n>[0-9]+){_S}*(?:{_SECONDS})(?![^\W\d_])")
_SENTENCE_STOP = factored(r"[.!?。！？\n]")


def _cjk_number(text: str) -> int | None:
    """A small number in digits or CJK numerals ("三", "十二", "12"); None for any other."""
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    if "十" in text:
        value = (_CJK_DIGIT.get(tens, -1) if tens else 1) * 10 + (_CJK_DIGIT.get(ones, -1) if ones else 0)
    else:
        value = _CJK_DIGIT.get(text, -1) if len(text) == 1 else -1
    return value if value >= 0 else None


class _Around:
    """Where the words a score or odds need are found, once for the whole text: whether one stands in the sentence
    around a pair (at most `_NEAR` characters either side), told by bisection, not by a search per pair."""

    def __init__(self, ps: str) -> None:
        self.ps = ps
        self.found: dict[re.Pattern[str], list[int]] = {}

    def has(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        if _SENTENCE_STOP not in self.found:
            self.found[_SENTENCE_STOP] = [m.start() for m in _SENTENCE_STOP.finditer(self.ps)]
        stops = self.found[_SENTENCE_STOP]
        i = bisect.bisect_left(stops, start)
        lo = max(start - _NEAR, stops[i - 1] + 1 if i else 0)
        hi = min(end + _NEAR, stops[j] if (j := bisect.bisect_left(stops, end)) < len(stops) else len(self.ps))
        if pattern not in self.found:
            self.found[pattern] = [m.start() for m in pattern.finditer(self.ps)]
        at = self.found[pattern]
        k = bisect.bisect_left(at, lo)
        return k < len(at) and at[k] < hi


_NEAR = 160


def _base(whole: float) -> bool:  # (a proportion's base: ten, a hundred, a thousand, or a few)
    return whole <= 10 or whole in (100, 1000)


def _plain(part: Part) -> bool:
    return not part.is_date_or_time and part.unit is None and part.value.is_integer() and part.value >= 0


def _pair(ps: str, lang: str | None, a: Part, b: Part, around: _Around) -> Compound | None:
    """The figure two numbers in a row write together, or None when they write two."""
    gap = ps[a.span_end : b.span_start]
    if len(gap) > 16:
        return None
    for big, small, n in _SPANS:
        after = small.match(ps, b.span_end)
        if (
            a.is_date_or_time
            or not big.match(gap)
            or b.value >= n
            or not (after or (b.is_date_or_time and gap == "年"))
        ):
            continue
        end, value = (after.end(), a.value + b.value / n) if after else (b.span_end, a.value + b.value / n)
        if big is _SPANS[1][0] and (third := _THIRD.match(ps, end)):  # hours and minutes, and seconds
            end, value = third.end(), value + float(third.group("n")) / 3600
        return _compound(a.span_start, end, value, a.value)
    if not (_plain(a) and _plain(b)):
        return None
    # (a fraction in digits, not a date's: "1/4 of", not "1/4/2025")
    alone = not re.match(r"/[0-9]", ps[b.span_end : b.span_end + 2]) and (
        a.span_start == 0 or ps[a.span_start - 1] not in "/0123456789"
    )
    if gap == "/" and 0 < a.value < b.value <= 10 and alone:
        return _compound(a.span_start, b.span_end, a.value / b.value, None)
    # (a share of ten or a hundred, or of a few, is a proportion: "3 out of 10", "8 de cada 10"; of a group of its own
    # size, two figures: "12 of the 40 schools", "乗客約210人のうち12人", each counting its own)
    part_of = _PART_OF.get(lang or "")
    if part_of and part_of.match(gap) and 0 < a.value < b.value and (_base(b.value) or gap.strip().startswith("in")):
        share = a.value == 1 or gap.strip().startswith("in")
        return _compound(a.span_start, b.span_end, a.value / b.value if share else a.value, a.value)
    if _WHOLE_FIRST.match(gap) and 0 < b.value < a.value and _base(a.value):
        return _compound(a.span_start, b.span_end, b.value, b.value)
    # (a size, "3 by 4 metres", "46 x 55 cm", "40×20 м"; odds, "3 contre 1", "5 к 1": one figure, its first number)
    unit = _MEASURE.match(ps, b.span_end)
    if _BY.match(gap) and (gap.strip() in ("x", "×") or unit):
        return _compound(a.span_start, unit.end() if unit else b.span_end, a.value, a.value)
    if b.value == 1 and _ODDS_JOIN.match(gap) and around.has(_ODDS, a.span_start, b.span_end):
        return _compound(a.span_start, b.span_end, a.value, a.value)
    if not _SCORE_JOIN.match(gap) or max(a.value, b.value) > 250:
        return None
    # (a dash joins a range too, the smaller first: "300-400 people"; a score writes the winner's first, or a loss)
    dash = gap.strip() in "-–—"
    if around.has(_SCORE_WORDS, a.span_start, b.span_end) and (
        not dash or a.value >= b.value or around.has(_LOST, a.span_start, b.span_end)
    ):
        return _compound(a.span_start, b.span_end, a.value, a.value)
    return None


def _words(ps: str, lang: str | None) -> list[Compound]:
    """Fractions, shares and spans of time written without two numbers the scanner reads."""
    found: list[Compound] = []
    if lang in ("fr", "de", "es", "ru", "uk"):
        for m in _WORD_FRACTION.finditer(ps):
            word = m.group("d")
            if word in _ARTICLE_NEEDED and not (m.group("n") or m.group("art")):
                continue
            if _ORDINAL_BEFORE.search(ps, max(0, m.start() - 12), m.start()):
                continue
            if word in _ORDINAL_TOO and not m.group("de"):
                continue  # ("un cinquième lit" is the fifth bed; "un cinquième des lits" a fifth of them)
            # (Spanish: "un cuarto de", "la mitad de"; not "el cuarto de baño", "el tercero y cuarto")
            if lang == "es" and not (m.group("de") and (m.group("n") or m.group("art") in ("un", "una", "la"))):
                continue
            numerator = int(m.group("n")) if (m.group("n") or "x").isdigit() else _NUMBER_WORDS.get(m.group("n"), 1)
            start = m.start("n") if m.group("n") else m.start("art") if m.group("art") else m.start("d")
            found.append((start, m.end("d"), numerator / _DENOMINATORS[word], None))
        for m in _EACH.finditer(ps):
            found.append((m.start(), m.end(), 1 / _ORDINALS[m.group("o")], None))
    if lang in ("fr", "es"):
        for m in _NOUN_BETWEEN.finditer(ps):
            n, d = (_NUMBER_WORDS.get(m.group(g)) or {"six": 6, "uno": 1}.get(m.group(g)) for g in "nd")
            n = n or (int(m.group("n")) if m.group("n").isdigit() else None)
            d = d or (int(m.group("d")) if m.group("d").isdigit() else None)
            if n and d and n < d:
                found.append((m.start(), m.end(), n / d if n == 1 else float(n), float(n)))
    if lang == "ar":
        found += [(m.start("d"), m.end("d"), _ARABIC_VALUE[m.group("d")], None) for m in _ARABIC_FRACTION.finditer(ps)]
    elif lang in ("zh", "ja", "ko"):
        for pattern in (_CJK_FRACTION, _CJK_ONE_IN, _CJK_EVERY):
            for m in pattern.finditer(ps):
                d, n = _cjk_number(m.group("d")), _cjk_number(m.group("n"))
                if d and n is not None and n < d:
                    found.append((m.start(), m.end(), n / d, None))
        found += [(m.start(), m.end(), 0.5, None) for m in _CJK_HALF.finditer(ps)]
        for m in _KO_SHARE.finditer(ps):
            if _KO_NATIVE[m.group("n")] < _KO_NATIVE[m.group("d")]:
                found.append((m.start(), m.end(), float(_KO_NATIVE[m.group("n")]), float(_KO_NATIVE[m.group("n")])))
        for m in _CJK_TIME.finditer(ps):
            h, minutes, sec = (float(m.group(g) or 0) for g in "hms")
            if m.group("h") or m.group("m") or m.group("f"):
                seconds = sec + float(m.group("f") or 0) / 10 ** len(m.group("f") or "")
                # (in the largest unit written: hours, minutes, or seconds with their hundredths)
                value = (
                    h + (minutes + seconds / 60) / 60
                    if m.group("h")
                    else minutes + seconds / 60
                    if m.group("m")
                    else seconds
                )
                found.append((m.start(), m.end(), value, None))
        for m in _CJK_SPAN.finditer(ps):  # "三年零六个月", "2年6月" (not "2024年6月")
            years, months = _cjk_number(m.group("a")), _cjk_number(m.group("b"))
            if years is not None and months is not None and 0 < years < 100 and months < 12:
                found.append((m.start(), m.end(), years + months / 12, float(years)))
    return found


_RACE_TIME = factored(r"(?P<h>[1-9]):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9](?:[.,][0-9]+)?)")


def _race_time(ps: str, part: P, widen: Widen[P]) -> P:
    """A time in hours, minutes and seconds with one digit of hours is a race's, not a clock's; any other, as is."""
    m = _RACE_TIME.fullmatch(ps, part.span_start, part.span_end)
    if m is None:
        return part
    value = int(m.group("h")) + int(m.group("m")) / 60 + float(m.group("s").replace(",", ".")) / 3600
    return widen(part.span_start, part.span_end, round(value, 4), float(m.group("h")), part.span_start)


def merged(ps: str, lang: str | None, parts: list[P], widen: Widen[P]) -> list[P]:
    """`parts` (the scanner's numbers over the prepared text `ps`, in order) with the pairs that write one figure read
    as it."""
    out: list[P] = []
    # (a race's time, read as a clock's: "a time of 2:22:41")
    parts = [_race_time(ps, p, widen) if p.is_date_or_time else p for p in parts]
    around = _Around(ps)
    if not parts:
        return _with_words(ps, lang, out, widen)
    current = parts[0]
    for part in parts[1:]:
        if part.span_start < current.span_end:
            continue  # (read into the figure before it: a third unit, "2 h 05 min 33 s")
        pair = _pair(ps, lang, current, part, around)
        if pair is None:
            out.append(current)
            current = part
        else:
            current = widen(*pair, out[-1].span_end if out else 0)
    out.append(current)
    return _with_words(ps, lang, out, widen)


def _with_words(ps: str, lang: str | None, out: list[P], widen: Widen[P]) -> list[P]:
    """`out` (in order, not overlapping) with the fractions, shares and spans of time `_words` reads in place of the
    numbers they hold: each word's overlaps found by bisection, so that a text of many is read in one pass."""
    words = sorted(_words(ps, lang))
    if not words:
        return out
    starts = [p.span_start for p in out]
    drop: set[int] = set()
    added: list[P] = []
    for start, end, value, first in words:
        lo = max(0, bisect.bisect_right(starts, start) - 1)
        hit = [i for i in range(lo, bisect.bisect_left(starts, end)) if out[i].span_end > start and i not in drop]
        if any(not out[i].is_date_or_time and out[i].value < 1 for i in hit) or (added and added[-1].span_end > start):
            continue  # (a fraction the scanner read whole, "two-thirds"; or one read here already)
        drop.update(hit)
        before = min(lo, len(out) - 1)  # (the nearest number kept before the word: nothing before its end joins it)
        while before >= 0 and (before in drop or out[before].span_end > start):
            before -= 1
        floor = max(out[before].span_end if before >= 0 else 0, added[-1].span_end if added else 0)
        added.append(widen(start, end, round(value, 4), first, floor))
    return sorted([p for i, p in enumerate(out) if i not in drop] + added, key=lambda p: p.span_start)
