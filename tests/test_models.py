"""The schemas: strict, described, and exported without drift."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from summarise import schema_export
from summarise.models import Extraction
from summarise.results import ArticleSummary


def _models(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[type[BaseModel]]:
    seen = set() if seen is None else seen
    seen.add(model)
    for field in model.model_fields.values():
        for arg in (*getattr(field.annotation, "__args__", ()), field.annotation):
            inner = getattr(arg, "__args__", ())
            for candidate in (arg, *inner):
                if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate not in seen:
                    _models(candidate, seen)
    return seen


@pytest.mark.parametrize("root", [ArticleSummary, Extraction])
def test_every_model_forbids_extra_fields_and_describes_every_field(root: type[BaseModel]) -> None:
    models = _models(root)
    assert len(models) >= 6
    for model in models:
        assert model.model_config.get("extra") == "forbid", model.__name__
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"


@pytest.mark.parametrize("name", sorted(schema_export.SCHEMAS))
def test_exported_schema_matches_the_models(name: str) -> None:
    shipped = schema_export.load(name)
    current = json.loads(schema_export.render(schema_export.SCHEMAS[name]))
    assert shipped == current, f"schemas/{name} is stale: run `python -m summarise.schema_export`"


def _extraction() -> dict[str, Any]:
    return {
        "event": {"what": "A strike ended", "where": "Valmera", "when": "Friday", "when_iso": None},
        "actors": [{"name": "Marta Ilves", "kind": "person", "role": "union secretary", "translation": None}],
        "figures": [
            {
                "value": "2,400",
                "number": 2400,
                "unit": None,
                "counts": "union members",
                "qualifier": None,
                "source": "the union",
                "translation": None,
            }
        ],
        "claims": [],
        "brief": {
            "headline": "Strike ends",
            "sentences": [{"text": t, "figures": [], "claims": []} for t in ("One.", "Two.")],
        },
    }


def test_extraction_rejects_unknown_keys_and_bad_values() -> None:
    Extraction.model_validate(_extraction())
    extra = _extraction()
    extra["event"]["mood"] = "tense"
    with pytest.raises(ValidationError, match="mood"):
        Extraction.model_validate(extra)
    bad_kind = _extraction()
    bad_kind["actors"][0]["kind"] = "alien"
    with pytest.raises(ValidationError, match="kind"):
        Extraction.model_validate(bad_kind)
    short_brief = _extraction()
    short_brief["brief"]["sentences"] = [{"text": "Only one.", "figures": [], "claims": []}]
    with pytest.raises(ValidationError, match="sentences"):
        Extraction.model_validate(short_brief)
    bad_ref = _extraction()
    bad_ref["brief"]["sentences"][0]["figures"] = [0]
    with pytest.raises(ValidationError, match="figures"):
        Extraction.model_validate(bad_ref)
    bad_date = _extraction()
    bad_date["event"]["when_iso"] = "14 March"
    with pytest.raises(ValidationError, match="when_iso"):
        Extraction.model_validate(bad_date)


def test_the_json_schema_is_generated_once_per_model_and_handed_out_as_a_copy(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pydantic.json_schema import GenerateJsonSchema

    from summarise.models import Extraction, without_translations

    model = without_translations(Extraction)
    first = model.model_json_schema()
    calls = []
    original = GenerateJsonSchema.generate
    monkeypatch.setattr(
        GenerateJsonSchema, "generate", lambda self, *a, **k: calls.append(1) or original(self, *a, **k)
    )
    first["properties"].clear()
    again = model.model_json_schema()
    assert calls == [], "the cached schema is used"
    assert again["properties"], "a caller's change to its copy is not seen by the next"
    assert model.model_json_schema(mode="serialization") and calls == [1], "other arguments are generated afresh"
