"""`summarise serve` as a service: the summary API, the key, the limits (body cap, slow clients, queue, deadline).

Every server here listens on 127.0.0.1 (or 127.0.0.2, taken for an outside address by SUMMARISE_SERVE_LOOPBACK).
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summarise import cli, engines
from summarise.engines.extractive import ExtractiveEngine
from summarise.errors import ConfigurationError
from summarise.results import ArticleSummary
from summarise.serve.server import ServeSettings, make_server

from .fakes import serving
from .test_server import EchoEngine

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8")
KEY = "sk-serve-test-7f3a9c1e0b"


@contextmanager
def served(engine: Any, host: str = "127.0.0.1", **settings: Any) -> Iterator[str]:
    with serving(make_server(engine, host, 0, ServeSettings(**settings))) as url:
        yield url.replace("127.0.0.1", host)


def call(
    url: str,
    body: bytes | dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 20,
) -> tuple[int, dict[str, str], dict[str, Any]]:
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read())


class BlockingEngine(EchoEngine):
    """EchoEngine that holds each call until `release` is set; counts the calls running at once."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.running = 0
        self.peak = 0
        self._lock = threading.Lock()

    def create(self, **kwargs: Any) -> Any:
        with self._lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            self.release.wait(10)
            return super().create(**kwargs)
        finally:
            with self._lock:
                self.running -= 1


def chat(content: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": content}]}


# The summary API


def test_a_summary_of_text_is_the_libraries_article_summary() -> None:
    with served(ExtractiveEngine()) as url:
        status, _, body = call(url + "/v1/summaries", {"text": ARTICLE, "published": "2026-03-13"})
    assert status == 200, body
    result = ArticleSummary.model_validate(body)
    assert "Valmera" in result.event.what
    assert result.metadata.source is not None and result.metadata.source.published == "2026-03-13"


def test_a_summary_of_html_reads_the_pages_main_text() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = f"<html><head><title>Strike ends</title></head><body><nav>Home | World</nav><article>{paragraphs}"
    with served(ExtractiveEngine()) as url:
        status, _, body = call(url + "/v1/summaries", {"html": page + "</article></body></html>"})
    assert status == 200, body
    assert body["metadata"]["source"]["title"] == "Strike ends"
    assert "Home | World" not in json.dumps(body)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "exactly one of text, html or url"),
        ({"text": ARTICLE, "url": "http://example.org/"}, "exactly one of"),
        ({"text": "too short"}, "too short"),
        ({"text": ARTICLE, "template": "../../etc/passwd.jinja"}, "unknown template"),
        ({"text": ARTICLE, "published": "last week"}, "published"),
        ({"text": ARTICLE, "base_url": "http://10.0.0.1/v1"}, "base_url"),
        ({"text": ARTICLE, "reasks": 1000}, "reasks"),
    ],
)
def test_bad_summary_requests_are_400_in_the_openai_shape(body: dict[str, Any], message: str) -> None:
    with served(ExtractiveEngine()) as url:
        status, _, payload = call(url + "/v1/summaries", body)
    assert status == 400
    assert payload["error"]["code"] == 400
    assert payload["error"]["type"] == "invalid_request_error"
    assert message in payload["error"]["message"]


def test_openapi_document_and_health() -> None:
    with served(EchoEngine()) as url:
        with urllib.request.urlopen(url + "/openapi.json", timeout=10) as response:
            document = json.loads(response.read())
        with urllib.request.urlopen(url + "/health", timeout=10) as response:
            health = json.loads(response.read())
    assert {"/v1/summaries", "/v1/chat/completions", "/v1/models", "/health"} <= set(document["paths"])
    assert "ArticleSummary" in document["components"]["schemas"]
    assert "SummaryRequest" in document["components"]["schemas"]
    assert health == {"status": "ok", "queue": {"held": 0, "capacity": 9}}


# The key


def test_no_key_on_a_non_loopback_address_refuses_to_start() -> None:
    with pytest.raises(ConfigurationError, match="SUMMARISE_SERVE_KEY"):
        make_server(EchoEngine(), "127.0.0.2", 0, ServeSettings(loopback="127.0.0.1"))


