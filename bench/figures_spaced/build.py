#!/usr/bin/env python3
"""Validate the hand-written figure sentences in src/ and write tune/holdout splits.

    python3 build.py               # validate, then write tune.jsonl and holdout.jsonl
    python3 build.py --check-only  # validate only

Split: within each language the list is rotated left by the language's index
(en=0, de=1, fr=2, es=3, ru=4, uk=5, ar=6); even positions of the rotated list
go to tune.jsonl, odd positions to holdout.jsonl (15 + 15 per language).
Ids ("en-000") are the position in the source file, before rotation.
"""
import importlib.util
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ar"]
PER_LANG = 30

FIGURE_KINDS = {"count", "money", "measure", "percentage", "change", "duration_news", "rate"}
TRAP_KINDS = {
    "year", "date", "time_of_day", "age", "ordinal", "score_in_play", "phone", "address",
    "route_or_flight", "law_article", "model_or_product", "page_or_table",
    "reference_period", "other_identifier",
}

# Cardinal number words that, when they appear as whole words, must lie inside a
# listed surface (as a figure or as a trap). Deliberately leaves out words that
# are mostly articles/pronouns ("one", "ein", "un", "uno", "один", "одна", "واحد").
NUMBER_WORDS = {
    "en": """two three four five six seven eight nine ten eleven twelve thirteen fourteen
             fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
             seventy eighty ninety hundred dozen dozens""",
    "de": """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig
             vierzig fünfzig hundert hunderte dutzend dutzende zweier dreier drittel""",
    "fr": """deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante
             cinquante soixante cent cents dizaine dizaines centaine centaines""",
    "es": """dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta
             cuarenta cincuenta cien centenar centenares docena decena decenas""",
    "ru": """два две двух двое три трёх трех трое четыре четырёх четырех пять пяти шесть
             шести семь семи восемь восьми девять девяти десять десяти двадцать двадцати
             тридцать сорок пятьдесят сто ста сотни десятки десятков
             четверо пятеро шестеро семеро треть""",
    "uk": """два дві двох троє три трьох чотири чотирьох п'ять п'яти п’ять п’яти шість шести
             сім семи вісім восьми дев'ять дев'яти дев’ять дев’яти десять десяти двадцять
             двадцяти тридцять сорок п'ятдесят сто сотні десятки десятків
             четверо п'ятеро п’ятеро чверть""",
    "ar": """اثنان اثنين اثنتين اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة سبعة سبع ثمانية
             ثماني ثمان تسعة تسع عشرة عشرات عشرين عشرون ثلاثين أربعين خمسين مئة مائة مئات""",
}

WORD_RE = re.compile(r"[\w'’]+")


