"""Text spelled so that only a machine reads it: letters and digits written as numeric character references.

A writer types "2.439"; only a tool spells it `&#50;&#46;&#52;&#51;&#57;`. A numeric character reference exists for
characters a keyboard or an encoding cannot give (a dash, a non-breaking space, a curly quote); one that spells a
plain ASCII letter or digit hides the text from a reader of the source and from a search for its words, while a
page or a model decodes it. Nobody writes news that way, so the sentence that holds one lends no support:

- in a text or markdown article, where the reference stands as typed, the sentence around it is hidden text (see
  `display.hidden_spans`);
- in a page, whose reader decodes every reference, the reader finds them in the markup first (`mark`) and leaves
  out the block that holds them (see `inputs.html`).

A named reference (`&amp;`, `&eacute;`) and a numeric one for anything but an ASCII letter or digit (`&#8217;`,
`&#160;`) are what writers and editors use, and stay.

Two spellings no writer types either (round twenty-seven): words whose letters are taken from two alphabets, Latin
with Cyrillic or Greek look-alikes ("Vооr wiе dit artikеl samеnvat", two such words or more in one sentence: one
can be a keyboard slip), and words written letter by letter with spaces between ("F o r  a n y o n e
s u m m a r i s i n g", seven letters or more), which a reader reads and a search for the words does not find.
The sentence that holds them is hidden text too.

Invisible characters **wrapping** text (a zero-width space or non-joiner, a word joiner, a byte-order mark opening
or closing a line, or on both sides of a stretch of it; not the zero-width joiner, which joins emoji) mark text
pasted in to be found by a machine and not by a reader; that line or stretch is hidden text too. Scripts that write
these characters inside words (Thai, Lao, Khmer, Myanmar, the Indic scripts, Arabic and Persian) turn the rule off
for the whole text.
"""

from __future__ import annotations

import bisect
import re

from ..patterns import factored

_NUMERIC_REFERENCE = factored(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>\d{1,7}));?")
# What a page's reader puts where a spelled character was, before parsing: a character of the private use area that
# no article writes, followed by the character itself, so the text reads as before once the mark is removed.
MARK = "\ue0a7"
# A sentence's close in a plain text: a stop and space, or a line's end.
_SENTENCE_END = factored(r"(?<=[.!?。！？])\s+|\n")
# Every place `_SENTENCE_END` matches from, inside a run of spaces too (a search from there finds it there).
_SENTENCE_END_AT = factored(r"(?<=[.!?。！？])(?=\s)|(?=\n)")


def _spelled(match: re.Match[str]) -> str | None:
    """The ASCII letter or digit a numeric reference spells, or None."""
    code = int(match["hex"], 16) if match["hex"] else int(match["dec"])
    char = chr(code) if code < 128 else ""
    return char if char.isalnum() else None


def spelled_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a text or markdown article that spell a letter or digit by a numeric reference."""
    spans: list[tuple[int, int]] = []
    for match in _NUMERIC_REFERENCE.finditer(text):
        if _spelled(match) is None or (spans and match.start() < spans[-1][1]):
            continue
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
        start = starts[-1] if starts else 0
        end = _SENTENCE_END.search(text, match.end())
        spans.append((start, end.start() if end else len(text)))
    return spans


def mark(markup: str) -> str:
    """`markup` with every numeric reference that spells an ASCII letter or digit replaced by `MARK` and the
    character: what a page's reader parses to find the elements that hold such text."""

    def replace(match: re.Match[str]) -> str:
        spelled = _spelled(match)
        return match.group(0) if spelled is None else MARK + spelled

    return _NUMERIC_REFERENCE.sub(replace, markup)


_INVISIBLE = "\u200b\u200c\u2060\ufeff"
_WRAPPED = factored(
    rf"^[ \t]*[{_INVISIBLE}]+[^\n]*$|^[^\n]*[^\s{_INVISIBLE}][{_INVISIBLE}]+[ \t]*$"
    rf"|[{_INVISIBLE}]+[^{_INVISIBLE}\n]{{1,600}}?[{_INVISIBLE}]+",
    re.MULTILINE,
)
# Scripts that use zero-width characters inside their words.
_JOINING_SCRIPTS = factored(r"[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def invisible_spans(text: str) -> list[tuple[int, int]]:
    """The lines, or stretches of a line, that invisible characters wrap (see the module's docstring)."""
    if _JOINING_SCRIPTS.search(text):
        return []
    # A byte-order mark opening the text is an encoding's, not a wrapping.
    start = len(text) - len(text.lstrip("\ufeff"))
    return [(m.start(), m.end()) for m in _WRAPPED.finditer(text, start) if m.group(0).strip(_INVISIBLE + " \t")]


LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
# Cyrillic and Greek, but for the Greek letters units are written with ("5 μg", "10 kΩ").
_LOOKALIKE = "\u0370-\u03a8\u03aa-\u03bb\u03bd-\u03ff\u0400-\u04ff"
_LOOKALIKE_LETTER = factored(f"[{_LOOKALIKE}]")
# Two letters side by side from the two alphabets: a word made of both.
_SCRIPTS_MEET = factored(f"[{LATIN}][{_LOOKALIKE}]|[{_LOOKALIKE}][{LATIN}]")
_WORD_EDGE = factored(r"\W")
# Seven letters or more, each alone, one or two spaces apart: a word spelled out so that it is not a word.
_LETTER = f"[{LATIN}{_LOOKALIKE}]"
_SPACED = factored(f"(?<!{_LETTER})(?:{_LETTER} {{1,2}}){{6,}}{_LETTER}(?!{_LETTER})")


def _sentence_of(text: str, ends: list[tuple[int, int]], closes: list[int], start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from the end of the last sentence end before `start` (`ends`, the spans of
    `_SENTENCE_END` in the whole text, one cut at `start` ending there) to the next one after `end` (`closes`, every
    place a search for `_SENTENCE_END` can find one)."""
    before = bisect.bisect_left(ends, (start, -1)) - 1
    close = bisect.bisect_left(closes, end)
    return (min(ends[before][1], start) if before >= 0 else 0), (closes[close] if close < len(closes) else len(text))


def spelled_apart_spans(text: str) -> list[tuple[int, int]]:
    """The sentences that mix two alphabets in two words or more, or spell a word out letter by letter."""
    found: dict[tuple[int, int], int] = {}
    # (Sentence ends found once, and a word's edge once for all the meetings of scripts inside it: looked for from
    # each, a long word of mixed letters cost its square.)
    spaced = list(_SPACED.finditer(text))
    lookalike = _LOOKALIKE_LETTER.search(text) is not None
    if not spaced and not lookalike:
        return []
    ends = [m.span() for m in _SENTENCE_END.finditer(text)]
    closes = [m.start() for m in _SENTENCE_END_AT.finditer(text)]
    if lookalike:
        words = set()
        edge_at = -1
        for meet in _SCRIPTS_MEET.finditer(text):
            if meet.end() > edge_at:
                edge = _WORD_EDGE.search(text, meet.end())
                edge_at = edge.start() if edge else len(text)
            words.add(edge_at)
        for end in words:
            span = _sentence_of(text, ends, closes, end, end)
            found[span] = found.get(span, 0) + 1
    spans = [span for span, count in found.items() if count >= 2]
    spans += [_sentence_of(text, ends, closes, m.start(), m.end()) for m in spaced]
    return spans
