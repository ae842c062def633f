"""Speed: summarise side by side with the bare model call, the cost of constrained decoding, the pipeline's own
overhead without a model, and the token economy. Prints one table of figures measured in this run.

Usage: .venv/bin/python bench/speed.py [--quick | --pipeline] [ARTICLE ...]
Default articles: the team's (examples/*.txt, tests/data/*.txt). --quick runs the model on the first article
only and sends fewer stub requests; --pipeline runs section 3 alone (no model: the pipeline's own CPU against
the stub), with the full number of stub requests, in about a minute. Not part of the test suite: ratios measured
side by side, not absolute times, are the point, and the machine is shared (the model's rate falls several-fold
when other processes run models on the same two cores, so a run takes from a few minutes to much longer).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import arms  # noqa: E402
import instructor  # noqa: E402
import overhead  # noqa: E402

from summarise import defaults  # noqa: E402
from summarise.engines import from_settings  # noqa: E402
from summarise.engines.embedded import EmbeddedEngine  # noqa: E402
from summarise.models import Extraction  # noqa: E402
from summarise.pipeline.templating import defuse  # noqa: E402
from summarise.settings import Settings  # noqa: E402

ROOT = HERE.parent
ARTICLES = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))
# Tokens decoded per arm in section 2: enough for a steady rate, short enough for a shared machine.
DECODE_TOKENS = 256
ARM_NAMES = ("a bare", "b instructor", "c summarise", "c' summarise default")
TARGETS: list[tuple[str, str, float, bool]] = []  # (target, measured text, value, met)


def target(name: str, measured: str, met: bool) -> None:
    TARGETS.append((name, measured, 0.0, met))


def heading(text: str) -> None:
    print(f"\n## {text}")


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cores ({cpu}), load average {load:.1f} at start, Python {platform.python_version()}, "
        f"model {defaults.EMBEDDED_MODEL_NAME}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


# -- 1 and 2: the embedded engine ----------------------------------------------------------------------------


def embedded_arms(engine: EmbeddedEngine, articles: list[arms.Article], static: int) -> dict[str, list[arms.Run]]:
    bench = arms.Bench(engine, articles, static, defaults.MAX_OUTPUT_TOKENS)
    runs: dict[str, list[arms.Run]] = {name: [] for name in ARM_NAMES}
    order = list(bench.arms().items())
    bench.bare(articles[0])  # warm-up: first-call costs (language models, instructor imports) are not per article
    bench.summarise(articles[0], 0)
    heading("1. Embedded engine, per article (arms interleaved; cache reset to the static prefix before each call)")
    print(
        f"{'article':22} {'arm':22} {'wall s':>7} {'calls':>5} {'prompt':>6} {'prefill':>7} {'compl':>5} "
        f"{'dec tok/s':>9} {'outside s':>9} {'same answer':>11}"
    )
    for i, article in enumerate(articles):
        rotated = order[i % len(order) :] + order[: i % len(order)]  # no arm always goes first
        for name, arm in rotated:
            runs[name].append(arm(article))
        bare_text = runs["a bare"][-1].calls[0].text
        for name in ARM_NAMES:
            run = runs[name][-1]
            first = run.calls[0]
            same = "yes" if first.text == bare_text else "NO"
            print(
                f"{article.name:22} {name:22} {run.seconds:7.2f} {len(run.calls):5} {run.total('prompt_tokens'):6} "
                f"{run.total('prefilled'):7} {run.total('completion_tokens'):5} {run.decode_rate:9.1f} "
                f"{run.outside_seconds:9.3f} {same:>11}"
            )
    print()
    print(
        f"{'arm':22} {'wall s':>8} {'/ bare':>7} {'/ instr':>7} {'median/art':>10} {'calls':>5} {'dec tok/s':>9} "
        f"{'outside s':>9}"
    )
    for name in ARM_NAMES:
        total = sum(r.seconds for r in runs[name])
        ratios_a = [r.seconds / a.seconds for r, a in zip(runs[name], runs["a bare"], strict=True)]
        ratio_a = total / sum(r.seconds for r in runs["a bare"])
        ratio_b = total / sum(r.seconds for r in runs["b instructor"])
        tokens = sum(r.total("completion_tokens") for r in runs[name])
        rate = tokens / sum(r.decode_seconds for r in runs[name])
        calls = sum(len(r.calls) for r in runs[name])
        print(
            f"{name:22} {total:8.2f} {ratio_a:6.3f}x {ratio_b:6.3f}x {statistics.median(ratios_a):9.3f}x "
            f"{calls:5} {rate:9.1f} {sum(r.outside_seconds for r in runs[name]):9.3f}"
        )
    forced = sum(r.calls[0].forced for r in runs["a bare"])
    produced = sum(r.calls[0].completion_tokens for r in runs["a bare"])
    print("outside s: wall time not spent inside the engine's create() (for the bare arm: none, it is all model)")
    share = forced / max(produced, 1)
    print(f"tokens forced by the grammar and evaluated in batches (bare arm): {forced}/{produced} ({share:.0%})")
    c_total = sum(r.seconds for r in runs["c summarise"])
    ratio = c_total / sum(r.seconds for r in runs["a bare"])
    worst = max(r.seconds / a.seconds for r, a in zip(runs["c summarise"], runs["a bare"], strict=True))
    # The wall ratio also carries the machine's noise (other work changes the decode rate between arms); the
    # time summarise spends outside the model call is its own cost, whatever the load.
    outside = sum(r.outside_seconds for r in runs["c summarise"])
    bare_total = sum(r.seconds for r in runs["a bare"])
    print(
        f"summarise's own time outside the model call: {1000 * outside / len(articles):.0f} ms per article, "
        f"{outside / bare_total:.2%} of the bare call"
    )
    target(
        "summarise wall <= 1.10x bare call per article (embedded, no grounding re-ask)",
        f"{ratio:.3f}x over all articles, worst article {worst:.3f}x; time outside the model call "
        f"{outside / bare_total:.2%} of the bare call",
        ratio <= 1.10,
    )
    return runs


def constrained_cost(engine: EmbeddedEngine, articles: list[arms.Article]) -> None:
    heading("2. Constrained decoding cost (same fully cached prompt, same number of tokens)")
    print(f"{'article':22} {'tokens':>6} {'constrained':>11} {'unconstr.':>9} {'bare free':>9} {'c/u':>6} {'c/b':>6}")
    sums = [0, 0.0, 0.0, 0.0]
    for article in articles:
        rates = arms.decode_rates(engine, article, DECODE_TOKENS)
        print(
            f"{article.name:22} {rates.tokens:6} {rates.constrained:11.1f} {rates.unconstrained:9.1f} "
            f"{rates.free_running:9.1f} {rates.constrained / rates.unconstrained:5.2f}x "
            f"{rates.constrained / rates.free_running:5.2f}x"
        )
        sums[0] += rates.tokens
        sums[1] += rates.tokens / rates.constrained
        sums[2] += rates.tokens / rates.unconstrained
        sums[3] += rates.tokens / rates.free_running
    n = sums[0]
    c, u, f = n / sums[1], n / sums[2], n / sums[3]
    print(f"{'ALL':22} {int(n):6} {c:11.1f} {u:9.1f} {f:9.1f} {c / u:5.2f}x {c / f:5.2f}x  (tokens/s)")
    target(
        "constrained decode >= 0.8x unconstrained tokens/s (embedded)",
        f"{c / u:.2f}x ({c:.0f} vs {u:.0f} tokens/s; bare free-running loop {f:.0f})",
        c / u >= 0.8,
    )


# -- 3: the pipeline without a model -------------------------------------------------------------------------


def pipeline_overhead(quick: bool) -> None:
    heading("3. Pipeline overhead without a model (OpenAI engine against bench/stub.py on 127.0.0.1)")
    with overhead.stub_server() as url:
        seq = overhead.sequential(url, 30 if quick else 200)
        print(
            f"instant stub, sequential summarise(): {seq.per_second:.1f} articles/s, {seq.cpu_ms:.2f} ms CPU per "
            f"article, {seq.calls / seq.articles:.2f} calls per article, all items verified: {seq.verified_all}"
        )
        unshared = overhead.sequential_unshared(url, 30 if quick else 200)
        print(
            f"instant stub, sequential summarise(base_url=...), no engine kept: {unshared.per_second:.1f} articles/s, "
            f"{unshared.cpu_ms:.2f} ms CPU per article"
        )
        print(f"{'concurrency':>11} {'articles':>8} {'wall s':>7} {'articles/s':>10} {'ideal':>6} {'CPU ms/art':>10}")
        results = {}
        for concurrency in (1, 4, 16):
            articles = concurrency * (3 if quick else 10)
            run = overhead.concurrent(url, 200, concurrency, articles)
            results[concurrency] = run
            print(
                f"{concurrency:11} {articles:8} {run.seconds:7.2f} {run.per_second:10.1f} {concurrency / 0.2:6.0f} "
                f"{1000 * run.cpu_seconds / articles:10.2f}"
            )
        # A batch on a remote endpoint at -j above 1 reads its articles in one worker process on a machine with a core
        # to spare (`Settings.readers`; the stub is local, so it is asked for here): the same run so.
        articles = 16 * (3 if quick else 10)
        helped = overhead.concurrent(url, 200, 16, articles, readers=1)
        print(
            "concurrency 16, code's reading made by 1 worker process (a batch's default on a remote endpoint, 2+ "
            "cores): "
            f"{helped.per_second:.1f} articles/s, {1000 * helped.cpu_seconds / articles:.2f} ms CPU per article here "
            f"+ {1000 * helped.reader_cpu_seconds / articles:.2f} ms in the worker; {helped.read_by_workers} of "
            f"{articles} articles read by the worker, the rest here"
        )
    target("pipeline CPU <= 5 ms per article without a model", f"{seq.cpu_ms:.2f} ms", seq.cpu_ms <= 5)
    c16 = results[16].per_second
    target(
        ">= 60 articles/s at concurrency 16 against the 200 ms stub, read in this process",
        f"{c16:.1f} articles/s",
        c16 >= 60,
    )
    target(
        ">= 60 articles/s at concurrency 16 against the 200 ms stub, as a batch runs it (1 reader worker)",
        f"{helped.per_second:.1f} articles/s",
        helped.per_second >= 60,
    )


# -- 4: tokens -----------------------------------------------------------------------------------------------


def _json_mode_prompt_tokens(engine: EmbeddedEngine, messages: list[dict[str, str]]) -> int:
    """Extra prompt tokens instructor's JSON mode (schema in the prompt) adds for `Extraction`."""
    seen: dict[str, Any] = {}

    def capture(**kwargs: Any) -> Any:
        seen.update(kwargs)
        raise RuntimeError("captured")

    create = instructor.patch(create=capture, mode=instructor.Mode.JSON)
    with contextlib.suppress(Exception):
        create(response_model=Extraction, max_retries=0, messages=messages)
    return engine.count_tokens(engine.render(seen["messages"])) - engine.count_tokens(engine.render(messages))


