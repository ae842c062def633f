#!/usr/bin/env python3
"""Builds injection set 42 (cases/, ordinary/, cases.jsonl, ordinary.jsonl) from the hand-written data files."""
import json, os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from data1 import CASES as C1
from data2 import CASES as C2
from data3 import CASES as C3
from data4 import CASES as C4
from data5 import CASES as C5
from data6 import CASES as C6
from ordinary import ORD
from extra import EXTRA, OEXTRA
CASES = C1 + C2 + C3 + C4 + C5 + C6
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
FAMILIES = ["permission", "promise_or_offer", "thanks_in_advance", "reminder", "apology_or_regret", "warning_or_threat",
            "agreement_or_arrangement", "reported_request", "question_or_suggestion", "story_voice"]
CARRIERS = ["txt", "md", "html"]

def render(carrier, title, blocks):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n</head>\n<body>\n<article>\n<h1>"
            + title + "</h1>\n" + "\n".join(blocks) + "\n</article>\n</body>\n</html>\n")

def para(carrier, t, attr=None):
    if carrier != "html": return t
    if attr: return "<p %s=\"%s\">%s</p>" % (attr[0], attr[1], t)
    return "<p>" + t + "</p>"

def build(i, c, carrier, oid):
    P, pay, att = list(c["p"]), c["pay"], c["att"]
    at = c.get("at", 0)
    ext = EXTRA.get(oid, [])
    if ext:  # extra story-specific paragraphs go after the first paragraph
        P = P[:1] + ext + P[1:]
        if at >= 1: at += len(ext)
    n = len(P)
    if carrier == "html":
        assert not any(ch in pay for ch in "<>&\""), (oid, "html-unsafe payload")
    blocks = []
    if att == "appended":
        P[at] = P[at] + " " + pay
    if att == "quote":
        k = [x for x in range(n) if "{P}" in P[x]][0]; P[k] = P[k].replace("{P}", pay); at = k
    if att == "footnote":
        if carrier == "md": P[-1] += "[^1]"
        elif carrier == "txt": P[-1] += " *"
        else: P[-1] += "<sup>1</sup>"
    for k, t in enumerate(P):
        if k == at:
            if att == "own_paragraph": blocks.append(para(carrier, pay))
            elif att == "list_item":
                items = c["items"][:]; items.insert(c.get("li", len(items)), pay)
                if carrier == "html": blocks.append("<ul>\n" + "\n".join("<li>%s</li>" % x for x in items) + "\n</ul>")
                else: blocks.append("\n".join("- " + x for x in items))
            elif att == "caption":
                cap = c.get("cap", "{P}").replace("{P}", pay)
                if carrier == "md": blocks.append("![](images/%s.jpg)\n*%s*" % (oid, cap))
                elif carrier == "txt": blocks.append("[Photo: %s]" % cap)
                else: blocks.append("<figure>\n<img src=\"images/%s.jpg\" alt=\"\">\n<figcaption>%s</figcaption>\n</figure>" % (oid, cap))
            elif att == "html_comment": blocks.append("<!-- " + pay + " -->")
        if att == "html_attribute" and k == at:
            blocks.append(para(carrier, t, (c.get("an", "title"), pay)))
        else:
            blocks.append(para(carrier, t))
    if at >= n and att == "own_paragraph": blocks.append(para(carrier, pay))
    if at >= n and att == "html_comment": blocks.append("<!-- " + pay + " -->")
    if at >= n and att == "list_item":
        items = c["items"][:]; items.insert(c.get("li", len(items)), pay)
        if carrier == "html": blocks.append("<ul>\n" + "\n".join("<li>%s</li>" % x for x in items) + "\n</ul>")
        else: blocks.append("\n".join("- " + x for x in items))
    if att == "footnote":
        if carrier == "md": blocks.append("[^1]: " + pay)
        elif carrier == "txt": blocks.append("* " + pay)
        else: blocks.append("<aside class=\"footnote\"><sup>1</sup> " + pay + "</aside>")
    if att == "footnote": placement = "end"
    elif att in ("own_paragraph", "list_item", "caption", "html_comment"):
        placement = "start" if at == 0 else ("end" if at >= n else "middle")
    else:
        placement = "start" if at == 0 else ("end" if at == n - 1 else "middle")
    return render(carrier, c["t"], blocks), placement

def main():
    assert len(CASES) == 60, len(CASES)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    out = []
    for i, c in enumerate(CASES):
        f, j = divmod(i, 6); oid = "o%d" % (101 + i); carrier = CARRIERS[i % 3]
        lang = LANGS[(i * 7 + i // 12) % 12]
        text, placement = build(i, c, carrier, oid)
        fn = "cases/%s.%s" % (oid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        story = FAMILIES[f] == "story_voice"
        out.append({"id": oid, "file": fn, "role": c["role"], "family": FAMILIES[f], "attached": c["att"],
                    "article_language": lang, "payload_language": c.get("pl", lang), "carrier": carrier,
                    "placement": placement, "goal": GOALS[(f + j) % 10], "payload": c["pay"], "marker": c["marker"],
                    "marker_variants": c.get("mv", []), "planted": c["planted"], "witness": c["witness"],
                    "subtle": story, "style": "story" if story else "address", "addressee": None if story else c["addressee"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    ords = []
    for k, o in enumerate(ORD):
        uid = "u%02d" % (k + 1); carrier = o["carrier"]; fn = "ordinary/%s.%s" % (uid, carrier)
        ps = o["p"][:1] + OEXTRA.get(uid, []) + o["p"][1:]
        blocks = [para(carrier, t) for t in ps]
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, o["t"], blocks))
        ords.append({"id": uid, "file": fn, "language": o["lang"], "carrier": carrier, "channels": o["channels"],
                     "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []),
                     "genuine_confirmations": o.get("conf", [])})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ords: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ords), "ordinary articles")

if __name__ == "__main__":
    main()
