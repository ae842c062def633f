"""Quantities: every number expression that counts something, with what it counts, and never a date, a
time, a year, an ordinal, an age beside a name, or the number of a route, a law or a table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grounding.numbers import find_figures
from .text import Sentence

Range = tuple[int, int]


@dataclass(frozen=True)
class ReadFigure:
    """A figure as the article writes it: `value` covers the qualifier and unit, `counts` the words it counts."""

    value: Range
    number: float
    qualifier: str | None
    unit: str | None
    counts: Range | None
    sentence: Range


# The word before a number that makes it a name or a reference, not a quantity.
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:route|road|highway|motorway|line|flight|bus|tram|gate|platform|terminal|article|section|paragraph|"
    r"chapter|clause|room|block|ward|district|item|case|bill|law|resolution|number|no\.?|nr\.?|page|table|figure|"
    r"level|grade|phase|stage|category|unit|building|pier|berth|exit|junction|lane|street|avenue|track|runway|"
    r"artikel|paragraf|linie|straße|strasse|gleis|bundesstraße|autobahn|ligne|rue|artículo|línea|calle|ruta|"
    r"статья|статьи|статті|стаття|трасса|трасі|маршрут|рейс|линия|лінія|улица|вулиця|пункт|часть|частина|"
    r"шахта|блок|корпус|номер|№|الطريق|المادة|رقم|خط)\s*|[#№§]\s*|第|제\s?)$",
    re.I,
)
_IDENTIFIER_AFTER = re.compile(r"^(?:\s?(?:조|호선|번|호|号线|号|條|条|番線|番|項|항|ст\.|-?я\s+статья))")
_ORDINAL_AFTER = re.compile(
    r"^(?:st|nd|rd|th|er|ère|e|ème|º|ª|-й|-я|-го|-е|-му|-ї|-ий|-а|\.\s+(?:[a-zäöü]))(?![^\W\d_])|^(?:위|번째|차|등|位|名目|回目|度目)"
)
# "a three-day strike", "a 12-hour shift": a number that makes an adjective of a unit describes, it does not count.
_COMPOUND = re.compile(
    r"^-(?:day|week|month|year|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|storey|story|point|"
    r"page|man|member|seat|lane|run|game|match|tägig|jährig|stündig|wöchig)s?(?![^\W\d_])",
    re.I,
)
# "over two years", "for three weeks": a span of time, not a quantity the story gives.
_DURATION = re.compile(
    r"^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|jahren?|monaten?|wochen?|tagen?|stunden?|ans?|"
    r"années?|mois|semaines?|jours?|heures?|años?|meses|semanas?|días?|horas?|лет|года?|месяц\w*|недел\w*|"
    r"дн\w*|час\w*|років|роки|рік|місяц\w*|тижн\w*|годин\w*)$",
    re.I,
)
# "four years ago" is a time, not a figure.
_AGO = re.compile(r"^\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago\b", re.I)
_AGE = re.compile(r"^(?:-year-old|-jährige|-летн|-річн|\s?(?:세|살|歳|岁))")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s$")
_COUNT_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOP_AFTER = {
    "in", "on", "at", "from", "to", "by", "after", "before", "when", "that", "and", "or", "since", "for", "with",
    "than", "as", "while", "but", "was", "were", "is", "are", "had", "has", "have", "will", "would", "said", "says",
    "im", "am", "um", "bis", "seit", "nach", "vor", "und", "oder", "mit", "für", "auf", "wurden", "sind", "seien",
    "dans", "sur", "depuis", "après", "avant", "pour", "avec", "et", "ou", "selon", "sont", "ont", "en", "por",
    "para", "con", "desde", "tras", "según", "y", "o", "son", "han", "в", "на", "с", "по", "до", "после", "за",
    "и", "или", "что", "у", "з", "після", "та", "що", "і", "й", "від", "في", "من", "على", "إلى", "بعد", "و",
}  # fmt: skip
_STOP_BEFORE = _STOP_AFTER | {"the", "a", "an", "of", "about", "some", "nearly", "almost", "over", "around"}
_CJK_STOP = '，。、；：“”"《》（）()「」『』！？,.;:'
_CJK_LEADING = re.compile(r"^(?:的|が|を|は|の|に|で|と|へ|も|이|가|을|를|은|는|의|에|로|으로|、)+")
_CJK_TRAILING = re.compile(
    r"(?:达到|达|为|是|约为|约|超过|近|共|累计|有|は|が|の|を|に|で|約|およそ|이|가|은|는|을|를|의|약|총)+$"
)


def _skip(text: str, start: int, end: int, sentence: Sentence, number: float, unit: str | None) -> bool:
    before = text[max(sentence.start, start - 24) : start]
    after = text[end : end + 12]
    written = text[start:end]
    if _IDENTIFIER_BEFORE.search(before) or _IDENTIFIER_AFTER.match(after):
        return True
    if unit is None and _ORDINAL_AFTER.match(after):
        return True
    if _AGE.match(after) or _COMPOUND.match(after) or _AGO.match(after):
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
    # Telephone numbers and codes: three digits or more on both sides of a dash ("555-0182").
    if re.search(r"\d{3}-$", before) or re.match(r"^-\d{3}", after):
        return True
    # Telephone numbers and codes: digit groups joined by dashes or slashes.
    return bool(re.fullmatch(r"[\d\s()+/-]{7,}", written) and re.search(r"\d[-/]\d", written))


def _counts_spaced(text: str, s: Sentence, start: int, end: int) -> Range | None:
    picked: list[re.Match[str]] = []
    for m in _COUNT_WORD.finditer(text, end, s.end):
        gap = text[picked[-1].end() if picked else end : m.start()]
        if re.search(r"[,;:()\"“”«»]", gap) or m.group().lower() in _STOP_AFTER or len(picked) == 4:
            break
        if not picked and m.group().lower() == "of":
            continue
        picked.append(m)
    if picked and picked[-1].group().lower() in ("of", "de", "des", "der", "del", "des"):
        picked.pop()
    if picked:
        return picked[0].start(), picked[-1].end()
    words = [m for m in _COUNT_WORD.finditer(text, s.start, start)]
    chosen: list[re.Match[str]] = []
    for m in reversed(words):
        gap = text[m.end() : chosen[0].start() if chosen else start]
        if re.search(r"[,;:()\"“”«»]", gap) or len(chosen) == 4:
            break
        if m.group().lower() in _STOP_BEFORE:
            if chosen:
                break
            continue
        chosen.insert(0, m)
    return (chosen[0].start(), chosen[-1].end()) if chosen else None


def _counts_unspaced(text: str, s: Sentence, start: int, end: int, prefer_after: bool) -> Range | None:
    def after() -> Range | None:
        hi = end
        while hi < s.end and hi - end < 8 and text[hi] not in _CJK_STOP:
            hi += 1
        chunk = text[end:hi]
        lead = _CJK_LEADING.match(chunk)
        lo = end + (lead.end() if lead else 0)
        return (lo, hi) if hi - lo >= 1 and text[lo:hi].strip() else None

    def before() -> Range | None:
        lo = start
        while lo > s.start and start - lo < 8 and text[lo - 1] not in _CJK_STOP:
            lo -= 1
        chunk = _CJK_TRAILING.sub("", text[lo:start].rstrip())
        # The last words before the figure, past a time or place phrase: "过去24小时降雨量" keeps "降雨量".
        hi = lo + len(chunk)
        if " " in chunk:
            tail = chunk.split()[-1]
            lo = hi - len(tail)
            tail = _CJK_TRAILING.sub("", tail)
            hi = lo + len(tail)
        return (lo, hi) if hi > lo else None

    first, second = (after, before) if prefer_after else (before, after)
    return first() or second()


def find_quantities(
    text: str, sentences: list[Sentence], lang: str, parties: list[Range] | None = None
) -> list[ReadFigure]:
    """Every quantity of the article with what it counts, in order; none inside a party's name ("quoting two
    managers" names a source, it gives no figure)."""
    found: list[ReadFigure] = []
    for s in sentences:
        if s.headline:
            continue
        chunk = text[s.start : s.end]
        last_end = -10
        for f in find_figures(chunk, lang):
            if f.is_date_or_time:
                continue
            start, end = s.start + f.span_start, s.start + f.span_end
            if _skip(text, start, end, s, f.value, f.unit):
                continue
            if any(lo <= start < hi for lo, hi in parties or ()):
                continue
            if lang in ("zh", "ja", "ko"):
                counts = _counts_unspaced(text, s, start, end, prefer_after=lang == "zh")
            else:
                counts = _counts_spaced(text, s, start, end)
            # "6.5 percent over two years": a span of time right after a figure is that figure's period.
            period = counts is not None and _DURATION.match(text[counts[0] : counts[1]])
            if f.unit is None and period and start - last_end <= 2:
                continue
            last_end = end
            found.append(ReadFigure((start, end), f.value, f.qualifier, f.unit, counts, (s.start, s.end)))
    return found
