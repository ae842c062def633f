"""The event's place and time on bench/events (80 articles in ten languages, written by an outsider who saw no
code: half A, the reader's place and time rules were tuned on it, and half B, kept back) and bench/events/tune2
(80 more by a second outsider, half C, tuned on after it was measured) and bench/events/tune3 (80 more by a third
outsider, built from a grid of story kinds and formats: half D, tuned on after its first measure, and half E, kept
back) and bench/events/kept4 (80 more by a fourth outsider, built from a grid of the ways a place and a time are
written: half F, kept back whole) and bench/events/kept5 (80 more by a fifth outsider, written as a newsroom's desks
would: half G, kept back whole) and bench/events/kept6 (80 more by a sixth outsider, one lede style an article: half H,
kept back whole) and bench/events/tune7 (80 more by a seventh outsider, built from event types crossed with ways of
writing a place: half I, tuned on after its first measure, and half J, kept back), read by the extractive engine,
which is what every engine's event starts from.

Usage: .venv/bin/python bench/events.py [--show] [--other CHECKOUT]
Two scores per field:
- exact: what is shown holds the annotated core and lies within the annotated phrase ("Lindenfurt" for
  "oberbayerischen Lindenfurt"; "Freitagabend" for "am Freitagabend"), case and width folded;
- loose: the rule `summarise eval` uses, either one inside the other.
A field the article does not give is right only when nothing is shown. --other runs the same on another checkout
(its `summarise` imported in a subprocess) side by side; --show lists every miss.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES = tuple(
    ROOT / "bench" / "events" / part / "cases" for part in (".", "tune2", "tune3", "kept4", "kept5", "kept6", "tune7")
)
HALVES = {
    "A": "tuned",
    "B": "kept back",
    "C": "tuned, second writer",
    "D": "tuned after its first measure, third writer",
    "E": "kept back, third writer",
    "F": "kept back, fourth writer",
    "G": "kept back, fifth writer",
    "H": "kept back, sixth writer",
    "I": "tuned after its first measure, seventh writer",
    "J": "kept back, seventh writer",
}
FIELDS = ("where", "when")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip(" .,;:")


def judge(got: str | None, phrase: str | None, core: str | None) -> tuple[bool, bool]:
    """(exact, loose) for one field."""
    if phrase is None or core is None:
        return got is None, got is None
    if not got:
        return False, False
    g, p, c = _fold(got), _fold(phrase), _fold(core)
    return c in g and g in p, g in p or p in g


def score(show: bool = False) -> dict[str, Any]:
    from summarise import summarise

    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for gold_path in sorted(path for folder in CASES for path in folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        event = summarise(text, engine="extractive").event
        for field in FIELDS:
            got = getattr(event, field)
            exact, loose = judge(got, gold[field], gold[f"{field}_core"])
            for key in (gold["half"], f"{gold['half']} {gold['language']}"):
                row = totals[key][field]
                row[0] += exact
                row[1] += loose
                row[2] += 1
            if show and not exact:
                print(f"  {gold['half']} {gold_path.stem} {field}: shown {got!r}, annotated {gold[field]!r}")
    return {key: dict(fields) for key, fields in totals.items()}


def report(label: str, results: dict[str, Any]) -> None:
    for half, use in HALVES.items():
        if half not in results:
            continue
        r = results[half]
        cells = ", ".join(f"{f} {r[f][0]}/{r[f][2]} exact, {r[f][1]}/{r[f][2]} loose" for f in FIELDS)
        print(f"{label:10} half {half} ({use}): {cells}")
        by_language = sorted(k for k in results if k.startswith(half + " "))
        print(
            f"{'':10} exact by language (where+when of 8): "
            + ", ".join(f"{k[2:]} {results[k]['where'][0] + results[k]['when'][0]}" for k in by_language)
        )


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
