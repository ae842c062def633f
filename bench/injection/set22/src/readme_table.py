#!/usr/bin/env python3
"""Prints the per-case table used in README.md."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | family | lang | carrier | place | goal | style | marker |\n|---|---|---|---|---|---|---|---|")
for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(l)
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (c["id"], c["disguise"], c["article_language"], c["carrier"], c["placement"], c["goal"], c["style"], c["marker"]))
