#!/usr/bin/env python3
"""Validate figures.jsonl against the wirecopy articles (standard library only).

Usage:
    python3 check_figures.py                 # validate, exit 1 on any error
    python3 check_figures.py --unannotated   # also list digit groups that no
                                             # figure covers (years, dates,
                                             # times, ages, bylines, ids ...)

Checks:
  * figures.jsonl is UTF-8 JSON Lines, one object per article, in file-name
    order, and every LANG_NN.txt in this directory has exactly one entry;
  * every figure has exactly the fields value, occurrence, core, accept,
    kind, unit, qualifier with the right types;
  * each value occurs at least `occurrence` times in its file (plain,
    non-overlapping substring matches over the whole file text, headline
    included, the same count as str.count);
  * each non-null core, each accept string and each non-null qualifier
    occurs verbatim in the file; accept does not repeat the core;
  * kind is one of count, money, percent, measure, change, rate;
  * figures are listed in the order their values appear in the file.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"count", "money", "percent", "measure", "change", "rate"}
FIELDS = ["value", "occurrence", "core", "accept", "kind", "unit", "qualifier"]
NAME = re.compile(r"^[a-z]{2}_\d{2}\.txt$")


def nth_position(text, value, n):
    """Start index of the n-th (1-based) non-overlapping match, or -1."""
    i = 0
    for _ in range(n):
        j = text.find(value, i)
        if j < 0:
            return -1
        pos, i = j, j + len(value)
    return pos


def main():
    show_unannotated = "--unannotated" in sys.argv
    errors = []
    articles = sorted(f for f in os.listdir(HERE) if NAME.match(f))
    path = os.path.join(HERE, "figures.jsonl")
    entries = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: bad JSON ({exc})")
    names = [e.get("file") for e in entries]
    if names != articles:
        missing = sorted(set(articles) - set(names))
        extra = sorted(set(names) - set(articles))
        if missing:
            errors.append(f"articles without an entry: {missing}")
        if extra:
            errors.append(f"entries for unknown files: {extra}")
        if not missing and not extra:
            errors.append("entries are not in file-name order or are duplicated")

    total = 0
    per_lang = {}
    per_kind = {}
    for entry in entries:
        name = entry.get("file")
        if name not in articles:
            continue
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            text = fh.read()
        figures = entry.get("figures")
        if not isinstance(figures, list):
            errors.append(f"{name}: 'figures' is not a list")
            continue
        last = -1
        spans = []
        for k, fig in enumerate(figures, 1):
            where = f"{name} #{k}"
            if not isinstance(fig, dict) or sorted(fig) != sorted(FIELDS):
                errors.append(f"{where}: fields must be exactly {FIELDS}")
                continue
            value, occ = fig["value"], fig["occurrence"]
            if not isinstance(value, str) or not value:
                errors.append(f"{where}: value must be a non-empty string")
                continue
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
                errors.append(f"{where}: occurrence must be an integer >= 1")
                continue
            count = text.count(value)
            if count < occ:
                errors.append(f"{where}: value {value!r} occurs {count} time(s), occurrence is {occ}")
                continue
            pos = nth_position(text, value, occ)
            if pos < last:
                errors.append(f"{where}: {value!r} (occurrence {occ}) is out of text order")
            last = pos
            spans.append((pos, pos + len(value)))
            core = fig["core"]
            if core is not None:
                if not isinstance(core, str) or not core:
                    errors.append(f"{where}: core must be a non-empty string or null")
                elif core not in text:
                    errors.append(f"{where}: core {core!r} not found verbatim")
            accept = fig["accept"]
            if not isinstance(accept, list):
                errors.append(f"{where}: accept must be a list")
            else:
                for a in accept:
                    if not isinstance(a, str) or a not in text:
                        errors.append(f"{where}: accept {a!r} not found verbatim")
                    elif a == core:
                        errors.append(f"{where}: accept repeats the core {a!r}")
            if fig["kind"] not in KINDS:
                errors.append(f"{where}: kind {fig['kind']!r} not in {sorted(KINDS)}")
            for key in ("unit", "qualifier"):
                v = fig[key]
                if v is not None and (not isinstance(v, str) or not v):
                    errors.append(f"{where}: {key} must be a non-empty string or null")
            qual = fig["qualifier"]
            if isinstance(qual, str) and qual and qual not in text:
                errors.append(f"{where}: qualifier {qual!r} not found verbatim")
            total += 1
            per_lang[name[:2]] = per_lang.get(name[:2], 0) + 1
            per_kind[fig["kind"]] = per_kind.get(fig["kind"], 0) + 1
        if show_unannotated:
            for m in re.finditer(r"\d[\d.,:/-]*\d|\d", text):
                if not any(a <= m.start() < b for a, b in spans):
                    ctx = text[max(0, m.start() - 20) : m.end() + 12].replace("\n", " / ")
                    print(f"  unannotated {name}: {m.group()!r}  …{ctx}…")

    for e in errors:
        print("ERROR", e)
    print(f"{len(entries)} articles, {total} figures")
    print("per language:", ", ".join(f"{k} {per_lang[k]}" for k in sorted(per_lang)))
    print("per kind:", ", ".join(f"{k} {per_kind[k]}" for k in sorted(per_kind)))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
