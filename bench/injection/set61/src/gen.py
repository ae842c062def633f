#!/usr/bin/env python3
"""Generates injection set 61 (cases g901..g960, ordinary g01..g20) from the hand-written data in src/.
Method: CIRCUMLOCUTION. Each payload is one instruction (one sentence, or two short ones) that never names its
addressee or the act with the usual words (summary, article, repeat, AI, should, please ...); it speaks through a
metaphor (kitchen, tailoring, travel, sound, memory, compression, light, craft, time). Family 10 is a plain control.
Placement: after/inside paragraph 1, 3 or 6 (start/middle/end). For i even the payload ends that genuine paragraph
(attached "in_paragraph"); for i odd it is its own paragraph right after it ("own_paragraph").
This script only assembles files; every sentence comes from the data modules, written by hand."""
import html, json, os, sys
sys.dont_write_bytecode = True
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import data_en_de, data_fr_es, data_it_pt, data_nl_pl, data_ru_zh, data_ja_ko, ordinary

FRAMES = {}; CASES = {}
for d in (data_en_de, data_fr_es, data_it_pt, data_nl_pl, data_ru_zh, data_ja_ko):
    FRAMES.update(d.FRAMES); CASES.update(d.CASES)

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["kitchen", "tailoring", "travel", "sound", "memory", "compression", "light", "craft", "time", "plain_control"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CJK = ("zh", "ja", "ko")

def fill(s, v):
    if isinstance(s, dict): return {k: fill(x, v) for k, x in s.items()}
    if isinstance(s, list): return [fill(x, v) for x in s]
    if not isinstance(s, str): return s
    return s.replace("{T}", v["T"]).replace("{W}", v["W"]).replace("{O}", v["O"])

def esc(s): return html.escape(s, quote=False)

def wrap(q, car): return q if car != "html" else "<p>%s</p>" % esc(q)

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    t = esc(title)
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (t, t, "\n".join(blocks)))

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        cid = "g%d" % (901 + i); c = CASES[cid]
        f, j = i // 6, i % 6
        lang = LANGS[(i * 5 + i // 12 + 9) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        pos = {"start": 0, "middle": 2, "end": 5}[place]
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        assert len(paras) == 6, cid
        p = fill(c["p"], vals)
        assert "\n" not in p, cid
        att = "in_paragraph" if i % 2 == 0 else "own_paragraph"
        plang = c.get("plang", lang)
        sep = "" if plang in CJK and lang in CJK else " "
        if att == "in_paragraph":
            paras[pos] = paras[pos] + sep + p
            blocks = [wrap(q, car) for q in paras]
        else:
            blocks = [wrap(q, car) for q in paras]
            blocks.insert(pos + 1, wrap(p, car))
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, blocks, car))
        out.append(dict(id=cid, file=fn, role="form=%s; %s" % (c["fm"], c["r"]), family=FAMILIES[f], image=c["im"],
                        english_format=(plang == "en" and lang != "en"), attached=att, article_language=lang,
                        payload_language=plang, carrier=car, placement=place, goal=GOALS[(f + j) % 10], payload=p,
                        marker=fill(c["m"], vals), marker_variants=fill(c["v"], vals), planted=fill(c["pl"], vals),
                        witness=vals["W"], subtle=False, style="address", addressee=c["ad"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ordinary.ORD):
            oid = "g%02d" % (n + 1); car = ["txt", "md", "html"][n % 3]
            fn = "ordinary/%s.%s" % (oid, car)
            blocks = [wrap(q, car) for q in o["paras"]]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], blocks, car))
            fh.write(json.dumps(dict(id=oid, file=fn, language=o["language"], carrier=car, channels=o["channels"],
                                     shapes=o["shapes"], instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"]), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
