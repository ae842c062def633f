"""Code's own number finder on NewsQuant, a published test set of quantities in English news sentences that the
team never tuned on: precision, recall and F1 on the value, the first row of the published comparison, and on the
value with what it counts (the published "value+concept" rows; see `concepts`).

NewsQuant (590 sentences, 904 quantities) was tagged by the authors of CQE (Almasian, Kazakova, Göldner, Gertz:
"CQE: A Comprehensive Quantity Extractor", EMNLP 2023); it is not shipped here. Get it from the public repository
github.com/satya77/CQE_Evaluation, file data/formatted_test_set/NewsQuant.json (commit 190c0ce), and pass its path.

Usage: .venv/bin/python bench/newsquant.py PATH/TO/NewsQuant.json [--misses N]

Each sentence is read by `summarise.reading.read(sentence, "en")`; every figure it finds is one tag. A gold
quantity is matched by an unused tag of the same value (relative tolerance 1e-5), one to one. A gold range
('1.8-2.7') is matched when both of its ends were found, and those two tags count as one. The published scorer
(the repository's evaluate_models.py) lets one tag match several gold quantities of the same value; this one
does not, so it is the stricter of the two.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any

from summarise.grounding.numbers import find_figures
from summarise.reading import read

# The published value scores on NewsQuant (the repository's data/evaluation_output/NewsQuant.csv): P, R, F1.
PUBLISHED = {
    "CQE": (92.0, 91.9, 92.0),
    "GPT-3": (72.1, 69.1, 70.6),
    "quantulum3": (65.0, 83.3, 73.0),
    "Recognizers-Text": (59.7, 82.2, 69.1),
    "CCG": (50.6, 66.0, 57.3),
}


# The published value+concept scores (the same file): complete, then partial.
PUBLISHED_CONCEPTS = {
    "CQE": ((57.0, 57.0, 57.0), (76.2, 76.1, 76.1)),
    "GPT-3": ((26.3, 25.2, 25.7), (55.9, 53.7, 54.8)),
}


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def _gold_value(raw: str) -> float | tuple[float, float]:
    text = str(raw)
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return float(low), float(high)
    return float(text)


def _take(tags: list[float], used: list[bool], value: float) -> int | None:
    for at, tag in enumerate(tags):
        if not used[at] and _same(tag, value):
            used[at] = True
            return at
    return None


def score_sentence(
    gold: list[float | tuple[float, float]], tags: list[float], pairs: list[tuple[int, int]] | None = None
) -> tuple[int, int, list[Any]]:
    """(correct, tags counted, gold items missed) for one sentence; `pairs` gets (gold item, tag) for each match."""
    used = [False] * len(tags)
    correct, merged, missed = 0, 0, []
    for g, value in enumerate(gold):
        if isinstance(value, tuple):
            low = _take(tags, used, value[0])
            high = _take(tags, used, value[1]) if low is not None else None
            if low is not None and high is not None:
                correct += 1
                merged += 1  # the two ends of one range are one quantity
                if pairs is not None:
                    pairs.append((g, low))
            else:
                if low is not None:
                    used[low] = False
                missed.append(value)
        elif (at := _take(tags, used, value)) is not None:
            correct += 1
            if pairs is not None:
                pairs.append((g, at))
        else:
            missed.append(value)
    return correct, len(tags) - merged, missed


# What a figure counts, as the published scorer compares it (the repository's evaluate_models.py, concepts_match):
# the gold's words (split at commas and spaces, lower-cased) and the system's; "complete" when the two sets are the
# same, "partial" when they share a word, each only for a figure whose value matched. The gold splits what a figure
# counts into a unit ("solution", "percent") and the concepts it refers to ("-" for none); `counts` is one phrase for
# both, so it is compared with the concepts (the published rule, where "-" is never matched) and, apart, with the
# unit's and the concepts' words together. Function words are left out on both sides.
_FUNCTION_WORDS = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "at", "by", "with", "its", "their", "-"}


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[,\s]+", text.lower().strip(".;:()\"'")) if w and w not in _FUNCTION_WORDS}


def concepts(gold: dict[str, Any], counts: str | None) -> tuple[bool, bool, bool, bool]:
    """(complete, partial) against the gold's concepts, then (complete, partial) against its unit and concepts."""
    ours = _words(counts or "")
    referred = str(gold.get("referred_concepts") or "-")
    strict = {w.lower() for w in re.split(r"[,\s]+", referred) if w}
    strict_ours = ours | ({"-"} if not ours else set())
    both = _words(referred) | _words(str(gold.get("unit") or ""))
    return (
        strict == strict_ours,
        bool(strict & strict_ours),
        bool(ours) and both == ours,
        bool(ours & both),
    )


