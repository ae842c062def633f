"""The three protocols of the embedded engine side by side in one run: 'full' (the model answers the whole
schema), 'choices' (the model chooses and labels code's numbered items by id) and 'reference' (code reads the
article, the model writes a checked headline).

1. The README's run command (`summarise examples/port_strike.txt --format markdown`), as a new process each time
   (model load included), the two protocols interleaved.
2. Every article of a gold set through the library with one loaded engine: calls, output tokens and seconds per
   article, and the scores `summarise eval` gives each protocol on it.

Usage: .venv/bin/python bench/protocols.py [--runs N] [--gold eval/gold] [--out bench/results/protocols.json]
Ratios measured side by side are the point: the machine is shared and its load is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOCOLS = ("full", "choices", "reference")


def run_command(runs: int) -> dict[str, list[float]]:
    """Wall seconds of the README run command per protocol, interleaved."""
    times: dict[str, list[float]] = {p: [] for p in PROTOCOLS}
    command = [str(ROOT / ".venv" / "bin" / "summarise"), str(ROOT / "examples" / "port_strike.txt"), "--format",
               "markdown"]  # fmt: skip
    for _ in range(runs):
        for protocol in PROTOCOLS:
            env = {**os.environ, "SUMMARISE_PROTOCOL": protocol}
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times[protocol].append(time.perf_counter() - started)
    return times


def gold(directory: Path) -> dict[str, dict[str, float | None]]:
    """Per protocol: mean calls, output tokens and seconds per article, and the eval's overall scores."""
    from summarise.evaluation import evaluate
    from summarise.settings import Settings

    found: dict[str, dict[str, float | None]] = {}
    for protocol in PROTOCOLS:
        run = evaluate(directory, settings=Settings(engine="embedded", protocol=protocol))
        counts = run.overall.counts
        n = max(counts.articles, 1)
        found[protocol] = {
            "calls": counts.calls / n,
            "completion_tokens": counts.completion_tokens / n,
            "seconds": counts.seconds / n,
            **{k: v for k, v in run.overall.scores.items() if k not in ("calls", "seconds", "reasks")},
        }
    return found


def report(data: dict) -> str:  # type: ignore[type-arg]
    """The figures of one run as a table: the run command's medians and the gold set's means and scores."""
    command, scores = data["command"], data["gold"]
    lines = [
        f"README run command, {p:9}: median {statistics.median(t):6.1f} s over {len(t)} runs"
        for p, t in command.items()
    ]
    for protocol in command:
        if protocol != "full":
            ratio = statistics.median(command[protocol]) / statistics.median(command["full"])
            lines.append(f"  {protocol} / full wall time: {ratio:.2f}")
    ran = [p for p in PROTOCOLS if p in scores]
    keys = sorted({k for row in scores.values() for k in row})
    lines.append(f"\ngold set: {'metric':28} " + " ".join(f"{p:>10}" for p in ran))
    for key in keys:
        cells = [scores[p].get(key) for p in ran]
        lines.append(f"  {key:36} " + " ".join(f"{c:10.3f}" if c is not None else f"{'–':>10}" for c in cells))
    for protocol in ran:
        if protocol != "full":
            tokens = (scores[protocol]["completion_tokens"] or 0.0) / (scores["full"]["completion_tokens"] or 1.0)
            lines.append(f"  output tokens per article, {protocol} / full: {tokens:.3f}")
    lines.append(f"\nrun started {data['started']}, load average at start {data['load']:.1f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold")
    parser.add_argument("--out", type=Path, default=None, help="write the run's figures as JSON here")
    parser.add_argument("--show", type=Path, default=None, help="print the table of a saved run and stop")
    args = parser.parse_args()
    if args.show:
        print(report(json.loads(args.show.read_text(encoding="utf-8"))))
        return
    started = datetime.now(UTC).isoformat(timespec="seconds")
    load = os.getloadavg()[0]
    data = {"started": started, "load": load, "command": run_command(args.runs), "gold": gold(args.gold)}
    if args.out:
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(report(data), flush=True)


if __name__ == "__main__":
    main()
