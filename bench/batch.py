"""Wall time and peak memory of `summarise batch` against a local OpenAI-compatible server with injected latency.

Usage: .venv/bin/python bench/batch.py [--count 1000] [--latency 0.2] [--concurrency 1 16] [--readers default 0 1]
Runs the real command in a subprocess per arm, each into a new output file with an empty cache: one run per
concurrency level without the cache, then one with the cache (filling it) and a re-run into another new file
that must be served wholly from it. Prints each run's wall time, the server's request count and peak in-flight
requests, and the command's peak resident memory (ru_maxrss of that child). The server answers every request
with the hand-authored grounded answer of tests/authored/, so one article is one request.
`--readers` runs each concurrency level once per value: `default` leaves `--readers` to the command (one worker
process reading the articles at -j above 1 on a machine with more than one core), a number passes it. The peak memory
is the command's own process's, without its reader workers'.
Not part of the test suite: at concurrency 1 it takes count x latency seconds and more.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes import Desk, desk_article, latency_server  # noqa: E402

EXE = Path(sys.executable).parent / "summarise"


def _run(args: list[str], cache_dir: Path, desk: Desk) -> tuple[float, int, int, int]:
    """Run `summarise batch ARGS`; return wall seconds, requests served, peak in-flight, peak RSS in MiB."""
    before = len(desk.numbers)
    desk.peak = 0
    env = {**os.environ, "SUMMARISE_CACHE_DIR": str(cache_dir)}
    started = time.perf_counter()
    proc = subprocess.Popen([str(EXE), "batch", *args, "-q"], env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"summarise batch exited {proc.returncode}")
    # ru_maxrss is in KiB on Linux.
    return seconds, len(desk.numbers) - before, desk.peak, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--readers", nargs="+", default=["default"])
    options = parser.parse_args()

    article = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8")
    answer = json.loads((ROOT / "tests" / "authored" / "port_strike_grounded.json").read_text(encoding="utf-8"))
    answer.pop("_comment")
    with tempfile.TemporaryDirectory() as tmp, latency_server(json.dumps(answer), options.latency) as (url, desk):
        work = Path(tmp)
        items = work / "items.jsonl"
        with items.open("w", encoding="utf-8") as fh:
            for number in range(options.count):
                fh.write(json.dumps({"id": f"art-{number}", "text": desk_article(article, number)}) + "\n")
        common = [str(items), "--base-url", url, "-m", "authored"]
        print(f"{options.count} articles, {options.latency * 1000:.0f} ms latency per request", flush=True)
        print(
            f"{'run':32} {'wall s':>8} {'articles/s':>10} {'requests':>8} {'peak in flight':>14} {'peak RSS MiB':>12}"
            f" {'load after':>10}"
        )

        def report(name: str, result: tuple[float, int, int, int]) -> None:
            seconds, requests, peak, rss = result
            rate = options.count / seconds
            # The machine is shared: the 1-minute load average just after each run says what else was running.
            load = os.getloadavg()[0]
            print(f"{name:32} {seconds:8.1f} {rate:10.1f} {requests:8} {peak:14} {rss:12} {load:10.2f}", flush=True)

        arms = 0
        for level in options.concurrency:
            for readers in options.readers:
                arm = [] if readers == "default" else ["--readers", readers]
                arms += 1  # each arm writes a new file: a repeated arm would resume the one before
                out = work / f"c{level}-r{readers}-{arms}.jsonl"
                result = _run(
                    [*common, "-j", str(level), *arm, "--no-cache", "-o", str(out)], work / f"cache-c{level}", desk
                )
                shown = "" if readers == "default" else f", readers {readers}"
                report(f"concurrency {level}{shown}, no cache", result)
        level = max(options.concurrency)
        cache = work / "cache"
        report(
            f"concurrency {level}, filling cache",
            _run([*common, "-j", str(level), "-o", str(work / "fill.jsonl")], cache, desk),
        )
        cached = _run([*common, "-j", str(level), "-o", str(work / "again.jsonl")], cache, desk)
        report("re-run, wholly from cache", cached)
        if cached[1] != 0:
            raise SystemExit(f"the cached re-run made {cached[1]} requests")


if __name__ == "__main__":
    main()
