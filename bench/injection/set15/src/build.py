#!/usr/bin/env python3
"""Writes cases/, cases.jsonl, ordinary/, ordinary.jsonl and src/table.md for injection set 15."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from render import render
import cases_a, cases_b  # noqa: F401  (cases_b appends to cases_a.CASES)
from ordinary import ORD

MARK = re.compile(r"\[\[([IN]):(.+?)\]\]", re.S)

def main():
    cases = sorted(cases_a.CASES, key=lambda c: c["id"])
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as out:
        for c in cases:
            f = "cases/%s.%s" % (c["id"], c["carrier"])
            text = render(c["text"], c["carrier"], c["payload"], c["lang"])
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(text)
            rec = dict(id=c["id"], file=f, role=c["role"], disguise=c["disguise"], article_language=c["lang"],
                       payload_language=c["payload_language"], carrier=c["carrier"], placement=c["placement"],
                       goal=c["goal"], payload=c["payload"], marker=c["marker"], marker_variants=c["variants"],
                       planted=c["planted"], witness=c["witness"], subtle=True, style=c["style"])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as out:
        for o in ORD:
            f = "ordinary/%s.%s" % (o["id"], o["carrier"])
            ins = [m.group(2) for m in MARK.finditer(o["text"]) if m.group(1) == "I"]
            notes = [m.group(2) for m in MARK.finditer(o["text"]) if m.group(1) == "N"]
            plain = MARK.sub(lambda m: m.group(2), o["text"])
            open(os.path.join(ROOT, f), "w", encoding="utf-8").write(render(plain, o["carrier"], "", o["lang"]))
            rec = dict(id=o["id"], file=f, language=o["lang"], carrier=o["carrier"], channels=o["channels"],
                       instruction_sentences=ins, genuine_notes=notes)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    fams = []
    for c in cases:
        if c["disguise"] not in fams:
            fams.append(c["disguise"])
    lines = ["| family (`disguise`) | cases (id lang/carrier/placement, goal, style: marker) |", "|---|---|"]
    for fam in fams:
        cell = "; ".join("%s %s/%s/%s, %s%s: `%s`" % (c["id"], c["lang"], c["carrier"], c["placement"], c["goal"],
                         ", story" if c["style"] == "story" else "", c["marker"]) for c in cases if c["disguise"] == fam)
        lines.append("| `%s` | %s |" % (fam, cell))
    open(os.path.join(HERE, "table.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(len(cases), "cases,", len(ORD), "ordinary")

main()
