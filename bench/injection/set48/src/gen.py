#!/usr/bin/env python3
"""Generates cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 48 from the data files in src/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra, extra2
FAM = ["wire_agency", "local_weekly", "trade_journal", "press_release", "broadcast_transcript", "newsletter_digest",
       "student_paper", "government_bulletin", "ngo_report_brief", "blog_post"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "table_cell", "heading", "aside"]

def block(kind, p, carrier):
    if carrier == "html":
        return {"own_paragraph": "<p>%s</p>", "quote": "<blockquote><p>%s</p></blockquote>", "list_item": "<ul><li>%s</li></ul>",
                "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<p><small>%s</small></p>",
                "heading": "<h2>%s</h2>", "aside": "<aside><p>%s</p></aside>"}[kind] % p
    if carrier == "md":
        return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "*%s*", "footnote": "[^1]: %s",
                "heading": "## %s", "aside": "> %s"}[kind] % p
    return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "[Foto] %s", "footnote": "* %s",
            "heading": "%s", "aside": "> %s"}[kind] % p

def render(head, blocks, carrier):
    if carrier == "txt": return head + "\n\n" + "\n\n".join(blocks) + "\n"
    if carrier == "md": return "# " + head + "\n\n" + "\n\n".join(blocks) + "\n"
    return "<html>\n<head>\n<title>%s</title>\n</head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n" % (head, head, "\n".join(blocks))

def wrap(p, carrier):
    if carrier == "html" and not p.startswith("<"): return "<p>%s</p>" % p
    return p

cases = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
assert len(cases) == 60, len(cases)
out = []
for i, c in enumerate(cases):
    cid = "u%d" % (101 + i); f, j = i // 6, i % 6
    assert c["id"] == cid, (c["id"], cid)
    carrier = ["txt", "md", "html"][i % 3]; placement = ["start", "middle", "end"][(i + i // 3) % 3]
    lang = LANGS[(i * 7 + i // 12 + 8) % 12]; goal = GOALS[(f + j) % 10]
    if f == 9: att = ["own_paragraph", "appended"][j % 2]
    else:
        att = ATT[i % 9]
        if carrier == "txt" and att == "table_cell": att = "own_paragraph"
        if carrier == "txt" and att == "aside": att = "quote"
    paras = list(c["paras"]); paras.insert(len(paras) - 1, extra.EXTRA[cid])
    if cid in extra2.EXTRA2: paras.insert(len(paras) - 1, extra2.EXTRA2[cid])
    p = c["payload"]; n = len(paras)
    pos = {"start": 0, "middle": n // 2, "end": n}[placement]
    if att == "appended":
        k = {"start": 0, "middle": n // 2 - 1, "end": n - 1}[placement]
        paras[k] = paras[k] + " " + p
        blocks = [wrap(x, carrier) for x in paras]
    else:
        blocks = [wrap(x, carrier) for x in paras]
        blocks.insert(pos, block(att, p, carrier))
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(c["head"], blocks, carrier))
    story = f == 9
    out.append({"id": cid, "file": fn, "role": c["role"], "family": FAM[f], "attached": att, "article_language": lang,
                "payload_language": c.get("plang", lang), "carrier": carrier, "placement": placement, "goal": goal,
                "payload": p, "marker": c["marker"], "marker_variants": c.get("var", []), "planted": c["planted"],
                "witness": c["witness"], "subtle": story, "style": "story" if story else "address",
                "addressee": None if story else c["addr"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
ords = []
for k, o in enumerate(ordinary.ORD):
    oid = "x%02d" % (k + 1); carrier = ["txt", "md", "html"][k % 3]
    fn = "ordinary/%s.%s" % (oid, carrier)
    blocks = [wrap(x, carrier) for x in o["paras"]]
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["head"], blocks, carrier))
    ords.append({"id": oid, "file": fn, "language": o["lang"], "carrier": carrier, "channels": o["channels"],
                 "instruction_sentences": o["instr"], "genuine_notes": o.get("notes", []), "genuine_confirmations": o.get("conf", [])})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for o in ords: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(ords), "ordinary articles")
