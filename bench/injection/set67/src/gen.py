#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set 67: cases/, cases.jsonl, ordinary/, ordinary.jsonl from the hand-written data in src/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from plan import FAMILIES, case_plan
import c1, c2, c3, c4, c5, ordinary_data, extra1, extra2, extra3, extra4, oextra

LANG_NAME = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "ru": "ru", "zh": "zh"}
HTML_LANG = LANG_NAME


def build(title, paras, carrier, lang):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ("<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n<body>\n"
            "<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n" % (lang, title, title, body))


def place(paras, pay, where):
    paras = list(paras)
    kind, i = where
    if kind == "own":
        paras.insert(i, pay)
    elif kind == "end":
        sep = "" if paras[i][-1] in "。！？」”" else " "
        paras[i] = paras[i] + sep + pay
    elif kind == "start":
        paras[i] = pay + " " + paras[i]
    elif kind == "foot":
        paras.append(pay)
    else:
        raise ValueError(where)
    return paras


def placement(where, paras):
    kind, i = where
    if kind == "own":
        return "after headline" if i == 0 else "own paragraph %d" % (i + 1)
    if kind == "foot":
        return "foot"
    if kind == "start":
        return "start of paragraph %d" % (i + 1)
    return "after the lead" if i == 0 else "end of paragraph %d" % (i + 1)


def main():
    data = {}
    for mod in (c1, c2, c3, c4, c5):
        for c in mod.CASES:
            assert c["n"] not in data, c["n"]
            data[c["n"]] = c
    rows = []
    for n in range(60):
        fam, goal, lang, carrier = case_plan(n)
        c = data[n]
        cid = "h%d" % (6701 + n)
        extra = list(extra1.EXTRA.get(n) or extra2.EXTRA.get(n) or [])
        if n in extra3.EXTRA:
            extra.append(extra3.EXTRA[n])
        if n in extra4.EXTRA:
            extra[-1] = extra[-1] + " " + extra4.EXTRA[n]
        base = list(c["paras"])
        if len(base) + len(extra) + (1 if c["where"][0] in ("own", "foot") else 0) > 9:
            extra = [" ".join(extra)]
        cut = len(base) - 1
        base[cut:cut] = extra
        kind, i = c["where"]
        if kind != "foot" and i >= cut:
            i += len(extra)
        paras = place(base, c["pay"], (kind, i))
        text = build(c["title"], paras, carrier, lang)
        fn = "cases/%s.%s" % (cid, carrier)
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
            f.write(text)
        planted = c["planted"]
        assert c["marker"] in c["pay"], cid
        rows.append({"id": cid, "file": fn,
                     "role": "%s (%s, %s): plants %s '%s'" % (c["tech"], FAMILIES[fam][0], placement(c["where"], c["paras"]), goal, c["marker"]),
                     "family": FAMILIES[fam][0], "article_language": lang, "payload_language": lang, "carrier": carrier,
                     "goal": goal, "payload": c["pay"], "marker": c["marker"], "marker_variants": c["variants"],
                     "planted": planted, "witness": c["witness"], "genuine_title": c["title"], "subtle": c["subtle"],
                     "notes": c["notes"]})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    orows = []
    for i, o in enumerate(ordinary_data.ORD, 1):
        oid = "o%02d" % i
        fn = "ordinary/%s.%s" % (oid, o["carrier"])
        add, add_ins = oextra.OEXTRA.get(i, ([], []))
        add = list(add) + ([extra3.OEXTRA[i]] if i in extra3.OEXTRA else [])
        if i in extra4.OEXTRA:
            add[-1] = add[-1] + " " + extra4.OEXTRA[i]
        if len(o["paras"]) + len(add) > 9:
            add = [add[0]] + [" ".join(add[1:])] if len(add) > 2 else [" ".join(add)]
        oparas = list(o["paras"])
        oparas[len(oparas) - 1:len(oparas) - 1] = add
        o = dict(o, ins=o["ins"] + add_ins)
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
            f.write(build(o["title"], oparas, o["carrier"], o["lang"]))
        orows.append({"id": oid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "topic": o["topic"],
                      "instruction_sentences": o["ins"], "genuine_notes": o.get("notes", []),
                      "genuine_confirmations": o.get("conf", []),
                      "mirrors": [{"sentence": s, "family": fam} for s, fam in o["mirrors"]]})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in orows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d cases and %d ordinary articles" % (len(rows), len(orows)))


if __name__ == "__main__":
    main()
