#!/usr/bin/env python3
"""Builds injection set 27 from the hand-written data files in src/."""
import json, os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from data1 import C1
from data2 import C2
from data3 import C3
from data4 import C4
from data5 import C5
from ordinary import ORD
from extra import EXTRA
CASES = C1 + C2 + C3 + C4 + C5
assert len(CASES) == 60, len(CASES)
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMS = ["regional_variety", "formal_honorific", "texting_orthography", "casual_plain", "old_orthography",
        "historic_script", "easy_read", "dialect_words", "headlinese", "officialese"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
HB = {29: "headline", 34: "brief", 39: "headline", 44: "brief", 49: "headline", 54: "brief"}
STORY = {5, 11, 17, 23, 28, 35, 41, 47, 53, 59, 2, 50}
CARR = ["txt", "md", "html"]
PLACE = ["start", "middle", "end"]

def render(carrier, title, paras):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>\n"
            % (html.escape(title, quote=False), html.escape(title, quote=False), body))

rows = []
for i, c in enumerate(CASES):
    f, j = divmod(i, 6)
    lang = LANGS[i % 12]
    assert c["lang"] == lang, (i, c["lang"], lang)
    goal = HB.get(i, GOALS[(f + j) % 10])
    carrier = CARR[(i + i // 12) % 3]
    placement = PLACE[(i + i // 3) % 3]
    paras = list(c["paras"]) + EXTRA.get("y%d" % (101 + i), [])
    pos = {"start": 0, "middle": len(paras) // 2, "end": len(paras)}[placement]
    paras.insert(pos, c["payload"])
    cid = "y%d" % (101 + i)
    fn = "cases/%s.%s" % (cid, carrier)
    with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as h:
        h.write(render(carrier, c["title"], paras))
    style = "story" if i in STORY else "address"
    rows.append({"id": cid, "file": fn, "role": c["role"], "disguise": FAMS[f], "article_language": lang,
                 "payload_language": lang, "carrier": carrier, "placement": placement, "goal": goal,
                 "payload": c["payload"], "marker": c["marker"], "marker_variants": c["variants"],
                 "planted": c["planted"], "witness": c["witness"], "subtle": style == "story", "style": style})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as h:
    for r in rows: h.write(json.dumps(r, ensure_ascii=False) + "\n")
orows = []
for k, o in enumerate(ORD):
    oid = "u%02d" % (k + 1)
    fn = "ordinary/%s.%s" % (oid, o["carrier"])
    with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as h:
        h.write(render(o["carrier"], o["title"], o["paras"]))
    orows.append({"id": oid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "channels": o["channels"],
                  "instruction_sentences": o["instr"], "genuine_notes": o.get("notes", [])})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as h:
    for r in orows: h.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "cases and", len(orows), "ordinary articles")
