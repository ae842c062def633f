#!/usr/bin/env python3
"""Validate kept4 cases (stdlib only). Prints OK or the list of problems."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
KEYS = {"language", "where", "where_core", "when", "when_core", "half", "traps", "notes"}
SENT_END = re.compile(r"[.!?。！？؟](?:[\"”»“」』）)]*)(?=\s|$)|[。！？]")


def check():
    probs = []
    expected = {"%s_%02d" % (l, i) for l in LANGS for i in range(1, 9)}
    present = set()
    for fn in os.listdir(CASES):
        stem, ext = os.path.splitext(fn)
        if ext not in (".txt", ".json"):
            probs.append("unexpected file %s" % fn)
            continue
        if stem not in expected:
            probs.append("unexpected case %s" % fn)
        present.add(stem)
    for name in sorted(expected):
        for ext in (".txt", ".json"):
            if not os.path.exists(os.path.join(CASES, name + ext)):
                probs.append("%s%s missing" % (name, ext))
    per_lang = {l: {"place": [], "time": []} for l in LANGS}
    for name in sorted(expected):
        tp, jp = (os.path.join(CASES, name + e) for e in (".txt", ".json"))
        if not (os.path.exists(tp) and os.path.exists(jp)):
            continue
        lang = name.split("_")[0]
        text = open(tp, encoding="utf-8").read()
        try:
            d = json.load(open(jp, encoding="utf-8"))
        except ValueError as e:
            probs.append("%s: bad json %s" % (name, e))
            continue
        if set(d) != KEYS:
            probs.append("%s: keys %s" % (name, sorted(d)))
            continue
        if d["language"] != lang:
            probs.append("%s: language %r" % (name, d["language"]))
        if d["half"] != "F":
            probs.append("%s: half %r" % (name, d["half"]))
        if not isinstance(d["traps"], list) or not d["traps"] or not all(
                isinstance(t, str) and t for t in d["traps"]):
            probs.append("%s: traps must be a non-empty list of strings" % name)
        if not isinstance(d["notes"], str) or not re.match(r"P[1-8]/T[1-8]: ", d["notes"]):
            probs.append("%s: notes must start with 'Pn/Tn: '" % name)
        # shape: headline, blank line, body
        lines = text.rstrip("\n").split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "" or not lines[2].strip():
            probs.append("%s: not headline/blank/body" % name)
        else:
            body = "\n".join(lines[2:])
            paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
            if not 1 <= len(paras) <= 4:
                probs.append("%s: %d paragraphs" % (name, len(paras)))
            if "\n\n\n" in body or any(l != l.rstrip() for l in lines):
                probs.append("%s: stray whitespace" % name)
            n = len(SENT_END.findall(body))
            if not 2 <= n <= 9:  # 2-7 sentences, plus slack for label/caption lines
                probs.append("%s: about %d sentences" % (name, n))
        if not text.endswith("\n") or text.endswith("\n\n"):
            probs.append("%s: file must end with exactly one newline" % name)
        for a, b in (("where", "where_core"), ("when", "when_core")):
            x, y = d[a], d[b]
            if (x is None) != (y is None):
                probs.append("%s: %s/%s nulls not paired" % (name, a, b))
                continue
            if x is None:
                per_lang[lang]["place" if a == "where" else "time"].append(name)
                continue
            if not (isinstance(x, str) and isinstance(y, str) and x and y):
                probs.append("%s: %s must be non-empty strings" % (name, a))
                continue
            if x != x.strip() or y != y.strip():
                probs.append("%s: %s has outer whitespace" % (name, a))
            if x not in text:
                probs.append("%s: %s %r not in text" % (name, a, x))
            if y not in x:
                probs.append("%s: %s %r not inside %s %r" % (name, b, y, a, x))
    for l in LANGS:
        pl, tl = per_lang[l]["place"], per_lang[l]["time"]
        if len(pl) != 1:
            probs.append("%s: %d null places %s" % (l, len(pl), pl))
        if len(tl) != 1:
            probs.append("%s: %d null times %s" % (l, len(tl), tl))
        if pl and tl and set(pl) & set(tl):
            probs.append("%s: null place and time in the same case %s" % (l, pl))
    return probs


if __name__ == "__main__":
    p = check()
    if p:
        print("\n".join(p))
        sys.exit(1)
    print("OK")
