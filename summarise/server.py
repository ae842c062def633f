"""A small OpenAI-compatible HTTP server in front of an engine (`summarise serve`).

It lets any OpenAI client use the embedded engine's fast constrained decoding,
and it is what the test cassettes are recorded from. It binds to 127.0.0.1 by
default and serves one request at a time, which is all one local model can do.
"""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from . import serve_page
from .engines.base import Engine
from .errors import ConfigurationError, ModelRequestError, SummariseError

log = logging.getLogger(__name__)

_MAX_BODY = 8 * 1024 * 1024


def _handler(engine: Engine) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "summarise"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            log.info("%s %s", self.address_string(), format % args)

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            body = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _page(self, status: int, page: str) -> None:
            body = page.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str, kind: str) -> None:
            self._send(status, {"error": {"message": message, "type": kind, "code": status}})

        def do_GET(self) -> None:
            if self.path == "/":
                self._page(200, serve_page.form_page(engine=engine.name))
            elif self.path.rstrip("/") in ("/v1/models", "/models"):
                self._send(200, {"object": "list", "data": [{"id": engine.model, "object": "model"}]})
            else:
                self._error(404, f"no route {self.path}", "not_found_error")

        def do_POST(self) -> None:
            if self.path == "/":
                length = int(self.headers.get("Content-Length") or 0)
                if length > serve_page.MAX_FORM_BYTES:
                    self._page(413, serve_page.form_page(error="the form is too large", engine=engine.name))
                    self.close_connection = True
                else:
                    self._page(*serve_page.submit(self.rfile.read(length), engine))
                return
            if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
                self._error(404, f"no route {self.path}", "not_found_error")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length <= 0 or length > _MAX_BODY:
                self._error(400, "a JSON body of at most 8 MiB is required", "invalid_request_error")
                return
            try:
                body = json.loads(self.rfile.read(length))
            except (json.JSONDecodeError, UnicodeDecodeError):
                self._error(400, "the body is not valid JSON", "invalid_request_error")
                return
            if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
                self._error(400, "'messages' must be a list", "invalid_request_error")
                return
            if body.get("stream"):
                self._error(400, "streaming is not supported", "invalid_request_error")
                return
            try:
                completion = engine.create(**body)
            except (ModelRequestError, ConfigurationError) as exc:
                self._error(400, exc.message, "invalid_request_error")
                return
            except SummariseError as exc:
                self._error(500, exc.message, "server_error")
                return
            self._send(200, completion.model_dump(mode="json", exclude_none=True))

    return Handler


def make_server(engine: Engine, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """Bind a server for `engine`; call `serve_forever()` on it (port 0 picks a free port)."""
    server = ThreadingHTTPServer((host, port), _handler(engine))
    server.daemon_threads = True
    return server
