"""A scripted OpenAI-compatible server on 127.0.0.1 for faults no real model produces on demand.

Every answer it serves is authored by hand (see tests/authored/README.md).
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer, sent after `delay` seconds. `fault` makes the server misbehave instead: 'hang' accepts
    the request and never answers; 'reset' sends the headers and half the body, then resets the connection."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None
    delay: float = 0.0


def error(status: int, message: str, **fields: Any) -> Reply:
    """An error in the OpenAI shape: {"error": {"message": ..., **fields}}."""
    return Reply(status=status, body={"error": {"message": message, **fields}})


def completion(
    content: str, *, finish_reason: str = "stop", prompt_tokens: int = 100, completion_tokens: int = 50
) -> Reply:
    """A chat completion whose message content is `content`."""
    return Reply(
        body={
            "id": "chatcmpl-authored",
            "object": "chat.completion",
            "created": 0,
            "model": "authored",
            "choices": [
                {"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


@dataclass
class Script:
    replies: list[Reply]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


@contextmanager
def scripted_server(replies: list[Reply]) -> Iterator[tuple[str, Script]]:
    """Serve `replies` in order (the last one repeats); yield the base URL and the record of requests."""
    script = Script(list(replies))
    stopping = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            script.requests.append(json.loads(self.rfile.read(length) or b"{}"))
            script.headers.append({k.lower(): v for k, v in self.headers.items()})
            index = min(len(script.requests) - 1, len(script.replies) - 1)
            reply = script.replies[index]
            if reply.fault == "hang":
                stopping.wait(60)
                self.close_connection = True
                return
            time.sleep(reply.delay)
            payload = json.dumps(reply.body or {"error": {"message": "authored failure"}}).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if reply.fault == "reset":
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                # SO_LINGER with a zero timeout: close() sends a TCP reset, not an orderly end.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return
            self.wfile.write(payload)

    server = _BusyServer(("127.0.0.1", 0), Handler)
    try:
        with serving(server) as url:
            yield f"{url}/v1", script
    finally:
        stopping.set()


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run `server` in a thread for the duration; yield its base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _BusyServer(ThreadingHTTPServer):
    # The listen backlog is read when the socket opens: a class attribute, so that many clients can connect at once.
    request_queue_size = 128
    daemon_threads = True


@dataclass
class Desk:
    """What the latency server saw: every request's item number, and the most requests in flight at once."""

    latency: float
    answer: str
    finish_reason: str = "stop"
    numbers: list[int] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


MARKER = re.compile(r"Desk reference: item-(\d+|fail)\.")


def desk_article(article: str, number: int | str) -> str:
    """`article` with a reference line that makes it distinct and tells the server which item it is."""
    return f"{article}\n\nDesk reference: item-{number}."


@contextmanager
def latency_server(answer: str, latency: float) -> Iterator[tuple[str, Desk]]:
    """Answer every request with the hand-authored `answer` after `latency` seconds, concurrently.

    The usage's prompt_tokens is 10,000 plus the item number found in the article, so a result shows which
    request it came from; an article marked `item-fail` is refused with 400.
    """
    desk = Desk(latency=latency, answer=answer)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            found = MARKER.search(json.dumps(body.get("messages", []), ensure_ascii=False))
            with desk.lock:
                desk.in_flight += 1
                desk.peak = max(desk.peak, desk.in_flight)
            try:
                time.sleep(desk.latency)
            finally:
                with desk.lock:
                    desk.in_flight -= 1
            if found is None or found.group(1) == "fail":
                reply = Reply(status=400, body={"error": {"message": "authored refusal"}})
            else:
                number = int(found.group(1))
                with desk.lock:
                    desk.numbers.append(number)
                reply = completion(
                    desk.answer, prompt_tokens=10_000 + number, completion_tokens=50, finish_reason=desk.finish_reason
                )
            payload = json.dumps(reply.body).encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client was killed while waiting: nobody to answer

    with serving(_BusyServer(("127.0.0.1", 0), Handler)) as url:
        yield f"{url}/v1", desk


@dataclass
class Page:
    """What the page server answers for one path: a body, or a redirect, slowly or endlessly if asked."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # Send this chunk forever (no Content-Length): a response with no end.
    endless: bytes | None = None


@contextmanager
def page_server(pages: dict[str, Page]) -> Iterator[tuple[str, list[str]]]:
    """Serve `pages` by path on 127.0.0.1 for GET; yield the base URL and the paths requested, in order."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            seen.append(self.path)
            page = pages.get(self.path, Page(body=b"not here", status=404, content_type="text/plain"))
            time.sleep(page.delay)
            try:
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                if page.endless is None:
                    self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                if page.endless is None:
                    self.wfile.write(page.body)
                    return
                while True:
                    self.wfile.write(page.endless)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it should past its size cap

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with serving(server) as url:
        yield url, seen
