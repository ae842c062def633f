"""Where the pipeline's CPU per article goes: `summarise` in a loop against bench/stub.py (instant answers), with
a timer around each stage. Each stage's time is its own, without the stages inside it, so the rows add up to the
whole; 'other' is what no timer covers (the loop, the api's own glue). Timers cost well under 1% here.

Usage: .venv/bin/python bench/cpu_profile.py [ARTICLES]      (default 200)
The article is examples/port_strike.txt, which the stub's answer is written for (every item verifies, no re-ask).
Nothing is cached across articles by text: each call reads, checks and assembles its article afresh.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overhead  # noqa: E402

from summarise import api, language, reading, summarise  # noqa: E402
from summarise.engines import openai_compat  # noqa: E402
from summarise.grounding import verify  # noqa: E402
from summarise.pipeline import extractive, request, rounds, structured  # noqa: E402

_spent: dict[str, float] = defaultdict(float)
_stack: list[list[Any]] = []  # [stage, started, time spent in nested stages]


def _timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        frame = [stage, time.process_time(), 0.0]
        _stack.append(frame)
        try:
            return function(*args, **kwargs)
        finally:
            _stack.pop()
            total = time.process_time() - frame[1]
            _spent[stage] += total - frame[2]
            if _stack:
                _stack[-1][2] += total

    return wrapper


def _patch(owner: Any, name: str, stage: str) -> None:
    setattr(owner, name, _timed(stage, getattr(owner, name)))


# Each stage where it is looked up at call time: the module attribute its caller uses.
_STAGES = [
    (api, "_begin", "settings, checks, engine choice"),
    (request.language, "detect", "language detection (lingua)"),
    (request, "_render", "prompt rendering, response model"),
    (openai_compat.OpenAIEngine, "create", "OpenAI client and HTTP"),
    (rounds, "verify", "grounding the model's answer"),
    (verify, "find_directives", "hostile-text screen"),
    (verify, "check_brief", "grounding the brief"),
    (language, "written_in", "language check of the brief (lingua)"),
    (reading, "read", "code's own reading of the article"),
    (rounds, "read", "code's own reading of the article"),
    (extractive, "verify", "grounding code's own items"),
    (extractive, "keep_what_code_found", "merging code's items"),
    (rounds, "assemble", "result assembly"),
]


def _patch_instructor() -> None:
    """instructor's call (schema, parse, validate, with the HTTP inside it timed apart): the function the
    pipeline's driver calls is the one `Structured.patched` returns."""
    patched = structured.Structured.patched

    def timed(self: structured.Structured, mode: Any) -> Any:
        return _timed("instructor: schema, parse, validate", patched(self, mode))

    structured.Structured.patched = timed  # type: ignore[method-assign]


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    for owner, name, stage in _STAGES:
        _patch(owner, name, stage)
    _patch_instructor()
    with overhead.stub_server() as url:
        engine = overhead._engine(f"{url}/v1")
        summarise(overhead.ARTICLE, engine=engine)  # warm-up: language models, schemas, the connection
        _spent.clear()
        started = time.process_time()
        for _ in range(articles):
            overhead.forget()
            summarise(overhead.ARTICLE, engine=engine)
        whole = time.process_time() - started
        engine.close()
    print(f"CPU per article over {articles} articles: {1000 * whole / articles:.2f} ms")
    print(f"{'stage':40} {'ms/article':>10} {'share':>6}")
    for stage, seconds in sorted(_spent.items(), key=lambda kv: -kv[1]):
        print(f"{stage:40} {1000 * seconds / articles:10.2f} {seconds / whole:6.1%}")
    other = whole - sum(_spent.values())
    print(f"{'other (api glue, pipeline loop)':40} {1000 * other / articles:10.2f} {other / whole:6.1%}")


if __name__ == "__main__":
    main()
