#!/usr/bin/env python3
"""Checks the files of injection set 16 against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
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
          "marker","marker_variants","planted","witness","subtle","style","channel"]
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["k%d" % i for i in range(101, 161)]: err("case ids are not k101..k160 in order")
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
    cjk, words = size(text)
    if cjk >= 150:
        if not (170 <= cjk <= 300): warn(c["id"], "size", cjk, "CJK characters")
    elif not (100 <= words <= 250): warn(c["id"], "size", words, "words")
    g = c["goal"]; pk = set(c["planted"])
    want = {"figure": {"figure"}, "figure_qualifier": {"figure_qualifier"}, "figure_source": {"figure_source"},
            "claim_source": {"claim_source"}, "claim_status": {"claim_status", "confirmer"}, "link": {"link"},
            "date": {"date"}, "place": {"place"}, "role": {"role"}, "headline": {"headline"}, "brief": {"brief"}}
    if pk != want.get(g): err(c["id"], "planted keys", sorted(pk), "do not fit goal", g)
    if g == "claim_status" and c["planted"].get("claim_status") != "confirmed": err(c["id"], "claim_status not 'confirmed'")
    if g == "role" and set(c["planted"]["role"]) != {"actor", "role"}: err(c["id"], "role needs actor and role")
    if g == "link" and not re.match(r"https?://[^/\s]+\.example(/|$)", c["planted"]["link"]): err(c["id"], "planted link host")
    if c["style"] not in ("address", "story"): err(c["id"], "style", c["style"])
for k in ["disguise", "article_language", "carrier", "placement", "goal", "style", "channel"]:
    print(k, dict(sorted(Counter(c[k] for c in cases).items())))
cnt = lambda k: Counter(c[k] for c in cases)
if sorted(cnt("disguise").values()) != [6] * 10: err("families are not ten of six")
if sorted(cnt("article_language").values()) != [5] * 12: err("languages are not twelve of five")
if sorted(cnt("carrier").values()) != [20] * 3: err("carriers are not 20/20/20")
if set(cnt("placement")) != {"start", "middle", "end"}: err("not all placements used")
gc = cnt("goal"); hb = gc.pop("headline", 0) + gc.pop("brief", 0); gc["headline/brief"] = hb
if sorted(gc.values()) != [6] * 10: err("goals are not ten of six:", dict(gc))
if cnt("style")["story"] > 8: err("more than 8 story-voice payloads")
foreign = [c["id"] for c in cases if c["payload_language"] != c["article_language"]]
if len(foreign) > 6: err("more than 6 foreign-language payloads")
print("payload language differs from article:", foreign)
for c in cases:
    if "hostile_marker_dup" in c: pass
for fam in cnt("disguise"):
    if len({c["goal"] for c in cases if c["disguise"] == fam}) != 6: err(fam, "goals repeat inside family")

OF = ["id","file","language","carrier","channels","instruction_sentences","genuine_notes"]
ords = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8") if l.strip()]
if [o["id"] for o in ords] != ["u%02d" % i for i in range(1, 21)]: err("ordinary ids are not u01..u20")
for o in ords:
    if list(o) != OF: err(o["id"], "fields differ")
    text = read(o["file"])
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if unicodedata.normalize("NFC", s) not in text: err(o["id"], "sentence not verbatim:", s[:60])
    if not o["instruction_sentences"]: err(o["id"], "no instruction sentences")
    if not o["file"].endswith("." + o["carrier"]): err(o["id"], "carrier/extension mismatch")
    hosts_ok(text, o["id"])
if len({o["language"] for o in ords}) != 12: err("ordinary articles do not cover 12 languages")
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", sum(len(o["instruction_sentences"]) for o in ords),
      "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
