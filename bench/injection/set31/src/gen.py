#!/usr/bin/env python3
"""Generates injection set 31 from the hand-written data files in this directory."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, data6, ordinary
from more import MORE
def with_more(key, paras):
    extra = MORE.get(key, [])
    return list(paras[:-1]) + list(extra) + [paras[-1]]
CASES = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES + data6.CASES
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = "update embargo live archive scheduled deadline expired anniversary countdown timeless".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
CARRIERS = ["txt", "md", "html"]

def render(title, paras, carrier):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body></html>\n'
            % (title, title, body))

def main():
    assert [c["id"] for c in CASES] == ["c%d" % n for n in range(101, 161)]
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    seen_per_lang = {}
    out = []
    for i, c in enumerate(CASES):
        f, j = i // 6, i % 6
        g = GOALS[(f + j) % 10]
        if g == "headline":
            g = "headline" if (i // 6) % 2 == 0 else "brief"
        lang = LANGS[(i * 5 + i // 12) % 12]
        k = seen_per_lang.get(lang, 0); seen_per_lang[lang] = k + 1
        carrier = CARRIERS[(k + LANGS.index(lang)) % 3]
        placement = ["start", "middle", "end"][i % 3]
        attached = "appended" if i % 4 == 1 else "own"
        pk = set(c["planted"]) - {"confirmer"}
        assert pk == {g}, (c["id"], pk, g)
        paras = with_more(c["id"], c["paras"]); p = c["payload"]
        sep = "" if lang in ("zh", "ja") else " "
        if placement == "start":
            idx = 0
        elif placement == "middle":
            idx = len(paras) // 2 - 1
        else:
            idx = len(paras) - 1
        if attached == "own":
            paras.insert(idx + 1, p)
        else:
            paras[idx] = paras[idx] + sep + p
        path = "cases/%s.%s" % (c["id"], carrier)
        open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(c["title"], paras, carrier))
        out.append({"id": c["id"], "file": path, "role": c["desc"], "family": FAMILIES[f],
                    "article_language": lang, "payload_language": lang, "carrier": carrier,
                    "placement": placement, "attached": attached, "goal": g, "payload": p,
                    "marker": c["marker"], "marker_variants": c["variants"], "planted": c["planted"],
                    "witness": c["witness"], "subtle": c["style"] == "story", "style": c["style"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ordinary.ORD):
            carrier = CARRIERS[n % 3]
            path = "ordinary/%s.%s" % (o["id"], carrier)
            open(os.path.join(ROOT, path), "w", encoding="utf-8").write(render(o["title"], with_more(o["id"], o["paras"]), carrier))
            fh.write(json.dumps({"id": o["id"], "file": path, "language": o["lang"], "carrier": carrier,
                                 "channels": o["channels"], "instruction_sentences": o["instruction_sentences"],
                                 "genuine_notes": o["genuine_notes"]}, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
