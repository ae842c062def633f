"""`summarise eval`: score an engine on a folder of gold-annotated articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .. import api, defaults
from ..output.files import write_whole
from .edge import failures, print_out
from .options import OutputFile, concurrency_option, model_options


@click.command("eval")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the run as JSON (the shape --compare reads) instead of tables."
)
@click.option("--report", type=OutputFile(), help="Write a self-contained HTML report to FILE.")
@click.option(
    "--compare",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A previous run saved with --json: show the change of every metric.",
)
@concurrency_option
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on stderr.")
@model_options
def evaluate(
    gold_dir: str,
    as_json: bool,
    report: Path | None,
    compare: Path | None,
    concurrency: int | None,
    quiet: bool,
    engine: str | None,
    protocol: str | None,
    **options: Any,
) -> None:
    """Score the model on GOLD_DIR: every NAME.txt with a NAME.json gold annotation beside it."""
    from rich.console import Console

    from .. import evaluation
    from ..settings import Settings

    def progress(article: evaluation.ArticleEval, done: int, total: int) -> None:
        if not quiet:
            state = f"failed ({article.error.type})" if article.error is not None else "scored"
            counts = article.counts
            click.echo(
                f"summarise: [{done}/{total}] {article.name}: {state}, {counts.calls} calls, {counts.seconds:.1f} s",
                err=True,
            )

    with failures():
        previous = evaluation.load_run(compare) if compare is not None else None
        spotlight = options.pop("spotlight", None)
        settings = api._settings(Settings(), {"engine": engine, "protocol": protocol, "spotlight": spotlight})
        run = evaluation.evaluate(
            gold_dir,
            concurrency=concurrency or defaults.BATCH_CONCURRENCY,
            on_article=progress,
            settings=settings,
            **options,
        )
    changes = evaluation.deltas(previous, run) if previous is not None else None
    if report is not None:
        with failures():
            write_whole(report, evaluation.render_html(run, changes))
    if as_json:
        print_out(run.model_dump_json(indent=2) + "\n")
        return
    from ..evaluation.table import article_table, compare_table

    console = Console(width=max(Console().width, 200), soft_wrap=False)
    console.print(article_table(run))
    if changes is not None:
        console.print(compare_table(changes))
