"""prompt -> model -> validate -> ground -> result. Knows prompts and schemas, nothing of HTTP.

instructor constrains and validates the answer; only a validation failure is
re-asked there (instructor's retry catches parse errors alone), so re-asks
never multiply with the engine's transport retries. A valid answer is then
verified against the article; items that fail are sent back once or twice with
the precise reasons, and what still fails is moved to `unverified`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from functools import partial
from typing import Any

from ..deadline import within
from ..engines.base import Engine
from ..errors import DeadlineExceededError, ModelRequestError, OutputValidationError
from ..models import TranslatedBrief
from ..results import ArticleSummary
from . import briefs, choices, extractive, reference
from . import readers as reader_pool
from .budget import abudgeted, budgeted
from .request import Request, plan_parts, prepare
from .rounds import Parts, Rounds
from .structured import Call, CallLedger, Steps, Structured, map_instructor_errors

# The engine's create with the article's token budget on it: `budgeted(engine.create, ...)` for `run`,
# `abudgeted(engine.acreate, ...)` for `arun`. Everything else about the loop is the same for both.
Sender = Callable[[CallLedger, int], Any]


def _extract(create: Structured, rounds: Rounds, reasks: int) -> Steps[None]:
    """Ask for the extraction until it is verified or the re-asks are spent; the best answer is in `rounds`."""
    again = True
    while again:
        try:
            with map_instructor_errors(rounds.ledger):
                extraction = yield from create.ask(
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


def _write_brief(create: Structured, extra: briefs.ExtraBrief, ledger: CallLedger, reasks: int) -> Steps[None]:
    again = True
    while again:
        try:
            with map_instructor_errors(ledger):
                brief = yield from create.ask(
                    response_model=TranslatedBrief, max_retries=reasks, hooks=ledger.hooks(), **extra.kwargs()
                )
        except (OutputValidationError, DeadlineExceededError) as exc:
            extra.give_up(exc)
            break
        again = extra.take(brief)


def _reference_rounds(request: Request, ledger: CallLedger, grounding_reasks: int) -> tuple[Rounds, reference.Plan]:
    plan = reference.plan(request)
    if request.brief_language != request.source_language:
        # Code's brief is the article's own sentences; a brief in another language is written as a further one.
        request = replace(request, extra_languages=(request.brief_language, *request.extra_languages))
    rounds = Rounds(request, ledger, grounding_reasks)
    rounds.best = plan.verdict
    return rounds, plan


def _single_rounds(request: Request, ledger: CallLedger, grounding_reasks: int) -> Rounds:
    """The rounds for an article asked in one call: the whole schema, or code's numbered items to choose among."""
    if request.protocol != "choices":
        return Rounds(request, ledger, grounding_reasks)
    asked, numbered = choices.prepare(request)
    return Rounds(asked, ledger, grounding_reasks, numbered)


def _steps(
    request: Request, engine: Engine, sender: Sender, *, reasks: int, grounding_reasks: int
) -> Steps[ArticleSummary]:
    """The whole loop for one article, written once: it yields each model call and gets back its answer."""
    started = time.perf_counter()
    ledger = CallLedger()
    parts = plan_parts(request, engine)
    # The budget holds per part: a long article may spend it on each of its parts.
    create = Structured(engine, sender(ledger, request.token_budget * len(parts)), ledger)
    if request.protocol == "reference":
        rounds, plan = _reference_rounds(request, ledger, grounding_reasks)
        if plan.kwargs is not None:
            try:
                response = yield Call(sender(ledger, request.token_budget), plan.kwargs)
            except DeadlineExceededError as exc:
                plan.verdict.fail("headline", "", f"no headline from the model: {exc.message}")
            else:
                reference.take(plan, response, ledger.attempts)
        for extra in rounds.extras(grounding_reasks):
            yield from _write_brief(create, extra, ledger, reasks)
        return rounds.result(engine, started, reading=plan.reading, template_name=reference.HEADLINE_TEMPLATE)
    if len(parts) == 1:
        rounds = _single_rounds(request, ledger, grounding_reasks)
        try:
            yield from _extract(create, rounds, reasks)
        except OutputValidationError as exc:
            if not rounds.fall_back(exc):
                raise
    else:
        long = Parts(request, ledger, grounding_reasks, parts)
        for part in parts:
            part_rounds = long.rounds(part)
            try:
                yield from _extract(create, part_rounds, reasks)
            except (OutputValidationError, ModelRequestError) as exc:
                long.fail(part, exc)
                continue
            long.take(part, part_rounds)
        rounds, main = long.brief()
        yield from _write_brief(create, main, ledger, reasks)
        long.finish(rounds, main)
    for extra in rounds.extras(grounding_reasks):
        yield from _write_brief(create, extra, ledger, reasks)
    return rounds.result(engine, started, parts=len(parts))


class _Driven:
    """The steps of one article as `run` and `arun` drive them: `next_call()` hands out the next model call (None
    once the steps have returned `result`), after the caller has set `answer` or `error` for the one before."""

    def __init__(self, steps: Steps[ArticleSummary]) -> None:
        self.steps = steps
        self.answer: Any = None
        self.error: Exception | None = None
        self.result: ArticleSummary

    def next_call(self) -> Call | None:
        answer, error, self.answer, self.error = self.answer, self.error, None, None
        try:
            return self.steps.throw(error) if error is not None else self.steps.send(answer)
        except StopIteration as done:
            self.result = done.value
            return None


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
        if engine.name == "extractive":  # the article as code reads it, checked, with no model call
            return extractive.summarise_read(request, engine)
        steps = _Driven(
            _steps(request, engine, partial(budgeted, engine.create), reasks=reasks, grounding_reasks=grounding_reasks)
        )
        while (call := steps.next_call()) is not None:
            try:
                steps.answer = call.send(**call.kwargs)
            except Exception as exc:
                steps.error = exc
        return steps.result


async def arun(
    request: Request,
    engine: Engine,
    *,
    reasks: int,
    grounding_reasks: int,
    deadline: float | None = None,
    readers: int = 0,
) -> ArticleSummary:
    """`run`, awaiting each model call. With `readers`, code's reading of the article is made in one of that many
    worker processes (see `readers`) while the event loop goes on with other articles; the whole-schema protocol
    asks the model meanwhile, as it needs the reading only to check the answer."""
    with within(deadline):
        if engine.name == "extractive":
            return extractive.summarise_read(request, engine)
        pending = reader_pool.submit(request.article, request.source_language, readers)
        try:
            with ExitStack() as given:
                if pending is not None and request.protocol != "full":
                    given.enter_context(reader_pool.given(await reader_pool.take(pending)))
                    pending = None
                steps = _Driven(
                    _steps(
                        request,
                        engine,
                        partial(abudgeted, engine.acreate),
                        reasks=reasks,
                        grounding_reasks=grounding_reasks,
                    )
                )
                while (call := steps.next_call()) is not None:
                    try:
                        steps.answer = await call.send(**call.kwargs)
                    except Exception as exc:
                        steps.error = exc
                    if pending is not None:
                        given.enter_context(reader_pool.given(await reader_pool.take(pending)))
                        pending = None
                return steps.result
        finally:
            if pending is not None:
                pending.cancel()  # an article ended before its reading was asked for: the worker need not make it


__all__ = ["Request", "arun", "plan_parts", "prepare", "run"]
