"""A benchmark of code's reading run on this checkout and, with --other, on another one beside it.

`run(doc, script, score, report)` parses the command line (--show, --other CHECKOUT), imports `summarise` from the
checkout asked for, and prints `report(label, results)` for the other checkout (its `score` run in a subprocess
that prints JSON) and then for this one. `report_right` is such a report for a score of right answers per field.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run(doc: str, script: str, score: Callable[[bool], Any], report: Callable[[str, Any], None]) -> None:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--other", type=Path, help="another checkout, run side by side")
    # (what --other's subprocess is run with: print JSON, importing `summarise` from that checkout)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--code", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))
    results = score(args.show)
    if args.json:
        print(json.dumps(results))
        return
    if args.other:
        command = [sys.executable, script, "--json", "--code", str(args.other.resolve())]
        done = subprocess.run(command, capture_output=True, text=True, check=True, cwd="/tmp")
        report(args.other.name, json.loads(done.stdout))
    report("this", results)


def report_right(label: str, results: Any, halves: dict[str, str], fields: tuple[str, ...], note: str) -> None:
    """Per half: each field's right answers out of all (`results[half][field]` is [right, all]), then the fields'
    right answers summed per language (`results["<half> <language>"]`), `note` saying what they are out of."""
    for half, use in halves.items():
        if half not in results:
            continue
        r = results[half]
        print(f"{label:10} half {half} ({use}): " + ", ".join(f"{f} {r[f][0]}/{r[f][1]}" for f in fields))
        by_language = sorted(k for k in results if k.startswith(half + " "))
        print(
            f"{'':10} right by language ({note}): "
            + ", ".join(f"{k[2:]} {sum(results[k][f][0] for f in fields)}" for k in by_language)
        )
