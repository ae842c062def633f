"""The record of one article in a batch: its summary, or the error that stopped it. Accounting, progress, the
batch view and the output files all read it."""

from __future__ import annotations

from typing import Any

from pydantic import Field, PrivateAttr

from ..models import Strict
from ..results import ArticleSummary, Metadata


class ItemError(Strict):
    """Why one article of a batch has no summary."""

    type: str = Field(description="The error's class, e.g. 'InputError', 'ModelRequestError'.")
    message: str = Field(description="What went wrong, in one line.")


class BatchResult(Strict):
    """The outcome for one article of a batch: its summary, or the error that stopped it."""

    id: str = Field(description="The input's id: the JSONL 'id', or the file path.")
    index: int = Field(description="The article's position among the inputs given to this run, from 0.")
    result: ArticleSummary | None = Field(default=None, description="The summary; null when the article failed.")
    error: ItemError | None = Field(default=None, description="Why the article failed; null when it succeeded.")
    error_metadata: Metadata | None = Field(
        default=None, description="How a failed article was attempted (its model calls and tokens)."
    )
    cached: bool = Field(default=False, description="Whether the summary came from the cache (no model call).")
    seconds: float = Field(description="Wall time spent on this article in this run.")
    # The article as read, which the spans index: kept for this run's HTML view, never written to the output.
    _text: str | None = PrivateAttr(default=None)

    @property
    def article_text(self) -> str | None:
        """The article the summary was made from, as read (its spans index it); None for a failed article."""
        return self._text

    @property
    def metadata(self) -> Metadata | None:
        """How the article was (or failed to be) summarised."""
        return self.result.metadata if self.result is not None else self.error_metadata

    def record(self) -> dict[str, Any]:
        """The JSONL record: `result` or `error`, and in either case the metadata."""
        record: dict[str, Any] = {"id": self.id, "index": self.index, "cached": self.cached, "seconds": self.seconds}
        if self.result is not None:
            record["result"] = self.result.model_dump(mode="json")
        if self.error is not None:
            record["error"] = self.error.model_dump(mode="json")
            if self.error_metadata is not None:
                record["metadata"] = self.error_metadata.model_dump(mode="json")
        return record
