"""A stop followed by N asterisks and a letter, on its own line after the team's example article: CPU seconds for the
extractive engine at N = 16 to 24. A pattern that split a run of asterisks every way took four times as long for
each two more (session 51); read once, the time stays flat.

Usage: .venv/bin/python bench/stars_after_stop.py [REPOSITORY]   (PYTHONPATH=OTHER_CHECKOUT times that one's code)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import summarise
from summarise import summarise as run


def main() -> None:
    print("summarise from", Path(summarise.__file__).parent)
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    article = (root / "examples" / "port_strike.txt").read_text(encoding="utf-8")
    run(article, engine="extractive")  # warm-up: imports, the language detector, compiled patterns
    for n in (16, 18, 20, 22, 24):
        started = time.process_time()
        run(article + "\n\nThe end." + "*" * n + "x\n", engine="extractive")
        print(f"{n} asterisks: {time.process_time() - started:.2f} s", flush=True)


if __name__ == "__main__":
    main()
