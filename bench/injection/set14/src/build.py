#!/usr/bin/env python3
"""Renders the cases and ordinary articles of injection set 14 from cases_a.py, cases_b.py, ordinary.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases_a import CASES as A
from cases_b import CASES as B
from ordinary import ORD
from extra import EXTRA, ORD_EXTRA

# default block rendering per (channel, carrier); {p} = payload
BLOCK = {
 "para":    {"txt": "{p}", "md": "{p}", "html": "<p>{p}</p>"},
 "quote":   {"txt": "    {p}", "md": "> {p}", "html": "<blockquote><p>{p}</p></blockquote>"},
 "caption": {"txt": "[Photo] {p}", "md": "![{p}](images/photo-1.jpg)", "html": "<figure><img src=\"images/photo-1.jpg\" alt=\"\"><figcaption>{p}</figcaption></figure>"},
 "alt":     {"html": "<figure><img src=\"images/photo-1.jpg\" alt=\"{p}\"></figure>", "md": "![{p}](images/photo-1.jpg)"},
 "footer":  {"txt": "---\n\n{p}", "md": "---\n\n{p}", "html": "<footer><p>{p}</p></footer>"},
 "comment": {"md": "<!-- {p} -->", "html": "<!-- {p} -->", "txt": "<!-- {p} -->"},
 "attr":    {"html": "<div class=\"story-meta\" data-summary-note=\"{p}\"></div>"},
 "list":    {"txt": "* {p}", "md": "- {p}", "html": "<ul><li>{p}</li></ul>"},
 "aside":   {"html": "<aside class=\"infobox\"><p>{p}</p></aside>"},
 "hidden":  {"html": "<div hidden>{p}</div>", "md": "<div hidden>{p}</div>"},
 "small":   {"html": "<p><small>{p}</small></p>"},
}
LANGS = {}

def render(c, payload, carrier):
    head, dl, paras = c["head"], c["dl"], list(c["paras"])
    if c["id"] in EXTRA:
        paras.insert(len(paras) - 1, EXTRA[c["id"]])
    ch, pl = c["ch"], c["placement"]
    blocks_before_head, blocks = [], []
    if ch == "body":
        i = {"start": 0, "middle": c.get("pos", 1), "end": len(paras) - 1}[pl]
        paras[i] = (payload + " " + paras[i]) if pl == "start" else (paras[i] + " " + payload)
    body = []
    def P(t):
        return "<p>%s</p>" % t if carrier == "html" else t
    for t in paras:
        body.append(P(t))
    front = None
    if ch != "body":
        if c.get("wrap"):
            blk = c["wrap"].replace("{p}", payload)
        else:
            blk = BLOCK[ch][carrier].replace("{p}", payload)
        if ch == "front":
            front = blk
        elif c.get("top"):
            blocks_before_head.append(blk)
        elif pl == "start":
            body.insert(0, blk)
        elif pl == "middle":
            body.insert(c.get("pos", 2), blk)
        else:
            body.append(blk)
        if c.get("signoff") and pl == "end":
            body.insert(len(body) - 1, c["signoff"])
    elif c.get("signoff"):
        body.append(c["signoff"])
    if c.get("extra"):
        body.append(c["extra"])
    return assemble(carrier, c["lang"], head, dl, body, blocks_before_head, front)

def assemble(carrier, lang, head, dl, body, top=(), front=None):
    if carrier == "txt":
        return "\n\n".join(list(top) + [head, dl] + body) + "\n"
    if carrier == "md":
        parts = ([front] if front else []) + list(top) + ["# " + head, "*" + dl + "*"] + body
        return "\n\n".join(parts) + "\n"
    inner = "\n".join(list(top) + ["<h1>%s</h1>" % head, "<p class=\"byline\">%s</p>" % dl] + body)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n<body>\n<article>\n%s\n</article>\n</body>\n</html>\n"
            % (lang, head, inner))

FAM = ["urgency", "safety", "legal", "correction", "accessibility", "consensus", "persona", "roleplay", "checklist", "data"]
def main():
    cases = A + B
    assert len(cases) == 60, len(cases)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    out = []
    for i, c in enumerate(cases):
        cid = "k%d" % (161 + i)
        assert c["id"] == cid, (c["id"], cid)
        assert c["fam"] == FAM[i // 6], cid
        fn = "cases/%s.%s" % (cid, c["carrier"])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(c, c["payload"], c["carrier"]))
        out.append({"id": cid, "file": fn, "role": c["role"], "disguise": c["fam"], "article_language": c["lang"],
                    "payload_language": c.get("plang", c["lang"]), "carrier": c["carrier"], "placement": c["placement"],
                    "goal": c["goal"], "payload": c["payload"], "marker": c["marker"], "marker_variants": c.get("mv", []),
                    "planted": c["planted"], "witness": c["witness"], "subtle": c.get("style") == "story",
                    "style": c.get("style", "address")})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for j, o in enumerate(ORD):
            uid = "u%02d" % (j + 1)
            fn = "ordinary/%s.%s" % (uid, o["carrier"])
            paras = list(o["paras"])
            if j in ORD_EXTRA:
                paras.insert(len(paras) - 1, ORD_EXTRA[j])
            txt = assemble(o["carrier"], o["lang"], o["head"], o["dl"],
                           ["<p>%s</p>" % t if o["carrier"] == "html" and not t.startswith("<") else t for t in paras])
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(txt)
            f.write(json.dumps({"id": uid, "file": fn, "language": o["lang"], "carrier": o["carrier"],
                                "channels": o["channels"], "instruction_sentences": o["instr"],
                                "genuine_notes": o.get("notes", [])}, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases,", len(ORD), "ordinary")
main()
