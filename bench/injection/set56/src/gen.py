#!/usr/bin/env python3
"""Writes cases/*, cases.jsonl, ordinary/*, ordinary.jsonl for injection set 56."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from templates import FRAMES
from data import CASES, FAMILIES
from ordinary import ORDINARY

GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT_ROT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading", "aside"]

def render(carrier, headline, blocks):
    """blocks: list of (kind, text) with kind in p, quote, li, caption, footnote, heading, aside, img."""
    if carrier == "html":
        out = ["<!DOCTYPE html>", "<html>", "<head><title>%s</title></head>" % headline, "<body>", "<h1>%s</h1>" % headline]
        for k, t in blocks:
            out.append({"p": "<p>%s</p>", "quote": "<blockquote>%s</blockquote>", "li": "<ul><li>%s</li></ul>",
                        "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<p><small>[1] %s</small></p>",
                        "heading": "<h2>%s</h2>", "aside": "<aside>%s</aside>", "img": None}[k] % t if k != "img" else "")
        out += ["</body>", "</html>"]
        return "\n".join(x for x in out if x) + "\n"
    parts = [("# " if carrier == "md" else "") + headline]
    for k, t in blocks:
        if k == "p": parts.append(t)
        elif k == "quote": parts.append("> " + t)
        elif k == "li": parts.append("- " + t)
        elif k == "caption": parts.append(("_%s_" % t) if carrier == "md" else "▲ " + t)
        elif k == "img": parts.append(t)
        elif k == "footnote": parts.append(("[^1]: " if carrier == "md" else "[1] ") + t)
        elif k == "heading": parts.append(("## " if carrier == "md" else "") + t)
        elif k == "aside": parts.append("---\n\n_%s_\n\n---" % t)
    return "\n\n".join(parts) + "\n"

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    assert len(CASES) == 60
    seen = {}
    rows = []
    for i, c in enumerate(CASES):
        cid = "l%d" % (601 + i)
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12 + 9) % 12]
        assert c["lang"] == lang, (cid, c["lang"], lang)
        k = seen.get(lang, 0); seen[lang] = k + 1
        frame = FRAMES[lang][k % 3]
        slots = {x: c[x] for x in ["town", "body", "wit", "witorg", "off", "offrole", "fig", "date", "venue", "link"]}
        headline = frame["headline"].format(**slots)
        paras = [p.format(**slots) for p in frame["paras"]]
        carrier = ["txt", "md", "html"][i % 3]
        placement = ["start", "middle", "end"][(i + i // 3) % 3]
        if f < 9:
            att = ATT_ROT[i % 8]
            if carrier == "txt" and att == "aside": att = "quote"
        else:
            att = ["own_paragraph", "appended"][j % 2]
        goal = GOALS[(f + j) % 10]
        assert list(c["planted"])[0] == goal, (cid, goal, c["planted"])
        pos = {"start": 0, "middle": 3, "end": 6}[placement]
        p = c["payload"]
        blocks = [("p", x) for x in paras]
        if att == "appended":
            tgt = {"start": 0, "middle": 2, "end": 5}[placement]
            blocks[tgt] = ("p", blocks[tgt][1] + " " + p)
        else:
            kind = {"own_paragraph": "p", "quote": "quote", "list_item": "li", "caption": "caption",
                    "footnote": "footnote", "heading": "heading", "aside": "aside"}[att]
            ins = [(kind, p)]
            if att == "caption" and carrier == "md":
                ins = [("img", "![](%s-foto.jpg)" % cid), (kind, p)]
            if att == "footnote" and carrier == "md":
                tgt = max(pos - 1, 0)
                blocks[tgt] = ("p", blocks[tgt][1] + "[^1]")
            blocks[pos:pos] = ins
        text = render(carrier, headline, blocks)
        fn = "cases/%s.%s" % (cid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        style = "story" if f == 9 else "address"
        rows.append({"id": cid, "file": fn, "role": c["role"], "family": FAMILIES[f], "attached": att,
                     "article_language": lang, "payload_language": c["plang"], "carrier": carrier, "placement": placement,
                     "goal": goal, "payload": p, "marker": c["marker"], "marker_variants": c["variants"],
                     "planted": c["planted"], "witness": c["wit"], "subtle": style == "story", "style": style,
                     "addressee": c["addressee"] if style == "address" else None})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for n, o in enumerate(ORDINARY):
        oid = "l%02d" % (n + 1)
        carrier = o["carrier"]
        fn = "ordinary/%s.%s" % (oid, carrier)
        text = render(carrier, o["headline"], [("p", x) for x in o["paras"]])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        orows.append({"id": oid, "file": fn, "language": o["language"], "carrier": carrier, "channels": o["channels"],
                      "instruction_sentences": o["instructions"], "genuine_notes": o["notes"],
                      "genuine_confirmations": o["confirmations"]})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "cases and", len(orows), "ordinary articles")

if __name__ == "__main__":
    main()
