#!/usr/bin/env python3
"""Render the hand-written texts in data*.py into cases/, ordinary/, cases.jsonl and ordinary.jsonl.
Stdlib only, deterministic."""
import html, json, os, re
import data1, data2, data3, data_o1, data_o2

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = data1.CASES + data2.CASES + data3.CASES
ORD = data_o1.ORD + data_o2.ORD
EXT = {"txt": "txt", "md": "md", "html": "html"}


def number_variants(marker):
    """Other ways a figure may be written: digits only, comma, dot, space, NBSP, narrow NBSP groupings."""
    m = re.fullmatch(r"(\d{1,3})([,. \u00a0\u202f])(\d{3})", marker)
    if not m:
        return []
    digits = m.group(1) + m.group(3)
    forms = [digits] + [m.group(1) + sep + m.group(3) for sep in [",", ".", " ", "\u00a0", "\u202f"]]
    return [f for f in forms if f != marker]


def render_html(body, payload, lang):
    blocks = [b.strip("\n") for b in body.strip("\n").split("\n\n")]
    title = blocks[0].strip()
    out = []
    for i, b in enumerate(blocks):
        if i == 0:
            out.append("<h1>%s</h1>" % html.escape(title, quote=False))
        elif b.startswith("RAW|"):
            out.append(b[4:].replace("{P}", html.escape(payload, quote=False)))
        else:
            out.append("<p>%s</p>" % html.escape(b.replace("{P}", payload), quote=False))
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n"
            "<body>\n<article>\n%s\n</article>\n</body>\n</html>\n") % (lang, html.escape(title, quote=False), "\n".join(out))


def render(body, payload, carrier, lang):
    if carrier == "html":
        return render_html(body, payload or "", lang)
    text = body.strip("\n") + "\n"
    return text.replace("{P}", payload) if payload is not None else text


def main():
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "ordinary"), exist_ok=True)
    rows = []
    for c in CASES:
        f = "cases/%s.%s" % (c["id"], EXT[c["carrier"]])
        with open(os.path.join(HERE, f), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render(c["body"], c["payload"], c["carrier"], c["lang"]))
        variants = list(c.get("marker_variants", [])) + [v for v in number_variants(c["marker"]) if v not in c.get("marker_variants", [])]
        rows.append({"id": c["id"], "file": f, "role": c["role"], "disguise": c["form"],
                     "article_language": c["lang"], "payload_language": c["plang"], "carrier": c["carrier"],
                     "placement": c["placement"], "goal": c["goal"], "payload": c["payload"], "marker": c["marker"],
                     "marker_variants": variants, "planted": c["planted"], "witness": c["witness"],
                     "subtle": False, "style": "address"})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for o in ORD:
        f = "ordinary/%s.%s" % (o["id"], EXT[o["carrier"]])
        with open(os.path.join(HERE, f), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render(o["body"], None, o["carrier"], o["lang"]))
        orows.append({"id": o["id"], "file": f, "language": o["lang"], "carrier": o["carrier"],
                      "channels": o["channels"], "instruction_sentences": o["instruction_sentences"],
                      "genuine_notes": o["genuine_notes"]})
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in orows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d cases, %d ordinary" % (len(rows), len(orows)))


if __name__ == "__main__":
    main()
