"""Where an article's time goes at concurrency 16 against bench/stub.py's 200 ms (section 3's setting): articles/s,
CPU per article, each model call's time as the client sees it (median and 90th percentile), and the share of the
wall time the process spends on CPU. Calls that take far longer than the stub's 200 ms while the process is often
idle are waits on the event loop, not on the server (session 51: a request's body went out only after every ready
article's CPU work).

Usage: .venv/bin/python bench/loop_waits.py [ROUNDS]      (PYTHONPATH=OTHER_CHECKOUT times that one's code)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overhead  # noqa: E402

import summarise  # noqa: E402
from summarise import asummarise  # noqa: E402
from summarise.engines.openai_compat import OpenAIEngine  # noqa: E402

_calls: list[float] = []
_create = OpenAIEngine.acreate


async def _timed_create(self: OpenAIEngine, **kwargs: Any) -> Any:
    started = time.perf_counter()
    try:
        return await _create(self, **kwargs)
    finally:
        _calls.append(time.perf_counter() - started)


async def _run(url: str, articles: int = 160, concurrency: int = 16) -> str:
    engine = overhead._engine(f"{url}/delay/200/v1")
    gate = asyncio.Semaphore(concurrency)

    async def one(n: int) -> None:
        async with gate:
            overhead.forget()
            await asummarise(overhead.unique(n), engine=engine)

    await one(0)  # warm-up
    _calls.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(one(n) for n in range(1, articles + 1)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await engine.aclose()
    calls = sorted(_calls)
    return (
        f"{articles / wall:.1f} articles/s, {1000 * cpu / articles:.2f} ms CPU per article; model calls "
        f"{1000 * statistics.median(calls):.0f} ms median, {1000 * calls[int(0.9 * len(calls))]:.0f} ms at the 90th "
        f"percentile (the stub answers after 200); CPU {cpu / wall:.0%} of the wall time"
    )


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    OpenAIEngine.acreate = _timed_create  # type: ignore[method-assign]
    print(f"summarise from {Path(summarise.__file__).resolve().parent}")
    with overhead.stub_server() as url:
        for _ in range(rounds):
            print(asyncio.run(_run(url)), flush=True)


if __name__ == "__main__":
    main()
