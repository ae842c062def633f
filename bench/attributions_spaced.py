"""The reporting-clause reader (who said what) on English, German, French, Spanish, Russian, Ukrainian and Arabic
news sentences labelled by an outside writer (bench/attributions_spaced/, see its README): tune.jsonl (the half rules
may be written on) and holdout.jsonl (kept back).

Usage: .venv/bin/python bench/attributions_spaced.py [--show] [--other CHECKOUT]
Each item is read as an article's body under a one-word headline, in its labelled language. For each labelled
clause: whether a clause is read at its cue, whether its party is the writer's (`source_right`), whether what was
claimed is the writer's claim exactly (`claim_exact`: edges' spaces, quotation marks and stops aside) or nearly
(`claim_close`: at least 0.8 of the words in common, F1), and whether its status is the writer's. Traps are items the
writer labelled with no clause: a clause read in one is a false one, and so is a clause read at no labelled cue in
the other items (`extra`). --other runs the same on another checkout side by side; --show lists the misses of the
tune half only (the holdout's are never shown).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "attributions_spaced"
LANGUAGES = ("en", "de", "fr", "es", "ru", "uk", "ar")
HALVES = ("tune", "holdout")
HEAD = "Headline\n\n"
_EDGES = " \t\n\u00a0\"'“”„«»‹›‚‘’.,;:!?"
_WORD = re.compile(r"\w+")
_FIELDS = ("clauses", "read", "source_right", "claim_exact", "claim_close", "status_right", "statused", "traps",
           "traps_read", "extra", "negated", "negated_confirmed")  # fmt: skip


def _bare(text: str) -> str:
    return text.strip(_EDGES)


def _close(read: str, labelled: str) -> bool:
    """At least 0.8 of the words in common (F1 over words, lower-cased)."""
    a, b = Counter(_WORD.findall(read.lower())), Counter(_WORD.findall(labelled.lower()))
    common = sum((a & b).values())
    if not common:
        return False
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall) >= 0.8


def source_right(read: str, labelled: dict[str, Any]) -> bool:
    """The party read holds the writer's head word and is at most about twice the writer's naming; for a pronoun,
    the party it stands for, as the writer names it, holds what was read or is held by it."""
    read = _bare(read)
    if not read:
        return False
    refers = labelled.get("refers_to")
    if refers:
        refers = _bare(refers)
        return (read.lower() in refers.lower() or refers.lower() in read.lower()) and 2 * min(
            len(read), len(refers)
        ) >= max(len(read), len(refers)) * 0.5
    source = _bare(labelled["source"])
    return labelled["source_head"].lower() in read.lower() and len(read) <= 2 * len(source) + 2


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def score_half(lines: list[str], show: bool) -> dict[str, int]:
    from summarise.reading import read

    totals: Counter[str] = Counter({field: 0 for field in _FIELDS})
    for line in lines:
        item = json.loads(line)
        text = item["text"]
        reading = read(HEAD + text, item["lang"])
        base = len(HEAD)
        found = [
            {
                "cue": (a.cue[0] - base, a.cue[1] - base),
                "source": reading.text[a.source[0] : a.source[1]],
                "claim": reading.text[a.claim[0] : a.claim[1]],
                "status": a.status.value,
                "via": reading.text[a.via[0] : a.via[1]] if a.via else "",
            }
            for a in reading.attributions
        ]
        gold = item["attributions"]
        if not gold:
            totals["traps"] += 1
            totals["traps_read"] += bool(found)
            if show and found:
                print(f"  trap read {item['id']}: {[(f['source'], f['claim'][:40]) for f in found]}: {text[:110]}")
            continue
        used: set[int] = set()
        for clause in gold:
            cues = _spans(text, clause["cue"])
            at_cue = [i for i, f in enumerate(found) if any(f["cue"][0] < b and a < f["cue"][1] for a, b in cues)]
            if clause.get("negated"):
                # A confirmation the text negates credits no claim (the reader reads none, by design): only one read
                # as confirmed is counted, as a wrong one.
                totals["negated"] += 1
                totals["negated_confirmed"] += any(found[i]["status"] == "confirmed" for i in at_cue)
                used.update(at_cue)
                continue
            totals["clauses"] += 1
            hit = next((i for i in at_cue if i not in used), None)
            # A relay is read as one clause, the party's, with the outlet that relays it (`via`): the outlet's own
            # clause is its verb's, and the relayed party's is found by its name.
            relays = [
                i for i, f in enumerate(found) if f["via"] and clause["source_head"].lower() in f["source"].lower()
            ]
            hit = hit if hit is not None else next(iter(relays), None)
            if hit is None:
                if show:
                    print(f"  missed {item['id']} {clause['source']!r} {clause['cue']!r}: {text[:110]}")
                continue
            used.add(hit)
            f = found[hit]
            totals["read"] += 1
            good_source = source_right(f["source"], clause) or (bool(f["via"]) and source_right(f["via"], clause))
            totals["source_right"] += good_source
            exact = _bare(f["claim"]) == _bare(clause["claim"])
            totals["claim_exact"] += exact
            totals["claim_close"] += exact or _close(f["claim"], clause["claim"])
            if not clause.get("negated"):
                totals["statused"] += 1
                totals["status_right"] += f["status"] == clause["status"]
            if show and not (good_source and exact):
                print(
                    f"  {'source' if not good_source else 'claim '} {item['id']} read {f['source']!r} / "
                    f"{f['claim'][:70]!r}; labelled {clause['source']!r} / {clause['claim'][:70]!r}"
                )
        extra = [f for i, f in enumerate(found) if i not in used]
        totals["extra"] += len(extra)
        if show and extra:
            print(f"  extra {item['id']}: {[(f['source'], f['claim'][:40]) for f in extra]}")
    return dict(totals)


def score(show: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for half in HALVES:
        lines = (SET / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()
        for lang in (*LANGUAGES, "all"):
            chosen = [x for x in lines if lang == "all" or json.loads(x)["lang"] == lang]
            results[f"{half} {lang}"] = score_half(chosen, show and half == "tune" and lang == "all")
    return results


def report(label: str, results: dict[str, Any]) -> None:
    for key, r in results.items():
        print(
            f"{label:10} {key:12} read {r['read']}/{r['clauses']}, source right {r['source_right']}, claim exact "
            f"{r['claim_exact']} (close {r['claim_close']}), status right {r['status_right']}/{r['statused']}; "
            f"traps read {r['traps_read']}/{r['traps']}, extra {r['extra']}; negated confirmations read as confirmed "
            f"{r['negated_confirmed']}/{r['negated']}"
        )


def main() -> None:
    import side_by_side  # (bench/, the script's own folder)

    side_by_side.run(__doc__, __file__, score, report)


if __name__ == "__main__":
    main()
