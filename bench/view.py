"""What the HTML view costs beside the markdown, side by side in one run: the port-strike article with the team's
authored answer, and every English article of the evaluation sets joined into one text, read by the extractive
engine (a long article with the most spans code finds).

Each arm renders the same summary; the arms are interleaved, best of several rounds of many calls. It prints
the time per page of each format, their ratio, the page sizes and the number of highlights.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarise import summarise
from summarise.inputs.load import check_text
from summarise.output.html_view import marks, to_html
from summarise.output.markdown import to_markdown
from summarise.results import ArticleSummary

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes import completion, scripted_server  # noqa: E402

ROUNDS, CALLS = 5, 40


def _port_strike() -> tuple[ArticleSummary, str]:
    text = check_text((ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8"))
    answer = json.loads((ROOT / "tests" / "authored" / "port_strike_grounded.json").read_text(encoding="utf-8"))
    answer.pop("_comment")
    with scripted_server([completion(json.dumps(answer))]) as (url, _):
        return summarise(text, base_url=url, model="authored"), text


def _joined() -> tuple[ArticleSummary, str]:
    """Every English article of the evaluation sets as one long text, read by the extractive engine."""
    parts = sorted((ROOT / "eval").glob("*/en_*.txt"))
    text = check_text("\n\n".join(p.read_text(encoding="utf-8") for p in parts))
    return summarise(text, engine="extractive"), text


def _best(render: Callable[[], str]) -> float:
    """Seconds per call, the best round."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            render()
        best = min(best, (time.perf_counter() - started) / CALLS)
    return best


def main() -> None:
    print(f"{'article':<12} {'chars':>7} {'spans':>6} {'markdown ms':>12} {'html ms':>9} {'ratio':>6} {'html KiB':>9}")
    for name, (summary, text) in (("port_strike", _port_strike()), ("eval_en_all", _joined())):
        md = _best(lambda s=summary: to_markdown(s))
        page = _best(lambda s=summary, t=text: to_html(s, t))
        size = len(to_html(summary, text).encode("utf-8")) / 1024
        print(
            f"{name:<12} {len(text):>7,} {len(marks(summary)):>6} {md * 1000:>12.3f} {page * 1000:>9.3f} "
            f"{page / md:>6.1f} {size:>9.1f}"
        )


if __name__ == "__main__":
    main()
