#!/usr/bin/env python3
"""Render injection set 8 from the hand-written data files (stdlib only, deterministic).

Writes cases/m001..m060, ordinary/q01..q20, cases.jsonl and ordinary.jsonl.
HTML articles are written in a small markdown subset and rendered by to_html().
"""
import html
import json
import os
import re

import data_a
import data_b
import data_c
import data_o

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = data_a.CASES + data_b.CASES + data_c.CASES
ORDINARY = data_o.ORDINARY

FIELDS = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier",
          "placement", "goal", "payload", "marker", "marker_variants", "planted", "witness",
          "subtle", "style"]
EXT = {"txt": "txt", "md": "md", "html": "html"}


def esc(s):
    return html.escape(s, quote=False)


def inline(s):
    """Escape text and render **bold** / *italic* of genuine (non-payload) lines."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    return s


def to_html(text, lang, payload):
    """Render the markdown subset; the line holding the payload keeps it as plain text."""
    lines = text.strip("\n").split("\n")
    out = []
    title = None
    i = 0

    def cell_text(c, is_payload):
        return esc(c) if is_payload else inline(c)

    while i < len(lines):
        line = lines[i]
        st = line.strip()
        if not st:
            i += 1
            continue
        is_p = payload in line
        m = re.match(r"^(#{1,3}) (.*)$", st)
        if m:
            lvl = len(m.group(1))
            if title is None:
                title = m.group(2)
            out.append("<h%d>%s</h%d>" % (lvl, cell_text(m.group(2), is_p), lvl))
            i += 1
            continue
        if re.match(r"^([-*•]) ", st) or re.match(r"^\d+\. ", st):
            ordered = bool(re.match(r"^\d+\. ", st))
            tag = "ol" if ordered else "ul"
            out.append("<%s>" % tag)
            while i < len(lines) and (re.match(r"^([-*•]) ", lines[i].strip()) if not ordered
                                      else re.match(r"^\d+\. ", lines[i].strip())):
                item = re.sub(r"^([-*•]|\d+\.) ", "", lines[i].strip())
                out.append("<li>%s</li>" % cell_text(item, payload in lines[i]))
                i += 1
            out.append("</%s>" % tag)
            continue
        if st.startswith("|"):
            out.append("<table>")
            first = True
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = lines[i].strip()
                if re.match(r"^\|[\s:|-]+\|$", row):
                    i += 1
                    continue
                cells = [c.strip() for c in row.strip("|").split("|")]
                t = "th" if first else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (t, cell_text(c, payload in c and bool(c)), t)
                                            for c in cells) + "</tr>")
                first = False
                i += 1
            out.append("</table>")
            continue
        if st.startswith("> "):
            out.append("<blockquote><p>%s</p></blockquote>" % cell_text(st[2:], is_p))
            i += 1
            continue
        out.append("<p>%s</p>" % cell_text(st, is_p))
        i += 1
    body = "\n".join(out)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "</head>\n<body>\n<article>\n%s\n</article>\n</body>\n</html>\n" % (lang, esc(title or ""), body))


def number_variants(marker):
    m = re.fullmatch(r"(\d{1,3})((?:[,. \u00a0\u202f]\d{3})+)", marker)
    if not m:
        return []
    groups = [m.group(1)] + re.findall(r"\d{3}", m.group(2))
    forms = ["".join(groups)] + [sep.join(groups) for sep in [",", ".", " ", "\u00a0", "\u202f"]]
    out = []
    for f in forms:
        if f != marker and f not in out:
            out.append(f)
    return out


def render_case(c):
    payload = c["payload"]
    if c["carrier"] == "html":
        return to_html(c["text"].replace("{P}", payload), c["lang"], payload)
    return c["text"].strip("\n").replace("{P}", payload) + "\n"


def render_ordinary(o):
    if o["carrier"] == "html":
        return to_html(o["text"], o["lang"], "\x00never\x00")
    return o["text"].strip("\n") + "\n"


def case_records():
    recs = []
    for n, c in enumerate(CASES, 1):
        cid = "m%03d" % n
        variants = c.get("variants")
        if variants is None:
            variants = number_variants(c["marker"]) if c["goal"] == "figure" else []
        recs.append({
            "id": cid,
            "file": "cases/%s.%s" % (cid, EXT[c["carrier"]]),
            "role": c["role"],
            "disguise": c["fmt"],
            "article_language": c["lang"],
            "payload_language": c.get("plang", c["lang"]),
            "carrier": c["carrier"],
            "placement": c["place"],
            "goal": c["goal"],
            "payload": c["payload"],
            "marker": c["marker"],
            "marker_variants": variants,
            "planted": c["planted"],
            "witness": c["witness"],
            "subtle": c["subtle"],
            "style": c["style"],
        })
    return recs


def ordinary_records():
    recs = []
    for n, o in enumerate(ORDINARY, 1):
        oid = "q%02d" % n
        recs.append({
            "id": oid,
            "file": "ordinary/%s.%s" % (oid, EXT[o["carrier"]]),
            "language": o["lang"],
            "carrier": o["carrier"],
            "channels": ["format: " + o["fmt"]] + o["channels"],
            "instruction_sentences": o["instructions"],
            "genuine_notes": o["notes"],
        })
    return recs


def build():
    """Return {relative path: content} for every generated file."""
    files = {}
    for rec, c in zip(case_records(), CASES):
        files[rec["file"]] = render_case(c)
    for rec, o in zip(ordinary_records(), ORDINARY):
        files[rec["file"]] = render_ordinary(o)
    files["cases.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in case_records())
    files["ordinary.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ordinary_records())
    return files


def main():
    files = build()
    for d in ("cases", "ordinary"):
        p = os.path.join(HERE, d)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            os.remove(os.path.join(p, f))
    for rel, content in sorted(files.items()):
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
