"""A checker of OpenAI's documented subset of JSON Schema for `strict: true` structured outputs, written for the
tests from OpenAI's Structured Outputs guide ("Supported schemas"), independently of summarise.engines.strict.

What the guide says, as checked here:
- the root is an object, and not `anyOf`;
- every object sets `additionalProperties: false` and lists every one of its properties in `required` (an
  optional field is a union with null);
- supported: string, number, boolean, integer, object, array, enum, anyOf, `$defs`/`$ref` (recursion too), const;
- composition keywords `allOf`, `not`, `dependentRequired`, `dependentSchemas`, `if`, `then`, `else` are not
  supported; nor, for fine-tuned models, `minLength`, `maxLength`, `pattern`, `format`, `minimum`, `maximum`,
  `multipleOf`, `patternProperties`, `unevaluatedProperties`, `propertyNames`, `minProperties`, `maxProperties`,
  `unevaluatedItems`, `contains`, `minContains`, `maxContains`, `minItems`, `maxItems`, `uniqueItems` (newer
  models take some of these; we hold to the subset every model takes);
- at most 5,000 object properties in all, 10 levels of nesting, 1,000 enum values, and 120,000 characters of
  property names, definition names, enum values and const values together.
"""

from __future__ import annotations

from typing import Any

ALLOWED = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "anyOf",
        "$defs",
        "definitions",
        "$ref",
        "description",
        "title",
    }
)
TYPES = frozenset({"string", "number", "boolean", "integer", "object", "array", "null"})
MAX_PROPERTIES = 5000
MAX_DEPTH = 10
MAX_ENUM_VALUES = 1000
MAX_NAME_CHARS = 120_000


def violations(schema: dict[str, Any]) -> list[str]:
    """Every way `schema` leaves OpenAI's documented strict subset; empty when it is inside it."""
    found: list[str] = []
    if schema.get("type") != "object":
        found.append("$: the root must be an object")
    if "anyOf" in schema:
        found.append("$: the root must not be anyOf")
    totals = {"properties": 0, "enum": 0, "chars": 0}
    definitions = {**schema.get("$defs", {}), **schema.get("definitions", {})}
    totals["chars"] += sum(len(name) for name in definitions)

    def visit(node: Any, path: str, depth: int) -> None:
        if not isinstance(node, dict):
            found.append(f"{path}: a schema must be an object")
            return
        for key in node:
            if key not in ALLOWED:
                found.append(f"{path}: keyword {key!r} is not supported")
        if "$ref" in node:
            if len(node) > 1:
                found.append(f"{path}: $ref beside other keywords")
            ref = node["$ref"]
            name = ref.rsplit("/", 1)[-1]
            if not ref.startswith("#/") or name not in definitions:
                found.append(f"{path}: $ref {ref!r} does not resolve")
            return
        kinds = node.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds] if kinds else []:
            if kind not in TYPES:
                found.append(f"{path}: type {kind!r} is not supported")
        if "enum" in node:
            totals["enum"] += len(node["enum"])
            totals["chars"] += sum(len(str(v)) for v in node["enum"])
        if "const" in node:
            totals["chars"] += len(str(node["const"]))
        is_object = kinds == "object" or (isinstance(kinds, list) and "object" in kinds) or "properties" in node
        if is_object:
            if depth > MAX_DEPTH:
                found.append(f"{path}: more than {MAX_DEPTH} levels of nesting")
            if node.get("additionalProperties") is not False:
                found.append(f"{path}: additionalProperties must be false")
            properties = node.get("properties", {})
            totals["properties"] += len(properties)
            totals["chars"] += sum(len(name) for name in properties)
            missing = [name for name in properties if name not in node.get("required", [])]
            if missing:
                found.append(f"{path}: not required: {', '.join(missing)}")
            for name, sub in properties.items():
                visit(sub, f"{path}.{name}", depth + 1)
        if "items" in node:
            visit(node["items"], f"{path}[]", depth)
        for i, option in enumerate(node.get("anyOf", [])):
            visit(option, f"{path}|{i}", depth)

    visit({k: v for k, v in schema.items() if k not in ("$defs", "definitions")}, "$", 1)
    for name, sub in definitions.items():
        visit(sub, f"$defs.{name}", 1)
    if totals["properties"] > MAX_PROPERTIES:
        found.append(f"$: {totals['properties']} object properties, more than {MAX_PROPERTIES}")
    if totals["enum"] > MAX_ENUM_VALUES:
        found.append(f"$: {totals['enum']} enum values, more than {MAX_ENUM_VALUES}")
    if totals["chars"] > MAX_NAME_CHARS:
        found.append(f"$: {totals['chars']} characters of names and values, more than {MAX_NAME_CHARS}")
    return found
