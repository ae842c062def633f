"""Long and hostile texts (a sentence repeated, an article on one line, thousands of tiny paragraphs): the work the
extractive engine does grows with the text, not with its square. Counted in calls, not timed (bench/repetitive.py
gives the times)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from summarise import summarise
from summarise.grounding import counts

ARTICLE = (Path(__file__).parent.parent / "examples" / "port_strike.txt").read_text(encoding="utf-8").strip()
SENTENCE = "The union said 2,400 members voted on Friday in Valmera."


def _fill(size: int, piece: Callable[[int], str], joiner: str) -> str:
    parts: list[str] = []
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(piece(n))
        n += 1
    return joiner.join(parts)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "repeated": lambda size: _fill(size, lambda n: SENTENCE, " "),
    "long_line": lambda size: _fill(size, lambda n: " ".join(ARTICLE.split("\n")), " "),
    "tiny_paragraphs": lambda size: _fill(size, lambda n: f"Para {n} ok.", "\n\n"),
}


def _calls(text: str) -> int:
    """How many Python functions (and generator steps) summarising `text` runs."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        summarise(text, engine="extractive")
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_text_costs_about_four_times_the_calls(shape: str) -> None:
    summarise(ARTICLE, engine="extractive")  # what is done once (patterns compiled, detector loaded) is not counted
    small, large = _calls(SHAPES[shape](8_000)), _calls(SHAPES[shape](32_000))
    # Linear work gives about 4 (3.2-3.6 measured); comparing each sentence, figure or clause with all the others
    # gave 14 for the repeated sentence.
    assert large / small < 5, (small, large)


def test_a_value_given_in_every_sentence_is_not_looked_up_again_for_each_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = 300
    calls = 0
    passage = counts._passage

    def counted(article: str, start: int, end: int) -> str:
        nonlocal calls
        calls += 1
        return passage(article, start, end)

    monkeypatch.setattr(counts, "_passage", counted)
    result = summarise(" ".join([SENTENCE] * sentences), engine="extractive")
    assert result.figures and result.figures[0].value == "2,400"
    # One look at each figure's own sentences; every place the value stands was read for every figure before
    # (300 x 300).
    assert calls <= 2 * sentences, calls
