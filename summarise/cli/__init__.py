"""The command line: parse, call the library, print, map errors to exit codes (edge.py). Each command is a
module of its own; `main` is the group `[project.scripts]` and `python -m summarise` run."""

from __future__ import annotations

import logging

import click

from .. import __version__
from .articles import batch, run
from .edge import EXIT_CODES, DefaultGroup, Failure
from .evaluate import evaluate
from .serve import serve


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summarise")
def main() -> None:
    """Structured, verifiable summaries of news articles.

    `summarise ARTICLE` is short for `summarise run ARTICLE`.
    """
    # instructor logs every failed attempt at ERROR; the CLI reports the outcome itself, in one line.
    quiet = logging.getLogger("instructor")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False


for command in (run, batch, evaluate, serve):
    main.add_command(command)

__all__ = ["EXIT_CODES", "Failure", "main"]
