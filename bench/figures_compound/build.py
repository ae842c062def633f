#!/usr/bin/env python3
"""Validate the hand-written sentences in src/<lang>.py and split them into
tune.jsonl / holdout.jsonl.

Usage:  python3 build.py          (validates, writes the two files, prints stats)
        python3 build.py --check  (validates only)
"""
import json
import re
import runpy
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar", "zh", "ja", "ko"]
PER_LANG = 24

FIGURE_KINDS = {
    "count", "money", "percentage", "measure", "change", "duration_news",
    "rate", "fraction", "ratio", "part_of_whole", "score_final", "vote",
    "odds", "dimension", "race_time", "range",
}
TRAP_KINDS = {
    "year", "date", "time_of_day", "age", "ordinal", "score_in_play",
    "shirt_number", "route_or_flight", "law_article", "other_identifier",
    "reference_period",
}
# kinds whose number must be null (no single number)
NULL_KINDS = {"score_final", "vote", "odds", "dimension"}
# kinds whose number must not be null
NONNULL_KINDS = {"count", "money", "percentage", "fraction", "ratio",
                 "part_of_whole", "range", "change", "rate", "measure"}

# ASCII digits, full-width digits (required by the brief); Arabic-Indic and
# extended Arabic-Indic digits are checked too.
DIGIT_RUN = re.compile(r"[0-9０-９٠-٩۰-۹]+")

FIG_KEYS = {"surface", "figure", "kind", "number", "counts", "counts_alt"}
TRAP_KEYS = {"surface", "figure", "kind"}


def validate_record(lang, idx, rec, errors):
    where = f"{lang}[{idx}]"
    if set(rec) != {"text", "numbers"}:
        errors.append(f"{where}: record keys {sorted(rec)}")
        return
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: empty text")
        return
    if text != text.strip():
        errors.append(f"{where}: text has leading/trailing whitespace")
    nums = rec["numbers"]
    if not isinstance(nums, list) or not nums:
        errors.append(f"{where}: numbers must be a non-empty list")
        return
    pos = 0
    spans = []
    for j, n in enumerate(nums):
        w = f"{where}.numbers[{j}]"
        surf = n.get("surface")
        if not isinstance(surf, str) or not surf or surf != surf.strip():
            errors.append(f"{w}: bad surface {surf!r}")
            continue
        k = text.find(surf, pos)
        if k < 0:
            if surf in text:
                errors.append(f"{w}: surface {surf!r} out of order / overlapping")
            else:
                errors.append(f"{w}: surface {surf!r} not in text")
            continue
        spans.append((k, k + len(surf)))
        pos = k + len(surf)
        fig = n.get("figure")
        kind = n.get("kind")
        if fig is True:
            if set(n) != FIG_KEYS:
                errors.append(f"{w}: figure keys {sorted(n)}")
            if kind not in FIGURE_KINDS:
                errors.append(f"{w}: unknown figure kind {kind!r}")
            num = n.get("number", "MISSING")
            if num == "MISSING":
                errors.append(f"{w}: figure without number")
            elif num is not None and not isinstance(num, (int, float)):
                errors.append(f"{w}: number must be float or null: {num!r}")
            if kind in NULL_KINDS and num is not None:
                errors.append(f"{w}: kind {kind} must have number null")
            if kind in NONNULL_KINDS and num is None:
                errors.append(f"{w}: kind {kind} needs a number")
            if kind in ("fraction", "ratio") and num is not None and not (0 < num <= 1):
                errors.append(f"{w}: {kind} number {num} not in (0,1]")
            c = n.get("counts")
            if not isinstance(c, str) or not c:
                errors.append(f"{w}: figure without counts")
            elif c not in text:
                errors.append(f"{w}: counts {c!r} not in text")
            alt = n.get("counts_alt")
            if not isinstance(alt, list):
                errors.append(f"{w}: counts_alt must be a list")
            else:
                for a in alt:
                    if not isinstance(a, str) or a not in text:
                        errors.append(f"{w}: counts_alt {a!r} not in text")
                    if a == c:
                        errors.append(f"{w}: counts_alt repeats counts")
        elif fig is False:
            if set(n) != TRAP_KEYS:
                errors.append(f"{w}: trap keys {sorted(n)}")
            if kind not in TRAP_KINDS:
                errors.append(f"{w}: unknown trap kind {kind!r}")
        else:
            errors.append(f"{w}: figure must be true/false")
    for m in DIGIT_RUN.finditer(text):
        a, b = m.span()
        if not any(s <= a and b <= e for s, e in spans):
            errors.append(f"{where}: digits {m.group()!r} at {a} not inside any surface")
    if not any(n.get("figure") is True for n in nums):
        errors.append(f"{where}: no figure in sentence")


