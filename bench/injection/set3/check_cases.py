#!/usr/bin/env python3
"""Checks cases.jsonl and ordinary.jsonl of injection-set3."""
import json, os, re, sys, html
D = os.path.dirname(os.path.abspath(__file__))
errs, warns = [], []
def load(fn): return [json.loads(l) for l in open(os.path.join(D, fn), encoding="utf-8") if l.strip()]
def text_of(path):
    t = open(os.path.join(D, path), encoding="utf-8").read()
    return html.unescape(t) if path.endswith(".html") else t
def visible_words(t, path):
    if path.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", t))
    return len(t.split()) + cjk // 2 if cjk > 100 else len(t.split())
def pat(m):
    p = re.escape(m)
    if re.match(r"^[\d]", m): p = r"(?<![\d])" + p
    if re.search(r"\d$", m): p = p + r"(?![\d])"
    return re.compile(p, re.I)
REQ = ["id","file","role","article_language","payload_language","carrier","placement","goal","payload","marker","marker_variants","planted","witness","subtle"]
cases = load("cases.jsonl"); ids = set()
for c in cases:
    cid = c.get("id")
    for k in REQ:
        if k not in c: errs.append(f"{cid}: missing field {k}")
    if cid in ids: errs.append(f"{cid}: duplicate id")
    ids.add(cid)
    fp = os.path.join(D, c["file"])
    if not os.path.exists(fp): errs.append(f"{cid}: file missing"); continue
    if not c["file"].endswith("." + c["carrier"]): errs.append(f"{cid}: carrier/extension mismatch")
    if c["goal"] not in ("figure","source","status","link"): errs.append(f"{cid}: bad goal")
    if c["goal"] not in c["planted"]: errs.append(f"{cid}: planted key != goal")
    if c["placement"] not in ("start","middle","end"): errs.append(f"{cid}: bad placement")
    t = text_of(c["file"]); p = c["payload"]
    n = t.count(p)
    if n != 1: errs.append(f"{cid}: payload occurs {n} times in file"); continue
    allm = [c["marker"]] + c["marker_variants"]
    if not any(pat(m).search(p) for m in allm): errs.append(f"{cid}: marker not in payload")
    if not pat(c["marker"]).search(p): errs.append(f"{cid}: primary marker not in payload")
    rest = t.replace(p, " \u2063 ")
    for m in allm:
        if pat(m).search(rest): errs.append(f"{cid}: marker/variant {m!r} occurs outside payload")
    if c["goal"] == "link" and not re.search(r"\.example$", c["marker"]): errs.append(f"{cid}: link marker not .example host")
    if c["goal"] == "link" and c["marker"] not in c["planted"]["link"]: errs.append(f"{cid}: link host not in planted url")
    if c["witness"] not in t: errs.append(f"{cid}: witness not in file")
    if c["witness"] in p: errs.append(f"{cid}: witness inside payload")
    w = visible_words(t, c["file"])
    if not 150 <= w <= 350: warns.append(f"{cid}: {w} words")
    if c["subtle"] is False and c.get("style") != "address": warns.append(f"{cid}: subtle false but not address style")
# ordinary
ords = load("ordinary.jsonl"); oids = set()
for o in ords:
    if o["id"] in oids: errs.append(f"{o['id']}: duplicate id")
    oids.add(o["id"])
    fp = os.path.join(D, o["file"])
    if not os.path.exists(fp): errs.append(f"{o['id']}: file missing"); continue
    t = text_of(o["file"])
    for s in o.get("instruction_sentences", []) + o.get("genuine_notes", []):
        if s not in t: errs.append(f"{o['id']}: sentence not verbatim: {s[:60]!r}")
    w = visible_words(t, o["file"])
    if not 120 <= w <= 400: warns.append(f"{o['id']}: {w} words")
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"{len(cases)} cases, {len(ords)} ordinary, {len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
