#!/usr/bin/env python3
"""Validate tune3/cases (stdlib only). Prints OK or the problems found."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
KEYS = ["language", "where", "where_core", "when", "when_core", "half", "traps", "notes"]
NAME = re.compile(r"^([a-z]{2})_(0[1-8])\.(txt|json)$")
# rough sentence ends: Latin/Cyrillic/Arabic . ! ? ؟ followed by space/quote/end, CJK 。！？ anywhere
SENT = re.compile(r"[.!?؟](?=[\s\"'»”“)]|$)|[。！？]")
LEAD_PREP = re.compile(r"^(on|in|at|am|im|à|au|aux|en|dans|sur|в|у|во|на|في|在|于)\s", re.I)
TRAIL_PART = ("で", "に", "에서", "에")


def problems():
    out = []
    names = set(os.listdir(CASES)) if os.path.isdir(CASES) else set()
    for n in sorted(names):
        if not NAME.match(n) or NAME.match(n).group(1) not in LANGS:
            out.append("unexpected file %s" % n)
    for lang in LANGS:
        null_place, null_time = [], []
        halves = {"D": [], "E": []}
        for nn in range(1, 9):
            stem = "%s_%02d" % (lang, nn)
            if stem + ".txt" not in names or stem + ".json" not in names:
                out.append("%s: missing .txt or .json" % stem)
                continue
            with open(os.path.join(CASES, stem + ".txt"), encoding="utf-8") as f:
                text = f.read()
            try:
                with open(os.path.join(CASES, stem + ".json"), encoding="utf-8") as f:
                    rec = json.load(f)
            except ValueError as e:
                out.append("%s: bad json (%s)" % (stem, e))
                continue
            p = lambda msg: out.append("%s: %s" % (stem, msg))
            if list(rec.keys()) != KEYS:
                p("keys are %s" % list(rec.keys()))
                continue
            if rec["language"] != lang:
                p("language %r does not match file name" % rec["language"])
            half = "D" if nn <= 4 else "E"
            if rec["half"] != half:
                p("half %r, expected %r" % (rec["half"], half))
            if not isinstance(rec["traps"], list) or not rec["traps"] or not all(isinstance(t, str) and t for t in rec["traps"]):
                p("traps must be a non-empty list of strings")
            if not isinstance(rec["notes"], str) or not rec["notes"].strip():
                p("notes must be a non-empty string")
            elif len(SENT.findall(rec["notes"].strip())) > 1:
                p("notes should be one sentence")
            # shape
            lines = text.rstrip("\n").split("\n")
            if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "" or not lines[2].strip():
                p("text must be headline, blank line, body")
            else:
                body = lines[2:]
                paras = [b for b in "\n".join(body).split("\n\n") if b.strip()]
                nonempty = [b for b in body if b.strip()]
                if len(paras) > 4 and len(nonempty) > 6:
                    p("body has too many paragraphs")
                if len(nonempty) > 6:
                    p("body has %d lines (max 6)" % len(nonempty))
                ns = len(SENT.findall("\n".join(body)))
                if not 2 <= ns <= 8:
                    p("body has ~%d sentences (want 2-7)" % ns)
            # annotations
            for a, b in (("where", "where_core"), ("when", "when_core")):
                v, c = rec[a], rec[b]
                if (v is None) != (c is None):
                    p("%s/%s not null together" % (a, b))
                    continue
                if v is None:
                    continue
                if not isinstance(v, str) or not isinstance(c, str) or not v.strip() or not c.strip():
                    p("%s/%s must be non-empty strings or null" % (a, b))
                    continue
                if v != v.strip() or c != c.strip():
                    p("%s/%s has surrounding whitespace" % (a, b))
                if v not in text:
                    p("%s %r not verbatim in text" % (a, v))
                if c not in v:
                    p("%s %r not inside %s %r" % (b, c, a, v))
            w = rec["where"]
            if isinstance(w, str):
                if LEAD_PREP.match(w):
                    p("where starts with a preposition: %r" % w)
                if lang in ("ja", "ko") and w.endswith(TRAIL_PART):
                    p("where ends with a particle: %r" % w)
            if rec["where"] is None:
                null_place.append(nn)
                halves[half].append(nn)
            if rec["when"] is None:
                null_time.append(nn)
                halves[half].append(nn)
        if len(null_place) != 1:
            out.append("%s: %d cases with null place (want 1)" % (lang, len(null_place)))
        if len(null_time) != 1:
            out.append("%s: %d cases with null time (want 1)" % (lang, len(null_time)))
        if set(null_place) & set(null_time):
            out.append("%s: null place and null time in the same case" % lang)
        for h, lst in halves.items():
            if len(lst) != 1:
                out.append("%s: half %s has %d null cases (want 1)" % (lang, h, len(lst)))
    return out


if __name__ == "__main__":
    probs = problems()
    if probs:
        print("\n".join(probs))
        sys.exit(1)
    print("OK")
