"""An OpenAI-compatible stub on 127.0.0.1 that answers every chat completion with one valid answer.

Usage: .venv/bin/python bench/stub.py [ANSWER.json]
Prints its base URL on the first line of stdout, then serves until killed. The answer (default: the team's
hand-written, fully grounded answer for examples/port_strike.txt) is sent for every request, after the
latency the request's path asks for: `/delay/200/v1/chat/completions` waits 200 ms, `/v1/...` none. It is
an asyncio server, so delayed requests overlap as they would on a real endpoint; it runs in its own
process so that the benchmark's CPU time counts the client alone.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ANSWER = ROOT / "tests" / "authored" / "port_strike_grounded.json"
_ROUTE = re.compile(rb"^(?:/delay/(\d+))?/v1/chat/completions/?$")


def load_answer(path: Path = DEFAULT_ANSWER) -> dict[str, Any]:
    """The answer to serve, without the authors' comment keys."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def completion_body(answer: dict[str, Any]) -> bytes:
    """A chat completion whose message is `answer` as JSON."""
    content = json.dumps(answer, ensure_ascii=False)
    return json.dumps(
        {
            "id": "chatcmpl-stub",
            "object": "chat.completion",
            "created": 0,
            "model": "stub",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
    ).encode("utf-8")


def _response(status: int, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
    head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    return head.encode("ascii") + body


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            request_line, *header_lines = head.split(b"\r\n")
            length = 0
            for line in header_lines:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            parts = request_line.split(b" ")
            route = _ROUTE.match(parts[1]) if len(parts) == 3 and parts[0] == b"POST" else None
            if route is None:
                writer.write(_response(404, b'{"error": {"message": "no such route"}}'))
            else:
                if route.group(1):
                    await asyncio.sleep(int(route.group(1)) / 1000)
                writer.write(_response(200, body))
            await writer.drain()
    finally:
        writer.close()


async def _main(answer: dict[str, Any]) -> None:
    body = completion_body(answer)
    server = await asyncio.start_server(lambda r, w: _serve_connection(r, w, body), "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_main(load_answer(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ANSWER)))
