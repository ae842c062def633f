"""The rows a Ray Data run reads and writes: an input row is a `BatchItem`, an output row the flat columns of
`output_schema()` that carry one `BatchResult` (and its accounting) losslessly."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..prices import Price, load_prices
from ..results import ArticleSummary, Metadata
from .accounting import Tally
from .inputs import BatchItem
from .records import BatchResult, ItemError

if TYPE_CHECKING:
    import pyarrow


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
