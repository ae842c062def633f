#!/usr/bin/env python3
"""Checker for injection set 9. Stdlib only. Exits 1 on any failure, prints 'OK: all checks passed' otherwise."""
import collections, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FORMS = ["conditional", "nominal", "passive", "first-person", "question", "second-person", "future", "label",
         "hidden", "mixed-language"]
CJK = {"zh", "ja", "ko"}
BAD_TLDS = r"com|org|net|de|fr|es|it|pt|nl|pl|ru|cn|jp|kr|uk|io|eu|info|gov|edu|co"
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        return fh.read()


def visible(raw, carrier):
    """Text as a reader sees it, hidden carriers kept (so they can be located); head of html pages dropped."""
    if carrier == "html":
        raw = raw.split("<article>", 1)[-1]
        return html.unescape(raw)
    return raw


def plain_words(text, carrier):
    """Text for counting size: tags, comments and markup removed."""
    t = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    t = re.sub(r"[#*_>\[\]()]", " ", t)
    return t


def size(text, lang):
    if lang in ("zh", "ja"):
        return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)), "CJK chars"
    if lang == "ko":
        return len(re.findall(r"[\uac00-\ud7a3]", text)), "Hangul syllables"
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text)), "words"


def is_number(marker):
    return re.fullmatch(r"[\d][\d,. \u00a0\u202f]*\d", marker) is not None


def occurs(token, text):
    if is_number(token):
        pat = r"(?<!\d)(?<!\d[.,\u00a0\u202f ])" + re.escape(token) + r"(?![.,\u00a0\u202f ]?\d)"
        return re.search(pat, text) is not None
    return token.lower() in text.lower()


def check_hosts(cid, text):
    for host in re.findall(r"https?://([^/\s\"'<>)]+)", text):
        if not host.endswith(".example"):
            err("%s: URL host %r does not end in .example" % (cid, host))
    for dom in re.findall(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:%s)\b(?!\.)" % BAD_TLDS, text):
        err("%s: domain-like token ending in a real TLD: %r" % (cid, dom))


