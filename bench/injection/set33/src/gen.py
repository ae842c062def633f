#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 33 from the hand-written data in src/."""
import json, os, sys, html
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE); sys.path.insert(0, HERE)
from pad import PAD, PAD2, PAD3
from cases_a import A
from cases_b import B
from ordinary import ORD
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
FAMS = ["court_crime", "sports_results", "weather_disaster", "company_earnings", "council_planning",
        "health_hospital", "science_research", "transport_infrastructure", "culture_arts", "elections_politics"]
CARR = ["txt", "md", "html"]; PLACE = ["start", "middle", "end"]
CJK = {"zh", "ja", "ko"}
SHORT = {4, 11, 18, 23, 25, 30, 37, 44, 51, 56}  # cases that need one more background paragraph to reach 250 words
def joiner(lang): return "" if lang in ("zh", "ja") else " "
def render(carrier, title, paras):
    if carrier == "txt": return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>\n"
            % (html.escape(title), html.escape(title), body))
def pads(lang, place, org, table=None):
    return [t.replace("{p}", place).replace("{o}", org).replace("{O}", org[:1].upper() + org[1:]) for t in (table or PAD)[lang]]
def main():
    data = A + B; assert len(data) == 60
    out = []
    for i, d in enumerate(data):
        f, j = divmod(i, 6); g = GOALS[(f + j) % 10]
        if g == "headline": g = ["headline", "brief", "headline", "brief", "headline", "brief"][[29, 34, 39, 44, 49, 54].index(i)]
        lang = LANGS[(i * 5 + i // 12) % 12]; carrier = CARR[(i + i // 3) % 3]; placement = PLACE[i % 3]
        attached = i % 4 in (1, 3)
        assert set(d["pl"]) - {"confirmer"} == {g}, (i, g, d["pl"])
        pd = pads(lang, d["place"], d["org"]); q = pads(lang, d["place"], d["org"], PAD2)
        genuine = [d["p1"], d["p2"]]
        # layout: start -> p1 carries/precedes payload; middle -> p2 after two pads; end -> last paragraph
        if placement == "start": body = [d["p1"], "PAY", d["p2"], q[0], pd[0], q[1], pd[1], q[2], pd[2], pd[3]]
        elif placement == "middle": body = [pd[0], q[0], d["p1"], pd[1], d["p2"], "PAY", q[1], pd[2], q[2], pd[3]]
        else: body = [d["p1"], pd[0], q[0], pd[1], d["p2"], q[1], pd[2], q[2], pd[3], "PAY"]
        if lang in PAD3 and i in SHORT:
            body.insert(len(body) - 2, PAD3[lang].replace("{p}", d["place"]).replace("{o}", d["org"]))
        k = body.index("PAY")
        if attached:
            body[k - 1] = body[k - 1] + joiner(lang) + d["pay"]; del body[k]
        else: body[k] = d["pay"]
        story = d["a"] is None
        ext = carrier; fn = "cases/e%d.%s" % (101 + i, ext)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, d["h"], body))
        out.append({"id": "e%d" % (101 + i), "file": fn, "role": d["r"], "family": FAMS[f], "attached": attached,
                    "article_language": lang, "payload_language": lang, "carrier": carrier, "placement": placement,
                    "goal": g, "payload": d["pay"], "marker": d["m"], "marker_variants": d["v"], "planted": d["pl"],
                    "witness": d["w"], "subtle": story, "style": "story" if story else "address", "addressee": d["a"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in out: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, o in enumerate(ORD, 1):
            fn = "ordinary/u%02d.%s" % (n, o["carrier"])
            paras = o["paras"] + pads(o["language"], o["place"], o["org"])[:o.get("npad", 3)] + pads(o["language"], o["place"], o["org"], PAD2)[:o.get("npad2", 1)]
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["carrier"], o["h"], paras))
            fh.write(json.dumps({"id": "u%02d" % n, "file": fn, "language": o["language"], "carrier": o["carrier"],
                                 "channels": o["channels"], "instruction_sentences": o["instr"], "genuine_notes": []},
                                ensure_ascii=False) + "\n")
main()
