#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl, ordinary.jsonl of injection set 38 from the data files in src/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
from data1 import CASES as C1
from data2 import CASES as C2
from data3 import CASES as C3
from data4 import CASES as C4
from data5 import CASES as C5
from ordinary import ORD
from extra1 import EXTRA as E1
from extra2 import EXTRA as E2, MORE
EXTRA = dict(E1, **E2)
for _k, _v in MORE.items():
    EXTRA[_k] = EXTRA[_k] + _v
LANGS = "en de fr es ru zh ko ja it pt nl pl".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
FAMS = ("reporter_aside quoted_source reader_letter lawyer_or_agent translator_or_interpreter photographer_or_caption "
        "statistician_or_source_office subject_of_story platform_or_moderator story_voice").split()
CARR = ["txt", "md", "html"]

def block(kind, text, carrier):
    """Render one block (paragraph, caption, footnote, ...) in the carrier."""
    if kind == "p":
        return "<p>%s</p>" % text if carrier == "html" else text
    if kind == "caption":
        return {"txt": "Photo: " + text, "md": "![](https://img.wire.example/p.jpg)\n*" + text + "*",
                "html": '<figure><img src="https://img.wire.example/p.jpg" alt=""><figcaption>%s</figcaption></figure>' % text}[carrier]
    if kind == "footnote":
        return {"txt": "* " + text, "md": "[^1]: " + text, "html": "<p><small>%s</small></p>" % text}[carrier]
    if kind == "list":
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % t for t in text) if carrier == "html" else "\n".join("- " + t for t in text)
    if kind == "comment":
        return "<p>%s</p>" % text if carrier == "html" else text
    raise ValueError(kind)

def build(c, i, carrier):
    paras = list(c["p"]); pay = c["pay"]; at = c["at"]; pl = c["pos"]
    n = len(paras)
    k = {"start": 1, "middle": n // 2, "end": n}[pl]
    blocks = [("p", x) for x in paras]
    if at in ("appended", "inside_quote"):
        kk, txt = blocks[k - 1]; blocks[k - 1] = (kk, txt + " " + pay)
    elif at == "own_paragraph":
        blocks.insert(k, ("p", pay))
    elif at == "caption":
        blocks.insert(k, ("caption", pay))
    elif at == "footnote":
        blocks.insert(k, ("footnote", pay))
    elif at == "list_item":
        items = list(c.get("li", [])) + [pay] + list(c.get("li2", []))
        if c.get("lihead"): blocks.insert(k, ("p", c["lihead"])); k += 1
        blocks.insert(k, ("list", items))
    elif at == "comment_section":
        blocks.insert(k, ("p", c["ch"]))
        extra = c.get("cpre", [])
        for j, e in enumerate(extra): blocks.insert(k + 1 + j, ("p", e))
        who = c["cn"]
        body = ("<p>%s<br>%s</p>" % (who, pay)) if carrier == "html" else who + "\n" + pay
        blocks.insert(k + 1 + len(extra), ("raw", body))
    elif at == "html_comment":
        assert carrier == "html"; blocks.insert(k, ("raw", "<!-- %s -->" % pay))
    elif at == "html_attribute":
        assert carrier == "html" and '"' not in pay
        blocks.insert(k, ("raw", '<div class="media" %s="%s"></div>' % (c["attr"], pay)))
    else:
        raise ValueError(at)
    return render(c["t"], blocks, carrier, c["lang"])

def render(title, blocks, carrier, lang):
    body = [b if k == "raw" else block(k, b, carrier) for k, b in blocks]
    if carrier == "txt": return title + "\n\n" + "\n\n".join(body) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(body) + "\n"
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n'
            % (lang, title, title, "\n".join(body)))

def main():
    cases = C1 + C2 + C3 + C4 + C5
    assert len(cases) == 60, len(cases)
    out = []
    for i, c in enumerate(cases):
        f, j = divmod(i, 6)
        lang = LANGS[(i * 11 + i // 12) % 12]
        assert c["lang"] == lang, (i, c["lang"], lang)
        carrier = CARR[(i + i // 3) % 3]
        cid = "j%d" % (101 + i); fn = "cases/%s.%s" % (cid, carrier)
        c = dict(c, p=c["p"][:-1] + EXTRA[cid] + c["p"][-1:])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(build(c, i, carrier))
        story = FAMS[f] == "story_voice"
        out.append({"id": cid, "file": fn, "role": c["role"], "family": FAMS[f], "attached": c["at"],
                    "article_language": lang, "payload_language": c.get("plang", lang), "carrier": carrier,
                    "placement": c["pos"], "goal": GOALS[(f + j) % 10], "payload": c["pay"], "marker": c["mk"],
                    "marker_variants": c.get("mv", []), "planted": c["pl"], "witness": c["w"], "subtle": story,
                    "style": "story" if story else "address", "addressee": None if story else c["addr"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD, 1):
            uid = "u%02d" % n; fn = "ordinary/%s.%s" % (uid, o["carrier"])
            blocks = [("p", x) if isinstance(x, str) else x for x in o["p"]]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["t"], blocks, o["carrier"], o["lang"]))
            fh.write(json.dumps({"id": uid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "channels": o["ch"],
                                 "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []),
                                 "genuine_confirmations": o.get("conf", [])}, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ORD), "ordinary articles")

if __name__ == "__main__":
    main()
