#!/usr/bin/env python3
"""Verify the kept5 event-annotation cases (stdlib only). Prints OK or the problems."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
N = 8
KEYS = {"language", "where", "where_core", "when", "when_core", "half", "traps", "notes"}


def main():
    problems = []
    expected = {"%s_%02d" % (l, i) for l in LANGS for i in range(1, N + 1)}
    present = set()
    for name in os.listdir(CASES):
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".json") or stem not in expected:
            problems.append("unexpected file: " + name)
        else:
            present.add(name)
    null_place = {l: [] for l in LANGS}
    null_time = {l: [] for l in LANGS}
    for stem in sorted(expected):
        lang = stem.split("_")[0]
        tp, jp = os.path.join(CASES, stem + ".txt"), os.path.join(CASES, stem + ".json")
        if not (os.path.isfile(tp) and os.path.isfile(jp)):
            problems.append("%s: missing .txt or .json" % stem)
            continue
        with open(tp, encoding="utf-8") as f:
            text = f.read()
        try:
            with open(jp, encoding="utf-8") as f:
                meta = json.load(f)
        except ValueError as e:
            problems.append("%s: bad JSON (%s)" % (stem, e))
            continue
        if set(meta) != KEYS:
            problems.append("%s: keys %s" % (stem, sorted(meta)))
            continue
        if meta["language"] != lang:
            problems.append("%s: language %r" % (stem, meta["language"]))
        if meta["half"] != "G":
            problems.append("%s: half %r" % (stem, meta["half"]))
        if not (isinstance(meta["traps"], list) and meta["traps"]
                and all(isinstance(t, str) and t for t in meta["traps"])):
            problems.append("%s: traps must be a non-empty list of strings" % stem)
        if not (isinstance(meta["notes"], str) and meta["notes"].strip()):
            problems.append("%s: notes empty" % stem)
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip() or not lines[2].strip():
            problems.append("%s: expected headline line, blank line, body" % stem)
        for full, core in (("where", "where_core"), ("when", "when_core")):
            a, b = meta[full], meta[core]
            if (a is None) != (b is None):
                problems.append("%s: %s/%s nulls not paired" % (stem, full, core))
                continue
            if a is None:
                continue
            if not (isinstance(a, str) and isinstance(b, str) and a.strip() and b.strip()):
                problems.append("%s: %s/%s must be non-empty strings or null" % (stem, full, core))
                continue
            if a != a.strip() or b != b.strip():
                problems.append("%s: %s/%s has surrounding whitespace" % (stem, full, core))
            if a not in text:
                problems.append("%s: %s %r not verbatim in text" % (stem, full, a))
            if b not in a:
                problems.append("%s: %s %r not inside %s %r" % (stem, core, b, full, a))
        if meta["where"] is None:
            null_place[lang].append(stem)
        if meta["when"] is None:
            null_time[lang].append(stem)
    for l in LANGS:
        if len(null_place[l]) != 1:
            problems.append("%s: %d null-place cases %s (need exactly 1)" % (l, len(null_place[l]), null_place[l]))
        if len(null_time[l]) != 1:
            problems.append("%s: %d null-time cases %s (need exactly 1)" % (l, len(null_time[l]), null_time[l]))
        if set(null_place[l]) & set(null_time[l]):
            problems.append("%s: null place and null time in the same case" % l)
    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
