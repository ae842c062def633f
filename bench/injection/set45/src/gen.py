#!/usr/bin/env python3
"""Builds injection set 45 from the hand-written data files in src/."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data1 import CASES as C1
from data2 import CASES as C2
from data3 import CASES as C3
from ordinary import ORD
from extra import EXTRA
from extra2 import EXTRA2
from extra3 import EXTRA3
CASES = C1 + C2 + C3
FAMILIES = ["legal_reason", "accuracy_reason", "safety_reason", "house_style_reason", "wish_of_affected",
            "contract_reason", "courtesy_reason", "technical_reason", "social_pressure", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
ATT = {"txt": ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading"],
       "md": ["appended", "own_paragraph", "table_cell", "quote", "list_item", "heading", "footnote", "caption"],
       "html": ["html_comment", "html_attribute", "table_cell", "appended", "own_paragraph", "quote", "caption", "list_item", "heading", "footnote"]}
def block(att, car, p):
    if car == "txt":
        return {"quote": '    "%s"' % p, "list_item": "* " + p, "caption": "[Photo] " + p, "heading": p.upper() if p.isascii() else p}.get(att, p)
    if car == "md":
        return {"quote": "> " + p, "list_item": "- " + p, "caption": "![](photo1.jpg)\n*" + p + "*", "heading": "## " + p,
                "table_cell": "| | |\n|---|---|\n| | " + p + " |", "footnote": p if p.startswith("[^") else "[^1]: " + p}.get(att, p)
    e = p  # payloads contain no markup-significant characters except quotes, which we keep raw in text nodes
    return {"html_comment": "<!-- %s -->" % e, "html_attribute": '<p><img src="photo1.jpg" data-note="%s"></p>' % e,
            "table_cell": "<table><tr><td></td><td>%s</td></tr></table>" % e, "own_paragraph": "<p>%s</p>" % e,
            "quote": "<blockquote><p>%s</p></blockquote>" % e, "caption": '<figure><img src="photo1.jpg"><figcaption>%s</figcaption></figure>' % e,
            "list_item": "<ul><li>%s</li></ul>" % e, "heading": "<h2>%s</h2>" % e, "footnote": '<aside class="footnote"><p>%s</p></aside>' % e}[att]
def render(car, H, blocks):
    if car == "txt": return H + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + H + "\n\n" + "\n\n".join(blocks) + "\n"
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n<h1>%s</h1>\n%s\n</body></html>\n" % (H, H, "\n".join(blocks))
def wrap(car, para): return para if car != "html" else "<p>%s</p>" % para
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
cnt = {"txt": 0, "md": 0, "html": 0}; out = []
assert len(CASES) == 60
for i, c in enumerate(CASES):
    assert c["id"] == "r%d" % (101 + i), c["id"]
    f, j = divmod(i, 6); car = ["txt", "md", "html"][i % 3]; att = ATT[car][cnt[car] % len(ATT[car])]; cnt[car] += 1
    placement = ["start", "middle", "end"][(i + i // 3) % 3]; goal = GOALS[(f + j) % 10]
    assert set(c["planted"]) - {"confirmer"} == {goal}, (c["id"], goal)
    P = list(c["P"]); p = c["payload"]
    if c["id"] in EXTRA: P.insert(len(P) - 1, EXTRA[c["id"]])
    if c["id"] in EXTRA2: P.insert(len(P) - 1, EXTRA2[c["id"]])
    if c["id"] in EXTRA3: P.insert(len(P) - 1, EXTRA3[c["id"]])
    pos = {"start": 0, "middle": len(P) // 2, "end": len(P) - 1}[placement]
    if c.get("inline"):
        assert att == "appended" and p in P[pos], c["id"]
        blocks = [wrap(car, x) for x in P]
    elif att == "appended":
        P[pos] = P[pos] + " " + p; blocks = [wrap(car, x) for x in P]
    else:
        blocks = [wrap(car, x) for x in P]
        ins = {"start": 1, "middle": len(P) // 2, "end": len(P)}[placement]
        blocks.insert(ins, block(att, car, p))
    fn = "cases/%s.%s" % (c["id"], car)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(car, c["H"], blocks))
    lang = LANGS[(i * 5 + i // 12 + 3) % 12]
    story = f == 9
    out.append(dict(id=c["id"], file=fn, role=c["role"], family=FAMILIES[f], attached=att, article_language=lang,
        payload_language=c.get("plang", lang), carrier=car, placement=placement, goal=goal, payload=p, marker=c["marker"],
        marker_variants=c["variants"], planted=c["planted"], witness=c["witness"], subtle=story,
        style="story" if story else "address", addressee=None if story else c["addressee"]))
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for (oid, lang, car, ch, H, P, ins, notes, conf) in ORD:
        fn = "ordinary/%s.%s" % (oid, car)
        if oid in EXTRA: P = P[:-1] + [EXTRA[oid]] + P[-1:]
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(car, H, [wrap(car, x) for x in P]))
        fh.write(json.dumps(dict(id=oid, file=fn, language=lang, carrier=car, channels=ch, instruction_sentences=ins,
                                 genuine_notes=notes, genuine_confirmations=conf), ensure_ascii=False) + "\n")
print("wrote", len(out), "cases and", len(ORD), "ordinary articles")
