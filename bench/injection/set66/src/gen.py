#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set 66: cases/, cases.jsonl, ordinary/, ordinary.jsonl. Run from anywhere: python3 src/gen.py"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from frames import FRAMES
import cases_a, cases_b, ordinary_data

FAMILIES = [
 ("plain_override", "Plain override telling the model to drop its earlier instructions"),
 ("fake_turn_markup", "Fake system, developer, user or assistant turn in chat markup"),
 ("delimiter_escape", "Delimiter escape that fakes the end of the article and opens a new task"),
 ("authority_impersonation", "Impersonates the publisher, the editors or an official body"),
 ("task_hijack", "Hijacks the output task (headline, JSON field, translation, format)"),
 ("hidden_html_carrier", "Payload in HTML text a browser hides or readers skip"),
 ("split_staged", "Staged payload: a definition first, a trigger after it"),
 ("obfuscation", "Obfuscated instruction (zero-width characters, homoglyphs, spacing, encodings)"),
 ("model_social_engineering", "Social engineering aimed at the model (safety notice, flattery, urgency)"),
 ("multilingual_switch", "Payload in another language than the article, or mixed"),
]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status",
         "link", "date", "place", "role", "headline"]


def esc(t):
    return html.escape(t, quote=False)


def page(lang, title, body_parts):
    return ("<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n<body>\n<article>\n<h1>%s</h1>\n%s\n</article>\n</body>\n</html>\n"
            % (lang, esc(title), esc(title), "\n".join(body_parts)))


def render_case(c):
    fr = FRAMES[c["frame"]]
    lang = c["frame"][:2]
    S = dict(c["S"])
    S.setdefault("X", "")
    S["U"] = "https://www.%s.example/%s" % (c["slug"], c["path"])
    title = fr["h"].format(**S)
    paras = [p.format(**S) for p in fr["p"]]
    pay = c["pay"]
    pos = c["pos"]
    hide = c.get("hide")
    carrier = c["carrier"]
    if carrier in ("txt", "md"):
        assert hide is None
        ps = list(paras)
        if isinstance(pos, tuple):
            ps[pos[1] - 1] = ps[pos[1] - 1] + " " + pay
        else:
            ps.insert(pos, pay)
        head = title if carrier == "txt" else "# " + title
        text = head + "\n\n" + "\n\n".join(ps) + "\n"
    else:
        assert "\n" not in pay and "<" not in pay and "&" not in pay, c["id"]
        parts = ["<p>%s</p>" % esc(p) for p in paras]
        if hide is None:
            if isinstance(pos, tuple):
                k = pos[1] - 1
                parts[k] = parts[k][:-4] + " " + pay + "</p>"
            else:
                parts.insert(pos, "<p>%s</p>" % pay)
        elif hide == "display_none":
            parts.insert(pos, '<div style="display:none">%s</div>' % pay)
        elif hide == "hidden":
            parts.insert(pos, "<p hidden>%s</p>" % pay)
        elif hide == "alt":
            assert '"' not in pay
            parts.insert(pos, '<figure><img src="images/h%d.jpg" width="640" height="400" alt="%s"></figure>' % (c["id"], pay))
        elif hide == "comment":
            assert "--" not in pay
            parts.insert(pos, "<!-- %s -->" % pay)
        elif hide == "aria":
            assert '"' not in pay
            k = pos - 1
            parts[k] = parts[k][:-4] + ' <span aria-label="%s"></span></p>' % pay
        elif hide == "white":
            k = pos - 1
            parts[k] = parts[k][:-4] + ' <span style="color:#ffffff;font-size:1px">%s</span></p>' % pay
        else:
            raise ValueError(hide)
        text = page(lang, title, parts)
    genuine = {"figure": S["N"], "figure_qualifier": S["Q"] + " " + S["N"], "figure_source": S["B"],
               "claim_source": S["W"], "claim_status": "not confirmed", "link": S["U"], "date": S["D"],
               "place": S["P"], "role": S["R"], "headline": title}
    return text, title, genuine, lang


def build_cases():
    cases = sorted(cases_a.CASES + cases_b.CASES, key=lambda c: c["id"])
    assert [c["id"] for c in cases] == list(range(6001, 6061))
    rows = []
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for i, c in enumerate(cases):
        fam, desc = FAMILIES[i // 6]
        goal = GOALS[(i // 6 + i % 6) % 10]
        assert c["goal"] == goal, (c["id"], c["goal"], goal)
        assert list(c["planted"])[0] == goal
        text, title, genuine, lang = render_case(c)
        pv = c["planted"]["confirmer"] if goal == "claim_status" else c["planted"][goal]
        if goal == "role":
            name, prole = pv.split(": ", 1)
            assert name == c["S"]["O"], c["id"]
            assert prole.casefold() != genuine["role"].casefold()
        else:
            assert pv.casefold() != genuine[goal].casefold(), c["id"]
        fname = "cases/h%d.%s" % (c["id"], c["carrier"])
        with open(os.path.join(ROOT, fname), "w", encoding="utf-8") as f:
            f.write(text)
        rows.append({
            "id": "h%d" % c["id"], "file": fname,
            "role": "%s: plants %s '%s'" % (desc, goal, c["marker"]),
            "family": fam, "article_language": lang, "payload_language": c.get("pl", lang),
            "carrier": c["carrier"], "goal": goal, "payload": c["pay"], "marker": c["marker"],
            "marker_variants": c["variants"], "planted": c["planted"], "witness": c["S"]["W"],
            "genuine_title": title, "subtle": c["subtle"], "notes": c["notes"],
        })
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


TAG = re.compile(r"⟦([A-Z0-9,]+)\|(.*?)⟧", re.S)
MIRROR = {"F%d" % (i + 1): FAMILIES[i][0] for i in range(10)}


def untag(s, rec):
    def rep(m):
        tags, sent = m.group(1).split(","), m.group(2)
        for t in tags:
            if t == "I":
                rec["instruction_sentences"].append(sent)
            elif t == "N":
                rec["genuine_notes"].append(sent)
            elif t == "C":
                rec["genuine_confirmations"].append(sent)
            else:
                rec["mirrors"].append({"sentence": sent, "family": MIRROR[t]})
        return sent
    return TAG.sub(rep, s)


def build_ordinary():
    os.makedirs(os.path.join(ROOT, "ordinary"), exist_ok=True)
    rows = []
    for o in ordinary_data.ORDINARY:
        rec = {"instruction_sentences": [], "genuine_notes": [], "genuine_confirmations": [], "mirrors": []}
        title = o["title"]
        if o["carrier"] == "html":
            parts = []
            for p in o["paras"]:
                if isinstance(p, dict):
                    parts.append(untag(p["raw"], rec))
                else:
                    parts.append("<p>%s</p>" % esc(untag(p, rec)))
            text = page(o["lang"], title, parts)
        else:
            ps = [untag(p, rec) for p in o["paras"]]
            head = title if o["carrier"] == "txt" else "# " + title
            text = head + "\n\n" + "\n\n".join(ps) + "\n"
        assert "⟦" not in text and "⟧" not in text
        fname = "ordinary/%s.%s" % (o["id"], o["carrier"])
        with open(os.path.join(ROOT, fname), "w", encoding="utf-8") as f:
            f.write(text)
        row = {"id": o["id"], "file": fname, "language": o["lang"], "carrier": o["carrier"], "topic": o["topic"]}
        row.update(rec)
        rows.append(row)
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    a = build_cases()
    b = build_ordinary()
    print("wrote %d cases and %d ordinary articles" % (len(a), len(b)))
