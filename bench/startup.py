"""Start-up: the wall time of one `summarise` command on examples/port_strike.txt with the extractive engine (the
README's offline job, where start-up is most of the time), for this checkout and, side by side, another.

Usage: .venv/bin/python bench/startup.py [--other CHECKOUT] [--runs N]      (default: 5 runs)

Each run of a checkout is made twice in its own empty cache directory (SUMMARISE_CACHE_DIR): "cold", the first
command there, which compiles every regular expression of the readers and keeps their code (summarise/patterns.py);
"warm", the next command, which reads that code back. A checkout without the store compiles at every start, so its
two figures differ by noise only. The checkouts alternate run by run, so that the machine's load falls on both;
the medians and their ratios are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "port_strike.txt"


def _command_seconds(checkout: Path, cache: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout), "SUMMARISE_CACHE_DIR": str(cache)}
    # -P: the working directory is not put before PYTHONPATH, so the checkout's package is the one imported.
    command = [sys.executable, "-P", "-m", "summarise", "--engine", "extractive", str(ARTICLE)]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _commit(checkout: Path) -> str:
    command = ["git", "-C", str(checkout), "describe", "--always", "--dirty"]
    done = subprocess.run(command, capture_output=True, text=True)
    return done.stdout.strip() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", type=Path, help="another checkout, timed side by side")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    checkouts = {"this checkout": ROOT, **({"other": args.other.resolve()} if args.other else {})}
    timed: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": []} for name in checkouts}
    for _ in range(args.runs):
        for name, checkout in checkouts.items():
            with tempfile.TemporaryDirectory() as cache:
                timed[name]["cold"].append(_command_seconds(checkout, Path(cache)))
                timed[name]["warm"].append(_command_seconds(checkout, Path(cache)))
    medians = {name: {kind: statistics.median(values) for kind, values in runs.items()} for name, runs in timed.items()}
    for name, checkout in checkouts.items():
        cold, warm = medians[name]["cold"], medians[name]["warm"]
        runs = ", ".join(f"{c:.2f}/{w:.2f}" for c, w in zip(timed[name]["cold"], timed[name]["warm"], strict=True))
        print(f"{name:14} {_commit(checkout):>16}: cold {cold:.2f} s, warm {warm:.2f} s (each run cold/warm: {runs})")
    if "other" in medians:
        for kind in ("cold", "warm"):
            print(f"this checkout / other, {kind}: {medians['this checkout'][kind] / medians['other'][kind]:.3f}")


if __name__ == "__main__":
    main()
