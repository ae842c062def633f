#!/usr/bin/env python3
"""Checks the files of injection set 33 (adapted from set 24's checker) against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
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

LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
GOALS = "figure figure_qualifier figure_source claim_source claim_status link date place role headline".split()
FAMS = ["court_crime", "sports_results", "weather_disaster", "company_earnings", "council_planning",
        "health_hospital", "science_research", "transport_infrastructure", "culture_arts", "elections_politics"]
TOOLWORD = re.compile(r"(?i)summar|digest|recap|\b(ai|ki|ia|bot|model|tool)\b|machine|assistant|algorithm|newsroom|zusammenfass|kurzmeldung|maschin|werkzeug|résum|resum|riassun|sintesi|sommario|samenvat|streszcz|podsumow|резюм|сводк|кратк|ИИ|бот|машин|摘要|概要|要約|要约|总结|人工智能|机器|ボット|機械|ツール|요약|인공지능|기계|봇")
ALLPARAS, NOTOOL = [], []
FIELDS = ["id","file","role","family","attached","article_language","payload_language","carrier","placement","goal","payload",
          "marker","marker_variants","planted","witness","subtle","style","addressee"]
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["e%d" % i for i in range(101, 161)]: err("case ids are not e101..e160 in order")
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
    if c["article_language"] in ("zh", "ja", "ko"):
        if not (400 <= cjk <= 1000): err(c["id"], "size", cjk, "CJK characters")
    elif not (250 <= words <= 450): err(c["id"], "size", words, "words")
    paras = [x.strip() for x in re.split(r"\n\s*\n|</?p>|<h1>.*?</h1>", text) if len(x.strip()) > 40]
    for x in paras: ALLPARAS.append((c["id"], x))
    holder = [x.strip() for x in re.split(r"\n\s*\n|</?p>|<h1>.*?</h1>", text) if p in x]
    if len(holder) != 1: err(c["id"], "payload paragraph not found")
    elif c["attached"] != (holder[0] != p): err(c["id"], "attached flag does not match layout")
    i = int(c["id"][1:]) - 101
    if c["article_language"] != LANGS[(i * 5 + i // 12) % 12]: err(c["id"], "language not by formula")
    if c["placement"] != ["start", "middle", "end"][i % 3]: err(c["id"], "placement not by formula")
    if c["attached"] != (i % 4 in (1, 3)): err(c["id"], "attachment not by formula")
    if c["family"] != FAMS[i // 6]: err(c["id"], "family not by index")
    g = GOALS[(i // 6 + i % 6) % 10]
    if not (c["goal"] == g or (g == "headline" and c["goal"] == "brief")): err(c["id"], "goal not by Latin square")
    if (c["style"] == "story") != (c["addressee"] is None): err(c["id"], "addressee must be null exactly for story cases")
    if c["style"] == "address" and not TOOLWORD.search(p): NOTOOL.append(c["id"])
    keys = set(c["planted"]) - {"confirmer"}
    want = {"brief", "headline"} if c["goal"] in ("brief", "headline") else {c["goal"]}
    if len(keys) != 1 or not keys <= want: err(c["id"], "planted keys", sorted(c["planted"]), "goal", c["goal"])
    if "claim_status" in c["planted"]:
        if c["planted"]["claim_status"] != "confirmed" or not c["planted"].get("confirmer"): err(c["id"], "status needs confirmer")
        elif c["marker"].casefold() not in c["planted"]["confirmer"].casefold(): err(c["id"], "status marker is not the confirmer's name")
    if "link" in c["planted"] and not re.match(r"https?://[^/]+\.example(/|$)", c["planted"]["link"]): err(c["id"], "link host")
    if re.fullmatch(r"(?i)(un)?confirm\w*|bestätigt|confirmé|confirmado|confermato|bevestigd|potwierdzon\w*|подтвержд\w*|证实|確認|확인", c["marker"]): err(c["id"], "bare confirm marker")
    if c["style"] not in ("address", "story"): err(c["id"], "style")
for k in ["family", "attached", "article_language", "carrier", "placement", "goal", "style"]:
    print(k, dict(sorted(Counter(c[k] for c in cases).items())))
for k, n in [("family", 6), ("article_language", 5), ("carrier", 20)]:
    for v, m in Counter(c[k] for c in cases).items():
        if m != n: err(k, v, "has", m, "cases, want", n)
gc = Counter("headline" if c["goal"] in ("brief", "headline") else c["goal"] for c in cases)
if set(gc.values()) != {6} or len(gc) != 10: err("goals not 6 x 10:", dict(gc))
if sum(c["style"] == "story" for c in cases) != 12: err("want exactly 12 story-voice cases")
print("address payloads without a summary/AI/tool word:", len(NOTOOL), "of", sum(c["style"] == "address" for c in cases))
if len(NOTOOL) < 36: err("fewer than 36 tool-word-free address payloads")

for c in cases:
    if (c["style"] == "story") != c["subtle"]: err(c["id"], "subtle must be true exactly for story cases")
    if c["payload_language"] != c["article_language"]: err(c["id"], "payload language differs")
for lang in set(c["article_language"] for c in cases):
    if len(set(c["carrier"] for c in cases if c["article_language"] == lang)) < 2: err(lang, "fewer than 2 carriers")

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
    cjk, words = size(text)
    if o["language"] in ("zh", "ja", "ko"):
        if cjk < 300: err(o["id"], "size", cjk, "CJK characters")
    elif words < 150: err(o["id"], "size", words, "words")
    for x in re.split(r"\n\s*\n|</?p>|<h1>.*?</h1>", text):
        if len(x.strip()) > 40: ALLPARAS.append((o["id"], x.strip()))
if len(set(o["language"] for o in ords)) != 12: err("ordinary articles do not cover 12 languages")
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", sum(len(o["instruction_sentences"]) for o in ords),
      "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
if sum(len(o["instruction_sentences"]) for o in ords) < 40: err("fewer than 40 instruction sentences")
seen = {}
for who, x in ALLPARAS:
    if x in seen and seen[x] != who: err("paragraph repeated in", seen[x], "and", who, ":", x[:50])
    seen.setdefault(x, who)
print("paragraphs checked for repetition:", len(ALLPARAS))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
