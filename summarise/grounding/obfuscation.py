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
"""

from __future__ import annotations

import re

_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>\d{1,7}));?")
# What a page's reader puts where a spelled character was, before parsing: a character of the private use area that
# no article writes, followed by the character itself, so the text reads as before once the mark is removed.
MARK = "\ue0a7"
# A sentence's close in a plain text: a stop and space, or a line's end.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n")


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
