"""One article's deadline (`SUMMARISE_DEADLINE`): every call to an endpoint, its transport retries and the re-asks
share it.

The pipeline opens it around an article (`within`); the transport layer reads it (`current`) to shorten each
request's timeout to the time left, to skip a retry whose wait would pass it, and to send nothing once it has
passed. It lives in a context variable, so that concurrent articles (tasks of one event loop) each have their own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    """When the article must be done: `seconds` after it started, at `ends` on the monotonic clock."""

    seconds: float
    ends: float

    def left(self) -> float:
        """Seconds left; zero or less once it has passed."""
        return self.ends - time.monotonic()


_current: ContextVar[Deadline | None] = ContextVar("summarise_deadline", default=None)


def current() -> Deadline | None:
    """The deadline of the article being worked on, if any."""
    return _current.get()


@contextmanager
def within(seconds: float | None) -> Iterator[Deadline | None]:
    """Everything inside shares one deadline of `seconds` from now (None: no deadline). An enclosing deadline that
    ends sooner stays in force."""
    outer = _current.get()
    deadline = None if seconds is None else Deadline(seconds, time.monotonic() + seconds)
    if outer is not None and (deadline is None or outer.ends <= deadline.ends):
        deadline = outer
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)
