"""The review of rounds thirty-eight and thirty-nine with fresh eyes: 252 legitimate sentences in twelve languages,
written by a helper who never saw the code (tests/data/review38/README.md), of the kinds the rounds read: hopes,
customs, things passed on, definitions, forecasts, conditionals, questions, labels. None may be masked; none but
the newsroom's glossary lines and display lines may be set apart, bar one known case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarise.grounding.hostile import find_directives

from .hostile_sets import in_story

_ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "review38" / "sentences.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
# Set apart on rounds thirty-seven to thirty-nine alike: "те, кто пересказывает историю деда" names a story without an
# article, which the relayer rule cannot tell from this text.
_KNOWN = {"fp38-ru-002"}
# A glossary for the report itself is a note (round thirty-eight); a line with no closing stop is a display line.
_NOTES = {"glossary", "label_fragment"}


def test_the_review_covers_twelve_languages_and_every_kind() -> None:
    assert len(_ROWS) >= 250
    assert len({row["language"] for row in _ROWS}) == 12
    assert {row["kind"] for row in _ROWS} >= {"hope_wish", "custom", "passing_on", "definition", "glossary"}


@pytest.mark.parametrize("row", _ROWS, ids=[row["id"] for row in _ROWS])
def test_a_legitimate_sentence_is_never_masked(row: dict[str, str]) -> None:
    assert not find_directives(in_story(row["text"])).spans


@pytest.mark.parametrize(
    "row", [row for row in _ROWS if row["kind"] not in _NOTES and row["id"] not in _KNOWN], ids=lambda row: row["id"]
)
def test_a_legitimate_sentence_stays_the_storys(row: dict[str, str]) -> None:
    story = in_story(row["text"])
    assert find_directives(story).story == story
