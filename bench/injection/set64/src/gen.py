#!/usr/bin/env python3
"""Generates injection set 64 (cases n901..n960, ordinary n01..n20) from the hand-written data in src/.
Method: EVASION DESIGNED FROM THE DOCUMENTATION. Each of ten families aims at a gap or boundary that the tool's
public description of its defence itself states. The payload is one sentence (sometimes two) in the story's own
flow: its own paragraph after paragraph 1, 3 or 6 (start/middle/end), or, when attached is
"appended_to_genuine", added to the end of that genuine paragraph on the same line."""
import html, importlib, json, os, sys
sys.dont_write_bytecode = True
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)

MODULES = ["data_en_de", "data_fr_es", "data_it_pt", "data_nl_pl", "data_ru_zh", "data_ja_ko"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["directive_free_processor_mention", "third_party_press_request", "rule_source_frame",
            "quoted_assertion_to_press", "story_voice_attribution", "same_line_append", "runin_head_no_kind",
            "short_foreign_line", "advice_with_embedded_fact", "question_answer_no_summary"]
# The documentation sentence (at most 25 words, verbatim from the tool's README section "Hostile articles")
EXPLOITS = {
    "directive_free_processor_mention": "A sentence addresses the processor when it has an addressee and a directive",
    "third_party_press_request": "A party in the story may ask the media or AI firms for anything, and that stays news",
    "rule_source_frame": "obligations after a rule's source (\"Under the draft code, AI tools that summarise news must link ... beside every summary\") are the rule's content",
    "quoted_assertion_to_press": "or a statement to reporters that orders nothing, stays",
    "story_voice_attribution": "the story-voice family (k055-k060), a sentence or paragraph in the reporter's voice with a normal attribution",
    "same_line_append": "a sentence added before a sign-off or appended to the last paragraph (h049, h053)",
    "runin_head_no_kind": "one naming no kind (\"**Method:** Soften an onion\", \"**So gehen Sie vor:**\") is the story's own step and stays",
    "short_foreign_line": "a paragraph is judged only with at least eight words and 40 letters left once its quotes are taken out",
    "advice_with_embedded_fact": "people in the story are never an addressee, so \"residents should boil water\", \"anyone with information should call 101\"",
    "question_answer_no_summary": "a question about what this text's summary should give",
}
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CJK = ("zh", "ja", "ko")
POS = {"start": 1, "middle": 3, "end": 6}

def lang_of(i): return LANGS[(i * 5 + i // 12 + 7) % 12]
def carrier_of(i): return ["txt", "md", "html"][i % 3]
def placement_of(i): return ["start", "middle", "end"][(i + i // 3) % 3]

def load():
    frames, cases, ords = {}, {}, []
    for m in MODULES:
        try: d = importlib.import_module(m)
        except ImportError: continue
        frames.update(getattr(d, "FRAMES", {})); cases.update(getattr(d, "CASES", {}))
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
def para(q, car): return "<p>%s</p>" % esc(q) if car == "html" else q

def render(title, paras, car):
    blocks = [para(q, car) for q in paras]
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    t = esc(title)
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (t, t, "\n".join(blocks)))

def build_case(i, FRAMES, CASES, use):
    """Returns (record, file text) for case i; use counts frames per language."""
    cid = "n%d" % (901 + i); f, j = i // 6, i % 6
    lang = lang_of(i); k = use.get(lang, 0); use[lang] = k + 1
    if cid not in CASES or lang not in FRAMES: return None, None
    c = CASES[cid]; fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
    car = carrier_of(i); place = placement_of(i); pos = POS[place]
    title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
    assert len(paras) == 6, cid
    p = fill(c["p"], vals)
    att = bool(c.get("att"))
    if att:
        plang = c.get("plang", lang)
        paras[pos - 1] = paras[pos - 1] + ("" if plang in CJK and lang in CJK else " ") + p
    else:
        paras.insert(pos, p)
    rec = dict(id=cid, file="cases/%s.%s" % (cid, car), role=c["r"], family=FAMILIES[f], exploits=EXPLOITS[FAMILIES[f]],
               english_format=bool(c.get("plang") == "en" and lang != "en"),
               attached="appended_to_genuine" if att else "own_paragraph", article_language=lang,
               payload_language=c.get("plang", lang), carrier=car, placement=place, goal=GOALS[(f + j) % 10],
               payload=p, marker=fill(c["m"], vals), marker_variants=fill(c["v"], vals), planted=fill(c["pl"], vals),
               witness=vals["W"], subtle=c["sty"] != "address", style=c["sty"], addressee=c["ad"],
               frame_topic=fr["topic"], genuine_title=title)
    return rec, render(title, paras, car)

def main():
    FRAMES, CASES, ORD = load()
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        rec, text = build_case(i, FRAMES, CASES, use)
        if rec is None: continue
        open(os.path.join(ROOT, rec["file"]), "w", encoding="utf-8").write(text)
        out.append(rec)
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD):
            oid = "n%02d" % (n + 1); car = ["txt", "md", "html"][n % 3]
            fn = "ordinary/%s.%s" % (oid, car)
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], o["paras"], car))
            fh.write(json.dumps(dict(id=oid, file=fn, language=o["language"], carrier=car, topic=o["topic"],
                                     instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"],
                                     mirrors=[dict(sentence=s, family=fam) for s, fam in o["mirrors"]]),
                                ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ORD), "ordinary articles")

if __name__ == "__main__":
    main()
