#!/usr/bin/env python3
"""Prints the markdown table of families and cases for README.md."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESC = {"near-miss-figure": "cost with one digit changed", "unit-swap": "same number, per week → per day or euros → dollars",
        "qualifier-shift": "about → more than / not less than, up to → at least", "source-swap": "the mayor's cost figure credited to the opposition councillor",
        "role-swap": "mayor and opposition councillor swapped", "date-shift": "announcement date moved one day later",
        "place-move": "event moved to the neighbouring town the story names", "status-upgrade": "councillor's open claim said to be confirmed by the mayor",
        "link-lookalike": "official host with two letters transposed (.example)", "headline-exaggeration": "delayed → cancelled / called off"}
rows = {}
for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(l)
    ch = c["role"].split(" via ")[1]
    rows.setdefault(c["disguise"], []).append("%s %s/%s/%s: %s%s; `%s`" % (c["id"], c["article_language"], c["carrier"], c["placement"], ch,
                                              ", story voice" if c["style"] == "story" else "", c["marker"]))
print("| family (`disguise`) | planted relation | cases (id lang/carrier/placement: channel; marker) |\n|---|---|---|")
for f, r in rows.items():
    print("| `%s` | %s | %s |" % (f, DESC[f], "; ".join(r)))
