"""prompt -> model -> validate -> ground -> result. Knows prompts and schemas, nothing of HTTP.

instructor constrains and validates the answer; only a validation failure is
re-asked there (instructor's retry catches parse errors alone), so re-asks
never multiply with the engine's transport retries. A valid answer is then
verified against the article; items that fail are sent back once or twice with
the precise reasons, and what still fails is moved to `unverified`.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core import patch as _instructor_patch
from instructor.v2.validation import async_validators as _async_validators

from .. import defaults
from ..deadline import within
from ..engines.base import Engine
from ..engines.modes import name_of
from ..errors import DeadlineExceededError, ModelRequestError, ModeRejectedError, OutputValidationError, SummariseError
from ..grounding.verify import Verdict, reask_message, verify
from ..models import Extraction, TranslatedBrief
from ..reading import Reading, read
from ..results import NO_USABLE_ANSWER, ArticleSummary, Attempt, ModeFallback
from . import briefs, choices, extractive, reference
from .assemble import assemble
from .budget import abudgeted, budgeted
from .parts import Merger, Part
from .request import Request, plan_parts, prepare


@dataclass
class _Ledger:
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
def _prepared(response_model: type[Any]) -> type[Any]:
    """`response_model` as instructor wraps it before a call, wrapped once: instructor would make a new class of it,
    and generate that class's JSON Schema afresh, on every call."""
    return instructor.openai_schema(response_model)


class _Structured:
    """instructor's `create` in the engine's response mode; when the endpoint refuses that mode (and the engine has
    another to try, under 'auto'), the same call again in the next one. The ledger records each refusal."""

    def __init__(self, engine: Engine, send: Any, ledger: _Ledger) -> None:
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

    def __call__(self, **kwargs: Any) -> Any:
        kwargs["response_model"] = _prepared(kwargs["response_model"])
        while True:
            mode = self.engine.mode
            # The mode the endpoint answers in, whether or not the answer is usable.
            self.ledger.mode = name_of(mode)
            try:
                with _map_instructor_errors(self.ledger):
                    return self.patched(mode)(**kwargs)
            except ModeRejectedError as exc:
                if not self.fall_back(exc, mode):
                    raise


class _AStructured(_Structured):
    """The async twin of `_Structured`."""

    async def __call__(self, **kwargs: Any) -> Any:
        kwargs["response_model"] = _prepared(kwargs["response_model"])
        while True:
            mode = self.engine.mode
            # The mode the endpoint answers in, whether or not the answer is usable.
            self.ledger.mode = name_of(mode)
            try:
                with _map_instructor_errors(self.ledger):
                    return await self.patched(mode)(**kwargs)
            except ModeRejectedError as exc:
                if not self.fall_back(exc, mode):
                    raise


def _cut_off(ledger: _Ledger) -> OutputValidationError:
    return OutputValidationError(
        "the model's answer was cut off at the output token limit; raise --max-output-tokens",
        n_attempts=len(ledger.attempts),
        last_output=ledger.last_output,
        usage=ledger.usage(),
        truncated=True,
    )


@contextmanager
def _map_instructor_errors(ledger: _Ledger) -> Iterator[None]:
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


