"""Comparing two evaluation runs: the change of every metric overall."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from .run import FORMAT, EvalRun
from .score import METRICS

Delta = tuple[float | None, float | None, float | None]


def load_run(path: str | Path) -> EvalRun:
    """Read a run saved with `summarise eval --json`; raise InputError when the file is not one."""
    where = Path(path)
    try:
        raw = json.loads(where.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{where} is not JSON: save a run with `summarise eval ... --json > FILE`") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise InputError(f"{where} is not an evaluation run ({FORMAT}): save one with `summarise eval ... --json`")
    try:
        return EvalRun.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{where} is not a valid evaluation run: {exc.errors()[0]['msg']}") from exc


def _delta(before: float | None, after: float | None) -> Delta:
    change = None if before is None or after is None else round(after - before, 4)
    return before, after, change


def deltas(previous: EvalRun, current: EvalRun) -> dict[str, Delta]:
    """Every metric overall as (previous, current, current - previous); the change is None when either is."""
    return {key: _delta(previous.overall.scores.get(key), current.overall.scores.get(key)) for key, _, _ in METRICS}
