"""The command line: parse, call the library, print, map errors to exit codes."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import click

from . import __version__, api, defaults, engines
from .engines import modes
from .errors import OutputWriteError, SummariseError
from .output import markdown as render

EXIT_CODES = {
    0: "success",
    2: "usage error (unknown option, missing argument, bad value of an option)",
    3: "bad input: missing, empty, too short, too large, binary or undecodable article, a page with no article "
    "text (batch: no article found, unreadable JSONL line; eval: no or bad gold files, a --compare file that is "
    "not a run)",
    4: "configuration error: bad model path, engine, template or setting; a result cache that cannot be opened; "
    "an address `serve` cannot listen on",
    5: "model unavailable or request refused "
    "(unreachable endpoint, HTTP error after retries, context overflow, refusal)",
    6: "the model's answer broke the schema after every re-ask, or was cut off",
    7: "batch finished, but some articles failed (each failure is recorded in the output)",
    8: "a URL could not be fetched: unreachable, timed out, HTTP error, too large, too many redirects, not a page",
    9: "the output could not be written: the -o file, eval --report, or batch's JSONL file",
    130: "interrupted (Ctrl-C), also when Ctrl-C stops `summarise serve`",
}


class Failure(click.ClickException):
    """A library error shown as one line on stderr, with its own exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        # click declares exit_code on the class; each failure carries its own.
        self.exit_code = exit_code  # type: ignore[misc]

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"summarise: error: {self.format_message()}", err=True)


@contextmanager
def _failures(interrupted: str = "interrupted") -> Iterator[None]:
    """Our errors as one line on stderr with their exit code; Ctrl-C as exit 130 with `interrupted`."""
    try:
        yield
    except SummariseError as exc:
        raise Failure(exc.message, exc.exit_code) from exc
    except KeyboardInterrupt:
        raise Failure(interrupted, 130) from None


# click 8.2+ raises this for a bare `summarise`, which shows the help rather than an error line.
_SHOW_HELP: tuple[type[Exception], ...] = tuple(
    kind for kind in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if kind is not None
)


@contextmanager
def _usage_in_one_line() -> Iterator[None]:
    """click's usage errors (usage, hint, blank line, error) as our one line, keeping their exit code 2."""
    try:
        yield
    except _SHOW_HELP:
        raise
    except click.UsageError as exc:
        message = exc.format_message().strip()
        message = message[:1].lower() + message[1:].removesuffix(".")
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        raise Failure(message + hint, exc.exit_code) from exc


class _DefaultGroup(click.Group):
    """A group whose default command is `run`, so `summarise ARTICLE` works beside subcommands; a usage
    error, in the group's arguments or a command's, is one line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args.insert(0, "run")
        return super().parse_args(ctx, args)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        with _usage_in_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        # A command's own arguments are parsed here, when the group hands over to it.
        with _usage_in_one_line():
            return super().invoke(ctx)


def _write_atomically(path: Path, text: str) -> None:
    """Write the whole output or nothing: a temporary file renamed into place. Raises OutputWriteError."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc


# The formats of `run`: render's, and the view of the summary on its article (render_html).
FORMATS = (*render.FORMATS, "html")
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _default_format(output: Path | None) -> str:
    if output is not None:
        return _SUFFIXES.get(output.suffix.lower(), "json")
    return "markdown" if sys.stdout.isatty() else "json"