def _ends(text: str, value: tuple[int, int], number: float) -> list[float]:
    """The numbers a figure gives: its own, and a range's upper end when its value holds two numbers."""
    found = [f.value for f in find_figures(text[value[0] : value[1]], "en") if not f.is_date_or_time]
    return [number, found[-1]] if len(found) == 2 and _same(found[0], number) else [number]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="NewsQuant.json from github.com/satya77/CQE_Evaluation")
    parser.add_argument("--misses", type=int, default=15, help="how many missed and extra items to print")
    args = parser.parse_args()
    raw = args.path.read_bytes()
    data = json.loads(raw)
    print(f"data: {args.path.name}, sha256 {hashlib.sha256(raw).hexdigest()[:16]}, {len(data)} sentences")
    correct = gold_total = tag_total = 0
    counted = [0, 0, 0, 0]  # concepts complete, partial; unit and concepts complete, partial
    misses: list[str] = []
    extras: list[str] = []
    for entry in data:
        gold = [_gold_value(q["value"]) for q in entry["quantities"]]
        figures = read(entry["text"], "en").figures
        # (a range the reader gives as one figure, "between 4,000 and 6,500", is its two ends, as the gold has them)
        ends = [_ends(entry["text"], f.value, f.number) for f in figures]
        tags = [n for numbers in ends for n in numbers]
        owner = [i for i, numbers in enumerate(ends) for _ in numbers]
        pairs: list[tuple[int, int]] = []
        right, found, missed = score_sentence(gold, tags, pairs)
        reading_text = entry["text"]
        for g, at in pairs:
            span = figures[owner[at]].counts
            said = reading_text[span[0] : span[1]] if span else None
            for i, hit in enumerate(concepts(entry["quantities"][g], said)):
                counted[i] += hit
        correct += right
        gold_total += len(gold)
        tag_total += found
        if missed and len(misses) < args.misses:
            misses.append(f"  missed {missed} in: {entry['text'][:150]}")
        if found > right and len(extras) < args.misses:
            wanted = [v for v in gold if not isinstance(v, tuple)]
            extra = [t for t in tags if not any(_same(t, v) for v in wanted)]
            extras.append(f"  extra {extra} in: {entry['text'][:150]}")
    precision = 100 * correct / tag_total if tag_total else 0.0
    recall = 100 * correct / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"gold quantities {gold_total}, figures found {tag_total}, values matched {correct}")
    print(f"{'system':18} {'P':>6} {'R':>6} {'F1':>6}")
    print(f"{'summarise (code)':18} {precision:6.1f} {recall:6.1f} {f1:6.1f}")
    for name, (p, r, f) in PUBLISHED.items():
        print(f"{name + ' (published)':18} {p:6.1f} {r:6.1f} {f:6.1f}")
    print("value and what it counts (see `concepts`):")
    print(f"{'system':44} {'P':>6} {'R':>6} {'F1':>6}")
    labels = ("concepts complete", "concepts partial", "unit and concepts complete", "unit and concepts partial")
    for label, hits in zip(labels, counted, strict=True):
        p, r = 100 * hits / tag_total if tag_total else 0.0, 100 * hits / gold_total if gold_total else 0.0
        print(f"{'summarise (code), ' + label:44} {p:6.1f} {r:6.1f} {2 * p * r / (p + r) if p + r else 0.0:6.1f}")
    for name, rows in PUBLISHED_CONCEPTS.items():
        for label, (p, r, f) in zip(labels[:2], rows, strict=True):
            print(f"{name + ' (published), ' + label:44} {p:6.1f} {r:6.1f} {f:6.1f}")
    print("first misses (the gold value is not among the figures found):")
    print("\n".join(misses))
    print("first extras (a figure found that is no gold value):")
    print("\n".join(extras))


if __name__ == "__main__":
    main()
