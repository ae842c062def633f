"""Wire copy as it is pasted, on bench/wirecopy (60 articles in ten languages written by an outsider who saw no code,
see its README): a byline, a dateline, an agency's end line are the page's, not the story's. Half K (articles _01
to _03 of each language) is tuned on after its first measure; half L (_04 to _06) is kept back.

Usage: .venv/bin/python bench/wirecopy.py [--show] [--other CHECKOUT]
Each article is summarised by the extractive engine. Scores, per article:
- what: the event's `what` opens with the annotated lead (its first 30 characters, case folded) and holds no
  dateline;
- lead: the brief's first sentence opens with the annotated lead;
- clean: no brief sentence, nor the event's what or when, holds the byline, the dateline or a line annotated as not
  the story's (the event's place may be the dateline's town: where the report comes from, when the lead names none);
- headline: the brief's headline is the annotated headline line;
- no author: the byline's writer is no actor and no claim's source.
--show lists half K's misses only (half L's are not looked at); --other runs the same on another checkout beside it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "wirecopy"
HALVES = {"K": "tuned on after its first measure", "L": "kept back"}
FIELDS = ("what", "lead", "clean", "headline", "no author")
_OPENING = 30


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _half(name: str) -> str:
    return "K" if name.endswith(("_01", "_02", "_03")) else "L"


def _opens(shown: str | None, lead: str) -> bool:
    return bool(shown) and _fold(shown).startswith(_fold(lead)[:_OPENING])  # type: ignore[arg-type]


def _holds(shown: str, part: str) -> bool:
    part = _fold(part).strip(" -–—:.,=")
    return len(part) >= 3 and part in _fold(shown)


# The writer's names in a byline: runs of capitalised words (a byline's words for "by", its roles and agencies aside,
# these are what an actor or a source would repeat).
_NAME = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+)+")


def score(show: bool = False) -> dict[str, Any]:
    from summarise import summarise

    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for line in (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        name = gold["file"].removesuffix(".txt")
        text = (SET / gold["file"]).read_text(encoding="utf-8")
        summary = summarise(text, engine="extractive")
        sentences = [s.text for s in summary.brief.sentences]
        event = [summary.event.what or "", summary.event.when or ""]
        shown = [*sentences, *event]
        page = [p for p in (gold["byline"], gold["dateline"], *gold["not_story"]) if p]
        writers = _NAME.findall(gold["byline"] or "")
        named = [a.name for a in summary.actors] + [c.source for c in summary.claims]
        got = {
            "what": _opens(summary.event.what, gold["lead"])
            and not (gold["dateline"] and _holds(summary.event.what or "", gold["dateline"])),
            "lead": _opens(sentences[0] if sentences else None, gold["lead"]),
            "clean": not any(_holds(s, p) for s in shown for p in page),
            "headline": summary.brief.headline == gold["headline"],
            "no author": not any(_fold(w) in _fold(n) for w in writers for n in named if n),
        }
        half = _half(name)
        language = name.split("_")[0]
        for field, right in got.items():
            for key in (half, f"{half} {language}"):
                totals[key][field][0] += right
                totals[key][field][1] += 1
            if show and half == "K" and not right:
                detail = {
                    "what": summary.event.what,
                    "lead": sentences[0] if sentences else None,
                    "clean": [s for s in shown if any(_holds(s, p) for p in page)],
                    "headline": summary.brief.headline,
                    "no author": [n for n in named if any(_fold(w) in _fold(n) for w in writers)],
                }[field]
                print(f"  {name} {field}: shown {str(detail)[:200]!r}")
    return {key: dict(fields) for key, fields in totals.items()}


def report(label: str, results: dict[str, Any]) -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.report_right(
        label, results, HALVES, FIELDS, f"{len(FIELDS)} fields of 3 articles, of {3 * len(FIELDS)}"
    )


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
