"""The evaluation on a terminal: a table per article and overall, and a table of changes against a previous run."""

from __future__ import annotations

from rich.table import Table

from .compare import Delta
from .run import EvalRun
from .score import METRICS

_SHARE = {key: share for key, _, share in METRICS}
_LABEL = {key: label for key, label, _ in METRICS}
# The columns of the terminal table; the JSON and the HTML report carry every metric.
COLUMNS = (
    "figures_precision",
    "figures_recall",
    "actors_recall",
    "claims_recall",
    "claims_source_accuracy",
    "claims_status_accuracy",
    "verified_share",
    "unverified_wrong_share",
    "brief_language_ok",
    "brief_numbers_ok",
    "schema_valid",
    "calls",
    "prompt_tokens",
    "completion_tokens",
    "seconds",
)


def cell(key: str, value: float | None) -> str:
    """A metric's value for people: a share as a whole percentage, an amount with at most one decimal."""
    if value is None:
        return "–"
    if _SHARE[key]:
        return f"{value:.0%}"
    return f"{value:,.0f}" if key.endswith("tokens") else f"{value:,.1f}"


def change(key: str, value: float | None) -> str:
    """A change of a metric, signed: percentage points for a share."""
    if value is None:
        return "–"
    if _SHARE[key]:
        return f"{value * 100:+.0f} pt"
    return f"{value:+,.1f}"


def article_table(run: EvalRun) -> Table:
    """One row per article, then one for all of them."""
    table = Table(title=f"summarise eval · {run.engine} · {run.model} · {run.gold_dir}", title_justify="left")
    table.add_column("article", no_wrap=True)
    table.add_column("lang")
    for key in COLUMNS:
        table.add_column(_LABEL[key], justify="right")
    for article in run.articles:
        name = article.name + (" (failed)" if article.error is not None else "")
        table.add_row(name, article.language, *(cell(k, article.scores.get(k)) for k in COLUMNS))
    table.add_section()
    overall = run.overall.scores
    table.add_row("all", str(len(run.by_language)), *(cell(k, overall.get(k)) for k in COLUMNS), style="bold")
    return table


def compare_table(deltas: dict[str, Delta]) -> Table:
    """Every metric overall: the previous run's value, this run's, and the change."""
    table = Table(title="against the previous run", title_justify="left")
    for name in ("metric", "previous", "now", "change"):
        table.add_column(name, justify="left" if name == "metric" else "right")
    for key, (before, after, diff) in deltas.items():
        table.add_row(_LABEL[key], cell(key, before), cell(key, after), change(key, diff))
    return table