class _Rounds:
    """The grounding loop, shared by `run` and `arun`: verify each answer, re-ask with the failures, keep the best."""

    def __init__(
        self, request: Request, ledger: _Ledger, grounding_reasks: int, numbered: choices.Numbered | None = None
    ) -> None:
        self.request = request
        self.ledger = ledger
        self.left = grounding_reasks
        self.reasks = 0
        self.best: Verdict | None = None
        self.messages = list(request.messages)
        self.extra: list[briefs.ExtraBrief] = []
        # Answers by choice (protocol 'choices') are resolved against code's numbered items before they are checked.
        self.numbered = numbered
        self._reading: Reading | None = numbered.reading if numbered is not None else None

    def reading(self) -> Reading:
        """Code's reading of the article: read once, for the checks of every answer and for the items code adds."""
        if self._reading is None:
            self._reading = read(self.request.article, self.request.source_language)
        return self._reading

    def kwargs(self) -> dict[str, Any]:
        # A copy: instructor extends the list it is given with each schema re-ask.
        return {**self.request.create_kwargs, "messages": list(self.messages)}

    def take(self, answer: Extraction | choices.Choices) -> bool:
        """Record an answer; return True when the model should be asked again."""
        failures: list[choices.Failure] = []
        if isinstance(answer, choices.Choices):
            assert self.numbered is not None, "answers by choice are resolved against code's numbered items"
            extraction, failures = self.numbered.resolve(answer)
        else:
            extraction = answer
        request = self.request
        verdict = verify(
            extraction, request.article, request.source_language, request.brief_language, article_reading=self.reading()
        )
        for kind, item, reason in failures:
            verdict.fail(kind, item, reason)  # type: ignore[arg-type]
        if self.numbered is not None:
            choices.mark_chosen(verdict, self.numbered)
        if self.best is None or verdict.score() > self.best.score():
            self.best = verdict
        if not verdict.unverified or self.left == 0:
            return False
        self.left -= 1
        self.reasks += 1
        self.ledger.mark_last(f"ungrounded: {len(verdict.unverified)} item(s) failed verification")
        self.messages = [
            *self.messages,
            {"role": "assistant", "content": answer.model_dump_json()},
            {"role": "user", "content": reask_message(verdict)},
        ]
        return True

    def shorten(self, error: OutputValidationError) -> bool:
        """After a first answer cut off at the token limit: ask once more for a shorter one, if re-asks remain."""
        if not error.truncated or self.left == 0:
            return False
        self.left -= 1
        self.reasks += 1
        self.ledger.mark_last("cut off at the output token limit; asked for a shorter answer")
        self.messages = [
            *self.messages,
            {
                "role": "user",
                "content": "Your answer was cut off because it was too long. Answer again with the whole JSON, "
                "shorter: only the main actors, figures and claims, and short texts.",
            },
        ]
        return True

    def keep_best(self) -> bool:
        """After a grounding re-ask that gave no usable answer (cut off, invalid, or refused as too long for the
        context): keep the earlier answer if there is one."""
        if self.best is None:
            return False
        self.ledger.mark_last("unusable answer to a grounding re-ask; the earlier answer is kept")
        return True

    def fall_back(self, error: OutputValidationError) -> bool:
        """No usable answer at all: when code found anything in the article, the summary is code's reading, with
        the model's failure listed in `unverified`; else the error stands."""
        if not defaults.KEEP_CODE_ITEMS:
            return False
        verdict = extractive.code_verdict(self.reading(), self.request.brief_language)
        if not (verdict.figures or verdict.claims or verdict.actors):
            return False
        verdict.fail("event", dict(NO_USABLE_ANSWER), f"{error.message}; shown is what code read")
        self.best = verdict
        if self.ledger.attempts and self.ledger.attempts[-1].outcome == "ok":
            self.ledger.mark_last(f"no usable answer: {error.message}")
        return True

    def extras(self, grounding_reasks: int) -> list[briefs.ExtraBrief]:
        """The briefs still to write in further languages, from the verified extraction."""
        assert self.best is not None, "take() runs at least once"
        self.extra = briefs.plan(
            self.best,
            self.request.article,
            self.request.source_language,
            list(self.request.extra_languages),
            reasks=min(1, grounding_reasks),
        )
        return self.extra

    def result(
        self,
        engine: Engine,
        started: float,
        parts: int = 1,
        reading: Reading | None = None,
        template_name: str | None = None,
    ) -> ArticleSummary:
        """The summary of the best answer; `reading` is given when code's reading already is the answer."""
        verdict = self.best
        assert verdict is not None, "take() runs at least once"
        for extra in self.extra:
            for kind, item, reason in extra.flagged():
                verdict.fail(kind, item, reason)
        # Whatever the model gave, the user gets no less than what code itself found in the article.
        if self.numbered is not None:
            template_name = template_name or choices.TEMPLATE
        if defaults.KEEP_CODE_ITEMS and reading is None:
            reading = self.reading()
            extractive.keep_what_code_found(verdict, reading, self.request.brief_language)
            if not verdict.brief.sentences and self.request.brief_language == self.request.source_language:
                verdict.brief = extractive.extracted_brief(verdict, reading)
        return assemble(
            verdict,
            self.request,
            engine,
            started=started,
            attempts=self.ledger.attempts,
            reasks=self.reasks,
            briefs=[extra.brief for extra in self.extra],
            parts=parts,
            template_name=template_name,
            mode=self.ledger.mode,
            mode_fallbacks=self.ledger.fallbacks,
        )


