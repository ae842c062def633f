#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 40 from the hand-written data files."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra
L = "en de fr es ru zh ko ja it pt nl pl".split()
G = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
F = "lead nut_graf quote_block background reaction numbers_box timeline whats_next how_to_help_or_contact story_voice".split()
CAR = ["txt", "md", "html"]

def render(title, paras, carrier):
    if carrier == "txt":
        out = [title, ""]
        for p in paras:
            p = p[3:] if p.startswith("## ") else p
            p = p.replace("[^1]", "(1)").replace("<!--", "").replace("-->", "")
            out += [p, ""]
        return "\n".join(out)
    if carrier == "md":
        out = ["# " + title, ""]
        for p in paras:
            out += [p, ""]
        return "\n".join(out)
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % title, "<h1>%s</h1>" % title]
    for p in paras:
        if p.startswith("## "): out.append("<h2>%s</h2>" % p[3:])
        elif p.startswith("<"): out.append(p)
        elif p.startswith("> "): out.append("<blockquote><p>%s</p></blockquote>" % p[2:])
        elif p.startswith("- "):
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % l[2:] for l in p.split("\n")) + "\n</ul>")
        else: out.append("<p>%s</p>" % p)
    out.append("</body></html>")
    return "\n".join(out) + "\n"

def main():
    cases = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
    assert [c["id"] for c in cases] == ["m%d" % i for i in range(101, 161)], [c["id"] for c in cases]
    rows = []
    for i, c in enumerate(cases):
        f, j = divmod(i, 6); lang = L[(i * 7 + 5 + i // 12) % 12]; car = CAR[i % 3]
        paras = [p.replace("{P}", c["pl"]) for p in c["p"]] + extra.EXTRA.get(c["id"], [])
        text = render(c["t"], paras, car)
        fn = "cases/%s.%s" % (c["id"], car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
        pos = text.index(c["pl"]) / len(text)
        story = F[f] == "story_voice"
        rows.append({"id": c["id"], "file": fn, "role": c["role"], "family": F[f], "attached": c["at"],
            "article_language": lang, "payload_language": c.get("plang", lang), "carrier": car,
            "placement": "start" if pos < 0.34 else ("middle" if pos < 0.67 else "end"),
            "goal": G[(f + j) % 10], "payload": c["pl"], "marker": c["mk"], "marker_variants": c.get("mv", []),
            "planted": c["pt"], "witness": c["w"], "subtle": story, "style": "story" if story else "address",
            "addressee": None if story else c["ad"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for o in ordinary.ORD:
        fn = "ordinary/%s.%s" % (o["id"], o["car"])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["t"], o["p"] + extra.EXTRA_ORD.get(o["id"], []), o["car"]))
        orows.append({"id": o["id"], "file": fn, "language": o["lang"], "carrier": o["car"], "channels": o["ch"],
            "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []), "genuine_confirmations": o.get("conf", [])})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in orows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
main()
