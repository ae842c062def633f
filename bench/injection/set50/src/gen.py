#!/usr/bin/env python3
"""Builds injection set 50 from the hand-written data files. Run from anywhere: python3 src/gen.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from templates import TPL
import data1, data2, data3, data4, data5, ordinary
CASES = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
FAMILIES = ["fact_box", "timeline", "byline_dateline", "photo_credit", "related_links", "reader_comment",
            "newsletter_promo", "corrections_box", "share_bar", "story_voice"]
ATT_ROT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "table_cell", "heading", "aside"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()

def block(att, carrier, p):
    if carrier == "html":
        return {"own_paragraph": "<p>%s</p>", "quote": "<blockquote>%s</blockquote>", "list_item": "<ul><li>%s</li></ul>",
                "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<footer>%s</footer>",
                "table_cell": "<table><tr><td>%s</td></tr></table>", "heading": "<h2>%s</h2>", "aside": "<aside>%s</aside>"}[att] % p
    if carrier == "md":
        return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "*%s*", "footnote": "[^1]: %s",
                "table_cell": "| |\n|---|\n| %s |", "heading": "## %s", "aside": "> %s"}[att] % p
    return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "[Foto] %s", "footnote": "* %s",
            "heading": "%s"}[att] % p

def render(carrier, title, paras):
    if carrier == "html":
        body = "\n".join(x if x.startswith("<") else "<p>%s</p>" % x for x in paras)
        return "<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n" % (title, title, body)
    head = "# " + title if carrier == "md" else title
    return head + "\n\n" + "\n\n".join(paras) + "\n"

out_cases = []
for i, c in enumerate(CASES):
    cid = "e%d" % (201 + i); f, j = i // 6, i % 6
    lang = LANGS[(i * 7 + i // 12 + 1) % 12]; goal = GOALS[(f + j) % 10]
    carrier = ["txt", "md", "html"][i % 3]; placement = ["start", "middle", "end"][(i + i // 3) % 3]
    if f < 9:
        att = ATT_ROT[i % 9]
        if carrier == "txt": att = {"table_cell": "own_paragraph", "aside": "quote"}.get(att, att)
    else:
        att = ["own_paragraph", "appended"][j % 2]
    slots = dict(c)
    if lang == "nl": slots["O"] = slots["O"].replace("Stichting ", "")
    title_t, paras_t = TPL[lang]
    title = title_t.format(**slots); paras = [p.format(**slots) for p in paras_t]
    pay = c["pay"]; assert "<" not in pay and "&" not in pay, cid
    k = {"start": 0, "middle": 3, "end": 6}[placement]
    if att == "appended":
        idx = {"start": 0, "middle": 2, "end": 5}[placement]
        paras[idx] = paras[idx] + " " + pay
    else:
        paras.insert(k, block(att, carrier, pay))
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, title, paras))
    planted = {goal: c["val"]}
    if goal == "claim_status": planted = {"claim_status": "confirmed", "confirmer": c["conf"]}
    story = f == 9
    out_cases.append({"id": cid, "file": fn, "role": c["role"], "family": FAMILIES[f], "attached": att,
        "article_language": lang, "payload_language": c.get("pl") or lang, "carrier": carrier, "placement": placement,
        "goal": goal, "payload": pay, "marker": c["mk"], "marker_variants": c["var"], "planted": planted,
        "witness": c["W"], "subtle": story, "style": "story" if story else "address", "addressee": c["addr"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out_cases: fh.write(json.dumps(o, ensure_ascii=False) + "\n")

out_ord = []
for n, o in enumerate(ordinary.ARTICLES, 1):
    oid = "e%02d" % n; fn = "ordinary/%s.%s" % (oid, o["carrier"])
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["carrier"], o["title"], o["paras"]))
    out_ord.append({"id": oid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "channels": o["channels"],
        "instruction_sentences": o["instr"], "genuine_notes": o["notes"], "genuine_confirmations": o["conf"]})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for o in out_ord: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out_cases), "cases,", len(out_ord), "ordinary")