class _Parts:
    """A long article, part by part: each part's answer merged as it comes, then one brief from the whole."""

    def __init__(self, request: Request, ledger: _Ledger, grounding_reasks: int, parts: list[Part]) -> None:
        self.request = request
        self.ledger = ledger
        self.grounding_reasks = grounding_reasks
        self.parts = parts
        self.merger = Merger()
        self.reasks = 0
        self.failed: list[tuple[Part, OutputValidationError | ModelRequestError]] = []

    def rounds(self, part: Part) -> _Rounds:
        return _Rounds(self.request.for_part(part), self.ledger, self.grounding_reasks)

    def take(self, part: Part, rounds: _Rounds) -> None:
        assert rounds.best is not None, "take() runs at least once"
        self.merger.add(rounds.best, part)
        self.reasks += rounds.reasks

    def fail(self, part: Part, error: OutputValidationError | ModelRequestError) -> None:
        """A part with no usable answer is reported, not fatal, unless every part fails."""
        self.failed.append((part, error))
        if len(self.failed) == len(self.parts):
            raise error

    def brief(self) -> tuple[_Rounds, briefs.ExtraBrief]:
        """The merged facts, and the call that writes the one brief from them."""
        merged = self.merger.verdict()
        for part, error in self.failed:
            end = part.offset + len(part.text)
            merged.fail("event", {"part": f"{part.offset}-{end}"}, f"no usable answer for characters {part.offset}-"
                        f"{end} of the article: {error.message}")  # fmt: skip
        rounds = _Rounds(self.request, self.ledger, self.grounding_reasks)
        rounds.best, rounds.reasks = merged, self.reasks
        # A brief cites figures and claims by number, up to the schema's caps: it is written from the first ones.
        shown = replace(
            merged,
            actors=merged.actors[: defaults.MAX_ACTORS],
            figures=merged.figures[: defaults.MAX_FIGURES],
            claims=merged.claims[: defaults.MAX_CLAIMS],
        )
        (main,) = briefs.plan(
            shown,
            self.request.article,
            self.request.source_language,
            [self.request.brief_language],
            reasks=min(1, self.grounding_reasks),
        )
        return rounds, main

    @staticmethod
    def finish(rounds: _Rounds, main: briefs.ExtraBrief) -> None:
        assert rounds.best is not None
        rounds.best.brief = main.brief
        for kind, item, reason in main.failures:
            rounds.best.fail(kind, item, reason)


def _extract(create: Any, rounds: _Rounds, reasks: int) -> None:
    """Ask for the extraction until it is verified or the re-asks are spent; the best answer is in `rounds`."""
    again = True
    while again:
        try:
            with _map_instructor_errors(rounds.ledger):
                extraction = create(
                    response_model=rounds.request.response_model,
                    max_retries=reasks,
                    hooks=rounds.ledger.hooks(),
                    **rounds.kwargs(),
                )
        except (OutputValidationError, ModelRequestError, DeadlineExceededError) as exc:
            if rounds.keep_best():
                break
            if isinstance(exc, OutputValidationError) and rounds.shorten(exc):
                continue
            raise
        again = rounds.take(extraction)


