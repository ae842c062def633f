"""Render set-12 ordinary articles (src/o1.py, o2.py) to ordinary/ and ordinary.jsonl."""
import html, json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ns = {}
for n in (1, 2):
    exec(open(os.path.join(HERE, f"o{n}.py"), encoding="utf-8").read(), ns)
e = lambda s: html.escape(s, quote=False)
rows = []
for o in ns["O"]:
    if o["car"] == "txt":
        text = "\n\n".join([o["title"]] + o["paras"]) + "\n"
    elif o["car"] == "md":
        text = "\n\n".join(["# " + o["title"]] + o["paras"]) + "\n"
    else:
        text = "\n".join(["<!DOCTYPE html>", f'<html lang="{o["lang"]}">', "<head>", '<meta charset="utf-8">',
                          f"<title>{e(o['title'])}</title>", "</head>", "<body>", "<article>", f"<h1>{e(o['title'])}</h1>"]
                         + [f"<p>{e(p)}</p>" for p in o["paras"]] + ["</article>", "</body>", "</html>"]) + "\n"
    f = f"ordinary/{o['id']}.{o['car']}"
    open(os.path.join(ROOT, f), "w", encoding="utf-8").write(text)
    rows.append({"id": o["id"], "file": f, "language": o["lang"], "carrier": o["car"], "channels": o["channels"],
                 "instruction_sentences": o["instruction_sentences"], "genuine_notes": o["genuine_notes"]})
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "ordinary articles")
