#!/usr/bin/env python3
"""Generator for injection set 37: writes cases/, ordinary/, cases.jsonl, ordinary.jsonl from the data files."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data1 import CASES as C1
from data2 import CASES as C2
from data3 import CASES as C3
from ordinary import ORD
from extra import EXTRA, EXTRA2, ORD_EXTRA

CASES = C1 + C2 + C3
assert len(CASES) == 60, len(CASES)
FAMILIES = ["late_correction", "legal_requirement", "accessibility", "translation_consistency", "privacy_or_safety",
            "style_guide", "sponsor_or_attribution_deal", "embargo_or_timing", "data_quality", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CARRIERS = ["txt", "md", "html"]
PLACES = ["start", "middle", "end"]
CJK = ("zh", "ja", "ko")
CAPTION = {"en": "Photo:", "de": "Foto:", "fr": "Photo :", "es": "Foto:", "ru": "Фото:", "zh": "图：", "ko": "사진:",
           "ja": "写真：", "it": "Foto:", "pt": "Foto:", "nl": "Foto:", "pl": "Fot."}
OPTS = {"txt": ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote"],
        "md": ["own_paragraph", "appended", "quote", "list_item", "caption", "footnote"],
        "html": ["own_paragraph", "appended", "html_comment", "html_attribute", "caption", "list_item", "quote", "footnote"]}


def ok(att, place, payload, carrier):
    if att == "footnote" and place != "end":
        return False
    if att == "html_attribute" and any(ch in payload for ch in '"<>&'):
        return False
    return True


def render(lang, carrier, head, paras, payload, att, place, img_id):
    """paras: genuine paragraphs. Returns the whole file text."""
    P = list(paras)
    sep = "" if lang in CJK else " "
    ins = {"start": 0, "middle": len(P) // 2, "end": len(P)}[place]
    app = {"start": 0, "middle": (len(P) - 1) // 2, "end": len(P) - 1}[place]
    blocks = [("p", x) for x in P]  # (kind, text)
    foot = None
    if att == "own_paragraph":
        blocks.insert(ins, ("p", payload))
    elif att == "appended":
        blocks[app] = ("p", P[app] + sep + payload)
    elif att == "quote":
        blocks.insert(ins, ("quote", payload))
    elif att == "list_item":
        blocks.insert(ins, ("li", payload))
    elif att == "caption":
        blocks.insert(ins, ("caption", payload))
    elif att == "html_comment":
        blocks.insert(ins, ("comment", payload))
    elif att == "html_attribute":
        blocks.insert(ins, ("alt", payload))
    elif att == "footnote":
        blocks[-1] = ("p", P[-1] + ("[1]" if carrier == "txt" else "[^1]" if carrier == "md" else "<sup>1</sup>"))
        foot = payload
    else:
        raise ValueError(att)
    img = "https://img.pressefoto.example/%s.jpg" % img_id
    out = []
    if carrier in ("txt", "md"):
        out.append(("# " if carrier == "md" else "") + head)
        for kind, t in blocks:
            if kind == "p": out.append(t)
            elif kind == "quote": out.append("> " + t)
            elif kind == "li": out.append(("* " if carrier == "md" else "- ") + t)
            elif kind == "caption":
                out.append(("![](%s)\n*%s %s*" % (img, CAPTION[lang], t)) if carrier == "md" else "%s %s" % (CAPTION[lang], t))
            else: raise ValueError(kind)
        if foot is not None:
            out.append(("[1] " if carrier == "txt" else "[^1]: ") + foot)
        return "\n\n".join(out) + "\n"
    body = ["<h1>%s</h1>" % head]
    for kind, t in blocks:
        if kind == "p": body.append("<p>%s</p>" % t)
        elif kind == "quote": body.append("<blockquote><p>%s</p></blockquote>" % t)
        elif kind == "li": body.append("<ul>\n<li>%s</li>\n</ul>" % t)
        elif kind == "caption": body.append('<figure><img src="%s" alt=""><figcaption>%s %s</figcaption></figure>' % (img, CAPTION[lang], t))
        elif kind == "comment": body.append("<!-- %s -->" % t)
        elif kind == "alt": body.append('<figure><img src="%s" alt="%s"></figure>' % (img, t))
        else: raise ValueError(kind)
    if foot is not None:
        body.append('<aside class="footnote"><sup>1</sup> %s</aside>' % foot)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<article>\n%s\n</article>\n</body>\n</html>\n'
            % (lang, html.escape(head, quote=False), "\n".join(body)))


def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    rows, kcount = [], {c: 0 for c in CARRIERS}
    for i, c in enumerate(CASES):
        cid = "i%d" % (101 + i)
        fam = FAMILIES[i // 6]
        goal = GOALS[(i // 6 + i % 6) % 10]
        assert set(c["planted"]) - {"confirmer"} == {goal}, (cid, goal, c["planted"])
        carrier = CARRIERS[(i // 3 + i) % 3]
        place = PLACES[i % 3]
        story = fam == "story_voice"
        if story:
            att = "own_paragraph" if i % 2 == 0 else "appended"
        else:
            opts = OPTS[carrier]
            k = kcount[carrier]
            for d in range(len(opts)):
                att = opts[(k + d) % len(opts)]
                if ok(att, place, c["payload"], carrier):
                    break
            kcount[carrier] += 1
        paras = list(c["paras"])
        if cid in EXTRA:
            paras.insert(3, EXTRA[cid])
        if cid in EXTRA2:
            paras.insert(1, EXTRA2[cid])
        text = render(c["lang"], carrier, c["head"], paras, c["payload"], att, place, cid)
        fn = "cases/%s.%s" % (cid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        rows.append({"id": cid, "file": fn, "role": c["role"], "family": fam, "attached": att,
                     "article_language": c["lang"], "payload_language": c["pl"], "carrier": carrier, "placement": place,
                     "goal": goal, "payload": c["payload"], "marker": c["marker"], "marker_variants": c["var"],
                     "planted": c["planted"], "witness": c["witness"], "subtle": story,
                     "style": "story" if story else "address", "addressee": None if story else c["addr"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for n, o in enumerate(ORD, 1):
        oid = "u%02d" % n
        lang, carrier = o["lang"], o["carrier"]
        sep = "" if lang in CJK else " "
        instr, notes, conf, paras = [], [], [], []
        opar = list(o["paras"])
        if oid in ORD_EXTRA:
            opar.insert(len(opar) - 1, ORD_EXTRA[oid])
        for para in opar:
            ss = []
            for s in para:
                if s.startswith("I:"): s = s[2:]; instr.append(s)
                elif s.startswith("N:"): s = s[2:]; notes.append(s)
                elif s.startswith("C:"): s = s[2:]; conf.append(s)
                ss.append(s)
            paras.append(sep.join(ss))
        if carrier == "html":
            body = "\n".join(["<h1>%s</h1>" % o["head"]] + ["<p>%s</p>" % p for p in paras])
            text = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<article>\n%s\n</article>\n</body>\n</html>\n'
                    % (lang, html.escape(o["head"], quote=False), body))
        else:
            text = "\n\n".join([("# " if carrier == "md" else "") + o["head"]] + paras) + "\n"
        fn = "ordinary/%s.%s" % (oid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        orows.append({"id": oid, "file": fn, "language": lang, "carrier": carrier, "channels": o["channels"],
                      "instruction_sentences": instr, "genuine_notes": notes, "genuine_confirmations": conf})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in orows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "cases and", len(orows), "ordinary articles")


if __name__ == "__main__":
    main()
