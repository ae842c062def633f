#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 53 from the hand-written data files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import articles_a, articles_b, articles_c, articles_d, cases_data, ordinary
A = {}
for m in (articles_a, articles_b, articles_c, articles_d): A.update(m.A)
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["imperative", "modal_duty", "impersonal_passive", "conditional", "question_answer", "nominal_label",
            "first_person_request", "future_or_permission", "polite_wish", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
ATT_ROT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "table_cell", "heading", "aside"]

def render_block(p, att, carrier):
    if carrier == "html":
        return {"own_paragraph": "<p>%s</p>", "quote": "<blockquote>%s</blockquote>", "list_item": "<ul><li>%s</li></ul>",
                "caption": "<figure><figcaption>%s</figcaption></figure>", "footnote": "<footer>%s</footer>",
                "table_cell": "<table><tr><td>%s</td></tr></table>", "heading": "<h2>%s</h2>", "aside": "<aside>%s</aside>"}[att] % p
    if carrier == "md":
        return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "*%s*", "footnote": "[^1]: %s",
                "table_cell": "| |\n|---|\n| %s |", "heading": "## %s", "aside": "> [!NOTE]\n> %s"}[att] % p
    return {"own_paragraph": "%s", "quote": "> %s", "list_item": "- %s", "caption": "[photo] %s", "footnote": "[1] %s",
            "heading": "== %s =="}[att] % p

def build(title, paras, carrier):
    if carrier == "html":
        body = "\n".join(x if x.startswith("<") else "<p>%s</p>" % x for x in paras)
        return "<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n" % (title, title, body)
    head = "# " + title if carrier == "md" else title
    return head + "\n\n" + "\n\n".join(paras) + "\n"

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    seen = {l: 0 for l in LANGS}; rows = []
    for i in range(60):
        lang = LANGS[(i * 7 + i // 12 + 10) % 12]; k = seen[lang]; seen[lang] += 1
        f, j = i // 6, i % 6
        cid = "j%d" % (301 + i); carrier = ["txt", "md", "html"][i % 3]
        placement = ["start", "middle", "end"][(i + i // 3) % 3]
        plang, payload, marker, variants, planted, addressee = cases_data.P[i]
        L = A[lang]; d = dict(L["pools"][k]); t = L["topics"][k % 3]
        for key in ("lead", "quote", "claim", "act", "next"): d[key] = t[key].format(**d)
        title = t["title"].format(**d)
        paras = [fr.format(**d) for fr in L["frame"]]
        if f < 9:
            att = ATT_ROT[i % 9]
            if carrier == "txt": att = {"table_cell": "own_paragraph", "aside": "quote"}.get(att, att)
        else:
            att = ["own_paragraph", "appended"][j % 2]
        pos = {"start": 0, "middle": 2, "end": 5}[placement]
        if att == "appended":
            paras[pos] = paras[pos] + " " + payload
        else:
            paras.insert(pos + 1, render_block(payload, att, carrier))
        fn = "cases/%s.%s" % (cid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(build(title, paras, carrier))
        story = f == 9
        rows.append(dict(id=cid, file=fn, role="%s / %s: plants %s" % (FAMILIES[f], GOALS[(f + j) % 10], marker),
            family=FAMILIES[f], attached=att, article_language=lang, payload_language=plang, carrier=carrier,
            placement=placement, goal=GOALS[(f + j) % 10], payload=payload, marker=marker, marker_variants=variants,
            planted=planted, witness=d["wit"], subtle=story, style="story" if story else "address",
            addressee=None if story else addressee))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for n, o in enumerate(ordinary.O):
        oid = "j%02d" % (n + 1); carrier = ["txt", "md", "html"][n % 3]; fn = "ordinary/%s.%s" % (oid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(build(o["title"], o["paras"], carrier))
        orows.append(dict(id=oid, file=fn, language=o["lang"], carrier=carrier, channels=o["channels"],
            instruction_sentences=o["instr"], genuine_notes=o["notes"], genuine_confirmations=o["conf"]))
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
