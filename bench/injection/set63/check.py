#!/usr/bin/env python3
"""Checks injection set 63 (nested documents) against cases.jsonl and ordinary.jsonl. Prints OK when there are
no errors and no warnings; exits 1 on any error. Adapted in style from set 60's checker."""
import html, json, os, re, sys, unicodedata
sys.dont_write_bytecode = True
from collections import Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
from gen import render_doc, set_off_for, QUOTES  # the one shared rendering rule
errors, warnings = [], []
def err(*a): errors.append(" ".join(map(str, a)))
def warn(*a): warnings.append(" ".join(map(str, a)))
def N(s): return unicodedata.normalize("NFC", s)
def read(p): return N(open(os.path.join(ROOT, p), encoding="utf-8").read())
HOST = re.compile(r"(?:https?://|www\.|@)([^\s/\"'<>)\]»”」，。、]+)|\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|info|de|fr|es|it|pt|nl|pl|ru|cn|jp|kr|co|uk|eu|news|example))\b", re.I)
def hosts_ok(text, where):
    n = 0
    for m in HOST.finditer(text):
        h = (m.group(1) or m.group(2)).rstrip(".,;:!?").lower(); n += 1
        if not h.endswith(".example"): err(where, "host or e-mail domain not ending in .example:", h)
    return n
def plain(text):
    t = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))
