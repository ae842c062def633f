"""What a figure counts, held to the sentences that give its value: any place the article gives it."""

from __future__ import annotations

import re

from .check import sentence_window
from .wording import label_problem


def _passage(article: str, start: int, end: int) -> str:
    """The sentence over `start`..`end`, with the sentence before it; a value that ends in an abbreviation's
    point ("41 тыс.") does not end its sentence there."""
    lo, hi = sentence_window(article, start, end + 1)
    return article[lo:hi]


# At most this many distinct passages stand for a value's sentences: a text that gives one value thousands of times
# (hostile, or a page repeated) would otherwise make each of its figures read the whole text again.
_MAX_PASSAGES = 64


class CountPassages:
    """What each figure value's sentences are, read once per value and article, for holding what a figure counts to
    them (see `verify`)."""

    def __init__(self, article: str) -> None:
        self.article = article
        self._passages: dict[str, str] = {}
        self._problems: dict[tuple[str, str], str | None] = {}

    def _of(self, value: str) -> str:
        if value not in self._passages:
            # The same sentence twice (a value given twice in it, a paragraph repeated) says nothing new.
            found: dict[str, None] = {}
            for m in re.finditer(re.escape(value), self.article):
                found[_passage(self.article, m.start(), m.end())] = None
                if len(found) >= _MAX_PASSAGES:
                    break
            self._passages[value] = " ".join(found)
        return self._passages[value]

    def problem(self, counts: str, value: str, fallback: int) -> str | None:
        """Why what a figure counts is not drawn from the sentences that give its value (any place the article
        gives it, else the figure's own, at `fallback`)."""
        own = _passage(self.article, fallback, fallback + len(value))
        # What the figure's own sentences give, every place that gives its value gives too: when they carry the
        # label, the article is not searched (most figures; a search per value would make a long text quadratic).
        if label_problem(counts, own, "count") is None:
            return None
        passage = self._of(value)
        if not passage:
            return label_problem(counts, own, "count")
        if (counts, value) not in self._problems:
            self._problems[counts, value] = label_problem(counts, passage, "count")
        return self._problems[counts, value]