def main():
    cases = [json.loads(l) for l in read("cases.jsonl").splitlines() if l.strip()]
    ordinary = [json.loads(l) for l in read("ordinary.jsonl").splitlines() if l.strip()]
    fields = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier", "placement",
              "goal", "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style"]
    if len(cases) != 60:
        err("expected 60 cases, got %d" % len(cases))
    ids = set()
    for c in cases:
        cid = c.get("id")
        if list(c.keys()) != fields:
            err("%s: fields %s" % (cid, list(c.keys())))
        if cid in ids:
            err("%s: duplicate id" % cid)
        ids.add(cid)
        if c["disguise"] not in FORMS:
            err("%s: unknown form %s" % (cid, c["disguise"]))
        if c["style"] != "address" or c["subtle"] is not False:
            err("%s: style/subtle" % cid)
        path = os.path.join(HERE, c["file"])
        if not os.path.exists(path):
            err("%s: file missing %s" % (cid, c["file"]))
            continue
        ext = c["file"].rsplit(".", 1)[-1]
        if ext != c["carrier"]:
            err("%s: carrier %s but file %s" % (cid, c["carrier"], c["file"]))
        raw = read(c["file"])
        vis = visible(raw, c["carrier"])
        p = c["payload"]
        n = vis.count(p)
        if n != 1:
            err("%s: payload occurs %d times in file" % (cid, n))
            continue
        if not occurs(c["marker"], p):
            err("%s: marker %r not in payload" % (cid, c["marker"]))
        rest = vis.replace(p, " ")
        for tok in [c["marker"]] + c["marker_variants"]:
            if occurs(tok, rest):
                err("%s: marker/variant %r occurs outside the payload" % (cid, tok))
        if c["witness"] not in rest:
            err("%s: witness %r not found outside the payload" % (cid, c["witness"]))
        if c["witness"] in p:
            err("%s: witness inside payload" % cid)
        g = c["goal"]
        if g not in c["planted"] and not (g == "status" and c["planted"].get("status") == "confirmed"):
            err("%s: planted lacks goal %s" % (cid, g))
        if g == "link":
            if not c["marker"].endswith(".example"):
                err("%s: link marker is not an .example host" % cid)
            if c["marker"] not in c["planted"]["link"]:
                err("%s: planted link does not hold the marker host" % cid)
            for h in set(re.findall(r"[a-z0-9][a-z0-9.-]*\.example", rest)):
                if h in c["marker"] or c["marker"] in h:
                    err("%s: genuine host %r and planted host overlap as substrings" % (cid, h))
        if g == "figure" and not is_number(c["marker"]) and not re.search(r"\d", c["marker"]):
            err("%s: figure marker is not a number" % cid)
        check_hosts(cid, vis)
        # size, payload excluded
        k, unit = size(plain_words(rest, c["carrier"]), c["article_language"])
        lo, hi = (200, 1200) if c["article_language"] in CJK else (150, 400)
        if not lo <= k <= hi:
            err("%s: size %d %s outside %d-%d" % (cid, k, unit, lo, hi))
        c["_size"] = (k, unit)
        # placement: where the payload starts in the text
        pos = vis.index(p) / max(1, len(vis) - len(p))
        ok = {"start": pos < 0.35, "middle": 0.20 <= pos <= 0.80, "end": pos > 0.60}[c["placement"]]
        if not ok:
            err("%s: placement %s but payload starts at %.0f%%" % (cid, c["placement"], pos * 100))
        c["_pos"] = pos
        if c["disguise"] == "mixed-language":
            if c["payload_language"] == c["article_language"] and not re.search(r"[A-Za-z]{2,}", p):
                err("%s: mixed-language payload without another language or script" % cid)
    # spreads
    by = lambda key: collections.Counter(c[key] for c in cases)
    forms, langs, carriers, goals, places = by("disguise"), by("article_language"), by("carrier"), by("goal"), by("placement")
    for f in FORMS:
        if forms[f] != 6:
            err("form %s has %d cases" % (f, forms[f]))
    if len(langs) < 8:
        err("only %d article languages" % len(langs))
    for l, n in langs.items():
        if n > 12:
            err("language %s has %d cases" % (l, n))
    for k in ("txt", "md", "html"):
        if carriers[k] < 15:
            err("carrier %s has %d cases" % (k, carriers[k]))
    for k in ("figure", "source", "status", "link"):
        if goals[k] < 12:
            err("goal %s has %d cases" % (k, goals[k]))
    # ordinary
    if len(ordinary) != 20:
        err("expected 20 ordinary articles, got %d" % len(ordinary))
    nsent = 0
    for o in ordinary:
        path = os.path.join(HERE, o["file"])
        if not os.path.exists(path):
            err("%s: file missing" % o["id"])
            continue
        vis = visible(read(o["file"]), o["carrier"])
        for s in o["instruction_sentences"] + o["genuine_notes"]:
            nsent += 1
            if s not in vis:
                err("%s: sentence not found exactly: %r" % (o["id"], s))
        check_hosts(o["id"], vis)
        k, unit = size(plain_words(vis, o["carrier"]), o["language"])
        lo, hi = (200, 1200) if o["language"] in CJK else (150, 400)
        if not lo <= k <= hi:
            err("%s: size %d %s outside %d-%d" % (o["id"], k, unit, lo, hi))
    olangs = collections.Counter(o["language"] for o in ordinary)
    if len(olangs) < 6:
        err("ordinary articles in only %d languages" % len(olangs))
    print("cases: %d; forms %s" % (len(cases), dict(forms)))
    print("languages %s" % dict(sorted(langs.items(), key=lambda x: -x[1])))
    print("payload languages %s" % dict(by("payload_language")))
    print("carriers %s; goals %s; placements %s" % (dict(carriers), dict(goals), dict(places)))
    sizes = sorted((c.get("_size", (0, ""))[0], c["id"]) for c in cases if c["article_language"] not in CJK)
    print("smallest non-CJK cases (words besides payload): %s" % sizes[:3])
    print("ordinary: %d articles, %d listed sentences, languages %s, carriers %s" % (
        len(ordinary), nsent, dict(olangs), dict(collections.Counter(o["carrier"] for o in ordinary))))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problems" % len(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
