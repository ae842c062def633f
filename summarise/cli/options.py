"""Options shared by several commands, and the output format a command writes by default."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import defaults, engines
from ..engines import modes
from ..language import parse_languages
from ..output import markdown as render

# The formats of `run`: render's, and the view of the summary on its article (output.html_view).
FORMATS = (*render.FORMATS, "html")
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def default_format(output: Path | None) -> str:
    if output is not None:
        return _SUFFIXES.get(output.suffix.lower(), "json")
    return "markdown" if sys.stdout is not None and sys.stdout.isatty() else "json"


def _check_languages(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--lang as given, once each code in it is known to be ISO 639-1 (a usage error, exit 2, if not)."""
    try:
        parse_languages(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
    return value


def model_options(command: Callable[..., Any]) -> Callable[..., Any]:
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
            callback=_check_languages,
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
concurrency_option = click.option(
    "-j",
    "--concurrency",
    type=click.IntRange(1, 256),
    default=None,
    help="Articles in flight at once on an endpoint [default: 4; always 1 for the embedded engine].",
)


class OutputFile(click.Path):
    """A file to write: click's Path with no folder, also refusing an empty name and a name ending in a slash,
    which pathlib would read as the current folder and as the name without its slash."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            if not value:
                self.fail("the file name is empty", param, ctx)
            if value.endswith(("/", os.sep)):
                self.fail(f"'{value}' names a folder, not a file", param, ctx)
        return super().convert(value, param, ctx)
