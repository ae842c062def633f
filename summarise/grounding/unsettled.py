"""A figure the story itself leaves unsettled: the same number of the same thing given with qualifiers that disagree.

"Alrededor de 40 comercios" in one sentence and «más de 40» comercios in another cannot both be how the story
counts: one says the count may fall short of 40, the other that it exceeds it. Code cannot tell which is the
story's account (a payload in the story's own voice, or a template quoted into the page, reads like either), so a
figure given with either qualifier is listed as not verified, with both readings, and the brief cannot state it.

The qualifiers fall on three sides: above the number (more than, at least), below it (less than, at most, up to)
and near it (about, nearly). Two readings disagree when one is near the number and the other above or below it;
"about" beside "nearly", or "more than" beside "at least", is one account worded twice, and "more than 250
employees" beside "fewer than 250" is a threshold. A number given with a qualifier in one place and bare in another
("3,000 homes" in a headline, "about 3,000 homes" below it) is no disagreement: a headline rounds.

Two mentions count the same thing when the word after each is the same (its first four letters; in Chinese and
Japanese its first character; a closing quotation mark between is passed over: '"mais de 40 mil" clientes'):
"about 40 shops" and "more than 40 minutes" are two counts, and a number with no word
after it, or only a preposition ("more than 40 a day"), names no count to compare. A review of the first version
(which let such a number match any count, and a threshold's two sides disagree) found 32 of 47 legitimate
comparisons flagged. Two mentions in one sentence set two times or places side by side ("about 30 degrees on
Monday and more than 30 on Tuesday") and are not compared. What the rule still cannot tell: one count at two times
with one number, in two sentences ("Last year nearly 300 people came. This year more than 300 people came."), is
flagged.

Round fifty-two: a number of 1,000 or more with two significant digits or more, not a multiple of five (5,800,
1,200, 84,000; not 3,000, 1,500 or 2 million), is too specific to count two things in one story by chance, so its
mentions are compared whatever word follows them ("Quasi 5.800 spettatori" and "ben oltre 5.800 presenti" are one
crowd; a payload changes the word as readily as the qualifier). Over the team's 3,996 texts this flagged no figure
of a genuine article, and a payload's figure against the story's in 25 case articles of the hostile sets. A review
with fresh eyes found round thousands too common to compare so ("about 3,000 employees", "more than 3,000
applications").

Round fifty-one: a number the model writes (an event, a claim, a brief's headline or sentence) with a qualifier on
a side the story never gives it is not settled either: "más de 3.000 visitantes" where every mention is "casi
3.000" says more than the story does. One the story also gives bare may be qualified freely.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict

from ..patterns import factored
from .check import Checked
from .normalise import fold_text, unspaced
from .numbers import Figure, find_figures

_SIDE = {
    "more than": "above",
    "at least": "above",
    "less than": "below",
    "at most": "below",
    "up to": "below",
    "about": "near",
    "nearly": "near",
}
# The strict side of a qualifier, for a number the model writes: "nearly" falls short of its number, "about" may fall
# on either side of it.
_STRICT = {**{q: side for q, side in _SIDE.items() if side != "near"}, "nearly": "below", "about": "near"}
_OPPOSITE = {"above": "below", "below": "above"}
# Words that may follow a number without naming what it counts: "3.000 per avond", "40 a la semana".
_BETWEEN = frozenset(
    [
        "per",
        "pro",
        "par",
        "por",
        "a",
        "à",
        "al",
        "au",
        "de",
        "di",
        "da",
        "of",
        "in",
        "op",
        "na",
        "za",
        "в",
        "на",
        "по",
        "за",
        "le",
        "la",
        "el",
        "il",
    ]
)
_SENTENCE_END = factored(r"[.!?。！？](?:\s|$)|[。！？]|\n")
_NEXT_WORD = factored(r"[\s\u00a0\"'”’»」』]*([^\W\d_]+)")


def _counted(story: str, end: int) -> str:
    """The word after a figure, as it is compared: its first four letters folded, or one character in a script
    written without spaces; '' when no word follows (the number closes a quotation or a clause)."""
    m = _NEXT_WORD.match(story, end)
    if m is None:
        return ""
    word = m.group(1)
    if word.lower() in _BETWEEN:
        return ""  # "3.000 per avond": what is counted is not named after the number
    return word[0] if unspaced(word[0]) else fold_text(word)[:4]


def _specific(value: float) -> bool:
    """Whether a number is too specific to count two things in one story by chance: 1,000 or more, with two
    significant digits or more that are not a multiple of five. "Quasi 5.800 spettatori" and "ben oltre 5.800
    presenti" count one crowd in two words (round fifty-two); "about 3,000 employees" and "more than 3,000
    applications", or "circa 1.500 abitanti" and "oltre 1.500 metri", count two."""
    if value < 1000 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) >= 2 and int(digits) % 5 != 0


