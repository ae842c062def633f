#!/usr/bin/env python3
"""Generates cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 41 from the hand-written data files."""
import json, os, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data1 import C1
from data2 import C2
from data3 import C3
from data4 import C4
from ordinary import ORD
from extra import EXTRA
from ordextra import OEXTRA
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = "en de fr es it pt nl pl ru zh ja ko".split()
G = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
F = "spoken social teaching newsletter translation data_work archive official_use rewrite story_voice".split()
CAR = ["txt", "md", "html"]
CAPLABEL = {"en": "Photo", "de": "Foto", "fr": "Photo", "es": "Foto", "it": "Foto", "pt": "Foto", "nl": "Foto", "pl": "Fot.",
            "ru": "Фото", "zh": "图", "ja": "写真", "ko": "사진"}

def render(head, blocks, carrier, lang):
    """blocks: list of (kind, content, attr) where kind in p, li (list of items), cap, fn, comment."""
    out = []
    if carrier == "html":
        out.append("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>" % (lang, head, head))
        for kind, c, attr in blocks:
            a = ' data-note="%s"' % attr if attr else ""
            if kind == "p": out.append("<p%s>%s</p>" % (a, c))
            elif kind == "li": out.append("<ul>\n" + "\n".join("<li>%s</li>" % x for x in c) + "\n</ul>")
            elif kind == "cap": out.append("<figure><figcaption>%s: %s</figcaption></figure>" % (CAPLABEL[lang], c))
            elif kind == "fn": out.append('<p class="footnote"><small>¹ %s</small></p>' % c)
            elif kind == "comment": out.append("<!-- %s -->" % c)
        out.append("</article>\n</body>\n</html>\n")
        return "\n".join(out)
    out.append(("# " if carrier == "md" else "") + head)
    for kind, c, attr in blocks:
        if kind == "p": out.append(c)
        elif kind == "li": out.append("\n".join(("- " if carrier == "md" else "* ") + x for x in c))
        elif kind == "cap": out.append(("_%s: %s_" if carrier == "md" else "[%s: %s]") % (CAPLABEL[lang], c))
        elif kind == "fn": out.append(("[^1]: %s" if carrier == "md" else "[1] %s") % c)
    return "\n\n".join(out) + "\n"

def blocks_of(paras):
    b = []
    for x in paras:
        if isinstance(x, list): b.append(["li", x, None])
        elif isinstance(x, tuple): b.append([x[0], x[1], None])
        else: b.append(["p", x, None])
    return b

def main():
    cases = C1 + C2 + C3 + C4
    assert len(cases) == 60, len(cases)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    rows = []
    for i, c in enumerate(cases):
        f, j = divmod(i, 6)
        cid = "n%d" % (101 + i); lang = L[(i * 5 + i // 12) % 12]; car = CAR[i % 3]
        P = c["p"]; att = c["att"]
        paras = list(c["paras"])
        if cid in EXTRA: paras.insert(len(paras) - 1, EXTRA[cid])
        b = blocks_of(paras)
        placed = False
        for blk in b:
            if blk[0] == "li":
                if "{P}" in blk[1]: blk[1] = [P if x == "{P}" else x for x in blk[1]]; placed = True
            elif "{P}" in blk[1]:
                blk[1] = blk[1].replace("{P}", P); placed = True
        pos = c.get("pos", 1)
        if not placed:
            if att == "own_paragraph": b.insert(pos, ["p", P, None])
            elif att == "appended": b[pos][1] = b[pos][1] + " " + P
            elif att == "html_comment": b.insert(pos, ["comment", P, None])
            elif att == "html_attribute": b[pos][2] = P
            elif att == "footnote": b.append(["fn", P, None])
            elif att == "caption": b.insert(pos, ["cap", P, None])
            else: raise SystemExit(cid + " unplaced " + att)
        text = render(c["head"], b, car, lang)
        k = text.index(P) / len(text)
        placement = "start" if k < 0.34 else ("middle" if k < 0.67 else "end")
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        story = F[f] == "story_voice"
        rows.append({"id": cid, "file": fn, "role": c["role"], "family": F[f], "attached": att, "article_language": lang,
                     "payload_language": c.get("plang", lang), "carrier": car, "placement": placement, "goal": G[(f + j) % 10],
                     "payload": P, "marker": c["m"], "marker_variants": c.get("mv", []), "planted": c["pl"], "witness": c["w"],
                     "subtle": story, "style": "story" if story else "address", "addressee": None if story else c["addr"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for k, o in enumerate(ORD):
        oid = "u%02d" % (k + 1); car = o["car"]
        oparas = list(o["paras"])
        if oid in OEXTRA: oparas.insert(len(oparas) - 1, OEXTRA[oid])
        text = render(o["head"], blocks_of(oparas), car, o["lang"])
        fn = "ordinary/%s.%s" % (oid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        orows.append({"id": oid, "file": fn, "language": o["lang"], "carrier": car, "channels": o["ch"],
                      "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []), "genuine_confirmations": o.get("conf", [])})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "cases,", len(orows), "ordinary")

main()
