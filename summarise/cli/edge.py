"""Where the library meets the terminal: exit codes, our errors and click's usage errors as one line on stderr,
and output files written whole or not at all."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any

import click

from ..errors import SummariseError

EXIT_CODES = {
    0: "success",
    2: "usage error (unknown option, missing argument, bad value of an option)",
    3: "bad input: missing, empty, too short, too large, binary or undecodable article, a page with no article "
    "text (batch: no article found, unreadable JSONL line, a results file that is not one; eval: no or bad "
    "gold files, a --compare file that is not a run)",
    4: "configuration error: bad model path, engine, template or setting; a result cache that cannot be opened; "
    "an address `serve` cannot listen on",
    5: "model unavailable or request refused "
    "(unreachable endpoint, HTTP error after retries, context overflow, refusal)",
    6: "the model's answer broke the schema after every re-ask, or was cut off",
    7: "batch finished, but some articles failed (each failure is recorded in the output)",
    8: "a URL could not be fetched: unreachable, timed out, HTTP error, too large, too many redirects, not a page",
    9: "the output could not be written: the -o file, eval --report, batch's JSONL file, or standard output",
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
def failures(interrupted: str = "interrupted") -> Iterator[None]:
    """Our errors as one line on stderr with their exit code; Ctrl-C as exit 130 with `interrupted`."""
    try:
        yield
    except SummariseError as exc:
        raise Failure(exc.message, exc.exit_code) from exc
    except KeyboardInterrupt:
        raise Failure(interrupted, 130) from None


def print_out(text: str) -> None:
    """`text` on standard output. Raises Failure (exit 9) when standard output is closed or cannot be written,
    which would otherwise end the run with exit 0 and the summary lost."""
    if sys.stdout is None:  # started with fd 1 closed
        raise Failure("cannot write standard output: it is closed", 9)
    try:
        click.echo(text, nl=False)
    except OSError as exc:
        # What is still buffered would fail again when Python flushes at exit, printing a second message.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise Failure(f"cannot write standard output: {exc.strerror or exc}", 9) from None


# click 8.2+ raises this for a bare `summarise`, which shows the help rather than an error line.
_SHOW_HELP: tuple[type[Exception], ...] = tuple(
    kind for kind in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if kind is not None
)


@contextmanager
def usage_in_one_line() -> Iterator[None]:
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


class DefaultGroup(click.Group):
    """A group whose default command is `run`, so `summarise ARTICLE` works beside subcommands; a usage
    error, in the group's arguments or a command's, is one line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args.insert(0, "run")
        return super().parse_args(ctx, args)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        with usage_in_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        # A command's own arguments are parsed here, when the group hands over to it.
        with usage_in_one_line():
            return super().invoke(ctx)
