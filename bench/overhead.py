"""Pipeline overhead without a model: summarise against bench/stub.py, which answers at once or after a delay.

The stub runs in its own process, so the CPU time measured here (time.process_time) is the client's alone:
language detection, prompt rendering, instructor, the OpenAI client, validation and grounding.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarise import Settings, asummarise, summarise
from summarise.engines.openai_compat import OpenAIEngine

HERE = Path(__file__).resolve().parent
ARTICLE = (HERE.parent / "examples" / "port_strike.txt").read_text(encoding="utf-8")


@contextmanager
def stub_server(answer: Path | None = None) -> Iterator[str]:
    """Start bench/stub.py in a child process (serving `answer`, by default its own); yield its base URL (without
    /v1)."""
    command = [sys.executable, str(HERE / "stub.py"), *([str(answer)] if answer else [])]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the stub did not start: {url!r}")
        yield url
    finally:
        child.terminate()
        child.wait(timeout=10)


def _engine(base_url: str) -> OpenAIEngine:
    return OpenAIEngine(model="stub", base_url=base_url, api_key="stub", timeout=30, transport_retries=0)


@dataclass
class Sequential:
    articles: int
    calls: int
    seconds: float
    cpu_seconds: float
    verified_all: bool

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_seconds / self.articles


# What the pipeline keeps by a text (an article, a sentence, a value): module, name. Looked up by name so that an
# older checkout without some of them can be timed side by side (bench/pipeline_cpu.py).
_BY_TEXT = [
    ("summarise.grounding.hostile", "find_directives"),
    ("summarise.grounding.hostile", "_screen_of"),
    ("summarise.grounding.normalise", "_fold"),
    ("summarise.grounding.brief", "_vocabulary"),
    ("summarise.grounding.numbers", "_found"),
    ("summarise.grounding.numbers", "parse_figure"),
    ("summarise.grounding.check", "_word_starts"),
    ("summarise.grounding.check", "_sentence_ends"),
    ("summarise.grounding.prefilter", "skeleton"),
    ("summarise.grounding.addressing", "judge"),
    ("summarise.grounding.dictation", "_order"),
    ("summarise.grounding.unsettled", "_unsettled_of"),
]


def unique(n: int) -> str:
    """The article as its `n`th copy: the same words, with the spaces after the words numbered by n's set bits
    doubled. Articles summarised side by side each start with `forget()`, but the others go on after it: with one
    text they would find each other's readings cached. Folding makes every copy read, and be answered, alike."""
    words = ARTICLE.split(" ")
    return "".join(w + (" " if i < len(words) - 1 else "") + (" " if n >> i & 1 else "") for i, w in enumerate(words))


def forget() -> None:
    """Clear everything the pipeline keeps by a text, so that summarising the same article again costs what a new
    article costs."""
    for module, name in _BY_TEXT:
        try:
            cached = getattr(importlib.import_module(module), name, None)
        except ModuleNotFoundError:
            continue  # an older checkout, timed side by side, without that module
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


def sequential(url: str, articles: int) -> Sequential:
    """`summarise` in a loop against the instant stub, one shared engine."""
    engine = _engine(f"{url}/v1")
    summarise(ARTICLE, engine=engine)  # warm-up: language models, schemas, the connection
    calls = 0
    verified_all = True
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(articles):
        forget()
        result = summarise(ARTICLE, engine=engine)
        calls += len(result.metadata.attempts)
        verified_all = verified_all and not result.unverified
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    engine.close()
    return Sequential(articles, calls, seconds, cpu_seconds, verified_all)


def sequential_unshared(url: str, articles: int) -> Sequential:
    """`summarise(base_url=...)` in a loop, as a library user calls it: no engine kept between calls."""
    summarise(ARTICLE, base_url=f"{url}/v1", model="stub", api_key="stub")  # warm-up
    calls = 0
    verified_all = True
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(articles):
        forget()
        result = summarise(ARTICLE, base_url=f"{url}/v1", model="stub", api_key="stub")
        calls += len(result.metadata.attempts)
        verified_all = verified_all and not result.unverified
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    return Sequential(articles, calls, seconds, cpu_seconds, verified_all)


@dataclass
class Concurrent:
    concurrency: int
    articles: int
    seconds: float
    cpu_seconds: float  # this process's
    reader_cpu_seconds: float = 0.0  # the reader worker processes' (`readers`)
    read_by_workers: int = 0

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds


def _process_cpu(pid: int) -> float:
    """A process's CPU seconds (user and system), from /proc; 0 where there is none."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _readers_cpu(workers: int) -> float:
    pool = _reader_pool(workers) if workers else None
    return sum(_process_cpu(w.process.pid) for w in pool.workers) if pool is not None else 0.0


def _reader_pool(workers: int) -> Any:
    from summarise.pipeline import readers

    return readers._pool(workers)


async def _concurrent(base_url: str, concurrency: int, articles: int, readers: int) -> Concurrent:
    engine = _engine(base_url)
    gate = asyncio.Semaphore(concurrency)
    # The defaults alone, but for the reader workers: 0 reads every article in this process.
    settings = Settings.model_validate({"readers": readers})
    sent = 0

    async def one(n: int) -> None:
        async with gate:
            forget()
            await asummarise(unique(n), engine=engine, settings=settings)

    await one(0)  # warm-up
    if readers:
        from summarise.pipeline import readers as pool_module

        # Started and warm before the clock starts (waited for in a thread: the loop stays free).
        if not await asyncio.to_thread(pool_module.warm, readers):
            raise RuntimeError("the reader workers did not start")
        submit = pool_module.submit

        def counted(text: str, lang: str, workers: int) -> Any:
            nonlocal sent
            future = submit(text, lang, workers)
            sent += future is not None
            return future

        pool_module.submit = counted  # type: ignore[assignment]
    reader_cpu = _readers_cpu(readers)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        await asyncio.gather(*(one(n) for n in range(1, articles + 1)))
    finally:
        if readers:
            pool_module.submit = submit  # type: ignore[assignment]
    result = Concurrent(
        concurrency,
        articles,
        time.perf_counter() - wall,
        time.process_time() - cpu,
        _readers_cpu(readers) - reader_cpu,
        sent,
    )
    await engine._aclient.close()
    return result


def concurrent(url: str, delay_ms: int, concurrency: int, articles: int, readers: int = 0) -> Concurrent:
    """`asummarise` on `articles` articles, at most `concurrency` at once, each call delayed by the stub; with
    `readers`, code's reading of each article made by that many worker processes (`Settings.readers`)."""
    return asyncio.run(_concurrent(f"{url}/delay/{delay_ms}/v1", concurrency, articles, readers))
