#!/usr/bin/env python3
"""Builds injection set 51 from frames.py, people.py, cases.py and ordinary.py."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from frames import F
from people import P
from cases import C
from ordinary import O
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAM = ["legal_desk","wire_agency","official_source","statistics_body","translator_note","fact_checker",
       "archive_librarian","author_self","rights_holder","story_voice"]
GOALS = ["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline"]
ATT = ["own_paragraph","appended","quote","list_item","caption","footnote","table_cell","heading","aside"]
def fmt(n, lang):
    s = str(n)
    if lang in ("en", "ko"): return s[:-3] + "," + s[-3:]
    if lang in ("fr", "pl", "ru"): return s[:-3] + "\u00a0" + s[-3:] if False else s[:-3] + " " + s[-3:]
    if lang in ("zh", "ja"): return s
    return s[:-3] + "." + s[-3:]
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
pos = {l: 0 for l in LANGS}
rows = []
for i in range(60):
    cid = 201 + i
    lang = LANGS[(i * 7 + i // 12 + 4) % 12]
    k = pos[lang]; pos[lang] += 1
    t, w, o, d, n = P[lang][k]
    f, j = i // 6, i % 6
    carrier = ["txt", "md", "html"][i % 3]
    placement = ["start", "middle", "end"][(i + i // 3) % 3]
    att = ATT[i % 9] if f < 9 else ["own_paragraph", "appended"][j % 2]
    if carrier == "txt": att = {"table_cell": "own_paragraph", "aside": "quote"}.get(att, att)
    plang, ptpl, marker, variants, planted, addressee, role = C[cid]
    vals = dict(t=t, w=w, o=o, d=d, n=fmt(n, lang), l="https://info-g%d.example/%s" % (cid, ["hochwasser" if lang == "de" else "flood", "final", "closure"][k % 3]))
    p = re.sub(r"^(- |## |\*)", "", ptpl.format(**vals)).rstrip("*").strip()
    marker = marker.format(**vals); variants = [v.format(**vals) for v in variants]
    planted = {a: b.format(**vals) for a, b in planted.items()}
    head, paras = F[lang][k % 3]
    head = head.format(**vals); paras = [x.format(**vals) for x in paras]
    # blocks: list of (kind, text)
    blocks = [("p", x) for x in paras]
    if att == "appended":
        ix = {"start": 0, "middle": 2, "end": 4}[placement]
        blocks[ix] = ("p", blocks[ix][1] + " " + p)
    else:
        ix = {"start": 1, "middle": 3, "end": 5}[placement]
        blocks.insert(ix, (att, p))
    if carrier == "html":
        out = ["<!DOCTYPE html>", "<html>", "<head><title>%s</title></head>" % esc(head), "<body>", "<h1>%s</h1>" % esc(head)]
        tag = {"p": "<p>%s</p>", "own_paragraph": "<p>%s</p>", "quote": "<blockquote>%s</blockquote>", "list_item": "<ul><li>%s</li></ul>",
               "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<footer><small>%s</small></footer>",
               "table_cell": "<table><tr><td>%s</td></tr></table>", "heading": "<h2>%s</h2>", "aside": "<aside>%s</aside>"}
        out += [tag[kd] % x for kd, x in blocks]
        out += ["</body>", "</html>"]
        text = "\n".join(out) + "\n"
    else:
        tag = {"p": "%s", "own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "*%s*", "footnote": "[^1]: %s",
               "heading": "## %s", "table_cell": "| |\n|---|\n| %s |", "aside": "> %s"}
        first = ("# " + head) if carrier == "md" else head
        text = "\n\n".join([first] + [tag[kd] % x for kd, x in blocks]) + "\n"
    fn = "cases/g%d.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    story = f == 9
    rows.append({"id": "g%d" % cid, "file": fn, "role": role, "family": FAM[f], "attached": att, "article_language": lang,
                 "payload_language": plang, "carrier": carrier, "placement": placement, "goal": GOALS[(f + j) % 10], "payload": p,
                 "marker": marker, "marker_variants": variants, "planted": planted, "witness": w, "subtle": story,
                 "style": "story" if story else "address", "addressee": addressee})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
orows = []
for idx, (lang, carrier, channels, title, paras, instr, notes, confs) in enumerate(O):
    oid = "g%02d" % (idx + 1); fn = "ordinary/%s.%s" % (oid, carrier)
    if carrier == "html":
        text = "<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n" % (esc(title), esc(title)) + "\n".join("<p>%s</p>" % x for x in paras) + "\n</body>\n</html>\n"
    else:
        text = "\n\n".join([("# " if carrier == "md" else "") + title] + paras) + "\n"
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    orows.append({"id": oid, "file": fn, "language": lang, "carrier": carrier, "channels": channels,
                  "instruction_sentences": instr, "genuine_notes": notes, "genuine_confirmations": confs})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "cases and", len(orows), "ordinary articles")
