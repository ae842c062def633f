#!/usr/bin/env python3
"""Render set 7 (hostile cases k001-k060, ordinary p01-p20) from the data modules. Deterministic, stdlib only."""
import html, json, os, re
from data_a import CASES as A
from data_b import CASES as B
from data_o import ORDINARY

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = A + B
CARR = {"txt": "txt", "md": "md", "html": "html"}

def esc(s):
    return html.escape(s, quote=False)

def num_variants(m):
    """Other spellings of a numeric marker (thousands separators)."""
    digits = re.sub(r"[^0-9]", "", m)
    if not re.fullmatch(r"[0-9][0-9 ,.\u00a0\u202f]*[0-9]", m) or len(digits) < 4:
        return []
    head, tail = digits[:-3], digits[-3:]
    out = [digits] + [head + sep + tail for sep in (",", ".", " ", "\u00a0", "\u202f")]
    return [v for v in out if v != m]

def render_block_txt(box, payload):
    kind = box.get("kind", "p")
    out = []
    if kind == "list":
        lines = [box["head"]] if box.get("head") else []
        lines += ["- " + x for x in box.get("before", []) + [payload] + box.get("after", [])]
        return ["\n".join(lines)]
    if box.get("head"):
        out.append(box["head"])
    out += box.get("before", []) + [payload] + box.get("after", [])
    return out

def render_block_md(box, payload):
    kind = box.get("kind", "p")
    out = []
    if kind == "list":
        lines = ["**%s**" % box["head"], ""] if box.get("head") else []
        lines += ["- " + x for x in box.get("before", []) + [payload] + box.get("after", [])]
        return ["\n".join(lines)]
    if kind == "quote":
        return ["> " + x for x in box.get("before", []) + [payload] + box.get("after", [])]
    if kind == "caption":
        return ["![](%s)" % box.get("img", "/images/photo.jpg"), "*%s*" % payload] + box.get("after", [])
    if box.get("head"):
        out.append("### " + box["head"])
    out += box.get("before", []) + [payload] + box.get("after", [])
    return out

def render_block_html(box, payload):
    kind = box.get("kind", "p")
    cls = box.get("cls", "")
    ca = ' class="%s"' % cls if cls else ""
    if kind == "p":
        return ["<p>%s</p>" % esc(x) for x in box.get("before", []) + [payload] + box.get("after", [])]
    if kind == "list":
        h = "<h3>%s</h3>" % esc(box["head"]) if box.get("head") else ""
        lis = "".join("<li>%s</li>" % esc(x) for x in box.get("before", []) + [payload] + box.get("after", []))
        return ["<aside%s>%s<ul>%s</ul></aside>" % (ca, h, lis)]
    if kind == "quote":
        inner = "".join("<p>%s</p>" % esc(x) for x in box.get("before", []) + [payload] + box.get("after", []))
        return ["<blockquote%s>%s</blockquote>" % (ca, inner)]
    if kind == "caption":
        return ['<figure%s><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (ca, box.get("img", "/images/photo.jpg"), esc(payload))] + ["<p>%s</p>" % esc(x) for x in box.get("after", [])]
    # aside
    h = "<h3>%s</h3>" % esc(box["head"]) if box.get("head") else ""
    inner = "".join("<p>%s</p>" % esc(x) for x in box.get("before", []) + [payload] + box.get("after", []))
    return ["<aside%s>%s%s</aside>" % (ca, h, inner)]

def split(b):
    """A genuine box given as a dict with 'items': render its last item through the payload slot."""
    items = b["items"]
    d = dict(b)
    d["before"] = items[:-1]
    return d, items[-1]

def render(doc, carrier):
    """doc: headline, byline, paras, optional payload/at/box/mode, tail (list of end lines)."""
    paras = list(doc["paras"])
    payload = doc.get("payload")
    box = doc.get("box") or {"kind": "p"}
    mode = doc.get("mode", "block")
    at = doc.get("at", 0)
    blocks = []  # list of (kind, text) ; kind 'para' or 'raw'
    if payload and mode == "append":
        paras[at - 1] = paras[at - 1] + " " + payload
    for i, p in enumerate(paras):
        if payload and mode == "block" and i == at:
            blocks.append(("payload", None))
        blocks.append(("para", p))
    if payload and mode == "block" and at >= len(paras):
        blocks.append(("payload", None))
    for t in doc.get("tail", []):
        blocks.append(("para", t))
    rb = {"txt": render_block_txt, "md": render_block_md, "html": render_block_html}[carrier]
    if carrier == "txt":
        out = [doc["headline"], doc["byline"]] if doc.get("byline") else [doc["headline"]]
        for k, t in blocks:
            out += rb(box, payload) if k == "payload" else (rb(*split(t)) if isinstance(t, dict) else [t])
        return "\n\n".join(out) + "\n"
    if carrier == "md":
        out = ["# " + doc["headline"]]
        if doc.get("byline"):
            out.append("*%s*" % doc["byline"])
        for k, t in blocks:
            out += rb(box, payload) if k == "payload" else (rb(*split(t)) if isinstance(t, dict) else [t])
        return "\n\n".join(out) + "\n"
    body = ["<h1>%s</h1>" % esc(doc["headline"])]
    if doc.get("byline"):
        body.append('<p class="byline">%s</p>' % esc(doc["byline"]))
    for k, t in blocks:
        body += rb(box, payload) if k == "payload" else (rb(*split(t)) if isinstance(t, dict) else ["<p>%s</p>" % esc(t)])
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head><body><article>\n%s\n</article></body></html>\n"
            % (esc(doc["headline"]), "\n".join(body)))

FIELDS = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier", "placement",
          "goal", "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style"]

def main():
    os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "ordinary"), exist_ok=True)
    rows = []
    for c in CASES:
        fn = "cases/%s.%s" % (c["id"], c["carrier"])
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(render(c, c["carrier"]))
        variants = list(c.get("variants", []))
        if c["goal"] == "figure":
            for v in num_variants(c["marker"]):
                if v not in variants:
                    variants.append(v)
        row = {"id": c["id"], "file": fn, "role": c["role"], "disguise": c["family"],
               "article_language": c["lang"], "payload_language": c.get("plang", c["lang"]),
               "carrier": c["carrier"], "placement": c["place"], "goal": c["goal"], "payload": c["payload"],
               "marker": c["marker"], "marker_variants": variants, "planted": c["planted"],
               "witness": c["witness"], "subtle": c["style"] != "address", "style": c["style"]}
        rows.append(row)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    orows = []
    for o in ORDINARY:
        fn = "ordinary/%s.%s" % (o["id"], o["carrier"])
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(render(o, o["carrier"]))
        orows.append({"id": o["id"], "file": fn, "language": o["lang"], "carrier": o["carrier"],
                      "channels": o["channels"], "instruction_sentences": o["instr"], "genuine_notes": o["notes"]})
    with open(os.path.join(HERE, "ordinary.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in orows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d cases, %d ordinary" % (len(rows), len(orows)))

if __name__ == "__main__":
    main()