def size(text):
    t = plain(text)
    return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", t)), len(re.findall(r"[^\W\d_][\w'’-]*", t))
ALLOWED_TAGS = {"html", "head", "title", "body", "h1", "p", "blockquote"}
def html_ok(raw, where):
    if "<!--" in raw: err(where, "HTML comment present")
    if re.search(r"<[a-zA-Z][a-zA-Z0-9]*\s+[^>]*=", raw): err(where, "HTML attribute present")
    bad = set(t.lower() for t in re.findall(r"</?([a-zA-Z][\w-]*)", raw.split("<!DOCTYPE html>", 1)[-1])) - ALLOWED_TAGS
    if bad: err(where, "tags other than the page skeleton and blockquote:", bad)
def genuine_blocks(raw, car, doc_rendered):
    """Genuine paragraphs (title excluded, document removed)."""
    body = raw.replace(doc_rendered, "\u0000")
    if car == "html":
        body = body.split("</h1>", 1)[1]
        return [html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", body, flags=re.S)]
    return [b for b in re.split(r"\n[ \t]*\n", body.rstrip("\n"))[1:] if b.strip() != "\u0000"]

FAMILIES = ["press_release", "reader_letter", "email", "chat_group", "social_post", "filing_excerpt",
            "notice_poster", "transcript", "label_menu", "memo"]
KINDS = {"press_release": {"press release"}, "reader_letter": {"reader's letter"}, "email": {"e-mail"},
         "chat_group": {"chat group excerpt"}, "social_post": {"social-media post"},
         "filing_excerpt": {"court filing excerpt", "council filing excerpt"}, "notice_poster": {"notice", "poster"},
         "transcript": {"meeting transcript", "hearing transcript", "radio transcript"},
         "label_menu": {"product label", "menu"}, "memo": {"memo"}}
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place", "role", "headline"]
LANGS = "en de fr es it pt nl pl ru zh ja ko".split()
CJKL = ("zh", "ja", "ko")
STYLES = {"address_machine", "implicit", "quoting_instruction"}
FIELDS = ["id", "file", "role", "family", "english_format", "attached", "article_language", "payload_language", "carrier",
          "placement", "goal", "payload", "marker", "marker_variants", "planted", "witness", "subtle", "style", "addressee",
          "document"]
DOCF = ["kind", "issuer", "language", "set_off", "intro", "after_paragraph", "payload_paragraph", "paragraphs"]

cases = [json.loads(l) for l in open(os.path.join(ROOT, "cases.jsonl"), encoding="utf-8") if l.strip()]
if [c["id"] for c in cases] != ["i%d" % i for i in range(901, 961)]: err("case ids are not i901..i960 in order")
seen_paras = {}
for c in cases:
    i = int(c["id"][1:]) - 901
    if list(c) != FIELDS: err(c["id"], "fields differ:", list(c))
    d = c["document"]
    if list(d) != DOCF: err(c["id"], "document fields differ:", list(d))
    raw = read(c["file"]); p = N(c["payload"]); car = c["carrier"]; lang = c["article_language"]
    if not c["file"].endswith("." + car): err(c["id"], "carrier/extension mismatch")
    f, j = i // 6, i % 6
    # --- rotation ---
    if c["family"] != FAMILIES[f]: err(c["id"], "family not by i//6")
    if c["goal"] != GOALS[(f + j) % 10]: err(c["id"], "goal not GOALS[(f+j) mod 10]:", c["goal"])
    if lang != LANGS[(i * 7 + i // 12 + 5) % 12]: err(c["id"], "language not by (i*7 + i//12 + 5) mod 12")
    if car != ["txt", "md", "html"][i % 3]: err(c["id"], "carrier not by i mod 3")
    if c["placement"] != ["start", "middle", "end"][(i + i // 3) % 3]: err(c["id"], "placement not by (i + i//3) mod 3")
    if d["after_paragraph"] != {"start": 1, "middle": 3, "end": 6}[c["placement"]]: err(c["id"], "after_paragraph")
    if d["kind"] not in KINDS[c["family"]]: err(c["id"], "document kind", d["kind"], "does not fit family", c["family"])
    if d["set_off"] != set_off_for(i, car): err(c["id"], "set_off not by rule")
    if car == "html": html_ok(raw, c["id"])
    elif re.search(r"</?[a-zA-Z][\w-]*>", raw): err(c["id"], "tag in a non-html file")
    # --- the document span and the payload inside it ---
    rendered = N(render_doc(d["paragraphs"], d["set_off"], d["language"]))
    if raw.count(rendered) != 1: err(c["id"], "embedded document not found exactly once as rendered"); continue
    dstart = raw.index(rendered); dend = dstart + len(rendered)
    intro = html.escape(d["intro"], quote=False) if car == "html" else d["intro"]
    before = raw[:dstart].rstrip()
    if not before.endswith(intro + ("</p>" if car == "html" else "")): err(c["id"], "introducing sentence does not directly precede the document")
    if not re.search(r"[:：]$" if lang not in ("ja", "ko") else r"[:：。.]$", d["intro"].strip()):
        err(c["id"], "introducing sentence should end with a colon (ja/ko: a full stop, as their papers do)")
    if len(d["paragraphs"]) < 2: err(c["id"], "document too short")
    stored = html.escape(p, quote=False) if car == "html" else p
    if raw.count(stored) != 1: err(c["id"], "payload occurs %d times" % raw.count(stored)); continue
    ps = raw.index(stored); pe = ps + len(stored)
    if not (dstart <= ps and pe <= dend): err(c["id"], "payload is not inside the embedded document")
    pp = d["paragraphs"][d["payload_paragraph"] - 1]
    if p not in pp: err(c["id"], "payload not in the named document paragraph")
    if c["attached"] != ("document_paragraph" if pp == p else "document_sentence"): err(c["id"], "attached not by rule")
    # --- markers, witness: positions in the decoded text ---
    text = html.unescape(raw) if car == "html" else raw
    ts = text.index(p); te = ts + len(p)
    low = text.casefold()
    if c["marker"].casefold() not in p.casefold(): err(c["id"], "marker not in payload")
    for m in [c["marker"]] + c["marker_variants"]:
        mm = m.casefold(); k = low.find(mm)
        while k >= 0:
            if not (ts <= k and k + len(mm) <= te): err(c["id"], "marker/variant occurs outside the payload:", m)
            k = low.find(mm, k + 1)
    outside = text[:ts] + "\u0000" + text[te:]
    w = c["witness"]
    if w.casefold() in p.casefold(): err(c["id"], "witness in payload")
    if w.casefold() not in outside.casefold(): err(c["id"], "witness not in the genuine text:", w)
    # --- genuine paragraphs ---
    genuine = genuine_blocks(raw, car, rendered)
    if len(genuine) != 7: err(c["id"], "want 6 genuine paragraphs plus the introducing sentence, got", len(genuine))
    for para in genuine:
        para = para.strip()
        if len(para) <= 10: continue
        if para in seen_paras and seen_paras[para] != c["id"]: err(c["id"], "paragraph repeated from", seen_paras[para])
        seen_paras.setdefault(para, c["id"])
    if hosts_ok(text, c["id"]) == 0: err(c["id"], "no official page URL found")
    cjk, words = size(raw)
    if lang in CJKL:
        if cjk < 350: err(c["id"], "too short:", cjk, "CJK characters (want >= 350)")
    elif words < 180: err(c["id"], "too short:", words, "words (want >= 180)")
    # --- planted values ---
    keys = set(c["planted"]) - {"confirmer"}
    if keys != {c["goal"]}: err(c["id"], "planted keys", sorted(c["planted"]), "goal", c["goal"])
    if "claim_status" in c["planted"]:
        if c["planted"]["claim_status"] != "confirmed" or not c["planted"].get("confirmer"): err(c["id"], "status needs confirmer")
        elif c["marker"].casefold() not in c["planted"]["confirmer"].casefold(): err(c["id"], "status marker is not the confirmer's name")
    if "role" in c["planted"]:
        r = c["planted"]["role"]
        if not isinstance(r, str) or ":" not in r: err(c["id"], "role plant must be 'actor: role'")
        elif r.split(":")[0].strip().casefold() not in outside.casefold(): err(c["id"], "role actor not named in the genuine text")
    if "link" in c["planted"] and not re.match(r"https://[^/]+\.example(/|$)", c["planted"]["link"]): err(c["id"], "link host")
    if "headline" in c["planted"] and c["planted"]["headline"] == html.unescape(re.split(r"\n", plain(raw).strip())[0]): err(c["id"], "headline equals title")
    for v in c["planted"].values():
        if not isinstance(v, str): err(c["id"], "planted values must be strings")
    # --- style, language ---
    if c["style"] not in STYLES: err(c["id"], "style", c["style"])
    if c["subtle"] != (c["style"] == "implicit"): err(c["id"], "subtle must be true exactly for implicit payloads")
    if c["payload_language"] != d["language"]: err(c["id"], "payload language differs from the document's language")
    if c["english_format"] != (c["payload_language"] == "en" and lang != "en"): err(c["id"], "english_format must mean an English document on a non-English article")
    if ":" not in c["addressee"]: err(c["id"], "addressee must be 'noun: description'")

def dist(k): return dict(sorted(Counter(str(c[k]) for c in cases).items()))
for k in ["family", "article_language", "payload_language", "carrier", "placement", "attached", "goal", "style", "english_format"]:
    print(k, dist(k))
print("set_off", dict(Counter(c["document"]["set_off"] for c in cases)))
for k, n in [("family", 6), ("article_language", 5), ("carrier", 20), ("goal", 6), ("placement", 20)]:
    for v, m in Counter(c[k] for c in cases).items():
        if m != n: err(k, v, "has", m, "cases, want", n)
fg = {}
for c in cases: fg.setdefault(c["family"], set()).add(c["goal"])
for k, v in fg.items():
    if len(v) != 6: err(k, "does not use 6 distinct goals")
for s in STYLES:
    if sum(c["style"] == s for c in cases) < 10: err("style", s, "used fewer than 10 times")
other = [c for c in cases if c["payload_language"] != c["article_language"]]
print("document in another language:", [(c["id"], c["article_language"], c["payload_language"]) for c in other])
if not 6 <= len(other) <= 10: err("want about 8 cases whose document is in another language, got", len(other))
nouns = [c["addressee"].split(":")[0].strip().casefold() for c in cases]
for nn, m in Counter(nouns).items():
    if m > 1: err("addressee noun used", m, "times:", nn)
if len(set(c["addressee"] for c in cases)) != len(cases): err("addressees repeat")
if len(set(N(c["payload"]) for c in cases)) != len(cases): err("payloads repeat")
try:
    import importlib
    FR = {}
    for m in ["data_en_de", "data_fr_es", "data_it_pt", "data_nl_pl", "data_ru_zh", "data_ja_ko"]: FR.update(importlib.import_module(m).FRAMES)
    if sorted(FR) != sorted(LANGS) or any(len(v) != 3 for v in FR.values()): err("want 3 frames for each of 12 languages")
    topics = [fr["topic"] for v in FR.values() for fr in v]
    if len(set(topics)) != 36: err("frame topics repeat or are missing")
    if any(len(fr["paras"]) != 6 for v in FR.values() for fr in v): err("every frame needs six paragraphs")
except Exception as e:
    err("cannot import src data:", e)

# ---- ordinary articles ----
OF = ["id", "file", "language", "carrier", "channels", "shapes", "instruction_sentences", "genuine_notes", "genuine_confirmations", "document"]
SHAPES = {"police_appeal", "court_order", "recipe_card", "recall_notice", "school_letter", "evacuation_notice", "council_memo",
          "airline_email", "visitor_rules", "press_release_editors_note"}
ords = [json.loads(l) for l in open(os.path.join(ROOT, "ordinary.jsonl"), encoding="utf-8") if l.strip()]
if [o["id"] for o in ords] != ["i%02d" % i for i in range(1, 21)]: err("ordinary ids are not i01..i20")
for n, o in enumerate(ords):
    if list(o) != OF: err(o["id"], "fields differ")
    raw = read(o["file"]); car = o["carrier"]; text = html.unescape(raw) if car == "html" else raw
    if car == "html": html_ok(raw, o["id"])
    d = o["document"]
    rendered = N(render_doc(d["paragraphs"], d["set_off"], d["language"]))
    if raw.count(rendered) != 1: err(o["id"], "embedded document not found once"); continue
    rt = html.unescape(rendered) if car == "html" else rendered
    inside = [s for s in o["instruction_sentences"] if N(s) in rt]
    for s in o["instruction_sentences"]:
        if N(s) not in text: err(o["id"], "instruction sentence not verbatim:", s[:60])
    if not inside: err(o["id"], "no instruction sentence inside the embedded document")
    want_ch = ["embedded_document"] + (["reporter_text"] if len(inside) < len(o["instruction_sentences"]) else [])
    if o["channels"] != want_ch: err(o["id"], "channels should be", want_ch)
    for s in o["genuine_notes"] + o["genuine_confirmations"]:
        if N(s) not in text: err(o["id"], "sentence not verbatim:", s[:60])
    if not o["instruction_sentences"]: err(o["id"], "no instruction sentences")
    if len(o["shapes"]) != 1 or o["shapes"][0] not in SHAPES: err(o["id"], "shapes", o["shapes"])
    if o["file"].rsplit(".", 1)[-1] != car or car != ["txt", "md", "html"][n % 3]: err(o["id"], "carrier")
    hosts_ok(text, o["id"])
    cjk, words = size(raw)
    if o["language"] in CJKL:
        if cjk < 200: err(o["id"], "ordinary too short:", cjk, "CJK characters")
    elif words < 110: err(o["id"], "ordinary too short:", words, "words")
    for para in genuine_blocks(raw, car, rendered):
        para = para.strip()
        if len(para) <= 10: continue
        if para in seen_paras: err(o["id"], "paragraph repeated from", seen_paras[para])
        seen_paras[para] = o["id"]
if len(set(o["language"] for o in ords)) < 8: err("ordinary articles cover fewer than 8 languages")
if set(o["carrier"] for o in ords) != {"txt", "md", "html"}: err("ordinary articles do not use all three carriers")
if set(s for o in ords for s in o["shapes"]) != SHAPES: err("ordinary shapes missing:", SHAPES - set(s for o in ords for s in o["shapes"]))
ni = sum(len(o["instruction_sentences"]) for o in ords)
print("ordinary languages", dict(sorted(Counter(o["language"] for o in ords).items())),
      "carriers", dict(sorted(Counter(o["carrier"] for o in ords).items())),
      "instruction sentences", ni, "genuine confirmations", sum(len(o["genuine_confirmations"]) for o in ords))
if ni < 40: err("fewer than 40 instruction sentences:", ni)
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK" if not errors and not warnings else "%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
