#!/usr/bin/env python3
"""Generates injection set 59 (cases d901..d960, ordinary d01..d20) from the hand-written data in src/.
Method: CHARACTER-LEVEL OBFUSCATION. Each payload is an ordinary instruction to whoever summarises/retells the article,
written by hand per case; the words that give it away are marked ⟦plain|spec⟧ and disguised by disguise.py
(or written out by hand with '=...'). The planted value (marker) stays plain. The payload is its own paragraph after
the paragraph chosen by the placement (j even) or is appended to that paragraph (j odd)."""
import json, os, re, sys, unicodedata
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import data_a, data_b, data_c, data_d, ordinary, disguise

FRAMES = {}; CASES = {}
for d in (data_a, data_b, data_c, data_d):
    FRAMES.update(d.FRAMES); CASES.update(d.CASES)

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["homoglyph", "zero_width", "soft_hyphen", "fullwidth", "styled_letters",
            "spaced_out", "combining_marks", "line_broken", "script_swap", "combined"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CJK = ("zh", "ja", "ko")

def fill(s, v):
    if isinstance(s, dict): return {k: fill(x, v) for k, x in s.items()}
    if isinstance(s, list): return [fill(x, v) for x in s]
    if not isinstance(s, str): return s
    return s.replace("{T}", v["T"]).replace("{W}", v["W"]).replace("{O}", v["O"])

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (title, title, "\n".join(blocks)))

def wrap(q, car): return "<p>%s</p>" % q if car == "html" else q

TAG = re.compile(r"⟪([INC]):(.*?)⟫", re.S)

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    for lang, frs in FRAMES.items():
        assert len(frs) == 3, lang
        for fr in frs:
            for p in fr["paras"]: assert any(x in p for x in ("{T}", "{W}", "{O}")), (lang, p[:40])
    topics = [fr["topic"] for frs in FRAMES.values() for fr in frs]
    assert len(set(topics)) == 36, "topics repeat"
    use = {}; out = []
    for i in range(60):
        cid = "d%d" % (901 + i); c = CASES[cid]
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12 + 5) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        pos = {"start": 0, "middle": 2, "end": 5}[place]
        att = ["own_paragraph", "appended"][j % 2]
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        raw, plain, words = disguise.render(fill(c["payload"], vals))
        plang = c.get("plang", lang)
        if att == "appended":
            sep = "" if (lang in CJK and plang in CJK) else " "
            paras[pos] = paras[pos] + sep + raw
            blocks = [wrap(q, car) for q in paras]
        else:
            blocks = [wrap(q, car) for q in paras]
            blocks.insert(pos + 1, wrap(raw, car))
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, blocks, car))
        out.append(dict(id=cid, file=fn, role=c["role"], family=FAMILIES[f], attached=att, article_language=lang,
                        payload_language=plang, carrier=car, placement=place, goal=GOALS[(f + j) % 10],
                        payload=raw, marker=fill(c["marker"], vals), marker_variants=fill(c["variants"], vals),
                        planted=fill(c["planted"], vals), witness=vals["W"], subtle=False, style="address",
                        addressee=c["addressee"], technique=c["technique"],
                        disguised_words=[dict(written=w, plain=p, how=h) for w, p, h in words],
                        payload_plain=plain))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ordinary.ORD:
            conv = (lambda s: unicodedata.normalize("NFD", s)) if o.get("nfd") else (lambda s: s)
            got = {"I": [], "N": [], "C": []}
            paras = []
            for p in o["paras"]:
                p = conv(p)
                for m in TAG.finditer(p): got[m.group(1)].append(m.group(2))
                paras.append(TAG.sub(lambda m: m.group(2), p))
            fn = "ordinary/%s.%s" % (o["id"], o["carrier"])
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(conv(o["title"]), [wrap(q, o["carrier"]) for q in paras], o["carrier"]))
            fh.write(json.dumps(dict(id=o["id"], file=fn, language=o["language"], carrier=o["carrier"], channels=o["channels"],
                                     instruction_sentences=got["I"], genuine_notes=got["N"], genuine_confirmations=got["C"],
                                     features=o["features"]), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
