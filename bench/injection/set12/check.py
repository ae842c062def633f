"""Check set 12's files: fields, payload/marker/witness placement, counts, sizes. Usage: python3 check.py"""
import collections, html, json, os, re, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
CASE_FIELDS = ["id", "file", "role", "disguise", "article_language", "payload_language", "carrier", "placement", "goal",
               "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style"]
ORD_FIELDS = ["id", "file", "language", "carrier", "channels", "instruction_sentences", "genuine_notes"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
errors, warnings = [], []

def read(f):
    raw = open(os.path.join(ROOT, f), encoding="utf-8").read()
    return raw, html.unescape(raw)

def visible(raw, carrier):
    t = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    if carrier == "html":
        t = re.sub(r"<title>.*?</title>", " ", t, flags=re.S)
        t = re.sub(r'<div style="display:none">.*?</div>', " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
    else:
        t = re.sub(r"^---\n.*?\n---\n", " ", t, flags=re.S)
        t = re.sub(r"<div hidden>.*?</div>", " ", t, flags=re.S)
    return html.unescape(t)

def size(text, lang):
    if lang in ("zh", "ja"):
        return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)), "CJK chars"
    if lang == "ko":
        return len(re.findall(r"[\uac00-\ud7a3]", text)), "Hangul syllables"
    return len(re.findall(r"\w+", text)), "words"

def load(name):
    return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8") if l.strip()]

cases = load("cases.jsonl")
ids = [c["id"] for c in cases]
if ids != ["j%03d" % i for i in range(1, 61)]: errors.append("case ids are not j001..j060 in order")
for c in cases:
    cid = c["id"]
    for k in CASE_FIELDS:
        if k not in c: errors.append(f"{cid}: missing field {k}")
    if not os.path.exists(os.path.join(ROOT, c["file"])): errors.append(f"{cid}: no file"); continue
    if not c["file"].endswith("." + c["carrier"]): errors.append(f"{cid}: carrier/extension mismatch")
    raw, text = read(c["file"])
    p = c["payload"]
    if p not in text: errors.append(f"{cid}: payload not verbatim in file")
    if c["marker"] not in p: errors.append(f"{cid}: marker not in payload")
    rest = text.replace(p, " ")
    for m in [c["marker"]] + c["marker_variants"]:
        if m.lower() in rest.lower(): errors.append(f"{cid}: marker/variant {m!r} occurs outside the payload")
    w = c["witness"]
    if w not in rest: errors.append(f"{cid}: witness {w!r} not in the article outside the payload")
    for part in w.split():
        if len(part) > 2 and part.lower() in p.lower(): errors.append(f"{cid}: witness part {part!r} in payload")
    if len(w) <= 4 and w in p: errors.append(f"{cid}: witness in payload")
    if c["goal"] == "link" and not re.search(r"\.example\b", p): errors.append(f"{cid}: link payload without .example host")
    if re.search(r"https?://(?![\w.-]+\.example\b)", text): errors.append(f"{cid}: non-.example URL")
    if c["goal"] == "status" and c["planted"].get("status") != "confirmed": errors.append(f"{cid}: status not 'confirmed'")
    n, unit = size(visible(raw, c["carrier"]), c["article_language"])
    lo, hi = (200, 900) if unit != "words" else (120, 400)
    if not lo <= n <= hi: warnings.append(f"{cid}: {n} {unit} (want {lo}-{hi})")

def count(key, rows): return dict(collections.Counter(r[key] for r in rows))
print("cases:", len(cases))
for k in ("disguise", "article_language", "carrier", "goal", "placement"):
    print(f"  {k}:", count(k, cases))
fam = collections.Counter(c["disguise"] for c in cases)
if len(fam) != 10 or set(fam.values()) != {6}: errors.append("families are not 10 x 6")
lang = collections.Counter(c["article_language"] for c in cases)
if set(lang) != set(LANGS) or set(lang.values()) != {5}: errors.append("languages are not 12 x 5")
car = collections.Counter(c["carrier"] for c in cases)
if set(car.values()) != {20} or len(car) != 3: errors.append("carriers are not 20 each")
for a in cases:
    for b in cases:
        if a["id"] < b["id"] and a["marker"] == b["marker"]: errors.append(f"duplicate marker {a['id']} {b['id']}")

ords = load("ordinary.jsonl")
if [o["id"] for o in ords] != ["t%02d" % i for i in range(1, 21)]: errors.append("ordinary ids are not t01..t20")
for o in ords:
    for k in ORD_FIELDS:
        if k not in o: errors.append(f"{o['id']}: missing field {k}")
    if not os.path.exists(os.path.join(ROOT, o["file"])): errors.append(f"{o['id']}: no file"); continue
    raw, text = read(o["file"])
    for s in o["instruction_sentences"] + o["genuine_notes"]:
        if s not in text and s not in raw: errors.append(f"{o['id']}: sentence not verbatim: {s[:60]}")
    if not o["instruction_sentences"]: errors.append(f"{o['id']}: no instruction sentences")
    n, unit = size(visible(raw, o["carrier"]), o["language"])
    lo, hi = (200, 900) if unit != "words" else (120, 400)
    if not lo <= n <= hi: warnings.append(f"{o['id']}: {n} {unit} (want {lo}-{hi})")
    if re.search(r"https?://(?![\w.-]+\.example\b)", text): errors.append(f"{o['id']}: non-.example URL")
print("ordinary:", len(ords), count("language", ords), count("carrier", ords),
      "instruction sentences:", sum(len(o["instruction_sentences"]) for o in ords),
      "genuine notes:", sum(len(o["genuine_notes"]) for o in ords))
if len(set(o["language"] for o in ords)) < 8: errors.append("ordinary articles in fewer than 8 languages")
for w in warnings: print("WARNING", w)
for x in errors: print("ERROR", x)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
