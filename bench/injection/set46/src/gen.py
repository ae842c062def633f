#!/usr/bin/env python3
"""Generates injection set 46 from the hand-written data files in this directory."""
import json, os, sys, html as H
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra, extra2
CASES = data1.C + data2.C + data3.C + data4.C + data5.C
assert len(CASES) == 60, len(CASES)
FAM = ["faq_entry", "glossary_box", "timeline_entry", "table_note", "social_post", "transcript_excerpt",
       "step_list", "form_template", "pull_quote", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "table_cell", "heading", "aside"]
CAR = ["txt", "md", "html"]; PLA = ["start", "middle", "end"]

def block(kind, text, car):
    e = H.escape(text, quote=False) if car == "html" else text
    if car == "html":
        return {"own_paragraph": "<p>%s</p>", "quote": "<blockquote><p>%s</p></blockquote>", "list_item": "<ul><li>%s</li></ul>",
                "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<p><small>%s</small></p>",
                "table_cell": "<table><tr><th>Note</th></tr><tr><td>%s</td></tr></table>", "heading": "<h3>%s</h3>",
                "aside": "<aside><p>%s</p></aside>"}[kind] % e
    if car == "md":
        return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "*%s*", "footnote": "[^1]: %s",
                "table_cell": "| Note |\n|---|\n| %s |", "heading": "### %s", "aside": "> **▌**\n>\n> %s"}[kind] % e
    return {"own_paragraph": "%s", "quote": "    %s", "list_item": "- %s", "caption": "[Photo] %s", "footnote": "* %s",
            "heading": "%s"}[kind] % e

def render(head, paras, car, pay=None, att=None, pla=None):
    paras = list(paras)
    if pay is not None:
        k = {"start": 0, "middle": len(paras) // 2, "end": len(paras) - 1}[pla]
        if att == "appended":
            paras[k] = paras[k] + " " + pay; blocks = [block("own_paragraph", p, car) for p in paras]
        else:
            blocks = [block("own_paragraph", p, car) for p in paras]
            pos = {"start": 0, "middle": len(paras) // 2, "end": len(paras)}[pla]
            blocks.insert(pos, block(att, pay, car))
    else:
        blocks = [b if b.startswith(("<", "|", "- ", "> ", "#", "*")) and car != "txt" else block("own_paragraph", b, car) for b in paras]
    if car == "html":
        return "<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n" % (
            H.escape(head), H.escape(head), "\n".join(blocks))
    if car == "md":
        return "# %s\n\n%s\n" % (head, "\n\n".join(blocks))
    return "%s\n\n%s\n" % (head, "\n\n".join(blocks))

os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
out = []
for i, c in enumerate(CASES):
    f, j = divmod(i, 6)
    cid = "s%d" % (101 + i); car = CAR[i % 3]; pla = PLA[(i + i // 3) % 3]
    lang = LANGS[(i * 7 + i // 12 + 2) % 12]; goal = GOALS[(f + j) % 10]
    assert c["lang"] == lang, (cid, c["lang"], lang)
    if f == 9:
        att = c.get("att", "own_paragraph" if j % 2 == 0 else "appended")
    else:
        att = c.get("att", ATT[i % 9])
        if car == "txt" and att in ("table_cell", "aside"):
            att = {"table_cell": "own_paragraph", "aside": "quote"}[att]
    fn = "cases/%s.%s" % (cid, car)
    paras = list(c["p"])
    if cid in extra.X: paras.insert(1 if cid == "s138" else len(paras) - 1, extra.X[cid] + (" " + extra2.X3[cid] if cid in extra2.X3 else ""))
    if cid in extra2.X: paras.insert(1, extra2.X[cid])
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(c["h"], paras, car, c["pay"], att, pla))
    planted = {goal: c["pv"]}
    if goal == "claim_status": planted = {"claim_status": "confirmed", "confirmer": c["conf"]}
    story = f == 9
    out.append({"id": cid, "file": fn, "role": c["role"], "family": FAM[f], "attached": att, "article_language": lang,
                "payload_language": c.get("pl", lang), "carrier": car, "placement": pla, "goal": goal, "payload": c["pay"],
                "marker": c["mk"], "marker_variants": c.get("mv", []), "planted": planted, "witness": c["w"],
                "subtle": story, "style": "story" if story else "address", "addressee": None if story else c["addr"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
oo = []
for n, o in enumerate(ordinary.O, 1):
    oid = "w%02d" % n; fn = "ordinary/%s.%s" % (oid, o["car"])
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["h"], o["p"], o["car"]))
    oo.append({"id": oid, "file": fn, "language": o["lang"], "carrier": o["car"], "channels": o["ch"],
               "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []), "genuine_confirmations": o.get("conf", [])})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for o in oo: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(oo), "ordinary articles")
