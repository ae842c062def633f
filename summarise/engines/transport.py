"""The transport retry layer for HTTP endpoints: which faults are retried, how long to wait, and what the
user sees. The OpenAI client's own retry loop is off (max_retries=0); every retry happens here.

- `classify` turns an exception of the OpenAI client into one of our errors, marked `transient` when it is
  worth sending again (408, 409, 429, 5xx other than a context overflow, timeouts, resets), with the wait the
  server asked for in `Retry-After`.
- A server that asks for a longer wait than `defaults.MAX_RETRY_AFTER_SECONDS` is not retried: the user
  gets the error at once, with the wait the server asked for, rather than a process that sleeps for minutes.
- Otherwise waits back off exponentially with jitter, and the total time slept for one request is bounded.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception

from .. import defaults
from ..deadline import Deadline, current
from ..errors import (
    ContextOverflowError,
    DeadlineExceededError,
    ModelRequestError,
    ModelUnavailableError,
    ModeRejectedError,
    SummariseError,
)

T = TypeVar("T")

RETRIED_STATUS = frozenset({408, 409, 429})
# What servers say when a request does not fit the model's context window: OpenAI (400,
# code context_length_exceeded), llama.cpp's server (400 exceed_context_size_error, older builds 500 "the
# request exceeds the available context size"), llama-cpp-python's server ("Requested tokens (...) exceed
# context window of ..."), vLLM ("maximum context length").
_OVERFLOW = re.compile(
    r"context_length_exceeded|exceed_context_size|exceeds? the available context size|exceed context window"
    r"|maximum context length|context length|too many tokens|prompt is too long",
    re.IGNORECASE,
)
# What servers say when they refuse how the answer's structure was asked for: a `response_format` of a type
# they do not take (llama-cpp-python: 500 "('body', 'response_format', 'type') Input should be 'text' or
# 'json_object'"; OpenAI: 400 "'response_format' of type 'json_schema' is not supported with this model"), or
# tools (llama.cpp's server without --jinja: 500 "tools param requires --jinja flag").
_REJECTS_MODE = re.compile(r"response_format|json_schema|json_object|tool_choice|\btools?\b|function.?call", re.I)
REJECTED_MODE_STATUS = frozenset({400, 422, 500})
_MASKED = re.compile(r"[\w\-]*\*{3,}[\w\-]*")
_SECRET = re.compile(r"(?:sk|rk|pk)-[A-Za-z0-9_*\-.]{3,}|(?i:bearer)\s+\S+")


def redact(text: str, key: str | None) -> str:
    """`text` without the API key: key-shaped tokens, a key the server echoes half-masked
    ('sk-ab****wxyz'), and any stretch of eight characters or more of `key` itself."""
    text = _SECRET.sub("***", text)
    text = _MASKED.sub("***", text)
    if key:
        for size in range(len(key), 7, -1):
            for start in range(0, len(key) - size + 1):
                part = key[start : start + size]
                if part in text:
                    text = text.replace(part, "***")
    return text


def retry_after(headers: Any) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, `retry-after` in seconds or as an HTTP date."""
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error")
        message = body.get("message") or (error.get("message") if isinstance(error, dict) else error)
        if message:
            return str(message)
    return str(exc.message)


def _rejects_mode(exc: openai.APIStatusError) -> bool:
    body = exc.body
    param = body.get("param") if isinstance(body, dict) else None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        param = body["error"].get("param") or param
    return exc.status_code in REJECTED_MODE_STATUS and any(
        _REJECTS_MODE.search(str(part)) for part in (_detail(exc), param) if part
    )


def _overflow(exc: openai.APIStatusError) -> bool:
    body = exc.body
    parts = [_detail(exc)]
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            parts += [str(error.get("code") or ""), str(error.get("type") or "")]
        parts += [str(body.get("code") or ""), str(body.get("type") or "")]
    return exc.status_code in (400, 413, 500) and any(_OVERFLOW.search(p) for p in parts if p)


@dataclass(frozen=True)
class Endpoint:
    """What an error message names: where, which model, and the key to keep out of it."""

    where: str
    engine: str
    model: str
    key: str | None


def classify(exc: Exception, endpoint: Endpoint, cap: float) -> SummariseError:
    """Our error for one failed request, with `transient` and `retry_after` set for the retry layer."""
    where, engine, model = endpoint.where, endpoint.engine, endpoint.model
    error: SummariseError
    if isinstance(exc, openai.APITimeoutError):
        error = ModelUnavailableError(f"{where} did not answer in time", engine=engine, model=model)
        error.transient = True
        return error
    if isinstance(exc, openai.APIConnectionError):
        error = ModelUnavailableError(
            f"cannot reach {where} (the connection failed or was cut)", engine=engine, model=model
        )
        error.transient = True
        return error
    if not isinstance(exc, openai.APIStatusError):
        detail = redact(str(exc), endpoint.key)[:300]
        return ModelUnavailableError(
            f"{where} gave an answer the client cannot read: {detail}", engine=engine, model=model
        )
    status = exc.status_code
    detail = redact(" ".join(_detail(exc).split()), endpoint.key)[:300]
    if _overflow(exc):
        return ContextOverflowError(
            f"{where} refused the request ({status}): it does not fit the model's context window: {detail}",
            status_code=status,
            engine=engine,
            model=model,
        )
    if _rejects_mode(exc):
        # Not transient, even as a 500: the same request is refused again; the next mode may be taken.
        return ModeRejectedError(
            f"{where} refused the request ({status}) for how it asks for the answer's structure: {detail}",
            status_code=status,
            engine=engine,
            model=model,
            detail=detail,
        )
    if status in RETRIED_STATUS or status >= 500:
        wait = retry_after(exc.response.headers if exc.response is not None else None)
        if wait is not None and wait > cap:
            return ModelUnavailableError(
                f"{where} answered {status} and asks to retry after {wait:.0f} s, longer than the {cap:.0f} s "
                f"we wait (SUMMARISE_MAX_RETRY_AFTER): {detail}",
                engine=engine,
                model=model,
            )
        error = ModelUnavailableError(f"{where} answered {status}: {detail}", engine=engine, model=model)
        error.transient = True
        error.retry_after = wait
        return error
    return ModelRequestError(
        f"{where} refused the request ({status}): {detail}", status_code=status, engine=engine, model=model
    )


