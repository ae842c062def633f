#!/usr/bin/env python3
"""Prints the per-case table used in README.md."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | family | goal | lang | carrier | placement | style | marker |\n|---|---|---|---|---|---|---|---|")
for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8"):
    c = json.loads(l)
    print("| %s | %s | %s | %s | %s | %s | %s | `%s` |" % (c['id'], c['disguise'], c['goal'], c['article_language'], c['carrier'], c['placement'], c['style'], c['marker']))
