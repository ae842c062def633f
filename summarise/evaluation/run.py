"""Running the pipeline over a gold set and scoring every article: what `summarise eval` does."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import Field

from .. import defaults, errors
from ..batch.inputs import BatchItem
from ..batch.records import BatchResult, ItemError
from ..batch.run import summarise_many
from ..language import detect, parse_languages
from ..models import Strict
from .gold import GoldItem, load_gold
from .score import Counts, by_key, score_article, scores, total

FORMAT = "summarise-eval/1"
# Errors that say nothing about the model's answers but that it could not be asked at all.
_UNREACHABLE = {
    "ModelUnavailableError": errors.ModelUnavailableError,
    "DeadlineExceededError": errors.ModelUnavailableError,
    "ModelRequestError": errors.ModelRequestError,
    "ModeRejectedError": errors.ModelRequestError,
}

Scores = dict[str, float | None]


class ArticleEval(Strict):
    """One article's outcome: its counts against the gold and the scores drawn from them."""

    name: str = Field(description="The article's file stem in the gold directory.")
    language: str = Field(description="ISO 639-1 code of the article's language (the gold's, or detected).")
    error: ItemError | None = Field(description="Why the article has no summary; null when it has one.")
    counts: Counts = Field(description="What the summary produced and how much of it the gold supports.")
    scores: Scores = Field(description="The metrics of this article (see README, 'Evaluation').")


class GroupEval(Strict):
    """Scores over several articles (all of them, or one language's)."""

    counts: Counts = Field(description="The articles' counts, summed.")
    scores: Scores = Field(description="The metrics of the summed counts.")


class EvalRun(Strict):
    """A whole evaluation run: the `--json` output of `summarise eval`, and what `--compare` reads back."""

    format: str = Field(default=FORMAT, description="The format's name and version.")
    gold_dir: str = Field(description="The gold directory evaluated.")
    engine: str = Field(description="Which engine ran the model.")
    model: str = Field(description="The model's name or GGUF file.")
    prompt_template: str = Field(description="Name and version of the prompt template.")
    language: str | None = Field(description="The brief language asked for; null for each article's own.")
    started: str = Field(description="When the run started (UTC, ISO 8601).")
    wall_seconds: float = Field(description="Wall time of the whole run, in seconds.")
    articles: list[ArticleEval] = Field(description="One entry per article, sorted by name.")
    overall: GroupEval = Field(description="Scores over all articles.")
    by_language: dict[str, GroupEval] = Field(description="Scores per article language.")


def _article_eval(item: GoldItem, done: BatchResult, language: str | None) -> ArticleEval:
    meta = done.metadata
    attempts = meta.attempts if meta is not None else []
    counts = score_article(
        done.result,
        item.gold,
        item.text,
        requested_language=language,
        calls=len(attempts),
        prompt_tokens=sum(a.prompt_tokens for a in attempts),
        completion_tokens=sum(a.completion_tokens for a in attempts),
        seconds=done.seconds,
    )
    lang = item.gold.language or (done.result.source_language if done.result is not None else detect(item.text))
    return ArticleEval(name=item.name, language=lang, error=done.error, counts=counts, scores=scores(counts))


def summarise_run(
    gold_dir: str,
    articles: list[ArticleEval],
    *,
    engine: str,
    model: str,
    prompt_template: str,
    language: str | None,
    started: str,
    wall_seconds: float,
) -> EvalRun:
    """An `EvalRun` from scored articles: overall and per-language scores added."""
    ordered = sorted(articles, key=lambda a: a.name)
    overall = total(a.counts for a in ordered)
    languages = by_key([(a.language, a.counts) for a in ordered])
    return EvalRun(
        gold_dir=gold_dir,
        engine=engine,
        model=model,
        prompt_template=prompt_template,
        language=language,
        started=started,
        wall_seconds=round(wall_seconds, 3),
        articles=ordered,
        overall=GroupEval(counts=overall, scores=scores(overall)),
        by_language={k: GroupEval(counts=v, scores=scores(v)) for k, v in languages.items()},
    )


async def aevaluate(
    gold_dir: str | Path,
    *,
    language: str | None = None,
    concurrency: int = defaults.BATCH_CONCURRENCY,
    on_article: Callable[[ArticleEval, int, int], None] | None = None,
    **options: Any,
) -> EvalRun:
    """Summarise every article of a gold set and score it; the async twin of `evaluate`."""
    try:
        # The first language asked for is the one every brief is held to.
        requested = next(iter(parse_languages(language)), None)
    except ValueError as exc:
        raise errors.ConfigurationError(str(exc)) from exc
    items = load_gold(gold_dir)
    by_name = {item.name: item for item in items}
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    started = time.perf_counter()
    scored: list[ArticleEval] = []
    failures: list[ItemError] = []
    engine = model = template = ""
    batch = [BatchItem(id=item.name, text=item.text) for item in items]
    # No cache: an evaluation measures the model, so every article is asked again.
    async for done in summarise_many(batch, language=language, concurrency=concurrency, cache=False, **options):
        meta = done.metadata
        if meta is not None and not engine:
            engine, model, template = meta.engine, meta.model, meta.prompt_template
        if done.error is not None and done.error.type in _UNREACHABLE:
            failures.append(done.error)
        article = _article_eval(by_name[done.id], done, requested)
        scored.append(article)
        if on_article is not None:
            on_article(article, len(scored), len(items))
    if failures and len(failures) == len(items):
        # The model was never reached: there is nothing to score.
        raise _unreachable(failures[0])
    return summarise_run(
        str(gold_dir),
        scored,
        engine=engine,
        model=model,
        prompt_template=template,
        language=language,
        started=started_at,
        wall_seconds=time.perf_counter() - started,
    )


def _unreachable(error: ItemError) -> errors.SummariseError:
    kind = _UNREACHABLE[error.type]
    if kind is errors.ModelRequestError:
        return errors.ModelRequestError(error.message, status_code=None, engine="", model="")
    return errors.ModelUnavailableError(error.message, engine="", model="")


def evaluate(gold_dir: str | Path, **options: Any) -> EvalRun:
    """Summarise every article of the gold set in `gold_dir` and score it against its gold.

    Options are those of `summarise_many` (model, base_url, engine, language, template, reasks, part_tokens,
    concurrency, ...), plus `on_article(article_eval, done, total)` called as each article is scored. Articles whose
    answer broke the schema are scored as such (no summary), not raised.

    Raises InputError for a missing or unusable gold set, ConfigurationError for bad settings, and
    ModelUnavailableError / ModelRequestError when no article could reach the model.
    """
    return asyncio.run(aevaluate(gold_dir, **options))