def token_economy(engine: EmbeddedEngine, articles: list[arms.Article], runs: dict[str, list[arms.Run]] | None) -> int:
    heading("4. Token economy (the model's own tokenizer)")
    columns = f"{'prompt':>6} {'article':>7} {'static':>6} {'cand. schema':>12} {'v-reasks':>8} {'g-reasks':>8}"
    print(f"{'article':22} {columns}")
    statics = []
    for i, article in enumerate(articles):
        article_tokens = engine.count_tokens(defuse(article.text))
        static = len(article.prompt) - article_tokens
        statics.append(static)
        schema_tokens = engine.count_tokens(json.dumps(article.schema))
        if runs and i < len(runs["c' summarise default"]):
            run = runs["c' summarise default"][i]
            reasks = f"{run.validation_reasks:8} {run.grounding_reasks:8}"
        else:
            reasks = f"{'-':>8} {'-':>8}"
        print(f"{article.name:22} {len(article.prompt):6} {article_tokens:7} {static:6} {schema_tokens:12} {reasks}")
    extraction_schema = arms.sent_schema(Extraction, articles[0].request.messages)
    schema_tokens = engine.count_tokens(json.dumps(extraction_schema))
    json_mode = _json_mode_prompt_tokens(engine, articles[0].request.messages)
    print(f"static prompt per call (instructions, fence, framing, BOS), embedded: {max(statics)} tokens at most")
    print(
        f"endpoints (JSON-schema mode): the default Extraction schema goes in response_format, {schema_tokens} tokens "
        f"of JSON, not in the prompt; in instructor's JSON mode (schema in the prompt) it adds {json_mode} tokens"
    )
    # The real thing: two different articles in a row; the second must not prefill the static prefix again.
    if len(articles) >= 2:
        first, second = articles[0], articles[1]
        engine.create(messages=first.request.messages, max_tokens=1)
        answer = engine.create(messages=second.request.messages, max_tokens=1)
        assert answer.usage is not None and answer.usage.prompt_tokens_details is not None
        cached = answer.usage.prompt_tokens_details.cached_tokens or 0
        static_prefix = arms.common_prefix(first.prompt, second.prompt)
        print(
            f"second article after a first: {cached} prompt tokens reused from the KV cache, static prefix "
            f"{static_prefix} tokens: {'not prefilled again' if cached >= static_prefix else 'PREFILLED AGAIN'}"
        )
    target(
        "static prompt overhead <= 400 tokens per call (default schema, embedded)",
        f"{max(statics)} tokens (endpoints: + {schema_tokens} schema tokens in response_format)",
        max(statics) <= 400,
    )
    return max(statics)


