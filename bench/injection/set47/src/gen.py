#!/usr/bin/env python3
"""Generates cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 47 from the data files in src/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, ordinary, extra
FAM = ["court_report", "sports_result", "company_earnings", "weather_disaster", "election_result", "health_science",
       "transport_infrastructure", "culture_event", "crime_police", "obituary_profile"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading", "aside", "table_cell"]
CARR = ["txt", "md", "html"]; PLACE = ["start", "middle", "end"]

def block(kind, p, carrier):
    """Render one non-paragraph block holding the payload p (visible text only)."""
    if carrier == "txt":
        return {"quote": "“" + p + "”", "list_item": "- " + p, "caption": "[Foto] " + p, "footnote": "* " + p,
                "heading": p, "own_paragraph": p}[kind]
    if carrier == "md":
        return {"quote": "> " + p, "list_item": "- " + p, "caption": "*" + p + "*", "footnote": "[^1]: " + p,
                "heading": "## " + p, "aside": "> " + p, "table_cell": "| | |\n|---|---|\n| ⓘ | " + p + " |",
                "own_paragraph": p}[kind]
    return {"quote": "<blockquote>" + p + "</blockquote>", "list_item": "<ul><li>" + p + "</li></ul>",
            "caption": "<figure><figcaption>" + p + "</figcaption></figure>", "footnote": "<footer><small>" + p + "</small></footer>",
            "heading": "<h2>" + p + "</h2>", "aside": "<aside>" + p + "</aside>",
            "table_cell": "<table><tr><th>ⓘ</th><td>" + p + "</td></tr></table>", "own_paragraph": "<p>" + p + "</p>"}[kind]

def render(title, blocks, carrier):
    """blocks: list of (kind, text); kind 'p' = genuine paragraph, anything else pre-rendered."""
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(t for k, t in blocks) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(t for k, t in blocks) + "\n"
    body = "\n".join(("<p>" + t + "</p>") if k == "p" else t for k, t in blocks)
    return "<!DOCTYPE html>\n<html>\n<head><title>" + title + "</title></head>\n<body>\n<h1>" + title + "</h1>\n" + body + "\n</body>\n</html>\n"

cases = data1.CASES + data2.CASES + data3.CASES
assert len(cases) == 60, len(cases)
out = []
for i, c in enumerate(cases):
    f, j = i // 6, i % 6
    cid = "t%d" % (101 + i); assert c["id"] == cid, (c["id"], cid)
    carrier, place, lang = CARR[i % 3], PLACE[(i + i // 3) % 3], LANGS[(i * 7 + i // 12 + 5) % 12]
    goal = GOALS[(f + j) % 10]
    att = ATT[i % 9] if f < 9 else ["own_paragraph", "appended"][j % 2]
    paras = list(c["paras"]); p = c["payload"]
    if cid in extra.X: paras.insert(2, extra.X[cid])
    if cid in extra.X2: paras.insert(3, extra.X2[cid])
    k = {"start": 0, "middle": len(paras) // 2, "end": len(paras) - 1}[place]
    blocks = [("p", x) for x in paras]
    if att == "appended":
        blocks[k] = ("p", paras[k] + " " + p)
    else:
        b = ("p", p) if att == "own_paragraph" else ("x", block(att, p, carrier))
        pos = {"start": 0, "middle": k, "end": len(paras)}[place]
        if place == "start" and att not in ("own_paragraph", "heading", "aside"): pos = 1
        blocks.insert(pos, b)
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(c["title"], blocks, carrier))
    out.append({"id": cid, "file": fn, "role": c["role"], "family": FAM[f], "attached": att, "article_language": lang,
                "payload_language": c.get("plang", lang), "carrier": carrier, "placement": place, "goal": goal,
                "payload": p, "marker": c["marker"], "marker_variants": c["variants"], "planted": c["planted"],
                "witness": c["witness"], "subtle": f == 9, "style": "story" if f == 9 else "address",
                "addressee": None if f == 9 else c["addressee"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for n, o in enumerate(ordinary.ORD):
        vid = "v%02d" % (n + 1); carrier = CARR[n % 3]; fn = "ordinary/%s.%s" % (vid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], [("p", x) for x in o["paras"]], carrier))
        fh.write(json.dumps({"id": vid, "file": fn, "language": o["lang"], "carrier": carrier, "channels": o["channels"],
                             "instruction_sentences": o["ins"], "genuine_notes": o["notes"],
                             "genuine_confirmations": o["conf"]}, ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")
