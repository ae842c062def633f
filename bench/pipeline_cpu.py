"""Section 3 of bench/speed.py alone (no model needed): the pipeline's CPU per article against bench/stub.py, and
articles/s at concurrency 16 against the stub's 200 ms. For a before/after comparison at the same load, run it
alternately on two checkouts, e.g. with PYTHONPATH=OTHER_CHECKOUT to time that checkout's `summarise` package.

Usage: .venv/bin/python bench/pipeline_cpu.py [LABEL] [ROUNDS]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import overhead  # noqa: E402

import summarise  # noqa: E402


def main() -> None:
    label = sys.argv[1] if len(sys.argv) > 1 else "this checkout"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    package = Path(summarise.__file__).resolve().parent.parent
    commit = subprocess.run(
        ["git", "-C", str(package), "describe", "--always", "--dirty"], capture_output=True, text=True
    ).stdout.strip()
    for _ in range(rounds):
        load = os.getloadavg()[0]
        with overhead.stub_server() as url:
            seq = overhead.sequential(url, 200)
            c16 = overhead.concurrent(url, 200, 16, 160)
        print(
            f"{label:8} (commit {commit or '?'}): load {load:.1f}; sequential {seq.cpu_ms:.2f} ms CPU per article, "
            f"{seq.per_second:.1f} articles/s; concurrency 16: {c16.per_second:.1f} articles/s, "
            f"{1000 * c16.cpu_seconds / c16.articles:.2f} ms CPU per article",
            flush=True,
        )


if __name__ == "__main__":
    main()
