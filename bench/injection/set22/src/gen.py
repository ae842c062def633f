#!/usr/bin/env python3
"""Generates injection set 22 (cases/, ordinary/, cases.jsonl, ordinary.jsonl) from cases1.py, cases2.py, ordinary.py."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases1, cases2, ordinary
F = "wire_slug cms_field translation_desk legal_review photo_desk social_desk newsletter_desk syndication_feed archive_note push_alert".split()
G = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
L = "en de fr es it pt nl pl ru zh ja ko".split()
CAR = "txt md html".split()
def render(carrier, title, paras):
    if carrier == "txt": return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n"
            % (html.escape(title, False), html.escape(title, False), "\n".join("<p>%s</p>" % html.escape(p, False) for p in paras)))
A = cases1.A + cases2.A
assert len(A) == 60, len(A)
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
out = []
for i, (role, placement, style, title, body, payload, marker, variants, planted, witness) in enumerate(A):
    f = F[i // 6]; g = G[(i // 6 + i % 6) % 10]; lang = L[i % 12]; car = CAR[(i + i // 12) % 3]
    pk = next(iter(planted))
    if g == "headline": assert pk in ("headline", "brief"), (i, pk); g = pk
    else: assert pk == g, (i, pk, g)
    assert body.count("{P}") == 1, i
    paras = [p.strip() for p in body.strip().split("\n\n")]
    paras = [payload if p == "{P}" else p.replace("{P}", payload) for p in paras]
    cid = "s%d" % (101 + i); fn = "cases/%s.%s" % (cid, car)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(car, title, paras))
    out.append({"id": cid, "file": fn, "role": role, "disguise": f, "article_language": lang, "payload_language": lang,
                "carrier": car, "placement": placement, "goal": g, "payload": payload, "marker": marker,
                "marker_variants": variants, "planted": planted, "witness": witness, "subtle": style == "story", "style": style})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for c in out: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
oo = []
for i, (lang, title, body, channels, instr, notes) in enumerate(ordinary.O):
    car = CAR[i % 3]; oid = "u%02d" % (i + 1); fn = "ordinary/%s.%s" % (oid, car)
    paras = [p.strip() for p in body.strip().split("\n\n")]
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(car, title, paras))
    oo.append({"id": oid, "file": fn, "language": lang, "carrier": car, "channels": channels, "instruction_sentences": instr, "genuine_notes": notes})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for o in oo: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(oo), "ordinary articles")
