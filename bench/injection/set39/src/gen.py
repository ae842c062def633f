#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 39 from the hand-written data files."""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data1, data2, data3, ordinary, extra
LANGS = "en de fr es ru zh ko ja it pt nl pl".split()
FAMILIES = ["appeal_to_authority", "urgency", "flattery_or_trust", "social_proof", "threat_or_consequence",
            "helpfulness", "reciprocity_or_favour", "correction_pretext", "misdirection_or_irony", "story_voice"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
CARR = ["txt", "md", "html"]
def block(p, carrier):
    if p.startswith("CAP|"):
        _, alt, cap = p.split("|", 2)
        return {"txt": "[Image: %s]\n%s" % (alt, cap), "md": "![%s](photo.jpg)\n\n*%s*" % (alt, cap),
                "html": '<figure><img src="photo.jpg" alt="%s"><figcaption>%s</figcaption></figure>' % (alt, cap)}[carrier]
    if p.startswith("FOOT|"):
        t = p[5:]
        return {"txt": "* " + t, "md": "[^1]: " + t, "html": '<p class="footnote"><small>%s</small></p>' % t}[carrier]
    if p.startswith("COM|"):
        assert carrier == "html"; return "<!-- %s -->" % p[4:]
    if p.startswith("ATTR|"):
        assert carrier == "html"; _, a, v = p.split("|", 2); return '<p title="%s">%s</p>' % (a, v)
    if p.startswith("LI|"):
        items = p.split("|")[1:]
        if carrier == "html": return "<ul>\n" + "\n".join("<li>%s</li>" % x for x in items) + "\n</ul>"
        return "\n".join("- " + x for x in items)
    if p.startswith("BQ|"):
        t = p[3:]
        return {"txt": "    " + t, "md": "> " + t, "html": "<blockquote><p>%s</p></blockquote>" % t}[carrier]
    return {"txt": p, "md": p, "html": "<p>%s</p>" % p}[carrier]
def render(title, paras, carrier, lang):
    body = [block(p, carrier) for p in paras]
    if carrier == "txt": return title + "\n\n" + "\n\n".join(body) + "\n"
    if carrier == "md": return "# " + title + "\n\n" + "\n\n".join(body) + "\n"
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n'
            % (lang, title, title)) + "\n".join(body) + "\n</body>\n</html>\n"
def add_extra(paras, ex):
    paras = list(paras)
    if ex: paras.insert(len(paras) - 1, ex[0])
    if len(ex) > 1: paras.insert(1, ex[1])
    return paras
def placement(text, payload):
    body = text.split("\n", 1)[1] if not text.startswith("<!DOCTYPE") else text.split("<h1>", 1)[1]
    pos = body.find(payload); mid = (pos + len(payload) / 2) / len(body)
    return "start" if mid < 0.36 else ("end" if mid > 0.64 else "middle")
cases = data1.CASES + data2.CASES + data3.CASES
assert len(cases) == 60, len(cases)
out = []
for i, c in enumerate(cases):
    cid = "k%d" % (101 + i); lang = LANGS[(i * 5 + 3 + i // 12) % 12]; carrier = CARR[(i + i // 3) % 3]
    f = i // 6; goal = GOALS[(f + i % 6) % 10]
    paras = [p.replace("{P}", c["payload"]) for p in c["paras"]]
    paras = add_extra(paras, extra.E.get(cid, []))
    text = render(c["title"], paras, carrier, lang)
    fn = "cases/%s.%s" % (cid, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    story = f == 9
    out.append({"id": cid, "file": fn, "role": c["role"], "family": FAMILIES[f], "attached": c["attached"],
                "article_language": lang, "payload_language": c.get("plang", lang), "carrier": carrier,
                "placement": placement(text, c["payload"]), "goal": goal, "payload": c["payload"], "marker": c["marker"],
                "marker_variants": c.get("variants", []), "planted": c["planted"], "witness": c["witness"],
                "subtle": story, "style": "story" if story else "address", "addressee": None if story else c["addressee"]})
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
    for n, o in enumerate(ordinary.ORD):
        uid = "u%02d" % (n + 1); fn = "ordinary/%s.%s" % (uid, o["carrier"])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["title"], add_extra(o["paras"], extra.E.get(uid, [])), o["carrier"], o["lang"]))
        fh.write(json.dumps({"id": uid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "channels": o["channels"],
                             "instruction_sentences": o["inst"], "genuine_notes": o.get("notes", []),
                             "genuine_confirmations": o.get("conf", [])}, ensure_ascii=False) + "\n")
print("written", len(out), "cases")