def test_the_command_refuses_to_start_without_a_key_before_loading_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_SERVE_LOOPBACK", "127.0.0.1")
    monkeypatch.delenv("SUMMARISE_SERVE_KEY", raising=False)
    monkeypatch.setattr(engines, "from_settings", lambda settings: pytest.fail("the model was loaded"))
    result = CliRunner().invoke(cli.main, ["serve", "--host", "127.0.0.2", "--port", "0"])
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        "summarise: error: 127.0.0.2 is not a loopback address: set SUMMARISE_SERVE_KEY to the key callers must "
        "send (Authorization: Bearer KEY), or listen on 127.0.0.1"
    ]


def test_a_non_loopback_bind_needs_the_key_on_every_route_but_health() -> None:
    with served(EchoEngine(), "127.0.0.2", loopback="127.0.0.1", key=KEY) as url:
        assert url.startswith("http://127.0.0.2:")
        assert call(url + "/v1/chat/completions", chat("hi"))[0] == 401
        assert call(url + "/v1/summaries", {"text": ARTICLE})[0] == 401
        status, headers, body = call(url + "/v1/models", headers={"Authorization": "Bearer wrong"})
        assert (status, headers["www-authenticate"], body["error"]["type"]) == (401, "Bearer", "authentication_error")
        assert call(url + "/v1/models", headers={"Authorization": KEY})[0] == 401  # no scheme
        assert call(url + "/openapi.json", headers={})[0] == 401
        status, _, body = call(url + "/v1/chat/completions", chat("hi"), {"Authorization": f"Bearer {KEY}"})
        assert status == 200 and body["choices"][0]["message"]["content"] == "hi"
        with urllib.request.urlopen(url + "/health", timeout=10) as response:
            assert response.status == 200


def test_the_key_never_appears_in_logs(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    class Broken(EchoEngine):
        def create(self, **kwargs: Any) -> Any:
            raise RuntimeError("a bug, logged with its traceback")

    caplog.set_level(logging.DEBUG)
    with served(Broken(), "127.0.0.2", loopback="127.0.0.1", key=KEY) as url:
        call(url + "/v1/models", headers={"Authorization": f"Bearer {KEY}"})
        call(url + "/v1/models", headers={"Authorization": f"Bearer {KEY}x"})
        status, _, body = call(url + "/v1/chat/completions", chat("hi"), {"Authorization": f"Bearer {KEY}"})
    # The capture works: the bug's traceback and uvicorn's own messages were logged.
    assert status == 500 and body["error"]["type"] == "internal_error"
    logged = "\n".join(record.getMessage() + str(record.exc_info) for record in caplog.records)
    assert "a bug, logged with its traceback" in logged
    assert any(record.name.startswith("uvicorn") for record in caplog.records)
    out, err = capfd.readouterr()
    assert KEY not in logged + out + err


# Limits


def test_a_body_over_the_cap_is_413() -> None:
    with served(EchoEngine(), max_body_bytes=1000) as url:
        status, _, body = call(url + "/v1/chat/completions", json.dumps(chat("x" * 2000)).encode())
        assert (status, body["error"]["code"]) == (413, 413)
        # Without a Content-Length (chunked), counted as it arrives. Sent whole in one write, so that the server's
        # early close cannot break the client's sending.
        chunk = b"{" + b" " * 600
        with socket.create_connection(("127.0.0.1", _port(url))) as sock:
            sock.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3))
                + b"0\r\n\r\n"
            )
            _, received = _closed_within(sock, 10)
        assert received.startswith(b"HTTP/1.1 413 ")
        assert call(url + "/v1/chat/completions", chat("small"))[0] == 200


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _closed_within(sock: socket.socket, seconds: float) -> tuple[float, bytes]:
    """Read until the server closes; how long it took and what it sent."""
    started = time.monotonic()
    sock.settimeout(seconds)
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return time.monotonic() - started, received


def test_a_client_that_sends_part_of_its_headers_then_stalls_is_cut_off() -> None:
    with served(EchoEngine(), header_timeout=0.5) as url:
        with socket.create_connection(("127.0.0.1", _port(url))) as sock:
            sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            took, received = _closed_within(sock, 10)
        assert received == b""
        assert 0.4 < took < 5
        # A connection that sends nothing at all is closed too.
        with socket.create_connection(("127.0.0.1", _port(url))) as sock:
            took, _ = _closed_within(sock, 10)
        assert took < 5


