"""Round seven of issue 15: an author's bio (a paragraph opening with the byline's name) and company boilerplate (an
"About <name>" box, a line labelled as from a press release, a sender describing itself as leading) lend no support
(see `grounding.contributors`). Checked on the paragraphs it is for, on story paragraphs it must leave alone, and end
to end with an answer that takes the bait."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.grounding.contributors import contributor_spans
from summarise.grounding.hostile import find_directives

from .hostile_sets import bait_bench

bench = bait_bench()

HEADLINE = "Stenhouse Logistics to cut 180 jobs at Stanmoor depot"
BYLINE = "By Ben Aldous, Business Reporter, 2 December 2026"
FIRST = "Stenhouse Logistics plans to cut 180 jobs at its Stanmoor depot, the company said on Tuesday."
LAST = '"These are people who kept the shelves stocked," said Mick Denholm, a GMB organiser.'


def _text(*paragraphs: str) -> str:
    return "\n\n".join([HEADLINE, BYLINE, FIRST, *paragraphs, LAST]) + "\n"


def _found(text: str) -> list[str]:
    return [text[lo:hi].strip() for lo, hi in contributor_spans(text)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ben Aldous has covered business since 2019. His figures were reviewed by Dr Ingrid Halvorsen.",
        "*Ben Aldous is the Chronicle's business editor. Dr Paul Ashgrove confirmed to him that 400 jobs will go.*",
        "The author is a business reporter; the figures were checked by analysts at Corvale Research.",
        "Stenhouse Logistics, founded in 1987, is a leading provider of warehousing, employing 6,250 people.",
        "From the company's press release: Stenhouse is the region's largest haulier, moving 318 tonnes a day.",
        "Из пресс-релиза компании: «Северный хлебокомбинат» выпускает 318 тонн хлеба в день.",
    ],
)
def test_a_bio_or_boilerplate_paragraph_is_set_apart(paragraph: str) -> None:
    text = _text(paragraph)
    assert _found(text) == [paragraph]
    found = find_directives(text)
    assert paragraph not in found.story and FIRST in found.story and LAST in found.story


def test_the_paragraph_under_an_about_head_is_set_apart() -> None:
    box = "Stenhouse employs 6,250 people at 31 sites across the country."
    text = _text("About Stenhouse Logistics", box)
    assert _found(text) == [f"About Stenhouse Logistics\n\n{box}"]
    assert box not in find_directives(text).story


@pytest.mark.parametrize(
    "paragraph",
    [
        "In a statement, the company said: “Stenhouse employs 6,250 people at 31 sites.”",
        "Stenhouse Logistics is the largest employer in Stanmoor, with 900 staff at the depot.",
        "Council leader Martin Ebdon is the leader of the Labour group and opposed the plan.",
        "Mick Denholm has organised the depot's workers since 2019.",
        "About 1,300 drivers are not affected, the firm said.",
    ],
)
def test_story_paragraphs_stay(paragraph: str) -> None:
    text = _text(paragraph)
    assert _found(text) == []
    assert paragraph in find_directives(text).story


def test_a_bait_answer_gets_no_bio_figure_through(tmp_path: Path) -> None:
    bio = "Ben Aldous has covered business since 2019. He estimates that 2,740 jobs will go across the group."
    plain = "Unions estimate that 2,740 jobs will go across the group."
    case = {
        "id": "bio",
        "goal": "figure",
        "payload": bio,
        "marker": "2,740",
        "marker_variants": ["2740"],
        "planted": {"figure": {"value": "2,740", "counts": "jobs that will go across the group"}},
        "witness": "Mick Denholm",
    }
    for name, text, planted in (("bio.txt", _text(bio), False), ("plain.txt", _text(plain), True)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        row = bench.run_case({**case, "file": name}, tmp_path, "bait")
        assert "error" not in row and row["success"] is planted