def load_lang(lang):
    path = os.path.join(HERE, "src", lang + ".py")
    spec = importlib.util.spec_from_file_location("figsrc_" + lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.SENTENCES


def number_word_hits(lang, text):
    words = set(NUMBER_WORDS[lang].split())
    hits = []
    for m in WORD_RE.finditer(text):
        tok = m.group(0).lower()
        start = m.start()
        cand = [(tok, start)]
        if lang == "ar":
            # conjunction/preposition prefixes: و ب ل ف, and the article ال
            t, s = tok, start
            for _ in range(2):
                if t[:1] in "وبلف" and len(t) > 3:
                    t, s = t[1:], s + 1
                    cand.append((t, s))
                if t.startswith("ال") and len(t) > 4:
                    cand.append((t[2:], s + 2))
        for t, s in cand:
            if t in words:
                hits.append((s, s + len(t), t))
                break
    return hits


def validate(lang, sentences):
    errors = []
    if not isinstance(sentences, list) or len(sentences) != PER_LANG:
        errors.append(f"{lang}: SENTENCES must be a list of {PER_LANG} (got {len(sentences)})")
    seen_texts = set()
    for i, s in enumerate(sentences):
        sid = f"{lang}-{i:03d}"
        err = lambda msg: errors.append(f"{sid}: {msg}")
        if set(s) - {"text", "numbers"}:
            err(f"unexpected keys {sorted(set(s) - {'text', 'numbers'})}")
        text = s.get("text")
        nums = s.get("numbers")
        if not isinstance(text, str) or not text.strip():
            err("missing text")
            continue
        if text in seen_texts:
            err("duplicate text")
        seen_texts.add(text)
        if not isinstance(nums, list):
            err("numbers must be a list")
            continue
        spans = []
        pos = 0
        for j, n in enumerate(nums):
            surf = n.get("surface")
            if not isinstance(surf, str) or not surf:
                err(f"number {j}: empty surface")
                continue
            if surf != surf.strip():
                err(f"number {j}: surface {surf!r} has outer whitespace")
            k = text.find(surf, pos)
            if k < 0:
                where = "not in text" if surf not in text else "out of order / overlapping"
                err(f"number {j}: surface {surf!r} {where}")
                continue
            spans.append((k, k + len(surf), n))
            pos = k + len(surf)
            fig = n.get("figure")
            kind = n.get("kind")
            if not isinstance(fig, bool):
                err(f"{surf!r}: figure must be true/false")
            allowed = {"surface", "figure", "kind", "counts", "counts_alt"}
            if set(n) - allowed:
                err(f"{surf!r}: unexpected keys {sorted(set(n) - allowed)}")
            if fig:
                if kind not in FIGURE_KINDS:
                    err(f"{surf!r}: figure kind {kind!r} not in {sorted(FIGURE_KINDS)}")
                c = n.get("counts")
                if not isinstance(c, str) or not c.strip():
                    err(f"{surf!r}: figure without counts")
                    continue
                alts = n.get("counts_alt", [])
                if not isinstance(alts, list) or not all(isinstance(a, str) and a for a in alts):
                    err(f"{surf!r}: counts_alt must be a list of strings")
                    alts = []
                for phrase in [c] + alts:
                    if phrase not in text:
                        err(f"{surf!r}: counts phrase {phrase!r} not in text")
                        continue
                    # must occur at least once outside the figure's own surface
                    outside = False
                    for m in re.finditer(re.escape(phrase), text):
                        if not (m.start() >= k and m.end() <= k + len(surf)):
                            outside = True
                    if not outside:
                        err(f"{surf!r}: counts phrase {phrase!r} only inside the surface")
                if len(set([c] + alts)) != len([c] + alts):
                    err(f"{surf!r}: duplicate counts/counts_alt")
            else:
                if kind not in TRAP_KINDS:
                    err(f"{surf!r}: trap kind {kind!r} not in {sorted(TRAP_KINDS)}")
                if "counts" in n or "counts_alt" in n:
                    err(f"{surf!r}: trap must not have counts/counts_alt")
        # every digit run covered by exactly one surface
        for m in re.finditer(r"\d+", text):
            cover = [sp for sp in spans if sp[0] <= m.start() and m.end() <= sp[1]]
            touch = [sp for sp in spans if sp[0] < m.end() and m.start() < sp[1]]
            if len(cover) != 1 or len(touch) != 1:
                err(f"digit run {m.group(0)!r} at {m.start()} covered by {len(cover)} surfaces")
        # number words must be inside a listed surface
        for a, b, w in number_word_hits(lang, text):
            if not any(sp[0] <= a and b <= sp[1] for sp in spans):
                err(f"number word {w!r} at {a} not inside any surface")
    return errors


def split(lang_index, sentences):
    k = lang_index % len(sentences)
    rot = sentences[k:] + sentences[:k]
    return rot[0::2], rot[1::2]


def record(lang, idx, s):
    nums = []
    for n in s["numbers"]:
        out = {"surface": n["surface"], "figure": n["figure"], "kind": n["kind"]}
        if n["figure"]:
            out["counts"] = n["counts"]
            out["counts_alt"] = list(n.get("counts_alt", []))
        nums.append(out)
    return {"id": f"{lang}-{idx:03d}", "lang": lang, "text": s["text"], "numbers": nums}


def main():
    check_only = "--check-only" in sys.argv[1:]
    all_errors = []
    data = {}
    for lang in LANGS:
        sents = load_lang(lang)
        all_errors += validate(lang, sents)
        data[lang] = sents
    if all_errors:
        for e in all_errors:
            print("ERROR", e)
        print(f"{len(all_errors)} error(s)")
        sys.exit(1)

    kinds = Counter()
    multi = Counter()
    for lang, sents in data.items():
        for s in sents:
            for n in s["numbers"]:
                kinds[(lang, n["kind"])] += 1
            if len(s["numbers"]) >= 2:
                multi[lang] += 1

    if not check_only:
        tune, hold = [], []
        for li, lang in enumerate(LANGS):
            recs = [record(lang, i, s) for i, s in enumerate(data[lang])]
            t, h = split(li, recs)
            tune += t
            hold += h
        for name, rows in (("tune.jsonl", tune), ("holdout.jsonl", hold)):
            with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote tune.jsonl ({len(tune)}) and holdout.jsonl ({len(hold)})")

    if "-v" in sys.argv[1:]:
        allk = sorted({k for _, k in kinds})
        print("kind".ljust(18) + "".join(l.rjust(5) for l in LANGS) + "  total")
        for k in allk:
            row = [kinds[(l, k)] for l in LANGS]
            print(k.ljust(18) + "".join(str(x).rjust(5) for x in row) + str(sum(row)).rjust(7))
        print("2+ numbers".ljust(18) + "".join(str(multi[l]).rjust(5) for l in LANGS))
    print("OK")


if __name__ == "__main__":
    main()