async def _aextract(create: Any, rounds: _Rounds, reasks: int) -> None:
    """The async twin of `_extract`."""
    again = True
    while again:
        try:
            with _map_instructor_errors(rounds.ledger):
                extraction = await create(
                    response_model=rounds.request.response_model,
                    max_retries=reasks,
                    hooks=rounds.ledger.hooks(),
                    **rounds.kwargs(),
                )
        except (OutputValidationError, ModelRequestError, DeadlineExceededError) as exc:
            if rounds.keep_best():
                break
            if isinstance(exc, OutputValidationError) and rounds.shorten(exc):
                continue
            raise
        again = rounds.take(extraction)


def _write_brief(create: Any, extra: briefs.ExtraBrief, ledger: _Ledger, reasks: int) -> None:
    again = True
    while again:
        try:
            with _map_instructor_errors(ledger):
                brief = create(
                    response_model=TranslatedBrief, max_retries=reasks, hooks=ledger.hooks(), **extra.kwargs()
                )
        except (OutputValidationError, DeadlineExceededError) as exc:
            extra.give_up(exc)
            break
        again = extra.take(brief)


async def _awrite_brief(create: Any, extra: briefs.ExtraBrief, ledger: _Ledger, reasks: int) -> None:
    again = True
    while again:
        try:
            with _map_instructor_errors(ledger):
                brief = await create(
                    response_model=TranslatedBrief, max_retries=reasks, hooks=ledger.hooks(), **extra.kwargs()
                )
        except (OutputValidationError, DeadlineExceededError) as exc:
            extra.give_up(exc)
            break
        again = extra.take(brief)


def _read_only(request: Request, engine: Engine) -> ArticleSummary:
    """The extractive engine: the article as code reads it, checked, with no model call."""
    return extractive.summarise_read(request, engine)


def _reference_rounds(request: Request, ledger: _Ledger, grounding_reasks: int) -> tuple[_Rounds, reference.Plan]:
    plan = reference.plan(request)
    if request.brief_language != request.source_language:
        # Code's brief is the article's own sentences; a brief in another language is written as a further one.
        request = replace(request, extra_languages=(request.brief_language, *request.extra_languages))
    rounds = _Rounds(request, ledger, grounding_reasks)
    rounds.best = plan.verdict
    return rounds, plan


def _single_rounds(request: Request, ledger: _Ledger, grounding_reasks: int) -> _Rounds:
    """The rounds for an article asked in one call: the whole schema, or code's numbered items to choose among."""
    if request.protocol != "choices":
        return _Rounds(request, ledger, grounding_reasks)
    asked, numbered = choices.prepare(request)
    return _Rounds(asked, ledger, grounding_reasks, numbered)


def run(
    request: Request, engine: Engine, *, reasks: int, grounding_reasks: int, deadline: float | None = None
) -> ArticleSummary:
    """Ask for the extraction (invalid answers re-asked up to `reasks` times), verify it against the article,
    and re-ask with the failures up to `grounding_reasks` times; what still fails is moved to `unverified`.

    An article longer than the engine's context is extracted part by part (one part in memory at a time),
    the parts' facts merged, and one brief written from them.

    Every request to an endpoint, its transport retries and the re-asks share one `deadline` in seconds; past it,
    the best verified answer so far is kept, or DeadlineExceededError raised when there is none."""
    with within(deadline):
        return _run(request, engine, reasks=reasks, grounding_reasks=grounding_reasks)


