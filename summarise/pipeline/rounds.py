"""The state of the grounding loop for one article: each answer verified against the article, the re-asks
with the failures, the best answer kept, code's own reading as the floor, and the parts of a long article
merged into one. No model is called here: `loop.py` asks, these decide what to ask next.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import defaults
from ..engines.base import Engine
from ..errors import ModelRequestError, OutputValidationError
from ..grounding.verify import Verdict, reask_message, verify
from ..models import Extraction
from ..reading import Reading, read
from ..results import NO_USABLE_ANSWER, ArticleSummary
from . import briefs, choices, extractive
from .assemble import assemble
from .parts import Merger, Part
from .request import Request
from .structured import CallLedger


class Rounds:
    """The grounding loop: verify each answer, re-ask with the failures, keep the best."""

    def __init__(
        self, request: Request, ledger: CallLedger, grounding_reasks: int, numbered: choices.Numbered | None = None
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


class Parts:
    """A long article, part by part: each part's answer merged as it comes, then one brief from the whole."""

    def __init__(self, request: Request, ledger: CallLedger, grounding_reasks: int, parts: list[Part]) -> None:
        self.request = request
        self.ledger = ledger
        self.grounding_reasks = grounding_reasks
        self.parts = parts
        self.merger = Merger()
        self.reasks = 0
        self.failed: list[tuple[Part, OutputValidationError | ModelRequestError]] = []

    def rounds(self, part: Part) -> Rounds:
        return Rounds(self.request.for_part(part), self.ledger, self.grounding_reasks)

    def take(self, part: Part, rounds: Rounds) -> None:
        assert rounds.best is not None, "take() runs at least once"
        self.merger.add(rounds.best, part)
        self.reasks += rounds.reasks

    def fail(self, part: Part, error: OutputValidationError | ModelRequestError) -> None:
        """A part with no usable answer is reported, not fatal, unless every part fails."""
        self.failed.append((part, error))
        if len(self.failed) == len(self.parts):
            raise error

    def brief(self) -> tuple[Rounds, briefs.ExtraBrief]:
        """The merged facts, and the call that writes the one brief from them."""
        merged = self.merger.verdict()
        for part, error in self.failed:
            end = part.offset + len(part.text)
            merged.fail("event", {"part": f"{part.offset}-{end}"}, f"no usable answer for characters {part.offset}-"
                        f"{end} of the article: {error.message}")  # fmt: skip
        rounds = Rounds(self.request, self.ledger, self.grounding_reasks)
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
    def finish(rounds: Rounds, main: briefs.ExtraBrief) -> None:
        assert rounds.best is not None
        rounds.best.brief = main.brief
        for kind, item, reason in main.failures:
            rounds.best.fail(kind, item, reason)
