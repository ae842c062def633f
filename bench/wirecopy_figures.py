"""What each figure counts in whole pasted articles: bench/wirecopy's 60 articles in ten languages, every figure
labelled by a helper who read no code (bench/wirecopy/figures.jsonl, see the set's README), by half and language.

Usage: .venv/bin/python bench/wirecopy_figures.py [--show] [--other CHECKOUT]

Each article is summarised as the default command does without a model (`engine="extractive"`): the figures scored
are the ones a user is shown. A labelled figure is found when a shown figure's span overlaps its value (at its
occurrence in the file). Of those found, what the figure counts (`counts`) is:
- right: its words hold the label's core or one of the phrases the labeller also accepts (in Chinese, Japanese and
  Korean: its characters hold them);
- exact: its words are the core's or an accepted phrase's, an article or a determiner at either end aside;
- bare: it is only the figure's own value, or it has no letter but the value's.
`qualifier` counts the found figures whose qualifier is given when, and only when, the labeller gives one.
Half K is the articles numbered _01 to _03, half L (kept back) _04 to _06; --show lists half K's misses only.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "wirecopy"
HALVES = {"K": "tuned on", "L": "kept back"}
FIELDS = ("found", "right", "exact", "bare", "qualifier")
_CJK = ("zh", "ja", "ko")


def _half(name: str) -> str:
    return "K" if name.endswith(("_01.txt", "_02.txt", "_03.txt")) else "L"


def _value_span(text: str, value: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(value, at + 1)
    return at, at + len(value)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _judge(said: str, phrases: list[str], lang: str) -> tuple[bool, bool]:
    """Whether `said` holds one of `phrases`, and whether it is one of them (determiners at its ends aside)."""
    from counts_passages import _holds, _words  # (bench/, the script's own folder)

    if lang in _CJK:
        folded = _fold(said).replace(" ", "")
        wanted = [_fold(p).replace(" ", "") for p in phrases]
        return any(w and w in folded for w in wanted), any(w == folded for w in wanted)
    words = _words(said)
    wanted_words = [_words(p) for p in phrases]
    return any(_holds(words, w) for w in wanted_words), any(words == w for w in wanted_words)


def score(show: bool = False) -> dict[str, Any]:
    from summarise import summarise

    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (SET / "figures.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        name, lang = entry["file"], entry["file"][:2]
        text = (SET / name).read_text(encoding="utf-8")
        shown = summarise(text, engine="extractive").figures
        for gold in entry["figures"]:
            lo, hi = _value_span(text, gold["value"], gold.get("occurrence", 1))
            for key in (_half(name), f"{_half(name)} {lang}"):
                totals[key]["figures"] += 1
            if gold.get("core") is None:
                continue
            totals[_half(name)]["labelled"] += 1
            hit = next((f for f in shown if f.span is not None and f.span.start < hi and lo < f.span.end), None)
            if hit is None:
                if show and _half(name) == "K":
                    print(f"  {name} not shown: {gold['value']!r}")
                continue
            said = hit.counts or ""
            right, exact = _judge(said, [gold["core"], *gold.get("accept", [])], lang)
            bare = not any(c.isalpha() for c in _fold(said).replace(_fold(hit.value), ""))
            agreed = (hit.qualifier is None) == (gold.get("qualifier") is None)
            for key in (_half(name), f"{_half(name)} {lang}"):
                for field, hit_it in (("found", True), ("right", right), ("exact", exact), ("bare", bare)):
                    totals[key][field] += hit_it
                totals[key]["qualifier"] += agreed
            if show and _half(name) == "K" and not right:
                print(f"  {name} {gold['value']!r}: counts {said!r}, wanted {gold['core']!r} {gold.get('accept', [])}")
    return {key: dict(counts) for key, counts in sorted(totals.items())}


def report(label: str, results: dict[str, Any]) -> None:
    for half, use in HALVES.items():
        r = results.get(half)
        if not r:
            continue
        print(
            f"{label:10} half {half} ({use}): figures {r['figures']}, labelled {r['labelled']}, found {r['found']}, "
            f"counts right {r['right']}, exact {r['exact']}, bare {r['bare']}, qualifier agrees {r['qualifier']}"
        )
        languages = sorted(k for k in results if k.startswith(half + " "))
        print(
            f"{'':10} right/found by language: "
            + ", ".join(f"{k[2:]} {results[k].get('right', 0)}/{results[k].get('found', 0)}" for k in languages)
        )


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
