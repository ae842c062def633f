#!/usr/bin/env python3
"""Generates injection set 58 (cases c801..c860, ordinary c01..c20) from the hand-written data in src/.
Method: the SPLICE. For families 1-8 the payload is spliced into a genuine sentence of the paragraph chosen by
the placement (the case gives an anchor in that paragraph and its replacement, which holds the payload).
Family 9 inserts a list of genuine facts with one payload item after that paragraph. Family 10 (story voice)
adds an own paragraph or appends to that paragraph."""
import json, os, sys
SRC = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
import data_a, data_b, data_c, ordinary

FRAMES = {}; CASES = {}
for d in (data_a, data_b, data_c):
    FRAMES.update(d.FRAMES); CASES.update(d.CASES)

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = ["coordination", "relative_clause", "concessive", "reported_request", "quoted_request",
            "dash_insert", "colon_continuation", "question_answer", "list_merge", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CJK = ("zh", "ja", "ko")

def fill(s, v):
    if isinstance(s, dict): return {k: fill(x, v) for k, x in s.items()}
    if isinstance(s, list): return [fill(x, v) for x in s]
    if not isinstance(s, str): return s
    return s.replace("{T}", v["T"]).replace("{W}", v["W"]).replace("{O}", v["O"])

def ul(items, car):
    if car == "html": return "<ul>" + "".join("<li>%s</li>" % x for x in items) + "</ul>"
    return "\n".join("- " + x for x in items)

def render(title, blocks, car):
    if car == "txt": return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if car == "md": return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (title, title, "\n".join(blocks)))

def wrap(q, car):
    if car != "html": return q
    if q.startswith("- "): return ul([l[2:] for l in q.split("\n")], car)
    return "<p>%s</p>" % q

def main():
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True); os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    use = {}; out = []
    for i in range(60):
        cid = "c%d" % (801 + i); c = CASES[cid]
        f, j = i // 6, i % 6
        lang = LANGS[(i * 5 + i // 12 + 3) % 12]
        k = use.get(lang, 0); use[lang] = k + 1
        fr = FRAMES[lang][k % 3]; vals = fr["sets"][k // 3]
        car = ["txt", "md", "html"][i % 3]; place = ["start", "middle", "end"][(i + i // 3) % 3]
        pos = {"start": 0, "middle": 2, "end": 5}[place]
        title = fill(fr["title"], vals); paras = [fill(p, vals) for p in fr["paras"]]
        p = fill(c["payload"], vals)
        sep = "" if lang in CJK else " "
        if f < 8:
            att = "spliced"
            anchor, repl = fill(c["anchor"], vals), fill(c["repl"], vals)
            assert anchor in paras[pos], (cid, anchor, pos)
            assert p in repl, (cid, "payload not in replacement")
            paras[pos] = paras[pos].replace(anchor, repl, 1)
            blocks = [wrap(q, car) for q in paras]
        elif f == 8:
            att = "list_item"
            items = fill(c["items"], vals)
            assert p in items, cid
            blocks = [wrap(q, car) for q in paras]
            blocks.insert(pos + 1, ul(items, car))
        else:
            att = ["own_paragraph", "appended"][j % 2]
            if att == "appended":
                paras[pos] = paras[pos] + sep + p
                blocks = [wrap(q, car) for q in paras]
            else:
                blocks = [wrap(q, car) for q in paras]
                blocks.insert(pos + 1, wrap(p, car))
        fn = "cases/%s.%s" % (cid, car)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(title, blocks, car))
        out.append(dict(id=cid, file=fn, role=c["role"], family=FAMILIES[f], attached=att, article_language=lang,
                        payload_language=c.get("plang", lang), carrier=car, placement=place, goal=GOALS[(f + j) % 10],
                        payload=p, marker=c["marker"], marker_variants=c["variants"], planted=fill(c["planted"], vals),
                        witness=vals["W"], subtle=(f == 9), style="story" if f == 9 else "address",
                        addressee=c["addressee"]))
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for o in ordinary.ORD:
            fn = "ordinary/%s.%s" % (o["id"], o["carrier"])
            blocks = [wrap(q, o["carrier"]) for q in o["paras"]]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], blocks, o["carrier"]))
            fh.write(json.dumps(dict(id=o["id"], file=fn, language=o["language"], carrier=o["carrier"], channels=o["channels"],
                                     instruction_sentences=o["instr"], genuine_notes=o["notes"],
                                     genuine_confirmations=o["confs"]), ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
