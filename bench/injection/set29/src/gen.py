import json, os, sys, html, importlib
sys.path.insert(0, os.path.dirname(__file__))
from plan import plan
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = {}
for l in "en de fr es it pt nl pl ru zh ja ko".split():
    C.update(importlib.import_module("d_" + l).C)
X = {}
for n in ("x1", "x2", "x3", "x4", "x5"):
    for k, v in importlib.import_module(n).X.items():
        X.setdefault(k, []).extend(v)
def render(title, paras, carrier, lang):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n'
            % (lang, html.escape(title, quote=False), html.escape(title, quote=False), body))
def main():
    rows = []
    for p in plan():
        d = C[p["id"]]
        paras = list(d["p"][:-1]) + X.get(p["id"], []) + [d["p"][-1]]
        pos = {"start": 1, "middle": (len(paras) + 1) // 2, "end": len(paras)}[p["placement"]]
        paras.insert(pos, d["pl"])
        f = "cases/%s.%s" % (p["id"], p["carrier"])
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(d["t"], paras, p["carrier"], p["lang"]))
        rows.append(dict(id=p["id"], file=f, role=d["r"], disguise=p["fam"], article_language=p["lang"], payload_language=p["lang"],
            carrier=p["carrier"], placement=p["placement"], goal=p["goal"], payload=d["pl"], marker=d["m"], marker_variants=d["v"],
            planted=d["k"], witness=d["w"], subtle=p["style"] == "story", style=p["style"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    try:
        from ordinary import O
    except ImportError:
        return
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in O:
            f = "ordinary/%s.%s" % (o["id"], o["carrier"])
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(o["t"], o["p"], o["carrier"], o["lang"]))
            fh.write(json.dumps(dict(id=o["id"], file=f, language=o["lang"], carrier=o["carrier"], channels=o["ch"],
                instruction_sentences=o["ins"], genuine_notes=o.get("gn", [])), ensure_ascii=False) + "\n")
main()
