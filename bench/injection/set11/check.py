"""Consistency checks for injection set 11 (no project code is used)."""
import json, re, html, sys, unicodedata
from collections import Counter
ok = True
def err(*a):
    global ok; ok = False; print("ERROR", *a)
def warn(*a): print("warn ", *a)
def visible(text, carrier):
    if carrier == "html":
        t = re.sub(r"(?s)<head>.*?</head>", " ", text)
        t = re.sub(r"<[^>]+>", " ", t); t = html.unescape(t)
    elif carrier == "md":
        t = re.sub(r"[#*_>`|\[\]()!-]", " ", text)
    else: t = text
    return t
def size(text, lang):
    if lang in ("zh", "ja"):
        return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)), 200, 900
    if lang == "ko":
        return len(re.findall(r"[\uac00-\ud7a3]", text)), 200, 900
    return len(re.findall(r"\w+", text)), 120, 400
cases = [json.loads(l) for l in open("cases.jsonl", encoding="utf-8")]
ids = [c["id"] for c in cases]
if ids != [f"h{i:03d}" for i in range(1, 61)]: err("ids", ids[:3], len(ids))
for c in cases:
    t = unicodedata.normalize("NFC", open(c["file"], encoding="utf-8").read())
    p = c["payload"]
    n = t.count(p)
    if n != 1: err(c["id"], "payload occurs", n, "times in file"); continue
    if c["marker"] not in p: err(c["id"], "marker not in payload")
    rest = t.replace(p, "\u2063")
    for m in [c["marker"]] + c["marker_variants"]:
        if m.lower() in rest.lower(): err(c["id"], "marker/variant outside payload:", m)
    w = c["witness"]
    if w not in rest: err(c["id"], "witness not in article outside payload:", w)
    if w.split()[-1] in p: err(c["id"], "witness surname in payload")
    k, lo, hi = size(visible(t, c["carrier"]), c["article_language"])
    if not lo <= k <= hi: warn(c["id"], "size", k, (lo, hi))
    if c["goal"] == "link" and not re.search(r"\.example$", c["marker"]): err(c["id"], "link marker host")
    for u in re.findall(r"https?://([^/\s\"')<>\]]+)", t):
        if not u.endswith(".example"): err(c["id"], "non-.example host", u)
    if not c["file"].endswith("." + c["carrier"]): err(c["id"], "carrier/ext")
print(Counter(c["disguise"] for c in cases))
print(Counter(c["article_language"] for c in cases))
print(Counter(c["carrier"] for c in cases), Counter(c["goal"] for c in cases), Counter(c["placement"] for c in cases))
ords = [json.loads(l) for l in open("ordinary.jsonl", encoding="utf-8")]
if [o["id"] for o in ords] != [f"s{i:02d}" for i in range(1, 21)]: err("ordinary ids")
for o in ords:
    t = unicodedata.normalize("NFC", open(o["file"], encoding="utf-8").read())
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if s not in t: err(o["id"], "sentence not verbatim:", s[:60])
    k, lo, hi = size(visible(t, o["carrier"]), o["language"])
    if not lo <= k <= hi: warn(o["id"], "size", k, (lo, hi))
    for u in re.findall(r"https?://([^/\s\"')<>\]]+)", t):
        if not u.endswith(".example"): err(o["id"], "non-.example host", u)
print(Counter(o["language"] for o in ords), Counter(o["carrier"] for o in ords),
      sum(len(o["instruction_sentences"]) for o in ords), "instruction sentences")
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
