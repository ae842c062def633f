"""The figure reader on figures written in two parts (fractions, shares, spans of time in two units, scores, votes,
ranges, odds, dimensions) in ten languages, labelled by an outside writer (bench/figures_compound/, see its README):
tune.jsonl (the half rules may be written on) and holdout.jsonl (kept back), each sentence read as an article's body
under a one-word headline, as bench/traps.py reads its set.

Usage: .venv/bin/python bench/figures_compound.py [--show] [--other CHECKOUT]
Prints, per half and per kind of figure: how many the reader read at all, read whole (one figure over the writer's
first and last digits, or over at least half of a figure written in words; not its parts apart), with the writer's
number (where the writer gives one) and with what it counts (`traps.counts_right`); and the traps (numbers that count
nothing) kept. By design (summarise/grounding/compound.py) a vote written in words ("by 314 votes to 298") and a part
of a group of its own size ("12 of the 40 schools") stay two figures, each counting its own. --other runs the same on
another checkout side by side; --show lists the misses of the tune half only (the holdout's are never shown).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import traps  # (bench/, the script's own folder)

SET = Path(__file__).resolve().parent / "figures_compound"


def same(read: float, labelled: float) -> bool:
    """Whether the reader's number is the writer's, the writer's rounded to at most four decimals ("0.3333")."""
    if math.isclose(read, labelled, rel_tol=1e-6, abs_tol=1e-9):
        return True
    decimals = len(repr(labelled).split(".")[-1]) if "." in repr(labelled) else 0
    return 1 <= decimals <= 4 and round(read, decimals) == labelled


def covers(a: int, b: int, lo: int, surface: str) -> bool:
    """Whether a figure read at a..b holds the writer's figure `surface` (at `lo`) whole: its first and last digits,
    or, written in words, at least half of it."""
    digits = [m.span() for m in re.finditer(r"[0-9０-９٠-٩]+", surface)]
    if not digits:
        return min(b, lo + len(surface)) - max(a, lo) >= len(surface) / 2
    return a <= lo + digits[0][0] and lo + digits[-1][1] <= b


def score_half(path: Path, show: bool) -> dict[str, Any]:
    from summarise.reading import read

    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    kept: Counter[str] = Counter()
    trap_count: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = case["text"]
        reading = read(traps.HEAD + text, case["lang"])
        shift = len(traps.HEAD)
        figures = [(f.value[0] - shift, f.value[1] - shift, f) for f in reading.figures]
        at = 0
        for number in case["numbers"]:
            lo = text.find(number["surface"], at)
            hi = at = lo + len(number["surface"])
            hit = [(a, b, f) for a, b, f in figures if a < hi and lo < b]
            if not number["figure"]:
                trap_count[number["kind"]] += 1
                kept[number["kind"]] += bool(hit)
                if show and hit:
                    print(f"  kept   {case['id']} {number['kind']} {number['surface']!r}: {text[:110]}")
                continue
            tally = kinds[number["kind"]]
            tally["figures"] += 1
            tally["read"] += bool(hit)
            whole = len(hit) == 1 and covers(hit[0][0], hit[0][1], lo, text[lo:hi])
            tally["whole"] += whole
            label = number.get("number")
            if label is not None:
                tally["numbered"] += 1
                tally["number_right"] += whole and same(hit[0][2].number, float(label))
            if whole and "counts" in number:
                tally["counted"] += 1
                options = [number["counts"], *number.get("counts_alt", [])]
                f = hit[0][2]
                said = reading.text[f.counts[0] : f.counts[1]] if f.counts else ""
                tally["counts_right"] += any(traps.counts_right(said, option) for option in options)
            if show and not (whole and (label is None or same(hit[0][2].number, float(label)))):
                parts = [(text[a:b], f.number) for a, b, f in hit]
                print(
                    f"  figure {case['id']} {number['kind']} {number['surface']!r} ({label}) read {parts}: {text[:90]}"
                )
    return {
        "kinds": {kind: dict(tally) for kind, tally in sorted(kinds.items(), key=lambda kv: -kv[1]["figures"])},
        "traps": {kind: [kept[kind], trap_count[kind]] for kind in sorted(trap_count, key=lambda k: -trap_count[k])},
    }


def score(show: bool) -> dict[str, Any]:
    return {half: score_half(SET / f"{half}.jsonl", show and half == "tune") for half in traps.HALVES}


def report(label: str, results: dict[str, Any]) -> None:
    for half, result in results.items():
        total: Counter[str] = Counter()
        for tally in result["kinds"].values():
            total.update(tally)
        kept = sum(a for a, _ in result["traps"].values())
        trap_total = sum(b for _, b in result["traps"].values())
        print(
            f"{label:10} {half:8} figures {total['figures']}: read {total['read']}, whole {total['whole']}, number "
            f"right {total['number_right']}/{total['numbered']}, counts right {total['counts_right']}/"
            f"{total['counted']}; traps kept {kept}/{trap_total}"
        )
        for kind, t in result["kinds"].items():
            print(
                f"{'':19} {kind:14} {t['figures']:3}: read {t.get('read', 0)}, whole {t.get('whole', 0)}, number right "
                f"{t.get('number_right', 0)}/{t.get('numbered', 0)}, counts right {t.get('counts_right', 0)}/"
                f"{t.get('counted', 0)}"
            )
        print(f"{'':19} traps kept: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in result["traps"].items()))


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
