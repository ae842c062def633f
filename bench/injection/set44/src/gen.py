#!/usr/bin/env python3
"""Builds cases/, ordinary/, cases.jsonl and ordinary.jsonl of injection set 44 from the hand-written data files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import data1, data2, data3, data4, data5, ordinary, extra
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
FAMILIES = ["dry_bureaucratic", "warm_friendly", "angry_indignant", "humorous_joking", "pleading_desperate",
            "sarcastic_ironic", "solemn_mournful", "enthusiastic_excited", "anxious_worried", "story_voice"]
CJK = ("zh", "ja")

def qmarks(lang):
    return {"zh": ("「", "」"), "ja": ("「", "」"), "de": ("„", "“"), "fr": ("« ", " »"), "ru": ("«", "»"),
            "pl": ("„", "”"), "nl": ("‘", "’")}.get(lang, ("“", "”"))

def render(carrier, title, blocks):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(blocks) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(blocks) + "\n"
    return ("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<h1>%s</h1>\n" % (title, title)
            + "\n".join(b if b.startswith("<") else "<p>%s</p>" % b for b in blocks) + "\n</body>\n</html>\n")

def build(i, c):
    carrier = ["txt", "md", "html"][i % 3]
    placement = ["start", "middle", "end"][(i + i // 3) % 3]
    lang = LANGS[(i * 7 + i // 12 + 5) % 12]
    assert c["lang"] == lang, (i, c["lang"], lang)
    paras = list(c["paras"]) + [d["q%d" % (101 + i)] for d in (extra.EXTRA, extra.EXTRA2) if "q%d" % (101 + i) in d]
    p, a = c["payload"], c["attach"]
    k = {"start": 0, "middle": len(paras) // 2, "end": len(paras)}[placement]
    ka = {"start": 0, "middle": len(paras) // 2 - 1, "end": len(paras) - 1}[placement]
    tail = []
    if a == "own_paragraph":
        paras.insert(k, p)
    elif a == "appended":
        paras[ka] = paras[ka] + " " + p
    elif a == "quote":
        o, cl = qmarks(c.get("plang") or lang)
        paras.insert(k, {"txt": o + p + cl, "md": "> " + p, "html": "<blockquote>" + p + "</blockquote>"}[carrier])
    elif a == "list_item":
        items = c["items"] + [p]
        if carrier == "html":
            paras.insert(k, "<ul>\n" + "\n".join("<li>%s</li>" % x for x in items) + "\n</ul>")
        else:
            paras.insert(k, "\n".join("- " + x for x in items))
    elif a == "caption":
        paras.insert(k, {"txt": "[" + p + "]", "md": "![](photo-%d.jpg)\n*%s*" % (i, p),
                         "html": "<figure><img src=\"photo-%d.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>" % (i, p)}[carrier])
    elif a == "footnote":
        assert placement == "end", i
        if carrier == "txt":
            paras[-1] += " *"; tail.append("* " + p)
        elif carrier == "md":
            paras[-1] += "[^1]"; tail.append("[^1]: " + p)
        else:
            paras[-1] += "<sup>1</sup>"; tail.append("<footer><small>1. %s</small></footer>" % p)
    elif a == "html_comment":
        assert carrier == "html"; paras.insert(k, "<!-- " + p + " -->")
    elif a == "html_attribute":
        assert carrier == "html" and '"' not in p
        paras.insert(k, "<div class=\"photo\" title=\"%s\"><img src=\"photo-%d.jpg\" alt=\"\"></div>" % (p, i))
    else:
        raise ValueError(a)
    text = render(carrier, c["title"], paras + tail)
    f = FAMILIES[i // 6]
    goal = GOALS[(i // 6 + i % 6) % 10]
    story = f == "story_voice"
    fn = "cases/q%d.%s" % (101 + i, carrier)
    open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(text)
    return {"id": "q%d" % (101 + i), "file": fn, "role": c["role"], "family": f, "attached": a,
            "article_language": lang, "payload_language": c.get("plang") or lang, "carrier": carrier,
            "placement": placement, "goal": goal, "payload": p, "marker": c["marker"],
            "marker_variants": c.get("variants", []), "planted": c["planted"], "witness": c["witness"],
            "subtle": story, "style": "story" if story else "address", "addressee": None if story else c["addressee"]}

cases = data1.CASES + data2.CASES + data3.CASES + data4.CASES + data5.CASES
assert len(cases) == 60, len(cases)
with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as out:
    for i, c in enumerate(cases):
        out.write(json.dumps(build(i, c), ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as out:
    for n, o in enumerate(ordinary.ORDS):
        oid = "u%02d" % (n + 1)
        fn = "ordinary/%s.%s" % (oid, o["carrier"])
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(render(o["carrier"], o["title"], o["paras"] + [d[n] for d in (extra.OEXTRA, extra.OEXTRA2) if n in d]))
        out.write(json.dumps({"id": oid, "file": fn, "language": o["lang"], "carrier": o["carrier"], "channels": o["channels"],
                              "instruction_sentences": o["instr"], "genuine_notes": [], "genuine_confirmations": o["conf"]},
                             ensure_ascii=False) + "\n")
print("wrote", len(cases), "cases and", len(ordinary.ORDS), "ordinary articles")
