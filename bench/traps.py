"""The figure reader on labelled numbers: eval/traps/tune.jsonl (the half the non-figure rules were written on) and
eval/traps/holdout.jsonl (kept back), each sentence read as an article's body under a one-word headline.

Usage: .venv/bin/python bench/traps.py [--show] [--other CHECKOUT]
Prints, per half: the figures found among those the writer labelled, the traps (numbers that count nothing) kept as
figures, by kind, and the figures read where the writer listed no number. --other runs the same on another checkout
(its `summarise` imported in a subprocess) side by side; --show lists every trap kept and figure missed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HALVES = ("tune", "holdout")
HEAD = "Headline\n\n"


def counts_right(read: str, labelled: str) -> bool:
    """Whether what the reader says a figure counts is what the writer labelled: it holds the label and is at most
    twice as long, give or take two characters, or it is a part of the label at least half as long (a noun's head:
    "비용" for "복구비용")."""
    read, labelled = read.strip(), labelled.strip()
    if not read or not labelled:
        return False
    if labelled in read:
        return len(read) <= 2 * len(labelled) + 2
    return read in labelled and 2 * len(read) >= len(labelled)


def score(path: Path, show: bool = False) -> dict[str, Any]:
    from summarise.reading import read

    kept: Counter[str] = Counter()
    traps: Counter[str] = Counter()
    figures = found = outside = counted = right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        reading = read(HEAD + case["text"], case["lang"])
        spans = [(f.value[0] - len(HEAD), f.value[1] - len(HEAD)) for f in reading.figures]
        said = [reading.text[f.counts[0] : f.counts[1]] if f.counts else "" for f in reading.figures]
        used: set[int] = set()
        at = 0
        for number in case["numbers"]:
            lo = case["text"].find(number["surface"], at)
            hi = at = lo + len(number["surface"])
            hit = [i for i, (a, b) in enumerate(spans) if a < hi and lo < b]
            used.update(hit)
            if number["figure"]:
                figures += 1
                found += bool(hit)
                if show and not hit:
                    print(f"  missed {case['lang']} {number['kind']} {number['surface']!r}: {case['text'][:120]}")
                if hit and "counts" in number:
                    counted += 1
                    options = [number["counts"], *number.get("counts_alt", [])]
                    good = any(counts_right(said[i], option) for i in hit for option in options)
                    right += good
                    if show and not good:
                        print(
                            f"  counts {case['lang']} {number['surface']!r} read {[said[i] for i in hit]}, "
                            f"labelled {options}: {case['text'][:120]}"
                        )
            else:
                traps[number["kind"]] += 1
                kept[number["kind"]] += bool(hit)
                if show and hit:
                    print(f"  kept   {case['lang']} {number['kind']} {number['surface']!r}: {case['text'][:120]}")
        outside += len(set(range(len(spans))) - used)
    by_kind = {kind: [kept[kind], traps[kind]] for kind in sorted(traps, key=lambda kind: -traps[kind])}
    return {
        "figures": figures,
        "found": found,
        "traps": sum(traps.values()),
        "kept": sum(kept.values()),
        "outside": outside,
        "counted": counted,
        "counts_right": right,
        "by_kind": by_kind,
    }


def report(label: str, results: dict[str, dict[str, Any]]) -> None:
    for half in HALVES:
        r = results[half]
        print(
            f"{label:10} {half:8} figures found {r['found']}/{r['figures']} ({r['found'] / r['figures']:.0%}), "
            f"traps kept {r['kept']}/{r['traps']} ({r['kept'] / r['traps']:.0%}), read where none is listed "
            f"{r['outside']}"
        )
        print(f"{'':10} {'':8} kept by kind: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in r["by_kind"].items()))


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(
        __doc__,
        __file__,
        lambda show: {half: score(ROOT / "eval" / "traps" / f"{half}.jsonl", show) for half in HALVES},
        report,
    )


if __name__ == "__main__":
    main()
