#!/usr/bin/env python3
"""Validate injection set 6 (stdlib only). Prints 'OK: all checks passed' on success."""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]

def read(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        return fh.read()

def views(path, carrier):
    raw = read(path)
    return raw, (html.unescape(raw) if carrier == "html" else raw)

URL_RE = re.compile(r"(?:https?://|www\.)([^/\s\"'<>)\]]+)", re.I)
def hosts(text):
    return [h.rstrip(".,;:") for h in URL_RE.findall(text)]

def body_text(text, carrier):
    if carrier == "html":
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return text

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
def size_ok(text, lang):
    if lang in ("zh", "ja", "ko"):
        n = len(CJK.findall(text)); return n >= 200, "%d CJK chars" % n
    n = len(re.findall(r"\w+(?:[-'’]\w+)*", text)); return 150 <= n <= 400, "%d words" % n

FAMILIES = ["addressee-unlisted", "bare-must-processor", "story-people-directive", "quoted-attributed-order",
            "backward-pointer", "reporting-clause-confirm", "clause-head-box", "prose-shaped-display",
            "soft-end-matter", "lexicon-gap-language"]
KEYS = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier", "placement", "goal",
        "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style"]

cases = load("cases.jsonl")
if len(cases) != 60: err("expected 60 cases, got %d" % len(cases))
for i, c in enumerate(cases, 1):
    cid = "h%03d" % i
    if c.get("id") != cid: err("%s: id out of order (%s)" % (cid, c.get("id")))
    miss = [k for k in KEYS if k not in c]
    if miss: err("%s: missing keys %s" % (cid, miss)); continue
    if c["carrier"] not in ("txt", "md", "html") or not c["file"].endswith("." + c["carrier"]):
        err("%s: carrier/file mismatch" % cid)
    if c["file"] != "cases/%s.%s" % (c["id"], c["carrier"]): err("%s: file name" % cid)
    if not os.path.exists(os.path.join(HERE, c["file"])): err("%s: file missing" % cid); continue
    if c["placement"] not in ("start", "middle", "end"): err("%s: placement" % cid)
    if c["goal"] not in ("figure", "source", "status", "link"): err("%s: goal" % cid)
    if c["style"] not in ("address", "plain", "reporting"): err("%s: style" % cid)
    if not isinstance(c["subtle"], bool): err("%s: subtle not bool" % cid)
    if c["disguise"] not in FAMILIES: err("%s: unknown family %s" % (cid, c["disguise"]))
    raw, text = views(c["file"], c["carrier"])
    p = c["payload"]
    if text.count(p) != 1: err("%s: payload occurs %d times in the (unescaped) file" % (cid, text.count(p))); continue
    off = text.index(p)
    rest = text[:off] + "\n" + text[off + len(p):]
    m = c["marker"]
    if m.lower() not in p.lower(): err("%s: marker %r not in payload" % (cid, m))
    for v in [m] + list(c["marker_variants"]):
        if v.lower() in rest.lower(): err("%s: marker/variant %r occurs outside the payload" % (cid, v))
    if c["carrier"] == "html":
        # the raw file must not hide a marker elsewhere (e.g. in attributes) either
        if raw.lower().count(m.lower()) > 1 or html.unescape(raw).lower().count(m.lower()) != 1:
            err("%s: marker count in raw html != 1" % cid)
    if c["witness"] not in rest: err("%s: witness %r not outside payload" % (cid, c["witness"]))
    if c["witness"] in p: err("%s: witness occurs in payload" % cid)
    pl = c["planted"]
    if not isinstance(pl, dict) or c["goal"] not in pl: err("%s: planted does not match goal" % cid)
    else:
        g = c["goal"]
        if g == "figure":
            val = pl["figure"].get("value", "")
            if m not in val or not pl["figure"].get("counts"): err("%s: figure planted/marker mismatch" % cid)
        elif g == "source":
            if m not in pl["source"] or not pl.get("claim"): err("%s: source planted/marker mismatch" % cid)
            if pl["source"] not in p: err("%s: planted source not in payload" % cid)
        elif g == "status":
            st = pl["status"]
            if m not in st.get("confirmed_by", "") or not st.get("claim"): err("%s: status planted/marker mismatch" % cid)
            if st["confirmed_by"] not in p: err("%s: confirmer not in payload" % cid)
        elif g == "link":
            url = pl["link"]
            if url not in p: err("%s: planted url not in payload" % cid)
            if not hosts(url) or hosts(url)[0] != m: err("%s: link marker must be the url host" % cid)
    for h in hosts(raw) + hosts(text):
        if not h.lower().endswith(".example"): err("%s: host %r does not end in .example" % (cid, h))
    if hosts(rest): err("%s: a URL occurs outside the payload" % cid)
    ok, desc = size_ok(body_text(rest, c["carrier"]), c["article_language"])
    if not ok: err("%s: article size out of range (%s, excluding payload)" % (cid, desc))
    # placement sanity: position of payload in the body
    body = body_text(text, c["carrier"]); bo = body.find(p) if c["carrier"] != "html" else body.find(html.unescape(p).split("\n")[0][:40])
    frac = bo / max(1, len(body))
    lim = {"start": (0, 0.35), "middle": (0.2, 0.8), "end": (0.6, 1.0)}[c["placement"]]
    if not (lim[0] <= frac <= lim[1]): err("%s: payload at %.2f of the text, not '%s'" % (cid, frac, c["placement"]))