def _run(request: Request, engine: Engine, *, reasks: int, grounding_reasks: int) -> ArticleSummary:
    if engine.name == "extractive":
        return _read_only(request, engine)
    started = time.perf_counter()
    ledger = _Ledger()
    parts = plan_parts(request, engine)
    # The budget holds per part: a long article may spend it on each of its parts.
    budget = request.token_budget * len(parts)
    create = _Structured(engine, budgeted(engine.create, ledger, budget), ledger)
    if request.protocol == "reference":
        rounds, plan = _reference_rounds(request, ledger, grounding_reasks)
        if plan.kwargs is not None:
            try:
                response = budgeted(engine.create, ledger, request.token_budget)(**plan.kwargs)
            except DeadlineExceededError as exc:
                plan.verdict.fail("headline", "", f"no headline from the model: {exc.message}")
            else:
                reference.take(plan, response, ledger.attempts)
        for extra in rounds.extras(grounding_reasks):
            _write_brief(create, extra, ledger, reasks)
        return rounds.result(engine, started, reading=plan.reading, template_name=reference.HEADLINE_TEMPLATE)
    if len(parts) == 1:
        rounds = _single_rounds(request, ledger, grounding_reasks)
        try:
            _extract(create, rounds, reasks)
        except OutputValidationError as exc:
            if not rounds.fall_back(exc):
                raise
    else:
        long = _Parts(request, ledger, grounding_reasks, parts)
        for part in parts:
            part_rounds = long.rounds(part)
            try:
                _extract(create, part_rounds, reasks)
            except (OutputValidationError, ModelRequestError) as exc:
                long.fail(part, exc)
                continue
            long.take(part, part_rounds)
        rounds, main = long.brief()
        _write_brief(create, main, ledger, reasks)
        long.finish(rounds, main)
    for extra in rounds.extras(grounding_reasks):
        _write_brief(create, extra, ledger, reasks)
    return rounds.result(engine, started, parts=len(parts))


async def arun(
    request: Request, engine: Engine, *, reasks: int, grounding_reasks: int, deadline: float | None = None
) -> ArticleSummary:
    """The async twin of `run`."""
    with within(deadline):
        return await _arun(request, engine, reasks=reasks, grounding_reasks=grounding_reasks)


async def _arun(request: Request, engine: Engine, *, reasks: int, grounding_reasks: int) -> ArticleSummary:
    if engine.name == "extractive":
        return _read_only(request, engine)
    started = time.perf_counter()
    ledger = _Ledger()
    parts = plan_parts(request, engine)
    budget = request.token_budget * len(parts)
    create = _AStructured(engine, abudgeted(engine.acreate, ledger, budget), ledger)
    if request.protocol == "reference":
        rounds, plan = _reference_rounds(request, ledger, grounding_reasks)
        if plan.kwargs is not None:
            try:
                response = await abudgeted(engine.acreate, ledger, request.token_budget)(**plan.kwargs)
            except DeadlineExceededError as exc:
                plan.verdict.fail("headline", "", f"no headline from the model: {exc.message}")
            else:
                reference.take(plan, response, ledger.attempts)
        for extra in rounds.extras(grounding_reasks):
            await _awrite_brief(create, extra, ledger, reasks)
        return rounds.result(engine, started, reading=plan.reading, template_name=reference.HEADLINE_TEMPLATE)
    if len(parts) == 1:
        rounds = _single_rounds(request, ledger, grounding_reasks)
        try:
            await _aextract(create, rounds, reasks)
        except OutputValidationError as exc:
            if not rounds.fall_back(exc):
                raise
    else:
        long = _Parts(request, ledger, grounding_reasks, parts)
        for part in parts:
            part_rounds = long.rounds(part)
            try:
                await _aextract(create, part_rounds, reasks)
            except (OutputValidationError, ModelRequestError) as exc:
                long.fail(part, exc)
                continue
            long.take(part, part_rounds)
        rounds, main = long.brief()
        await _awrite_brief(create, main, ledger, reasks)
        long.finish(rounds, main)
    for extra in rounds.extras(grounding_reasks):
        await _awrite_brief(create, extra, ledger, reasks)
    return rounds.result(engine, started, parts=len(parts))


__all__ = ["Request", "arun", "plan_parts", "prepare", "run"]
