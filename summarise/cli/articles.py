"""`summarise run` (one article) and `summarise batch` (many, resumably)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from .. import api, defaults
from ..output import markdown as render
from ..output.files import write_whole
from .edge import failures, print_out
from .options import FORMATS, OutputFile, concurrency_option, default_format, model_options


@click.command("run")
@click.argument("article", metavar="ARTICLE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format; html is one self-contained page, the summary drawn on the article "
    "[default: by the -o suffix (.md, .html), else markdown on a terminal, else json].",
)
@click.option("-o", "--output", type=OutputFile(), help="Write to FILE, not stdout.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD) that relative dates are read against [default: the page's own, if any].",
)
@model_options
def run(
    article: str,
    fmt: str | None,
    output: Path | None,
    published: datetime | None,
    part_tokens: int | None,
    model: str | None,
    base_url: str | None,
    engine: str | None,
    protocol: str | None,
    mode: str | None,
    language: str | None,
    template: str | None,
    reasks: int | None,
    grounding_reasks: int | None,
    candidates: bool | None,
    spotlight: bool | None,
    max_output_tokens: int | None,
) -> None:
    """Summarise ARTICLE: a .txt, .md or .html file, an http(s) URL, or - for standard input."""
    from ..inputs.load import load_article
    from ..settings import Settings

    with failures():
        # Standard input may be closed (`summarise - <&-`): then there is none to read, which load_article says.
        loaded = load_article(article, stdin=sys.stdin.buffer if sys.stdin is not None else None)
        settings = api._settings(Settings(), {"engine": engine, "protocol": protocol, "spotlight": spotlight})
        summary = api.summarise(
            loaded,
            published=published.date() if published else None,
            part_tokens=part_tokens,
            language=language,
            model=model,
            base_url=base_url,
            template=template,
            reasks=reasks,
            grounding_reasks=grounding_reasks,
            candidates=candidates,
            max_output_tokens=max_output_tokens,
            mode=mode,
            settings=settings,
        )
    fmt = fmt or default_format(output)
    if fmt == "html":
        from ..output.html_view import to_html

        rendered = to_html(summary, loaded.text)
    else:
        rendered = render.render(summary, fmt)
    if output is None:
        print_out(rendered)
        return
    with failures():
        write_whole(output, rendered)


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="The JSONL file of results; an existing one is resumed.",
)
@concurrency_option
@click.option(
    "--readers",
    type=click.IntRange(0, 64),
    default=None,
    help="Worker processes that make code's reading of the articles while the endpoint answers [default: "
    "SUMMARISE_READERS, else 1 on a remote endpoint at -j above 1 on a machine with more than one core, else 0].",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--retry-failed", is_flag=True, help="Run again the articles the output records as failed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no final counts on stderr.")
@click.option(
    "--html-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write each article's HTML view into DIR, and DIR/index.html linking them with their counts.",
)
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[ADDRESS]",
    help="Run on a Ray cluster: ADDRESS ('auto', ray://host:10001), else RAY_ADDRESS, else a new local Ray. "
    "Needs the extra summarise[ray]. With -o x.parquet, writes Parquet.",
)
@click.option(
    "--actors", type=click.IntRange(1, 1024), default=2, show_default=True, help="With --ray: engines (Ray actors)."
)
@model_options
def batch(
    inputs: tuple[str, ...],
    output: Path,
    concurrency: int | None,
    readers: int | None,
    no_cache: bool,
    retry_failed: bool,
    quiet: bool,
    html_dir: Path | None,
    ray_address: str | None,
    actors: int,
    engine: str | None,
    protocol: str | None,
    **options: Any,
) -> None:
    """Summarise many articles into a JSONL file, resumably.

    INPUTS are directories (their *.txt files), globs, article files, or .jsonl files of
    {"id": ..., "text" | "url" | "path": ..., "published"?, "lang"?} lines. With --ray, -j is per actor.
    """
    import asyncio

    from ..batch import inputs as batch_inputs
    from ..batch.progress import Progress
    from ..batch.run import summarise_to_jsonl
    from ..settings import Settings

    if ray_address is None and output.suffix.lower() == ".parquet":
        raise click.UsageError("Parquet output needs --ray; without it the output is JSONL")
    if ray_address is not None and html_dir is not None:
        raise click.UsageError("--html-dir is not available with --ray; run it without --ray to write the views")
    progress = Progress(quiet=quiet)
    duplicates: list[str] = []
    try:
        with failures("interrupted; finished articles are in the output, run again to resume"):
            items = batch_inputs.collect(inputs, exclude=output)
            spotlight = options.pop("spotlight", None)
            settings = api._settings(
                Settings(), {"engine": engine, "protocol": protocol, "spotlight": spotlight, "readers": readers}
            )
            common: dict[str, Any] = {
                "retry_failed": retry_failed,
                "on_start": progress.start,
                "on_result": progress.update,
                "concurrency": concurrency or defaults.BATCH_CONCURRENCY,
                "cache": not no_cache,
                "settings": settings,
                **options,
            }
            if ray_address is not None:
                from ..batch.ray_file import summarise_to_file

                tally = summarise_to_file(
                    items, output, address=ray_address, actors=actors, on_duplicate=duplicates.append, **common
                )
            else:
                tally = asyncio.run(summarise_to_jsonl(items, output, html_dir=html_dir, **common))
    finally:
        progress.stop()
    if not quiet:
        if duplicates:
            click.echo(f"summarise: {len(duplicates)} row(s) Ray delivered twice were written once", err=True)
        click.echo(f"summarise: {tally.line()}", err=True)
    if tally.failed:
        raise SystemExit(7)