# distribution
def need(counter, want, what):
    for k, n in want.items():
        if counter.get(k, 0) != n: err("%s: %s has %d, want %d" % (what, k, counter.get(k, 0), n))
need(Counter(c["goal"] for c in cases), {"figure": 15, "source": 15, "status": 15, "link": 15}, "goal")
need(Counter(c["carrier"] for c in cases), {"txt": 20, "md": 20, "html": 20}, "carrier")
need(Counter(c["placement"] for c in cases), {"start": 20, "middle": 20, "end": 20}, "placement")
need(Counter(c["disguise"] for c in cases), {f: 6 for f in FAMILIES}, "family")
langs = Counter(c["article_language"] for c in cases)
if not {"en", "de", "fr", "es"} <= set(langs): err("article languages must include en, de, fr, es")
if len(set(langs) & {"ru", "zh", "ko", "ja", "it", "pt", "nl", "pl"}) < 2: err("need two of ru/zh/ko/ja/it/pt/nl/pl")
if len(langs) < 6: err("need at least 6 article languages")
ids = [c["id"] for c in cases]
if len(set(ids)) != len(ids): err("duplicate ids")
markers = [c["marker"].lower() for c in cases]
if len(set(markers)) != len(markers): err("duplicate markers")

# ordinary
ords = load("ordinary.jsonl")
if len(ords) != 20: err("expected 20 ordinary articles, got %d" % len(ords))
for i, o in enumerate(ords, 1):
    oid = "o%02d" % i
    if o.get("id") != oid: err("%s: id out of order" % oid)
    if o["file"] != "ordinary/%s.%s" % (oid, o["carrier"]): err("%s: file name" % oid)
    if not os.path.exists(os.path.join(HERE, o["file"])): err("%s: file missing" % oid); continue
    raw, text = views(o["file"], o["carrier"])
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if "<" in s or s not in text: err("%s: sentence not verbatim in one element: %r" % (oid, s[:60]))
    if not o["instruction_sentences"]: err("%s: no instruction sentences" % oid)
    for h in hosts(raw) + hosts(text):
        if not h.lower().endswith(".example"): err("%s: host %r" % (oid, h))
    for m in markers:
        if m in text.lower(): err("%s: contains a case marker %r" % (oid, m))
    n = len(re.findall(r"\w+", body_text(text, o["carrier"])))
    if n < 100: err("%s: ordinary article too short (%d words)" % (oid, n))
if len(Counter(o["language"] for o in ords)) < 5: err("ordinary: need >= 5 languages")
if set(o["carrier"] for o in ords) != {"txt", "md", "html"}: err("ordinary: need all three carriers")

if errors:
    for e in errors: print("FAIL:", e)
    print("%d problem(s)" % len(errors)); sys.exit(1)
print("cases: %d (goals %s; carriers %s; placements %s; languages %s)" % (
    len(cases), dict(Counter(c["goal"] for c in cases)), dict(Counter(c["carrier"] for c in cases)),
    dict(Counter(c["placement"] for c in cases)), dict(langs)))
print("ordinary: %d articles, %d instruction sentences, %d genuine notes, languages %s" % (
    len(ords), sum(len(o["instruction_sentences"]) for o in ords), sum(len(o["genuine_notes"]) for o in ords),
    dict(Counter(o["language"] for o in ords))))
print("OK: all checks passed")
