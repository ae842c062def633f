"""`summarise serve`: the engine behind an HTTP server (uvicorn running the ASGI app of `app.py`).

It is what the test cassettes are recorded from, and a service a newsroom can deploy: a key is required on any
address but loopback, slow clients are cut off (header and read timeouts), one request uses the model at a time
with a bounded queue, and URLs fetched for callers cannot reach private addresses. It binds to 127.0.0.1 by default.

`make_server` returns an object with the `http.server` interface (`serve_forever`, `shutdown`, `server_close`,
`server_address`, `server_port`), so the command, the tests and the scripts drive it as before.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

import uvicorn
from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict
from uvicorn.protocols.http.h11_impl import H11Protocol

from .. import defaults
from ..engines.base import Engine
from ..errors import ConfigurationError
from .app import ServeOptions, create_app
from .limits import Gate

log = logging.getLogger(__name__)

# Paths anyone may ask for without the key: a load balancer's health check.
OPEN_PATHS = frozenset({"/health"})


class ServeSettings(BaseSettings):
    """`summarise serve`'s settings, from `SUMMARISE_SERVE_*` variables (or given in code)."""

    model_config = SettingsConfigDict(env_prefix=defaults.ENV_PREFIX + "SERVE_", extra="ignore")

    key: SecretStr | None = Field(
        default=None, description="The bearer key callers must send; required to listen beyond loopback."
    )
    loopback: str | None = Field(
        default=None,
        description="Comma-separated addresses taken for loopback (no key needed); unset: every loopback address "
        "(127.0.0.0/8, ::1, localhost). Tests set '127.0.0.1' so that 127.0.0.2 counts as an outside address.",
    )
    allow_private: bool = Field(
        default=False, description="Fetch private, loopback and link-local URLs for callers (a trusted LAN only)."
    )
    max_body_bytes: int = Field(default=defaults.SERVE_MAX_BODY_BYTES, ge=1)
    header_timeout: float = Field(default=defaults.SERVE_HEADER_TIMEOUT_SECONDS, gt=0)
    read_timeout: float = Field(default=defaults.SERVE_READ_TIMEOUT_SECONDS, gt=0)
    queue: int = Field(default=defaults.SERVE_QUEUE, ge=0)
    deadline: float = Field(default=defaults.SERVE_DEADLINE_SECONDS, gt=0)

    def is_loopback(self, host: str) -> bool:
        """Whether `host` counts as loopback: in `loopback` when it is set, else any loopback address."""
        if self.loopback is not None:
            return host in {part.strip() for part in self.loopback.split(",") if part.strip()}
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False


def read_settings(**given: Any) -> ServeSettings:
    """The settings from the environment, `given` values winning; a bad one raises ConfigurationError."""
    try:
        return ServeSettings(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{defaults.ENV_PREFIX}SERVE_{'.'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigurationError(f"invalid setting {problems}") from exc


def _protocol(header_timeout: float) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 protocol, with a deadline for a request's headers: from the connection's start, and
    again after each response, the next request's headers must be complete within `header_timeout` seconds or the
    connection is closed. uvicorn's own keep-alive timeout stops at the first byte, so a client that sends a
    header line now and then would otherwise hold the connection for ever."""

    class HeaderDeadline(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(header_timeout, self._headers_overdue)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_overdue(self) -> None:
            self._header_timer = None
            waiting_for_headers = self.cycle is None or self.cycle.response_complete
            if waiting_for_headers and not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return HeaderDeadline


class _Uvicorn(uvicorn.Server):
    """uvicorn's server; a Ctrl-C that comes before it has started leaves no half-made coroutine behind, and
    `on_ready` is called once it listens (its event loop made, so a Ctrl-C from then on meets a whole loop)."""

    on_ready: Callable[[], None] | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.on_ready is not None:
            self.on_ready()

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        serving = self.serve(sockets=sockets)
        try:
            with asyncio.Runner(loop_factory=self.config.get_loop_factory()) as runner:
                try:
                    runner.run(serving)
                except KeyboardInterrupt:
                    # Stopped by Ctrl-C: asyncio's notes on the tasks it leaves pending ("Task was destroyed but it
                    # is pending!") would follow the command's one line on stderr, where that line is its answer.
                    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
                    raise
        finally:
            # Interrupted before it ran, it would be reported on stderr as "never awaited"; closed, it is not.
            serving.close()


class Server:
    """A bound socket and the uvicorn server that serves the app on it, with the `http.server` interface."""

    def __init__(self, app: Any, sock: socket.socket, header_timeout: float) -> None:
        self.socket = sock
        self.server_address = sock.getsockname()[:2]
        self.server_port: int = self.server_address[1]
        config = uvicorn.Config(
            app,
            http=_protocol(header_timeout),
            lifespan="off",
            log_config=None,  # uvicorn's loggers go to the root logger: quiet unless the caller configures one
            access_log=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=5,
            server_header=False,
        )
        self._uvicorn = _Uvicorn(config)
        self._stopped = threading.Event()

    def serve_forever(self, on_ready: Callable[[], None] | None = None) -> None:
        """Serve until `shutdown()` (from another thread) or SIGINT/SIGTERM (in the main thread: uvicorn finishes
        the requests in flight, then the signal is raised again, so Ctrl-C ends as KeyboardInterrupt). `on_ready`
        is called once the server listens."""
        self._uvicorn.on_ready = on_ready
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` and wait until it has returned."""
        self._uvicorn.should_exit = True
        self._stopped.wait(30)

    def server_close(self) -> None:
        self.socket.close()


def check_key(host: str, settings: ServeSettings) -> str | None:
    """The key callers must send (None: none); raises ConfigurationError when `host` is not loopback and no key
    is set."""
    key = settings.key.get_secret_value() if settings.key is not None else None
    if not key and not settings.is_loopback(host):
        raise ConfigurationError(
            f"{host} is not a loopback address: set {defaults.ENV_PREFIX}SERVE_KEY to the key callers must send "
            "(Authorization: Bearer KEY), or listen on 127.0.0.1"
        )
    return key or None


def make_server(
    engine: Engine,
    host: str = "127.0.0.1",
    port: int = 8080,
    settings: ServeSettings | None = None,
    *,
    guard: Any = None,
) -> Server:
    """Bind a server for `engine`; call `serve_forever()` on it (port 0 picks a free port).

    Raises ConfigurationError when `host` is not loopback and no key is set (SUMMARISE_SERVE_KEY), and OSError
    when the address cannot be bound.
    """
    settings = settings if settings is not None else read_settings()
    key = check_key(host, settings)
    options = ServeOptions(queue=settings.queue, deadline=settings.deadline, allow_private=settings.allow_private)
    app = Gate(
        create_app(engine, options, guard=guard),
        key=key or None,
        max_body=settings.max_body_bytes,
        read_timeout=settings.read_timeout,
        open_paths=OPEN_PATHS,
    )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return Server(app, sock, settings.header_timeout)
