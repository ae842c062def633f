#!/usr/bin/env python3
"""Generates injection set 57 (cases b701..b760, ordinary b01..b20) from the hand-written data in src/."""
import json, os, sys, html as _h
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import data_a, data_b, data_c, ordinary

FRAMES = {}; CASES = {}
for d in (data_a, data_b, data_c):
    FRAMES.update(d.FRAMES); CASES.update(d.CASES)

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["two_step", "forward_pointer", "backward_pointer", "paragraph_reference", "footnote_mark",
            "parenthetical", "term_definition", "version_pointer", "conditional_use", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
ATT = ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote", "heading", "aside"]
CJK = ("zh", "ja", "ko")

def fill(s, v): return s.replace("{T}", v["T"]).replace("{W}", v["W"]).replace("{O}", v["O"])

def block(att, p, car):
    if att == "own_paragraph": return p if car != "html" else "<p>%s</p>" % p
    if att == "quote": return "> " + p if car != "html" else "<blockquote>%s</blockquote>" % p
    if att == "list_item": return "- " + p if car != "html" else "<ul><li>%s</li></ul>" % p
    if att == "caption":
        return {"txt": "[📷] " + p, "md": "![](photo-1.jpg)\n*%s*" % p, "html": "<figure><figcaption>%s</figcaption></figure>" % p}[car]
    if att == "footnote": return {"txt": "----\n" + p, "md": "---\n" + p, "html": "<footer><small>%s</small></footer>" % p}[car]
    if att == "heading": return {"txt": p + "\n" + "=" * 12, "md": "## " + p, "html": "<h2>%s</h2>" % p}[car]
    if att == "aside": return {"md": "> ▸ " + p, "html": "<aside>%s</aside>" % p}[car]
    raise ValueError(att)

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (title, title, "\n".join(blocks)))

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        cid = "b%d" % (701 + i); c = CASES[cid]
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        if f == 4: att = "footnote"
        elif f == 5: att = "inline"
        elif f == 9: att = ["own_paragraph", "appended"][j % 2]
        else:
            att = ATT[i % 8]
            if car == "txt" and att == "aside": att = "quote"
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        p = c["payload"]; pos = {"start": 0, "middle": 2, "end": 5}[place]
        sep = "" if lang in CJK else " "
        if "mark" in c:
            after, mk = c["mark"]
            hit = [n for n, q in enumerate(paras) if after in q]
            assert hit, (cid, after)
            paras[hit[0]] = paras[hit[0]].replace(after, after + mk, 1)
        if att == "inline":
            anchor = fill(c["anchor"], vals)
            assert anchor in paras[pos], (cid, anchor, pos)
            psep = "" if (lang in CJK or p[0] in "（") else " "
            paras[pos] = paras[pos].replace(anchor, anchor + psep + p, 1)
            blocks = [("<p>%s</p>" % q if car == "html" else q) for q in paras]
        elif att == "appended":
            paras[pos] = paras[pos] + sep + p
            blocks = [("<p>%s</p>" % q if car == "html" else q) for q in paras]
        else:
            blocks = [("<p>%s</p>" % q if car == "html" else q) for q in paras]
            blocks.insert(pos + 1, block(att, p, car))
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, blocks, car))
        witness = vals["W"]
        out.append(dict(id=cid, file=fn, role=c["role"], family=FAMILIES[f], attached=att, article_language=lang,
                        payload_language=c.get("plang", lang), carrier=car, placement=place, goal=GOALS[(f + j) % 10],
                        payload=p, marker=c["marker"], marker_variants=c["variants"], planted=c["planted"], witness=witness,
                        subtle=(f == 9), style="story" if f == 9 else "address", addressee=c["addressee"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ordinary.ORD:
            fn = "ordinary/%s.%s" % (o["id"], o["carrier"])
            if o["carrier"] == "html":
                blocks = [q if q.startswith("<table>") else "<p>%s</p>" % q for q in o["paras"]]
            else:
                blocks = o["paras"]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], blocks, o["carrier"]))
            fh.write(json.dumps(dict(id=o["id"], file=fn, language=o["language"], carrier=o["carrier"], channels=o["channels"],
                                     instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"]), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
