"""A verdict made into the result a caller gets: the event's time resolved, and how the summary was made."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Literal

from .. import defaults
from ..engines.base import Engine
from ..grounding.verify import Verdict
from ..reading import dates
from ..results import ArticleSummary, Attempt, GroundedBrief, Metadata, ModeFallback
from .request import Request


def _protocol(name: str) -> Literal["full", "reference", "choices"]:
    return "reference" if name == "reference" else "choices" if name == "choices" else "full"


def _mode(name: str | None) -> Literal["json_schema", "json_object", "tools"] | None:
    return "json_schema" if name == "json_schema" else "json_object" if name == "json_object" else \
        "tools" if name == "tools" else None  # fmt: skip


def assemble(
    verdict: Verdict,
    request: Request,
    engine: Engine,
    *,
    started: float,
    attempts: Sequence[Attempt] = (),
    reasks: int = 0,
    briefs: Sequence[GroundedBrief] = (),
    parts: int = 1,
    template_name: str | None = None,
    protocol: Literal["full", "reference", "choices", "none"] | None = None,
    mode: str | None = None,
    mode_fallbacks: Sequence[ModeFallback] = (),
) -> ArticleSummary:
    """The `ArticleSummary` of `verdict`: its event's time read against the publication date (a time that reads
    two ways is flagged in `unverified`), its counts, and the metadata of the attempts that made it."""
    event, conflicts = dates.resolve_event(verdict.event, request.article, request.published)
    verdict.event = event
    for reason in conflicts:
        verdict.fail("event", {"when": event.when, "when_iso": event.when_iso}, reason)
    return ArticleSummary(
        event=verdict.event,
        actors=verdict.actors,
        figures=verdict.figures,
        claims=verdict.claims,
        brief=verdict.brief,
        briefs=list(briefs),
        unverified=verdict.unverified,
        grounding=verdict.report(reasks, extra_briefs=briefs),
        source_language=request.source_language,
        metadata=Metadata(
            engine=engine.name,
            model=engine.model,
            prompt_template=template_name or request.template.name,
            protocol=protocol or _protocol(request.protocol),
            schema_version=defaults.SCHEMA_VERSION,
            attempts=list(attempts),
            prompt_tokens=sum(a.prompt_tokens for a in attempts),
            completion_tokens=sum(a.completion_tokens for a in attempts),
            wall_seconds=round(time.perf_counter() - started, 3),
            parts=parts,
            source=request.source,
            mode=_mode(mode),
            mode_fallbacks=list(mode_fallbacks),
        ),
    )
