"""A function's recent results by its arguments, as `functools.lru_cache` keeps them, and results made elsewhere
given for a while (`given`): code's reading of an article, made in a worker process while the event loop awaits a
model (`pipeline.readers`), is found where the pipeline looks for it for as long as that article is summarised."""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

R = TypeVar("R")


class Memo(Generic[R]):
    """`function`'s last `maxsize` results (none when 0), by its positional arguments (which must be hashable)."""

    def __init__(self, function: Callable[..., R], maxsize: int) -> None:
        self._function = function
        self._maxsize = maxsize
        self._kept: OrderedDict[tuple[Hashable, ...], R] = OrderedDict()
        # The pipeline runs in threads too (the server's workers): one lock keeps the order and the size right.
        self._lock = threading.Lock()
        # Per task or thread: results given for the article it is summarising, never evicted by other articles'.
        self._given: ContextVar[dict[tuple[Hashable, ...], R] | None] = ContextVar(
            f"{function.__module__}.{function.__qualname__}", default=None
        )
        functools.update_wrapper(self, function)
        _ALL.append(self)

    def __call__(self, *args: Hashable) -> R:
        given = self._given.get()
        if given is not None and args in given:
            return given[args]
        if not self._maxsize:
            return self._function(*args)
        with self._lock:
            if args in self._kept:
                self._kept.move_to_end(args)
                return self._kept[args]
        value = self._function(*args)
        with self._lock:
            self._kept[args] = value
            while len(self._kept) > self._maxsize:
                self._kept.popitem(last=False)
        return value

    @contextmanager
    def given(self, value: R, *args: Hashable) -> Iterator[None]:
        """Within (in this task or thread): `value` is the result for `args`, as if the function had made it."""
        token = self._given.set({**(self._given.get() or {}), args: value})
        try:
            yield
        finally:
            self._given.reset(token)

    def cache_clear(self) -> None:
        with self._lock:
            self._kept.clear()


# Every Memo, so that a forked child gets locks no thread of its parent held at the fork.
_ALL: list[Memo[Any]] = []


def _new_locks() -> None:
    for kept in _ALL:
        kept._lock = threading.Lock()


os.register_at_fork(after_in_child=_new_locks)


def memo(maxsize: int) -> Callable[[Callable[..., R]], Memo[R]]:
    """`Memo` as a decorator."""

    def decorate(function: Callable[..., R]) -> Memo[R]:
        return Memo(function, maxsize)

    return decorate
