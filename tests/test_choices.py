"""Answers by choice (protocol 'choices'): the model answers with ids and labels, code resolves them to the
article's exact text, and the same checks as for a whole-schema answer decide what is shown.

The answers are authored by hand by the team (tests/authored/choices/), served on 127.0.0.1; each faulty one
is the right answer with one edit.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summarise import summarise
from summarise.cli import main
from summarise.errors import ConfigurationError

from .conftest import EXAMPLES
from .fakes import completion, scripted_server

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
AUTHORED = Path(__file__).parent / "authored" / "choices"


def _right() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((AUTHORED / "port_strike.json").read_text(encoding="utf-8"))
    data.pop("_comment")
    return data


def _ask(*answers: dict[str, Any], **options: Any) -> tuple[Any, list[dict[str, Any]]]:
    with scripted_server([completion(json.dumps(a)) for a in answers]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", protocol="choices", **options)
    return result, script.requests


def test_the_prompt_numbers_codes_items_and_asks_for_choices() -> None:
    result, requests = _ask(_right())
    (request,) = requests
    prompt = request["messages"][-1]["content"]
    assert 'F1: "2,400"' in prompt and 'F4: "about 12 million euros"' in prompt
    assert "C6:" in prompt and "names of this sentence: N5, N3" in prompt
    assert "N4: Jonas Perk (code's kind: person)" in prompt
    schema = request["response_format"]["json_schema"]
    assert schema["name"] == "Choices"
    assert schema["schema"]["$defs"]["FigureLabel"]["properties"]["id"]["pattern"] == "^F[0-9]{1,3}$"
    assert result.metadata.protocol == "choices" and result.metadata.prompt_template == "choices.v1"
    assert result.grounding.reasks == 0 and result.unverified == []


def test_ids_resolve_to_the_articles_exact_text_with_the_models_labels() -> None:
    result, _ = _ask(_right())
    figures = {f.value: f for f in result.figures}
    assert figures["more than 40"].counts == "ships held at anchor" and figures["more than 40"].origin == "chosen"
    span = figures["about 12 million euros"].span
    assert ARTICLE[span.start : span.end] == "about 12 million euros"
    claims = {c.source: c for c in result.claims if c.origin == "chosen"}
    assert set(claims) == {"union", "Jonas Perk", "Valmera Courier"}
    courier = claims["Valmera Courier"]
    assert courier.status == "reported" and courier.statement == "The strike cost shippers about 12 million euros."
    assert ARTICLE[courier.evidence_span.start : courier.evidence_span.end] == courier.evidence
    kinds = {a.name: a.kind for a in result.actors}
    assert kinds["Valmera Courier"] == "media_outlet" and kinds["Marta Ilves"] == "person"
    assert result.brief.headline == "Valmera dock workers end three-day strike with pay deal"
    assert [s.figures for s in result.brief.sentences] == [[], [1, 2], [4]]


def test_what_the_model_leaves_out_code_still_shows() -> None:
    answer = _right()
    answer["claims"] = answer["claims"][:1]
    result, _ = _ask(answer)
    by_origin = {c.origin for c in result.claims}
    assert by_origin == {"chosen", "code"} and len(result.claims) == 6, "code's six claims, one labelled by the model"


@pytest.mark.parametrize(
    ("edit", "kind", "reason"),
    [
        (lambda a: a["figures"].append({"id": "F9", "counts": "ships"}), "figure", "there is no figure F9"),
        (lambda a: a["actors"].append({"id": "N42", "kind": "person", "role": "x"}), "actor", "there is no name N42"),
        (
            lambda a: a["claims"].append({"id": "C1", "source": "N4", "status": "claimed", "statement": "x y z"}),
            "claim",
            "N4 is not a name of the sentence of C1",
        ),
        (
            lambda a: a["claims"][1].update(statement="Jonas Perk said the port would close for a month."),
            "claim",
            "",
        ),
        (
            lambda a: a["figures"][2].update(counts="containers lost at sea"),
            "figure",
            "",
        ),
        (
            lambda a: a["added_figures"].append(
                {
                    "value": "500 trucks",
                    "number": 500,
                    "unit": None,
                    "counts": "trucks",
                    "qualifier": None,
                    "source": None,
                    "translation": None,
                }
            ),
            "figure",
            "",
        ),
        (lambda a: a["actors"][0].update(kind="person"), "actor", "its kind 'person' does not fit"),
        (lambda a: a["actors"][1].update(role="secretary of the Harlow dockers"), "actor", "names 'Harlow'"),
        (lambda a: a["brief"].update(headline="<article> Dock strike ends"), "headline", ""),
        (
            lambda a: a["brief"]["sentences"][1].update(
                text="The union said its 2,400 members accepted a wage rise of 6.5 percent in one month."
            ),
            "brief_sentence",
            "",
        ),
    ],
    ids=[
        "unknown figure id",
        "unknown name id",
        "source not in the claim's sentence",
        "invented statement",
        "counted thing not in the sentence",
        "added figure not in the article",
        "a union labelled a person",
        "a role naming what the article does not",
        "markup in the headline",
        "figure moved to another period",
    ],
)
def test_a_wrong_choice_is_caught_with_its_reason_and_reasked_once(edit: Any, kind: str, reason: str) -> None:
    wrong = copy.deepcopy(_right())
    edit(wrong)
    result, requests = _ask(wrong, wrong)
    assert len(requests) == 2, "one grounding re-ask"
    reask = requests[1]["messages"]
    assert reask[-2]["role"] == "assistant" and json.loads(reask[-2]["content"])["what"] == wrong["what"]
    failed = [u for u in result.unverified if u.kind == kind]
    assert failed, [(u.kind, u.reason) for u in result.unverified]
    assert reason in failed[0].reason
    assert failed[0].reason in reask[-1]["content"] or failed[0].reason[:60] in reask[-1]["content"]
    assert len(result.figures) >= 4 and len(result.claims) >= 6, "code's items stay whatever the model gets wrong"


def test_a_corrected_answer_after_the_reask_is_kept() -> None:
    wrong = copy.deepcopy(_right())
    wrong["figures"].append({"id": "F9", "counts": "ships"})
    result, requests = _ask(wrong, _right())
    assert len(requests) == 2 and result.unverified == [] and result.grounding.reasks == 1


def test_an_added_claim_quoted_from_the_article_is_checked_and_kept() -> None:
    answer = _right()
    answer["claims"] = []
    answer["added_claims"] = [
        {
            "statement": "Cargo handling would return to normal by Monday.",
            "source": "Jonas Perk",
            "channel": "in a statement",
            "status": "claimed",
            "evidence": "Its chief executive, Jonas Perk, said in a statement that cargo handling would return to "
            "normal by Monday.",
            "translation": None,
        }
    ]
    result, _ = _ask(answer)
    perk = [c for c in result.claims if c.source == "Jonas Perk"]
    assert len(perk) == 1 and perk[0].origin == "model" and perk[0].channel == "in a statement"


def test_additions_past_the_schemas_cap_are_listed_not_a_crash() -> None:
    answer = _right()
    answer["claims"] = [
        {"id": f"C{i}", "source": source, "status": "claimed", "statement": statement}
        for i, source, statement in [
            (1, "N1", "Dock workers returned to work on Friday after a three-day strike ended with a pay deal."),
            (2, "N6", "Its 2,400 members had accepted a wage rise of 6.5 percent over two years."),
            (3, "N2", "This deal recognises the work our members do in all weathers."),
            (4, "N3", "More than 40 ships had been held at anchor during the stoppage."),
            (5, "N4", "Cargo handling would return to normal by Monday."),
            (6, "N5", "The strike cost shippers about 12 million euros."),
        ]
    ]
    answer["claims"][5]["status"] = "reported"
    extra = {
        "statement": "Cargo handling would return to normal by Monday.",
        "source": "Jonas Perk",
        "channel": None,
        "status": "claimed",
        "evidence": "Its chief executive, Jonas Perk, said in a statement that cargo handling would return to normal "
        "by Monday.",
        "translation": None,
    }
    answer["added_claims"] = [extra]
    result, _ = _ask(answer)
    assert len(result.claims) == 6
    (past,) = [u for u in result.unverified if "the schema's cap" in u.reason]
    assert past.kind == "claim" and past.reason == "more than 6 claims: the schema's cap"


def test_the_protocol_is_chosen_from_the_cli_and_the_environment(tmp_path: Path, monkeypatch: Any) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with scripted_server([completion(json.dumps(_right()))]) as (url, script):
        ran = CliRunner().invoke(
            main, [str(article), "--base-url", url, "-m", "authored", "--protocol", "choices", "--format", "json"]
        )
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.stdout)["metadata"]["protocol"] == "choices"
    assert script.requests[0]["response_format"]["json_schema"]["name"] == "Choices"
    monkeypatch.setenv("SUMMARISE_PROTOCOL", "choise")
    with pytest.raises(ConfigurationError, match="SUMMARISE_PROTOCOL"):
        summarise(ARTICLE, base_url="http://127.0.0.1:9/v1", model="x")


@pytest.mark.vcr
def test_recorded_choices_of_the_bundled_model_are_resolved_and_checked() -> None:
    """The bundled model's own answer by choice (cassette recorded from `summarise serve`): whatever it chose is
    at code's place in the article, and nothing code found is lost."""
    from summarise.pipeline import extractive
    from summarise.reading import read

    from .conftest import RECORD_BASE_URL, RECORD_MODEL

    result = summarise(ARTICLE, base_url=RECORD_BASE_URL, model=RECORD_MODEL, protocol="choices")
    assert result.metadata.protocol == "choices" and result.metadata.attempts
    text = ARTICLE.strip()
    code = extractive.code_verdict(read(text, "en"), "en")
    code_figures = {(f.span.start, f.span.end) for f in code.figures}
    for figure in result.figures:
        assert text[figure.span.start : figure.span.end] == figure.value
        if figure.origin == "chosen":
            assert (figure.span.start, figure.span.end) in code_figures
    for claim in result.claims:
        assert text[claim.evidence_span.start : claim.evidence_span.end] == claim.evidence
        if claim.origin == "chosen":
            assert claim.source.lower() in claim.evidence.lower(), "a source among the names of its sentence"
    assert {(f.span.start, f.span.end) for f in result.figures} >= code_figures, "never less than code found"
    assert len(result.claims) >= len(code.claims)
    assert all(u.reason for u in result.unverified)
