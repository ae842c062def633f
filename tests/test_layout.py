"""The package's shape: sub-packages in layers that follow the data, no import cycle, no import that runs up
the layers, modules of a readable size, and the public names of `summarise` pinned."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import summarise

PACKAGE = Path(summarise.__file__).resolve().parent

# From the top down: a module may import its own layer and the layers below it, never one above.
LAYERS: list[set[str]] = [
    {"cli", "__main__", "schema_export"},  # the command line, and the script that writes schemas/
    {"batch", "serve", "evaluation"},  # drivers of the library from above
    {"api"},  # the library's face: summarise() and asummarise()
    {"output"},  # rendering one summary
    {"pipeline"},  # prompts, engine calls, re-asks, merging, code's own answer
    {"engines"},  # talking to models, and only that
    {"inputs", "reading", "grounding"},  # loading the article, code's reading of it, the checks
    # shared by all
    {"errors", "defaults", "language", "models", "results", "settings", "prices", "deadline", "memo", "patterns"},
]
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Every module's imports of the package's own modules: at the top, in functions and under TYPE_CHECKING."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                wanted = ([target] if node.module else []) + [f"{target}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            else:
                continue
            graph[name].update(t for t in wanted if t in modules and t != name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> int:
    head = module.split(".")[1]
    for number, layer in enumerate(LAYERS):
        if head in layer:
            return number
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in tests/test_layout.py")


MODULES = _modules()
GRAPH = _imports(MODULES)


def test_the_graph_sees_imports_of_every_form():
    """The reader of imports itself: relative, absolute, in functions and under TYPE_CHECKING."""
    assert "summarise.pipeline.loop" in GRAPH["summarise.api"]  # `from .pipeline import loop as pipeline`
    assert "summarise.batch.records" in GRAPH["summarise.batch.accounting"]  # under TYPE_CHECKING
    assert "summarise.engines.embedded" in GRAPH["summarise.engines"]  # inside a function
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle():
    assert _cycles(GRAPH) == []


def test_every_module_has_a_layer_and_imports_only_its_own_or_lower_layers():
    upward = [
        f"{module} -> {target}"
        for module, targets in sorted(GRAPH.items())
        if module != "summarise"  # the package's face re-exports from every layer
        for target in sorted(targets)
        if target != "summarise" and _layer(target) < _layer(module)
    ]
    assert upward == []


def test_only_the_entry_point_imports_the_command_line():
    importers = sorted(m for m, targets in GRAPH.items() if any(t.startswith("summarise.cli") for t in targets))
    assert [m for m in importers if not m.startswith("summarise.cli")] == ["summarise.__main__"]


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_longer_than_the_limit(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[module].relative_to(PACKAGE.parent)} has {lines} lines"


PUBLIC = [
    "Actor",
    "Article",
    "ArticleSummary",
    "BatchItem",
    "BatchResult",
    "Brief",
    "Claim",
    "ConfigurationError",
    "DeadlineExceededError",
    "Event",
    "Extraction",
    "FetchError",
    "Figure",
    "InputError",
    "ItemError",
    "Metadata",
    "ModeRejectedError",
    "ModelRequestError",
    "ModelUnavailableError",
    "OutputValidationError",
    "OutputWriteError",
    "PromptTemplate",
    "ResultCache",
    "Settings",
    "SummariseError",
    "SummariseRows",
    "Tally",
    "__version__",
    "asummarise",
    "load_article",
    "read_article",
    "summarise",
    "summarise_dataset",
    "summarise_many",
    "summarise_to_jsonl",
]


def test_the_public_names_are_pinned_and_importable():
    assert sorted(summarise.__all__) == PUBLIC
    namespace: dict[str, object] = {}
    exec(f"from summarise import {', '.join(PUBLIC)}", namespace)
    assert all(namespace[name] is getattr(summarise, name) for name in PUBLIC)
    assert callable(namespace["summarise"]) and namespace["summarise"].__module__ == "summarise.api"


def test_the_awaited_form_takes_the_same_arguments_and_gives_the_same_summary():
    import asyncio
    import inspect

    from summarise import asummarise

    assert inspect.iscoroutinefunction(asummarise)
    assert inspect.signature(asummarise) == inspect.signature(summarise.summarise)
    text = (PACKAGE.parent / "examples" / "port_strike.txt").read_text(encoding="utf-8")
    awaited = asyncio.run(asummarise(text, engine="extractive", language="en"))
    direct = summarise.summarise(text, engine="extractive", language="en")
    assert awaited.model_dump(exclude={"metadata"}) == direct.model_dump(exclude={"metadata"})
    assert awaited.figures, "a summary with figures, so the comparison means something"
    with pytest.raises(TypeError, match="langauge"):
        asyncio.run(asummarise(text, engine="extractive", langauge="en"))


def test_every_sub_package_is_in_the_packaging_list() -> None:
    """A wheel ships only the packages pyproject.toml lists; an editable install hides a missing one."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {name for name, path in MODULES.items() if path.name == "__init__.py"}
    assert on_disk <= listed, sorted(on_disk - listed)
