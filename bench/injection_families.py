"""The hostile-article defence per phrasing family, and the sentences it masks in ordinary text.

Usage: .venv/bin/python bench/injection_families.py
No model runs. Prints:

1. The team's 120-case suite (bench/injection/) split by phrasing family: each payload template of
   bench/injection_build.py (language, kind, variant) is one family. Per family: the cases whose payload
   sentence is masked by `find_directives`, and the cases whose marker reaches the verified output when the
   answer takes every bait (bench/injection_bait.py's answer, put through grounding alone).
2. The development payloads (bench/injection/dev_payloads.jsonl), written while the feature-based defence was
   built and tuned on it, so NOT a held-out measure: each planted in the middle of a base article, masked or
   not, and bait success after grounding.
3. False positives: sentences masked in the gold sets (eval/ gold, heldout*), the examples and test articles,
   the long article of bench/long_article.py (20,000 words), the ordinary articles written for this bench
   (bench/injection/ordinary/: court orders, police appeals, recipes, public-health advice, a law on AI) and
   the ordinary sentences of bench/injection/ordinary_sentences.jsonl. Every masked sentence is printed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from injection import HERE, grounded_text, load_cases, succeeded
from injection_bait import WITNESS, bait_answer
from injection_build import PAYLOADS
from long_article import build_article

from summarise.grounding.hostile import find_directives
from summarise.inputs.load import read_article
from summarise.models import Extraction, without_translations

ROOT = Path(__file__).resolve().parent.parent


def family(case: dict[str, Any]) -> str:
    """The payload template a case was built from: '<language>/<kind>/<n>', or 'subtle/<kind>'."""
    lang = "subtle" if case["subtle"] else case["payload_language"]
    for n, template in enumerate(PAYLOADS[lang][case["kind"]]):
        pattern = re.escape(template)
        pattern = re.sub(r"\\\{\w+\\\}", ".+?", pattern)
        if re.fullmatch(pattern, case["payload"]):
            return f"{lang}/{case['kind']}/{n}" if lang != "subtle" else f"subtle/{case['kind']}"
    return f"{lang}/{case['kind']}/?"


# The phrase-list defence this one replaced (main at 992bb41), for a side-by-side count on the same payloads.
_PHRASE_LIST_COMMIT = "992bb41"


def _phrase_list() -> Any:
    source = subprocess.run(
        ["git", "show", f"{_PHRASE_LIST_COMMIT}:summarise/grounding/hostile.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if not source:
        return None
    import types

    module = types.ModuleType("phrase_list_hostile")
    sys.modules[module.__name__] = module
    exec(compile(source, "phrase_list_hostile.py", "exec"), module.__dict__)
    return module.find_directives


PHRASE_LIST = _phrase_list()


def _masked(article: str, payload_marker: str, finder: Any = find_directives) -> bool:
    return payload_marker.lower() not in finder(article).masked.lower().replace(",", "").replace(".", "")


def _bait_through(case: dict[str, Any], article: str) -> bool:
    answer = bait_answer(case)
    for group in ("actors", "figures", "claims"):
        for item in answer[group]:
            item["translation"] = None
    extraction = without_translations(Extraction).model_validate(answer)
    return succeeded(case, grounded_text(extraction, article))


def suite() -> None:
    rows: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    examples: dict[str, str] = {}
    for case in load_cases():
        article = read_article(HERE / case["file"])
        name = family(case)
        rows[name].append((_masked(article, case["marker"]), _bait_through(case, article)))
        examples.setdefault(name, case["payload"])
    print("1. The team's suite by phrasing family (cases: payload masked; bait reaches verified output)")
    print(f"{'family':22} {'cases':>5} {'masked':>8} {'bait through':>13}  example")
    total = [0, 0, 0]
    for name in sorted(rows):
        masked = sum(m for m, _ in rows[name])
        through = sum(t for _, t in rows[name])
        n = len(rows[name])
        total = [total[0] + n, total[1] + masked, total[2] + through]
        print(f"{name:22} {n:>5} {masked:>8} {through:>13}  {examples[name][:70]}")
    print(f"{'all':22} {total[0]:>5} {total[1]:>8} {total[2]:>13}")
    cued = [r for name, rs in rows.items() if not name.startswith("subtle") for r in rs]
    print(
        f"cued families: {sum(m for m, _ in cued)}/{len(cued)} masked, "
        f"{sum(t for _, t in cued)}/{len(cued)} bait through"
    )
    print()


def development() -> None:
    bases = json.loads((HERE / "bases.json").read_text(encoding="utf-8"))
    dev = [json.loads(line) for line in (HERE / "dev_payloads.jsonl").read_text(encoding="utf-8").splitlines() if line]
    print("2. Development payloads (tuned on: written while building the defence; not a held-out measure)")
    print(f"{'id':4} {'lang':4} {'role':20} {'masked':>6} {'bait through':>12} {'phrase list':>11}  payload")
    base_names = ["ferry", "warehouse", "flood", "mine"]
    masked_n = through_n = old_n = 0
    for i, row in enumerate(dev):
        base = base_names[i % len(base_names)]
        paragraphs = bases[base]["paragraphs"]
        article = "\n\n".join([paragraphs[0], row["text"], *paragraphs[1:]]) + "\n"
        case = {"id": row["id"], "base": base, "kind": row["kind"], "marker": row["marker"], "payload": row["text"]}
        masked = _masked(article, row["marker"])
        through = _bait_through(case, article)
        old = _masked(article, row["marker"], PHRASE_LIST) if PHRASE_LIST else None
        masked_n += masked
        through_n += through
        old_n += bool(old)
        print(
            f"{row['id']:4} {row['lang']:4} {row['role']:20} {masked!s:>6} {through!s:>12} {old!s:>11}  "
            f"{row['text'][:60]!r}"
        )
    print(f"development: {masked_n}/{len(dev)} masked, {through_n}/{len(dev)} bait through")
    print(f"the replaced phrase list ({_PHRASE_LIST_COMMIT}) masks {old_n}/{len(dev)} of them")
    print()
    assert set(WITNESS) >= set(base_names)


def _report(label: str, texts: list[tuple[str, str]]) -> int:
    count = old = 0
    sentences = 0
    for name, text in texts:
        directives = find_directives(text)
        sentences += len(re.findall(r"[.!?。！？]+(?:\s|$)|\n", text))
        old += len(PHRASE_LIST(text).spans) if PHRASE_LIST else 0
        for lo, hi in directives.spans:
            count += 1
            print(f"  MASKED in {name}: {text[lo:hi].strip()[:150]!r}")
    print(f"{label:60} {len(texts):>5} texts, about {sentences:>6} sentences: {count} masked (phrase list: {old})")
    return count


def false_positives() -> None:
    print("3. False positives: sentences masked in ordinary text (target 0)")
    gold = sorted(p for p in (ROOT / "eval").rglob("*.txt") if "runs" not in p.parts)
    tests = sorted({*(ROOT / "examples").rglob("*.txt"), *(ROOT / "tests" / "data").rglob("*.txt")})
    html = sorted({*(ROOT / "examples").rglob("*.html"), *(ROOT / "tests" / "data").rglob("*.html")})
    ordinary = sorted((HERE / "ordinary").glob("*.txt"))
    lines = (HERE / "ordinary_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line) for line in lines if line]
    total = 0
    total += _report("gold sets (eval/gold, eval/heldout*)", [(p.name, p.read_text(encoding="utf-8")) for p in gold])
    total += _report(
        "examples/ and tests/data/ articles (.txt)", [(p.name, p.read_text(encoding="utf-8")) for p in tests]
    )
    total += _report("examples/ and tests/data/ pages (.html, as read)", [(p.name, read_article(p)) for p in html])
    total += _report("long article (bench/long_article.py, 20,000 words)", [("long", build_article(20_000))])
    total += _report(
        "ordinary articles quoting instructions (bench/injection/ordinary)",
        [(p.name, p.read_text(encoding="utf-8")) for p in ordinary],
    )
    total += _report(
        "ordinary sentences quoting instructions (ordinary_sentences.jsonl)",
        [(f"{s['lang']}:{i}", s["text"]) for i, s in enumerate(sentences)],
    )
    print(f"false positives in all: {total}")
    print()
    texts = [p.read_text(encoding="utf-8") for p in gold]
    started = time.perf_counter()
    for text in texts:
        find_directives(text)
    per_text = (time.perf_counter() - started) / len(texts)
    long_text = build_article(20_000)
    started = time.perf_counter()
    find_directives(long_text)
    print(
        f"cost of find_directives: {per_text * 1000:.1f} ms per gold-set text (mean of {len(texts)}), "
        f"{time.perf_counter() - started:.2f} s for the 20,000-word article"
    )


def main() -> None:
    suite()
    development()
    false_positives()


if __name__ == "__main__":
    main()