def main() -> None:
    # The schema captures below stop instructor on purpose; its retry loop logs each as an error.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # rows appear as they are measured
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="first article only, fewer stub articles")
    parser.add_argument("--pipeline", action="store_true", help="section 3 alone: the pipeline without a model")
    parser.add_argument("articles", nargs="*", type=Path)
    options = parser.parse_args()
    if options.pipeline:
        started = time.perf_counter()
        print(f"# summarise speed benchmark, section 3 alone\nmachine: {machine()}")
        pipeline_overhead(quick=False)
        report_targets(started)
        return
    paths = options.articles or (ARTICLES[:2] if options.quick else ARTICLES)
    started = time.perf_counter()
    print(f"# summarise speed benchmark\nmachine: {machine()}")
    engine = from_settings(Settings())
    assert isinstance(engine, EmbeddedEngine)
    articles = [
        arms.prepare_article(engine, p.name, p.read_text(encoding="utf-8"), defaults.MAX_OUTPUT_TOKENS) for p in paths
    ]
    static = min(arms.common_prefix(articles[0].prompt, a.prompt) for a in articles[1:]) if len(articles) > 1 else 0
    model_articles = articles[:1] if options.quick else articles
    runs = embedded_arms(engine, model_articles, static)
    constrained_cost(engine, model_articles)
    pipeline_overhead(options.quick)
    token_economy(engine, articles, runs)
    report_targets(started)


def report_targets(started: float) -> None:
    heading("Targets")
    for name, measured, _, met in TARGETS:
        print(f"{'met   ' if met else 'MISSED'} {name}: {measured}")
    print(f"\n(whole run: {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
