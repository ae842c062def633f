"""`summarise batch --ray`: the records of a Ray Data run written to the same resumable JSONL file as
`summarise batch`, or to a Parquet file through a JSONL journal merged in when the run ends."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigurationError, InputError, OutputWriteError, SummariseError
from ..prices import load_prices
from ..settings import Settings
from .accounting import Tally
from .inputs import BatchItem
from .ray_data import connect, import_ray, summarise_dataset
from .ray_rows import item_row, output_schema, result_row, row_result
from .records import BatchResult
from .results_file import ResultsFile

if TYPE_CHECKING:
    import pyarrow


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
            ray = import_ray()
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
