"""The async HTTP client's connections: each request goes out in one write.

httpcore writes a request's headers and its body separately, and anyio's stream yields to the event loop after
each write. When other articles' CPU work (reading, grounding) is ready to run, that yield waits behind all of it
before the body goes out: at concurrency 16 against a 200 ms endpoint, a request's body left a mean 14 ms after its
headers, the server answered that much later, and the articles moved in lock-step waves (bench/speed.py section 3:
about 43 articles/s, against 57-63 with one write). Here a connection keeps what is written until the next read (or
until `_FLUSH_AT` bytes wait) and sends it as one: an HTTP/1.1 client reads only after its request is whole. With a
proxy named in the environment, the OpenAI client's own default is used instead (`async_http_client`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ssl
import urllib.request
from collections.abc import Iterable
from typing import Any

import httpcore2 as httpcore
import httpx2 as httpx

# Past this many bytes kept, they are sent without waiting for the read (a long article's prompt is streamed on).
_FLUSH_AT = 1 << 16


class _OneWrite(httpcore.AsyncNetworkStream):
    """A connection that sends what is written to it at the next read, in one write."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._kept: list[bytes] = []
        self._size = 0
        self._timeout: float | None = None
        self._failed = False

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._kept.append(buffer)
        self._size += len(buffer)
        self._timeout = timeout
        if self._size >= _FLUSH_AT:
            await self._send()

    async def _send(self) -> None:
        if self._kept:
            kept = b"".join(self._kept)
            self._kept, self._size = [], 0
            await self._stream.write(kept, self._timeout)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            await self._send()
        except httpcore.WriteError:
            # As httpcore does when the write fails itself, the answer is read (a server may close early and still
            # answer: a 413); unlike there, h11 already counts the request sent, so the connection is marked to be
            # closed rather than used again (see `get_extra_info`).
            self._failed = True
        return await self._stream.read(max_bytes, timeout)

    async def aclose(self) -> None:
        self._kept, self._size = [], 0
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        await self._send()
        return _OneWrite(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        # An idle connection that reads as readable is closed by httpcore before it is used again.
        if info == "is_readable" and self._failed:
            return True
        return self._stream.get_extra_info(info)


class _OneWriteBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, its connections made `_OneWrite`."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _OneWrite(await self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _OneWrite(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


@functools.lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    # Made once per process (about 25 ms of CPU), as httpx's own transport would make it: verified, with the
    # environment's certificate settings.
    return httpx.create_ssl_context()


class OneWriteTransport(httpx.AsyncHTTPTransport):
    """httpx's async transport over `_OneWrite` connections, with `limits`."""

    def __init__(self, limits: httpx.Limits) -> None:
        # Not httpx's own __init__, which would make a pool (and a TLS context) only for this one to replace it.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_OneWriteBackend(),
        )


class _Client(httpx.AsyncClient):
    """An async client that closes its connections when it is collected unclosed, as the OpenAI client's own does
    (an engine its caller never closes)."""

    def __del__(self) -> None:
        if not self.is_closed:
            with contextlib.suppress(Exception):  # no running loop: nothing to close it in
                asyncio.get_running_loop().create_task(self.aclose())


def async_http_client(limits: httpx.Limits, timeout: float) -> httpx.AsyncClient | None:
    """The async client for an endpoint, over `OneWriteTransport`; None when the environment names a proxy
    (httpx takes a proxy from the environment only with its own transport: the OpenAI client's default is kept)."""
    if any(scheme in urllib.request.getproxies() for scheme in ("http", "https", "all")):
        return None
    return _Client(transport=OneWriteTransport(limits), limits=limits, timeout=timeout, follow_redirects=True)
