"""Many articles: bounded concurrency on endpoints, one model load for the embedded engine, a result cache,
and a resumable JSONL output.

`summarise_many` is the async iterator; `summarise_to_jsonl` is what `summarise batch` runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import api, defaults, engines
from ..engines.base import Engine
from ..errors import OutputValidationError
from ..inputs.load import check_text
from ..pipeline import readers
from ..pipeline.templating import PromptTemplate, load
from ..prices import load_prices
from ..results import NO_USABLE_ANSWER, Attempt, Metadata
from ..settings import Settings
from . import view
from .accounting import Tally
from .cache import KeyParts, ResultCache
from .inputs import BatchItem
from .records import BatchResult, ItemError
from .results_file import ResultsFile


def _readers(engine: Engine, concurrency: int) -> int:
    """Worker processes to read the articles when the settings leave it open: one, when articles in flight on a remote
    endpoint would otherwise wait on this process's one core and the machine has another (see `pipeline.readers`).
    A server on this machine (127.0.0.1, localhost) computes on the same cores, and the embedded engine too: none."""
    if engine.name != "openai" or concurrency < 2:
        return 0
    host = (urlsplit(getattr(engine, "base_url", None) or "https://api.openai.com/v1").hostname or "").lower()
    if host == "localhost" or host == "::1" or host.startswith("127."):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 1 if cores > 1 else 0


async def summarise_many(
    items: Iterable[BatchItem | str],
    *,
    concurrency: int = defaults.BATCH_CONCURRENCY,
    cache: bool | ResultCache = True,
    language: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    template: str | Path | PromptTemplate | None = None,
    reasks: int | None = None,
    grounding_reasks: int | None = None,
    candidates: bool | None = None,
    max_output_tokens: int | None = None,
    part_tokens: int | None = None,
    protocol: str | None = None,
    mode: str | None = None,
    spotlight: bool | None = None,
    engine: Engine | str | None = None,
    settings: Settings | None = None,
    on_finished: Callable[[BatchResult], Awaitable[None]] | None = None,
) -> AsyncIterator[BatchResult]:
    """Summarise many articles; yield a `BatchResult` for each, in the order they finish.

    `items` are `BatchItem`s (or plain texts, whose id is their position). Endpoints are called up to
    `concurrency` at a time; the embedded engine runs one article at a time and loads its model once.
    With `cache` (True: the SQLite file under `Settings.cache_dir`; or a `ResultCache`), an article already
    summarised under the same engine, model, template, schema version, language and options is served
    from it with no model call. The other arguments are those of `summarise`.

    `on_finished(result)` is awaited for each result as soon as it is made, before it is yielded: where to record
    it durably, since a cancel (Ctrl-C) lets an `on_finished` already begun end, but loses the results that
    are waiting to be yielded.

    One article's failure (bad input, model error, broken answer) is yielded as a result with `error` and
    the batch goes on. Raises ConfigurationError before the first result when the settings, template or
    engine are unusable.
    """
    resolved = api._settings(settings, api.setting_overrides(locals()))
    api.language_codes(language)
    engine = api.check_engine(engine)
    if isinstance(engine, str):
        # A name ('embedded', 'openai', 'extractive') chooses the engine as --engine does.
        resolved, engine = api._settings(resolved, {"engine": engine}), None
    loaded = load(template if template is not None or not resolved.spotlight else defaults.SPOTLIGHT_TEMPLATE)
    chosen = engine if engine is not None else engines.from_settings(resolved)
    # Workers this batch starts for itself are ended with it; those a caller asked for are kept for the next.
    started_readers = False
    if resolved.readers is None:
        resolved = resolved.model_copy(update={"readers": _readers(chosen, concurrency)})
        started_readers = bool(resolved.readers)
    store: ResultCache | None = None
    try:
        if cache is True:
            store = ResultCache.in_directory(resolved.cache_dir)
        elif isinstance(cache, ResultCache):
            store = cache
        parts = KeyParts(
            engine=chosen.name,
            model=chosen.model,
            template=loaded,
            language=language,
            candidates=chosen.constrains if resolved.candidates is None else resolved.candidates,
            reasks=resolved.reasks,
            grounding_reasks=resolved.grounding_reasks,
            max_output_tokens=resolved.max_output_tokens,
            part_tokens=resolved.part_tokens,
            context_tokens=resolved.context_tokens,
            protocol=resolved.resolved_protocol(chosen.name),
            mode=resolved.mode,
        )

        async def one(index: int, item: BatchItem) -> BatchResult:
            started = time.perf_counter()
            try:
                # A URL is fetched in a worker thread, so the articles already in flight keep moving.
                article = await asyncio.to_thread(item.load) if item.url is not None else item.load()
                # An item's own language (a JSONL 'lang', a Ray row's 'lang') wins over the batch's.
                wanted = item.language or language
                api.language_codes(wanted)  # before the cache: an unknown code is this item's error, not a hit
                item_parts = parts if wanted == language else dataclasses.replace(parts, language=wanted)
                text = check_text(article.text, article.origin)
                key = item_parts.key(text, api.source_record(article))
                if store is not None and (hit := store.get(key)) is not None:
                    done = BatchResult(id=item.id, index=index, result=hit, cached=True, seconds=_since(started))
                    done._text = text
                    return done
                result = await api.asummarise(
                    article, language=wanted, template=loaded, engine=chosen, settings=resolved
                )
                # Code's reading after a model's unusable answer is not cached: the next run asks the model again.
                if store is not None and not any(u.item == NO_USABLE_ANSWER for u in result.unverified):
                    store.put(key, result)
                done = BatchResult(id=item.id, index=index, result=result, seconds=_since(started))
                done._text = text
                return done
            except Exception as exc:
                # One article's failure, whatever it is, must not cost the rest of the batch.
                return BatchResult(
                    id=item.id,
                    index=index,
                    error=ItemError(type=type(exc).__name__, message=_one_line(exc)),
                    error_metadata=_failed_metadata(exc, chosen, loaded, started),
                    seconds=_since(started),
                )

        # The embedded engine serialises calls on its one loaded model; more workers would only queue.
        limit = 1 if chosen.name == "embedded" else max(1, concurrency)
        queue: asyncio.Queue[BatchResult | None] = asyncio.Queue()
        pending = iter(enumerate(_as_items(items)))

        async def worker() -> None:
            for index, item in pending:  # workers share the iterator: each takes the next article
                finished = await one(index, item)
                if on_finished is not None:
                    await on_finished(finished)
                queue.put_nowait(finished)
                # An article code reads (the extractive engine, a cache hit) awaits nothing: without this the
                # caller would not see a result until every article was done.
                await asyncio.sleep(0)

        async def run_all() -> None:
            try:
                await asyncio.gather(*(worker() for _ in range(limit)))
            finally:
                queue.put_nowait(None)

        task = asyncio.create_task(run_all())
        try:
            while (finished := await queue.get()) is not None:
                yield finished
            await task
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    finally:
        if store is not None and cache is True:
            store.close()
        if engine is None:
            await chosen.aclose()
        if started_readers:
            await asyncio.to_thread(readers.close)


async def summarise_to_jsonl(
    items: list[BatchItem],
    output: Path,
    *,
    retry_failed: bool = False,
    on_start: Callable[[int, int], None] | None = None,
    on_result: Callable[[BatchResult, Tally], None] | None = None,
    html_dir: Path | None = None,
    **options: Any,
) -> Tally:
    """Summarise `items` into the JSONL file `output`, one record per article as it finishes, then a
    `{"summary": ...}` record with this run's counts; return the same counts.

    Ids the file already holds are skipped (with `retry_failed`, earlier failures are dropped from the
    file and run again). `on_start(to_run, skipped)` and `on_result(result, tally)` report progress.
    With `html_dir`, the view of each article that finishes is written there as it finishes, and at the end an
    `index.html` of every article the file holds (see `view.py`).
    `options` are the keyword arguments of `summarise_many`. Raises OutputWriteError when the output
    cannot be written, ConfigurationError when the settings are unusable, InputError when `output` is not a
    results file.
    """
    settings = options.get("settings") or Settings()
    tally = Tally(prices=load_prices(settings.prices))
    if html_dir is not None:
        view.prepare(html_dir)
    out = ResultsFile(output, retry_failed=retry_failed)
    finished = False
    try:
        recorded = out.recorded
        todo = [item for item in items if item.id not in recorded]
        tally.skipped = len(items) - len(todo)
        if on_start is not None:
            on_start(len(todo), tally.skipped)
        if todo:

            async def record(result: BatchResult) -> None:
                # Written by the worker that made it, before it takes the next article: a Ctrl-C keeps it.
                # fsync takes milliseconds: off the event loop, so the articles in flight keep moving.
                await _off_loop(out.write, result.record())
                if html_dir is not None:
                    await _off_loop(view.write_view, html_dir, result)

            async for result in summarise_many(todo, on_finished=record, **options):
                tally.add(result)
                if on_result is not None:
                    on_result(result, tally)
        out.write({"summary": tally.summary()})
        finished = True
        if html_dir is not None:
            view.write_index(html_dir, output)
    finally:
        # A run that failed before its first article (bad settings, unreachable model store) leaves no new file.
        out.close(keep_if_empty=finished)
    return tally


async def _off_loop(function: Callable[..., Any], *args: Any) -> None:
    """`function(*args)` in a worker thread. A cancel (Ctrl-C) waits for it to end before it goes on: a record is
    written whole, and the file is not closed under the thread that writes it."""
    running = asyncio.ensure_future(asyncio.to_thread(function, *args))
    try:
        await asyncio.shield(running)
    except asyncio.CancelledError:
        await running
        raise


def _as_items(items: Iterable[BatchItem | str]) -> Iterable[BatchItem]:
    for position, item in enumerate(items):
        yield item if isinstance(item, BatchItem) else BatchItem(id=str(position), text=item)


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


def _one_line(exc: Exception) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return text.splitlines()[0][:500] if text else type(exc).__name__


def _failed_metadata(exc: Exception, engine: Engine, template: PromptTemplate, started: float) -> Metadata:
    """What a failed article cost: the attempts of an answer that broke the schema, else none."""
    attempts = [Attempt.model_validate(u) for u in exc.usage] if isinstance(exc, OutputValidationError) else []
    return Metadata(
        engine=engine.name,
        model=engine.model,
        prompt_template=template.name,
        schema_version=defaults.SCHEMA_VERSION,
        attempts=attempts,
        prompt_tokens=sum(a.prompt_tokens for a in attempts),
        completion_tokens=sum(a.completion_tokens for a in attempts),
        wall_seconds=_since(started),
    )
