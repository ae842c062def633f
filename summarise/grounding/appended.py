"""A sentence appended to a paragraph after a line break, in a text that never breaks its paragraphs' lines.

A writer formats a text one way throughout. In a text whose paragraphs are one line each, set apart by blank lines,
a single paragraph that holds a line break between two full sentences has had its second line added below it, not
written in it (an appended "update", a planted confirmation after the story's last line). That line lends no
support: it is set apart like `furniture`'s notes (kept for the reader: see `hostile.Screen`).

The rule is off unless the text's shape is clear:

- at least `_ONE_LINE` paragraphs of prose (a line closed by a stop, of `_WORDS` words or more, or `_CHARS`
  characters in a script without spaces) stand on one line each;
- exactly one paragraph of prose lines holds a line break, and only one;
- no paragraph is hard-wrapped (a line of prose running on into the next without a stop), since a wrapped text
  breaks its lines everywhere.

A block whose lines are not all prose (a headline over a byline, a list, an address) is not such a paragraph and
does not count.
"""

from __future__ import annotations

from ..patterns import factored

_BLOCK = factored(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")
_STOPPED = factored(r"[.!?。！？…][\"'”’»)\]*_]*\s*$")
_ONE_LINE = 3
_WORDS = 5
_CHARS = 20
_WRAP_WORDS = 8


def _prose(line: str) -> bool:
    words = len(line.split())
    return bool(_STOPPED.search(line)) and (words >= _WORDS or (words < 2 and len(line.strip()) >= _CHARS))


def appended_spans(text: str) -> list[tuple[int, int]]:
    """The line appended after a break to one paragraph of a text whose paragraphs are single lines (see the
    module's docstring), or nothing."""
    one_line = 0
    broken: list[tuple[int, int]] = []
    for block in _BLOCK.finditer(text):
        lines = block.group(0).split("\n")
        if len(lines) == 1:
            one_line += _prose(lines[0])
            continue
        if any(not _STOPPED.search(line) and len(line.split()) >= _WRAP_WORDS for line in lines[:-1]):
            return []
        if all(_prose(line) for line in lines):
            if len(lines) > 2 or broken:
                return []
            start = block.start() + len(lines[0]) + 1
            broken.append((start + len(lines[1]) - len(lines[1].lstrip()), block.end()))
    return broken if one_line >= _ONE_LINE else []
