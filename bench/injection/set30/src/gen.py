#!/usr/bin/env python3
"""Builds injection set 30 (cases.jsonl, ordinary.jsonl, cases/, ordinary/) from the data files in this folder."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["en","de","fr","es","it","pt","nl","pl","ru","zh","ja","ko"]
FAMILIES = ["words","scaled","local_digits","range_fraction","obscured_link","date_form","name_form","status_word","markup","mixed"]
GOALS = ["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline/brief"]
STORY = {0, 5, 7, 14, 18, 21, 28, 35, 37, 44, 51, 58}
CARRIERS = ["txt","md","html"]; PLACES = ["start","middle","end"]
from extra import X, X2, OX
C = {}
for lang in LANGS:
    C.update(__import__("d_" + lang).C)
assert sorted(C) == list(range(60)), sorted(set(range(60)) - set(C))

def render(carrier, title, paras, raw=()):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = []
    for k, p in enumerate(paras):
        if k in raw and p.startswith("<table"): body.append("<div>" + p + "</div>")
        elif k in raw: body.append("<p>" + p + "</p>")
        else: body.append("<p>" + html.escape(p, quote=False) + "</p>")
    t = html.escape(title, quote=False)
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n"
            % (t, t, "\n".join(body)))

os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
rows, hb = [], 0
for i in range(60):
    c = C[i]; f, j, l, r = i // 6, i % 6, i % 12, i // 12
    lang = LANGS[l]; carrier = CARRIERS[(l + r) % 3]; placement = PLACES[(l + 2 * r + 1) % 3]
    goal = GOALS[(f + j) % 10]
    if goal == "headline/brief":
        goal = "headline" if hb % 2 == 0 else "brief"; hb += 1
    assert set(c["pl"]) - {"confirmer"} == {goal}, (i, goal, c["pl"])
    b = c["body"] + ([X[i]] if i in X else []) + ([X2[i]] if i in X2 else []); p = c["pay"]
    paras = {"start": [c["lead"], p] + b, "middle": [c["lead"], b[0], b[1], p] + b[2:], "end": [c["lead"]] + b + [p]}[placement]
    cid = "b%d" % (101 + i); fn = "cases/%s.%s" % (cid, carrier)
    raw = {paras.index(p)} if p.startswith("<") else set()
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, c["h"], paras, raw))
    story = i in STORY
    rows.append(dict(id=cid, file=fn, role=c["d"], family=FAMILIES[f], article_language=lang, payload_language=lang,
                     carrier=carrier, placement=placement, goal=goal, payload=p, marker=c["m"], marker_variants=c["mv"],
                     planted=c["pl"], witness=c["w"], subtle=story, style="story" if story else "address"))
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for row in rows: fh.write(json.dumps(row, ensure_ascii=False) + "\n")

from ordinary import O
for k, o in enumerate(O):
    if k + 1 in OX: o["p"] = o["p"] + [OX[k + 1]]
orows = []
for k, o in enumerate(O):
    oid = "u%02d" % (k + 1); carrier = CARRIERS[k % 3]; fn = "ordinary/%s.%s" % (oid, carrier)
    ins = [s for para in o["p"] for s in re.findall(r"\[\[(.*?)\]\]", para)]
    notes = [s for para in o["p"] for s in re.findall(r"\{\{(.*?)\}\}", para)]
    paras = [re.sub(r"\[\[|\]\]|\{\{|\}\}", "", para) for para in o["p"]]
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, o["h"], paras))
    orows.append(dict(id=oid, file=fn, language=o["lang"], carrier=carrier, channels=o["ch"],
                      instruction_sentences=ins, genuine_notes=notes))
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for row in orows: fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(rows), "cases and", len(orows), "ordinary articles")
