"""prompt -> model -> validate -> ground -> result. Knows prompts and schemas, nothing of HTTP.

instructor constrains and validates the answer; only a validation failure is
re-asked there (instructor's retry catches parse errors alone), so re-asks
never multiply with the engine's transport retries. A valid answer is then
verified against the article; items that fail are sent back once or twice with
the precise reasons, and what still fails is moved to `unverified`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks

from . import briefs, defaults, language
from .budget import abudgeted, budgeted
from .engines.base import Engine
from .errors import ModelRequestError, OutputValidationError, SummariseError
from .grounding.candidates import constrained_model, harvest
from .grounding.verify import Verdict, reask_message, verify
from .models import Extraction, TranslatedBrief, without_translations
from .results import ArticleSummary, Attempt, Metadata
from .templating import PromptTemplate, defuse, load


@dataclass
class _Ledger:
    """What every attempt cost, filled in by instructor's hooks."""

    attempts: list[Attempt] = field(default_factory=list)
    last_output: str | None = None
    # Tokens spent on this article, for the budget (see budget.py).
    spent: int = 0

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:response", self._on_response)
        hooks.on("parse:error", self._on_parse_error)
        return hooks

    def _on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        choices = getattr(response, "choices", None) or []
        self.last_output = choices[0].message.content if choices else None
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


@dataclass(frozen=True)
class Request:
    """One article, ready for the model."""

    article: str
    source_language: str
    brief_language: str
    extra_languages: tuple[str, ...]
    messages: list[dict[str, str]]
    template: PromptTemplate
    create_kwargs: dict[str, Any]
    response_model: type[Extraction] = Extraction
    token_budget: int = defaults.TOKEN_BUDGET


