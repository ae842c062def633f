#!/usr/bin/env python3
"""Validate kept6 cases (stdlib only). Prints OK or the problems."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
KEYS = {"language", "where", "where_core", "when", "when_core", "half", "traps", "notes"}


def main():
    probs = []
    files = set(os.listdir(CASES)) if os.path.isdir(CASES) else set()
    expected = set()
    for lang in LANGS:
        null_place, null_time = [], []
        for n in range(1, 9):
            cid = "%s_%02d" % (lang, n)
            expected.update({cid + ".txt", cid + ".json"})
            tp, jp = os.path.join(CASES, cid + ".txt"), os.path.join(CASES, cid + ".json")
            if not (os.path.isfile(tp) and os.path.isfile(jp)):
                probs.append("%s: missing txt or json" % cid)
                continue
            text = open(tp, encoding="utf-8").read()
            try:
                d = json.load(open(jp, encoding="utf-8"))
            except Exception as e:
                probs.append("%s: bad json (%s)" % (cid, e))
                continue
            if set(d) != KEYS:
                probs.append("%s: keys %s" % (cid, sorted(d)))
                continue
            if d["language"] != lang:
                probs.append("%s: language %r" % (cid, d["language"]))
            if d["half"] != "H":
                probs.append("%s: half %r" % (cid, d["half"]))
            if not isinstance(d["traps"], list) or not d["traps"] or not all(isinstance(t, str) and t for t in d["traps"]):
                probs.append("%s: traps must be a non-empty list of strings" % cid)
            if not isinstance(d["notes"], str) or not d["notes"].strip():
                probs.append("%s: notes empty" % cid)
            lines = text.rstrip("\n").split("\n")
            if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not all(l.strip() for l in lines[2:]):
                probs.append("%s: not headline/blank/body shape" % cid)
            for a, b in (("where", "where_core"), ("when", "when_core")):
                ph, core = d[a], d[b]
                if (ph is None) != (core is None):
                    probs.append("%s: %s/%s not paired null" % (cid, a, b))
                    continue
                if ph is None:
                    continue
                if not isinstance(ph, str) or not isinstance(core, str) or not ph or not core:
                    probs.append("%s: %s/%s must be non-empty strings" % (cid, a, b))
                    continue
                if ph != ph.strip() or core != core.strip():
                    probs.append("%s: %s/%s has surrounding whitespace" % (cid, a, b))
                if ph not in text:
                    probs.append("%s: %s %r not verbatim in text" % (cid, a, ph))
                if core not in ph:
                    probs.append("%s: %s %r not inside %s" % (cid, b, core, a))
            if d["where"] is None:
                null_place.append(cid)
            if d["when"] is None:
                null_time.append(cid)
            if d["where"] is None and d["when"] is None:
                probs.append("%s: both place and time null" % cid)
        if len(null_place) != 1:
            probs.append("%s: %d null-place cases %s (need 1)" % (lang, len(null_place), null_place))
        if len(null_time) != 1:
            probs.append("%s: %d null-time cases %s (need 1)" % (lang, len(null_time), null_time))
        if null_place and null_time and set(null_place) & set(null_time):
            probs.append("%s: null place and null time in the same case" % lang)
    extra = sorted(f for f in files if f not in expected)
    if extra:
        probs.append("unexpected files in cases/: %s" % extra)
    if probs:
        print("\n".join(probs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
