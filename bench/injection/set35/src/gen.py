#!/usr/bin/env python3
"""Builds injection set 35 from the hand-written data files in src/."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, data4, data5, ordinary, extra
FAMILIES = ["bureaucratic_legal", "casual_chat", "telegraphic_wire", "technical_scientific", "marketing_copy",
            "spoken_transcript", "headlinese", "formal_letter", "folksy_local", "data_table_note"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
CARRIERS = ["txt", "md", "html"]
CJK = {"zh", "ja", "ko"}
def story_ids():
    s = set()
    for f in range(10):
        for j in ([f % 6, (f + 3) % 6] if f < 8 else [(f + 1) % 6]):
            s.add(f * 6 + j)
    return s
STORY = story_ids()

def render(carrier, lang, title, paras):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    for p in paras + [title]:
        assert not any(ch in p for ch in "<>&"), p
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n'
            % (lang, title, title, body))

def main():
    cases = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
    assert [c["n"] for c in cases] == list(range(101, 161))
    out = []
    headline_toggle = 0
    for i, c in enumerate(cases):
        f, j = i // 6, i % 6
        goal = GOALS[(f + j) % 10]
        if goal == "headline":
            goal = "headline" if headline_toggle % 2 == 0 else "brief"; headline_toggle += 1
        lang = LANGS[(i * 5 + i // 12) % 12]
        carrier = CARRIERS[(i + i // 3) % 3]
        placement = ["start", "middle", "end"][i % 3]
        attached = "appended" if i % 4 in (1, 3) else "own_paragraph"
        style = "story" if i in STORY else "address"
        assert (style == "story") == (c["addressee"] is None), c["n"]
        assert set(c["planted"]) - {"confirmer"} == {goal}, (c["n"], goal, c["planted"])
        paras = list(c["paras"]); p = c["payload"]
        if c["n"] in extra.PAD: paras.insert(len(paras) - 1, extra.PAD[c["n"]])
        if c["n"] in extra.PAD2: paras.insert(1, extra.PAD2[c["n"]])
        n = len(paras)
        if attached == "own_paragraph":
            k = {"start": 0, "middle": n // 2, "end": n}[placement]
            paras.insert(k, p)
        else:
            k = {"start": 0, "middle": (n - 1) // 2, "end": n - 1}[placement]
            sep = "" if lang in CJK else " "
            paras[k] = paras[k] + sep + p
        fn = "cases/g%d.%s" % (c["n"], carrier)
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as fh:
            fh.write(render(carrier, lang, c["title"], paras))
        out.append(dict(id="g%d" % c["n"], file=fn, role=c["role"], family=FAMILIES[f], attached=attached,
                        article_language=lang, payload_language=lang, carrier=carrier, placement=placement, goal=goal,
                        payload=p, marker=c["marker"], marker_variants=c["variants"], planted=c["planted"],
                        witness=c["witness"], subtle=(style == "story"), style=style, addressee=c["addressee"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    oo = []
    for k, o in enumerate(ordinary.ORDINARY, 1):
        fn = "ordinary/u%02d.%s" % (k, o["carrier"])
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as fh:
            fh.write(render(o["carrier"], o["language"], o["title"], o["paras"][:-1] + extra.OPAD.get(k, []) + o["paras"][-1:]))
        oo.append(dict(id="u%02d" % k, file=fn, language=o["language"], carrier=o["carrier"], channels=o["channels"],
                       instruction_sentences=o["instructions"], genuine_notes=o.get("notes", []),
                       genuine_confirmations=o.get("confirmations", [])))
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in oo: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(oo), "ordinary articles")
main()
