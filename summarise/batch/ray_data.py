"""Summarise a dataset on a Ray cluster with Ray Data: one engine per actor, each actor running up to
`concurrency` articles at once through `summarise_many`, so every row carries the record `summarise batch`
writes.

Ray is the optional extra `summarise[ray]`; nothing here imports it before it is needed.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING, Any

from .. import api, defaults, engines
from ..engines.base import Engine
from ..errors import ConfigurationError
from ..prices import load_prices
from ..settings import Settings
from .inputs import BatchItem
from .ray_rows import output_schema, result_row, row_item
from .records import BatchResult
from .run import summarise_many

if TYPE_CHECKING:
    import pyarrow
    import ray.data

# Rows per batch handed to an actor, per article it runs at once: enough that a batch keeps every slot busy
# for several rounds, few enough that a restarted actor redoes little.
_BATCH_ROUNDS = 4


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigurationError("Ray is not installed: install the extra with pip install 'summarise[ray]'") from exc
    return ray


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
        overrides = {name: rest.pop(name, None) for name in api.SETTING_ARGUMENTS}
        if base_urls:
            number = import_ray().get(ordinal.next.remote()) if ordinal is not None else os.getpid()
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
    ray = import_ray()

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
    ray = import_ray()
    if actors < 1 or concurrency < 1:
        raise ConfigurationError("actors and concurrency must be at least 1")
    # Settings are read here, from the driver's environment, not from each worker's.
    options["settings"] = options.get("settings") or api._settings(None, {})
    if options["settings"].readers is None:
        # Ray places the work by actors and the CPUs they reserve: an actor starts no reader process unless asked.
        options["settings"] = options["settings"].model_copy(update={"readers": 0})
    name = options.get("engine") if isinstance(options.get("engine"), str) else None
    given = {key: options.get(key) for key in api.SETTING_ARGUMENTS}
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
    ray = import_ray()
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
