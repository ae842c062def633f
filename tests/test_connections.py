"""The async client's connections send each request in one write (summarise/engines/connections.py)."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
from typing import Any

import httpcore2 as httpcore
import httpx2 as httpx
import pytest

from summarise import asummarise
from summarise.engines import connections
from summarise.engines.connections import _FLUSH_AT, _OneWrite

from .fakes import completion, scripted_server
from .test_pipeline import ARTICLE, _answers


class _Recorded(httpcore.AsyncNetworkStream):
    """A connection that records what reaches it."""

    def __init__(self, answer: bytes = b"HTTP/1.1 200 OK\r\n\r\n", fail_write: bool = False) -> None:
        self.writes: list[bytes] = []
        self.events: list[str] = []
        self.answer = answer
        self.fail_write = fail_write

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.events.append("write")
        if self.fail_write:
            raise httpcore.WriteError("the server closed the connection")
        self.writes.append(buffer)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.events.append("read")
        return self.answer

    async def aclose(self) -> None:
        self.events.append("close")

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        self.events.append("tls")
        return _Recorded()

    def get_extra_info(self, info: str) -> Any:
        return f"inner {info}"


def test_a_request_written_in_parts_goes_out_as_one_write_at_the_read() -> None:
    inner = _Recorded()
    stream = _OneWrite(inner)

    async def exchange() -> bytes:
        await stream.write(b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\n\r\n")
        await stream.write(b"{}")
        await stream.write(b"")
        assert inner.writes == []  # nothing sent before the request is whole
        return await stream.read(65536)

    assert asyncio.run(exchange()) == b"HTTP/1.1 200 OK\r\n\r\n"
    assert inner.writes == [b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"]
    assert inner.events == ["write", "read"]
    assert stream.get_extra_info("socket") == "inner socket"


def test_a_long_body_is_sent_on_without_waiting_for_the_read() -> None:
    inner = _Recorded()
    stream = _OneWrite(inner)
    asyncio.run(stream.write(b"x" * _FLUSH_AT))
    assert [len(w) for w in inner.writes] == [_FLUSH_AT]


def test_a_failed_write_still_reads_the_servers_answer() -> None:
    # httpcore reads the response after a failed write (a server may close early and answer 413): so does the
    # write that waited for the read.
    inner = _Recorded(answer=b"HTTP/1.1 413 Payload Too Large\r\n\r\n", fail_write=True)
    stream = _OneWrite(inner)

    async def exchange() -> bytes:
        await stream.write(b"POST / HTTP/1.1\r\n\r\n")
        return await stream.read(65536)

    assert asyncio.run(exchange()).startswith(b"HTTP/1.1 413")
    assert inner.events == ["write", "read"]
    # h11 counts the request sent: the connection must not be used again (httpcore closes an idle connection that
    # reads as readable).
    assert stream.get_extra_info("is_readable") is True
    assert _OneWrite(_Recorded()).get_extra_info("is_readable") == "inner is_readable"


def test_what_is_kept_goes_out_before_tls_starts_and_the_tls_stream_writes_once_too() -> None:
    inner = _Recorded()
    stream = _OneWrite(inner)

    async def upgrade() -> httpcore.AsyncNetworkStream:
        await stream.write(b"CONNECT host:443 HTTP/1.1\r\n\r\n")
        return await stream.start_tls(ssl.create_default_context(), "host")

    upgraded = asyncio.run(upgrade())
    assert inner.events == ["write", "tls"]
    assert isinstance(upgraded, _OneWrite)


def test_asummarise_sends_each_request_through_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[bytes] = []
    send = _OneWrite._send

    async def recorded(self: _OneWrite) -> None:
        if self._kept:
            sent.append(b"".join(self._kept))
        await send(self)

    monkeypatch.setattr(connections._OneWrite, "_send", recorded)
    invalid, valid = _answers()
    with scripted_server([completion(invalid), completion(valid)]) as (url, script):
        result = asyncio.run(asummarise(ARTICLE, base_url=url, model="authored"))
    assert result.brief.headline == "Valmera dock strike ends with pay deal"
    assert len(script.requests) == 2 and len(sent) == 2
    for request, written in zip(script.requests, sent, strict=True):
        head, _, body = written.partition(b"\r\n\r\n")
        assert head.startswith(b"POST ") and b"/chat/completions" in head
        assert json.loads(body) == request  # the whole body, in the same write as the headers


def test_an_endpoint_behind_the_environments_proxy_is_reached_through_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx takes the environment's proxy only with its own transport: with a proxy named, the client is the OpenAI
    # client's default. The scripted server stands in for the proxy (it answers whatever it is asked), and the
    # endpoint's own port has nothing listening: an answer can only come through the proxy.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    _, valid = _answers()
    with scripted_server([completion(valid)]) as (url, script):
        proxy = url.removesuffix("/v1")
        for name in ("HTTP_PROXY", "http_proxy"):
            monkeypatch.setenv(name, proxy)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        result = asyncio.run(
            asummarise(ARTICLE, base_url=f"http://127.0.0.1:{dead}/v1", model="authored", grounding_reasks=0)
        )
    assert len(script.requests) == 1
    assert result.brief.headline == "Valmera dock strike ends with pay deal"
    assert connections.async_http_client(httpx.Limits(), 5.0) is None


def test_without_a_proxy_the_client_is_over_one_write_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    client = connections.async_http_client(httpx.Limits(), 5.0)
    assert client is not None
    assert isinstance(client._transport, connections.OneWriteTransport)
