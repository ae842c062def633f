#!/usr/bin/env python3
"""Checks the event place/time test set in cases/ (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
KEYS = ["language", "where", "where_core", "when", "when_core", "half", "traps", "notes"]
problems = []
names = sorted(os.listdir(CASES))
txts = {n[:-4] for n in names if n.endswith(".txt")}
jsons = {n[:-5] for n in names if n.endswith(".json")}
for s in sorted(txts - jsons): problems.append(f"{s}: .txt without .json")
for s in sorted(jsons - txts): problems.append(f"{s}: .json without .txt")
for n in names:
    if not (n.endswith(".txt") or n.endswith(".json")): problems.append(f"stray file {n}")

per_lang, per_half, per_lang_half, nulls, traps = Counter(), Counter(), Counter(), Counter(), Counter()
for cid in sorted(txts & jsons):
    m = re.fullmatch(r"([a-z]{2})_(\d\d)", cid)
    if not m: problems.append(f"{cid}: bad name"); continue
    lang, nn = m.group(1), int(m.group(2))
    if lang not in LANGS: problems.append(f"{cid}: unknown language")
    if not 1 <= nn <= 8: problems.append(f"{cid}: number out of range")
    text = open(os.path.join(CASES, cid + ".txt"), encoding="utf-8").read()
    try:
        meta = json.load(open(os.path.join(CASES, cid + ".json"), encoding="utf-8"))
    except Exception as e:
        problems.append(f"{cid}: bad JSON ({e})"); continue
    missing = [k for k in KEYS if k not in meta]
    if missing: problems.append(f"{cid}: missing keys {missing}"); continue
    if meta["language"] != lang: problems.append(f"{cid}: language {meta['language']!r} != {lang!r}")
    want_half = "A" if nn <= 4 else "B"
    if meta["half"] != want_half: problems.append(f"{cid}: half {meta['half']!r}, expected {want_half!r}")
    # article shape: headline, blank line, body
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
        problems.append(f"{cid}: article must be headline, blank line, body")
    for phrase, core in (("where", "where_core"), ("when", "when_core")):
        p, c = meta[phrase], meta[core]
        if (p is None) != (c is None):
            problems.append(f"{cid}: {phrase} and {core} must both be null or both set")
            continue
        if p is None:
            nulls[phrase] += 1; continue
        for k, v in ((phrase, p), (core, c)):
            if not isinstance(v, str) or not v.strip() or v != v.strip():
                problems.append(f"{cid}: {k} empty or has outer spaces: {v!r}")
            elif v not in text:
                problems.append(f"{cid}: {k} {v!r} not found verbatim in article")
        if isinstance(p, str) and isinstance(c, str) and c not in p:
            problems.append(f"{cid}: {core} {c!r} is not a substring of {phrase} {p!r}")
    if not isinstance(meta["traps"], list) or not meta["traps"]:
        problems.append(f"{cid}: traps must be a non-empty list")
    else:
        traps.update(meta["traps"])
    if not isinstance(meta["notes"], str) or "\n" in meta["notes"]:
        problems.append(f"{cid}: notes must be one line")
    per_lang[lang] += 1; per_half[meta["half"]] += 1; per_lang_half[(lang, meta["half"])] += 1

total = sum(per_lang.values())
if total != 80: problems.append(f"{total} cases, expected 80")
for lang in LANGS:
    if per_lang[lang] != 8: problems.append(f"{lang}: {per_lang[lang]} cases, expected 8")

print("cases:", total, "| half A:", per_half["A"], "| half B:", per_half["B"])
print("per language (A/B): " + ", ".join(f"{l} {per_lang_half[(l,'A')]}/{per_lang_half[(l,'B')]}" for l in LANGS))
print("null where:", nulls["where"], "| null when:", nulls["when"])
print("trap tags:", ", ".join(f"{k} {v}" for k, v in traps.most_common()))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems: print("  -", p)
    sys.exit(1)
print("OK")
