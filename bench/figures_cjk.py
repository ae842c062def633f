"""The figure reader on Korean, Japanese and Chinese sentences labelled by an outside writer (bench/figures_cjk/,
see its README): tune.jsonl (the half rules may be written on) and holdout.jsonl (kept back), each sentence read as
an article's body under a one-word headline, as bench/traps.py reads its set.

Usage: .venv/bin/python bench/figures_cjk.py [--show] [--other CHECKOUT]
Prints, per half and language: the labelled figures found, the traps (numbers that count nothing) kept (a game's
score apart: see SCORE), and of the figures found, those whose "what it counts" is the writer's
(`traps.counts_right`). --other runs the same on another checkout side by side; --show lists the misses of the tune
half only (the holdout's are never shown).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import traps  # (bench/, the script's own folder)

SET = Path(__file__).resolve().parent / "figures_cjk"
LANGUAGES = ("ko", "ja", "zh")


def score(show: bool) -> dict[str, Any]:
    return score_set(SET, LANGUAGES, show)


def score_set(labelled: Path, languages: tuple[str, ...], show: bool) -> dict[str, Any]:
    """`traps.score` on each half of a labelled set, per language and in all."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for half in traps.HALVES:
            lines = (labelled / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()
            for lang in (*languages, "all"):
                path = Path(folder) / f"{half}-{lang}.jsonl"
                path.write_text("\n".join(x for x in lines if lang == "all" or json.loads(x)["lang"] == lang))
                results[f"{half} {lang}"] = traps.score(path, show and half == "tune" and lang == "all")
    return results


# The writer labelled a game's final score a trap ("score_in_play"); the project keeps a final score as a figure, as
# eval/traps/ labels it ("score_final"), and reads as a trap only a score during play. Such numbers are counted apart.
SCORE = "score_in_play"


def report(label: str, results: dict[str, Any], apart: str | None = SCORE) -> None:
    for key, r in results.items():
        score_kept, scores = r["by_kind"].get(apart, [0, 0]) if apart else (0, 0)
        print(
            f"{label:10} {key:12} figures found {r['found']}/{r['figures']}, traps kept {r['kept'] - score_kept}/"
            f"{r['traps'] - scores}{f' (and scores {score_kept}/{scores})' if apart else ''}, counts right "
            f"{r['counts_right']}/{r['counted']}, read where none is listed {r['outside']}"
        )
        if key.endswith("all"):
            print(f"{'':23} kept by kind: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in r["by_kind"].items()))


def main() -> None:
    import side_by_side

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
