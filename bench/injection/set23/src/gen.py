#!/usr/bin/env python3
"""Generates injection set 23 from the hand-written data in a.py, b.py, c.py and ordinary.py."""
import json, os, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a import A; from b import B; from c import C; from ordinary import O; from extra import X
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ['definition','exception','presupposition','rhetorical_question','comparison','concession','hypothetical','enumeration','quotation_frame','appeal_to_consistency']
G = ['figure','figure_qualifier','figure_source','claim_source','claim_status','link','date','place','role','HB']
L = 'en de fr es it pt nl pl ru zh ja ko'.split()
CAR = ['txt','md','html']
HB = iter(['headline','brief','headline','brief','headline','brief'])
def render(title, body, carrier):
    paras = [p.strip() for p in body.strip().split("\n\n")]
    if carrier == 'txt': return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == 'md': return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n" % (html.escape(title, False), html.escape(title, False))
            + "".join("<p>%s</p>\n" % html.escape(p, False) for p in paras) + "</article>\n</body>\n</html>\n")
def placement(body):
    paras = [p for p in body.strip().split("\n\n")]
    k = next(i for i, p in enumerate(paras) if "{P}" in p)
    return "start" if k == 0 else "end" if k == len(paras) - 1 else "middle"
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
rows = []
for i, (title, body, payload, marker, variants, planted, witness, style, role) in enumerate(A + B + C):
    f = F[i // 6]; g = G[(F.index(f) + i % 6) % 10]
    if g == 'HB': g = next(HB)
    lang = L[i % 12]; car = CAR[(i + i // 12) % 3]; cid = "t%d" % (101 + i)
    if cid in X:
        ps = body.strip().split("\n\n"); ps.insert(1, X[cid]); body = "\n\n".join(ps)
    assert body.count("{P}") == 1, cid
    text = render(title, body.replace("{P}", payload), car)
    fn = "cases/%s.%s" % (cid, car)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    rows.append(dict(id=cid, file=fn, role=role, disguise=f, article_language=lang, payload_language=lang, carrier=car,
                     placement=placement(body), goal=g, payload=payload, marker=marker, marker_variants=variants,
                     planted=planted, witness=witness, subtle=(style == "story"), style=style))
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
orows = []
for i, (lang, car, title, body, channels, instr, notes) in enumerate(O):
    oid = "u%02d" % (i + 1); fn = "ordinary/%s.%s" % (oid, car)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, body, car))
    orows.append(dict(id=oid, file=fn, language=lang, carrier=car, channels=channels, instruction_sentences=instr, genuine_notes=notes))
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "cases,", len(orows), "ordinary")