@dataclass(frozen=True)
class Policy:
    """How many times, and how long, to retry one request."""

    retries: int = defaults.TRANSPORT_RETRIES
    max_retry_after: float = defaults.MAX_RETRY_AFTER_SECONDS
    max_total_wait: float = defaults.MAX_TRANSPORT_WAIT_SECONDS
    backoff_initial: float = defaults.BACKOFF_INITIAL_SECONDS
    backoff_max: float = defaults.BACKOFF_MAX_SECONDS

    def wait(self, state: RetryCallState) -> float:
        """The server's Retry-After when it gave one, else exponential backoff with full jitter."""
        exc = state.outcome.exception() if state.outcome else None
        asked = getattr(exc, "retry_after", None)
        if asked is not None:
            return float(asked)
        ceiling = min(self.backoff_max, self.backoff_initial * 2 ** (state.attempt_number - 1))
        return random.uniform(ceiling / 2, ceiling)

    def stop(self, state: RetryCallState) -> bool:
        if state.attempt_number > self.retries:
            return True
        upcoming = state.upcoming_sleep or 0.0
        return state.idle_for + upcoming > self.max_total_wait

    def options(self, stopped: list[str]) -> dict[str, Any]:
        """tenacity's options; `stopped` gets 'deadline' when the article's deadline, not the policy, ends the
        retries."""

        def stop(state: RetryCallState) -> bool:
            if self.stop(state):
                return True
            deadline = current()
            if deadline is not None and (state.upcoming_sleep or 0.0) >= deadline.left():
                stopped.append("deadline")
                return True
            return False

        return {
            "retry": retry_if_exception(lambda e: bool(getattr(e, "transient", False))),
            "wait": self.wait,
            "stop": stop,
            "reraise": True,
        }


def _past_deadline(endpoint: Endpoint, deadline: Deadline) -> DeadlineExceededError:
    return DeadlineExceededError(
        f"{endpoint.where} did not finish the article within its deadline of {deadline.seconds:g} s "
        "(SUMMARISE_DEADLINE)",
        engine=endpoint.engine,
        model=endpoint.model,
        seconds=deadline.seconds,
    )


def _check_deadline(endpoint: Endpoint) -> None:
    deadline = current()
    if deadline is not None and deadline.left() <= 0:
        raise _past_deadline(endpoint, deadline)


def request_timeout(timeout: float) -> float:
    """The timeout for one request: `timeout`, or the time left before the article's deadline if that is less."""
    deadline = current()
    if deadline is None:
        return timeout
    return max(0.001, min(timeout, deadline.left()))


def _given_up(error: SummariseError, endpoint: Endpoint, stopped: list[str]) -> SummariseError:
    deadline = current()
    if deadline is not None and error.transient and (stopped or deadline.left() <= 0):
        return _past_deadline(endpoint, deadline)
    return error


def _attempt(call: Callable[[], T], endpoint: Endpoint, cap: float) -> T:
    _check_deadline(endpoint)
    try:
        return call()
    except openai.OpenAIError as exc:
        raise classify(exc, endpoint, cap) from exc


def send(call: Callable[[], T], endpoint: Endpoint, policy: Policy) -> T:
    """Run `call` (one HTTP request) with the retry policy; raise our error when it gives up, and
    DeadlineExceededError when the article's deadline passes first."""
    stopped: list[str] = []
    try:
        for attempt in Retrying(**policy.options(stopped)):
            with attempt:
                return _attempt(call, endpoint, policy.max_retry_after)
    except SummariseError as error:
        past = _given_up(error, endpoint, stopped)
        if past is error:
            raise
        raise past from error
    raise AssertionError("unreachable: tenacity re-raises the last error")


async def asend(call: Callable[[], Awaitable[T]], endpoint: Endpoint, policy: Policy) -> T:
    """The async twin of `send`."""
    stopped: list[str] = []
    try:
        async for attempt in AsyncRetrying(**policy.options(stopped)):
            with attempt:
                _check_deadline(endpoint)
                try:
                    return await call()
                except openai.OpenAIError as exc:
                    raise classify(exc, endpoint, policy.max_retry_after) from exc
    except SummariseError as error:
        past = _given_up(error, endpoint, stopped)
        if past is error:
            raise
        raise past from error
    raise AssertionError("unreachable: tenacity re-raises the last error")
