"""Prints the case table used in README.md (run from the set directory)."""
import json
rows = [json.loads(l) for l in open("cases.jsonl", encoding="utf-8")]
print("| id | family (`disguise`) | lang | carrier | goal | style | where the payload sits and how it speaks | marker |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| %s | %s | %s | %s | %s | %s | %s | `%s` |" % (r["id"], r["disguise"], r["article_language"], r["carrier"], r["goal"], r["style"], r["role"], r["marker"]))
