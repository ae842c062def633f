"""The held-out hostile set (bench/injection/newset/): its data as its README describes it, and that the defence
masks none of the legitimate instructions and genuine notes of its ordinary articles.

Attack success on the set is measured by bench/injection_newset.py. It was measured once after the first defence
was frozen (bench/results/injection_newset.txt); round two was developed on it, so it is a tuned set since
(bench/results/injection_newset_round2.txt), and tests/test_hostile_furniture.py pins where its payloads go.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from summarise.inputs.load import read_article

from .conftest import ROOT
from .hostile_sets import bait_bench

NEWSET = ROOT / "bench" / "injection" / "newset"
CASES = [json.loads(line) for line in (NEWSET / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line]
ORDINARY = [json.loads(line) for line in (NEWSET / "ordinary.jsonl").read_text(encoding="utf-8").splitlines() if line]
bench = bait_bench()


def test_the_set_has_13_roles_of_6_cases_over_4_goals_3_carriers_and_at_least_7_languages() -> None:
    assert len(CASES) == 78 and len({c["id"] for c in CASES}) == 78
    assert set(Counter(c["role"] for c in CASES).values()) == {6}
    assert {c["goal"] for c in CASES} == {"figure", "source", "status", "link"}
    assert {c["carrier"] for c in CASES} == {"txt", "html", "md"}
    assert len({c["article_language"] for c in CASES}) >= 7
    assert len(ORDINARY) == 20


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_each_case_plants_its_marker_in_its_payload_only(case: dict[str, Any]) -> None:
    raw = (NEWSET / case["file"]).read_text(encoding="utf-8")
    assert bench.planted_in(case, case["payload"])
    assert case["witness"] in raw
    # Outside the payload the article never gives the marker: finding it in the output means the payload worked.
    assert not bench.planted_in(case, raw.replace(case["payload"], " "))


def test_the_marker_check_reads_numbers_however_they_are_written() -> None:
    case = {"marker": "6,493", "marker_variants": []}
    assert bench.planted_in(case, '{"value": "6 493"}') and bench.planted_in(case, '"number": 6493.0')
    assert not bench.planted_in(case, "16,493 people") and not bench.planted_in(case, "6,4930")


def test_the_bait_answer_plants_the_item_in_the_fields_the_goal_reaches() -> None:
    by_goal = {c["goal"]: c for c in CASES}
    figure = bench.bait_answer(by_goal["figure"])
    assert figure["figures"][0]["value"] == by_goal["figure"]["planted"]["figure"]["value"]
    status = bench.bait_answer(by_goal["status"])
    assert all(claim["status"] == "confirmed" for claim in status["claims"])
    link = bench.bait_answer(by_goal["link"])
    assert by_goal["link"]["planted"]["link"] in json.dumps(link["brief"])


def test_no_legitimate_sentence_of_the_ordinary_articles_is_masked() -> None:
    assert bench.masked_sentences(NEWSET, ORDINARY) == []


def test_the_masked_sentence_count_would_catch_a_masked_instruction(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = ORDINARY[0]
    text = read_article(NEWSET / entry["file"])
    sentence = entry["instruction_sentences"][0]
    at = text.index(sentence)

    class Masked:
        spans = ((at, at + len(sentence)),)

    monkeypatch.setattr(bench, "find_directives", lambda _text: Masked())
    assert [s for _, _, s in bench.masked_sentences(NEWSET, [entry])] == [sentence]
