"""What a batch cost: articles done, failed and cached, model calls, re-asks, tokens and estimated dollars."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import defaults
from ..prices import Price

if TYPE_CHECKING:
    from .records import BatchResult


@dataclass
class _ModelUse:
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass
class Tally:
    """Counts over one run of a batch; `add` each result, then read `summary()`."""

    prices: dict[str, Price] = field(default_factory=lambda: dict(defaults.PRICES))
    skipped: int = 0
    done: int = 0
    failed: int = 0
    cached: int = 0
    model_calls: int = 0
    reasks: int = 0
    started: float = field(default_factory=time.perf_counter)
    errors: dict[str, int] = field(default_factory=dict)
    _use: dict[tuple[str, str], _ModelUse] = field(default_factory=dict)

    def add(self, result: BatchResult) -> None:
        """Count one article. A cached result made no model call this run and costs nothing."""
        if result.error is not None:
            self.failed += 1
            self.errors[result.error.type] = self.errors.get(result.error.type, 0) + 1
        else:
            self.done += 1
        if result.cached:
            self.cached += 1
            return
        metadata = result.metadata
        if metadata is None or not metadata.attempts:
            return
        self.model_calls += len(metadata.attempts)
        # Every call after an article's first is a re-ask: a broken schema or items that failed verification.
        self.reasks += len(metadata.attempts) - 1
        use = self._use.setdefault((metadata.engine, metadata.model), _ModelUse())
        use.prompt_tokens += metadata.prompt_tokens
        use.completion_tokens += metadata.completion_tokens

    @property
    def prompt_tokens(self) -> int:
        return sum(u.prompt_tokens for u in self._use.values())

    @property
    def completion_tokens(self) -> int:
        return sum(u.completion_tokens for u in self._use.values())

    def cost_usd(self) -> float | None:
        """Estimated cost of this run's model calls; None when a model that was called has no known price."""
        total = 0.0
        for (engine, model), use in self._use.items():
            if engine == "embedded":
                continue
            price = self.prices.get(model)
            if price is None:
                return None
            total += (use.prompt_tokens * price[0] + use.completion_tokens * price[1]) / 1_000_000
        return round(total, 6)

    def summary(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict (the batch output's summary record)."""
        return {
            "done": self.done,
            "failed": self.failed,
            "cached": self.cached,
            "skipped": self.skipped,
            "model_calls": self.model_calls,
            "reasks": self.reasks,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": self.cost_usd(),
            "models": sorted(model for _, model in self._use),
            "errors": dict(sorted(self.errors.items())),
            "wall_seconds": round(time.perf_counter() - self.started, 3),
        }

    def line(self) -> str:
        """The summary in one line for people."""
        cost = self.cost_usd()
        money = "cost unknown (no price for the model)" if cost is None else f"estimated cost ${cost:.4f}"
        skipped = f", {self.skipped} already in the output" if self.skipped else ""
        return (
            f"{self.done} done ({self.cached} from cache), {self.failed} failed{skipped}; "
            f"{self.model_calls} model calls, {self.reasks} re-asks; "
            f"{self.prompt_tokens:,} tokens in, {self.completion_tokens:,} out; {money}; "
            f"{time.perf_counter() - self.started:.1f} s"
        )
