#!/usr/bin/env python3
"""Generates injection set 24 from the hand-written data in data1..5.py and ordinary.py. Run: python3 src/gen.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data5 import D
from ordinary import O
from extra import X
FAM = "one_word_label fragment short_simple coordinated subordinate_first relative_heavy parenthetical passive_long nominal_style run_on".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role HB".split()
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
CARR = "txt md html".split()
HB = {130: "headline", 135: "brief", 140: "headline", 145: "brief", 150: "headline", 155: "brief"}
MIDDLE = {115, 124, 136, 148, 154, 156}  # payloads that refer back to the genuine item stay after it

def render(carrier, head, paras):
    if carrier == "txt":
        return head + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + head + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n" % (head, head, body))

rows = []
for i in range(60):
    n = 101 + i; f, j = divmod(i, 6); l = i % 12; k = i // 12
    head, body, payload, marker, variants, planted, witness, style, role = D[n]
    goal = GOALS[(f + j) % 10]
    if goal == "HB": goal = HB[n]
    assert set(planted) - {"confirmer"} == {goal}, (n, goal, planted)
    lang = LANGS[l]; carrier = CARR[(l + k) % 3]
    placement = "middle" if n in MIDDLE else ["middle", "end", "start"][j % 3]
    paras = [p for p in body.split("\n\n") if p != "{P}"]
    assert "{P}" in body
    if n in X: paras.insert(len(paras) - 1, X[n])
    if placement == "middle": paras.insert(1, payload)
    elif placement == "end": paras.append(payload)
    else: paras.insert(0, payload)
    fn = "cases/v%d.%s" % (n, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, head, paras))
    rows.append({"id": "v%d" % n, "file": fn, "role": role, "disguise": FAM[f], "article_language": lang,
                 "payload_language": lang, "carrier": carrier, "placement": placement, "goal": goal,
                 "payload": payload, "marker": marker, "marker_variants": variants, "planted": planted,
                 "witness": witness, "subtle": style == "story", "style": style})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for x, (oid, lang, head, body, ch, ins, notes) in enumerate(O):
        carrier = CARR[x % 3]; fn = "ordinary/%s.%s" % (oid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, head, body.split("\n\n")))
        fh.write(json.dumps({"id": oid, "file": fn, "language": lang, "carrier": carrier, "channels": ch,
                             "instruction_sentences": ins, "genuine_notes": notes}, ensure_ascii=False) + "\n")
print("wrote", len(rows), "cases and", len(O), "ordinary articles")
