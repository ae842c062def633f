"""The shapes around a number in news text, as patterns: qualifiers ('more than', 'rund'), currencies, units,
scales ('4,2 Mrd.'), dates, times and years, and the languages' digit conventions. `numbers.py` reads a
figure's value and what surrounds it with these."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ..patterns import factored, longest_first
from . import numerals

# Languages writing 3,5 for three and a half, and those also grouping thousands with a plain space.
COMMA_DECIMAL = numerals.words(
    "de fr es it pt ru uk nl pl cs sk tr id da sv nb no nn fi ro hu el bg hr sr sl lt lv et be kk az vi ca"
)
SPACE_GROUPS = numerals.words("fr es pt ru uk pl cs sk sv nb no nn fi et lv lt hu bg be kk")
# Languages where 'billion' is a million millions.
LONG_SCALE = frozenset({"de", "fr", "es", "it", "nl", "pl"})
HARD_SPACE = "\u00a0"  # every no-break and thin space, after _prepare
CJK = "\u3040-\u30ff\u3400-\u9fff"
SP = "[ \u00a0]"


def alts(words: str) -> str:
    """'more than|over' -> a regex alternation, longest first, spaces matching any run of spaces."""
    parts = longest_first(words.split("|"))
    return "|".join(re.escape(p).replace(r"\ ", SP + "+") for p in parts)


def lookup(table: dict[str, str]) -> dict[str, str]:
    return {phrase: norm for norm, phrases in table.items() for phrase in phrases.split("|")}


QUALIFIER_OF = (
    lookup(numerals.QUALIFIERS)
    | lookup(numerals.QUALIFIERS_CJK)
    | lookup(numerals.QUALIFIERS_KO)
    | lookup(numerals.QUALIFIERS_AFTER)
)
QUALIFIER_BEFORE = factored(
    rf"(?:(?<!\w)(?P<w>{alts('|'.join(numerals.QUALIFIERS.values()))}){SP}+"
    rf"|(?<![가-힣])(?P<k>{alts('|'.join(numerals.QUALIFIERS_KO.values()))}){SP}?"
    # (近 in 附近 "nearby" and 最近 "recent" is no "nearly")
    rf"|(?<![附最])(?P<c>{alts('|'.join(numerals.QUALIFIERS_CJK.values()))}){SP}?)\Z"
)
# "rose 8% over four years", "300 jobs over two years", "spread over three days": "over" between a change and a span
# of time gives the span's length, not "more than" ("jailed for over 10 years", "over 20 years ago" keep it).
_OVER_SPAN = factored(
    rf"(?:\d(?:%|{SP}*(?:per{SP}?cent|percent|points?|bn|m|million|billion|[a-z]+))?|spread|staggered|phased{SP}+in"
    rf"|paid|repaid|spent|invested|built){SP}+over{SP}+\Z"
)
_SPAN_AFTER = factored(rf"{SP}*(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|seasons?)\b(?!{SP}+ago)")


def qualifier_before(ps: str, lo: int, start: int, end: int) -> re.Match[str] | None:
    """The qualifier written right before the number at ps[start:end] ('more than', 'rund'), if any."""
    before = QUALIFIER_BEFORE.search(ps, lo, start)
    if before and _OVER_SPAN.search(ps, max(0, start - 40), start) and _SPAN_AFTER.match(ps, end):
        return None
    return before


QUALIFIER_AFTER_RE = factored(
    rf"(?:{SP}?(?:{numerals.COUNTERS}))?{SP}?(?P<q>{alts('|'.join(numerals.QUALIFIERS_AFTER.values()))})(?![a-z])"
)
APPROX_ATTACHED = factored("여|余り|余|多")  # '1만여 명', '3000余人': a little more than

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₽": "RUB", "₴": "UAH", "rmb": "CNY"}
CURRENCY_BEFORE = factored(
    rf"(?:(?<![a-z])(?P<us>us{SP}?\$)|(?<![a-z])(?P<sym>\$)|(?P<glyph>[€£¥₩₽₴])"
    rf"|(?<![a-z])(?P<code>usd|eur|gbp|krw|jpy|cny|rmb|rub|uah|pln|chf)){SP}?\Z"
)
# A unit's word that is something else here: Polish "złote medale" are gold medals, "dollari australiani" and "dolarów
# kanadyjskich" other dollars (no unit rather than a wrong one).
_NOT_UNIT = {
    "PLN": rf"(?!{SP}+(?:medal|płyt|krąż|gwiazd|statuet|puchar|trofe|gody|lata|rączk|serc|myśl)"
    rf"|(?:,|{SP}+i)?{SP}*[^\W_]+{SP}+(?:srebrn|brąz))",
    "USD": rf"(?!{SP}+(?:(?:di|de|of){SP}+)?(?:australi|canad|kanad|neozeland|nowozeland|singapur|singapor|hongkon"
    rf"|hongkoń|hong{SP}kong|taiwan|tajwa|jamaj"
    rf"|namibi|zimbabw|fidżi|fiji|liberi|bahams|barbad|belize|brunei|guyan|surinam|trynidad|trinidad|caraïb|karaib))",
}
# Hangul units may carry a particle ('3억 원을'); any other letter means a different word ('원칙').
UNIT_AFTER = factored(
    rf"{SP}?(?:(?:d'|de{SP}+|di{SP}+))?(?:"  # 'milliards d'euros', 'mil millones de dólares', 'milioni di euro'
    + "|".join(f"(?P<{code}>{alts(words)}){_NOT_UNIT.get(code, '')}" for code, words in numerals.UNITS.items())
    + ")"
    rf"(?:(?<=[가-힣])(?=[을를이가은는의에도과와만으]|\W|\Z)|(?<=[{CJK}])|(?<![^\W\d_])|(?<![가-힣{CJK}])(?![^\W\d_]))"
)
SCALE_OF = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
SCALE_AFTER = factored(
    rf"{SP}?(?:" + "|".join(f"(?P<{k}>{alts(w)})" for k, w in numerals.SCALES.items()) + r")(?![^\W\d_])"
)
SCALE_ATTACHED = factored(r"(?:(?P<K>k)|(?P<M>m)|(?P<B>b))(?![^\W\d_])")  # '10k', '£2m', '$3b'

MONTHS = alts(numerals.MONTHS)
MONTH_BEFORE = factored(rf"(?<!\w)(?:{MONTHS})(?!\w)\.?(?:{SP}+(?:de|of))?{SP}*\Z")
MONTH_AFTER = factored(rf"\.?{SP}*(?:(?:of|de){SP}+)?(?:{MONTHS})(?!\w)\.?(?:,?{SP}*[0-9]{{4}}(?![0-9]))?")
DAY_TAIL = factored(rf"(?:st|nd|rd|th)?(?:,?{SP}*[0-9]{{4}}(?![0-9]))?")
NUMERIC_DATE = factored(
    r"(?P<y>[0-9]{4})[-/](?P<m>[0-9]{1,2})[-/](?P<d>[0-9]{1,2})(?![0-9])"
    r"|(?P<a>[0-9]{1,2})(?P<s>[./-])(?P<b>[0-9]{1,2})(?P=s)(?:[0-9]{4}|[0-9]{2})(?![0-9])"
)
TIME = factored(
    rf"[0-9]{{1,2}}(?::[0-5][0-9](?::[0-5][0-9])?(?:{SP}?(?:a\.m\.|p\.m\.|am|pm))?(?![0-9])|h[0-5][0-9](?![0-9])"
    rf"|(?:\.[0-5][0-9])?{SP}?(?:a\.m\.|p\.m\.|uhr(?![^\W\d_])|o'clock)|(?:am|pm)(?![^\W\d_]))"
)
DECADE = factored(r"(?:'?s|er|-е|-х|-ті|-ых|-их)(?![^\W\d_])|年代|년대")
ORDINAL = factored(r"(?:st|nd|rd|th|er|ère|e|ème|º|ª|-й|-я|-го|-е)(?![^\W\d_])")
CJK_DATE = factored(rf"{SP}?(?:(?P<month>月|월)|(?P<day>日|号|號|일)|(?P<hour>時|时|点|點|시(?!간))|(?P<minute>分|분))")
# Session 55. "两名工人", "三人失踪", "三件": a numeral standing alone counts before a counter (not after 前, a rank,
# "前三名"; nor after 周, 期 or 拜, a weekday, "周四起"; nor "三个半小时", three and a half).
CJK_LONE_COUNT = factored(
    r"(?<![前周週期拜御])[二两兩三四五六七八九](?=[名人个個位起辆輛座家所只艘架件台棟軒隻]|成(?![员都为立功本果绩交年熟长就型品分效语]))"
    r"(?!个半)"
    # (not a slogan, "两个维护", "四个全面"; a place, "五台山", "七台河", "五家渠", "三軒茶屋", "五所川原"; "四起",
    # arising all round; "七人制", sevens; a saying with another numeral, "三起三落", "二人三脚")
    r"(?!个(?:确立|维护|全面|意识|自信|代表|务必|现代化|坚持|必须|统筹|结合|一百年)|台[山河区市县]|家渠|軒茶|所[川ノ]"
    r"|起(?:[，。、；！？,.;!?]|$)|人制|人帮|起.落|人.脚)"
    r"|十(?=分钟)"  # (ten minutes, not "十分", very: see CJK_VERY)
)
CJK_VERY = factored(r"十分(?!钟)")
# Tenths, a share: "約4割" (Japanese), "近三成", "超过两成" (Chinese; not "成员", "成都", "成为").
TENTHS = {"ja": factored("割"), "zh": factored(r"成(?![员都为立功本果绩交年熟长就型品分效语])")}
YEAR_CONTEXT_BEFORE = factored(
    rf"(?<!\w)(?:in|since|until|till|before|after|during|by|from|between|year|early|late|mid|spring|summer|autumn|fall"
    rf"|winter|fiscal|im|jahr|seit|ab|bis|anfang|ende|en|desde|depuis|année|año|в|во|с|до|к|у|з|від|عام|منذ|سنة"
    rf"|العام)(?:{SP}+the{SP}+year)?[ \u00a0-]+\Z"
)
YEAR_CONTEXT_AFTER = factored(rf"{SP}?(?:{alts('年|년|г.|гг.|год|года|году|року|році|рік|р.')})(?![代대])")
DATE_HYPHEN = factored(r"(?<!\w)(?:mid|early|late|end|pre|post)-\Z")  # 'mid-2023', unlike 'COVID-19'
SEASON = factored(r"[-/][0-9]{2}(?![0-9])")  # '2023-24'
CONNECTOR = factored(rf"{SP}*(?:-|–|—|/|to|and|or|und|bis|et|à|y|a|и|і|та|до|و|~|〜){SP}*\Z")

DIGIT_RUN = factored(r"[0-9]+(?:[,.'٬٫\u00a0 ][0-9]+){0,8}")
# (百 and 千 open a number only before a digit: "百八十", "千五百", not "百货" nor "千万不要")
START_FIGURES = factored(r"[0-9]|百分之|[〇零一二两兩三四五六七八九十]|[百千](?=[〇零一二两兩三四五六七八九])")
# (and English number words, in every language but some of their words: `numberwords.start`)
START = factored(rf"{START_FIGURES.pattern}|\b(?:{alts('|'.join(numerals.START_WORDS))})\b")

# A number raised to a power: '10^6', '10**6', '10⁶', '1e6', '3.5e-4'; and one times a power of ten: '2×10^9',
# '1.5 x 10⁶'. A superscript counts only on ten: after another number it is mostly a footnote's mark ('2020¹').
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_POWER = factored(
    r"(?:\^|\*\*)(?P<caret>[-+]?[0-9]{1,3})(?![0-9]|[.,][0-9])|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|e(?P<e>[-+]?[0-9]{1,3})(?![^\W_])"
)
_TIMES_TEN = factored(rf"{SP}?[x×·*]{SP}?10(?=\^|\*\*|[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹])")
_PLAIN = factored(r"[0-9]+(?:\.[0-9]+)?")


def _raised(base: float, exponent: int) -> float:
    try:
        return float(base**exponent)
    except (OverflowError, ZeroDivisionError):
        return math.inf  # no figure: the scanner drops what is not finite, and skips past it


def powered(ps: str, start: int, end: int, value: float) -> tuple[float, int] | None:
    """The value and end of a number written with a power whose first part, `value`, is `ps[start:end]`; None when
    no power follows it."""
    if times := _TIMES_TEN.match(ps, end):
        m = _POWER.match(ps, times.end())
        if m is None or m["e"]:
            return None
        exponent = int((m["caret"] or m["sup"]).translate(_SUPERSCRIPTS))
        return value * _raised(10.0, exponent), m.end()
    m = _POWER.match(ps, end)
    if m is None or not _PLAIN.fullmatch(ps, start, end):
        return None
    if m["sup"]:
        return (_raised(10.0, int(m["sup"].translate(_SUPERSCRIPTS))), m.end()) if ps[start:end] == "10" else None
    if m["e"]:
        return value * _raised(10.0, int(m["e"])), m.end()
    return _raised(value, int(m["caret"])), m.end()


# Digits glued to letters and to more digits ('1O0', '1l0', '4x4'): a code or a mistyped number, not a figure. But
# '45m2' is forty-five square metres.
_GLUED = factored(r"(?!(?:k|c|m)?m[23](?![0-9]))[^\W\d_]+[0-9]")
_WORD_END = factored(r"[^\W_]*")


def glued_end(ps: str, end: int, spaced: Callable[[str], bool]) -> int | None:
    """Where the word ends when the number ending at `end` runs on into letters (of a script written with spaces,
    as `spaced` tells) and digits; else None."""
    m = _GLUED.match(ps, end)
    if m is None or not all(spaced(c) for c in m.group()[:-1]):
        return None
    return _WORD_END.match(ps, end).end()  # type: ignore[union-attr]  # matches the empty string at worst


# A sign written in words (session 55): "minus 12" (not "T-minus 7"); "零下5度", "영하 10도", "マイナス3度"; and after a
# temperature, "12 degrees below zero", "cinco grados bajo cero", "5 Grad unter null" (not "27 градусов мороза", which
# gives the frost's degrees as its size).
# ("moins", "menos", "meno" are comparatives too, "au moins 5", "menos de 5": a sign only with degrees after it.)
_DEGREES = (
    r"(?:°|º|˚)c?|degrees?|grad|grados?|degrés?|graus?|gradi|grado|graden|stopni[ea]?|stopień|градус\w*|درجات|درجة"
)
_SIGN_ALWAYS = factored(rf"(?:(?<![\w-])(?:minus|минус|мінус|ناقص){SP}+|(?:零下|氷点下|マイナス|영하|마이너스){SP}?)\Z")
# (no sign after "plus or minus", nor in a sum: "100 Euro minus 20 Euro", "21 percent minus 3" (a year before it is
# no sum: "für 2023 minus 3 Prozent"), nor in a countdown: "T minus 10 seconds")
_NO_SIGN_BEFORE = factored(
    rf"(?:plus{SP}*(?:or|oder|ou|o|/){SP}*|(?<![0-9])[0-9]{{1,3}}(?:[.,][0-9]+)?{SP}*|[0-9]{{5,}}{SP}*|[%€$£]{SP}*"
    rf"|(?<![\w-])t{SP}+|(?<![^\W\d_])(?:euros?|dollars?|percent|prozent|pounds?|points?|prozentpunkte\w*){SP}+)\Z"
)
_SIGN_WITH_DEGREES = factored(rf"(?<![^\W\d_])(?:moins|menos|meno|min){SP}+\Z")
# ("au moins 40 degrés", "al menos", "por lo menos", "cuando menos", "pelo menos", "ao menos", "per lo meno": at least;
# "plus ou moins", "más o menos", "più o meno", "plus min": about)
_AT_LEAST_BEFORE = factored(rf"(?<![^\W\d_])(?:au|du|le|al|lo|ao|pelo|cuando|nada|quanto|ou|o|plus){SP}+\Z")
_DEGREES_AFTER = factored(rf"{SP}?(?:{_DEGREES})(?![^\W\d_])|{SP}?度")
_BELOW_ZERO = factored(
    rf"{SP}?(?:(?:{_DEGREES})(?:{SP}+(?:celsius|centígrados|centigradi|celsjusza|цельсия))?{SP}*)?"
    rf"(?:below{SP}+zero|bajo{SP}+cero|unter{SP}+null|sous{SP}+z[ée]ro|abaixo{SP}+de{SP}+zero|sotto{SP}+(?:lo{SP}+)?"
    rf"zero|onder{SP}+nul|poniżej{SP}+zera|ниже{SP}+нуля|нижче{SP}+нуля|تحت{SP}+الصفر)(?![^\W\d_])"
)


def negative(ps: str, lo: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of a positive number `ps[start:end]` with the sign written in words around it, when one is: the
    start moved to the sign before it ('minus 12'), or the end to the words after it ('12 degrees below zero')."""
    if m := _BELOW_ZERO.match(ps, end):
        return start, m.end()
    if (m := _SIGN_ALWAYS.search(ps, lo, start)) and not _NO_SIGN_BEFORE.search(ps, max(0, m.start() - 12), m.start()):
        return m.start(), end
    if (
        (m := _SIGN_WITH_DEGREES.search(ps, lo, start))
        and _DEGREES_AFTER.match(ps, end)
        and not _AT_LEAST_BEFORE.search(ps, max(0, m.start() - 8), m.start())
    ):
        return m.start(), end
    return None


def proclitic(ps: str, i: int) -> bool:
    """Whether the letters glued before the digits at `i` are an Arabic one-letter proclitic, "and", "with", "for",
    "as", alone or with a tatweel: "بين 20 و25", "مقارنة بـ2.06"."""
    k = i - 1 if ps[i - 1] != "ـ" else i - 2
    return k >= 0 and ps[k] in "وبلك" and (k == 0 or not ps[k - 1].isalpha())
