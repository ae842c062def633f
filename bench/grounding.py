"""Share of items verified on the team's articles with the embedded engine, with and without candidates.

Both arms use the whole-schema protocol ('full'): candidates narrow the schema the model fills in, and by reference
(the embedded engine's default) the model writes no item at all, so the two arms would be the same.

Usage: .venv/bin/python bench/grounding.py [ARTICLE ...]
Prints, per article and arm, verified and unverified items, the grounding re-asks and the wall time, then
the totals side by side. Not part of the test suite: the bundled model is slow and its output is the point.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from summarise import SummariseError, summarise
from summarise.engines import from_settings
from summarise.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))
KINDS = ("event", "actors", "figures", "claims", "brief")


def main(paths: list[Path]) -> None:
    engine = from_settings(Settings())
    totals: dict[bool, list[float]] = {False: [0, 0, 0, 0.0], True: [0, 0, 0, 0.0]}
    print(
        f"{'article':28} {'candidates':10} {'verified':>8} {'unverified':>10} {'share':>6} {'reasks':>6} {'seconds':>7}"
    )
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for candidates in (False, True):
            started = time.perf_counter()
            try:
                result = summarise(text, engine=engine, candidates=candidates, protocol="full")
            except SummariseError as exc:
                print(f"{path.name:28} {'on' if candidates else 'off':10} failed: {exc.message}")
                continue
            seconds = time.perf_counter() - started
            report = result.grounding
            verified = sum(getattr(report, k).verified for k in KINDS)
            unverified = sum(getattr(report, k).unverified for k in KINDS)
            share = verified / max(verified + unverified, 1)
            row = totals[candidates]
            row[0] += verified
            row[1] += unverified
            row[2] += report.reasks
            row[3] += seconds
            print(
                f"{path.name:28} {'on' if candidates else 'off':10} {verified:8} {unverified:10} "
                f"{share:6.0%} {report.reasks:6} {seconds:7.1f}"
            )
    for candidates, (verified, unverified, reasks, seconds) in totals.items():
        share = verified / max(verified + unverified, 1)
        print(
            f"{'TOTAL':28} {'on' if candidates else 'off':10} {int(verified):8} {int(unverified):10} "
            f"{share:6.0%} {int(reasks):6} {seconds:7.1f}"
        )
    off, on = totals[False], totals[True]
    off_share = off[0] / max(off[0] + off[1], 1)
    on_share = on[0] / max(on[0] + on[1], 1)
    print(f"verified share with candidates / without: {on_share / max(off_share, 1e-9):.2f}x")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or ARTICLES)
