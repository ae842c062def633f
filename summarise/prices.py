"""Model prices: the shipped table of USD per million tokens, with a user's file on top. Settings check the
file when it is named; batch accounting turns tokens into dollars with it."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from . import defaults
from .errors import ConfigurationError

Price = tuple[float, float]


def load_prices(path: Path | None = None) -> dict[str, Price]:
    """The shipped price table (USD per million tokens, input and output), with a user's file on top.

    The file is JSON or TOML (by its suffix) mapping a model name to `{"input": ..., "output": ...}`.
    Raises ConfigurationError when it cannot be read or a price is not a number.
    """
    table = dict(defaults.PRICES)
    if path is None:
        return table
    try:
        raw = path.read_bytes()
        data: Any = tomllib.loads(raw.decode("utf-8")) if path.suffix.lower() == ".toml" else json.loads(raw)
    except OSError as exc:
        raise ConfigurationError(f"cannot read the price table {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise ConfigurationError(f"cannot read the price table {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigurationError(f"the price table {path} must map model names to prices")
    for name, price in data.items():
        try:
            table[str(name)] = (float(price["input"]), float(price["output"]))
        except (TypeError, KeyError, ValueError) as exc:
            raise ConfigurationError(
                f"the price table {path}: {name!r} needs numeric 'input' and 'output' (USD per million tokens)"
            ) from exc
    return table
