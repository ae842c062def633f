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
from . import compound_words
from .compound_words import Compound
from .number_context import SP as _S  # (a space or a no-break space, after numbers._prepare)


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
# Widens a compound's span to its qualifier and unit as the scanner widens a number, reading nothing before the floor:
# (start, end, value, first, floor) -> figure.
Widen = Callable[[int, int, float, float | None, int], P]


def _compound(start: int, end: int, value: float, first: float | None) -> Compound:
    return start, end, round(value, 4), first


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
    """`out` (in order, not overlapping) with the fractions, shares and spans of time `compound_words` reads in place
    of the numbers they hold: each word's overlaps found by bisection, so that a text of many is read in one pass."""
    words = sorted(compound_words.words(ps, lang))
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