def test_a_client_that_sends_its_headers_then_stalls_on_the_body_gets_408() -> None:
    with (
        served(EchoEngine(), header_timeout=5, read_timeout=0.5) as url,
        socket.create_connection(("127.0.0.1", _port(url))) as sock,
    ):
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"messages"'
        )
        took, received = _closed_within(sock, 10)
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b'"timeout_error"' in received
    assert 0.4 < took < 4


def test_a_full_queue_answers_503_with_retry_after_and_the_model_serves_one_at_a_time() -> None:
    engine = BlockingEngine()
    with served(engine, queue=1) as url, ThreadPoolExecutor(2) as pool:
        first = pool.submit(call, url + "/v1/chat/completions", chat("one"))
        second = pool.submit(call, url + "/v1/chat/completions", chat("two"))
        deadline = time.monotonic() + 10
        while json.loads(urllib.request.urlopen(url + "/health").read())["queue"]["held"] < 2:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        status, headers, body = call(url + "/v1/chat/completions", chat("three"))
        assert (status, body["error"]["type"]) == (503, "server_busy_error")
        assert int(headers["retry-after"]) >= 1
        engine.release.set()
        answers = sorted(f.result()[2]["choices"][0]["message"]["content"] for f in (first, second))
    assert answers == ["one", "two"]
    assert engine.peak == 1


def test_a_request_past_its_deadline_gets_504_and_its_place_is_freed_when_the_model_is() -> None:
    engine = BlockingEngine()
    with served(engine, deadline=0.5) as url:
        status, _, body = call(url + "/v1/chat/completions", chat("slow"))
        assert (status, body["error"]["type"]) == (504, "timeout_error")
        # The model is still answering: its place stays taken until it has.
        assert json.loads(urllib.request.urlopen(url + "/health").read())["queue"]["held"] == 1
        engine.release.set()
        deadline = time.monotonic() + 10
        while json.loads(urllib.request.urlopen(url + "/health").read())["queue"]["held"] != 0:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert call(url + "/v1/chat/completions", chat("next"))[0] == 200


# The real model behind the server


@pytest.mark.embedded
def test_the_openai_client_and_the_summary_api_on_the_real_model() -> None:
    import openai

    from summarise.engines import from_settings
    from summarise.settings import Settings

    engine = from_settings(Settings())
    schema = {
        "type": "object",
        "properties": {"token": {"type": "string", "enum": ["c7-token"]}},
        "required": ["token"],
        "additionalProperties": False,
    }
    with served(engine) as url:
        # The OpenAI SDK against the server, as the cassettes are recorded.
        client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0, timeout=300)
        answer = client.chat.completions.create(
            model=engine.model,
            messages=[{"role": "user", "content": "Write the token as JSON."}],
            max_tokens=32,
            response_format={"type": "json_schema", "json_schema": {"name": "token", "schema": schema}},
        )
        # By reference the model writes one short headline: seconds, even on a loaded machine.
        status, _, body = call(
            url + "/v1/summaries", {"text": ARTICLE, "reasks": 0, "protocol": "reference"}, timeout=600
        )
    assert json.loads(answer.choices[0].message.content or "") == {"token": "c7-token"}
    assert answer.usage is not None and answer.usage.completion_tokens > 0
    assert status == 200, body
    direct = ArticleSummary.model_validate(body)
    assert direct.metadata.engine == "embedded"
    assert direct.brief.headline


def test_the_servers_deadline_reaches_the_engine_of_a_chat_completion() -> None:
    """The embedded engine stops between tokens at the deadline it can see; the server must let it see its own."""
    from summarise.deadline import current

    seen: list[float | None] = []

    class Watching(EchoEngine):
        def create(self, **kwargs: Any) -> Any:
            deadline = current()
            seen.append(None if deadline is None else deadline.left())
            return super().create(**kwargs)

    with served(Watching(), deadline=30) as url:
        assert call(url + "/v1/chat/completions", chat("hello"))[0] == 200
    assert len(seen) == 1 and seen[0] is not None and 0 < seen[0] <= 30
