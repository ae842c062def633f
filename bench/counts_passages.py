"""What each figure counts, on short news passages in English, German, French, Spanish, Russian, Italian and
Portuguese labelled by an outside writer (bench/counts_passages/, see its README), by half, language and form.

Usage: .venv/bin/python bench/counts_passages.py [--show] [--other CHECKOUT]

Each passage is read by `summarise.reading.read(text, lang)`. A labelled figure is found when a figure read overlaps
its value as written. Of those found, what the figure counts (`counts`, a span of the passage) is:
- right: its words hold the label's core (the shortest words naming what is counted: "people", "revenue",
  "Arbeitslosenquote") or one of the phrases the writer also accepts;
- exact: its words are the core's or an accepted phrase's, leaving out an article or a determiner at either end.
Items with an even number tune, odd ones are kept back; --show lists the tune half's misses only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "counts_passages"
HALVES = ("tune", "holdout")
# (an article or determiner at either end of a phrase: "the revenue" is "revenue")
_DETERMINERS = {
    "the", "a", "an", "its", "their", "this", "these", "der", "die", "das", "den", "dem", "des", "ein", "eine",
    "einen", "einem", "einer", "le", "la", "les", "l", "un", "une", "du", "de", "d", "el", "los", "las",
    "lo", "una", "unos", "unas", "il", "gli", "i", "uno", "o", "os", "as", "um", "uma", "do", "da", "dos",
    "del", "di", "of",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _words(text: str) -> list[str]:
    # (an elided article is an article: "l'action" is "action")
    words = [re.sub(r"^(?:l|d|dell|all|dall|nell|sull)['’]", "", w.lower()) for w in _WORD.findall(text)]
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words


def _holds(said: list[str], wanted: list[str]) -> bool:
    n = len(wanted)
    return n > 0 and any(said[i : i + n] == wanted for i in range(len(said) - n + 1))


def _value_span(text: str, figure: dict[str, Any]) -> tuple[int, int]:
    at = -1
    for _ in range(figure.get("occurrence", 1)):
        at = text.index(figure["value"], at + 1)
    return at, at + len(figure["value"])


def items(half: str) -> list[dict[str, Any]]:
    lines = (SET / "items.jsonl").read_text(encoding="utf-8").splitlines()
    chosen = []
    for line in lines:
        item = json.loads(line)
        number = int(item["id"].rsplit("-", 1)[1])
        if (number % 2 == 0) == (half == "tune"):
            chosen.append(item)
    return chosen


def score_items(chosen: list[dict[str, Any]], show: bool) -> dict[str, int]:
    from summarise.reading import read

    r = {"figures": 0, "found": 0, "right": 0, "exact": 0, "none": 0}
    for item in chosen:
        text = item["text"]
        figures = read(text, item["lang"]).figures
        for gold in item["figures"]:
            r["figures"] += 1
            lo, hi = _value_span(text, gold)
            hit = next((f for f in figures if f.value[0] < hi and lo < f.value[1]), None)
            if hit is None:
                if show:
                    print(f"  {item['id']} not found: {gold['value']!r} in {text!r}")
                continue
            r["found"] += 1
            said = _words(text[hit.counts[0] : hit.counts[1]]) if hit.counts else []
            r["none"] += not said
            phrases = [_words(p) for p in (gold["core"], *gold.get("accept", []))]
            right = any(_holds(said, p) for p in phrases)
            exact = any(said == p for p in phrases)
            r["right"] += right
            r["exact"] += exact
            if show and not exact:
                print(
                    f"  {item['id']} {item['form']:12} {gold['value']!r}: counts {' '.join(said)!r}, wanted "
                    f"{gold['core']!r} {gold.get('accept', [])}{'' if right else '  (WRONG)'}\n      {text}"
                )
    return r


def score(show: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for half in HALVES:
        chosen = items(half)
        results[f"{half} all"] = score_items(chosen, show and half == "tune")
        for lang in sorted({i["lang"] for i in chosen}):
            results[f"{half} {lang}"] = score_items([i for i in chosen if i["lang"] == lang], False)
        for form in sorted({i["form"] for i in chosen}):
            results[f"{half} {form}"] = score_items([i for i in chosen if i["form"] == form], False)
    return results


def report(label: str, results: dict[str, Any]) -> None:
    for key, r in results.items():
        print(
            f"{label:10} {key:22} figures {r['figures']:3}, found {r['found']:3}, counts right {r['right']:3}, "
            f"exact {r['exact']:3}, none {r['none']:3}"
        )


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
