#!/usr/bin/env python3
"""Validate set 7: counts and spreads, markers only inside payloads, payloads present, sizes, placement,
HTML shape, hosts, ordinary listings. Stdlib only. Ends with 'OK: all checks passed'."""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(msg):
    ERR.append(msg)

FIELDS = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier", "placement",
          "goal", "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style"]
OFIELDS = ["id", "file", "language", "carrier", "channels", "instruction_sentences", "genuine_notes"]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

def read(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return f.read()

def visible(raw, carrier):
    """Text a reader sees: unescaped, tags removed (html); markdown markup characters removed (md)."""
    if carrier == "html":
        t = re.sub(r"<head>.*?</head>", " ", raw, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t)
    if carrier == "md":
        t = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", raw)
        return re.sub(r"(^|\n)(#+|>|-) ", r"\1", t).replace("**", "").replace("*", "")
    return raw

def strip_md(s):
    return s.replace("**", "").replace("*", "")

def size_ok(text, lang):
    words = len(text.split())
    if lang in ("zh", "ja", "ko"):
        return len(CJK.findall(text)) >= 200 and words <= 400, "%d CJK chars, %d tokens" % (len(CJK.findall(text)), words)
    return 150 <= words <= 400, "%d words" % words

def main():
    # files are what gen.py renders (deterministic)
    sys.path.insert(0, HERE)
    import gen
    for c in gen.CASES + gen.ORDINARY:
        fn = ("cases/%s.%s" if c["id"].startswith("k") else "ordinary/%s.%s") % (c["id"], c["carrier"])
        if not os.path.exists(os.path.join(HERE, fn)):
            err("%s missing" % fn)
        elif read(fn) != gen.render(c, c["carrier"]):
            err("%s differs from gen.py output" % fn)

    rows = [json.loads(l) for l in read("cases.jsonl").splitlines() if l.strip()]
    if len(rows) != 60:
        err("expected 60 cases, got %d" % len(rows))
    ids = ["k%03d" % i for i in range(1, 61)]
    if [r["id"] for r in rows] != ids:
        err("ids are not k001..k060 in order")
    for k, want in (("goal", {"figure": 15, "source": 15, "status": 15, "link": 15}),
                    ("carrier", {"txt": 20, "md": 20, "html": 20}),
                    ("placement", {"start": 20, "middle": 20, "end": 20})):
        got = dict(Counter(r[k] for r in rows))
        if got != want:
            err("%s spread %s != %s" % (k, got, want))
    fams = Counter(r["disguise"] for r in rows)
    if len(fams) != 10 or set(fams.values()) != {6}:
        err("families: %s" % dict(fams))
    langs = Counter(r["article_language"] for r in rows)
    need = {"en", "de", "fr", "es", "ru", "zh", "ko"}
    if not need <= set(langs) or not ({"it", "pt", "ja", "ar", "nl", "pl"} & set(langs)) or len(langs) < 8:
        err("article languages: %s" % dict(langs))
    mism = sum(r["article_language"] != r["payload_language"] for r in rows)

    for r in rows:
        cid = r["id"]
        if list(r.keys()) != FIELDS:
            err("%s: fields %s" % (cid, list(r.keys())))
        if r["file"] != "cases/%s.%s" % (cid, r["carrier"]):
            err("%s: file name" % cid)
        raw = read(r["file"])
        text = html.unescape(raw) if r["carrier"] == "html" else raw
        p = r["payload"]
        if text.count(p) != 1:
            err("%s: payload occurs %d times in file" % (cid, text.count(p)))
            continue
        if r["carrier"] == "html":
            if html.escape(p, quote=False) not in raw:
                err("%s: escaped payload not in raw html" % cid)
            if not re.search(r">%s</" % re.escape(html.escape(p, quote=False)), raw):
                err("%s: html payload is not the whole text of one element" % cid)
            for bad in ("<!--", "hidden", "display:none", "style=", "aria-hidden", "<meta name", "<script"):
                if bad in raw:
                    err("%s: html contains %r" % (cid, bad))
            for tag in ("<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "</body>", "</html>"):
                if tag not in raw:
                    err("%s: html lacks %s" % (cid, tag))
            if "<p>" not in raw:
                err("%s: html has no <p>" % cid)
        # marker only inside payload (raw and unescaped), case-insensitive, with variants
        m = r["marker"]
        if m.lower() not in p.lower():
            err("%s: marker %r not in payload" % (cid, m))
        for v in [m] + r["marker_variants"]:
            for t in (raw, text):
                n_file = t.lower().count(v.lower())
                n_pay = p.lower().count(v.lower())
                if n_file != n_pay:
                    err("%s: %r occurs %d times in file but %d in payload" % (cid, v, n_file, n_pay))
        # planted item
        g, pl = r["goal"], r["planted"]
        if g == "figure" and not (isinstance(pl.get("figure"), dict) and pl["figure"].get("value") and pl["figure"]["value"] in p):
            err("%s: planted figure" % cid)
        if g == "source" and not (pl.get("source") and m in pl["source"] and pl["source"] in p):
            err("%s: planted source" % cid)
        if g == "status" and not (pl.get("status") == "confirmed" and pl.get("confirmer") and m in pl["confirmer"] and pl.get("claim")):
            err("%s: planted status" % cid)
        if g == "link" and not (pl.get("link") and re.sub(r"^https?://", "", pl["link"]) in p and m in pl["link"]):
            err("%s: planted link" % cid)
        if g == "link" and not re.search(r"\.example(/|$)", pl.get("link", "") + "/"):
            err("%s: link host does not end in .example" % cid)
        # witness outside the payload
        rest = text.replace(p, " ")
        if not r["witness"] or r["witness"] not in rest:
            err("%s: witness %r not in article outside payload" % (cid, r["witness"]))
        # size besides the payload
        vis = visible(raw, r["carrier"])
        pv = strip_md(p) if r["carrier"] == "md" else p
        if pv not in vis:
            err("%s: payload not found in visible text" % cid)
            continue
        ok, desc = size_ok(vis.replace(pv, " "), r["article_language"])
        if not ok:
            err("%s: size besides payload out of range (%s)" % (cid, desc))
        # placement by position of the payload in the visible text
        frac = vis.index(pv) / max(1, len(vis))
        pl_ = r["placement"]
        if (pl_ == "start" and frac > 0.35) or (pl_ == "middle" and not 0.20 <= frac <= 0.80) or (pl_ == "end" and frac < 0.60):
            err("%s: placement %s but payload starts at %.2f" % (cid, pl_, frac))
        # every host is .example
        for host in re.findall(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s.,)»”]|$)", text, flags=re.I):
            if not host.lower().endswith(".example") and re.search(r"https?://|www\.", text[max(0, text.find(host) - 8):text.find(host)]):
                err("%s: host %s is not .example" % (cid, host))
        for url in re.findall(r"https?://[^\s<>\"»”*]+", text):
            host = re.sub(r"^https?://", "", url).split("/")[0].rstrip(".,")
            if not host.endswith(".example"):
                err("%s: URL host %s is not .example" % (cid, host))
        if r["style"] not in ("address", "plain", "reporting"):
            err("%s: style" % cid)
        if r["subtle"] != (r["style"] != "address"):
            err("%s: subtle flag" % cid)

    # ordinary
    orows = [json.loads(l) for l in read("ordinary.jsonl").splitlines() if l.strip()]
    if [o["id"] for o in orows] != ["p%02d" % i for i in range(1, 21)]:
        err("ordinary ids are not p01..p20")
    if len(set(o["language"] for o in orows)) < 6:
        err("ordinary: fewer than 6 languages")
    if dict(Counter(o["carrier"] for o in orows)).keys() != {"txt", "md", "html"}:
        err("ordinary: not all three carriers")
    listed = 0
    for o in orows:
        if list(o.keys()) != OFIELDS:
            err("%s: fields %s" % (o["id"], list(o.keys())))
        raw = read(o["file"])
        text = html.unescape(raw) if o["carrier"] == "html" else raw
        for s in o["instruction_sentences"] + o["genuine_notes"]:
            listed += 1
            i = text.find(s)
            if i < 0:
                err("%s: listed sentence not in file: %r" % (o["id"], s[:60]))
            elif o["carrier"] == "html":
                # within one element: no tag between the sentence and its element's edges
                if "<" in s or ">" in s:
                    err("%s: listed sentence spans markup" % o["id"])
        vis = visible(raw, o["carrier"])
        n = len(CJK.findall(vis)) if o["language"] in ("zh", "ja", "ko") else len(vis.split())
        if n < 100:
            err("%s: only %d words/chars" % (o["id"], n))
        if re.search(r"https?://(?![^\s/]+\.example)", text):
            err("%s: non-.example URL" % o["id"])
    if listed < 60:
        err("ordinary: only %d listed sentences" % listed)

    print("cases: %d; goals %s; carriers %s; placements %s" % (len(rows), dict(Counter(r["goal"] for r in rows)),
          dict(Counter(r["carrier"] for r in rows)), dict(Counter(r["placement"] for r in rows))))
    print("article languages: %s; payload language differs in %d" % (dict(langs), mism))
    print("styles: %s; families: %s" % (dict(Counter(r["style"] for r in rows)), len(fams)))
    print("ordinary: %d articles, %d listed sentences, languages %s" % (len(orows), listed, dict(Counter(o["language"] for o in orows))))
    if ERR:
        for e in ERR:
            print("FAIL:", e)
        print("%d problems" % len(ERR))
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
