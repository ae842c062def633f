"""Output files written whole or not at all: a temporary file beside the target, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputWriteError


def write_whole(path: Path, text: str, *, parents: bool = False) -> None:
    """Write `text` to `path` as a whole, or leave `path` as it was; with `parents`, make missing folders first.
    Raises OutputWriteError."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        if parents:
            directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
