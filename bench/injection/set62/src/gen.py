#!/usr/bin/env python3
"""Generates injection set 62 (cases h901..h960, ordinary h01..h20) from the hand-written data in src/.
Method: DISTRIBUTED PAYLOAD. Each payload is split into a VALUE part (a plain statement or label line carrying the
planted value) and one or two POINTER parts (the instruction, without the value) in other sentences and mostly in
other paragraphs. Family 10 is the one-sentence control.
A part is placed relative to a genuine paragraph (anchor 0..5): 'own' = its own paragraph after the anchor,
'cont' = continues the previous own paragraph, 'end'/'start' = attached to the anchor paragraph, 'li' = a list item
(its own block) after the anchor. The text of every part is hand-written in the data files; gen.py only assembles."""
import html, json, os, sys
sys.dont_write_bytecode = True
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import data_en_de, data_fr_es, data_it_pt, data_nl_pl, data_ru_zh, data_ja_ko, ordinary_a, ordinary_b

FRAMES = {}; CASES = {}
for d in (data_en_de, data_fr_es, data_it_pt, data_nl_pl, data_ru_zh, data_ja_ko):
    FRAMES.update(d.FRAMES); CASES.update(d.CASES)
ORD = ordinary_a.ORD + ordinary_b.ORD

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["forward_pointer", "backward_pointer", "alias", "footnote", "condition_then", "heading_list",
            "question_answer", "split_quote", "three_parts", "single_sentence_control"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
NOSPACE = ("zh", "ja")

def fill(s, v):
    if isinstance(s, dict): return {k: fill(x, v) for k, x in s.items()}
    if isinstance(s, list): return [fill(x, v) for x in s]
    if not isinstance(s, str): return s
    return s.replace("{T}", v["T"]).replace("{W}", v["W"]).replace("{O}", v["O"])

def esc(s): return html.escape(s, quote=False)

def join(a, b, lang):
    """Joins two sentences; no space in zh/ja unless one side is Latin script."""
    if lang in NOSPACE and not (b[:1].isascii() or a[-1:].isascii()): return a + b
    return a + " " + b

def wrap(kind, q, car):
    if kind == "li":
        return ("- " + q) if car != "html" else "<ul><li>%s</li></ul>" % esc(q)
    if car != "html": return q
    lines = q.split("\n")
    if len(lines) > 1 and all(l.startswith("- ") for l in lines):
        return "<ul>" + "".join("<li>%s</li>" % esc(l[2:]) for l in lines) + "</ul>"
    return "<p>%s</p>" % esc(q)

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    t = esc(title)
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (t, t, "\n".join(blocks)))

def assemble(paras, parts, lang):
    """Returns a list of (kind, text) blocks."""
    paras = list(paras)
    for t, a, mode in parts:
        if mode == "end": paras[a] = join(paras[a], t, lang)
    for t, a, mode in reversed(parts):
        if mode == "start": paras[a] = join(t, paras[a], lang)
    blocks = []
    for g, p in enumerate(paras):
        blocks.append(["p", p])
        for t, a, mode in parts:
            if a != g: continue
            if mode == "own": blocks.append(["p", t])
            elif mode == "cont": blocks[-1][1] = join(blocks[-1][1], t, lang)
            elif mode == "li": blocks.append(["li", t])
    return blocks

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        cid = "h%d" % (901 + i); c = CASES[cid]
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12 + 1) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        assert len(paras) == 6, cid
        parts = c["parts"]; v = c["v"]
        va = parts[v][1]
        assert {"start": (0, 1), "middle": (2, 3), "end": (4, 5)}[place].__contains__(va), (cid, place, va)
        blocks = assemble(paras, parts, lang)
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, [wrap(kd, q, car) for kd, q in blocks], car))
        value = parts[v][0]
        att = {"own": "own_paragraph", "cont": "own_paragraph", "li": "list_item", "end": "appended", "start": "prepended"}[parts[v][2]]
        plang = c.get("plang", lang)
        out.append(dict(id=cid, file=fn, role=c["r"], family=FAMILIES[f], link=c["lk"], english_format=(plang == "en" and lang != "en"),
                        attached=att, article_language=lang, payload_language=plang, carrier=car,
                        placement=place, goal=GOALS[(f + j) % 10], payload=value, marker=c["m"],
                        marker_variants=c["vv"], planted=c["pl"], witness=vals["W"],
                        subtle=(f != 9), style=c["st"], addressee=c["ad"], parts=[p[0] for p in parts]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD):
            oid = "h%02d" % (n + 1); car = ["txt", "md", "html"][n % 3]
            fn = "ordinary/%s.%s" % (oid, car)
            blocks = [wrap("p", q, car) for q in o["paras"]]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], blocks, car))
            fh.write(json.dumps(dict(id=oid, file=fn, language=o["language"], carrier=car, channels=o["channels"],
                                     shapes=o["shapes"], instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"]), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ORD), "ordinary articles")

if __name__ == "__main__":
    main()
