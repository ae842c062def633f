#!/usr/bin/env python3
"""Validate the hand-written attribution items and write tune/holdout splits.

    python3 build.py               # validate, then write tune.jsonl + holdout.jsonl
    python3 build.py --check-only  # validate only
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar"]
PER_LANG = 40
STATUSES = {"claimed", "denied", "confirmed", "reported"}
REQUIRED = ("source", "source_head", "cue", "claim", "status")
OPTIONAL = {"refers_to", "negated", "implicit_subject"}
MIN_WORDS, MAX_WORDS = 8, 45


def load(lang):
    path = os.path.join(HERE, "src", lang + ".py")
    spec = importlib.util.spec_from_file_location("items_" + lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS


def validate(lang, items, errors):
    def err(i, msg):
        errors.append(f"{lang}-{i:03d}: {msg}")

    if len(items) != PER_LANG:
        errors.append(f"{lang}: {len(items)} items, expected {PER_LANG}")
    seen_texts = set()
    for i, it in enumerate(items):
        if set(it) != {"text", "attributions"}:
            err(i, f"item keys {sorted(it)}")
            continue
        text = it["text"]
        if not isinstance(text, str) or not text.strip():
            err(i, "empty text")
            continue
        if text != text.strip() or "  " in text:
            err(i, "stray whitespace in text")
        if text in seen_texts:
            err(i, "duplicate text")
        seen_texts.add(text)
        n = len(text.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(i, f"{n} words, outside {MIN_WORDS}-{MAX_WORDS}")
        if not isinstance(it["attributions"], list):
            err(i, "attributions is not a list")
            continue
        for j, at in enumerate(it["attributions"]):
            where = f"attr {j}"
            missing = [k for k in REQUIRED if not at.get(k)]
            if missing:
                err(i, f"{where}: missing {missing}")
                continue
            extra = set(at) - set(REQUIRED) - OPTIONAL
            if extra:
                err(i, f"{where}: unknown keys {sorted(extra)}")
            for k in ("source", "cue", "claim", "refers_to"):
                if k in at and at[k] not in text:
                    err(i, f"{where}: {k} {at[k]!r} not in text")
            if at["source_head"] not in at["source"]:
                err(i, f"{where}: source_head {at['source_head']!r} not in source {at['source']!r}")
            if len(at["source_head"].split()) > 2:
                err(i, f"{where}: source_head longer than two words")
            if at["status"] not in STATUSES:
                err(i, f"{where}: bad status {at['status']!r}")
            if "negated" in at and at["negated"] is not True:
                err(i, f"{where}: negated must be true when present")
            if "implicit_subject" in at and at["implicit_subject"] is not True:
                err(i, f"{where}: implicit_subject must be true when present")
            for k in ("claim", "source", "cue"):
                v = at[k]
                if v != v.strip():
                    err(i, f"{where}: {k} has outer whitespace")
            c = at["claim"]
            if c[0] in "\"“„»«‚'" or c[-1] in ".,;:":
                err(i, f"{where}: claim keeps outer quote mark or final punctuation: {c!r}")
            # a closing mark at the end is fine only for a partial quote opened inside the claim
            if c[-1] in "\"”“«»" and not any(q in c[:-1] for q in "\"“„»«"):
                err(i, f"{where}: claim ends with an unmatched quote mark: {c!r}")


def main():
    check_only = "--check-only" in sys.argv[1:]
    errors = []
    data = {}
    for lang in LANGS:
        try:
            items = load(lang)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{lang}: cannot load ({e})")
            continue
        validate(lang, items, errors)
        data[lang] = items
    ids = [f"{lang}-{i:03d}" for lang, items in data.items() for i in range(len(items))]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        return 1

    total = traps = 0
    for lang, items in data.items():
        t = sum(1 for it in items if not it["attributions"])
        n_attr = sum(len(it["attributions"]) for it in items)
        total += len(items)
        traps += t
        print(f"{lang}: {len(items)} items, {n_attr} attributions, {t} traps")
    print(f"all: {total} items, {traps} traps")
    if check_only:
        print("check only: nothing written")
        return 0

    tune, holdout = [], []
    for lang in LANGS:
        for i, it in enumerate(data[lang]):
            rec = {"id": f"{lang}-{i:03d}", "lang": lang, "text": it["text"],
                   "attributions": it["attributions"]}
            (tune if i % 2 == 0 else holdout).append(rec)
    for name, recs in (("tune.jsonl", tune), ("holdout.jsonl", holdout)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {name}: {len(recs)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
