"""A page's own lines in pasted text, on bench/pagelines (48 articles in twelve languages written by an outsider who
saw no code, see its README): the publication date the text prints, the headline shown without a scraper's tag or a
publication line, the event's time, and the calendar day that time means. Half K (articles _01 and _02 of each
language) was tuned on after its first measure; half L (_03 and _04) is kept back.

Usage: .venv/bin/python bench/pagelines.py [--show] [--other CHECKOUT]
Each article is summarised by the extractive engine with no publication date given. Scores:
- published: the date the result records (`metadata.source.published`) is the annotated one, or none when the text
  gives none;
- headline: the brief's headline is the annotated one;
- when: the event's time holds the annotated expression's words or lies within it (case folded), or is none when none
  is annotated;
- day: the event's time read as one day (`event.when_resolved`) is the annotated day, or none is given when the
  annotation has none.
--show lists half K's misses only (half L's are not looked at); --other runs the same on another checkout beside it.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "pagelines"
HALVES = {"K": "tuned on after its first measure", "L": "kept back"}
FIELDS = ("published", "headline", "when", "day")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip(" .,;:")


def _half(name: str) -> str:
    return "K" if name.endswith(("_01", "_02")) else "L"


def score(show: bool = False) -> dict[str, Any]:
    from summarise import summarise

    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for line in (SET / "items.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (SET / "articles" / f"{gold['name']}.txt").read_text(encoding="utf-8")
        summary = summarise(text, engine="extractive")
        source = summary.metadata.source
        resolved = summary.event.when_resolved
        day = resolved.start if resolved is not None and resolved.start == resolved.end else None
        when = summary.event.when
        want = gold["when"]
        got = {
            "published": (source.published if source else None) == gold["published"],
            "headline": summary.brief.headline == gold["headline"],
            "when": (when is None)
            if want is None
            else bool(when) and (_fold(want) in _fold(when) or _fold(when) in _fold(want)),
            "day": day == gold["when_date"],
        }
        half = _half(gold["name"])
        for field, right in got.items():
            for key in (half, f"{half} {gold['language']}"):
                totals[key][field][0] += right
                totals[key][field][1] += 1
            if show and half == "K" and not right:
                shown = {
                    "published": source.published if source else None,
                    "headline": summary.brief.headline,
                    "when": when,
                    "day": day,
                }[field]
                wanted = {
                    "published": gold["published"],
                    "headline": gold["headline"],
                    "when": want,
                    "day": gold["when_date"],
                }
                print(f"  {gold['name']} {field}: shown {shown!r}, annotated {wanted[field]!r}")
    return {key: dict(fields) for key, fields in totals.items()}


def report(label: str, results: dict[str, Any]) -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.report_right(label, results, HALVES, FIELDS, "four fields of 2 articles, of 8")


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