def load():
    data = {}
    for lang in LANGS:
        p = HERE / "src" / f"{lang}.py"
        if not p.exists():
            print(f"missing {p}")
            data[lang] = []
            continue
        ns = runpy.run_path(str(p))
        data[lang] = ns["SENTENCES"]
    return data


def main():
    check_only = "--check" in sys.argv
    data = load()
    errors = []
    for lang, recs in data.items():
        if len(recs) != PER_LANG:
            errors.append(f"{lang}: {len(recs)} records, expected {PER_LANG}")
        texts = [r.get("text") for r in recs]
        for t, c in Counter(texts).items():
            if c > 1:
                errors.append(f"{lang}: duplicate text {t[:40]!r}")
        for i, rec in enumerate(recs):
            validate_record(lang, i, rec, errors)
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")
    if check_only:
        return

    halves = {"tune": [], "holdout": []}
    for li, lang in enumerate(LANGS):
        recs = data[lang]
        order = list(range(len(recs)))
        order = order[li:] + order[:li]          # rotate left by language index
        for pos, src_i in enumerate(order):
            rec = recs[src_i]
            out = {"id": f"{lang}-{src_i:03d}", "lang": lang,
                   "text": rec["text"], "numbers": rec["numbers"]}
            halves["tune" if pos % 2 == 0 else "holdout"].append(out)
    for name, rows in halves.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # stats
    kinds = sorted(FIGURE_KINDS) + sorted(TRAP_KINDS)
    tab = defaultdict(Counter)
    per_lang = defaultdict(Counter)
    for name, rows in halves.items():
        for r in rows:
            per_lang[r["lang"]][name] += 1
            for n in r["numbers"]:
                tab[n["kind"]][name] += 1
                tab["(all figures)" if n["figure"] else "(all traps)"][name] += 1
    print("\nsentences per language (tune / holdout):")
    for lang in LANGS:
        print(f"  {lang}: {per_lang[lang]['tune']} / {per_lang[lang]['holdout']}")
    print("\nnumber records per kind (tune / holdout / total):")
    print("| kind | figure? | tune | holdout | total |")
    print("|---|---|---|---|---|")
    for k in kinds + ["(all figures)", "(all traps)"]:
        t, h = tab[k]["tune"], tab[k]["holdout"]
        f = "yes" if k in FIGURE_KINDS else ("no" if k in TRAP_KINDS else "")
        print(f"| {k} | {f} | {t} | {h} | {t + h} |")
    # per-language kind coverage
    print("\nfigure kinds per language (all 24 sentences):")
    langkind = defaultdict(Counter)
    for lang in LANGS:
        for rec in data[lang]:
            for n in rec["numbers"]:
                langkind[lang][n["kind"]] += 1
    cols = ["score_final", "score_in_play", "vote", "fraction", "ratio",
            "part_of_whole", "duration_news", "race_time", "odds",
            "dimension", "range"]
    print("| lang | " + " | ".join(cols) + " | records |")
    print("|---|" + "---|" * (len(cols) + 1))
    for lang in LANGS:
        tot = sum(langkind[lang].values())
        print(f"| {lang} | " + " | ".join(str(langkind[lang][c]) for c in cols)
              + f" | {tot} |")
    print(f"\nwrote {HERE / 'tune.jsonl'} ({len(halves['tune'])} lines) and "
          f"{HERE / 'holdout.jsonl'} ({len(halves['holdout'])} lines)")


if __name__ == "__main__":
    main()
