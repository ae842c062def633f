"""The reporting-clause reader on short news passages (two to four sentences) in English, German, French, Spanish,
Russian, Ukrainian and Arabic, labelled by an outside writer (bench/attributions_passages/, see its README), by half
and by the form each clause takes: a clause that credits the sentence before it ("Das teilte die Stadt mit.", "Об этом
сообщил …"), a quotation split by its clause, a colon before a quotation, one party with two verbs ("X confirmed A but
denied B"), a follow-up by the same party ("He added that …") and an ordinary clause.

Usage: .venv/bin/python bench/attributions_passages.py [--show] [--other CHECKOUT]
Scored as bench/attributions_spaced.py scores its set (read at the labelled cue, party right, claim exact or close,
status right, traps, extra clauses). The rows by form count only that form's clauses (their traps and extras are
the half's). --show lists the misses of the tune half only (the holdout's are never shown); the set was written
after the reader's rules for these forms and before they were tuned on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attributions_spaced as spaced

SET = Path(__file__).resolve().parent / "attributions_passages"
FORMS = ("anaphoric", "split_quote", "colon", "two_verbs", "follow_up", "ordinary")


def _only(lines: list[str], form: str) -> list[str]:
    """The items holding a clause of `form`, with their other clauses left out."""
    items = [json.loads(line) for line in lines]
    return [
        json.dumps({**item, "attributions": [a for a in item["attributions"] if a["form"] == form]})
        for item in items
        if any(a["form"] == form for a in item["attributions"])
    ]


def score(show: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for half in spaced.HALVES:
        lines = (SET / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()
        for lang in (*spaced.LANGUAGES, "all"):
            chosen = [x for x in lines if lang == "all" or json.loads(x)["lang"] == lang]
            results[f"{half} {lang}"] = spaced.score_half(chosen, show and half == "tune" and lang == "all")
        for form in FORMS:
            results[f"{half} {form}"] = spaced.score_half(_only(lines, form), False)
    return results


def report(label: str, results: dict[str, Any]) -> None:
    for key, r in results.items():
        if key.split()[1] in FORMS:
            print(
                f"{label:10} {key:20} read {r['read']}/{r['clauses']}, source right {r['source_right']}, claim exact "
                f"{r['claim_exact']} (close {r['claim_close']}), status right {r['status_right']}/{r['statused']}"
            )
        else:
            spaced.report(label, {key: r})


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
