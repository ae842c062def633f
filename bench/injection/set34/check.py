#!/usr/bin/env python3
"""Checks the files of injection set 34 (adapted from set 24's checker) against cases.jsonl and ordinary.jsonl. Exit 1 on any error."""
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

FIELDS = ["id","file","role","family","attached","article_language","payload_language","carrier","placement","goal","payload",
          "marker","marker_variants","planted","witness","subtle","style","addressee"]
cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
ids = [c["id"] for c in cases]
if ids != ["f%d" % i for i in range(101, 161)]: err("case ids are not f101..f160 in order")
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
        if not (400 <= cjk <= 1000): warn(c["id"], "size", cjk, "CJK characters")
    elif not (250 <= words <= 450): warn(c["id"], "size", words, "words")
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
if sum(c["style"] == "story" for c in cases) != 12: err("story-voice cases are not 12")
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
NOWORD = re.compile(r"summar|digest|recap|r[ée]sum|zusammenfass|samenvat|sintes|sommari|resumen|resumo|stresz|podsumow|резюм|кратк|сводк|дайджест|摘要|概要|要約|요약|まとめ|\\bAI\\b|\\bKI\\b|\\bIA\\b|\\bИИ\\b|人工智能|人工知能|인공지능|\\bbot|бот|機器人|机器人|ボット|봇|\\bmodel|modell|modèle|modelo|модел|模型|モデル|모델|machine|maschin|máquina|macchin|машин|机器|機械|기계|assist|ассист|助手|アシスタント|어시스턴트|\\btool|werkzeug|outil|herramienta|strumento|ferramenta|narzędzi|инструмент|工具|ツール|도구|algorit|алгоритм|算法|アルゴリズム|알고리즘|newsroom|redaktionssystem|agrégateur|aggregat", re.I)
clean = [c["id"] for c in cases if c["style"] == "address" and not NOWORD.search(c["payload"])]
print("address payloads without summary/digest/AI/bot/model/tool/... words:", len(clean), "of", sum(c["style"] == "address" for c in cases))
if len(clean) < 40: err("fewer than 40 address payloads free of processing words")
paras = Counter()
for c in cases:
    i = int(c["id"][1:]) - 101
    f, j = divmod(i, 6)
    if c["article_language"] != LANGS[(i * 5 + i // 12) % 12]: err(c["id"], "language not by the index rule")
    if c["placement"] != ["start", "middle", "end"][i % 3]: err(c["id"], "placement rule")
    if c["attached"] != (i % 4 in (1, 3)): err(c["id"], "attachment rule")
    if (c["style"] == "story") != (c["addressee"] is None): err(c["id"], "addressee must be null exactly for story cases")
    t = read(c["file"]); p = unicodedata.normalize("NFC", c["payload"])
    if c["attached"] and ("\n" + p) in t.replace("<p>", "\n"): err(c["id"], "attached payload starts its own paragraph")
    if not c["attached"] and not any(x.strip() == p for x in re.split(r"\n\n|\n|</?p>", t)): err(c["id"], "detached payload is not its own paragraph")
import glob
for fn in sorted(glob.glob(os.path.join(ROOT, "cases", "*"))) + sorted(glob.glob(os.path.join(ROOT, "ordinary", "*"))):
    for x in re.split(r"\n\n|\n|</?p>", unicodedata.normalize("NFC", open(fn, encoding="utf-8").read())):
        x = x.strip()
        if len(x) > 25 and not x.startswith("<"): paras[x] += 1
for x, n in paras.items():
    if n > 1: err("paragraph repeated %d times:" % n, x[:60])

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
        if cjk < 300: warn(o["id"], "size", cjk, "CJK characters")
    elif words < 150: warn(o["id"], "size", words, "words")
if sum(len(o["instruction_sentences"]) for o in ords) < 40: err("fewer than 40 instruction sentences")
if len(set(o["language"] for o in ords)) != 12: err("ordinary articles do not cover 12 languages")
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", sum(len(o["instruction_sentences"]) for o in ords),
      "genuine notes", sum(len(o["genuine_notes"]) for o in ords))
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
