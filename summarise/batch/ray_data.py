"""Summarise a dataset on a Ray cluster with Ray Data: one engine per actor, each actor running up to
`concurrency` articles at once through `summarise_many`, so every row carries the record `summarise batch`
writes.

Ray is the optional extra `summarise[ray]`; nothing here imports it before it is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import api, defaults, engines
from ..engines.base import Engine
from ..errors import ConfigurationError, InputError, OutputWriteError, SummariseError
from ..prices import Price, load_prices
from ..results import ArticleSummary, Metadata
from ..settings import Settings
from .accounting import Tally
from .inputs import BatchItem
from .records import BatchResult, ItemError
from .results_file import ResultsFile
from .run import summarise_many

if TYPE_CHECKING:
    import pyarrow
    import ray.data

# The settings a call may override, as in `summarise_many`.
_OVERRIDES = (
    "model",
    "base_url",
    "api_key",
    "reasks",
    "grounding_reasks",
    "candidates",
    "max_output_tokens",
    "part_tokens",
    "protocol",
    "mode",
)
# Rows per batch handed to an actor, per article it runs at once: enough that a batch keeps every slot busy
# for several rounds, few enough that a restarted actor redoes little.
_BATCH_ROUNDS = 4


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigurationError("Ray is not installed: install the extra with pip install 'summarise[ray]'") from exc
    return ray


def output_schema() -> pyarrow.Schema:
    """The columns of a summarised row (and of the Parquet output)."""
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("index", pa.int64()),
            ("status", pa.string()),  # 'done' or 'failed'
            ("cached", pa.bool_()),
            ("seconds", pa.float64()),
            ("summary", pa.string()),  # the ArticleSummary as JSON; null when the article failed
            ("error_type", pa.string()),
            ("error_message", pa.string()),
            ("metadata", pa.string()),  # how the article was (or failed to be) attempted, as JSON
            ("model_calls", pa.int64()),
            ("reasks", pa.int64()),
            ("prompt_tokens", pa.int64()),
            ("completion_tokens", pa.int64()),
            ("cost_usd", pa.float64()),  # null when the model has no known price
        ]
    )


def result_row(result: BatchResult, prices: dict[str, Price] | None = None) -> dict[str, Any]:
    """One article's outcome as a row of flat columns; its accounting is what `Tally` counts for it alone."""
    tally = Tally(prices=prices if prices is not None else load_prices())
    tally.add(result)
    metadata = result.metadata
    return {
        "id": result.id,
        "index": result.index,
        "status": "failed" if result.error is not None else "done",
        "cached": result.cached,
        "seconds": result.seconds,
        "summary": result.result.model_dump_json() if result.result is not None else None,
        "error_type": result.error.type if result.error is not None else None,
        "error_message": result.error.message if result.error is not None else None,
        "metadata": metadata.model_dump_json() if metadata is not None else None,
        "model_calls": tally.model_calls,
        "reasks": tally.reasks,
        "prompt_tokens": tally.prompt_tokens,
        "completion_tokens": tally.completion_tokens,
        "cost_usd": tally.cost_usd(),
    }


