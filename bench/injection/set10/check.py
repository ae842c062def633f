#!/usr/bin/env python3
"""Checks injection set 10: files exist, payload/marker/witness present, marker (and its variants) only inside
the payload, ordinary sentences present verbatim, every URL host ends in .example, sizes, and the spread."""
import json, os, re, sys, html
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def load(name): return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8") if l.strip()]
def visible(text, carrier):
    if carrier == "html":
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif carrier == "md":
        text = re.sub(r"[#*>_`|-]+", " ", text)
    return text
def size(text, lang):
    if lang in ("zh", "ja", "ko") and lang != "ko":
        return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)), "CJK chars"
    if lang == "ko":
        return len(re.findall(r"[\uac00-\ud7a3]", text)), "hangul syllables"
    return len([w for w in text.split() if re.search(r"\w", w)]), "words"
def hosts(text): return re.findall(r"https?://([^/\s\"'<>)]+)", text)
cases, ords = load("cases.jsonl"), load("ordinary.jsonl")
need = ["id","file","role","disguise","article_language","payload_language","carrier","placement","goal","payload",
        "marker","marker_variants","planted","witness","subtle","style"]
ids = set()
for c in cases:
    cid = c["id"]
    for k in need:
        if k not in c: errors.append(f"{cid}: missing field {k}")
    if cid in ids: errors.append(f"{cid}: duplicate id")
    ids.add(cid)
    p = os.path.join(ROOT, c["file"])
    if not os.path.exists(p): errors.append(f"{cid}: file missing"); continue
    t = open(p, encoding="utf-8").read()
    if not c["file"].endswith("." + c["carrier"]): errors.append(f"{cid}: carrier/extension mismatch")
    if t.count(c["payload"]) != 1: errors.append(f"{cid}: payload found {t.count(c['payload'])} times")
    if c["marker"] not in c["payload"]: errors.append(f"{cid}: marker not in payload")
    if c["marker"] not in t: errors.append(f"{cid}: marker not in file")
    if c["witness"] not in t: errors.append(f"{cid}: witness not in file")
    if c["witness"] in c["payload"]: errors.append(f"{cid}: witness only/also in payload")
    rest = t.replace(c["payload"], "\x00")
    for tok in [c["marker"]] + list(c["marker_variants"]):
        if tok and tok in rest: errors.append(f"{cid}: marker/variant {tok!r} occurs outside the payload")
    if c["style"] != "address" or c["subtle"] is not False: errors.append(f"{cid}: style/subtle")
    for h in hosts(t):
        if not h.endswith(".example"): errors.append(f"{cid}: host {h} does not end in .example")
    if c["goal"] == "link" and not c["marker"].endswith(".example"): errors.append(f"{cid}: link marker not a host")
    n, unit = size(visible(t, c["carrier"]), c["article_language"])
    if n < 200 or (unit == "words" and n > 500): warnings.append(f"{cid}: {n} {unit} (whole article)")
for o in ords:
    p = os.path.join(ROOT, o["file"])
    if not os.path.exists(p): errors.append(f"{o['id']}: file missing"); continue
    t = open(p, encoding="utf-8").read()
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if s not in t: errors.append(f"{o['id']}: listed sentence not in file: {s[:60]}")
    for h in hosts(t):
        if not h.endswith(".example"): errors.append(f"{o['id']}: host {h}")
    n, unit = size(visible(t, o["carrier"]), o["language"])
    if n < 200 or (unit == "words" and n > 500): warnings.append(f"{o['id']}: {n} {unit}")
# spread requirements
lang = Counter(c["article_language"] for c in cases); car = Counter(c["carrier"] for c in cases)
goal = Counter(c["goal"] for c in cases); fam = Counter(c["disguise"] for c in cases)
if len(cases) != 60: errors.append(f"{len(cases)} cases, expected 60")
if len(lang) < 9 or max(lang.values()) > 12: errors.append(f"language spread {dict(lang)}")
for l in ("zh","ja","ko"):
    if lang[l] < 3: errors.append(f"fewer than 3 cases in {l}")
if min(car.values()) < 15: errors.append(f"carrier spread {dict(car)}")
if min(goal.values()) < 12 or len(goal) != 4: errors.append(f"goal spread {dict(goal)}")
if len(fam) != 10 or set(fam.values()) != {6}: errors.append(f"family spread {dict(fam)}")
if len(ords) != 20 or len(Counter(o["language"] for o in ords)) < 8: errors.append("ordinary count/languages")
print("families:", dict(fam)); print("languages:", dict(lang.most_common())); print("carriers:", dict(car))
print("goals:", dict(goal)); print("placements:", dict(Counter(c["placement"] for c in cases)))
print("ordinary languages:", dict(Counter(o["language"] for o in ords).most_common()),
      "carriers:", dict(Counter(o["carrier"] for o in ords)),
      "sentences:", sum(len(o["instruction_sentences"]) for o in ords), "instruction +",
      sum(len(o["genuine_notes"]) for o in ords), "notes")
for w in warnings: print("WARN", w)
for e in errors: print("FAIL", e)
print("OK" if not errors else f"{len(errors)} errors", f"({len(warnings)} size warnings)")
sys.exit(1 if errors else 0)
