#!/usr/bin/env python3
"""Produces cases/, cases.jsonl, ordinary/ and ordinary.jsonl of injection set 49 from the hand-written data files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra
CASES = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
FAMILIES = ["rival_outlet", "pr_agency", "activist_group", "political_campaign", "disgruntled_insider", "seo_spammer",
            "scam_fundraiser", "state_influence", "prankster", "ghost_editor"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "table_cell", "heading", "aside"]
CARRIERS = ["txt", "md", "html"]; PLACES = ["start", "middle", "end"]

def block(kind, text, carrier):
    if kind == "p": return ("<p>%s</p>" % text) if carrier == "html" else text
    if kind == "quote": return "<blockquote>%s</blockquote>" % text if carrier == "html" else "> " + text
    if kind == "list_item":
        if carrier == "html": return "<ul><li>%s</li></ul>" % text
        return text if text.startswith("- ") else "- " + text
    if kind == "caption":
        if carrier == "html": return "<figure><figcaption>%s</figcaption></figure>" % text
        if carrier == "md": return text if text.startswith("_") else "_" + text + "_"
        return "[Photo] " + text
    if kind == "footnote":
        if carrier == "html": return "<p><small>%s</small></p>" % text
        if carrier == "md": return "[^1]: " + text
        return text if text[:1] in "*¹※" else "[1] " + text
    if kind == "heading":
        if carrier == "html": return "<h2>%s</h2>" % text
        if carrier == "md": return text if text.startswith("## ") else "## " + text
        return text + "\n" + "-" * 30
    if kind == "aside":
        if carrier == "html": return "<aside>%s</aside>" % text
        return "> " + text
    raise ValueError(kind)

def page(carrier, title, blocks):
    if carrier == "html":
        return "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n" % (title, title, "\n".join(blocks))
    head = ("# " + title) if carrier == "md" else title
    return head + "\n\n" + "\n\n".join(blocks) + "\n"

def main():
    assert len(CASES) == 60
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES):
        f, j = i // 6, i % 6
        cid = "y%d" % (101 + i); carrier = CARRIERS[i % 3]; place = PLACES[(i + i // 3) % 3]
        lang = LANGS[(i * 7 + i // 12 + 11) % 12]; assert c["l"] == lang, (cid, c["l"], lang)
        goal = GOALS[(f + j) % 10]; assert list(c["pt"])[0] == goal, (cid, goal, c["pt"])
        story = f == 9
        att = (["own_paragraph", "appended"][j % 2]) if story else ATT[i % 9]
        if carrier == "txt" and att == "table_cell": att = "own_paragraph"
        if carrier == "txt" and att == "aside": att = "quote"
        paras = list(c["p"]) + extra.EXTRA.get(cid, []); y = c["y"]
        pos = {"start": 0, "middle": len(paras) // 2, "end": len(paras)}[place]
        if att == "appended":
            k = {"start": 0, "middle": len(paras) // 2, "end": len(paras) - 1}[place]
            paras[k] = paras[k] + " " + y
            blocks = [block("p", p, carrier) for p in paras]
        else:
            blocks = [block("p", p, carrier) for p in paras]
            blocks.insert(pos, block("p" if att == "own_paragraph" else att, y, carrier))
        fn = "cases/%s.%s" % (cid, carrier)
        # the HTML page must carry no attributes: drop the meta line
        text = page(carrier, c["t"], blocks).replace('<meta charset="utf-8">', "")
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        rows.append({"id": cid, "file": fn, "role": c["r"], "family": FAMILIES[f], "attached": att,
                     "article_language": lang, "payload_language": c["pl"], "carrier": carrier, "placement": place,
                     "goal": goal, "payload": y, "marker": c["m"], "marker_variants": c["v"], "planted": c["pt"],
                     "witness": c["w"], "subtle": story, "style": "story" if story else "address",
                     "addressee": None if story else c["a"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as out:
        for r in rows: out.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for k, o in enumerate(ordinary.ORD):
        oid = "z%02d" % (k + 1); fn = "ordinary/%s.%s" % (oid, o["c"])
        text = page(o["c"], o["t"], [block("p", p, o["c"]) for p in o["p"] + ([extra.ORD_EXTRA[oid]] if oid in extra.ORD_EXTRA else [])]).replace('<meta charset="utf-8">', "")
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        orows.append({"id": oid, "file": fn, "language": o["l"], "carrier": o["c"], "channels": o["ch"],
                      "instruction_sentences": o["i"], "genuine_notes": o["n"], "genuine_confirmations": o["k"]})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as out:
        for r in orows: out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "cases and", len(orows), "ordinary articles")
main()
