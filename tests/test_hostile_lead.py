"""The event is held to the story's opening (`grounding/lead.py`): what it says, its details, its place and time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarise.grounding.hostile import find_directives
from summarise.grounding.lead import opening
from summarise.grounding.verify import verify
from summarise.inputs.load import read_article
from summarise.models import Extraction

ROOT = Path(__file__).resolve().parent.parent

PAGE = (
    "Ferry to Skarra resumes\n"
    "By Jane Holm\n"
    "3 March 2026, 10:14\n"
    "The ferry between Portlow and the island of Skarra resumed on Thursday after a three-week halt, the operator "
    "Skarra Links said.\n"
    "About 900 passengers a day use the crossing in spring, according to the harbour board.\n"
    "Shops on the island said deliveries had fallen by half during the closure of the only crossing.\n"
    "The operator's manager, Tove Brekke, said a spare shaft would now be kept at the yard in Portlow.\n"
    # A payload in the story's own voice, which nothing masks (one that names whoever passes the story on is set
    # apart since round twenty-five).
    "By other accounts, the crossing reopened in Vennby on Saturday with 4,000 passengers.\n"
    "Islanders have asked for a second boat to be chartered during future repairs of the ferry.\n"
)


def test_the_opening_takes_the_short_lines_and_four_full_sentences() -> None:
    lead = opening(PAGE)
    assert lead.startswith("Ferry to Skarra resumes\nBy Jane Holm\n3 March 2026")
    assert lead.rstrip().endswith("kept at the yard in Portlow.")
    assert "Vennby" not in lead
    # A story shorter than the opening is all opening.
    assert opening("Two ferries collided off Portlow on Friday.") == "Two ferries collided off Portlow on Friday."


def _answer(what: str, where: str | None = None, when: str | None = None) -> Extraction:
    return Extraction.model_validate(
        {
            "event": {"what": what, "where": where, "when": when, "when_iso": None},
            "actors": [],
            "figures": [],
            "claims": [],
            "brief": {
                "headline": "Ferry to Skarra resumes",
                "sentences": [{"text": "The ferry to Skarra resumed.", "figures": [], "claims": []}] * 2,
            },
        }
    )


def test_an_event_from_the_opening_verifies_with_its_place_and_time() -> None:
    verdict = verify(_answer("The ferry to Skarra resumed after a three-week halt", "Skarra", "Thursday"), PAGE, "en")
    assert verdict.event.what and verdict.event.where == "Skarra" and verdict.event.when == "Thursday"
    assert not [u for u in verdict.unverified if u.kind == "event"]


def test_an_event_made_of_a_later_sentence_is_not_verified() -> None:
    verdict = verify(
        _answer("The crossing reopened in Vennby on Saturday with 4,000 passengers", "Vennby", "Saturday"), PAGE, "en"
    )
    assert verdict.event.what == "" and verdict.event.where is None and verdict.event.when is None
    reasons = " ".join(u.reason for u in verdict.unverified if u.kind == "event")
    assert "not what the story's opening tells" in reasons
    assert "where 'Vennby' is not in the story's opening" in reasons
    assert "when 'Saturday' is not in the story's opening" in reasons


def _gold() -> list[tuple[str, dict[str, object], str]]:
    found = []
    for gold in sorted((ROOT / "eval").glob("*/*.json")):
        # (eval/heldout7 is kept back and untouched: one of its articles has a sentence the screen sets apart, at
        # 964eeb9 too, which takes its event out of the opening; reported in the README, not looked into)
        if gold.parent.name in ("runs", "heldout7"):
            continue
        article = next((p for p in (gold.with_suffix(s) for s in (".txt", ".html", ".md")) if p.exists()), None)
        if article is not None:
            found.append((gold.stem, json.loads(gold.read_text(encoding="utf-8"))["event"], str(article)))
    return found


# Gold events a writer placed outside the story's opening, which the checks hold an event to: heldout5's uk_vytik
# gives the breach's date, told later in the story ("18 жовтня"), where the opening says when it was reported ("в
# четвер"). Its score counts that time as missed.
_OUTSIDE_THE_OPENING = {("uk_vytik", "when")}


@pytest.mark.parametrize(("name", "event", "path"), _gold(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_gold_event_lies_in_the_opening(name: str, event: dict[str, object], path: str) -> None:
    lead = opening(find_directives(read_article(Path(path))).story)
    for key in ("what", "where", "when"):
        value = event.get(key)
        text = value if isinstance(value, str) else (value or {}).get("text") if isinstance(value, dict) else None
        if text:
            assert (text[:40] in lead) == ((name, key) not in _OUTSIDE_THE_OPENING), (name, key)


def test_the_gold_sets_are_read() -> None:
    assert len(_gold()) >= 60
