"""What a figure counts, when the words right beside it say so: the thing a span of time measures ("sechs Jahren
Haft", "5 лет лишения свободы"), what a sum is paid as ("600 000 euros d'amende"), what a share is of ("54,3%
голосов"), and the words that compare a number with one before it ("up from 6")."""

from __future__ import annotations

import re

from ..patterns import factored
from .countwords import DURATION, MEASURE, RANGE_AND

Range = tuple[int, int]

# What a span of time measures, named right after its unit: a German noun, a noun after "de", "of" or "من", a term "in
# prison".
_MEASURED_AFTER = factored(
    r"[\u064b-\u0652]*\s+(?:([A-ZÄÖÜ][a-zäöüß]{2,}(?:strafe)?)(?![^\W\d_])(?!\s+(?:lang|alt)\b)|من\s+(ال[^\W\d_]+)"
    r"|(?:(?:de|of)\s+|d['’]\s*)(?!(?:la|el|los|las|le|les|the|a|an|un|une|su|sa|son|ses|their|his|her)\b)([^\W\d_]{3,})"
    r"|(?:in|en)\s+(prison|jail|custody|prisión|cárcel)"
    # (a Russian or Ukrainian genitive, not an adverb or a verb: "5 лет лишения свободы", "14 часов работы судей")
    r"|(?!(?:назад|тому|подряд|спустя|после|позже|раньше|пізніше|раніше|поспіль)(?![^\W\d_]))"
    r"(?![а-яёіїєґ]*(?:ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ут|ют|ит|ят)(?![^\W\d_]))"
    r"([а-яёіїєґ]{4,}(?:\s+(?!(?:назад|тому)\b)[а-яёіїєґ]{4,}(?<!ла|ло|ли|ть))?))"
)


# What stands right before a number compared with an earlier one of its sentence.
COMPARED_BEFORE = factored(
    r"(?<![^\W\d_])(?:up from|down from|against|compared (?:with|to)|versus|vs\.?|than|double|twice|triple|half|"
    r"contre|face à|par rapport à|frente a|frente al|comparado con|nach|gegenüber|verglichen mit|im Vergleich zu|"
    r"против|по сравнению с|проти|порівняно з|مقارنة ب)\s*(?:the|an average of|los|las|el|les|la|le|den|dem|)\s*$",
    re.IGNORECASE,
)


# What a sum is paid as, after "de", "d'", "of", "en" or "in" and no article ("de dommages et intérêts", "in fines").
_KIND_AFTER = factored(
    r"\s+(?:(?:de|of|en|in)\s+|d['’]\s*)(?!(?:la|le|les|los|las|el|un|una|une|the|a|an|su|sa|ses|sus|their|its|his|her)\s)"
    r"([a-zà-ÿ][a-zà-ÿ'’-]{2,}(?:\s+(?:et|y|and|e)\s+[a-zà-ÿ][a-zà-ÿ'’-]{2,})?)(?![^\W\d_])"
)
# A share of what a Russian or Ukrainian genitive names right after it, with its adjective ("54,3% голосов", "5%
# річного доходу").
_SHARE_GENITIVE = factored(
    r"\s+([а-яёіїєґ][а-яёіїєґ'’-]{3,}(?:(?:(?<=ого|его|ьої)|(?<=ых|их|ой|ей|ої))\s+[а-яёіїєґ][а-яёіїєґ'’-]{2,})?)(?![^\W\d_])"
)
_NOT_KINDS = {
    # (a time, a place's preposition, a total or a degree, a comparative: no kind of sum, no share of anything)
    "total", "cash", "all", "addition", "advance", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai",
    "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "plus", "moins", "más", "menos",
    "больше", "меньше", "выше", "ниже", "більше", "менше", "вище", "нижче", "всего", "годовых", "річних", "сравнению",
    "порівнянні", "мере", "мірі",
}  # fmt: skip


def unit_only(text: str, end: int, counts: Range) -> bool:
    """Whether what a figure ending at `end` counts is the span of time right after it, nothing more ("18 Monate")."""
    return counts[0] >= end and not text[end : counts[0]].strip() and bool(DURATION.match(text[counts[0] : counts[1]]))


def measure_only(text: str, end: int, counts: Range) -> bool:
    """Whether what a figure ending at `end` counts is the unit of a measure right after it, nothing more ("18,400
    acres", "unas 3.400 hectáreas"): what was measured stands before it, as for a span of time."""
    if counts[0] < end or text[end : counts[0]].strip():
        return False
    # (not a temperature, a speed or an area, which `MEASURE_ALONE` reads with what stands before them)
    return bool(MEASURE.fullmatch(text[counts[0] : counts[1]]))


def measured_after(text: str, unit_end: int, sentence_end: int) -> Range | None:
    """What a span of time measures, when the words right after its unit name it ("sechs Jahren Haft")."""
    m = _MEASURED_AFTER.match(text, unit_end, sentence_end)
    return m.span(m.lastindex or 1) if m else None


def kind_after(text: str, end: int, sentence_end: int, unit: str | None) -> Range | None:
    """What a sum is paid as, or what a share is of, when the words right after the figure name it."""
    if unit is None:
        return None
    m = (_SHARE_GENITIVE if unit == "%" else _KIND_AFTER).match(text, end, sentence_end)
    return m.span(1) if m and m.group(1).lower() not in _NOT_KINDS else None


# What joins the two figures of a range: a dash, "to" and its kind, "and" after "between"; not "from … to" nor "by …
# to", a change.
_RANGE_DASH = factored(r"\s*[-–—~〜～至到]\s*")
_RANGE_TO = factored(r"\s+(?:to|bis|à|a|hasta|до|إلى)\s+")
_BETWEEN = factored(r"(?<![^\W\d_])(?:between|zwischen|entre|между|між|от|від|بين|ما بين)\s+$", re.IGNORECASE)
_FROM = factored(r"(?<![^\W\d_])(?:from|von|de|desde|от|з|с|من|ab)\s+$", re.IGNORECASE)
_BY = factored(r"(?<![^\W\d_])(?:by|um|par|на)\s+$", re.IGNORECASE)


def closes_range(text: str, floor: int, first: Range, start: int, first_unit: str | None, unit: str | None) -> bool:
    """Whether a figure at `start` is the second of a range whose first figure spans `first` (`floor`: the start of
    their sentence)."""
    before = text[max(floor, first[0] - 12) : first[0]]
    if first_unit != unit:
        # (a share after "between" and a number: "بين 20 و25 في المئة"; not a change and a level, "12% to 412")
        return first_unit is None and bool(RANGE_AND.fullmatch(text, first[1], start) and _BETWEEN.search(before))
    if _RANGE_DASH.fullmatch(text, first[1], start):
        return not _FROM.search(before) or bool(_BETWEEN.search(before))
    if _RANGE_TO.fullmatch(text, first[1], start):
        return not _FROM.search(before) and not _BY.search(before)
    return bool(RANGE_AND.fullmatch(text, first[1], start) and _BETWEEN.search(before))


def range_start(text: str, floor: int, start: int) -> int:
    """Where a range whose first figure starts at `start` begins: at its "between" when it has one."""
    m = _BETWEEN.search(text, max(floor, start - 12), start)
    return m.start() if m else start
