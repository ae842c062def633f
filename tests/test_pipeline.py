"""The pipeline against a scripted server: re-asks, token accounting, and the two retry layers kept apart."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest

from summarise import asummarise, summarise
from summarise.errors import ModelRequestError, ModelUnavailableError, OutputValidationError

from .conftest import EXAMPLES
from .fakes import Reply, completion, scripted_server

AUTHORED = Path(__file__).parent / "authored"
ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
# Code finds nothing here, so a model's unusable answer stays an error (tests/test_faults.py shows the other case).
NO_FACTS = "Residents gathered in the old market square on a mild afternoon. Few stayed after dark."
KEY = "fake-authored-test-key-0123"


def _answers() -> list[str]:
    data = json.loads((AUTHORED / "invalid_then_valid.json").read_text())
    return [json.dumps(answer) for answer in data["answers"]]


def test_invalid_answer_is_reasked_with_the_validation_error() -> None:
    invalid, valid = _answers()
    with scripted_server([completion(invalid), completion(valid, prompt_tokens=180, completion_tokens=70)]) as (
        url,
        script,
    ):
        result = summarise(ARTICLE, base_url=url, model="authored", api_key=KEY)
    assert len(script.requests) == 2
    assert result.event.what == "Dock workers ended a three-day strike"
    attempts = result.metadata.attempts
    assert [a.outcome.split(":")[0] for a in attempts] == ["invalid", "ok"]
    assert (result.metadata.prompt_tokens, result.metadata.completion_tokens) == (280, 120)
    first, second = script.requests
    assert first["response_format"]["type"] == "json_schema"
    assert first["response_format"]["json_schema"]["schema"]["additionalProperties"] is False
    reask = json.dumps(second["messages"])
    assert "mood" in reask and "sentences" in reask, "the re-ask must quote what was wrong"
    assert len(second["messages"]) == len(first["messages"]) + 2
    assert result.metadata.engine == "openai" and result.metadata.model == "authored"


def test_answers_that_stay_invalid_raise_after_the_bounded_reasks() -> None:
    invalid, _ = _answers()
    with scripted_server([completion(invalid)]) as (url, script), pytest.raises(OutputValidationError) as caught:
        summarise(NO_FACTS, base_url=url, model="authored", reasks=1)
    assert len(script.requests) == 2
    assert caught.value.n_attempts == 2
    assert caught.value.exit_code == 6
    assert caught.value.last_output is not None and "mood" in caught.value.last_output
    assert [u["completion_tokens"] for u in caught.value.usage] == [50, 50]


def test_truncated_answer_is_not_reasked() -> None:
    _, valid = _answers()
    truncated = completion(valid[:80], finish_reason="length")
    with scripted_server([truncated]) as (url, script), pytest.raises(OutputValidationError, match="cut off"):
        summarise(NO_FACTS, base_url=url, model="authored", grounding_reasks=0)
    assert len(script.requests) == 1


def test_a_cut_off_first_answer_is_asked_again_shorter() -> None:
    _, valid = _answers()
    truncated = completion(valid[:80], finish_reason="length")
    with scripted_server([truncated, completion(valid)]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=1)
    assert len(script.requests) == 2
    assert "cut off" in script.requests[1]["messages"][-1]["content"]
    assert result.metadata.attempts[0].outcome.startswith("cut off")
    assert result.event.what == "Dock workers ended a three-day strike"


def test_server_error_is_retried_by_the_transport_layer_only() -> None:
    _, valid = _answers()
    with scripted_server([Reply(status=503), completion(valid)]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored")
    assert len(script.requests) == 2, "one transport retry, no re-ask"
    assert len(result.metadata.attempts) == 1


def test_persistent_server_error_is_not_multiplied_by_reasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TRANSPORT_RETRIES", "1")
    with scripted_server([Reply(status=500)]) as (url, script), pytest.raises(ModelUnavailableError, match="500"):
        summarise(ARTICLE, base_url=url, model="authored", reasks=2)
    assert len(script.requests) == 2, "transport retries (1) + 1, never times the re-asks"


def test_auth_error_is_not_retried_and_never_shows_the_key() -> None:
    unauthorised = Reply(status=401, body={"error": {"message": "invalid api key"}})
    with scripted_server([unauthorised]) as (url, script), pytest.raises(ModelRequestError) as caught:
        summarise(ARTICLE, base_url=url, model="authored", api_key=KEY)
    assert len(script.requests) == 1
    assert caught.value.status_code == 401
    assert KEY not in caught.value.message
    assert script.headers[0]["authorization"].endswith(KEY)


def test_unreachable_endpoint_is_model_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TRANSPORT_RETRIES", "0")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ModelUnavailableError, match="cannot reach"):
        summarise(ARTICLE, base_url=f"http://127.0.0.1:{port}/v1", model="authored")


def test_async_twin_gives_the_same_result() -> None:
    invalid, valid = _answers()
    with scripted_server([completion(invalid), completion(valid)]) as (url, script):
        result = asyncio.run(asummarise(ARTICLE, base_url=url, model="authored"))
    assert len(script.requests) == 2
    assert result.brief.headline == "Valmera dock strike ends with pay deal"
    assert len(result.metadata.attempts) == 2


def test_brief_language_reaches_the_prompt() -> None:
    _, valid = _answers()
    with scripted_server([completion(valid)]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", language="ko")
    assert "Korean" in script.requests[0]["messages"][0]["content"]
    assert result.source_language == "en"


def test_a_second_article_generates_no_json_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    # instructor would wrap the response model in a new class, and generate its schema, on every call.
    from pydantic.json_schema import GenerateJsonSchema

    answer = json.dumps(
        json.loads((Path(__file__).parent / "authored" / "invalid_then_valid.json").read_text())["answers"][1]
    )
    calls: list[int] = []
    original = GenerateJsonSchema.generate
    with scripted_server([completion(answer)]) as (url, script):
        summarise(EXAMPLES.joinpath("port_strike.txt").read_text(encoding="utf-8"), base_url=url, model="m")
        counted = lambda self, *a, **k: calls.append(1) or original(self, *a, **k)  # noqa: E731
        monkeypatch.setattr(GenerateJsonSchema, "generate", counted)
        summarise(
            EXAMPLES.joinpath("port_strike.txt").read_text(encoding="utf-8") + "\n\nLater.", base_url=url, model="m"
        )
    assert len(script.requests) >= 2 and calls == []


def test_a_second_call_makes_no_new_http_client(monkeypatch: pytest.MonkeyPatch) -> None:
    # An HTTP client costs about 25 ms of CPU (its TLS context): summarise(base_url=...) on each article reuses one.
    import httpx2

    made: list[int] = []
    original = httpx2.Client.__init__
    answer = json.dumps(
        json.loads((Path(__file__).parent / "authored" / "invalid_then_valid.json").read_text())["answers"][1]
    )
    article = EXAMPLES.joinpath("port_strike.txt").read_text(encoding="utf-8")
    with scripted_server([completion(answer)]) as (url, script):
        summarise(article, base_url=url, model="m", grounding_reasks=0)
        counted = lambda self, *a, **k: made.append(1) or original(self, *a, **k)  # noqa: E731
        monkeypatch.setattr(httpx2.Client, "__init__", counted)
        summarise(article + "\n\nLater.", base_url=url, model="m", grounding_reasks=0)
    assert len(script.requests) == 2 and made == []
