"""Load on `summarise serve` (127.0.0.1 only): 50 concurrent clients, a few requests each, against a stub engine and
against the embedded engine, through the server's real stack (uvicorn, the key check, the body read, the queue).

Usage: .venv/bin/python bench/serve_load.py [--clients 50] [--requests 3] [--embedded-requests 2] [--skip-embedded]

Each request is a chat completion whose answer is constrained (response_format json_schema) to one JSON object
holding a token unique to that request: the embedded model can only write that token, and the stub engine writes
back the token it was asked for. A client checks that the answer carries its own token. A client answered 503
waits the Retry-After it was given (at most 10 s) and sends the same request again, up to 30 times.

Printed for each engine: requests, answered, lost (no answer after the retries, or a transport error), wrong (an
answer carrying another request's token), the 503 share of all attempts, and the latency of answered requests,
p50/p95, from the first attempt (queue waits and retries included) and of the answered attempt alone. The server
and the clients share this process and its 2 cores; the clients are threads.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise.serve.server import ServeSettings, make_server  # noqa: E402

MAX_RETRIES = 30
MAX_WAIT = 10.0


class StubEngine:
    """Answers with the token the request's schema allows, after `latency` seconds, one call at a time (the
    server's queue is what serialises calls; the lock here would show it if it did not)."""

    name = "stub"
    model = "stub"
    constrains = True

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self._busy = threading.Lock()
        self.overlapped = 0

    def create(self, **kwargs: Any) -> ChatCompletion:
        if not self._busy.acquire(blocking=False):
            self.overlapped += 1
            self._busy.acquire()
        try:
            time.sleep(self.latency)
            token = kwargs["response_format"]["json_schema"]["schema"]["properties"]["token"]["enum"][0]
        finally:
            self._busy.release()
        return ChatCompletion.model_validate(
            {
                "id": "stub",
                "object": "chat.completion",
                "created": 0,
                "model": "stub",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": json.dumps({"token": token})},
                    }
                ],
            }
        )

    def close(self) -> None:
        pass


def request_body(token: str) -> bytes:
    schema = {
        "type": "object",
        "properties": {"token": {"type": "string", "enum": [token]}},
        "required": ["token"],
        "additionalProperties": False,
    }
    return json.dumps(
        {
            "messages": [{"role": "user", "content": f"Write the token {token} as JSON."}],
            "max_tokens": 48,
            "temperature": 0,
            "response_format": {"type": "json_schema", "json_schema": {"name": "token", "schema": schema}},
        }
    ).encode()


@dataclass
class Tally:
    requests: int = 0
    answered: int = 0
    lost: int = 0
    wrong: int = 0
    attempts: int = 0
    busy: int = 0
    other: dict[str, int] = field(default_factory=dict)
    total: list[float] = field(default_factory=list)
    last: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def one_request(url: str, token: str, tally: Tally) -> None:
    first = time.monotonic()
    for _ in range(MAX_RETRIES + 1):
        started = time.monotonic()
        request = urllib.request.Request(url, data=request_body(token), headers={"Content-Type": "application/json"})
        wait = None
        try:
            with urllib.request.urlopen(request, timeout=600) as response:
                body = json.loads(response.read())
            ended = time.monotonic()
            got = json.loads(body["choices"][0]["message"]["content"])["token"]
            with tally.lock:
                tally.attempts += 1
                tally.answered += 1
                tally.wrong += got != token
                tally.total.append(ended - first)
                tally.last.append(ended - started)
            return
        except urllib.error.HTTPError as exc:
            exc.read()
            with tally.lock:
                tally.attempts += 1
                if exc.code == 503:
                    tally.busy += 1
                    wait = min(float(exc.headers.get("Retry-After", "1")), MAX_WAIT)
                else:
                    tally.other[str(exc.code)] = tally.other.get(str(exc.code), 0) + 1
            if wait is None:
                break
            time.sleep(wait)
        except (OSError, ValueError, KeyError) as exc:
            with tally.lock:
                tally.attempts += 1
                tally.other[type(exc).__name__] = tally.other.get(type(exc).__name__, 0) + 1
            break
    with tally.lock:
        tally.lost += 1


def run(engine: Any, clients: int, requests: int, queue: int) -> tuple[Tally, float]:
    tally = Tally(requests=clients * requests)
    server = make_server(engine, "127.0.0.1", 0, ServeSettings(queue=queue))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/v1/chat/completions"
    time.sleep(0.3)
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        start.wait()
        for i in range(requests):
            one_request(url, f"c{number:02d}r{i}-{uuid.uuid4().hex[:8]}", tally)

    began = time.monotonic()
    workers = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    took = time.monotonic() - began
    server.shutdown()
    server.server_close()
    return tally, took


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(name: str, tally: Tally, took: float, queue: int) -> None:
    print(f"## {name}: {tally.requests} requests, queue {queue} waiting + 1 on the model, {took:.1f} s in all")
    print(
        f"answered {tally.answered}, lost {tally.lost}, wrong client {tally.wrong}, "
        f"other errors {tally.other or 'none'}"
    )
    print(f"attempts {tally.attempts}, of which 503 {tally.busy} ({100 * tally.busy / max(tally.attempts, 1):.1f}%)")
    print(
        f"latency from first attempt: p50 {percentile(tally.total, 50):.2f} s, p95 {percentile(tally.total, 95):.2f} s"
        f"; answered attempt alone: p50 {percentile(tally.last, 50):.2f} s, p95 {percentile(tally.last, 95):.2f} s"
    )
    if tally.last:
        print(f"model throughput: {tally.answered / took:.2f} answers/s (mean {statistics.mean(tally.last):.2f} s)")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3, help="requests per client, stub engine")
    parser.add_argument("--embedded-requests", type=int, default=2, help="requests per client, embedded engine")
    parser.add_argument("--stub-latency", type=float, default=0.05, help="the stub's seconds per answer")
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--skip-embedded", action="store_true")
    args = parser.parse_args()

    stub = StubEngine(args.stub_latency)
    tally, took = run(stub, args.clients, args.requests, args.queue)
    report(f"stub engine ({args.stub_latency * 1000:.0f} ms an answer)", tally, took, args.queue)
    assert stub.overlapped == 0, "two calls reached the engine at once"
    failed = tally.lost + tally.wrong
    if not args.skip_embedded:
        from summarise import api, engines
        from summarise.settings import Settings

        engine = engines.from_settings(api._settings(Settings(), {"engine": "embedded"}))
        engine.create(**json.loads(request_body("warm-up")))  # the model loads before the clock starts
        tally, took = run(engine, args.clients, args.embedded_requests, args.queue)
        report(f"embedded engine ({engine.model})", tally, took, args.queue)
        failed += tally.lost + tally.wrong
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
