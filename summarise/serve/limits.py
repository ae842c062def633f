"""What keeps `summarise serve` standing: the key, the body cap, the read deadline, the queue before the model.

`Gate` is ASGI middleware: it checks the bearer key, then reads the whole body itself, within the size cap and the
read timeout, before the app sees the request. `ModelQueue` lets one request use the model at a time and a bounded
number wait; beyond that a request is refused at once with 503 and a Retry-After estimated from recent requests.
The header timeout, which no ASGI middleware can see, is in `server.py`'s protocol.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeVar

T = TypeVar("T")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def error_body(status: int, message: str, kind: str) -> dict[str, Any]:
    """The OpenAI error shape every error of the server has."""
    return {"error": {"message": message, "type": kind, "code": status}}


async def send_error(
    send: Send, status: int, message: str, kind: str, headers: dict[str, str] | None = None, close: bool = False
) -> None:
    body = json.dumps(error_body(status, message, kind)).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    if close:
        raw.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class Gate:
    """Key check, body cap and read deadline in front of `app`.

    `key` (when set) is required as `Authorization: Bearer KEY` on every path but `open_paths`. The body is read
    in full here: past `max_body` bytes the answer is 413, and a body not complete within `read_timeout` seconds
    of the headers gets 408 and the connection is closed.
    """

    def __init__(
        self, app: ASGIApp, *, key: str | None, max_body: int, read_timeout: float, open_paths: frozenset[str]
    ) -> None:
        self.app = app
        self._key = key.encode("utf-8") if key else None
        self.max_body = max_body
        self.read_timeout = read_timeout
        self.open_paths = open_paths

    def _authorised(self, scope: Scope) -> bool:
        if self._key is None or scope["path"] in self.open_paths:
            return True
        given = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"authorization":
                given = value
        scheme, _, token = given.partition(b" ")
        # Compared in constant time; the key itself is never logged nor echoed.
        return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), self._key)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._authorised(scope):
            await send_error(
                send,
                401,
                "a key is required: send 'Authorization: Bearer <SUMMARISE_SERVE_KEY>'",
                "authentication_error",
                {"WWW-Authenticate": "Bearer"},
            )
            return
        declared = next((v for k, v in scope.get("headers", []) if k.lower() == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await send_error(send, 413, self._too_large(), "invalid_request_error", close=True)
            return
        ends = time.monotonic() + self.read_timeout
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            try:
                message = await asyncio.wait_for(receive(), max(ends - time.monotonic(), 0.0))
            except TimeoutError:
                await send_error(
                    send, 408, f"the body did not arrive within {self.read_timeout:g} s", "timeout_error", close=True
                )
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await send_error(send, 413, self._too_large(), "invalid_request_error", close=True)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> str:
        return f"the body is larger than {self.max_body:,} bytes"


class Busy(Exception):
    """The queue is full; `retry_after` is the wait in seconds to suggest."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"busy; retry after {retry_after} s")
        self.retry_after = retry_after


class Overdue(Exception):
    """The request's deadline passed while it waited or worked."""


class Ticket:
    """A place in the queue, given back when the request has ended and no thread of its is still running."""

    def __init__(self, queue: ModelQueue) -> None:
        self.queue = queue
        self.threads = 0
        self.ended = False
        self.returned = False

    def _maybe_return(self) -> None:
        if self.ended and self.threads == 0 and not self.returned:
            self.returned = True
            self.queue.held -= 1

    def end(self) -> None:
        self.ended = True
        self._maybe_return()


class ModelQueue:
    """One request at a time on the model, `waiting` more in line, the rest refused at once.

    A request whose deadline passes is answered 504 at once, but its place is only given back when the work it
    started in a thread has ended (the embedded model cannot be stopped mid-answer), so the count stays true.
    """

    def __init__(self, waiting: int) -> None:
        self.capacity = 1 + waiting
        self.held = 0
        self._model = asyncio.Lock()
        self._recent: list[float] = []

    def retry_after(self) -> int:
        """Seconds until a place is likely free: the mean of the last requests' model time times the places
        ahead, at least 1."""
        mean = sum(self._recent) / len(self._recent) if self._recent else 1.0
        return max(1, math.ceil(mean * max(self.held - 1, 1)))

    def admit(self) -> Ticket:
        """A place in the queue; raises Busy when every place is taken."""
        if self.held >= self.capacity:
            raise Busy(self.retry_after())
        self.held += 1
        return Ticket(self)

    async def in_thread(self, ticket: Ticket, work: Callable[[], T], ends: float, *, model: bool = False) -> T:
        """Run `work` in a thread (holding the model when `model`); raise Overdue when `ends` passes first."""
        if model:
            try:
                await asyncio.wait_for(self._model.acquire(), max(ends - time.monotonic(), 0.0))
            except TimeoutError:
                raise Overdue from None
        started = time.monotonic()
        ticket.threads += 1
        task = asyncio.ensure_future(asyncio.to_thread(work))

        def finished(done: asyncio.Future[T]) -> None:
            if not done.cancelled():
                done.exception()  # retrieved here, so an answer nobody waits for any more is not logged as lost
            if model:
                self._model.release()
                self._recent = [*self._recent[-9:], time.monotonic() - started]
            ticket.threads -= 1
            ticket._maybe_return()

        task.add_done_callback(finished)
        try:
            return await asyncio.wait_for(asyncio.shield(task), max(ends - time.monotonic(), 0.0))
        except TimeoutError:
            raise Overdue from None
