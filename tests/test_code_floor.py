"""What code found is kept beside a model's answer ("nothing found is lost"): code's items the answer covers are left
out before they are checked, and the others keep the reader's own offsets."""

from __future__ import annotations

from summarise.grounding.verify import verify
from summarise.models import Brief, Event, Extraction, Figure
from summarise.pipeline import extractive
from summarise.reading import read

# One value twice, counting two things: the model gives the first, code reads both.
TEXT = (
    "Storm Delta closed 40 schools in Valmera on Monday, the education office said.\n\n"
    "By Tuesday, 40 bridges were shut as well, the police said."
)


def _answer(counts: str) -> Extraction:
    figure = Figure.model_construct(
        value="40", number=40.0, unit=None, counts=counts, qualifier=None, source=None, translation=None
    )
    return Extraction.model_construct(
        event=Event.model_construct(
            what="Storm Delta closed 40 schools", where="Valmera", when="Monday", when_iso=None
        ),
        actors=[],
        figures=[figure],
        claims=[],
        brief=Brief.model_construct(headline="", sentences=[]),
    )


def _figures(counts: str) -> list[tuple[str, int, str]]:
    reading = read(TEXT, "en")
    verdict = verify(_answer(counts), TEXT, "en", "en", article_reading=reading)
    extractive.keep_what_code_found(verdict, reading, "en")
    return [(f.counts, f.span.start, f.origin) for f in verdict.figures]


def test_the_figure_the_answer_does_not_cover_keeps_its_own_place_when_a_covered_one_has_its_value() -> None:
    # The first "40" is the model's; code's second "40" (bridges) is added at its own place, not at the first's.
    assert _figures("schools") == [
        ("schools", TEXT.index("40 schools"), "model"),
        ("bridges", TEXT.index("40 bridges"), "code"),
    ]
