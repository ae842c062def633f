"""Help by construction: the harvested candidates, and a schema that only admits them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from summarise.grounding.candidates import constrained_model, harvest
from summarise.inputs.load import check_text
from summarise.models import Extraction
from summarise.pipeline import loop as pipeline

from .conftest import EXAMPLES

ARTICLE = check_text((EXAMPLES / "port_strike.txt").read_text(encoding="utf-8"))
GOOD: dict[str, Any] = json.loads((Path(__file__).parent / "authored" / "port_strike_grounded.json").read_text())
GOOD.pop("_comment")


def test_harvest_finds_names_figures_and_whole_sentences() -> None:
    found = harvest(ARTICLE, "en")
    for name in ("Marta Ilves", "Jonas Perk", "Port of Valmera", "Valmera Courier", "Perk"):
        assert name in found.names
    assert "of Valmera" not in found.names, "a name does not start on a joining word"
    assert {"2,400", "6.5 percent", "more than 40", "about 12 million euros"} <= set(found.figures)
    assert "14 March 2025" not in found.figures, "dates are not figure candidates"
    assert "The union said its 2,400 members had accepted a wage rise of 6.5 percent over two years." in (
        found.sentences
    ), "a decimal point does not end a sentence"
    assert all(s in ARTICLE for s in (*found.names, *found.figures, *found.sentences))


def test_harvest_on_text_without_case_or_spaces() -> None:
    found = harvest("北京市政府周三表示，约1.1万人已被疏散。官员说，损失仍在统计中。", "zh")
    assert found.names == ()
    assert "约1.1万" in found.figures or "1.1万" in found.figures
    assert len(found.sentences) == 2


def test_constrained_schema_admits_only_candidates() -> None:
    model = constrained_model(harvest(ARTICLE, "en"))
    answer = dict(GOOD)
    answer["claims"] = [c for c in GOOD["claims"] if c["source"] != "The union"]
    answer["figures"] = [{**f, "source": None} for f in GOOD["figures"]]
    answer["brief"] = {
        "headline": GOOD["brief"]["headline"],
        "sentences": [{"text": s["text"], "figures": [], "claims": []} for s in GOOD["brief"]["sentences"]],
    }
    parsed = model.model_validate(answer)
    # An answer made of candidates is admitted whole: item for item what the plain schema reads, and every
    # name, figure and piece of evidence a span of the article.
    assert parsed.actors and parsed.figures and parsed.claims
    assert parsed.model_dump() == Extraction.model_validate(answer).model_dump()
    spans = [a.name for a in parsed.actors] + [f.value for f in parsed.figures] + [c.evidence for c in parsed.claims]
    assert all(span in ARTICLE for span in spans)
    invented = json.loads(json.dumps(answer))
    invented["figures"][0]["value"] = "12,000"
    with pytest.raises(ValidationError, match="figures"):
        model.model_validate(invented)
    misnamed = json.loads(json.dumps(answer))
    misnamed["actors"][0]["name"] = "Valmera Dockworkers"
    with pytest.raises(ValidationError, match="actors"):
        model.model_validate(misnamed)
    paraphrased = json.loads(json.dumps(answer))
    paraphrased["claims"][0]["evidence"] = "Perk said cargo would be normal by Monday."
    with pytest.raises(ValidationError, match="claims"):
        model.model_validate(paraphrased)
    schema = json.dumps(model.model_json_schema())
    assert '"enum"' in schema and "Marta Ilves" in schema


def test_article_without_numbers_allows_no_figures() -> None:
    model = constrained_model(harvest("The minister resigned on Monday after the vote. Nobody else left.", "en"))
    assert model.model_json_schema()["properties"]["figures"]["maxItems"] == 0


def test_prepare_uses_the_constrained_model_only_when_asked() -> None:
    plain = pipeline.prepare(ARTICLE, template=None, languages=[], max_output_tokens=512)
    assert issubclass(plain.response_model, Extraction)
    assert '"enum": ["Dock"' not in json.dumps(plain.response_model.model_json_schema())
    helped = pipeline.prepare(ARTICLE, template=None, languages=[], max_output_tokens=512, candidates=True)
    assert issubclass(helped.response_model, Extraction)
    assert "Marta Ilves" in json.dumps(helped.response_model.model_json_schema())


def test_translations_are_asked_for_only_when_the_brief_language_differs() -> None:
    same = pipeline.prepare(ARTICLE, template=None, languages=["en"], max_output_tokens=512)
    other = pipeline.prepare(ARTICLE, template=None, languages=["ko"], max_output_tokens=512)
    actor = "Actor"
    same_schema = same.response_model.model_json_schema()["$defs"][actor]["properties"]["translation"]
    other_schema = other.response_model.model_json_schema()["$defs"][actor]["properties"]["translation"]
    assert same_schema["type"] == "null"
    assert {"type": "string"} in [{"type": t.get("type")} for t in other_schema["anyOf"]]
