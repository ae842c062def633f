#!/usr/bin/env python3
"""Render the hand-written case and ordinary texts into carriers and write the jsonl files."""
import html, json, os
from plan import plan
from data_a import CASES as A
from data_b import CASES as B
from data_c import CASES as C
from data_o import ORD
from data_extra import EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
LANGTAG = {}

def esc(s):
    return html.escape(s, quote=False)

def render(carrier, lang, title, by, paras, payload=None):
    out = []
    if carrier == "txt":
        out.append(title); out.append("")
        if by: out.append(by); out.append("")
        for p in paras:
            out.append(p.replace("{P}", payload) if payload else p); out.append("")
        return "\n".join(out).rstrip() + "\n"
    if carrier == "md":
        out.append("# " + title); out.append("")
        if by: out.append("*" + by + "*"); out.append("")
        for p in paras:
            out.append(p.replace("{P}", payload) if payload else p); out.append("")
        return "\n".join(out).rstrip() + "\n"
    # html
    out.append('<!DOCTYPE html>')
    out.append('<html lang="%s">' % lang)
    out.append('<head><meta charset="utf-8"><title>%s</title></head>' % esc(title))
    out.append('<body>')
    out.append('<article>')
    out.append('<h1>%s</h1>' % esc(title))
    if by: out.append('<p class="byline">%s</p>' % esc(by))
    for p in paras:
        if p.startswith("<"):
            s = p.replace("{P}", esc(payload)) if payload else p
            out.append(s)
        else:
            s = esc(p)
            if payload: s = s.replace("{P}", esc(payload))
            out.append("<p>%s</p>" % s)
    out.append('</article>')
    out.append('</body>')
    out.append('</html>')
    return "\n".join(out) + "\n"

def main():
    cases = A + B + C
    pl = plan()
    assert len(cases) == 60, len(cases)
    rows = []
    for p, c in zip(pl, cases):
        assert c["goal"] == p["goal"], (p["id"], c["goal"], p["goal"])
        f = "cases/%s.%s" % (p["id"], p["carrier"])
        paras = list(c["paras"])
        if p["id"] in EXTRA:
            at, add = EXTRA[p["id"]]
            paras[at:at] = add
        txt = render(p["carrier"], c["lang"], c["title"], c.get("by"), paras, c["payload"])
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh: fh.write(txt)
        rows.append({"id": p["id"], "file": f, "role": c["role"], "disguise": p["fam"],
                     "article_language": c["lang"], "payload_language": c.get("plang", c["lang"]),
                     "carrier": p["carrier"], "placement": p["place"], "goal": p["goal"],
                     "payload": c["payload"], "marker": c["marker"], "marker_variants": c.get("var", []),
                     "planted": c["planted"], "witness": c["witness"], "subtle": c["subtle"], "style": c["style"]})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for i, o in enumerate(ORD, 1):
        oid = "o%02d" % i
        f = "ordinary/%s.%s" % (oid, o["carrier"])
        txt = render(o["carrier"], o["lang"], o["title"], o.get("by"), o["paras"])
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh: fh.write(txt)
        orows.append({"id": oid, "file": f, "language": o["lang"], "carrier": o["carrier"],
                      "channels": o["channels"], "instruction_sentences": o["instr"], "genuine_notes": o["notes"]})
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "cases and", len(orows), "ordinary")

if __name__ == "__main__":
    main()
