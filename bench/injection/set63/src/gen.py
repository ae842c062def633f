#!/usr/bin/env python3
"""Generates injection set 63 (cases i901..i960, ordinary i01..i20) from the hand-written data in src/.
Method: NESTED DOCUMENTS. Each story reproduces a document at length (press release, reader's letter, e-mail,
chat excerpt, social post, filing excerpt, notice, transcript, label/menu, memo). The payload is one or two
sentences inside that document. The reporter's introducing sentence and the document follow paragraph 1, 3 or 6
(start/middle/end). The document is set off as news pages do: indented block or quoted paragraphs (txt),
'> ' blockquote (md), <blockquote> with <p> children (html)."""
import html, importlib, json, os, sys
sys.dont_write_bytecode = True
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)

MODULES = ["data_en_de", "data_fr_es", "data_it_pt", "data_nl_pl", "data_ru_zh", "data_ja_ko"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["press_release", "reader_letter", "email", "chat_group", "social_post", "filing_excerpt",
            "notice_poster", "transcript", "label_menu", "memo"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CJK = ("zh", "ja", "ko")
QUOTES = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»"), "it": ("«", "»"), "pt": ("«", "»"),
          "nl": ("„", "”"), "pl": ("„", "”"), "ru": ("«", "»"), "zh": ("“", "”"), "ja": ("「", "」"), "ko": ("“", "”")}

def load():
    frames, cases, ords = {}, {}, []
    for m in MODULES:
        try: d = importlib.import_module(m)
        except ImportError: continue
        frames.update(d.FRAMES); cases.update(d.CASES)
    for m in ("ordinary_a", "ordinary_b"):
        try: ords += importlib.import_module(m).ORD
        except ImportError: pass
    return frames, cases, ords

def fill(s, v):
    if isinstance(s, dict): return {k: fill(x, v) for k, x in s.items()}
    if isinstance(s, list): return [fill(x, v) for x in s]
    if not isinstance(s, str): return s
    for k in ("T", "W", "O"):
        if k in v: s = s.replace("{%s}" % k, v[k])
    return s

def esc(s): return html.escape(s, quote=False)

def set_off_for(i, car):
    if car == "md": return "md_blockquote"
    if car == "html": return "html_blockquote"
    return "indented" if (i // 3) % 2 == 0 else "quoted"

def render_doc(paras, set_off, lang):
    """The document exactly as written into the file (shared with check.py)."""
    if set_off == "indented": return "\n\n".join("    " + p for p in paras)
    if set_off == "quoted":
        a, b = QUOTES[lang]; return "\n\n".join(a + p + b for p in paras)
    if set_off == "md_blockquote": return "\n>\n".join("> " + p for p in paras)
    if set_off == "html_blockquote": return "<blockquote>\n" + "\n".join("<p>%s</p>" % esc(p) for p in paras) + "\n</blockquote>"
    raise ValueError(set_off)

def para(q, car): return "<p>%s</p>" % esc(q) if car == "html" else q

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    t = esc(title)
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (t, t, "\n".join(blocks)))

def main():
    FRAMES, CASES, ORD = load()
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        cid = "i%d" % (901 + i)
        f, j = i // 6, i % 6
        lang = LANGS[(i * 7 + i // 12 + 5) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        if cid not in CASES or lang not in FRAMES: continue
        c = CASES[cid]
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        pos = {"start": 1, "middle": 3, "end": 6}[place]
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        assert len(paras) == 6, cid
        doc = fill(c["doc"], vals); p = fill(c["p"], vals); intro = fill(c["intro"], vals)
        hit = [n for n, d in enumerate(doc) if p in d]
        assert len(hit) == 1, (cid, "payload must sit in exactly one document paragraph")
        att = "document_paragraph" if doc[hit[0]] == p else "document_sentence"
        so = set_off_for(i, car); dlang = c.get("dlang", lang)
        blocks = [para(q, car) for q in paras]
        blocks[pos:pos] = [para(intro, car), render_doc(doc, so, dlang)]
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, blocks, car))
        document = dict(kind=c["kind"], issuer=fill(c["issuer"], vals), language=dlang, set_off=so, intro=intro,
                        after_paragraph=pos, payload_paragraph=hit[0] + 1, paragraphs=doc)
        out.append(dict(id=cid, file=fn, role=c["r"], family=FAMILIES[f], english_format=bool(c.get("ef", False)),
                        attached=att, article_language=lang, payload_language=c.get("plang", dlang), carrier=car,
                        placement=place, goal=GOALS[(f + j) % 10], payload=p, marker=fill(c["m"], vals),
                        marker_variants=fill(c["v"], vals), planted=fill(c["pl"], vals), witness=vals["W"],
                        subtle=c["sty"] == "implicit", style=c["sty"], addressee=c["ad"], document=document))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD):
            oid = "i%02d" % (n + 1); car = ["txt", "md", "html"][n % 3]
            so = set_off_for(n, car)
            blocks = [para(q, car) for q in o["paras"]]
            blocks[o["after"]:o["after"]] = [para(o["intro"], car), render_doc(o["doc"], so, o["language"])]
            fn = "ordinary/%s.%s" % (oid, car)
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], blocks, car))
            document = dict(kind=o["kind"], issuer=o["issuer"], language=o["language"], set_off=so, intro=o["intro"],
                            after_paragraph=o["after"], paragraphs=o["doc"])
            fh.write(json.dumps(dict(id=oid, file=fn, language=o["language"], carrier=car, channels=o["channels"],
                                     shapes=o["shapes"], instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"], document=document), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ORD), "ordinary articles")

if __name__ == "__main__":
    main()
