"""A JSON Schema made into OpenAI's strict subset, for `strict: true` structured outputs.

OpenAI guarantees an answer's schema only with `strict: true`, and accepts it only for a schema inside its
documented subset: every object closed (`additionalProperties: false`) with every property required, an
optional property written as a union with null, no `allOf`/`not`/`if`/`then`/`else`/`dependent*`, no `$ref`
beside other keys, a root that is an object, and none of the keywords its docs list as unsupported for some
models (`minLength`, `maxLength`, `pattern`, `format`, `minimum`, `maximum`, `multipleOf`, `minItems`,
`maxItems`, `uniqueItems`, `contains`, `patternProperties`, `propertyNames`, `minProperties`...). Those
constraints are dropped here, where they would be refused, and still hold: pydantic checks every answer
against the full model on our side.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

# Keywords OpenAI's strict mode refuses for some or all models; the answer is still validated against them.
DROPPED = frozenset(
    {
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
        "minContains",
        "maxContains",
        "unevaluatedItems",
        "patternProperties",
        "unevaluatedProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        # Every property is required in strict mode: a default means nothing to the model.
        "default",
    }
)


def _nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if "enum" in schema and None in schema["enum"]:
        return True
    return any(_nullable(option) for option in schema.get("anyOf", []) if isinstance(option, dict))


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = root
    for key in ref.removeprefix("#/").split("/"):
        node = node[key]
    return dict(node)


def _strict(node: Any, root: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_strict(item, root) for item in node]
    if not isinstance(node, dict):
        return node
    node = dict(node)
    if "$ref" in node and len(node) > 1:
        # A $ref beside other keys (a description) is refused: the definition is written out in its place.
        ref = node.pop("$ref")
        node = {**_resolve(root, ref), **node}
    all_of = node.pop("allOf", None)
    if all_of is not None:
        if len(all_of) != 1:
            raise ValueError("allOf of more than one schema has no strict form")
        only = all_of[0]
        node = {**(_resolve(root, only["$ref"]) if "$ref" in only else only), **node}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROPPED:
            continue
        if key in ("properties", "$defs", "definitions"):
            out[key] = {name: _strict(sub, root) for name, sub in value.items()}
        elif key in ("items", "anyOf", "additionalProperties"):
            out[key] = _strict(value, root)
        else:
            out[key] = value
    properties = out.get("properties")
    if out.get("type") == "object" or properties is not None:
        properties = properties or {}
        required = set(node.get("required", []))
        for name, sub in properties.items():
            if name not in required and not _nullable(sub):
                properties[name] = {"anyOf": [sub, {"type": "null"}]}
        out["properties"] = properties
        out["required"] = list(properties)
        out["additionalProperties"] = False
    return out


def strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` (a JSON Schema of an object, as pydantic writes it) in OpenAI's strict subset; `schema` is not
    changed. Raises ValueError for a schema that has no strict form (a root that is not an object, allOf)."""
    if schema.get("type") != "object" or "anyOf" in schema:
        raise ValueError("a strict schema's root must be an object, not a union")
    return _strict(copy.deepcopy(schema), schema)


@lru_cache(maxsize=64)
def _cached(text: str) -> str:
    return json.dumps(strict_schema(json.loads(text)))


def cached_strict_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`strict_schema(schema)`, computed once per distinct schema (a response model's schema is sent again on
    every call of every article)."""
    return json.loads(_cached(json.dumps(schema, sort_keys=False)))
