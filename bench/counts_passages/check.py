#!/usr/bin/env python3
"""Validate items.jsonl of the counts_passages test set (standard library only).

Usage: python3 check.py [--unannotated]
  --unannotated  also list digit groups in the texts that no annotated value
                 covers (these should all be years, dates, road or phone
                 numbers and the like, which the rules say to skip).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "items.jsonl")

LANGS = ["en", "de", "fr", "es", "ru", "it", "pt"]
FORMS = ["plain", "of_phrase", "subject", "money_for", "earlier_noun",
         "compound", "two_figures"]
KINDS = ["count", "money", "percent", "measure", "change", "rate"]
PER_LANG = 40
ITEM_KEYS = {"id", "lang", "text", "form", "figures"}
FIG_KEYS = {"value", "core", "accept", "kind"}
FIG_OPTIONAL = {"occurrence"}


def find_nth(text, sub, n):
    """Start index of the n-th (1-based) non-overlapping occurrence, or -1."""
    start = -1
    pos = 0
    for _ in range(n):
        start = text.find(sub, pos)
        if start < 0:
            return -1
        pos = start + len(sub)
    return start


def main():
    show_unannotated = "--unannotated" in sys.argv[1:]
    errors = []
    items = []
    with open(PATH, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                items.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: bad JSON: {exc}")

    ids = Counter()
    per_lang = Counter()
    per_form = Counter()
    per_kind = Counter()
    per_lang_form = Counter()
    figs_per_lang = Counter()
    figs_per_form = Counter()
    two_sentence = Counter()
    unannotated = []

    for lineno, it in items:
        where = f"line {lineno} ({it.get('id', '?')})"
        if not isinstance(it, dict):
            errors.append(f"{where}: not an object")
            continue
        keys = set(it)
        if keys != ITEM_KEYS:
            errors.append(f"{where}: keys {sorted(keys)} != {sorted(ITEM_KEYS)}")
            continue
        iid, lang, text, form, figs = (it["id"], it["lang"], it["text"],
                                       it["form"], it["figures"])
        ids[iid] += 1
        if lang not in LANGS:
            errors.append(f"{where}: lang {lang!r} not in {LANGS}")
        if form not in FORMS:
            errors.append(f"{where}: form {form!r} not in {FORMS}")
        if not re.fullmatch(r"[a-z]{2}-\d{2}", str(iid)) or not str(iid).startswith(f"{lang}-"):
            errors.append(f"{where}: id {iid!r} does not match lang {lang!r} / pattern xx-NN")
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"{where}: text empty or with outer whitespace")
            continue
        if not isinstance(figs, list) or not 1 <= len(figs) <= 3:
            errors.append(f"{where}: figures must be a list of 1-3 entries")
            continue
        per_lang[lang] += 1
        per_form[form] += 1
        per_lang_form[(lang, form)] += 1
        figs_per_lang[lang] += len(figs)
        figs_per_form[form] += len(figs)
        if len(re.findall(r"[.!?](?=\s+\S)", text)) >= 1 and re.search(r"[.!?]\s+[A-ZÀ-ÖØ-ÞА-ЯЁ«]", text):
            two_sentence[lang] += 1

        spans = []
        for k, fig in enumerate(figs, 1):
            fw = f"{where} figure {k}"
            if not isinstance(fig, dict):
                errors.append(f"{fw}: not an object")
                continue
            fkeys = set(fig)
            if not fkeys >= FIG_KEYS or fkeys - FIG_KEYS - FIG_OPTIONAL:
                errors.append(f"{fw}: keys {sorted(fkeys)}")
                continue
            value, core, accept, kind = fig["value"], fig["core"], fig["accept"], fig["kind"]
            if kind not in KINDS:
                errors.append(f"{fw}: kind {kind!r} not in {KINDS}")
            per_kind[kind] += 1
            for name, s in [("value", value), ("core", core)]:
                if not isinstance(s, str) or not s or s != s.strip():
                    errors.append(f"{fw}: {name} {s!r} empty or padded")
                elif s not in text:
                    errors.append(f"{fw}: {name} {s!r} is not a substring of text")
            if not isinstance(accept, list) or not all(isinstance(a, str) and a for a in accept):
                errors.append(f"{fw}: accept must be a list of non-empty strings")
            else:
                for a in accept:
                    if a not in text:
                        errors.append(f"{fw}: accept {a!r} is not a substring of text")
                    if a == core:
                        errors.append(f"{fw}: accept repeats core {a!r}")
                if len(set(accept)) != len(accept):
                    errors.append(f"{fw}: duplicate accept entries")
            if isinstance(value, str) and value in text:
                n = text.count(value)
                occ = fig.get("occurrence")
                if occ is None:
                    if n != 1:
                        errors.append(f"{fw}: value {value!r} occurs {n} times; add occurrence")
                    occ = 1
                elif not isinstance(occ, int) or not 1 <= occ <= n:
                    errors.append(f"{fw}: occurrence {occ!r} invalid (value occurs {n} times)")
                    occ = 1
                start = find_nth(text, value, occ)
                spans.append((start, start + len(value)))
                if isinstance(core, str) and core == value:
                    errors.append(f"{fw}: core equals value")
        # figures must not point at the same stretch of text
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (s1, e1), (s2, e2) = spans[a], spans[b]
                if s1 < e2 and s2 < e1:
                    errors.append(f"{where}: figures {a+1} and {b+1} overlap in text")
        if show_unannotated:
            for m in re.finditer(r"\d+(?:[.,\s]\d+)*", text):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    unannotated.append(f"{iid}: {m.group(0)!r}")

    for iid, n in ids.items():
        if n > 1:
            errors.append(f"id {iid!r} used {n} times")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            errors.append(f"lang {lang}: {per_lang[lang]} items, expected {PER_LANG}")

    print("items per language (items / figures / two-sentence):")
    for lang in LANGS:
        print(f"  {lang}: {per_lang[lang]:3d} / {figs_per_lang[lang]:3d} / {two_sentence[lang]:2d}")
    print("items per form (items / figures):")
    for form in FORMS:
        print(f"  {form:13s} {per_form[form]:3d} / {figs_per_form[form]:3d}   "
              + " ".join(f"{l}:{per_lang_form[(l, form)]}" for l in LANGS))
    print("figures per kind:")
    for kind in KINDS:
        print(f"  {kind:8s} {per_kind[kind]:3d}")
    print(f"total: {sum(per_lang.values())} items, {sum(figs_per_lang.values())} figures")
    if show_unannotated:
        print("digit groups not covered by any value (should be years, roads, phone numbers...):")
        for u in unannotated:
            print("  " + u)
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
