"""The words around a figure in its sentence: what it counts when its own words say so, after it or before it,
read once per sentence for all its figures."""

from __future__ import annotations

import bisect
import re

from ..patterns import factored
from . import heads
from .countwords import STOP_AFTER, STOP_BEFORE
from .text import Sentence

Range = tuple[int, int]

# (not an Arabic proclitic glued to the number it comes before: "بين 20 و25", "مقارنة بـ2.06")
_COUNT_WORD = factored(r"(?![وبلك]ـ?\d)[^\W\d_][\w'’-]*")
_LETTER = factored(r"[^\W\d_]")
_RELATIVE = {"que", "qui", "which", "who", "che", "который", "которая", "которое", "которые", "який", "яка", "яке"}
_GAP_MARK = factored(r"[,;:()\"“”«»،؛]")


class Words:
    """The count words of one sentence and the marks that end a run of them, read once for all the sentence's figures
    (each figure read the words from the sentence's start, so that a sentence of thousands of figures cost their
    square). The words before or after a point are those `_COUNT_WORD` finds between the sentence's edge and it."""

    def __init__(self, text: str, s: Sentence) -> None:
        self.text = text
        self.spans = [m.span() for m in _COUNT_WORD.finditer(text, s.start, s.end)]
        self.ends = [b for _, b in self.spans]
        self.lower = [text[a:b].lower() for a, b in self.spans]
        self.marks = [m.start() for m in _GAP_MARK.finditer(text, s.start, s.end)]
        # For each word, the nearest word at or before it that is not a stop word, and at or after it that is not
        # "of": a run of words a figure's search passes over is passed in one step.
        self.back = _nearest(self.lower, STOP_BEFORE, range(len(self.lower)))
        self.ahead = _nearest(self.lower, {"of"}, range(len(self.lower) - 1, -1, -1))

    def marked(self, lo: int, hi: int) -> bool:
        """Whether a mark stands between `lo` and `hi`."""
        i = bisect.bisect_left(self.marks, lo)
        return i < len(self.marks) and self.marks[i] < hi


def _nearest(lower: list[str], passed: set[str], order: range) -> list[int]:
    nearest = [-1] * len(lower)
    last = -1
    for i in order:
        last = last if lower[i] in passed else i
        nearest[i] = last
    return nearest


def counts_spaced(
    words: Words, start: int, end: int, lang: str, before_first: bool = False, floor: int = 0
) -> Range | None:
    """What a figure counts: the words after it, or before it first when `before_first`; none before `floor`."""
    if before_first:
        before = words_before(words, start, floor, lang)
        if before is not None:
            return before
    text, spans = words.text, words.spans
    picked: list[tuple[int, int, str]] = []
    k = bisect.bisect_right(words.ends, end)  # the first word that ends after the figure
    if k < len(spans) and spans[k][0] < end:
        # The figure ends inside a word ("a5km"): that word from its first letter after the figure.
        letter = _LETTER.search(text, end, spans[k][1])
        k += 1
        if letter:
            first = (letter.start(), spans[k - 1][1], text[letter.start() : spans[k - 1][1]].lower())
            if words.marked(end, first[0]) or first[2] in STOP_AFTER:
                k = len(spans)
            elif first[2] != "of":
                picked.append(first)
    while k < len(spans):
        a, b = spans[k]
        low = words.lower[k]
        if words.marked(picked[-1][1] if picked else end, a) or low in STOP_AFTER or len(picked) == 4:
            break
        if not picked and low == "of":
            k = words.ahead[k]
            if k < 0:
                break
            continue
        picked.append((a, b, low))
        k += 1
    if picked and picked[-1][2] in ("of", "de", "des", "der", "del", "des"):
        picked.pop()
    picked = heads.after(picked, text, lang)
    if picked:
        return picked[0][0], picked[-1][1]
    return words_before(words, start, floor, lang)


def words_in(text: str, span: Range) -> list[heads.Word]:
    """The count words of `span`, as `heads` reads them (start, end, the word lower-cased)."""
    return [(m.start(), m.end(), m.group().lower()) for m in _COUNT_WORD.finditer(text, *span)]


def words_before(words: Words, start: int, floor: int = 0, lang: str | None = None) -> Range | None:
    """Up to four words just before a figure, back to punctuation, past prepositions and copulas next to it, and
    never before `floor` (the end of the sentence's previous figure: "um 6,5 Prozent auf 1,2 Milliarden Euro" does
    not count "Prozent")."""
    text, spans = words.text, words.spans
    chosen: list[Range] = []
    k = bisect.bisect_right(words.ends, start) - 1  # the last word that ends at or before the figure
    if k + 1 < len(spans) and spans[k + 1][0] < start:
        # The figure starts inside a word ("A7"): the word up to it.
        a = spans[k + 1][0]
        if text[a:start].lower() not in STOP_BEFORE:
            chosen.append((a, start))
    while k >= 0:
        a, b = spans[k]
        if a < floor or words.marked(b, chosen[0][0] if chosen else start) or len(chosen) == 4:
            break
        if words.lower[k] in STOP_BEFORE:
            if chosen:
                break
            k = words.back[k]
            continue
        if words.lower[k] in ("del", "al") and not chosen:
            k -= 1  # ("fue del 63 %": passed next to the figure, kept inside a name, "la tarifa del Metro")
            continue
        chosen.insert(0, (a, b))
        k -= 1
    # "la tarifa del Metro, que quedará en 6.50 pesos", "the fare, which will rise to $2.90": the verb of a relative
    # clause stands for the noun before its comma (session 55).
    # (only when the clause's verb is all there is: "que registró ventas por 5 millones" counts the sales; and not
    # after an aside, "asegura, sin embargo, que invertirá")
    if len(chosen) == 1 and k > 0 and words.lower[k] in _RELATIVE and words.marked(spans[k - 1][1], spans[k][0]):
        noun = words_before(words, spans[k - 1][1], floor, lang)
        if noun and not re.search(r",\s*$", text[max(0, noun[0] - 3) : noun[0]]):
            return noun
    # (the words cut to the noun they end on, in a language given: "Sales volumes dropped", "la participation s'est
    # établie")
    if lang is not None:
        # (and a participle after its auxiliary is the verb's: "Le gouvernement a débloqué 5 millions")
        participle = (
            bool(chosen)
            and k >= 0
            and spans[k][0] >= floor
            and heads.auxiliary(words.lower[k], lang)
            and not words.marked(spans[k][1], chosen[0][0])
        )
        first = chosen[0] if chosen else None
        chosen = [(a, b) for a, b, _ in heads.before([(a, b, text[a:b].lower()) for a, b in chosen], text, lang)]
        if participle and chosen and chosen[0] == first and not heads.names_the_figure(words.lower[k + 1]):
            chosen = chosen[1:]
    return (chosen[0][0], chosen[-1][1]) if chosen else None