def prepare(
    article: str,
    *,
    template: str | Path | PromptTemplate | None,
    languages: list[str],
    max_output_tokens: int,
    candidates: bool = False,
    token_budget: int = defaults.TOKEN_BUDGET,
) -> Request:
    """Detect the language and render the prompt for one article.

    `languages` are the brief languages, the first also that of the labels (default: the article's own).
    With `candidates`, names, figure values and evidence are restricted to spans harvested from the article.
    """
    source_language = language.detect(article)
    fallback = source_language if source_language != language.UNDETERMINED else "en"
    target, *extra = languages or [fallback]
    response_model = constrained_model(harvest(article, source_language)) if candidates else Extraction
    if target == source_language:
        response_model = without_translations(response_model)
    loaded = load(template)
    messages = loaded.render(
        article=defuse(article),
        language_name=language.name_of(target),
        article_language_name=language.name_of(source_language),
    )
    return Request(
        article=article,
        source_language=source_language,
        brief_language=target,
        extra_languages=tuple(extra),
        messages=messages,
        template=loaded,
        create_kwargs={
            "max_tokens": max_output_tokens,
            "temperature": defaults.TEMPERATURE,
        },
        response_model=response_model,
        token_budget=token_budget,
    )


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

    def __init__(self, request: Request, ledger: _Ledger, grounding_reasks: int) -> None:
        self.request = request
        self.ledger = ledger
        self.left = grounding_reasks
        self.reasks = 0
        self.best: Verdict | None = None
        self.messages = list(request.messages)
        self.extra: list[briefs.ExtraBrief] = []

    def kwargs(self) -> dict[str, Any]:
        # A copy: instructor extends the list it is given with each schema re-ask.
        return {**self.request.create_kwargs, "messages": list(self.messages)}

    def take(self, extraction: Extraction) -> bool:
        """Record an answer; return True when the model should be asked again."""
        verdict = verify(extraction, self.request.article, self.request.source_language, self.request.brief_language)
        if self.best is None or verdict.score() > self.best.score():
            self.best = verdict
        if not verdict.unverified or self.left == 0:
            return False
        self.left -= 1
        self.reasks += 1
        self.ledger.mark_last(f"ungrounded: {len(verdict.unverified)} item(s) failed verification")
        self.messages = [
            *self.messages,
            {"role": "assistant", "content": extraction.model_dump_json()},
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

    def result(self, engine: Engine, started: float) -> ArticleSummary:
        verdict = self.best
        assert verdict is not None, "take() runs at least once"
        for extra in self.extra:
            for kind, item, reason in extra.flagged():
                verdict.fail(kind, item, reason)
        attempts = self.ledger.attempts
        return ArticleSummary(
            event=verdict.event,
            actors=verdict.actors,
            figures=verdict.figures,
            claims=verdict.claims,
            brief=verdict.brief,
            briefs=[extra.brief for extra in self.extra],
            unverified=verdict.unverified,
            grounding=verdict.report(self.reasks, extra_briefs=[extra.brief for extra in self.extra]),
            source_language=self.request.source_language,
            metadata=Metadata(
                engine=engine.name,
                model=engine.model,
                prompt_template=self.request.template.name,
                schema_version=defaults.SCHEMA_VERSION,
                attempts=attempts,
                prompt_tokens=sum(a.prompt_tokens for a in attempts),
                completion_tokens=sum(a.completion_tokens for a in attempts),
                wall_seconds=round(time.perf_counter() - started, 3),
            ),
        )


def run(request: Request, engine: Engine, *, reasks: int, grounding_reasks: int) -> ArticleSummary:
    """Ask for the extraction (invalid answers re-asked up to `reasks` times), verify it against the article,
    and re-ask with the failures up to `grounding_reasks` times; what still fails is moved to `unverified`."""
    started = time.perf_counter()
    ledger = _Ledger()
    rounds = _Rounds(request, ledger, grounding_reasks)
    create = instructor.patch(create=budgeted(engine.create, ledger, request.token_budget), mode=engine.mode)
    again = True
    while again:
        try:
            with _map_instructor_errors(ledger):
                extraction = create(
                    response_model=request.response_model, max_retries=reasks, hooks=ledger.hooks(), **rounds.kwargs()
                )
        except (OutputValidationError, ModelRequestError) as exc:
            if rounds.keep_best():
                break
            if isinstance(exc, OutputValidationError) and rounds.shorten(exc):
                continue
            raise
        again = rounds.take(extraction)
    for extra in rounds.extras(grounding_reasks):
        again = True
        while again:
            try:
                with _map_instructor_errors(ledger):
                    brief = create(
                        response_model=TranslatedBrief, max_retries=reasks, hooks=ledger.hooks(), **extra.kwargs()
                    )
            except OutputValidationError as exc:
                extra.give_up(exc)
                break
            again = extra.take(brief)
    return rounds.result(engine, started)


async def arun(request: Request, engine: Engine, *, reasks: int, grounding_reasks: int) -> ArticleSummary:
    """The async twin of `run`."""
    started = time.perf_counter()
    ledger = _Ledger()
    rounds = _Rounds(request, ledger, grounding_reasks)
    create: Any = instructor.patch(create=abudgeted(engine.acreate, ledger, request.token_budget), mode=engine.mode)
    again = True
    while again:
        try:
            with _map_instructor_errors(ledger):
                extraction = await create(
                    response_model=request.response_model, max_retries=reasks, hooks=ledger.hooks(), **rounds.kwargs()
                )
        except (OutputValidationError, ModelRequestError) as exc:
            if rounds.keep_best():
                break
            if isinstance(exc, OutputValidationError) and rounds.shorten(exc):
                continue
            raise
        again = rounds.take(extraction)
    for extra in rounds.extras(grounding_reasks):
        again = True
        while again:
            try:
                with _map_instructor_errors(ledger):
                    brief = await create(
                        response_model=TranslatedBrief, max_retries=reasks, hooks=ledger.hooks(), **extra.kwargs()
                    )
            except OutputValidationError as exc:
                extra.give_up(exc)
                break
            again = extra.take(brief)
    return rounds.result(engine, started)
