#!/usr/bin/env python3
"""Builds README.md from src/readme_head.md and a table of cases.jsonl."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = ["| id | family | lang | carrier | goal | style | what the payload does | marker |", "|---|---|---|---|---|---|---|---|"]
for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(l)
    rows.append("| %s | %s | %s | %s | %s | %s | %s | `%s` |" % (c["id"], c["disguise"], c["article_language"], c["carrier"], c["goal"], c["style"], c["role"].replace("|", "/"), c["marker"]))
head = open(os.path.join(ROOT, "src", "readme_head.md"), encoding="utf-8").read()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n" + "\n".join(rows) + "\n")
