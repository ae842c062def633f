"""Quotations between paired marks on one line, found in time linear in the text.

A pattern such as `"[^"\n]*"|«[^»\n]*»` is tried from every opening mark to the next closing mark or line end: on a
line of thousands of opening marks and no closing one ("« a « a « a ..."), each try reads to the line's end, and
the whole costs the square of the line (seconds on 40 KB). `QuotePairs` finds what such a pattern finds, in order,
but remembers where a mark's try stopped without a close: every later mark of that kind before that point stops
there too.
"""

from __future__ import annotations

import re

from ..patterns import factored


class QuotePairs:
    """An alternation of `O[^C\\n]*[C]` for each opening mark O and its closing marks C (one alternative per opening
    mark), as `re` would find it: `spans` for `finditer`, `sub` for `sub`. With `across_lines`, a quotation may hold
    line breaks (`O[^C]*[C]`); with `shortest`, it holds at least that many characters (`O[^C]{n,}[C]`)."""

    def __init__(
        self, pairs: dict[str, str], shortest: dict[str, int] | None = None, across_lines: bool = False
    ) -> None:
        self._openers = factored("[" + re.escape("".join(pairs)) + "]")
        ends = "" if across_lines else "\n"
        self._stops = {mark: factored("[" + re.escape(closes) + ends + "]") for mark, closes in pairs.items()}
        self._shortest = shortest or {}

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The quotations' spans, left to right, none overlapping."""
        found: list[tuple[int, int]] = []
        # Where a try from an opening mark of each kind stopped with no quotation (at a line's end, the text's, or a
        # close too near): every later mark of that kind before that point stops there too, as near or nearer.
        unclosed: dict[str, int] = {}
        at = 0
        while (opening := self._openers.search(text, at)) is not None:
            start = opening.start()
            mark = text[start]
            if start < unclosed.get(mark, -1):
                at = start + 1
                continue
            stop = self._stops[mark].search(text, start + 1)
            if stop is not None and stop.group(0) != "\n" and stop.start() - start - 1 >= self._shortest.get(mark, 0):
                found.append((start, stop.end()))
                at = stop.end()
            else:
                unclosed[mark] = len(text) if stop is None else stop.start()
                at = start + 1
        return found

    def quotes(self, text: str) -> list[str]:
        """The quotations, marks included."""
        return [text[lo:hi] for lo, hi in self.spans(text)]

    def sub(self, replacement: str, text: str) -> str:
        """`text` with each quotation replaced by `replacement`."""
        pieces: list[str] = []
        at = 0
        for lo, hi in self.spans(text):
            pieces += [text[at:lo], replacement]
            at = hi
        pieces.append(text[at:])
        return "".join(pieces)
