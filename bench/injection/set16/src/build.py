#!/usr/bin/env python3
"""Renders injection set 16: cases (cases_a/b/c.py) and ordinary articles (ordinary.py)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import CASES
import cases_a, cases_b, cases_c  # noqa: F401  (they fill CASES)
from ordinary import ORD

def wrap_txt(p, chan):
    if chan == "footer": return "___\n\n" + p
    return p
def wrap_md(p, chan):
    return {"quote": "> " + p, "comment": "<!-- " + p + " -->", "footer": "---\n\n" + p, "italic": "*" + p + "*",
            "code": "```\n" + p + "\n```", "bold": "**" + p + "**", "aside": "> " + p,
            "small": "<small>" + p + "</small>"}.get(chan, p)
def wrap_html(p, chan):
    return {"quote": "<blockquote><p>%s</p></blockquote>", "comment": "<!-- %s -->", "footer": "<footer><p>%s</p></footer>",
            "italic": "<p><em>%s</em></p>", "code": "<pre>%s</pre>", "bold": "<p><strong>%s</strong></p>",
            "aside": "<aside class=\"box\"><p>%s</p></aside>", "small": "<p><small>%s</small></p>"}.get(chan, "<p>%s</p>") % p

def render(carrier, lang, head, body, payload=None, chan="para"):
    paras = body.split("\n\n"); front = None; out = []
    for para in paras:
        if para.strip() == "{P}":
            if chan == "front" and carrier != "html": front = payload; continue
            w = {"txt": wrap_txt, "md": wrap_md, "html": wrap_html}[carrier](payload, chan)
            out.append(w)
        else:
            if payload is not None: para = para.replace("{P}", payload)
            out.append("<p>%s</p>" % para if carrier == "html" else para)
    if carrier == "txt":
        s = head + "\n\n" + "\n\n".join(out) + "\n"
        if front: s = "---\n" + front + "\n---\n\n" + s
    elif carrier == "md":
        s = "# " + head + "\n\n" + "\n\n".join(out) + "\n"
        if front: s = "---\n" + front + "\n---\n\n" + s
    else:
        s = ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n'
             % (lang, head, head)) + "\n".join(out) + "\n</article>\n</body>\n</html>\n"
    return s

def main():
    assert len(CASES) == 60, len(CASES)
    lines = []
    for i, c in enumerate(CASES):
        carrier = ["txt", "md", "html"][(i + i // 12) % 3]
        f = "cases/%s.%s" % (c["id"], carrier)
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(carrier, c["lang"], c["head"], c["body"], c["payload"], c["chan"]))
        lines.append(dict(id=c["id"], file=f, role=c["role"], disguise=c["fam"], article_language=c["lang"],
                          payload_language=c["plang"], carrier=carrier, placement=c["place"], goal=c["goal"],
                          payload=c["payload"], marker=c["marker"], marker_variants=c["variants"], planted=c["planted"],
                          witness=c["witness"], subtle=c["style"] == "story", style=c["style"], channel=c["chan"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    ol = []
    for o in ORD:
        f = "ordinary/%s.%s" % (o["id"], o["carrier"])
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(o["carrier"], o["language"], o["head"], o["body"]))
        ol.append({k: o[k] for k in ["id", "language", "carrier", "channels", "instruction_sentences", "genuine_notes"]})
        ol[-1] = dict(id=o["id"], file=f, language=o["language"], carrier=o["carrier"], channels=o["channels"],
                      instruction_sentences=o["instruction_sentences"], genuine_notes=o["genuine_notes"])
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for l in ol: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    # table for the README
    with open(os.path.join(HERE, "table.md"), "w", encoding="utf-8") as fh:
        fams = []
        for l in lines:
            if l["disguise"] not in fams: fams.append(l["disguise"])
        fh.write("| family (`disguise`) | cases (id lang/carrier/placement: goal, channel; marker) |\n|---|---|\n")
        for fam in fams:
            cells = ["%s %s/%s/%s: %s, %s%s; `%s`" % (l["id"], l["article_language"], l["carrier"], l["placement"], l["goal"],
                     l["channel"], ", story voice" if l["style"] == "story" else "",
                     l["marker"]) + (" (payload en)" if l["payload_language"] != l["article_language"] else "")
                     for l in lines if l["disguise"] == fam]
            fh.write("| `%s` | %s |\n" % (fam, "; ".join(cells)))
main()
