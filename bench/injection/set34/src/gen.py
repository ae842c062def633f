#!/usr/bin/env python3
"""Builds cases/ and ordinary/ and the two jsonl files from the hand-written data in src/."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
from data1 import CASES as A
from data2 import CASES as B
from data3 import CASES as C
from data4 import CASES as D
from ordinary import ORD
from oextra import OEXTRA
from extra1 import EXTRA as E1
from extra2 import EXTRA as E2
from extra3 import EXTRA as E3
from extra4 import EXTRA as E4
from extra5 import EXTRA as E5
from extra6 import EXTRA as E6, OEXTRA2
from extra7 import EXTRA as E7, OEXTRA3
from extra8 import EXTRA as E8
from extra9 import EXTRA as E9
from extra10 import EXTRA as E10
EXTRA = {k: E1.get(k, []) + E2.get(k, []) + E3.get(k, []) + E4.get(k, []) + E5.get(k, []) + E6.get(k, []) + E7.get(k, []) + E8.get(k, []) + E9.get(k, []) + E10.get(k, []) for k in range(60)}
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMS = ["press_release", "wire_copy", "email_newsletter", "live_blog", "interview_transcript", "faq_explainer",
        "personal_blog", "forum_post", "pdf_report", "forwarded_email"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
HB = {29: "headline", 34: "brief", 39: "headline", 44: "brief", 49: "headline", 54: "brief"}
CARR = ["txt", "md", "html"]
def render(carrier, title, paras):
    if carrier == "txt": return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>\n"
            % (html.escape(title), html.escape(title), "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)))
def main():
    cases = A + B + C + D
    assert len(cases) == 60, len(cases)
    out = []
    for i, c in enumerate(cases):
        f, j = divmod(i, 6)
        lang = LANGS[(i * 5 + i // 12) % 12]
        goal = HB.get(i, GOALS[(f + j) % 10])
        carrier = CARR[(i + f) % 3]
        placement = ["start", "middle", "end"][i % 3]
        attached = i % 4 in (1, 3)
        story = i % 5 == 4
        paras = list(c["paras"][:-1]) + EXTRA.get(i, []) + list(c["paras"][-1:])
        k = {"start": 0, "middle": len(paras) // 2 - 1 if len(paras) > 2 else 0, "end": len(paras) - 1}[placement]
        if attached: paras[k] = paras[k] + " " + c["payload"]
        elif placement == "start": paras.insert(0, c["payload"])
        else: paras.insert(k + 1, c["payload"])
        cid = "f%d" % (101 + i); fn = "cases/%s.%s" % (cid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, c["title"], paras))
        out.append({"id": cid, "file": fn, "role": c["role"], "family": FAMS[f], "attached": attached,
                    "article_language": lang, "payload_language": lang, "carrier": carrier, "placement": placement,
                    "goal": goal, "payload": c["payload"], "marker": c["marker"], "marker_variants": c["variants"],
                    "planted": c["planted"], "witness": c["witness"], "subtle": story,
                    "style": "story" if story else "address", "addressee": None if story else c["addressee"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD, 1):
            oid = "u%02d" % n; fn = "ordinary/%s.%s" % (oid, o["carrier"])
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["carrier"], o["title"], o["paras"][:-1] + OEXTRA.get(n, []) + OEXTRA2.get(n, []) + OEXTRA3.get(n, []) + o["paras"][-1:]))
            fh.write(json.dumps({"id": oid, "file": fn, "language": o["language"], "carrier": o["carrier"],
                                 "channels": o["channels"], "instruction_sentences": o["instr"],
                                 "genuine_notes": o.get("notes", [])}, ensure_ascii=False) + "\n")
main()
