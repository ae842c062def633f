"""The transport layer's parts: reading Retry-After, the backoff, the bound on the total wait, classifying."""

from __future__ import annotations

import email.utils
import time
from types import SimpleNamespace

import httpx2 as httpx
import openai
import pytest

from summarise.engines.transport import Endpoint, Policy, classify, retry_after
from summarise.errors import ContextOverflowError, ModelRequestError, ModelUnavailableError

ENDPOINT = Endpoint(where="http://127.0.0.1:1/v1", engine="openai", model="authored", key="placeholder-not-a-key")


def _status_error(status: int, body: object, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    request = httpx.Request("POST", "http://127.0.0.1:1/v1/chat/completions")
    response = httpx.Response(status, headers=headers or {}, json=body, request=request)
    return openai.APIStatusError("authored", response=response, body=body)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "1"}, 1.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_reads_seconds_and_milliseconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after(httpx.Headers(headers)) == expected


def test_retry_after_reads_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    wait = retry_after(httpx.Headers({"retry-after": when}))
    assert wait is not None and 110 <= wait <= 121


def _state(attempt: int, idle: float = 0.0, upcoming: float = 0.0, exc: Exception | None = None) -> SimpleNamespace:
    outcome = SimpleNamespace(exception=lambda: exc)
    return SimpleNamespace(attempt_number=attempt, idle_for=idle, upcoming_sleep=upcoming, outcome=outcome)


def test_backoff_doubles_with_jitter_up_to_its_ceiling() -> None:
    policy = Policy(backoff_initial=0.5, backoff_max=8.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (5, 8.0), (9, 8.0)]:
        waits = [policy.wait(_state(attempt)) for _ in range(50)]  # type: ignore[arg-type]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 1, "jitter"


def test_the_servers_wait_is_used_when_it_gives_one() -> None:
    error = ModelUnavailableError("busy", engine="openai", model="m")
    error.retry_after = 3.0
    assert Policy().wait(_state(1, exc=error)) == 3.0  # type: ignore[arg-type]


def test_retries_stop_at_their_count_and_at_the_total_wait() -> None:
    policy = Policy(retries=2, max_total_wait=60.0)
    assert not policy.stop(_state(1, idle=0, upcoming=1))  # type: ignore[arg-type]
    assert not policy.stop(_state(2, idle=1, upcoming=2))  # type: ignore[arg-type]
    assert policy.stop(_state(3, idle=3, upcoming=4))  # type: ignore[arg-type]
    assert policy.stop(_state(2, idle=30, upcoming=30.5))  # type: ignore[arg-type]


def test_a_retry_after_over_the_cap_is_not_transient() -> None:
    error = classify(_status_error(503, {"error": {"message": "later"}}, {"retry-after": "31"}), ENDPOINT, cap=30)
    assert isinstance(error, ModelUnavailableError) and not error.transient
    assert "31 s" in error.message
    error = classify(_status_error(503, {"error": {"message": "later"}}, {"retry-after": "29"}), ENDPOINT, cap=30)
    assert error.transient and error.retry_after == 29


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"error": {"message": "too long", "code": "context_length_exceeded"}}),
        (400, {"error": {"message": "x", "type": "exceed_context_size_error"}}),
        (500, {"error": {"message": "the request exceeds the available context size, try increasing it"}}),
        (500, {"error": {"message": "Requested tokens (5000) exceed context window of 4096"}}),
        (413, {"error": {"message": "prompt is too long"}}),
        (400, {"message": "This model's maximum context length is 8192 tokens"}),
    ],
)
def test_context_overflow_in_every_shape_is_never_transient(status: int, body: dict) -> None:
    error = classify(_status_error(status, body), ENDPOINT, cap=30)
    assert isinstance(error, ContextOverflowError) and not error.transient
    assert error.exit_code == 5


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_transient_statuses(status: int) -> None:
    assert classify(_status_error(status, {"error": {"message": "x"}}), ENDPOINT, cap=30).transient


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_client_errors_are_not_transient(status: int) -> None:
    error = classify(_status_error(status, {"error": {"message": "no"}}), ENDPOINT, cap=30)
    assert isinstance(error, ModelRequestError) and not error.transient and error.status_code == status
