"""Code's reading of an article made in worker processes, while the event loop awaits models (`Settings.readers`).

Most of the CPU `asummarise` spends on an article is code's own reading of it (the hostile-text screen, figures,
reporting clauses, names, the event): a function of the article's text and language alone. Made in the calling
process, it holds the event loop, so articles in flight against a fast endpoint wait on one core while the machine
has more. With `readers` worker processes, the reading is made there and handed to the pipeline where it looks for
it (`memo.Memo.given`): the same reading, by the same code on the same text, and nothing else about the article
changes.

A worker is a Python process of its own running `reader_worker` (not a fork of the caller's threads, and never
running the caller's script again, as multiprocessing's spawn would), started with `-P` so that no file of the
current directory is imported, in its own session so that Ctrl-C reaches the caller alone. It says which
`summarise` it imported, and one that is not the caller's is not used. Workers start on first use and are used once
they have read a short warm-up article (the reader's tables and language models loaded). Until then, when the
workers are `_BACKLOG_PER_WORKER` articles behind each, when a worker fails or cannot be started, and past the
article's deadline, the article is read in the calling process as with no workers: no call waits on a worker to
start, and whatever failed there fails here the same way.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

from .. import deadline
from ..grounding.hostile import _screen_of, find_directives
from ..reading import read
from .reader_worker import Ahead, receive, send

log = logging.getLogger(__name__)

# Articles waiting for each ready worker past which the next one is read here instead: the calling process has
# CPU of its own to give when the workers are behind.
_BACKLOG_PER_WORKER = 8
# The summarise package this process runs: a worker must read with the same.
_PACKAGE = str(Path(__file__).resolve().parents[1])
_START = (
    "import sys\n"
    "root = sys.argv[1]\n"
    "if root not in sys.path:\n"
    "    sys.path.insert(0, root)\n"
    "from summarise.pipeline.reader_worker import main\n"
    "main()\n"
)
_Job = tuple[Future["Ahead | None"], str, str]


class _Worker:
    """One worker process, and the thread here that hands it articles from the pool's queue, one at a time."""

    def __init__(self, pool: _Pool) -> None:
        self.pool = pool
        self.ready = False  # set once the worker has read its warm-up article
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-c", _START, str(Path(_PACKAGE).parent)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        threading.Thread(target=self._serve, name="summarise-reader", daemon=True).start()

    def _serve(self) -> None:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        try:
            said = receive(stdout)
            if said != ("ready", _PACKAGE):
                raise EOFError(f"the worker said {said!r}, not that it is ready with {_PACKAGE}")
        except Exception as exc:  # whatever it is, the articles are read in the calling process
            self.pool.lost(self, f"did not start: {exc}")
            return
        self.ready = True
        while (job := self.pool.jobs.get()) is not None:
            future, text, lang = job
            if not future.set_running_or_notify_cancel():
                continue  # its article was cancelled meanwhile
            try:
                send(stdin, (text, lang))
                answer = receive(stdout)
            except Exception as exc:  # a dead worker, a broken pipe, a message that does not load
                future.set_result(None)  # read in the calling process instead
                self.pool.lost(self, f"failed: {exc}")
                return
            future.set_result(answer if isinstance(answer, Ahead) else None)

    def stop(self) -> None:
        """End the worker process: its input closed (it ends at the end of its input), then ended for sure; one still
        warming up is ended at once (it reads its input only once warm)."""
        if not self.ready and self.process.poll() is None:
            self.process.kill()
        if self.process.stdin is not None:
            with suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class _Pool:
    def __init__(self, workers: int) -> None:
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.workers: list[_Worker] = []
        try:
            for _ in range(workers):
                self.workers.append(_Worker(self))
        except (OSError, RuntimeError, ValueError) as exc:  # no process or thread to be had: read here
            log.warning("summarise: no reader worker process could be started (%s); articles are read here", exc)
            self.close()

    @property
    def ready(self) -> int:
        """Workers ready to read."""
        return sum(w.ready for w in list(self.workers))

    def lost(self, worker: _Worker, why: str) -> None:
        """A worker that failed: ended, and not started again. When no ready one is left, the articles waiting for
        one are handed back (read in the calling process)."""
        log.warning("summarise: a reader worker process %s; its articles are read here", why)
        with self.lock:
            if worker in self.workers:
                self.workers.remove(worker)
            if not self.ready:
                self._hand_back()
        worker.stop()

    def _hand_back(self) -> None:
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None and job[0].set_running_or_notify_cancel():
                job[0].set_result(None)

    def submit(self, text: str, lang: str) -> Future[Ahead | None] | None:
        """The article queued for a worker, or None when it is to be read here: no worker ready, or a backlog."""
        with self.lock:
            live = self.ready
            if live == 0 or self.jobs.qsize() >= _BACKLOG_PER_WORKER * live:
                return None
            future: Future[Ahead | None] = Future()
            self.jobs.put((future, text, lang))
            return future

    def close(self) -> None:
        with self.lock:
            workers, self.workers = self.workers, []
            self._hand_back()
        for _ in workers:
            self.jobs.put(None)  # each thread ends at one
        for worker in workers:
            worker.stop()


_pools: dict[int, _Pool] = {}
_pools_lock = threading.Lock()


def _pool(workers: int) -> _Pool:
    with _pools_lock:
        # Started once: a worker that failed is not started again (the rest of the articles are read here).
        pool = _pools.get(workers)
        if pool is None:
            pool = _pools[workers] = _Pool(workers)
        return pool


def warm(workers: int, timeout: float = 120.0) -> bool:
    """Start `workers` worker processes (if not started) and wait until all are ready, or `timeout` seconds; whether
    they are. For a caller that would rather have every article read by a worker than wait for none (benchmarks)."""
    pool = _pool(workers)
    ends = time.monotonic() + timeout
    while pool.ready < workers and pool.workers and time.monotonic() < ends:
        time.sleep(0.05)
    return pool.ready >= workers


def close() -> None:
    """End every worker process (the next article that asks for workers starts them again)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


atexit.register(close)


def _forget_in_child() -> None:
    # A process forked from this one has the pools but none of their threads: it starts its own when it needs them.
    global _pools_lock
    _pools.clear()
    _pools_lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_in_child)


def submit(text: str, lang: str, workers: int) -> asyncio.Future[Ahead | None] | None:
    """The article sent to one of `workers` worker processes to be read, or None when it is to be read here."""
    if workers <= 0 or getattr(sys, "frozen", False) or not sys.executable:
        return None  # no Python to start a worker with (a frozen application)
    future = _pool(workers).submit(text, lang)
    return None if future is None else asyncio.wrap_future(future)


async def take(pending: asyncio.Future[Ahead | None]) -> Ahead | None:
    """The worker's reading, or None (to read here) when it has none or has not made it by the article's deadline."""
    limit = deadline.current()
    try:
        return await asyncio.wait_for(asyncio.shield(pending), None if limit is None else max(0.0, limit.left()))
    except TimeoutError:
        pending.cancel()
        return None


@contextmanager
def given(found: Ahead | None) -> Iterator[None]:
    """Within: the pipeline finds the worker's reading where it looks for it, instead of reading again."""
    with ExitStack() as stack:
        if found is not None:
            text = found.reading.text
            stack.enter_context(read.given(found.reading, text, found.language))
            stack.enter_context(find_directives.given(found.directives, text))
            stack.enter_context(_screen_of.given(found.screen, text, found.directives))
        yield
