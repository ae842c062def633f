"""Our response schemas in OpenAI's strict subset: checked by tests/openai_strict.py (OpenAI's documented rules,
written apart from the code under test), sent with `strict: true` only to OpenAI's own API, and the constraints
the strict form drops still enforced by pydantic.

The completions served here are built in this file from the hand-authored answer in tests/authored/.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import BaseModel, ValidationError

from summarise import summarise
from summarise.engines.openai_compat import OpenAIEngine, takes_strict
from summarise.engines.strict import cached_strict_schema, strict_schema
from summarise.grounding.candidates import constrained_model, harvest
from summarise.models import Extraction, TranslatedBrief, without_translations
from summarise.pipeline.choices import Choices

from .conftest import EXAMPLES
from .fakes import completion, scripted_server
from .openai_strict import violations

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
AUTHORED = Path(__file__).parent / "authored"
VALID = json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1]

RESPONSE_MODELS: dict[str, type[BaseModel]] = {
    "Extraction": Extraction,
    "Extraction, brief in the article's language": without_translations(Extraction),
    "Extraction narrowed to the article's candidates": constrained_model(harvest(ARTICLE, "en")),
    "TranslatedBrief": TranslatedBrief,
    "Choices": Choices,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
def test_the_strict_schema_of_every_response_model_is_in_openais_subset(name: str) -> None:
    schema = RESPONSE_MODELS[name].model_json_schema()
    assert violations(strict_schema(schema)) == []


@pytest.mark.parametrize("name", sorted(RESPONSE_MODELS))
def test_the_checker_refuses_the_plain_schema(name: str) -> None:
    # The plain schemas carry maxLength, maxItems, defaults or optional properties: the checker must see them.
    assert violations(RESPONSE_MODELS[name].model_json_schema())


def test_the_checker_sees_each_rule() -> None:
    ok = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": False}
    assert violations(ok) == []
    assert violations({**ok, "additionalProperties": True}) == ["$: additionalProperties must be false"]
    assert violations({**ok, "required": []}) == ["$: not required: a"]
    assert violations({**ok, "properties": {"a": {"type": "string", "maxLength": 3}}}) == [
        "$.a: keyword 'maxLength' is not supported"
    ]
    assert "$: the root must be an object" in violations({"anyOf": [ok]})
    assert violations({**ok, "properties": {"a": {"$ref": "#/$defs/B", "description": "x"}}, "$defs": {"B": ok}}) == [
        "$.a: $ref beside other keywords"
    ]


def test_an_optional_property_becomes_a_union_with_null_and_every_property_is_required() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string", "maxLength": 5}, "b": {"type": "integer", "default": 3}},
        "required": ["a"],
    }
    strict = strict_schema(schema)
    assert strict == {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"anyOf": [{"type": "integer"}, {"type": "null"}]}},
        "required": ["a", "b"],
        "additionalProperties": False,
    }
    assert schema["properties"]["a"]["maxLength"] == 5, "the schema given is not changed"
    assert cached_strict_schema(schema) == strict


def test_every_optional_property_of_our_models_already_admits_null() -> None:
    # The strict form makes an optional property nullable; pydantic must then take the null the model may send.
    for name, model in RESPONSE_MODELS.items():
        strict = strict_schema(model.model_json_schema())
        plain = model.model_json_schema()
        for where in [plain, *plain.get("$defs", {}).values()]:
            for prop, sub in where.get("properties", {}).items():
                if prop not in where.get("required", []):
                    assert sub.get("type") == "null" or {"type": "null"} in sub.get("anyOf", []), (name, prop)
        assert strict


def test_a_valid_answer_meets_the_strict_schema_and_pydantic_still_holds_the_dropped_limits() -> None:
    model = without_translations(Extraction)
    strict = strict_schema(model.model_json_schema())
    answer = {**VALID, "actors": [{**a, "translation": None} for a in VALID["actors"]]}
    answer["figures"] = [{**f, "translation": None} for f in answer["figures"]]
    answer["claims"] = [{**c, "translation": None} for c in answer["claims"]]
    jsonschema.validate(answer, strict)
    model.model_validate(answer)
    too_long = {**answer, "brief": {**answer["brief"], "headline": "x" * 1000}}
    jsonschema.validate(too_long, strict)  # maxLength is not in the strict form...
    with pytest.raises(ValidationError):
        model.model_validate(too_long)  # ...and pydantic still refuses it


def test_only_openais_api_takes_strict() -> None:
    assert takes_strict(None)
    assert takes_strict("https://api.openai.com/v1")
    assert takes_strict("https://my-deployment.openai.azure.com/openai/deployments/x")
    assert not takes_strict("http://127.0.0.1:8080/v1")
    assert not takes_strict("https://api.openai.com.example.org/v1")


def _sent(strict: bool | None, mode: str) -> dict[str, object]:
    with scripted_server([completion(json.dumps(VALID))]) as (url, script):
        engine = OpenAIEngine(model="authored", base_url=url, api_key=None, timeout=5, transport_retries=0, mode=mode,
                              strict=strict)  # fmt: skip
        summarise(ARTICLE, engine=engine, grounding_reasks=0, reasks=0)
    return script.requests[0]


def test_a_strict_endpoint_gets_the_strict_schema_with_strict_true() -> None:
    sent = _sent(True, "json_schema")
    spec = sent["response_format"]["json_schema"]  # type: ignore[index]
    assert spec["strict"] is True
    assert violations(spec["schema"]) == []


def test_tools_on_a_strict_endpoint_are_strict_too() -> None:
    sent = _sent(True, "tools")
    (tool,) = sent["tools"]  # type: ignore[misc]
    assert tool["function"]["strict"] is True
    assert violations(tool["function"]["parameters"]) == []


def test_another_server_gets_the_whole_schema_without_strict() -> None:
    sent = _sent(None, "json_schema")
    spec = sent["response_format"]["json_schema"]  # type: ignore[index]
    assert "strict" not in spec
    assert "maxLength" in json.dumps(spec["schema"]), "a server that decodes by grammar can enforce every limit"
