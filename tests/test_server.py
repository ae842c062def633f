"""`summarise serve`: the OpenAI-compatible front of an engine, checked with a stand-in engine."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import instructor
import pytest
from openai.types.chat import ChatCompletion

from summarise.errors import ModelRequestError
from summarise.serve.server import make_server

from .fakes import completion, serving


class EchoEngine:
    """Answers with the last message's content; refuses a message saying 'overflow'."""

    name = "embedded"
    model = "echo"
    mode = instructor.Mode.JSON_SCHEMA
    constrains = False

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs: Any) -> ChatCompletion:
        self.calls.append(kwargs)
        content = kwargs["messages"][-1]["content"]
        if content == "overflow":
            raise ModelRequestError("context overflow", status_code=400, engine="embedded", model="echo")
        body = completion(content).body
        assert body is not None
        return ChatCompletion.model_validate(body)

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        return self.create(**kwargs)

    def close(self) -> None:
        pass


@pytest.fixture
def served() -> Iterator[tuple[str, EchoEngine]]:
    engine = EchoEngine()
    with serving(make_server(engine, "127.0.0.1", 0)) as url:
        yield url, engine


def _post(url: str, body: bytes) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_chat_completion_round_trip(served: tuple[str, EchoEngine]) -> None:
    url, engine = served
    status, body = _post(
        url + "/v1/chat/completions", json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode()
    )
    assert status == 200
    assert body["choices"][0]["message"]["content"] == "hi"
    assert engine.calls[0]["messages"] == [{"role": "user", "content": "hi"}]


def test_models_route(served: tuple[str, EchoEngine]) -> None:
    url, _ = served
    with urllib.request.urlopen(url + "/v1/models", timeout=10) as response:
        assert json.loads(response.read())["data"][0]["id"] == "echo"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"not json", 400, "not valid JSON"),
        (b'{"messages": "hi"}', 400, "must be a list"),
        (b'{"messages": [{"role": "user", "content": "overflow"}]}', 400, "context overflow"),
        (b'{"messages": [], "stream": true}', 400, "streaming"),
    ],
)
def test_bad_requests_get_openai_shaped_errors(
    served: tuple[str, EchoEngine], body: bytes, status: int, message: str
) -> None:
    url, _ = served
    got, payload = _post(url + "/v1/chat/completions", body)
    assert got == status
    assert message in payload["error"]["message"]


def test_unknown_route_is_404(served: tuple[str, EchoEngine]) -> None:
    url, _ = served
    got, _payload = _post(url + "/v1/embeddings", b"{}")
    assert got == 404
