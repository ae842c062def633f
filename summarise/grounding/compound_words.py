"""The words of figures written in two parts that the scanner reads no number in, or not as one (round sixty-nine,
see `compound`): a fraction's word ("ein Drittel", "les deux tiers", "треть", "ثلثا", "三分之一", "3분의 1"), one in so
many ("jeder dritte", "каждый пятый", "3人に1人"), a share with its noun between ("sept écoles sur dix"), a race's
time and a span of time in CJK ("2時間21分7秒", "三年零六个月")."""

from __future__ import annotations

from ..patterns import factored
from .number_context import SP as _S  # (a space or a no-break space, after numbers._prepare)

# A figure written in two parts: its start and end, its value, and the first part's own value ("six" of "six years
# and four months", which a reader may give as its number).
Compound = tuple[int, int, float, float | None]
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


def words(ps: str, lang: str | None) -> list[Compound]:
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
