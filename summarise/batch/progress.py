"""Batch progress on stderr: a rich bar with rate and ETA on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from .. import defaults
from .accounting import Tally
from .records import BatchResult


class Progress:
    """Shows how far a batch has got; does nothing when `quiet`."""

    def __init__(
        self, *, quiet: bool = False, stream: IO[str] | None = None, every: float = defaults.PROGRESS_EVERY_SECONDS
    ) -> None:
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.total = 0
        self.count = 0
        self.started = time.perf_counter()
        self.last = self.started
        self._bar: Any = None
        self._task: Any = None

    def start(self, total: int, skipped: int) -> None:
        self.total = total
        self.started = self.last = time.perf_counter()
        if self.quiet:
            return
        if skipped:
            print(f"summarise: {skipped} article(s) already in the output, {total} to go", file=self.stream)
        if self.stream.isatty() and total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._task = self._bar.add_task("summarising", total=total, rate="")
            self._bar.start()

    def update(self, result: BatchResult, tally: Tally) -> None:
        self.count += 1
        if self.quiet:
            return
        now = time.perf_counter()
        rate = self.count / max(now - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(
                self._task,
                advance=1,
                description=f"{tally.failed} failed, {tally.cached} cached",
                rate=f"{rate:.1f}/s",
            )
            return
        if now - self.last >= self.every or self.count == self.total:
            self.last = now
            left = (self.total - self.count) / rate if rate > 0 else 0.0
            print(
                f"summarise: {self.count}/{self.total} ({tally.failed} failed, {tally.cached} cached), "
                f"{rate:.1f} articles/s, ETA {_duration(left)}",
                file=self.stream,
                flush=True,
            )

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _duration(seconds: float) -> str:
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"
