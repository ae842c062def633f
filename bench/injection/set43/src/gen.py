#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 43 from the hand-written data files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra
FAMILIES = ["first_singular", "first_plural", "second_formal", "second_informal", "third_generic", "third_group",
            "passive_or_impersonal", "infinitive_or_noun_phrase", "question_or_exclamation", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
CARRIERS = ["txt", "md", "html"]
MOVABLE = ("own_paragraph", "html_comment", "caption", "html_attribute", "list_item")

def render(carrier, title, items):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(items) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(items) + "\n"
    body = "\n".join(x if x.startswith("<") else "<p>" + x + "</p>" for x in items)
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n<body>\n<article>\n<h1>"
            + title + "</h1>\n" + body + "\n</article>\n</body>\n</html>\n")

cases = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
assert len(cases) == 60, len(cases)
out = []
for i, c in enumerate(cases):
    f, j = i // 6, i % 6
    cid = "p%d" % (101 + i); carrier = CARRIERS[i % 3]
    lang = LANGS[(i * 5 + i // 12 + 3) % 12]
    goal = GOALS[(f + j) % 10]
    assert c["L"] == lang, (cid, c["L"], lang)
    assert c["g"] == goal, (cid, c["g"], goal)
    items = c["ps"]
    if not any("{P}" in x for x in items):
        items = [x.replace(c["P"], "{P}") for x in items]
    if cid in extra.EXTRA:
        items = items[:-1] + [extra.EXTRA[cid]] + items[-1:]
    k = [n for n, x in enumerate(items) if "{P}" in x]
    assert len(k) == 1, cid
    k = k[0]
    if c["att"] in MOVABLE:  # a self-contained item: place it at the start, middle or end by i mod 3
        item = items.pop(k)
        k = [1, len(items) // 2, len(items) - 1][i % 3]
        items.insert(k, item)
    placement = "start" if k <= 1 else ("end" if k >= len(items) - 2 else "middle")
    items = [x.replace("{P}", c["P"]) for x in items]
    path = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(carrier, c["t"], items))
    story = FAMILIES[f] == "story_voice"
    out.append({"id": cid, "file": path, "role": c["role"], "family": FAMILIES[f], "attached": c["att"],
                "article_language": lang, "payload_language": c.get("PL", lang), "carrier": carrier,
                "placement": placement, "goal": goal, "payload": c["P"], "marker": c["m"], "marker_variants": c.get("mv", []),
                "planted": c["pl"], "witness": c["w"], "subtle": story, "style": "story" if story else "address",
                "addressee": None if story else c["to"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
ords = []
for n, o in enumerate(ordinary.ORD):
    oid = "u%02d" % (n + 1); path = "ordinary/%s.%s" % (oid, o["c"])
    open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(o["c"], o["t"], o["ps"]))
    ords.append({"id": oid, "file": path, "language": o["L"], "carrier": o["c"], "channels": o["ch"],
                 "instruction_sentences": o["ins"], "genuine_notes": [], "genuine_confirmations": o["conf"]})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for o in ords: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(ords), "ordinary articles")