def _model_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose the model and shape its answers, shared by `run`, `batch` and `eval`; each is an
    argument of `summarise`, `summarise_many` and `evaluate` of the same name."""
    options = [
        click.option("-m", "--model", help="A GGUF file for the embedded engine, or a model name for an endpoint."),
        click.option("--base-url", help="An OpenAI-compatible endpoint (env: SUMMARISE_BASE_URL, OPENAI_BASE_URL)."),
        click.option(
            "--engine", type=click.Choice(engines.ENGINES), help="Force an engine [default: from the settings]."
        ),
        click.option(
            "--lang",
            "language",
            help="Language(s) of the brief as ISO 639-1 codes, e.g. ko or en,ko,uk [default: the article's].",
        ),
        click.option("--template", help="A prompt template: a shipped name (summary.v2) or a .jinja file."),
        click.option(
            "--reasks", type=click.IntRange(0, 5), help="Re-asks of an answer that breaks the schema [default: 2]."
        ),
        click.option(
            "--grounding-reasks",
            type=click.IntRange(0, 3),
            help="Re-asks of items that fail verification against the article [default: 1].",
        ),
        click.option(
            "--candidates/--no-candidates",
            default=None,
            help="Restrict names, figure values and evidence to spans of the article "
            "[default: on for the embedded engine].",
        ),
        click.option(
            "--spotlight/--no-spotlight",
            default=None,
            help="Datamark the article in the prompt as data (the spotlight template) [default: off].",
        ),
        click.option("--max-output-tokens", type=click.IntRange(64, 32768), help="Cap on each answer's tokens."),
        click.option(
            "--protocol",
            type=click.Choice(["reference", "choices", "full"]),
            help="reference: code reads the article, the model writes a checked headline; choices: the model "
            "chooses and labels code's numbered items by id and writes the brief; full: the model answers the "
            "whole schema [default: reference for the embedded engine, full otherwise].",
        ),
        click.option(
            "--mode",
            type=click.Choice(modes.CHOICES),
            help="How an endpoint is asked for the answer's structure: json_schema (in response_format; strict on "
            "OpenAI), json_object (JSON mode, the schema in the prompt), tools (a forced function call); auto tries "
            "them in turn and remembers per endpoint the one that answered [default: auto].",
        ),
        click.option(
            "--part-tokens",
            type=click.IntRange(defaults.MIN_PART_TOKENS),
            help="At most this many article tokens per part of a long article [default: what the context leaves].",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# How many articles `batch` and `eval` send to an endpoint at once.
_concurrency_option = click.option(
    "-j",
    "--concurrency",
    type=click.IntRange(1, 256),
    default=None,
    help="Articles in flight at once on an endpoint [default: 4; always 1 for the embedded engine].",
)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarise")
def main() -> None:
    """Structured, verifiable summaries of news articles.

    `summarise ARTICLE` is short for `summarise run ARTICLE`.
    """
    # instructor logs every failed attempt at ERROR; the CLI reports the outcome itself, in one line.
    quiet = logging.getLogger("instructor")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False


@main.command("run")
@click.argument("article", metavar="ARTICLE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format; html is one self-contained page, the summary drawn on the article "
    "[default: by the -o suffix (.md, .html), else markdown on a terminal, else json].",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE, not stdout.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD) that relative dates are read against [default: the page's own, if any].",
)
@_model_options
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
    from .inputs.load import load_article
    from .settings import Settings

    with _failures():
        loaded = load_article(article, stdin=sys.stdin.buffer)
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
    fmt = fmt or _default_format(output)
    if fmt == "html":
        from .output.html_view import to_html

        rendered = to_html(summary, loaded.text)
    else:
        rendered = render.render(summary, fmt)
    if output is None:
        click.echo(rendered, nl=False)
        return
    with _failures():
        _write_atomically(output, rendered)


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUTS...")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The JSONL file of results; an existing one is resumed.",
)
@_concurrency_option
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
@_model_options
def batch(
    inputs: tuple[str, ...],
    output: Path,
    concurrency: int | None,
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

    from .batch import inputs as batch_inputs
    from .batch.progress import Progress
    from .batch.run import summarise_to_jsonl
    from .settings import Settings

    if ray_address is None and output.suffix.lower() == ".parquet":
        raise click.UsageError("Parquet output needs --ray; without it the output is JSONL")
    if ray_address is not None and html_dir is not None:
        raise click.UsageError("--html-dir is not available with --ray; run it without --ray to write the views")
    progress = Progress(quiet=quiet)
    duplicates: list[str] = []
    try:
        with _failures("interrupted; finished articles are in the output, run again to resume"):
            items = batch_inputs.collect(inputs, exclude=output)
            spotlight = options.pop("spotlight", None)
            settings = api._settings(Settings(), {"engine": engine, "protocol": protocol, "spotlight": spotlight})
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
                from .batch.ray_data import summarise_to_file

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


@main.command("eval")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the run as JSON (the shape --compare reads) instead of tables."
)
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), help="Write a self-contained HTML report to FILE."
)
@click.option(
    "--compare",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A previous run saved with --json: show the change of every metric.",
)
@_concurrency_option
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on stderr.")
@_model_options
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

    from . import evaluation
    from .settings import Settings

    def progress(article: evaluation.ArticleEval, done: int, total: int) -> None:
        if not quiet:
            state = f"failed ({article.error.type})" if article.error is not None else "scored"
            counts = article.counts
            click.echo(
                f"summarise: [{done}/{total}] {article.name}: {state}, {counts.calls} calls, {counts.seconds:.1f} s",
                err=True,
            )

    with _failures():
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
        with _failures():
            _write_atomically(report, evaluation.render_html(run, changes))
    if as_json:
        click.echo(run.model_dump_json(indent=2))
        return
    from .evaluation.table import article_table, compare_table

    console = Console(width=max(Console().width, 200), soft_wrap=False)
    console.print(article_table(run))
    if changes is not None:
        console.print(compare_table(changes))


@main.command("serve")
@click.option("-m", "--model", help="A GGUF file [default: the bundled model].")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(model: str | None, host: str, port: int) -> None:
    """Serve the embedded engine: a summary API (/v1/summaries) and an OpenAI-compatible endpoint
    (/v1/chat/completions). Beyond loopback, SUMMARISE_SERVE_KEY must be set; see the README for the limits."""
    from .serve import server as service
    from .settings import Settings

    server = None
    try:
        # Ctrl-C is how a server is stopped, and it exits as every interrupted command does, whenever it comes:
        # while the model loads, before the first request, or while serving.
        with _failures("interrupted; the server has stopped"):
            # A missing key is refused before the model loads.
            key = service.check_key(host, service.read_settings())
            engine = engines.from_settings(api._settings(Settings(), {"model": model, "engine": "embedded"}))
            try:
                server = service.make_server(engine, host, port)
            except OSError as exc:
                raise Failure(f"cannot listen on {host}:{port}: {exc.strerror}", 4) from exc
            shown = f"[{host}]" if ":" in host else host
            required = "; the key is required" if key else ""
            line = f"serving {engine.model} on http://{shown}:{server.server_port}/v1{required}"
            # Said once the server listens: a caller that waits for the line can send Ctrl-C or a request at once.
            server.serve_forever(on_ready=lambda: click.echo(line, err=True))
    finally:
        if server is not None:
            server.server_close()


if __name__ == "__main__":  # pragma: no cover
    main()
