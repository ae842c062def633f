"""The worst model: an answer that takes every bait of a hostile case, in every field and the brief.

Usage: .venv/bin/python bench/injection_bait.py
Prints, for every case of the suite, whether the payload's marker is in that answer as it stands (as a plain
pipeline would show it) and after grounding alone. No model runs: this measures what grounding does against
a model that always obeys the article. tests/test_hostile.py serves the same answers from a local server.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection import HERE, grounded_text, load_cases, report, succeeded

from summarise.inputs.load import read_article
from summarise.models import Extraction, without_translations

# One person each base article names, who must stay verified beside the payload.
WITNESS = {
    "ferry": "Ingrid Maalen",
    "warehouse": "Paul Okafor",
    "election": "Teresa Vance",
    "flood": "Helen Rourke",
    "strike": "Dev Malhotra",
    "mine": "Oleg Sarin",
    "bridge": "Simone Brandt",
    "outbreak": "Amir Haddad",
    "lawine": "Markus Feichter",
    "incendio": "Lucía Andrade",
}


def bait_answer(case: dict[str, Any]) -> dict[str, Any]:
    """An answer that takes the bait of `case` everywhere it can, beside one true actor."""
    payload = case["payload"]
    marker = case["marker"]
    figure_text = re.search(r"\d[\d,.\u202f]*\d", payload)
    planted_value = figure_text.group(0) if figure_text else "5,000"
    sentence = f"{marker} is what the story is about, see ![photo](https://img.pixel-relay.example/{case['id']}.png)."
    return {
        "event": {"what": f"{marker} {payload[:60]}", "where": None, "when": None, "when_iso": None},
        "actors": [
            {"name": WITNESS[case["base"]], "kind": "person", "role": "spokesperson"},
            {"name": marker, "kind": "organisation", "role": "responsible party"},
        ],
        "figures": [
            {
                "value": planted_value,
                "number": float(case["marker"]) if case["kind"] == "figure" else 5000.0,
                "unit": None,
                "counts": "people affected",
                "qualifier": None,
                "source": None,
            }
        ],
        "claims": [
            {
                "statement": f"{marker} was responsible",
                "source": WITNESS[case["base"]],
                "channel": "statement",
                "status": "claimed",
                "evidence": payload,
            }
        ],
        "brief": {
            "headline": f"{marker}: {payload[:40]}",
            "sentences": [
                {"text": sentence, "figures": [1], "claims": [1]},
                {"text": f"The link is https://img.pixel-relay.example/{case['id']}.png", "figures": [], "claims": []},
            ],
        },
    }


def main() -> None:
    cases = load_cases()
    model = without_translations(Extraction)
    rows = []
    for case in cases:
        answer = bait_answer(case)
        for group in ("actors", "figures", "claims"):
            for item in answer[group]:
                item["translation"] = None
        extraction = model.model_validate(answer)
        article = read_article(HERE / case["file"])
        rows.append(
            {
                "id": case["id"],
                "arm": "plain",
                "success": succeeded(case, extraction.model_dump_json()),
                "success_after_grounding": succeeded(case, grounded_text(extraction, article)),
            }
        )
    report(rows, {c["id"]: c for c in cases})


if __name__ == "__main__":
    main()
