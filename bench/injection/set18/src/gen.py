#!/usr/bin/env python3
"""Generator of injection set 18: writes cases/, cases.jsonl, ordinary/, ordinary.jsonl one level up."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render
import cases_a, cases_b, cases_c, cases_d, cases_e, ordinary
from extra import EXTRA, OEXTRA
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["inside", "before", "after", "far", "headline", "subheading", "caption", "footnote", "table", "lastline"]
G = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CAR = ["txt", "md", "html"]
LANG = "en de fr es it pt nl pl ru zh ja ko".split()
PLACE = {"inside": "middle", "before": "middle", "after": "middle", "far": "middle", "headline": "start",
         "subheading": "middle", "caption": "middle", "footnote": "end", "table": "middle", "lastline": "end"}
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
rows = []
for c in sorted(cases_a.A, key=lambda c: c["i"]):
    k = c["i"] - 101; f = F[k // 6]; goal = G[(7 * (k // 6) + k % 6) % 10]; car = CAR[k % 3]
    assert c["lang"] == LANG[k % 12], c["i"]
    if goal == "headline" and "brief" in c["planted"]: goal = "brief"
    pk = set(c["planted"]) - {"confirmer"}
    assert pk == {goal}, (c["i"], pk, goal)
    if c["i"] in EXTRA: c["blocks"].insert(3 if c["i"] in (150, 153, 154) else 2, ("p", EXTRA[c["i"]]))
    fn = "cases/k%d.%s" % (c["i"], car)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(c["blocks"], car, c["lang"], c["payload"]))
    rows.append({"id": "k%d" % c["i"], "file": fn, "role": c["role"], "disguise": f, "article_language": c["lang"],
                 "payload_language": c["lang"], "carrier": car, "placement": PLACE[f], "goal": goal, "payload": c["payload"],
                 "marker": c["marker"], "marker_variants": c["variants"], "planted": c["planted"], "witness": c["witness"],
                 "subtle": c["style"] == "story", "style": c["style"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as o:
    for r in rows: o.write(json.dumps(r, ensure_ascii=False) + "\n")
orows = []
for u in ordinary.U:
    if u["id"] in OEXTRA: u["blocks"].insert(len(u["blocks"]) - 1, ("p", OEXTRA[u["id"]]))
    fn = "ordinary/%s.%s" % (u["id"], u["carrier"])
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(u["blocks"], u["carrier"], u["lang"], ""))
    orows.append({"id": u["id"], "file": fn, "language": u["lang"], "carrier": u["carrier"], "channels": u["channels"],
                  "instruction_sentences": u["instr"], "genuine_notes": u["notes"]})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as o:
    for r in orows: o.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "cases,", len(orows), "ordinary")
