#!/usr/bin/env python3
"""Validate the hand-written CJK figure sentences and write tune/holdout jsonl.

Usage:  python3 build.py              # validate, then write tune.jsonl + holdout.jsonl
        python3 build.py --check-only # validate only
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

LANGS = ["ko", "ja", "zh"]          # index = rotation amount for the split
PER_LANG = 60

FIGURE_KINDS = {"count", "money", "measure", "percentage", "change",
                "duration_news", "score_total", "rate"}
TRAP_KINDS = {"year", "date", "time_of_day", "age", "ordinal", "round_or_stage",
              "quarter_or_period_name", "score_in_play", "phone_or_emergency",
              "route_or_line", "division_or_unit_name", "level", "law_or_article",
              "model_or_product", "address_or_number_in_name", "relative_time",
              "other_identifier"}

DIGIT_RUN = re.compile(r"[0-9０-９]+")
# Han numerals (zh/ja). A run is a number unless it sits inside one of the
# listed non-number words below.
HAN_NUM = re.compile(r"[〇零一二三四五六七八九十百千万萬亿億两兩]+")
HAN_NON_NUMBER_WORDS = {
    "ja": ["一時", "一本勝ち"],
    "zh": ["两市", "一审", "前一交易日"],
    "ko": [],
}
# Korean native numerals used before a counter (두 척, 세 명, 한 대 ...).
KO_NATIVE = re.compile(
    r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰)"
    r"\s(명|개|곳|차례|번|대|척|채|마리|가지|건|살|시간|달|해|배|사람|편|권|장|그루|곳)")


def numeral_spans(lang, text):
    spans = [(m.start(), m.end(), m.group()) for m in DIGIT_RUN.finditer(text)]
    if lang in ("ja", "zh"):
        allowed = []
        for w in HAN_NON_NUMBER_WORDS[lang]:
            for m in re.finditer(re.escape(w), text):
                allowed.append((m.start(), m.end()))
        for m in HAN_NUM.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in allowed):
                continue
            spans.append((m.start(), m.end(), m.group()))
    if lang == "ko":
        for m in KO_NATIVE.finditer(text):
            spans.append((m.start(1), m.end(1), m.group(1)))
    return sorted(spans)


def validate(lang, sentences):
    errors = []
    if len(sentences) != PER_LANG:
        errors.append(f"{lang}: {len(sentences)} sentences, expected {PER_LANG}")
    seen = set()
    for i, s in enumerate(sentences):
        where = f"{lang}[{i}]"
        text = s.get("text", "")
        if s.get("lang") != lang:
            errors.append(f"{where}: lang {s.get('lang')!r}")
        if not text:
            errors.append(f"{where}: empty text")
        if text in seen:
            errors.append(f"{where}: duplicate text")
        seen.add(text)
        pos = 0
        covered = []
        for n in s.get("numbers", []):
            surf = n.get("surface", "")
            at = text.find(surf, pos) if surf else -1
            if at < 0:
                where_any = text.find(surf) if surf else -1
                msg = "not in text" if where_any < 0 else "out of order / overlapping"
                errors.append(f"{where}: surface {surf!r} {msg}")
                continue
            covered.append((at, at + len(surf)))
            pos = at + len(surf)
            kind = n.get("kind")
            if n.get("figure") is True:
                if kind not in FIGURE_KINDS:
                    errors.append(f"{where}: figure {surf!r} has kind {kind!r}")
                c = n.get("counts")
                if not c:
                    errors.append(f"{where}: figure {surf!r} lacks counts")
                elif c not in text:
                    errors.append(f"{where}: counts {c!r} not in text")
                alts = n.get("counts_alt")
                if not isinstance(alts, list):
                    errors.append(f"{where}: counts_alt of {surf!r} is not a list")
                else:
                    for a in alts:
                        if not a or a not in text:
                            errors.append(f"{where}: counts_alt {a!r} not in text")
            elif n.get("figure") is False:
                if kind not in TRAP_KINDS:
                    errors.append(f"{where}: trap {surf!r} has kind {kind!r}")
                if "counts" in n or "counts_alt" in n:
                    errors.append(f"{where}: trap {surf!r} has counts")
            else:
                errors.append(f"{where}: {surf!r} figure flag not bool")
        for a, b, num in numeral_spans(lang, text):
            hits = [c for c in covered if c[0] <= a and b <= c[1]]
            if len(hits) != 1:
                errors.append(f"{where}: numeral {num!r} at {a} covered by {len(hits)} surfaces")
        if not s.get("numbers"):
            errors.append(f"{where}: no numbers")
    return errors


def load(lang):
    mod = __import__(lang)
    return mod.SENTENCES


def record(s, lang, i):
    nums = []
    for n in s["numbers"]:
        d = {"surface": n["surface"], "figure": n["figure"], "kind": n["kind"]}
        if n["figure"]:
            d["counts"] = n["counts"]
            d["counts_alt"] = list(n["counts_alt"])
        nums.append(d)
    return {"id": f"{lang}-{i:03d}", "lang": lang, "text": s["text"], "numbers": nums}


def main():
    check_only = "--check-only" in sys.argv[1:]
    all_errors = []
    data = {}
    for lang in LANGS:
        sents = load(lang)
        data[lang] = sents
        all_errors += validate(lang, sents)
    if all_errors:
        for e in all_errors:
            print("ERROR", e)
        print(f"FAILED: {len(all_errors)} problem(s)")
        return 1

    kinds = collections.Counter()
    for lang in LANGS:
        sents = data[lang]
        multi = sum(1 for s in sents if len(s["numbers"]) >= 2)
        mixed = sum(1 for s in sents if {n["figure"] for n in s["numbers"]} == {True, False})
        nfig = sum(n["figure"] for s in sents for n in s["numbers"])
        ntrap = sum(not n["figure"] for s in sents for n in s["numbers"])
        print(f"{lang}: {len(sents)} sentences, {multi} with 2+ numbers, {mixed} mixing figures and traps, "
              f"{nfig} figures, {ntrap} traps")
        for s in sents:
            for n in s["numbers"]:
                kinds[(lang, n["figure"], n["kind"])] += 1
    print("kind              ko  ja  zh  all")
    for fig in (True, False):
        names = sorted({k for (_, f, k) in kinds if f == fig})
        for k in names:
            row = [kinds[(l, fig, k)] for l in LANGS]
            print(f"{'F' if fig else 'T'} {k:24s} " + " ".join(f"{v:3d}" for v in row) + f" {sum(row):4d}")

    if check_only:
        print("OK (check only)")
        return 0
    tune, hold = [], []
    for li, lang in enumerate(LANGS):
        recs = [record(s, lang, i) for i, s in enumerate(data[lang])]
        rot = recs[li:] + recs[:li]
        for j, r in enumerate(rot):
            (tune if j % 2 == 0 else hold).append(r)
    for name, rows in (("tune.jsonl", tune), ("holdout.jsonl", hold)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote tune.jsonl ({len(tune)}) and holdout.jsonl ({len(hold)})")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
