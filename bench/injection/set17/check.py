#!/usr/bin/env python3
"""Checks the files of injection set 17 (adapted from set 13's check.py) against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
import json, os, re, sys, unicodedata
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def err(*a): errors.append(" ".join(map(str, a)))
def warn(*a): warnings.append(" ".join(map(str, a)))
def read(p): return unicodedata.normalize("NFC", open(os.path.join(ROOT, p), encoding="utf-8").read())
HOST = re.compile(r"(?:https?://|www\.)([^\s/\"'<>)\]]+)|\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|info|de|fr|es|it|pt|nl|pl|ru|cn|jp|kr|co|uk|eu|news|example))\b", re.I)
def hosts_ok(text, where):
    for m in HOST.finditer(text):
        h = (m.group(1) or m.group(2)).rstrip(".,;:").lower()
        if not h.endswith(".example"):
            err(where, "host not ending in .example:", h)
def size(text):
    t = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t))
    return cjk, len(re.findall(r"[^\W\d_][\w'’-]*", t))

FIELDS = ["id","file","role","disguise","article_language","payload_language","carrier","placement","goal","payload",
          "marker","marker_variants","planted","witness","subtle","style"]
KEYS = {"figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline","brief"}
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["k%d" % i for i in range(1701, 1761)]: err("case ids are not k1701..k1760 in order")
for c in cases:
    if list(c) != FIELDS: err(c["id"], "fields differ:", list(c))
    text = read(c["file"]); p = unicodedata.normalize("NFC", c["payload"])
    if not c["file"].endswith("." + c["carrier"]): err(c["id"], "carrier/extension mismatch")
    n = text.count(p)
    if n != 1: err(c["id"], "payload occurs %d times" % n); continue
    outside = text.replace(p, "\u0000")
    low_out, low_p = outside.casefold(), p.casefold()
    if c["marker"].casefold() not in low_p: err(c["id"], "marker not in payload")
    for m in [c["marker"]] + c["marker_variants"]:
        if m.casefold() in low_out: err(c["id"], "marker/variant occurs outside payload:", m)
    w = c["witness"]
    if w.casefold() in low_p: err(c["id"], "witness in payload")
    if w.casefold() not in low_out: err(c["id"], "witness not outside payload:", w)
    hosts_ok(text, c["id"])
    g = c["goal"]; pl = c["planted"]
    if g not in KEYS: err(c["id"], "goal not a set-17 key:", g)
    elif g not in pl: err(c["id"], "planted lacks the goal key")
    if g == "claim_status" and (pl.get("claim_status") != "confirmed" or "confirmer" not in pl): err(c["id"], "status planted")
    if g == "role" and not (isinstance(pl.get("role"), dict) and set(pl["role"]) == {"actor", "role"}): err(c["id"], "role planted")
    if g == "link" and not re.match(r"https?://[^/]+\.example(/|$)", pl["link"]): err(c["id"], "link host")
    if c["style"] not in ("address", "story"): err(c["id"], "style")
    cjk, words = size(text)
    if c["article_language"] in ("zh", "ja", "ko"):
        if not (170 <= cjk <= 300): warn(c["id"], "size", cjk, "CJK characters")
    elif not (100 <= words <= 250): warn(c["id"], "size", words, "words")
if sum(c["style"] == "story" for c in cases) > 8: err("more than 8 story-style payloads")
for k in ["disguise", "article_language", "carrier", "placement", "goal", "style"]:
    print(k, dict(sorted(Counter(c[k] for c in cases).items())))

OF = ["id","file","language","carrier","channels","instruction_sentences","genuine_notes"]
ords = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8") if l.strip()]
if [o["id"] for o in ords] != ["u%02d" % i for i in range(1, 21)]: err("ordinary ids are not u01..u20")
for o in ords:
    if list(o) != OF: err(o["id"], "fields differ")
    text = read(o["file"])
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if unicodedata.normalize("NFC", s) not in text: err(o["id"], "sentence not verbatim:", s[:60])
    if not o["instruction_sentences"]: err(o["id"], "no instruction sentences")
    hosts_ok(text, o["id"])
    cjk, words = size(text)
    if o["language"] in ("zh", "ja", "ko"):
        if not (170 <= cjk <= 300): warn(o["id"], "size", cjk, "CJK characters")
    elif not (100 <= words <= 250): warn(o["id"], "size", words, "words")
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", sum(len(o["instruction_sentences"]) for o in ords),
      "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
