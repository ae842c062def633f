"""When a model's item counts as a gold item: names, figures and claims.

- **Names** are folded (case, quote marks, dashes, digit forms, as grounding does), punctuation becomes
  space. Two names match when they are equal, or when the shorter is a run of whole words of the longer
  ("Olsen" and "Hana Olsen"); in unspaced scripts (CJK, kana, Hangul), when one contains the other.
- **Figures** match when their numbers are the same (`same_number`, the model's value read from the article's
  own words where it parses) and what they count is compatible: at least half of the stems of the shorter
  description are in the other. A stem is a word of three letters or more cut to its first five (so
  "evacuated" meets "evacuees"), a pair of neighbouring characters in CJK and kana, and the first two
  syllables of a Hangul word (so particles do not count).
- **Claims** match when their evidence covers the same stretch of the article (the two spans overlap).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..grounding import fold, locate, parse_figure, same_number
from ..grounding.normalise import unspaced

COUNTS_OVERLAP = 0.5
STEM_CHARS = 5
MIN_WORD_CHARS = 3

_PUNCT = re.compile(r"[^\w]+", re.UNICODE)


def normalise_name(name: str) -> str:
    """The name folded, punctuation turned to single spaces, trimmed."""
    folded, _ = fold(name)
    return _PUNCT.sub(" ", folded).strip()


def _is_unspaced(text: str) -> bool:
    return any(unspaced(ch) for ch in text)


def names_match(a: str, b: str) -> bool:
    """Whether two names name the same party (see the module's rules)."""
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    if _is_unspaced(short) or _is_unspaced(long):
        return short.replace(" ", "") in long.replace(" ", "")
    return f" {short} " in f" {long} "


def _hangul(ch: str) -> bool:
    return 0xAC00 <= ord(ch) <= 0xD7A3


def stems(text: str) -> set[str]:
    """The stems of a description of what a figure counts (see the module's rules)."""
    found: set[str] = set()
    for word in normalise_name(text).split():
        if _hangul(word[0]):
            found.add(word[:2])
        elif unspaced(word[0]):
            found.update(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) >= MIN_WORD_CHARS and not word.isdigit():
            found.add(word[:STEM_CHARS])
    return found


def counts_compatible(a: str, b: str) -> bool:
    """Whether two descriptions of what a figure counts share at least half the stems of the shorter one."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= COUNTS_OVERLAP


def figure_number(value: str | None, number: float | None, lang: str | None) -> float | None:
    """The number a model's figure stands for: its value read as the article writes numbers, else its `number`."""
    if value:
        read = parse_figure(value, lang)
        if read is not None and not read.is_date_or_time:
            return read.value
    return number


def figures_match(
    number: float | None,
    counts: str | None,
    gold_number: float,
    gold_counts: str,
    gold_value: str = "",
    lang: str | None = None,
) -> bool:
    """Same number and compatible meaning. A gold figure written in two parts whose number is its first part's
    ("six years and four months" as 6) also matches the value it reads as (6.3333)."""
    read = parse_figure(gold_value, lang) if gold_value else None
    whole = read.value if read is not None and read.first is not None and same_number(read.first, gold_number) else None
    return (
        number is not None
        and counts is not None
        and any(same_number(number, n) for n in (gold_number, whole) if n is not None)
        and (counts_compatible(counts, gold_counts))
    )


def evidence_range(evidence: str | None, article: str) -> tuple[int, int] | None:
    """Where a quoted evidence stands in the article, or None when it is not there."""
    if not evidence:
        return None
    span = locate(evidence, article)
    return None if span is None else (span.start, span.end)


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """How many characters two ranges share (0 when either is None)."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


G = TypeVar("G")
T = TypeVar("T")


def pair(gold: Sequence[G], output: Sequence[T], fits: Callable[[G, T], bool]) -> list[tuple[int, int]]:
    """A one-to-one pairing of gold and output items (by index), each gold item taking the first free output
    item that fits, in order."""
    return pair_preferring(gold, output, fits, fits)


def pair_preferring(
    gold: Sequence[G], output: Sequence[T], fits: Callable[[G, T], bool], best: Callable[[G, T], bool]
) -> list[tuple[int, int]]:
    """`pair`, each gold item first taking the first free output item that fits it best, if one does."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for test in (best, fits):
        for g, item in enumerate(gold):
            if g in pairs:
                continue
            for o, candidate in enumerate(output):
                if o not in taken and test(item, candidate):
                    taken.add(o)
                    pairs[g] = o
                    break
    return sorted(pairs.items())
