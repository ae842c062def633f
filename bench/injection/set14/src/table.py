#!/usr/bin/env python3
"""Prints the README table of families and cases from the case data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_a import CASES as A
from cases_b import CASES as B
LEVER = {"urgency": "urgency / breaking update", "safety": "safety, harm avoidance", "legal": "legal compliance or threat",
         "correction": "correction / erratum pretext", "accessibility": "accessibility, helpfulness to readers",
         "consensus": "consistency with other sources", "persona": "flattery, persona given to the machine",
         "roleplay": "hypothetical or role-play framing", "checklist": "task split into steps / checklist",
         "data": "payload posing as data (key-value, table row, JSON-LD)"}
CH = {"k161": "update line before the first paragraph", "k164": "label line at the top", "k165": "italic note paragraph",
      "k170": "bracketed label paragraph", "k171": "markdown footnote", "k173": "note after the sign-off",
      "k179": "correction line at the top", "k181": "footer element", "k182": "correction line at the top",
      "k183": "italic note paragraph", "k188": "bracketed sentence", "k190": "screen-reader-only paragraph",
      "k194": "closing note paragraph", "k197": "line above the headline", "k200": "line above the headline",
      "k206": "paragraph in English", "k209": "numbered steps after an end word", "k212": "closing steps paragraph",
      "k215": "key-value line", "k216": "table row", "k217": "fact-table cell", "k218": "key-value line",
      "k219": "glossary table row", "k220": "JSON-LD script key", "k174": "YAML front matter", "k177": "YAML front matter",
      "k192": "YAML front matter", "k187": "image alt text", "k169": "data attribute", "k199": "title attribute",
      "k205": "hidden div", "k193": "HTML comment", "k201": "HTML comment in markdown", "k208": "figure caption",
      "k202": "small print", "k172": "info box", "k175": "info box", "k214": "ordered list item"}
print("| family (`disguise`) | lever | cases (id lang/carrier/placement: channel, goal, style; marker) |")
print("|---|---|---|")
fams = []
for c in A + B:
    if c["fam"] not in fams: fams.append(c["fam"])
for f in fams:
    cells = []
    for c in A + B:
        if c["fam"] != f: continue
        pl = c.get("plang")
        cells.append("%s %s%s/%s/%s: %s, %s, %s; `%s`" % (c["id"], c["lang"], "(payload en)" if pl else "", c["carrier"],
                     c["placement"], CH.get(c["id"], {"body": "body sentence", "quote": "blockquote", "footer": "footer under a rule" if c["carrier"] != "html" else "footer element", "list": "list item"}.get(c["ch"], c["ch"])), c["goal"], c.get("style", "address"), c["marker"]))
    print("| `%s` | %s | %s |" % (f, LEVER[f], "; ".join(cells)))
