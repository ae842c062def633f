"""`summarise serve`: the embedded engine as an HTTP service."""

from __future__ import annotations

import click

from .. import api, engines
from .edge import Failure, failures


@click.command("serve")
@click.option("-m", "--model", help="A GGUF file [default: the bundled model].")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(model: str | None, host: str, port: int) -> None:
    """Serve the embedded engine: a summary API (/v1/summaries) and an OpenAI-compatible endpoint
    (/v1/chat/completions). Beyond loopback, SUMMARISE_SERVE_KEY must be set; see the README for the limits."""
    from ..serve import server as service
    from ..settings import Settings

    server = None
    try:
        # Ctrl-C is how a server is stopped, and it exits as every interrupted command does, whenever it comes:
        # while the model loads, before the first request, or while serving.
        with failures("interrupted; the server has stopped"):
            # A missing key is refused before the model loads.
            key = service.check_key(host, service.read_settings())
            engine = engines.from_settings(api._settings(Settings(), {"model": model, "engine": "embedded"}))
            try:
                server = service.make_server(engine, host, port)
            except OSError as exc:
                raise Failure(f"cannot listen on {host}:{port}: {exc.strerror}", 4) from exc
            shown = f"[{host}]" if ":" in host else host
            required = "; the key is required" if key else ""
            line = f"serving {engine.model} on http://{shown}:{server.server_port}/v1{required}"
            # Said once the server listens: a caller that waits for the line can send Ctrl-C or a request at once.
            server.serve_forever(on_ready=lambda: click.echo(line, err=True))
    finally:
        if server is not None:
            server.server_close()