def row_result(row: dict[str, Any]) -> BatchResult:
    """The `BatchResult` a row was made from (its `record()` is the line `summarise batch` writes)."""
    failed = row["status"] == "failed"
    return BatchResult(
        id=row["id"],
        index=row["index"],
        cached=row["cached"],
        seconds=row["seconds"],
        result=ArticleSummary.model_validate_json(row["summary"]) if row["summary"] is not None else None,
        error=ItemError(type=row["error_type"], message=row["error_message"]) if failed else None,
        error_metadata=Metadata.model_validate_json(row["metadata"]) if failed and row["metadata"] else None,
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def row_item(row: dict[str, Any]) -> BatchItem:
    """The batch item of an input row: `id`, one of `text`, `url` or `path`, optional `published` and `lang`.
    A row that gives none or several sources still becomes an item; it fails when loaded, as a batch item."""
    path = _text(row.get("path"))
    return BatchItem(
        id=str(row["id"]),
        text=_text(row.get("text")),
        url=_text(row.get("url")),
        path=Path(path) if path is not None else None,
        published=_text(row.get("published")),
        language=_text(row.get("lang")),
    )


def item_row(item: BatchItem, index: int | None = None) -> dict[str, Any]:
    """An input row for `item`, the inverse of `row_item`; `index` is the position its record will give."""
    row: dict[str, Any] = {
        "id": item.id,
        "text": item.text,
        "url": item.url,
        "path": str(item.path) if item.path is not None else None,
        "published": item.published,
        "lang": item.language,
    }
    if index is not None:
        row["index"] = index
    return row


class SummariseRows:
    """A Ray Data UDF (use it with `map_batches` and an actor pool): one engine per actor, built once (the
    embedded model is loaded once per actor), running up to `concurrency` articles of a batch at once.

    Each input row gives `id` and one of `text`, `url` or `path`, optionally `published` (YYYY-MM-DD) and
    `lang`; an `index` column, when present, is the position the record gives. Every row comes back once,
    with the columns of `output_schema()`: a row that fails (bad input, model error) is recorded as failed
    and the rest of its batch goes on.
    """

    def __init__(
        self,
        *,
        options: dict[str, Any] | None = None,
        base_urls: list[str] | None = None,
        ordinal: Any = None,
        concurrency: int = defaults.BATCH_CONCURRENCY,
        cache: bool = False,
    ) -> None:
        """`options` are the keyword arguments of `summarise_many` but `concurrency` and `cache`. With
        `base_urls`, this actor takes one of them, in turn by `ordinal` (a Ray actor handing out numbers)."""
        rest = dict(options or {})
        settings: Settings | None = rest.pop("settings", None)
        engine = rest.pop("engine", None)
        overrides = {name: rest.pop(name, None) for name in _OVERRIDES}
        if base_urls:
            number = _ray().get(ordinal.next.remote()) if ordinal is not None else os.getpid()
            overrides["base_url"] = base_urls[number % len(base_urls)]
        if isinstance(engine, str):
            overrides["engine"], engine = engine, None
        self.settings = api._settings(settings, overrides)
        self.engine: Engine = engine if engine is not None else engines.from_settings(self.settings)
        self.prices = load_prices(self.settings.prices)
        self.options = {**rest, "concurrency": concurrency, "cache": cache}
        # One loop for the actor's life: the engine's async client belongs to the loop it first ran on.
        self._loop = asyncio.new_event_loop()

    def __call__(self, batch: pyarrow.Table) -> pyarrow.Table:
        import pyarrow as pa

        rows = batch.to_pylist()
        items = [row_item(row) for row in rows]
        results = self._loop.run_until_complete(self._run(items))
        out = []
        for result in results:
            given = rows[result.index].get("index")
            if given is not None:
                result = result.model_copy(update={"index": int(given)})
            out.append(result_row(result, self.prices))
        return pa.Table.from_pylist(out, schema=output_schema())

    async def _run(self, items: list[BatchItem]) -> list[BatchResult]:
        return [
            result async for result in summarise_many(items, engine=self.engine, settings=self.settings, **self.options)
        ]

    def __del__(self) -> None:
        # Closing the engine frees the embedded model or the endpoint's connections with the actor.
        try:
            self._loop.run_until_complete(self.engine.aclose())
            self._loop.close()
        except Exception:
            pass


def _ordinal() -> Any:
    """A small actor that hands each UDF actor its number, for the round-robin of base URLs."""
    ray = _ray()

    @ray.remote(num_cpus=0, max_restarts=-1)
    class Ordinal:
        def __init__(self) -> None:
            self.count = -1

        def next(self) -> int:
            self.count += 1
            return self.count

    return Ordinal.remote()  # type: ignore[attr-defined]


def summarise_dataset(
    ds: ray.data.Dataset,
    *,
    actors: int = 2,
    concurrency: int = defaults.BATCH_CONCURRENCY,
    base_urls: list[str] | None = None,
    batch_size: int | None = None,
    num_cpus: float | None = None,
    cache: bool = False,
    **options: Any,
) -> ray.data.Dataset:
    """Summarise every row of `ds` on a pool of `actors` Ray actors, each with its own engine running up to
    `concurrency` articles at once (the embedded engine runs one: give it more actors instead).

    Rows give `id` and one of `text`, `url` or `path` (read on the worker), optionally `published` and
    `lang`. The result is lazy, with one row per input row and the columns of `output_schema()`; a failed
    article is a row with status 'failed', never a lost batch. With `base_urls`, the actors are spread over
    those endpoints in turn. `options` are the other keyword arguments of `summarise_many` (model, base_url,
    engine, language, settings...). `num_cpus` is what each actor reserves (default: 1 for the embedded and
    extractive engines, which compute, 0.25 for an endpoint, which waits). An actor that dies is restarted
    and its unfinished batch run again, so a row may be delivered twice; `summarise_to_file` writes it once.

    Raises ConfigurationError when Ray is not installed.
    """
    ray = _ray()
    if actors < 1 or concurrency < 1:
        raise ConfigurationError("actors and concurrency must be at least 1")
    # Settings are read here, from the driver's environment, not from each worker's.
    options["settings"] = options.get("settings") or api._settings(None, {})
    name = options.get("engine") if isinstance(options.get("engine"), str) else None
    given = {key: options.get(key) for key in _OVERRIDES}
    settings = api._settings(options["settings"], {**given, "engine": name, "base_url": given["base_url"]})
    if settings.resolved_engine() != "embedded" and not base_urls:
        # Building an endpoint's client costs nothing: a bad setting fails here, once, not in every actor.
        engines.from_settings(settings).close()
    if num_cpus is None:
        computes = (base_urls is None and settings.resolved_engine() != "openai") or name == "extractive"
        num_cpus = 1.0 if computes else 0.25
    return ds.map_batches(
        SummariseRows,
        fn_constructor_kwargs={
            "options": options,
            "base_urls": list(base_urls) if base_urls else None,
            "ordinal": _ordinal() if base_urls else None,
            "concurrency": concurrency,
            "cache": cache,
        },
        batch_size=batch_size or concurrency * _BATCH_ROUNDS,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=num_cpus,
        udf_modifying_row_count=False,
        # No retry settings are passed: Ray Data's actor pool already restarts a dead actor without limit
        # (max_restarts=-1) and runs the batches it held again (max_task_retries=-1); bench/ray_batch.py kills
        # one mid-run to check that nothing is lost.
    )


def connect(address: str | None = None) -> None:
    """Join the Ray cluster at `address` ('auto', 'ray://host:10001', or None for RAY_ADDRESS or else a new
    local Ray), unless this process already has. Raises ConfigurationError when Ray is not installed or the
    cluster cannot be reached."""
    ray = _ray()
    # The batch shows its own progress and one-line errors; Ray's progress logs would repeat them.
    logging.getLogger("ray").setLevel(logging.WARNING)
    # Ray Data logs its progress, and a failed run's stack trace, on the console; `summarise_to_file` reports
    # both itself. Ray Data resets its loggers for each run from this variable (set it to see them again).
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "CRITICAL")
    ray.data.DataContext.get_current().enable_progress_bars = False
    if ray.is_initialized():
        return
    try:
        ray.init(address=address or None, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigurationError(f"cannot join the Ray cluster at {address or 'RAY_ADDRESS'}: {exc}") from exc


def summarise_to_file(
    items: list[BatchItem],
    output: Path,
    *,
    address: str | None = None,
    retry_failed: bool = False,
    on_start: Callable[[int, int], None] | None = None,
    on_result: Callable[[BatchResult, Tally], None] | None = None,
    on_duplicate: Callable[[str], None] | None = None,
    **options: Any,
) -> Tally:
    """`summarise_to_jsonl` run on Ray: the same records in the same JSONL file, or, when `output` ends in
    .parquet, a Parquet file of `output_schema()` rows. Ids the output already holds are skipped; a row Ray
    delivers twice (after a restarted actor) is written once and reported to `on_duplicate`.

    A Parquet output is resumable too: records go to a hidden JSONL journal beside it as they finish, and are
    merged into the Parquet file (replaced whole) when the run ends. `options` are those of
    `summarise_dataset`. Raises what `summarise_to_jsonl` raises, and ConfigurationError when Ray is missing
    or unreachable.
    """
    settings = options.get("settings") or Settings()
    tally = Tally(prices=load_prices(settings.prices))
    parquet = output.suffix.lower() == ".parquet"
    earlier = _read_parquet(output, retry_failed=retry_failed) if parquet else None
    out = ResultsFile(_journal(output) if parquet else output, retry_failed=retry_failed)
    finished = False
    try:
        recorded = out.recorded | ({str(i) for i in earlier.column("id").to_pylist()} if earlier is not None else set())
        todo = [item for item in items if item.id not in recorded]
        tally.skipped = len(items) - len(todo)
        if on_start is not None:
            on_start(len(todo), tally.skipped)
        if todo:
            connect(address)
            ray = _ray()
            ds = ray.data.from_items([item_row(item, index) for index, item in enumerate(todo)])
            written: set[str] = set()
            with _ray_errors():
                for row in summarise_dataset(ds, **options).iter_rows():
                    if row["id"] in written:
                        if on_duplicate is not None:
                            on_duplicate(row["id"])
                        continue
                    result = row_result(row)
                    out.write(result.record())
                    written.add(result.id)
                    tally.add(result)
                    if on_result is not None:
                        on_result(result, tally)
        if not parquet:
            out.write({"summary": tally.summary()})
        finished = True
    finally:
        out.close(keep_if_empty=finished)
    if parquet:
        _merge_parquet(output, earlier, _journal(output), tally)
    return tally


@contextlib.contextmanager
def _ray_errors() -> Iterator[None]:
    """Our error when Ray stopped on one (an actor could not build its engine); else Ray's, in one line."""
    try:
        yield
    except SummariseError:
        raise
    except Exception as exc:
        seen: Any = exc
        for _ in range(10):  # Ray wraps the actor's exception: RayTaskError.cause, then __cause__
            if isinstance(seen, SummariseError):
                raise seen from exc
            inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
            nxt = getattr(seen, "cause", None) or inner or seen.__cause__ or seen.__context__
            if nxt is None:
                break
            seen = nxt
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ConfigurationError(f"the Ray run failed: {type(exc).__name__}: {first[:300]}") from exc


def _journal(output: Path) -> Path:
    return output.with_name(f".{output.name}.journal.jsonl")


def _read_parquet(path: Path, *, retry_failed: bool) -> pyarrow.Table | None:
    """The rows an earlier run left in `path`, without its failures when they are to run again."""
    if not path.exists():
        return None
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except OSError as exc:
        raise InputError(f"{path} is not a Parquet file: {exc}") from exc
    if table.schema.names != output_schema().names:
        raise InputError(f"{path} is not a summarise results file (its columns are {', '.join(table.schema.names)})")
    table = table.cast(output_schema())
    return table.filter(pc.not_equal(table["status"], "failed")) if retry_failed else table


def _records(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if "id" in record:
                    yield record


def record_result(record: dict[str, Any]) -> BatchResult:
    """The `BatchResult` of a record `summarise batch` wrote."""
    fields = {key: value for key, value in record.items() if key != "metadata"}
    if "error" in record and "metadata" in record:
        fields["error_metadata"] = record["metadata"]
    return BatchResult.model_validate(fields)


def _merge_parquet(output: Path, earlier: pyarrow.Table | None, journal: Path, tally: Tally) -> None:
    """Write the earlier rows and the journal's as one Parquet file in place of `output`; drop the journal."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [result_row(record_result(r), tally.prices) for r in _records(journal)]
    tables = [earlier] if earlier is not None else []
    merged = pa.concat_tables([*tables, pa.Table.from_pylist(rows, schema=output_schema())])
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    os.close(fd)
    try:
        pq.write_table(merged, tmp)
        os.replace(tmp, output)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputWriteError(f"cannot write {output}: {exc.strerror}", path=str(output)) from exc
    journal.unlink(missing_ok=True)
