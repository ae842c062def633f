"""The review of rounds forty-two to forty-four with fresh eyes (tests/data/review44/README.md): 72 legitimate
sentences those rounds set apart. An obligation or a custom orders wording only with a cue to whom it is said; a
plea's that-clause is its wording, a rule's is not; "is expected to", "needs to" and "graag" are no moods; a
negated order orders nothing; those who saw, read or heard a text say what they think; a verb in the past tells
what was said; a Japanese editorial's "べき" and a Korean reported "달라" are no orders; the Russian "вы говорите"
is a question put to someone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarise.grounding.hostile import find_directives

_ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "review44" / "sentences.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def test_the_review_found_72_sentences_in_eleven_languages() -> None:
    assert len(_ROWS) == 72
    assert len({row["language"] for row in _ROWS}) == 11


@pytest.mark.parametrize("row", _ROWS, ids=[row["id"] for row in _ROWS])
def test_a_sentence_the_review_found_stays_the_storys(row: dict[str, str]) -> None:
    story = f"The council met on Tuesday.\n\n{row['text']}\n\nThe meeting ended at noon."
    directives = find_directives(story)
    assert not directives.spans
    assert directives.story == story
