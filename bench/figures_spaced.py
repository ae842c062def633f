"""The figure reader on English, German, French, Spanish, Russian, Ukrainian and Arabic sentences labelled by an
outside writer (bench/figures_spaced/, see its README), scored as bench/figures_cjk.py scores its set: tune.jsonl
(the half rules may be written on) and holdout.jsonl (kept back).

Usage: .venv/bin/python bench/figures_spaced.py [--show] [--other CHECKOUT]
Prints, per half and language: the labelled figures found, the traps kept (a score during play among them: this
writer wrote no final score), and of the figures found, those whose "what it counts" is the writer's
(`traps.counts_right`). --other runs the same on another checkout side by side; --show lists the misses of the tune
half only (the holdout's are never shown).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import figures_cjk  # (bench/, the script's own folder)

SET = Path(__file__).resolve().parent / "figures_spaced"
LANGUAGES = ("en", "de", "fr", "es", "ru", "uk", "ar")


def score(show: bool) -> dict[str, Any]:
    return figures_cjk.score_set(SET, LANGUAGES, show)


def main() -> None:
    import side_by_side

    side_by_side.run(__doc__, __file__, score, lambda label, results: figures_cjk.report(label, results, None))


if __name__ == "__main__":
    main()
