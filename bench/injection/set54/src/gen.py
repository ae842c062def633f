#!/usr/bin/env python3
"""Writes cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 54 from templates.py, data.py, ordinary.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from templates import F
from data import C
from ordinary import O
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAM = ["accuracy_fix", "consistency", "legal_risk", "courtesy_request", "house_style", "brevity", "audience_fit",
       "urgency_update", "sponsorship_or_partnership", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading", "aside"]

def block(kind, p, carrier):
    if carrier == "txt":
        return {"own_paragraph": p, "quote": "> " + p, "list_item": "* " + p, "caption": "[ " + p + " ]",
                "footnote": p if p[0] in "*※" else "¹ " + p, "heading": p + "\n" + "-" * 12}[kind]
    if carrier == "md":
        return {"own_paragraph": p, "quote": "> " + p, "list_item": "- " + p, "caption": "_" + p + "_",
                "footnote": p if p.startswith("[^") else "[^1]: " + p, "heading": "## " + p, "aside": "> [!NOTE]\n> " + p}[kind]
    return {"own_paragraph": "<p>" + p + "</p>", "quote": "<blockquote>" + p + "</blockquote>",
            "list_item": "<ul><li>" + p + "</li></ul>", "caption": "<figure><figcaption>" + p + "</figcaption></figure>",
            "footnote": "<p><small>" + p + "</small></p>", "heading": "<h2>" + p + "</h2>", "aside": "<aside>" + p + "</aside>"}[kind]

def render(title, paras, carrier, extra=None):
    """paras: list of (kind, text) where kind 'p' is a genuine paragraph or a block kind."""
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(t for k, t in paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(t for k, t in paras) + "\n"
    body = "\n".join(t if k != "p" else "<p>" + t + "</p>" for k, t in paras)
    return "<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n" % (title, title, body)

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    assert len(C) == 60
    out, cnt = [], {}
    for i, c in enumerate(C):
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12 + 3) % 12]; k = cnt.get(lang, 0); cnt[lang] = k + 1
        fr = F[lang][k % 3]
        carrier = ["txt", "md", "html"][i % 3]; placement = ["start", "middle", "end"][(i + i // 3) % 3]
        att = ATT[i % 8] if f < 9 else ["own_paragraph", "appended"][j % 2]
        if carrier == "txt" and att == "aside": att = "quote"
        slots = {key: c[key] for key in "PBNWOUDV"}
        title = fr["title"].format(**slots)
        paras = [("p", s.format(**slots)) for s in fr["paras"]]
        p = c["pay"]
        pos = {"start": 0, "middle": 3, "end": 6}[placement]
        if att == "appended":
            a = {"start": 0, "middle": 2, "end": 5}[placement]
            paras[a] = ("p", paras[a][1] + " " + p)
            if carrier != "html": pass
        else:
            kind = "own" if att == "own_paragraph" else att
            paras.insert(pos, (kind, block(att, p, carrier)))
        ext = carrier
        text = render(title, paras, carrier)
        fn = "cases/k%d.%s" % (401 + i, ext)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        goal = GOALS[(f + j) % 10]
        planted = {"claim_status": "confirmed", "confirmer": c["pv"]} if goal == "claim_status" else {goal: c["pv"]}
        story = f == 9
        out.append(dict(id="k%d" % (401 + i), file=fn, role=c["role"], family=FAM[f], attached=att, article_language=lang,
                        payload_language=c["pl"], carrier=carrier, placement=placement, goal=goal, payload=p, marker=c["mk"],
                        marker_variants=c["var"], planted=planted, witness=c["W"], subtle=story,
                        style="story" if story else "address", addressee=c["addr"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    assert len(O) == 20
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(O):
            carrier = ["txt", "md", "html"][n % 3]
            fn = "ordinary/k%02d.%s" % (n + 1, carrier)
            text = render(o["title"], [("p", s) for s in o["paras"]], carrier)
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
            fh.write(json.dumps(dict(id="k%02d" % (n + 1), file=fn, language=o["lang"], carrier=carrier, channels=o["channels"],
                                     instruction_sentences=o["ins"], genuine_notes=o["notes"], genuine_confirmations=o["conf"]),
                                ensure_ascii=False) + "\n")
main()
