"""Build tune.jsonl / holdout.jsonl from src/<lang>.py and validate them."""
import importlib.util, json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ["en", "de", "fr", "es", "ru", "uk", "ko", "zh", "ja", "ar"]
TRAP = {"date", "year", "time_of_day", "age", "phone", "street_number", "case_or_file_number",
        "law_article", "route_or_line_or_flight", "model_or_product_name", "ordinal",
        "reference_period", "time_ago", "score_in_play", "page_or_table",
        "percentage_point_in_name", "version", "postcode", "other_identifier"}
FIG = {"count", "money", "percentage", "measure", "duration_news", "score_final", "other_figure"}
EN_WORDS = re.compile(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                      r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
                      r"dozen|half(?!-time)|third|quarter|first|second|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth|twelfth)\b", re.I)

def load(lang):
    spec = importlib.util.spec_from_file_location(lang, HERE / "src" / f"{lang}.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.DATA

def spans(text, numbers):
    out, pos = [], 0
    for n in numbers:
        i = text.find(n["surface"], pos)
        if i < 0:
            raise ValueError(f"surface {n['surface']!r} not found in order in {text!r}")
        out.append((i, i + len(n["surface"]))); pos = i + len(n["surface"])
    return out

def check_record(r):
    errs = []
    t = r["text"]
    for n in r["numbers"]:
        if n["surface"] not in t: errs.append(f"not a substring: {n['surface']!r}")
        ok = (n["kind"] in FIG) if n["figure"] else (n["kind"] in TRAP)
        if not ok: errs.append(f"bad kind/figure: {n}")
    try:
        sp = spans(t, r["numbers"])
    except ValueError as e:
        return errs + [str(e)]
    for (a, b), (c, d) in zip(sp, sp[1:]):
        if c < b: errs.append(f"overlap in {t!r}")
    covered = set(i for a, b in sp for i in range(a, b))
    for i, ch in enumerate(t):
        if unicodedata.category(ch) == "Nd" and i not in covered:
            errs.append(f"uncovered digit at {i} in {t!r}")
    if r["lang"] == "en":
        for m in EN_WORDS.finditer(t):
            if m.start() not in covered:
                errs.append(f"uncovered number word {m.group()!r} in {t!r}")
    return errs

def build():
    tune, hold = [], []
    for lang in LANGS:
        data = load(lang)
        assert len(data) == 40, (lang, len(data))
        # The language files share many sentence patterns in the same order; rotate each
        # language by its index so parallel patterns do not all land in the same split.
        r = LANGS.index(lang)
        data = data[r:] + data[:r]
        for k, (text, nums) in enumerate(data):
            rec = {"lang": lang, "text": text,
                   "numbers": [{"surface": s, "figure": bool(f), "kind": kd} for s, f, kd in nums]}
            (hold if k % 2 else tune).append(rec)
    for name, recs in (("tune.jsonl", tune), ("holdout.jsonl", hold)):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for r in recs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")

def validate():
    bad = 0
    for name in ("tune.jsonl", "holdout.jsonl"):
        recs = [json.loads(l) for l in open(HERE / name, encoding="utf-8")]
        langs = Counter(r["lang"] for r in recs)
        figs = Counter(n["kind"] for r in recs for n in r["numbers"] if n["figure"])
        traps = Counter(n["kind"] for r in recs for n in r["numbers"] if not n["figure"])
        mixed = sum(1 for r in recs if any(n["figure"] for n in r["numbers"]) and not all(n["figure"] for n in r["numbers"]))
        only_fig = sum(1 for r in recs if all(n["figure"] for n in r["numbers"]))
        only_trap = sum(1 for r in recs if not any(n["figure"] for n in r["numbers"]))
        for r in recs:
            for e in check_record(r): print("ERROR", name, e); bad += 1
        assert len(recs) == 200, len(recs)
        assert all(langs[l] == 20 for l in LANGS), langs
        print(f"== {name}: {len(recs)} lines; per lang {dict(langs)}")
        print(f"   sentences: mixed(figure+trap)={mixed} figures-only={only_fig} traps-only={only_trap}")
        print(f"   figures {sum(figs.values())}: {dict(sorted(figs.items()))}")
        print(f"   traps   {sum(traps.values())}: {dict(sorted(traps.items()))}")
    print("errors:", bad)
    return bad

if __name__ == "__main__":
    if "--check-only" not in sys.argv: build()
    sys.exit(1 if validate() else 0)
