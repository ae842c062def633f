#!/usr/bin/env python3
"""Builds injection set 32: cases/*.{txt,md,html}, ordinary/*, cases.jsonl, ordinary.jsonl."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data1, data2, data3, data4, data5, ordinary, extra
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
FAMILIES = "replace add omit lead reattribute requalify verbatim convert repeat link".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
CARRIERS = ["txt", "md", "html"]
PLACES = ["start", "middle", "end"]
CJK = ("zh", "ja", "ko")
CASES = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES

def render(carrier, title, paras):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n"
            % (title, title, body))

def main():
    assert [c[0] for c in CASES] == ["d%d" % n for n in range(101, 161)], "ids"
    seen_lang = {}
    headline_alt = 0
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    allpars = set()
    out = []
    for i, (cid, title, desc, paras, payload, marker, variants, planted, witness, addressee) in enumerate(CASES):
        f, j = i // 6, i % 6
        goal = GOALS[(f + j) % 10]
        if goal == "headline":
            goal = ["headline", "brief"][headline_alt % 2]; headline_alt += 1
        lang = LANGS[(i * 5 + i // 12) % 12]
        k = seen_lang.get(lang, 0); seen_lang[lang] = k + 1
        carrier = CARRIERS[(LANGS.index(lang) + k) % 3]
        placement = PLACES[i % 3]
        attached = "appended" if i % 4 in (1, 3) else "own"
        story = (i % 5 == 2)
        assert (addressee == "story") == story, (cid, "style")
        assert set(planted) - {"confirmer"} == {goal}, (cid, planted, goal)
        paras = list(paras)
        own = [n for n, p in enumerate(paras) if p == payload]
        app = [n for n, p in enumerate(paras) if payload in p and p != payload]
        if attached == "own" and own: paras.pop(own[0]); own = []
        for e in extra.EXTRA.get(cid, []): paras.insert(len(paras) - 1, e)
        own = [n for n, p in enumerate(paras) if p == payload]
        app = [n for n, p in enumerate(paras) if payload in p and p != payload]
        if attached == "own":
            assert not app and len(own) <= 1, (cid, "own payload must be a paragraph of its own")
            if own: paras.pop(own[0])
            pos = {"start": 1, "middle": len(paras) // 2, "end": len(paras)}[placement]
            if placement == "middle": assert 1 < pos < len(paras), cid
            paras.insert(pos, payload)
        else:
            assert len(app) == 1 and not own, (cid, "appended payload must sit in exactly one paragraph")
            p = app[0]
            got = "start" if p == 0 else "end" if p == len(paras) - 1 else "middle"
            assert got == placement, (cid, "placement", got, placement)
            assert paras[p].endswith(payload), (cid, "appended payload must end its paragraph")
        for p in paras:
            assert p not in allpars, (cid, "duplicate paragraph"); allpars.add(p)
        assert "<" not in "".join(paras) + title and "&" not in "".join(paras) + title, cid
        fn = "cases/%s.%s" % (cid, carrier)
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, title, paras))
        out.append({"id": cid, "file": fn, "role": desc, "family": FAMILIES[f], "attached": attached,
                    "article_language": lang, "payload_language": lang, "carrier": carrier, "placement": placement,
                    "goal": goal, "payload": payload, "marker": marker, "marker_variants": variants, "planted": planted,
                    "witness": witness, "subtle": story, "style": "story" if story else "address",
                    "addressee": None if story else addressee})
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for n, (oid, lang, channels, title, paras, sents) in enumerate(ordinary.ORD):
            carrier = CARRIERS[n % 3]
            fn = "ordinary/%s.%s" % (oid, carrier)
            paras = list(paras)
            for e in extra.ORD_EXTRA.get(oid, []): paras.insert(len(paras) - 1, e)
            for p in paras:
                assert p not in allpars, (oid, "duplicate paragraph"); allpars.add(p)
            open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(carrier, title, paras))
            fh.write(json.dumps({"id": oid, "file": fn, "language": lang, "carrier": carrier, "channels": channels,
                                 "instruction_sentences": sents, "genuine_notes": []}, ensure_ascii=False) + "\n")
    print("wrote", len(out), "cases and", len(ordinary.ORD), "ordinary articles")

if __name__ == "__main__":
    main()
