"""Articles longer than the model's context: split on paragraph boundaries, and the parts' facts merged.

Each part is a slice of the article, so an item located in a part is located in
the article by adding the part's offset. Merging keeps the first of duplicates:
actors by name, figures by value and what they count, claims by source and
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..grounding import fold, same_number
from ..grounding.verify import Verdict
from ..results import GroundedActor, GroundedClaim, GroundedEvent, GroundedFigure, TextSpan

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_SPACE = re.compile(r"\s+")
# Two items' descriptions are the same when they share at least this share of their words.
_SAME_MEANING = 0.5


@dataclass(frozen=True)
class Part:
    """A slice of the article: article[offset : offset + len(text)] == text."""

    text: str
    offset: int


def _pieces(text: str, offset: int, breaks: list[re.Pattern[str]]) -> Iterator[tuple[int, int]]:
    """Spans (start, end) of `text` cut at the first kind of break in `breaks`, separators left out."""
    if not breaks:
        yield offset, offset + len(text)
        return
    start = 0
    for match in breaks[0].finditer(text):
        if match.start() > start:
            yield offset + start, offset + match.start()
        start = match.end()
    if start < len(text):
        yield offset + start, offset + len(text)


def _units(article: str, budget: int, count: Callable[[str], int]) -> Iterator[tuple[int, int, int]]:
    """Paragraphs as (start, end, tokens); a paragraph over the budget is cut at lines, then sentences, then
    words, then at a share of its characters."""
    levels = [_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE]

    def cut(start: int, end: int, depth: int) -> Iterator[tuple[int, int, int]]:
        for a, b in _pieces(article[start:end], start, levels[depth : depth + 1]):
            tokens = count(article[a:b])
            if tokens <= budget:
                yield a, b, tokens
            elif depth + 1 < len(levels):
                yield from cut(a, b, depth + 1)
            else:
                # One sentence longer than a part: cut it into equal shares of characters that fit.
                shares = -(-tokens // budget) + 1
                step = -(-(b - a) // shares)
                for s in range(a, b, step):
                    yield s, min(s + step, b), count(article[s : min(s + step, b)])

    yield from cut(0, len(article), 0)


def split(article: str, budget: int, count: Callable[[str], int]) -> list[Part]:
    """Cut `article` into parts of at most `budget` tokens (by `count`), at paragraph boundaries where it can.

    Each paragraph is counted once, so the work is linear in the article's length.
    """
    parts: list[Part] = []
    start = end = used = 0
    for a, b, tokens in _units(article, budget, count):
        # A separator between paragraphs costs about a token; counted so that the joined part stays in budget.
        if used and used + 1 + tokens > budget:
            parts.append(Part(article[start:end], start))
            used = 0
        if not used:
            start = a
        end = b
        used += tokens + (1 if used else 0)
    if used:
        parts.append(Part(article[start:end], start))
    return parts


def _shift(span: TextSpan | None, offset: int) -> TextSpan | None:
    return None if span is None else TextSpan(start=span.start + offset, end=span.end + offset)


def _shifted(item: Any, offset: int, *names: str) -> Any:
    return item.model_copy(update={name: _shift(getattr(item, name), offset) for name in names})


def _key(text: str | None) -> str:
    return re.sub(r"\W+", " ", fold(text or "")[0]).strip()


def _words(text: str | None) -> set[str]:
    return set(_key(text).split())


def _same_meaning(a: str | None, b: str | None) -> bool:
    left, right = _words(a), _words(b)
    if not left or not right:
        return left == right
    return len(left & right) / min(len(left), len(right)) >= _SAME_MEANING


def _same_figure(a: GroundedFigure, b: GroundedFigure) -> bool:
    if a.number is not None and b.number is not None:
        same_value = same_number(a.number, b.number)
    else:
        same_value = _key(a.value) == _key(b.value)
    return same_value and _key(a.unit) == _key(b.unit) and _same_meaning(a.counts, b.counts)


def _same_claim(a: GroundedClaim, b: GroundedClaim) -> bool:
    if _key(a.source) != _key(b.source):
        return False
    overlap = min(a.evidence_span.end, b.evidence_span.end) - max(a.evidence_span.start, b.evidence_span.start)
    return overlap > 0 or _key(a.evidence) == _key(b.evidence)


class Merger:
    """Collects the verdicts of the parts, one at a time, keeping only the merged facts."""

    def __init__(self) -> None:
        self.event: GroundedEvent | None = None
        self.actors: list[GroundedActor] = []
        self.figures: list[GroundedFigure] = []
        self.claims: list[GroundedClaim] = []
        self.unverified: list[Any] = []
        self.event_verified = 0
        self.parts = 0

    def add(self, verdict: Verdict, part: Part) -> None:
        """Add one part's verified items, located in the whole article; drop duplicates of earlier ones."""
        self.parts += 1
        offset = part.offset
        event = _shifted(verdict.event, offset, "where_span", "when_span")
        # The first part that names the event gives it: news puts the main event first.
        if self.event is None or (not self.event.what and event.what):
            self.event, self.event_verified = event, verdict.event_verified
        names = {_key(a.name) for a in self.actors}
        for actor in verdict.actors:
            if _key(actor.name) not in names:
                names.add(_key(actor.name))
                self.actors.append(_shifted(actor, offset, "span"))
        for figure in verdict.figures:
            moved = _shifted(figure, offset, "span", "source_span")
            if not any(_same_figure(moved, kept) for kept in self.figures):
                self.figures.append(moved)
        for claim in verdict.claims:
            moved = _shifted(claim, offset, "evidence_span", "source_span")
            if not any(_same_claim(moved, kept) for kept in self.claims):
                self.claims.append(moved)
        # A part's own brief is not used (one brief is written from the merged facts), nor are its failures.
        self.unverified.extend(u for u in verdict.unverified if u.kind not in ("headline", "brief_sentence"))

    def verdict(self) -> Verdict:
        """The merged facts as one verdict, with no brief yet."""
        assert self.event is not None, "add() runs at least once"
        merged = Verdict(event=self.event, actors=self.actors, figures=self.figures, claims=self.claims)
        merged.unverified = list(self.unverified)
        merged.event_verified = self.event_verified
        return merged
