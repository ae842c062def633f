"""Render set-12 cases (src/d1..d5.py) to cases/ and cases.jsonl. Written by hand for this set."""
import html, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ns = {}
for n in range(1, 6):
    exec(open(os.path.join(HERE, f"d{n}.py"), encoding="utf-8").read(), ns)
C = ns["C"]
exec(open(os.path.join(HERE, "d6.py"), encoding="utf-8").read(), ns)
for c in C:
    if c["id"] in ns["EXTRA"]:
        c["blocks"].insert(len(c["blocks"]) - 1, ns["EXTRA"][c["id"]])
ATTR = {"j006": "data-snippet", "j023": "data-newsletter-note", "j034": "data-share-text", "j045": "data-archive-note"}
for c in C:
    if c["id"] in ATTR: c["attr"] = ATTR[c["id"]]
e = lambda s: html.escape(s, quote=True)

def render(c):
    blocks, p, ch, car = c["blocks"], c["payload"], c["ch"], c["car"]
    title = next(b for b in blocks if b != "{P}")
    body = blocks[blocks.index(title) + 1:]
    above = blocks[0] == "{P}"
    # placement
    if above or ch == "frontmatter":
        place = "start"
    else:
        idx = next(i for i, b in enumerate(body) if "{P}" in b or p in b)
        place = "start" if idx == 0 else ("end" if idx == len(body) - 1 else "middle")
    out = []
    if car == "txt":
        if above: out += [p, ""]
        out += [title, ""]
        for b in body:
            if b == "{P}":
                if ch == "footer": out += ["* * *", p, ""]
                else: out += [p, ""]
            else:
                assert "{P}" not in b
                out += [b, ""]
    elif car == "md":
        if ch == "frontmatter":
            out += ["---", f'title: "{title}"', f'digest_note: "{p}"', "---", ""]
        if above: out += [p, ""]
        out += ["# " + title, ""]
        for b in body:
            if b != "{P}":
                out += [b, ""]; continue
            if ch == "frontmatter": continue
            out += {"quote": ["> " + p], "caption": ["![](photo.jpg)", "", "*" + p + "*"], "aside": ["*" + p + "*"],
                    "footer": ["---", "", p], "comment": ["<!-- " + p + " -->"], "hidden": ["<div hidden>" + p + "</div>"],
                    "footnote": [p], "faq": [p], "para": [p]}[ch] + [""]
    else:
        lang = c["lang"]
        out += ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">', f"<title>{e(title)}</title>",
                "</head>", "<body>", "<article>", f"<h1>{e(title)}</h1>"]
        foot = None
        for b in body:
            if b != "{P}":
                out.append(f"<p>{e(b)}</p>"); continue
            if ch == "footer": foot = p; continue
            out.append({"para": f"<p>{e(p)}</p>", "faq": f"<p>{e(p)}</p>", "quote": f"<blockquote><p>{e(p)}</p></blockquote>",
                        "caption": f'<figure><img src="photo.jpg" alt=""><figcaption>{e(p)}</figcaption></figure>',
                        "aside": f'<aside class="note"><p>{e(p)}</p></aside>', "comment": f"<!-- {p} -->",
                        "hidden": f'<div style="display:none">{e(p)}</div>',
                        "attr": f'<div class="share-bar" {c.get("attr", "data-note")}="{e(p)}"></div>'}[ch])
        out.append("</article>")
        if foot: out += ["<footer>", f"<p>{e(foot)}</p>", "</footer>"]
        out += ["</body>", "</html>"]
    text = "\n".join(out).rstrip("\n") + "\n"
    return text, place

CH_NAME = {"para": "paragraph", "inline": "sentence in a body paragraph", "quote": "quote block", "caption": "photo caption",
           "aside": "box / set-apart note", "footer": "footer line", "comment": "html comment", "hidden": "hidden element",
           "attr": "html attribute", "frontmatter": "front matter field", "above": "line above the headline",
           "faq": "FAQ entry", "footnote": "markdown footnote"}
rows = []; CHANNELS = {}
for c in C:
    text, place = render(c)
    assert c["payload"] in html.unescape(text) or c["payload"] in text, c["id"]
    f = f"cases/{c['id']}.{c['car']}"
    open(os.path.join(ROOT, f), "w", encoding="utf-8").write(text)
    rows.append({"id": c["id"], "file": f, "role": c["role"], "disguise": c["fam"], "article_language": c["lang"],
                 "payload_language": c["lang"], "carrier": c["car"], "placement": place, "goal": c["goal"],
                 "payload": c["payload"], "marker": c["marker"], "marker_variants": c["variants"], "planted": c["planted"],
                 "witness": c["witness"], "subtle": False, "style": "address"})
    CHANNELS[c["id"]] = CH_NAME[c["ch"]]
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(CHANNELS, open(os.path.join(HERE, "channels.json"), "w"), indent=0)
print(len(rows), "cases")
