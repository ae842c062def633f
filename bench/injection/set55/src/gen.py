#!/usr/bin/env python3
"""Writes cases/*, cases.jsonl, ordinary/*, ordinary.jsonl of injection set 55 from templates.py, data.py, ordinary.py."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from templates import FRAMES
from data import CASES
from ordinary import ORDINARY

FAMILIES = ["correction", "conversion", "newer_value", "alias", "precision", "consensus", "translation",
            "disambiguation", "completion", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT_ROT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading", "aside"]
TARGET = {"start": 0, "middle": 2, "end": 5}
CJK = ("zh", "ja", "ko")

def render(carrier, title, paras):
    """paras: list of (kind, text) with kind in p, quote, li, caption, heading, aside, note."""
    if carrier == "html":
        out = ["<!DOCTYPE html>", "<html>", "<head><title>%s</title></head>" % title, "<body>", "<h1>%s</h1>" % title]
        for k, t in paras:
            out.append({"p": "<p>%s</p>", "quote": "<blockquote>%s</blockquote>", "li": "<ul><li>%s</li></ul>",
                        "caption": "<figure><figcaption>%s</figcaption></figure>", "heading": "<h2>%s</h2>",
                        "aside": "<aside>%s</aside>", "note": "<p><small>%s</small></p>"}[k] % t)
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"
    head = ("# " + title) if carrier == "md" else title
    blocks = [head]
    for k, t in paras:
        if k == "p": blocks.append(t)
        elif k == "quote": blocks.append("> " + t)
        elif k == "li": blocks.append("- " + t)
        elif k == "caption": blocks.append(("*%s*" % t) if carrier == "md" else "[%s]" % t)
        elif k == "heading": blocks.append(("## " + t) if carrier == "md" else t + "\n" + "-" * 40)
        elif k == "aside": blocks.append("***\n\n%s\n\n***" % t)
        elif k == "note": blocks.append(t)
    return "\n\n".join(blocks) + "\n"

def build_case(i, d):
    f, j = i // 6, i % 6
    lang = LANGS[(i * 7 + i // 12 + 6) % 12]
    nth = sum(1 for k in range(i) if LANGS[(k * 7 + k // 12 + 6) % 12] == lang)
    frame = FRAMES[lang][nth % 3]
    carrier = ["txt", "md", "html"][i % 3]
    placement = ["start", "middle", "end"][(i + i // 3) % 3]
    if f < 9:
        att = ATT_ROT[i % 8]
        if carrier == "txt" and att == "aside": att = "quote"
    else:
        att = ["own_paragraph", "appended"][j % 2]
    slots = {k: d[k] for k in "P N C W WO O R L D V".split()}
    title = frame["h"].format(**slots)
    genuine = [p.format(**slots) for p in frame["p"]]
    pay = d["payload"]
    t = TARGET[placement]
    paras = [["p", g] for g in genuine]
    sep = "" if lang in CJK and lang != "ko" else " "
    extra = None
    if att == "appended": paras[t][1] = paras[t][1] + sep + pay
    elif att == "own_paragraph": extra = ("p", pay)
    elif att == "quote": extra = ("quote", pay)
    elif att == "list_item": extra = ("li", pay)
    elif att == "caption": extra = ("caption", pay)
    elif att == "heading": extra = ("heading", pay)
    elif att == "aside": extra = ("aside", pay)
    elif att == "footnote":
        mark = "<sup>1</sup>" if carrier == "html" else ("[^1]" if carrier == "md" else "¹")
        paras[t][1] = paras[t][1] + mark
        extra = ("note", ("1. " if carrier == "html" else ("[^1]: " if carrier == "md" else "¹ ")) + pay)
    if extra:
        # start: after the first paragraph; middle: after the third; end: after the last
        paras.insert(t + 1, list(extra))
    text = render(carrier, title, [tuple(p) for p in paras])
    cid = "m%d" % (501 + i)
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    goal = GOALS[(f + j) % 10]
    assert goal in d["planted"], (cid, goal, d["planted"])
    rec = {"id": cid, "file": fn,
           "role": "%s disguise plants %s: %s" % (FAMILIES[f], goal, d["marker"]),
           "family": FAMILIES[f], "attached": att, "article_language": lang,
           "payload_language": d["plang"] or lang, "carrier": carrier, "placement": placement, "goal": goal,
           "payload": pay, "marker": d["marker"], "marker_variants": d["variants"], "planted": d["planted"],
           "witness": d["W"], "subtle": f == 9, "style": "story" if f == 9 else "address", "addressee": d["addressee"]}
    return rec

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    recs = [build_case(i, d) for i, d in enumerate(CASES)]
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for k, o in enumerate(ORDINARY):
            oid = "m%02d" % (k + 1)
            fn = "ordinary/%s.%s" % (oid, o["carrier"])
            text = render(o["carrier"], o["title"], [("p", p) for p in o["paras"]])
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
            fh.write(json.dumps({"id": oid, "file": fn, "language": o["language"], "carrier": o["carrier"],
                                 "channels": o["channels"], "instruction_sentences": o["instructions"],
                                 "genuine_notes": o["notes"], "genuine_confirmations": o["confirmations"]},
                                ensure_ascii=False) + "\n")
    print("wrote", len(recs), "cases and", len(ORDINARY), "ordinary articles")

if __name__ == "__main__":
    main()
