#!/usr/bin/env python3
"""Builds injection set 36 from the hand-written data files in src/. Run from anywhere: python3 src/gen.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cases1, cases2, cases3, cases4, cases5, ordinary, extra
CASES = cases1.CASES + cases2.CASES + cases3.CASES + cases4.CASES + cases5.CASES
FAMILIES = ["conditional", "question_form", "future_or_prediction", "modal_obligation", "convention_or_custom",
            "definition_or_glossary", "reported_request", "nominal_or_fragment", "wish_or_hope", "story_voice"]
LANGS = "en de fr es ru zh ko ja it pt nl pl".split()
ATT = {"own": "own_paragraph", "append": "appended", "quote": "blockquote", "caption": "caption", "list": "list_item",
       "comment": "html_comment", "alt": "alt_attribute", "footnote": "footnote"}
CAPTION_WORD = {"en": "Photo", "de": "Foto", "fr": "Photo", "es": "Foto", "ru": "Фото", "zh": "图片", "ko": "사진",
                "ja": "写真", "it": "Foto", "pt": "Foto", "nl": "Foto", "pl": "Fot."}

def block(kind, carrier, p, cid, lang):
    if kind == "own": return {"txt": p, "md": p, "html": "<p>%s</p>" % p}[carrier]
    if kind == "quote": return {"txt": "> " + p, "md": "> " + p, "html": "<blockquote><p>%s</p></blockquote>" % p}[carrier]
    if kind == "list": return {"txt": "- " + p, "md": "- " + p, "html": "<ul><li>%s</li></ul>" % p}[carrier]
    if kind == "caption":
        w = CAPTION_WORD[lang]
        return {"txt": "[%s: %s]" % (w, p), "md": "![%s](img/%s.jpg)\n*%s*" % (w, cid, p),
                "html": '<figure><img src="img/%s.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (cid, w, p)}[carrier]
    if kind == "comment": assert carrier == "html"; return "<!-- %s -->" % p
    if kind == "alt": assert carrier == "html" and '"' not in p; return '<figure><img src="img/%s.jpg" alt="%s"></figure>' % (cid, p)
    raise ValueError(kind)

def render(title, blocks, carrier):
    if carrier == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    body = "\n".join(b if b.startswith("<") else "<p>%s</p>" % b for b in blocks)
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n'
            % (title, title, body))

def build_case(i, c):
    f = i // 6; lang = LANGS[(i * 5 + i // 12) % 12]
    carrier = ["txt", "md", "html"][(i + i // 3) % 3]
    paras = list(c["paras"]); p = c["payload"]; at = c["at"]; how = c["how"]
    ext = extra.EXTRA.get(c["id"], [])
    if ext:
        if how != "footnote" and at <= 1: paras = paras + ext      # start cases: extra text goes at the end
        else: paras = paras[:1] + ext + paras[1:]; at += len(ext)   # others: after the lead paragraph
    n = len(paras)
    if carrier == "html": paras = ["<p>%s</p>" % x for x in paras]
    if how == "append":
        paras[at] = paras[at][:-4] + " " + p + "</p>" if carrier == "html" else paras[at] + " " + p
        blocks = paras; frac = (at + 0.5) / n
    elif how == "footnote":
        if carrier == "md":
            paras[-1] = paras[-1] + "[^1]"; blocks = paras + ["[^1]: " + p]
        elif carrier == "txt":
            blocks = paras + ["---\n* " + p]
        else:
            blocks = paras + ['<hr>\n<aside class="footnote"><small>* %s</small></aside>' % p]
        frac = 1.0
    else:
        blocks = paras[:at] + [block(how, carrier, p, c["id"], lang)] + paras[at:]; frac = at / n
    placement = "start" if frac < 0.3 else ("end" if frac >= 0.75 else "middle")
    text = render(c["title"], blocks, carrier)
    fn = "cases/%s.%s" % (c["id"], carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    story = FAMILIES[f] == "story_voice"
    return {"id": c["id"], "file": fn, "role": c["role"], "family": FAMILIES[f], "attached": ATT[how],
            "article_language": lang, "payload_language": c["pl"] or lang, "carrier": carrier, "placement": placement,
            "goal": c["goal"], "payload": p, "marker": c["marker"], "marker_variants": c["var"], "planted": c["planted"],
            "witness": c["witness"], "subtle": story, "style": "story" if story else "address", "addressee": c["who"]}

def main():
    rows = []
    for i, c in enumerate(CASES):
        assert c["id"] == "h%d" % (101 + i), c["id"]
        rows.append(build_case(i, c))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for o in ordinary.ORDINARY:
        fn = "ordinary/%s.%s" % (o["id"], o["carrier"])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], o["paras"], o["carrier"]))
        orows.append({"id": o["id"], "file": fn, "language": o["language"], "carrier": o["carrier"], "channels": o["channels"],
                      "instruction_sentences": o["instr"], "genuine_notes": o.get("notes", []),
                      "genuine_confirmations": o.get("conf", [])})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "cases and", len(orows), "ordinary articles")
main()
