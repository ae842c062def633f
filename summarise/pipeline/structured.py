"""The pipeline's side of instructor: each structured call through `instructor.patch` in the engine's response
mode (falling back to the next mode when an endpoint refuses one), instructor's errors turned into ours, and a
ledger of what every attempt cost.

The calls are not made here: `Structured.ask` yields a `Call` and the driver in `loop.py` makes it, sync or
async, so the pipeline's steps are written once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core import patch as _instructor_patch
from instructor.v2.validation import async_validators as _async_validators

from ..engines.base import Engine
from ..engines.modes import name_of
from ..errors import ModeRejectedError, OutputValidationError, SummariseError
from ..results import Attempt, ModeFallback

T = TypeVar("T")


@dataclass
class CallLedger:
    """What every attempt cost, filled in by instructor's hooks."""

    attempts: list[Attempt] = field(default_factory=list)
    last_output: str | None = None
    # Tokens spent on this article, for the budget (see budget.py).
    spent: int = 0
    # The response mode of the last structured answer, and the modes the endpoint refused on the way.
    mode: str | None = None
    fallbacks: list[ModeFallback] = field(default_factory=list)

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:response", self._on_response)
        hooks.on("parse:error", self._on_parse_error)
        return hooks

    def _on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        choices = getattr(response, "choices", None) or []
        self.last_output = _answer_text(choices[0].message) if choices else None
        self.attempts.append(
            Attempt(
                prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
                completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
                outcome="ok",
            )
        )

    def _on_parse_error(self, error: Exception, **_: Any) -> None:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        self.mark_last(f"invalid: {first_line[:200]}")

    def mark_last(self, outcome: str) -> None:
        if self.attempts:
            self.attempts[-1] = self.attempts[-1].model_copy(update={"outcome": outcome})

    def usage(self) -> list[dict[str, Any]]:
        return [a.model_dump() for a in self.attempts]


def _answer_text(message: Any) -> str | None:
    """What the model wrote: its content, or in tools mode its call's arguments."""
    calls = getattr(message, "tool_calls", None)
    if message.content is None and calls:
        return str(calls[0].function.arguments)
    return message.content


def _check_once(check: Callable[[Any], None]) -> Callable[[Any], None]:
    """instructor's `reject_async_validators`, remembered for each model class that passed: instructor walks the whole
    response model (every field of every nested model) four times on every call, about 1.5 ms for `Extraction`, and
    a class that passed once passes again. Weakly held: a class made for one article (candidates) is not kept."""
    passed: weakref.WeakSet[type[Any]] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        check(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)

    return reject_async_validators


def _check_models_once() -> None:
    # instructor imports the check at call time from its module, except in `patch`, which holds its own name.
    checked = _check_once(_async_validators.reject_async_validators)
    for module in (_async_validators, _instructor_patch):
        if getattr(module, "reject_async_validators", None) is not None:
            module.reject_async_validators = checked  # type: ignore[attr-defined]


_check_models_once()


@lru_cache(maxsize=32)
def prepared(response_model: type[Any]) -> type[Any]:
    """`response_model` as instructor wraps it before a call, wrapped once: instructor would make a new class of it,
    and generate that class's JSON Schema afresh, on every call."""
    return instructor.openai_schema(response_model)


@dataclass(frozen=True)
class Call:
    """One request to the model, as the pipeline's steps ask for it: the driver (`loop.run` or `loop.arun`) calls
    `send(**kwargs)`, awaiting it when async, and sends back the answer or throws in the error."""

    send: Callable[..., Any]
    kwargs: dict[str, Any]


# What the pipeline's steps are: generators that yield the calls they need and return their result.
Steps = Generator[Call, Any, T]


class Structured:
    """instructor's `create` in the engine's response mode; when the endpoint refuses that mode (and the engine has
    another to try, under 'auto'), the same call again in the next one. The ledger records each refusal.

    `send` is the engine's create, budgeted: sync or async, instructor patches either, and the driver of the
    steps calls it in kind."""

    def __init__(self, engine: Engine, send: Any, ledger: CallLedger) -> None:
        self.engine = engine
        self.send = send
        self.ledger = ledger
        self._patched: dict[instructor.Mode, Any] = {}

    def patched(self, mode: instructor.Mode) -> Any:
        if mode not in self._patched:
            self._patched[mode] = instructor.patch(create=self.send, mode=mode)
        return self._patched[mode]

    def fall_back(self, error: ModeRejectedError, mode: instructor.Mode) -> bool:
        fall_back = getattr(self.engine, "fall_back", None)
        if fall_back is None or not fall_back(error, mode):
            return False
        self.ledger.fallbacks.append(ModeFallback(mode=name_of(mode), status=error.status_code, reason=error.detail))
        return True

    def ask(self, **kwargs: Any) -> Steps[Any]:
        """The validated answer to one structured call, in the first mode the endpoint accepts."""
        kwargs["response_model"] = prepared(kwargs["response_model"])
        while True:
            mode = self.engine.mode
            # The mode the endpoint answers in, whether or not the answer is usable.
            self.ledger.mode = name_of(mode)
            try:
                with map_instructor_errors(self.ledger):
                    return (yield Call(self.patched(mode), kwargs))
            except ModeRejectedError as exc:
                if not self.fall_back(exc, mode):
                    raise


def _cut_off(ledger: CallLedger) -> OutputValidationError:
    return OutputValidationError(
        "the model's answer was cut off at the output token limit; raise --max-output-tokens",
        n_attempts=len(ledger.attempts),
        last_output=ledger.last_output,
        usage=ledger.usage(),
        truncated=True,
    )


@contextmanager
def map_instructor_errors(ledger: CallLedger) -> Iterator[None]:
    try:
        yield
    except IncompleteOutputException as exc:
        raise _cut_off(ledger) from exc
    except InstructorRetryException as exc:
        cause = exc.__cause__
        if isinstance(cause, SummariseError):
            raise cause from None
        if isinstance(cause, IncompleteOutputException):
            raise _cut_off(ledger) from exc
        first_line = str(cause or exc).strip().splitlines()[0]
        raise OutputValidationError(
            f"the model's answer broke the schema after {exc.n_attempts} attempts: {first_line}",
            n_attempts=int(exc.n_attempts),
            last_output=ledger.last_output,
            usage=ledger.usage(),
        ) from exc
