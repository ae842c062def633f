"""The speed benchmark's stub (bench/stub.py) serves an answer the pipeline accepts and fully verifies.

Without this the benchmark's pipeline-overhead figures could silently measure re-asks or failures.
"""

from __future__ import annotations

from types import ModuleType

from summarise import summarise
from summarise.engines.openai_compat import OpenAIEngine
from summarise.models import Extraction


def test_stub_answer_is_schema_valid(overhead: ModuleType) -> None:
    import stub

    Extraction.model_validate(stub.load_answer())


def test_stub_answer_is_verified_in_one_call_with_and_without_delay(overhead: ModuleType) -> None:
    with overhead.stub_server() as url:
        for base in (f"{url}/v1", f"{url}/delay/10/v1"):
            engine = OpenAIEngine(model="stub", base_url=base, api_key="stub", timeout=10, transport_retries=0)
            result = summarise(overhead.ARTICLE, engine=engine)
            engine.close()
            assert len(result.metadata.attempts) == 1
            assert not result.unverified
            assert result.grounding.reasks == 0


def test_copies_summarised_side_by_side_are_distinct_texts_read_alike(overhead: ModuleType) -> None:
    # Side by side, one text would find another copy's reading cached: every copy is its own text, read alike.
    copies = [overhead.unique(n) for n in range(64)]
    assert copies[0] == overhead.ARTICLE and len(set(copies)) == 64
    with overhead.stub_server() as url:
        engine = OpenAIEngine(model="stub", base_url=f"{url}/v1", api_key="stub", timeout=10, transport_retries=0)
        first, later = (summarise(text, engine=engine) for text in (copies[0], copies[45]))
        engine.close()
    assert not later.unverified and later.grounding.reasks == 0
    # The same items (only their offsets and the quoted spacing differ).
    assert [(f.value, f.number) for f in later.figures] == [(f.value, f.number) for f in first.figures]
    assert [(c.statement, c.source, c.status) for c in later.claims] == [
        (c.statement, c.source, c.status) for c in first.claims
    ]
    assert [a.name for a in later.actors] == [a.name for a in first.actors] and later.brief == first.brief


# Caches keyed by something other than an article's text (a character, a language, a template, a schema, a
# response model, the environment): a repeated article finds them as a new article would.
_NOT_BY_TEXT = {
    "summarise.api._read_environment",
    "summarise.engines.strict._cached",
    "summarise.grounding.normalise._fold_cluster",
    "summarise.grounding.normalise._joins",
    # One word's lookup among the verbs of `dictation`: the words of every text, as a vocabulary.
    "summarise.grounding.dictation._triggers",
    "summarise.grounding.numbers._prepare_char",
    # A language's number words, as patterns.
    "summarise.grounding.numberwords.pattern",
    "summarise.grounding.numberwords.start",
    "summarise.grounding.numberwords._neighbours",
    "summarise.models.without_translations",
    "summarise.pipeline.structured.prepared",
    "summarise.pipeline.templating._compiled",
    "summarise.pipeline.templating._shipped",
    "summarise.reading.cues.compiled",
    # A pattern's source and flags (a reference mark's at most: `referents`), and a character's case equals.
    "summarise.patterns.factored",
    "summarise.patterns.case_equals",
    # Keeps nothing (a Memo of size 0): a reading made in a worker is only given for its article's run.
    "summarise.reading.read",
}


def test_forget_clears_every_cache_the_pipeline_keeps_by_a_text(overhead: ModuleType) -> None:
    import importlib
    import inspect
    import pkgutil

    import summarise as package

    kept = set()
    for info in pkgutil.walk_packages(package.__path__, "summarise."):
        if info.name.endswith("__main__"):
            continue  # running it would run the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, type):
                continue  # a cache's class (memo.Memo), not a cache
            if hasattr(value, "cache_clear") and getattr(value, "__module__", None) == info.name:
                parameters = inspect.signature(value.__wrapped__).parameters
                if parameters:  # a cache with no argument holds one thing built once (a detector, a table)
                    kept.add(f"{info.name}.{name}")
    by_text = {f"{module}.{name}" for module, name in overhead._BY_TEXT}
    assert kept - _NOT_BY_TEXT == by_text
