"""The scores in README.md's table of the four gold sets: `summarise eval` with the extractive engine and with the
bundled model (its default protocol) on each set, saved as eval/runs/<engine>-<set>.json, then the table.

Usage: .venv/bin/python bench/eval_sets.py [--show]
Runs the command as a user would (`summarise eval eval/SET [--engine extractive] --json -q`), one run at a time.
--show prints the table of the saved runs without running anything. The shares are ratios of counts, so the load
of the machine changes the runs' seconds, not their scores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / ".venv" / "bin" / "summarise"
SETS = ("gold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
# Run file name: the extra arguments of `summarise eval`.
ENGINES = {"extractive": ["--engine", "extractive"], "bundled-reference": []}
ROWS = (
    ("figures precision", "figures_precision"),
    ("figures recall", "figures_recall"),
    ("claims recall", "claims_recall"),
    ("claim source accuracy", "claims_source_accuracy"),
    ("claim status accuracy", "claims_status_accuracy"),
    ("actors recall", "actors_recall"),
    ("actors precision", "actors_precision"),
    ("event place and time", "event_recall"),
    ("brief numbers all verified", "brief_numbers_ok"),
)


def run_file(engine: str, gold: str) -> Path:
    return ROOT / "eval" / "runs" / f"{engine}-{gold}.json"


def run_all() -> None:
    for gold in SETS:
        for engine, extra in ENGINES.items():
            command = [str(EXE), "eval", f"eval/{gold}", *extra, "--json", "-q"]
            done = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
            run_file(engine, gold).write_text(done.stdout, encoding="utf-8")
            print(f"{' '.join(['summarise', *command[1:]])} > {run_file(engine, gold).relative_to(ROOT)}", flush=True)


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def table() -> str:
    runs = {(e, g): json.loads(run_file(e, g).read_text(encoding="utf-8")) for g in SETS for e in ENGINES}
    lines = [f"{'metric':28} " + " ".join(f"{g:>18}" for g in SETS)]
    lines.append(f"{'':28} " + " ".join(f"{'extr. / bundled':>18}" for _ in SETS))

    def row(name: str, cell: Callable[[dict[str, Any]], str]) -> None:
        cells = (" / ".join(cell(runs[e, g]) for e in ENGINES) for g in SETS)
        lines.append(f"{name:28} " + " ".join(f"{c:>18}" for c in cells))

    for name, key in ROWS:
        row(name, lambda run, k=key: _share(run["overall"]["scores"][k]))
    row("traps kept", lambda run: str(run["overall"]["counts"]["traps_kept"]))
    row("model calls", lambda run: str(run["overall"]["counts"]["calls"]))
    row("articles with a call", lambda run: str(sum(a["counts"]["calls"] > 0 for a in run["articles"])))
    row("output tokens / article", lambda run: f"{run['overall']['scores']['completion_tokens']:.1f}")
    row("articles", lambda run: str(run["overall"]["counts"]["articles"]))
    lines.append("")
    for (engine, gold), data in runs.items():
        name = run_file(engine, gold).relative_to(ROOT)
        lines.append(f"{name}: started {data['started']}, wall {data['wall_seconds']} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the table of the saved runs and stop")
    if not parser.parse_args().show:
        run_all()
    print(table())


if __name__ == "__main__":
    main()
