"""Build set 65's cases from frames.py, fills.py and payloads.py; ordinary articles come from ordinary.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from frames import FRAMES, QUAL, QUAL_VARIANTS, fmt_date  # noqa: E402
from fills import FILLS  # noqa: E402
from payloads import PAYLOADS  # noqa: E402

LANGS = ["en", "de", "fr", "es", "it", "pt"]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status",
         "link", "date", "place", "role", "headline"]
FAMILIES = ["recency_update", "precision", "authority_rank", "corroboration", "reconciliation",
            "derived", "rescoping", "lead_prominence", "final_word", "shown_replacement"]
FAMILY_DESC = {
    "recency_update": "a newer account, in routine update wording with no revision verb",
    "precision": "a more exact version of the story's item",
    "authority_rank": "a higher or binding body's version",
    "corroboration": "two voices agreeing on the planted version",
    "reconciliation": "the gap between two versions explained, with a settled version",
    "derived": "the planted item inferred or computed from the story's own facts",
    "rescoping": "the story's item said to cover something narrower",
    "lead_prominence": "the planted item in the standfirst or at the head of the lead",
    "final_word": "the settled outcome in the closing paragraph",
    "shown_replacement": "a revision that states what it replaces",
}
CARRIERS = ["txt", "md", "html"]


def fmt_num(lang, n):
    if n < 1000:
        return str(n)
    s = f"{n:,}"
    return {"en": s, "de": s.replace(",", "."), "fr": s.replace(",", " "), "es": s.replace(",", "."),
            "it": s.replace(",", "."), "pt": s.replace(",", ".")}[lang]


def slots(lang, fl):
    s = dict(fl)
    s["D"] = fmt_date(lang, *fl["D"])
    s["PD"] = fmt_date(lang, *fl["PD"])
    s["N"] = fmt_num(lang, fl["N"])
    s["P"] = fmt_num(lang, fl["P"])
    s["PQ"] = QUAL[lang].format(N=s["N"])
    s["PWs"] = fl["PW"].split()[-1]
    s["PCs"] = fl["PC"].split()[-1]
    return s


def placement_of(f, j):
    if f == 7:
        return ("start", "dek") if j % 2 == 0 else ("start", "prepend_p1")
    if f == 8:
        return ("end", "own_last") if j % 2 == 0 else ("end", "append_last")
    return [("start", "own_after_p1"), ("middle", "append_p3"), ("middle", "own_after_p3"),
            ("end", "append_last"), ("end", "own_last"), ("start", "append_p1")][j]


def html_escape(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(carrier, title, paras):
    if carrier == "txt":
        return title + "\n\n" + "\n\n".join(paras) + "\n"
    if carrier == "md":
        return "# " + title + "\n\n" + "\n\n".join(paras) + "\n"
    body = "".join(f"<p>{html_escape(p)}</p>\n" for p in paras)
    return (f"<html>\n<head>\n<title>{html_escape(title)}</title>\n</head>\n<body>\n"
            f"<h1>{html_escape(title)}</h1>\n{body}</body>\n</html>\n")


def marker_for(goal, s, payload):
    if goal == "figure":
        return s["P"], [str(s["P"]).replace(",", "").replace(".", "").replace(" ", "")] if not str(s["P"]).isdigit() else [], {"figure": s["P"]}
    if goal == "figure_qualifier":
        m = s["PQ"] if s["PQ"] in payload else s["PQ"][0].upper() + s["PQ"][1:]
        variants = [v.format(N=s["N"]) for v in QUAL_VARIANTS[s["lang"]]]
        variants = [v for v in variants if v != m] + ([s["PQ"]] if m != s["PQ"] else [])
        return m, variants, {"figure_qualifier": m}
    if goal == "figure_source":
        return s["PB"], [], {"figure_source": s["PB"]}
    if goal == "claim_source":
        return s["PW"], [s["PWs"]], {"claim_source": s["PW"]}
    if goal == "claim_status":
        return s["PC"], [s["PCs"]], {"status": "confirmed", "confirmer": s["PC"]}
    if goal == "link":
        host = s["PL"].split("/")[2]
        return s["PL"], [host], {"link": s["PL"]}
    if goal == "date":
        return s["PD"], [], {"date": s["PD"]}
    if goal == "place":
        return s["PV"], [], {"place": s["PV"]}
    if goal == "role":
        return s["PR"], [], {"role": f"{s['O']}: {s['PR']}"}
    if goal == "headline":
        return s["PH"], [], {"headline": s["PH"]}
    raise ValueError(goal)


def build_cases():
    out = []
    count = {l: 0 for l in LANGS}
    for i in range(60):
        f, j = divmod(i, 6)
        cid = 1001 + i
        lang = LANGS[(2 * f + j) % 6]
        goal = GOALS[(f + j) % 10]
        carrier = CARRIERS[i % 3]
        k = count[lang]
        count[lang] += 1
        fr = FRAMES[lang]
        s = slots(lang, FILLS[lang][k])
        s["lang"] = lang
        title = fr["title"].format(**s)
        paras = [p.format(**s) for p in fr["paras"]]
        ptext, addressee = PAYLOADS[cid]
        payload = ptext.format(**s)
        if ptext.startswith("{PQ}"):
            payload = payload[0].upper() + payload[1:]
        placement, attach = placement_of(f, j)
        if attach == "dek":
            paras = [payload] + paras
        elif attach == "prepend_p1":
            paras[0] = payload + " " + paras[0]
        elif attach == "own_after_p1":
            paras.insert(1, payload)
        elif attach == "append_p1":
            paras[0] = paras[0] + " " + payload
        elif attach == "append_p3":
            paras[2] = paras[2] + " " + payload
        elif attach == "own_after_p3":
            paras.insert(3, payload)
        elif attach == "append_last":
            paras[-1] = paras[-1] + " " + payload
        elif attach == "own_last":
            paras.append(payload)
        text = render(carrier, title, paras)
        marker, variants, planted = marker_for(goal, s, payload)
        subtle = j not in (0, 3)
        fam = FAMILIES[f]
        rec = {
            "id": f"n{cid}",
            "file": f"cases/n{cid}.{carrier}",
            "role": f"{FAMILY_DESC[fam]}: plants {goal} '{marker}'",
            "family": fam,
            "article_language": lang,
            "payload_language": lang,
            "carrier": carrier,
            "placement": placement,
            "attached": attach,
            "goal": goal,
            "payload": payload,
            "marker": marker,
            "marker_variants": variants,
            "planted": planted,
            "witness": s["W"],
            "subtle": subtle,
            "style": "story" if subtle else "steer",
            "addressee": addressee,
            "frame_topic": fr["topic"],
            "genuine_title": title,
            "genuine": {"figure": s["N"], "qualifier_form": "about", "figure_source": s["B"], "official": s["O"],
                        "role": s["R"], "link": s["U"], "date": s["D"], "place": s["V"]},
        }
        with open(os.path.join(ROOT, rec["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        out.append(rec)
    with open(os.path.join(ROOT, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def build_ordinary():
    from ordinary import ORDINARY
    out = []
    for n, o in enumerate(ORDINARY, 1):
        oid = f"o{n:02d}"
        path = f"ordinary/{oid}.{o['carrier']}"
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as fh:
            fh.write(render(o["carrier"], o["title"], o["paras"]))
        out.append({"id": oid, "file": path, "language": o["language"], "carrier": o["carrier"],
                    "topic": o["topic"], "instruction_sentences": o["instruction_sentences"],
                    "genuine_notes": o["genuine_notes"], "genuine_confirmations": o["genuine_confirmations"],
                    "mirrors": [{"sentence": a, "family": b} for a, b in o["mirrors"]]})
    with open(os.path.join(ROOT, "ordinary.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    c = build_cases()
    print(len(c), "cases")
    if os.path.exists(os.path.join(HERE, "ordinary.py")):
        o = build_ordinary()
        print(len(o), "ordinary")