class Unsettled:
    """The figures of a story whose qualifier another mention of the same count contradicts."""

    def __init__(self, story: str, lang: str | None) -> None:
        self.story = story
        groups: dict[tuple[float, str | None], list[Figure]] = defaultdict(list)
        # Every mention of a number: its strict side ("nearly" is below; "bare" for none), what it counts, as written.
        self.mentions: dict[float, list[tuple[str, str, str]]] = defaultdict(list)
        for f in find_figures(story, lang):
            if f.is_date_or_time:
                continue
            side = _STRICT.get(f.qualifier or "", "bare")
            self.mentions[round(f.value, 6)].append(
                (side, _counted(story, f.span_end), story[f.span_start : f.span_end])
            )
            if f.qualifier in _SIDE:
                groups[round(f.value, 6), f.unit].append(f)
        # Each unsettled mention's span, with the other mention that contradicts it.
        self.against: dict[tuple[int, int], Figure] = {}
        for mentions in groups.values():
            for a, b in itertools.combinations(mentions, 2):
                sides = {_SIDE[a.qualifier or ""], _SIDE[b.qualifier or ""]}
                # One side twice is one account; above and below is a threshold ("more than 250 employees must …,
                # fewer than 250 are exempt"), not a disagreement.
                if len(sides) == 1 or sides == {"above", "below"}:
                    continue
                lo, hi = sorted((a, b), key=lambda f: f.span_start)
                if not _SENTENCE_END.search(story, lo.span_end, hi.span_start):
                    continue  # one sentence setting two times or places side by side ("about 30 on Monday, more …")
                first, second = _counted(story, a.span_end), _counted(story, b.span_end)
                if (not first or first != second) and not _specific(a.value):
                    continue
                self.against.setdefault((a.span_start, a.span_end), b)
                self.against.setdefault((b.span_start, b.span_end), a)
        # The counts so contradicted, as a number stated elsewhere (an event, a claim) is compared with them.
        self.counts = {
            (round(f.value, 6), f.unit, "" if _specific(f.value) else _counted(story, f.span_end))
            for f in self.against.values()
        }

    @classmethod
    def of(cls, story: str, lang: str | None) -> Unsettled:
        """The story's unsettled figures, read once for code's own items and the model's answer (which are checked
        against the same story); nothing in it changes once read."""
        return _unsettled_of(story, lang)

    def problem(self, start: int, end: int) -> str | None:
        """Why the figure located at `start`..`end` of the story is not settled by it, or None."""
        for (lo, hi), other in self.against.items():
            if lo < end and start < hi:
                said = self.story[lo:hi]
                elsewhere = self.story[other.span_start : other.span_end]
                return (
                    f"the article gives this number both as {said!r} and as {elsewhere!r}; "
                    "which it is, the article does not settle"
                )
        return None

    def stated(self, text: str, lang: str | None) -> str | None:
        """Why `text` (an event's description, a claim's statement, a brief's sentence) gives a number with a
        qualifier the story leaves unsettled, or on a side the story never gives it: "más de 3.000" where every
        mention is "casi 3.000" (round fifty-one). A number the story also gives bare may be qualified freely."""
        for f in find_figures(text, lang):
            side = _STRICT.get(f.qualifier or "")
            if side not in ("above", "below"):
                continue  # "about" may fall on either side
            counted = _counted(text, f.span_end)
            mentions = self.mentions.get(round(f.value, 6), [])
            # The mentions of the same thing counted, when the text names it: "about 50 years" is not "50 flights".
            if counted:
                mentions = [m for m in mentions if m[1] == counted]
            if mentions and all(m[0] == _OPPOSITE[side] for m in mentions):
                said = text[f.span_start : f.span_end]
                return f"it gives {said!r}, where the article gives this number only as {mentions[0][2]!r}"
        if not self.counts:
            return None
        for f in find_figures(text, lang):
            counted = "" if _specific(f.value) else _counted(text, f.span_end)
            if f.qualifier in _SIDE and (round(f.value, 6), f.unit, counted) in self.counts:
                said = text[f.span_start : f.span_end]
                return f"it gives {said!r}, a number the article gives with qualifiers that disagree"
        return None

    def said(self, checked: Checked, text: str, lang: str | None) -> Checked:
        """A located claim held to the story's other mentions of a number its statement gives."""
        problem = self.stated(text, lang) if checked.grounded is not None else None
        return Checked(None, problem) if problem else checked

    def held(self, checked: Checked) -> Checked:
        """A located figure held to the story's other mentions of its number."""
        span = getattr(checked.grounded, "span", None)
        problem = self.problem(span.start, span.end) if span is not None else None
        return Checked(None, problem) if problem else checked


@functools.lru_cache(maxsize=16)
def _unsettled_of(story: str, lang: str | None) -> Unsettled:
    return Unsettled(story, lang)
