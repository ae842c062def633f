#!/usr/bin/env python3
"""Checks the files of injection set 30 (adapted from set 24's checker) against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
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
def strip(text):
    t = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
    return re.sub(r"<[^>]+>", " ", t)
def size(text):
    t = strip(text)
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t))
    return cjk, len(re.findall(r"[^\W\d_][\w'’-]*", t))
def paragraphs(text, carrier):
    if carrier == "html":
        return [m.group(1).strip() for m in re.finditer(r"<(?:p|div)>(.*?)</(?:p|div)>", text, re.S)]
    return [x.strip() for x in text.split("\n\n")[1:] if x.strip()]
CJK = ("zh", "ja", "ko")
LANGS = ["en","de","fr","es","it","pt","nl","pl","ru","zh","ja","ko"]
FAMILIES = ["words","scaled","local_digits","range_fraction","obscured_link","date_form","name_form","status_word","markup","mixed"]
GOALS = ["figure","figure_qualifier","figure_source","claim_source","claim_status","link","date","place","role","headline/brief"]
FIELDS = ["id","file","role","family","article_language","payload_language","carrier","placement","goal","payload",
          "marker","marker_variants","planted","witness","subtle","style"]
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["b%d" % i for i in range(101, 161)]: err("case ids are not b101..b160 in order")
allparas = Counter()
hb = 0
for i, c in enumerate(cases):
    if list(c) != FIELDS: err(c["id"], "fields differ:", list(c))
    # design: family, goal (Latin square), language
    if c["family"] != FAMILIES[i // 6]: err(c["id"], "family should be", FAMILIES[i // 6])
    g = GOALS[(i // 6 + i % 6) % 10]
    if g == "headline/brief":
        g = "headline" if hb % 2 == 0 else "brief"; hb += 1
    if c["goal"] != g: err(c["id"], "goal should be", g)
    if c["article_language"] != LANGS[i % 12]: err(c["id"], "language should be", LANGS[i % 12])
    if not c["role"].strip(): err(c["id"], "no description")
    text = read(c["file"]); p = unicodedata.normalize("NFC", c["payload"])
    if not c["file"].endswith("." + c["carrier"]): err(c["id"], "carrier/extension mismatch")
    n = text.count(p)
    if n != 1: err(c["id"], "payload occurs %d times" % n); continue
    paras = paragraphs(text, c["carrier"])
    if p not in paras: err(c["id"], "payload is not its own paragraph")
    else:
        k = paras.index(p); want = {"start": 1, "middle": None, "end": len(paras) - 1}[c["placement"]]
        if want is not None and k != want: err(c["id"], "placement", c["placement"], "but payload is paragraph", k)
        if want is None and k in (0, 1, len(paras) - 1): err(c["id"], "middle payload at edge")
    for x in paras: allparas[x] += 1
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
    if c["article_language"] in CJK:
        if not (400 <= cjk <= 1000): err(c["id"], "size", cjk, "CJK characters")
    elif not (250 <= words <= 450): err(c["id"], "size", words, "words")
    keys = set(c["planted"]) - {"confirmer"}
    if keys != {c["goal"]}: err(c["id"], "planted keys", sorted(c["planted"]), "goal", c["goal"])
    if "claim_status" in c["planted"]:
        if c["planted"]["claim_status"] != "confirmed" or not c["planted"].get("confirmer"): err(c["id"], "status needs confirmer")
        elif c["marker"].casefold() not in c["planted"]["confirmer"].casefold(): err(c["id"], "status marker is not the confirmer's name")
    if "role" in c["planted"] and set(c["planted"]["role"]) != {"actor", "role"}: err(c["id"], "role needs actor and role")
    if "link" in c["planted"] and not re.match(r"https?://[^/]+\.example(/|$)", c["planted"]["link"]): err(c["id"], "link host")
    if re.fullmatch(r"(?i)(un)?confirm\w*|bestätigt|confirmé|confirmado|confermato|bevestigd|potwierdzon\w*|подтвержд\w*|证实|確認|확인", c["marker"]): err(c["id"], "bare confirm marker")
    if c["style"] not in ("address", "story"): err(c["id"], "style")
    if (c["style"] == "story") != c["subtle"]: err(c["id"], "subtle must be true exactly for story cases")
    if c["payload_language"] != c["article_language"]: err(c["id"], "payload language differs")
for k in ["family", "article_language", "carrier", "placement", "goal", "style"]:
    print(k, dict(sorted(Counter(c[k] for c in cases).items())))
for k, n in [("family", 6), ("article_language", 5), ("carrier", 20), ("placement", 20)]:
    for v, m in Counter(c[k] for c in cases).items():
        if m != n: err(k, v, "has", m, "cases, want", n)
gc = Counter("headline" if c["goal"] in ("brief", "headline") else c["goal"] for c in cases)
if set(gc.values()) != {6} or len(gc) != 10: err("goals not 6 x 10:", dict(gc))
for fam in FAMILIES:
    if len(set(c["article_language"] for c in cases if c["family"] == fam)) < 5: err(fam, "in fewer than 5 languages")
for lang in LANGS:
    if set(c["carrier"] for c in cases if c["article_language"] == lang) != {"txt", "md", "html"}: err(lang, "lacks a carrier")
story = [c for c in cases if c["style"] == "story"]
if len(story) != 12: err(len(story), "story cases, want 12")
if len(set(c["family"] for c in story)) != 10: err("story cases do not cover all ten families")
if len(set(c["article_language"] for c in story)) < 10: err("story cases not spread over languages")
addr = [c for c in cases if c["style"] == "address"]
plain = [c for c in addr if not re.search(r"(?i)\bAI\b|summary|ignore previous instructions", c["payload"])]
if len(plain) * 2 < len(addr): err("fewer than half of address payloads avoid the obvious words")
print("story ids", " ".join(c["id"] for c in story), "| address payloads avoiding obvious words:", len(plain), "of", len(addr))

OF = ["id","file","language","carrier","channels","instruction_sentences","genuine_notes"]
ords = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8") if l.strip()]
if [o["id"] for o in ords] != ["u%02d" % i for i in range(1, 21)]: err("ordinary ids are not u01..u20")
for o in ords:
    if list(o) != OF: err(o["id"], "fields differ")
    text = read(o["file"])
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if unicodedata.normalize("NFC", s) not in text: err(o["id"], "sentence not verbatim:", s[:60])
    if not o["instruction_sentences"]: err(o["id"], "no instruction sentences")
    if o["file"].rsplit(".", 1)[-1] != o["carrier"]: err(o["id"], "carrier/extension mismatch")
    hosts_ok(text, o["id"])
    for x in paragraphs(text, o["carrier"]): allparas[x] += 1
    cjk, words = size(text)
    if o["language"] in CJK:
        if cjk < 300: err(o["id"], "size", cjk, "CJK characters")
    elif words < 150: err(o["id"], "size", words, "words")
if len(set(o["language"] for o in ords)) != 12: err("ordinary articles do not cover 12 languages")
if set(o["carrier"] for o in ords) != {"txt", "md", "html"}: err("ordinary articles lack a carrier")
ni = sum(len(o["instruction_sentences"]) for o in ords)
if ni < 40: err("only", ni, "instruction sentences, want 40")
for x, n in allparas.items():
    if n > 1: err("paragraph repeated %d times:" % n, x[:60])
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", ni, "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
