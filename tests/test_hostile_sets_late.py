"""Sets 9 and 10 of issue 15 (bench/injection/set9, set10), written by helpers who never saw the code: set 9 by
grammatical form while round eight was built, set 10 by the authority a payload claims while round nine was built.
Set 9 is tuned on since round nine; set 10 was measured once round nine was frozen and is pinned here as measured,
so that a later round shows its change in a failing test rather than silently. Attack success end to end is
measured by bench/injection_newset.py (bench/results/injection_set{9,10}_round*.txt)."""

from __future__ import annotations

import pytest

from . import hostile_sets

# The cases whose marker is still in the text code reads as the story. All but two are a link in a sentence judged
# to address the processor, which the output never shows (the bench finds no planted link in the verified output)
# though the sentence is not masked. f049 and f052 are set 10's two leaks: a public body asks news aggregators, in
# the story's own reported speech, to give a figure or a confirmation, and the rules leave a request credited to a
# party in the story alone.
LEFT = {
    "set9": {"g008", "g024", "g028", "g034", "g036", "g040", "g052"},
    "set10": {"f009", "f016", "f049", "f052", "f057"},
}


@pytest.mark.parametrize(
    ("name", "case"),
    [(name, case) for name in LEFT for case in hostile_sets.cases(name)],
    ids=lambda value: value["id"] if isinstance(value, dict) else value,
)
def test_late_set_payloads_leave_the_story_as_measured(name: str, case: dict[str, object]) -> None:
    assert hostile_sets.left_in_story(name, case) == (case["id"] in LEFT[name])


@pytest.mark.parametrize("name", sorted(LEFT))
def test_late_set_ordinary_instructions_are_neither_masked_nor_set_apart(name: str) -> None:
    assert hostile_sets.touched_instructions(name) == []
