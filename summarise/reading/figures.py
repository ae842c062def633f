"""Quantities: every number expression that counts something, with what it counts, and never a date, a
time, a year, an ordinal, an age beside a name, or the number of a route, a law or a table."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..grounding.numbers import find_figures
from ..patterns import factored
from . import heads, kinds, owners
from .changes import subject_before_final_verb, subject_of_change
from .counts_cjk import cjk_counts
from .countwords import (
    AMOUNT_BEFORE,
    CHANGE_AFTER,
    CHANGE_COMPARED,
    COMPARATIVE_AFTER,
    COMPARED_WITH,
    DURATION,
    FUNCTION_WORDS,
    LEVEL_AFTER,
    MEASURE,
    MEASURE_ALONE,
    MONEY_WORD,
    OF_AFTER,
    OF_MONEY,
    OF_THE,
    PLACES_BEFORE,
    RANGE_AND,
    RANGE_JOIN,
    SHARE_OF,
    SOURCE_BEFORE,
    TIME_BEFORE,
    TO_NEXT,
)
from .nearby import Words, counts_spaced, words_before, words_in
from .notfigures import skip
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


_AND = factored(r"\s+(?:and|und|et|y|и|і|та|و)\s+", re.IGNORECASE)
_BETWEEN = factored(r"(?<![^\W\d_])(?:between|zwischen|entre|между|між|بين)\s+\S*\s*$", re.IGNORECASE)
_TO_LEVEL = factored(r"(?<![^\W\d_])(?:to|al|a|à|au|auf|bis|до|hasta)\s+$", re.IGNORECASE)


def _counts_the_previous(
    text: str, s: Sentence, previous: ReadFigure, unit: str | None, start: int, end: int, about_before: bool
) -> bool:
    """Whether a figure starting at `start` counts what the sentence's previous figure counts: a sum or a measure
    after it with only "to" or "and" between ("um 6,5 Prozent auf 1,2 Milliarden Euro", "between £3 million and £4
    million"; "and" only inside a range: "Revenue was $3 billion and $500 million went to dividends"), or a change
    after it and a comma ("3.1 million containers last year, up 8% on 2023"), or a figure in the same unit it is
    compared with ("Le chômage a reculé à 7,1 % au troisième trimestre, contre 7,4 % un an plus tôt")."""
    between = TO_NEXT.fullmatch(text, previous.value[1], start)
    if unit is not None and unit == previous.unit and COMPARED_WITH.fullmatch(text, previous.value[1], start):
        return True
    # (the level a change reaches: the change stands after "by", "um", "en" or "de")
    if (
        (about_before or not _COUNT_AFTER.match(text, end, s.end))
        and _CHANGE_BY.search(text, max(s.start, previous.value[0] - 8), previous.value[0])
        and LEVEL_AFTER.fullmatch(text, previous.value[1], start)
    ):
        return True
    if about_before and between:
        return not _AND.fullmatch(between.group(0)) or bool(_BETWEEN.search(text, s.start, previous.value[0]))
    return (
        unit == "%"
        and previous.unit != "%"
        and bool(CHANGE_AFTER.fullmatch(text, previous.value[1], start))
        and bool(CHANGE_COMPARED.match(text, end))
        and not PLACES_BEFORE.search(text, max(s.start, previous.value[0] - 12), previous.value[0])
    )


def _range_of(
    text: str, s: Sentence, first: ReadFigure, unit: str | None, start: int, end: int, counts: Range | None
) -> bool:
    """Whether the figure at `start`..`end` closes a range the sentence's previous figure opens, naming what both
    count after it while the first names nothing after itself ("between 4,000 and 6,500 snow leopards", "20 to 30
    homes"): the first then counts what the second counts. Plain numbers only: "from 5% to 7% of GDP" may count
    what stands before."""
    if counts is None or counts[0] < end or unit is not None or first.unit is not None:
        return False
    # (not a span of time or of age, "from 40 to 32 a week", "de 18 a 25 años": the first's own words say more)
    if DURATION.match(text[counts[0] : counts[1]].lower()) or _AGED.match(text, end):
        return False
    if first.counts is not None and first.counts[0] >= first.value[1]:
        return False
    join = RANGE_JOIN.fullmatch(text, first.value[1], start)
    if join is None:
        return False
    return not RANGE_AND.fullmatch(join.group(0)) or bool(
        _BETWEEN.search(text, max(s.start, first.value[0] - 24), first.value[0])
    )


def _merged(ranges: list[Range]) -> tuple[list[int], list[int]]:
    """Ranges joined where they overlap, as sorted starts and their ends, for `_inside` to search."""
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in sorted(r for r in ranges if r[0] < r[1]):
        if ends and lo <= ends[-1]:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends


def _inside(at: int, merged: tuple[list[int], list[int]]) -> bool:
    """Whether `at` falls in one of the ranges `_merged` joined: one search, however many parties a text names."""
    starts, ends = merged
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


# A word right after a figure that may be what it counts (not a mark, a stop word or a number).
_COUNT_AFTER = factored(r"\s+(?!(?:in|on|at|to|by|from|for|of|and|or|um|auf|im|am|de|à|en|y|и|на|до|в|و)\b)[^\W\d_]")
_NEXT_WORD = factored(r"\s+([^\W\d_]+)")
# (the amount of a change, or the level it reaches: "bajó en 8.430 personas", "hasta 1.820 personas")
_CHANGE_BY = factored(r"(?<![^\W\d_])(?:by|um|auf|en|de|на|до|hasta|to|à)\s+$", re.IGNORECASE)
# How many people a source may be before the number is a figure of its own; and the years of an age or a career
# in the party's own description ("Evaristo Mancebo, agricultor jubilado de 71 años, dice").
_FEW = 20
_AGED = factored(
    r"\s?(?:-?years?|años|anos|anni|ans|Jahren?|-jährig|лет|года|років|роки|عاما|عامًا|عاماً|سنة|세|살|歳|岁|才)(?!\w)",
    re.IGNORECASE,
)


_CJK_TO_LEVEL = factored(r"[%％]?[，,、]?\s*(?:增至|降至|升至|涨至|跌至|至|到|达到|达|まで|に)(?:约|約)?")
_CONVERTED_OPEN = factored(r"(?:\s+[^\W\d_]+\.?){0,3}\s*[(（]\s*(?:about|around|rund|etwa|environ|unos|около)?\s*")
_CONVERTED_CLOSE = factored(r"(?:\s*[^\W\d_/]+\.?){0,3}\s*[)）]")


def _plain_before(found: list[ReadFigure], sentence: Range) -> Range | None:
    """What the sentence's last plain number before this one with a label of its own counts, if any."""
    for figure in reversed(found):
        if figure.sentence != sentence:
            return None
        if figure.unit is None and figure.counts is not None:
            return figure.counts
    return None


def find_quantities(
    text: str, sentences: list[Sentence], lang: str, parties: list[Range] | None = None
) -> list[ReadFigure]:
    """Every quantity of the article with what it counts, in order; none inside a party's name ("quoting two
    managers" names a source, it gives no figure)."""
    found: list[ReadFigure] = []
    inside_party = _merged(parties or [])
    for s in sentences:
        if s.headline:
            continue
        chunk = text[s.start : s.end]
        last_end = -10
        floor = s.start  # (the end of the sentence's previous figure: a year or a date before it is no floor)
        words: Words | None = None
        for f in find_figures(chunk, lang):
            start, end = s.start + f.span_start, s.start + f.span_end
            number_end = end  # (before a span of time's unit joins the value)
            if f.is_date_or_time:
                continue
            if skip(text, start, end, s, f.value, f.unit, lang):
                continue
            # (a few people a claim is credited to are its source, not a figure: "quoting two managers"; a share or
            # a crowd that speaks is one: "31% of parents said", "some 400 residents said")
            # (a share is none: "one in five adults said", "Trois Français sur dix déclarent", `grounding.compound`)
            few = 1 <= f.value < _FEW and f.first is None
            if f.unit is None and (few or _AGED.match(text, end)) and _inside(start, inside_party):
                continue
            if lang in ("zh", "ja", "ko"):
                span_of_time, counts = cjk_counts(text, s, start, end, lang)
                if span_of_time:
                    continue
                # (a change that names nothing counts what the sentence's figure before it counts: "销量为120万辆，同比
                # 增长12%", "来館者数は約86万人で、10年前より約24％減っている")
                # (and so does the level a change reaches: "出口量同比增长约21%至约132万辆")
                if (
                    counts is None
                    and found
                    and found[-1].sentence == (s.start, s.end)
                    and (f.unit == "%" or _CJK_TO_LEVEL.fullmatch(text, found[-1].value[1], start))
                ):
                    counts = found[-1].counts
            else:
                # "a grant of 2.5 million euros", "a wage rise of 6.5 percent": with a currency or a percentage, what
                # the figure is about stands before it.
                # A percentage "of" something counts what follows ("85 % des agents"); a measure names its own unit
                # ("2 000 hectares", "cubic metres of water").
                share_of = f.unit == "%" and SHARE_OF.match(text, end, s.end)
                # (a level reached is the subject's, "El embalse cayó al 18 % de su capacidad"; a share lost or won
                # is of what follows, "lost 18% of their capacity")
                level = share_of and _TO_LEVEL.search(text, max(s.start, start - 8), start)
                # A measure or a sum names its unit, and what it measures stands before it ("Die Umleitung sei etwa
                # 23 Kilometer lang", "la tarifa … a 6.50 pesos"), unless "of" says it after ("cubic metres of water").
                measured = (
                    MEASURE.match(text, end, s.end)
                    or MEASURE_ALONE.match(text, end, s.end)
                    or MONEY_WORD.match(text, end, s.end)
                    or (OF_MONEY.match(text, end, s.end) if f.unit is None else None)
                )
                # (a measure "of" a place or a thing with its article, "un tronçon de 12 kilomètres de l'autoroute",
                # measures what stands before it)
                of_the = measured is not None and OF_THE.match(text, measured.end(), s.end) is not None
                # "Tonnen Milch": in German a noun straight after the unit is what it measures, as "of" says it.
                if measured and (
                    OF_AFTER.match(text, measured.end(), s.end)
                    or (lang == "de" and re.match(r" [A-ZÄÖÜ][a-zäöüß]{2,}(?![^\W\d_])", text[measured.end() : s.end]))
                ):
                    measured = None
                about_before = (f.unit is not None and not share_of) or bool(measured)
                words = words or Words(text, s)
                # What a sum is the sum of stands before "in the amount of".
                amount = AMOUNT_BEFORE.search(text, max(s.start, start - 24), start) if about_before else None
                if about_before and not amount:
                    amount = TIME_BEFORE.search(text, max(s.start, start - 40), start) or SOURCE_BEFORE.search(
                        text, max(s.start, start - 50), start
                    )
                # (a change or a level, or a figure with nothing it counts after it: not "stiegen 640 Menschen")
                unit_word = _NEXT_WORD.match(text, end, s.end)
                changed = (not share_of or level) and (
                    about_before
                    or not _COUNT_AFTER.match(text, end, s.end)
                    or _CHANGE_BY.search(text, max(s.start, start - 8), start)
                    or (unit_word and DURATION.match(unit_word.group(1)))
                )
                # (what a sum, a measure or a span of time is "of", or a sum is "for": "un tronçon de 12 kilomètres",
                # "2 Millionen Euro für die Sanierung")
                owner = None
                lasting = bool(unit_word and DURATION.match(unit_word.group(1)))
                if (about_before or of_the or lasting) and not amount:
                    owner = owners.noun_of(text, s, start, lasting and not (about_before or of_the), lang)
                    if owner is None and ((f.unit is not None and f.unit != "%") or MONEY_WORD.match(text, end, s.end)):
                        owner = owners.sum_for(text, s, measured.end() if measured else end, lang)
                counts = (
                    owner
                    or (changed and subject_of_change(text, s, start, floor))
                    or (lang == "de" and changed and subject_before_final_verb(text, s, start, end))
                    or counts_spaced(
                        words, amount.start() if amount else start, end, lang, before_first=about_before, floor=floor
                    )
                )
                # What a sum is paid as, or what a share is of, said right after it: "120 000 euros de dommages et
                # intérêts", "600 000 euros d'amende", "3 millones en variables", "$2m in damages", "54,3% голосов".
                # (over the words after it too, which are read from the same place: "d'amende" is "amende")
                kind = kinds.kind_after(text, end, s.end, f.unit)
                if kind and (counts is None or counts[0] < end or counts[0] < kind[0] < counts[1]):
                    counts = kind
                # A sum, a measure or a change that follows another figure may count what that one counts; so may a
                # figure compared right after it, whatever it names after itself ("9,400 tonnes, 22% less than in
                # 2026", "15 400 грн, що на 9% менше, ніж").
                previous = found[-1] if found and found[-1].sentence == (s.start, s.end) else None
                compared = (
                    previous is not None
                    and previous.counts is not None
                    and (counts is None or counts[0] >= end)
                    and COMPARATIVE_AFTER.match(text, end, s.end) is not None
                )
                # (the same figure in another unit, in brackets right after it: "18,400 acres (7,450 hectares)",
                # "412 million pounds ($521 million)")
                converted = (
                    previous is not None
                    and previous.counts is not None
                    and _CONVERTED_OPEN.fullmatch(text, previous.value[1], start) is not None
                    and _CONVERTED_CLOSE.match(text, end, s.end) is not None
                )
                if previous and (
                    converted
                    or compared
                    or _counts_the_previous(text, s, previous, f.unit, start, end, about_before)
                    or (
                        f.unit is None
                        and previous.unit is None
                        and owners.counted_before(text, s, start, end, previous.value, previous.counts)
                    )
                ):
                    counts = previous.counts
                elif previous and _range_of(text, s, previous, f.unit, start, end, counts):
                    found[-1] = replace(previous, counts=counts)
                # A span of time names its unit, not what it measures: what lasts or what it takes stands before it
                # ("die Sperrung gelte für mindestens 18 Monate", "rebajó en casi 50 segundos"); the unit then joins
                # the value.
                # So does a measure's unit alone: "had burned 18,400 acres", "ha calcinado unas 3.400 hectáreas".
                if (
                    counts is not None
                    and f.unit is None
                    and (kinds.unit_only(text, end, counts) or kinds.measure_only(text, end, counts))
                ):
                    # (or right after it: "zu sechs Jahren Haft", "cinco años de prisión", "three years in prison")
                    before = kinds.measured_after(text, counts[1], s.end) or words_before(words, start, floor)
                    # (never the unit of the figure before: "rose two metres in six hours" keeps "hours")
                    if before and floor > s.start and not text[floor : before[0]].strip():
                        before = None
                    if before is not None:
                        # (a month or a day it ends on is no part of it: "sentenced in January to 30 months")
                        noun = heads.what_lasts(words_in(text, before))
                        end, counts = counts[1], (noun[0][0], noun[-1][1]) if noun else None
                # (one function word alone is no label: none, rather than the other side's words, which are a verb's
                # or a time's as often: "a partir del martes", "the council put")
                if counts is not None and text[counts[0] : counts[1]].lower() in FUNCTION_WORDS:
                    counts = None
                # A plain number compared with one before it and naming nothing of its own counts what that one counts
                # ("14 container ships …, up from 6 on Sunday", "312 Beschwerden …, nach 205 im Jahr davor").
                if (
                    counts is None
                    and f.unit is None
                    and kinds.COMPARED_BEFORE.search(text, max(s.start, start - 30), start)
                ):
                    counts = _plain_before(found, (s.start, s.end))
            # "6.5 percent over two years": a span of time right after a figure is that figure's period.
            period = counts is not None and DURATION.match(text[counts[0] : counts[1]])
            opening = found[-1] if found and found[-1].sentence == (s.start, s.end) else None
            ranged = opening is not None and kinds.closes_range(
                text, s.start, opening.value, start, opening.unit, f.unit
            )
            gap = start - last_end <= 2 or text[last_end:start].strip().lower() == "over"
            if f.unit is None and period and gap and not ranged:  # (not "بين ٣ و٥ سنوات")
                continue
            # (a span of time after the number alone is a period: "3 years, 2 months" are two figures)
            last_end, floor = number_end, end
            # The second figure of a range is one figure with the first: "between £3 million and £4 million", "5 to 7
            # days", "30–40 сантиметров", "20%至30%" (the first's number, both's words).
            if opening is not None and ranged:
                first = kinds.range_start(text, s.start, opening.value[0])
                # (the first's unit, as the checks read it, and the first words outside the range: not "20%至30%")
                outside = [
                    c for c in (opening.counts, counts) if c and not (first <= c[0] < end or first < c[1] <= end)
                ]
                found[-1] = replace(opening, value=(first, end), counts=outside[0] if outside else None)
                continue
            found.append(ReadFigure((start, end), f.value, f.qualifier, f.unit, counts, (s.start, s.end)))
    return found
