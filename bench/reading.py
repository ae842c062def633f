"""How fast the code reads articles: the extractive engine's whole path (read, check, extracted brief) on the
gold and held-out articles, one core, in one process. Prints articles per second.

    .venv/bin/python bench/reading.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from summarise.evaluation import load_gold
from summarise.pipeline.extractive import code_verdict, extracted_brief
from summarise.reading import read

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    items = load_gold(ROOT / "eval" / "gold") + load_gold(ROOT / "eval" / "heldout")
    for item in items:  # warm the compiled patterns and the language detector's caches
        read(item.text, item.gold.language)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for item in items:
            reading = read(item.text, item.gold.language)
            extracted_brief(code_verdict(reading), reading)
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    n = args.rounds * len(items)
    print(f"articles: {n} ({len(items)} x {args.rounds}), load average {os.getloadavg()[0]:.1f}")
    print(f"wall {wall:.2f} s, cpu {used:.2f} s: {n / used:.0f} articles per cpu-second (target >= 200)")


if __name__ == "__main__":
    main()
