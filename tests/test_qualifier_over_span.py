"""'over' between a change and a span of time gives the span's length ("rose 8% over four years"), not "more than";
where it stands alone before the span ("jailed for over 10 years", "over 20 years ago", "lasted over three hours")
it keeps "more than"."""

from __future__ import annotations

import pytest

from summarise.grounding.numbers import find_figures


def _qualifiers(text: str) -> dict[str, str | None]:
    return {text[f.span_start : f.span_end]: f.qualifier for f in find_figures(text, "en")}


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        # (a span after a change: its length)
        ("Sales rose 8% over four years.", "four", None),
        ("Prices climbed 12 per cent over 5 years.", "5", None),
        ("The plant will add 300 jobs over two years.", "two", None),
        ("Revenue grew by £2m over three years.", "three", None),
        ("The work is spread over three days.", "three", None),
        ("The cost will be paid over ten years.", "ten", None),
        # (alone before the span, or a span back in time: more than)
        ("He was jailed for over 10 years.", "over 10", "more than"),
        ("That happened over 20 years ago.", "over 20", "more than"),
        ("The meeting lasted over three hours.", "over three", "more than"),
        ("Sales rose 8% over 20 years ago.", "over 20", "more than"),
        # (a change then "over" before a count that is no span: more than)
        ("Sales rose 8%, with over 300 shops open.", "over 300", "more than"),
        ("The plant added 300 jobs over 50 of them new.", "over 50", "more than"),
    ],
)
def test_over_before_a_span(text: str, written: str, qualifier: str | None) -> None:
    assert _qualifiers(text)[written] == qualifier
