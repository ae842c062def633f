"""Output files written whole or not at all: a temporary file beside the target, renamed into place.

A path that names something other than a regular file (a device, a FIFO) is written through, as a shell's
`>` would, since renaming over it would destroy it. A symbolic link is followed, so the file it points to is
replaced and the link stays.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import OutputWriteError


def write_whole(path: Path, text: str, *, parents: bool = False) -> None:
    """Write `text` to `path` as a whole, or leave `path` as it was; with `parents`, make missing folders first.
    Raises OutputWriteError."""
    with replacing(path, parents=parents) as fh:
        fh.write(text.encode("utf-8"))


@contextmanager
def replacing(path: Path, *, parents: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write the new content of `path` into. When the block ends without an error, a
    regular file (new or existing) is replaced by it whole; when it raises, `path` is left as it was.

    A device or FIFO at `path` is opened and written directly (a FIFO waits for its reader). A new file gets
    the mode the umask allows, an existing one keeps its mode. Raises OutputWriteError when `path` cannot
    be written; an error raised inside the block passes through.
    """
    target = Path(os.path.realpath(path))
    try:
        if parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        try:
            existing: os.stat_result | None = target.stat()
        except FileNotFoundError:
            existing = None
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            if stat.S_ISDIR(existing.st_mode):
                raise IsADirectoryError(21, os.strerror(21), str(path))
            fd = os.open(target, os.O_WRONLY | os.O_NOCTTY)
            tmp = None
        else:
            fd, tmp = _create_beside(target)
            if existing is not None:
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))
    except OSError as exc:
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        if tmp is not None:
            os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new hidden file in `target`'s folder, opened for writing. Made with mode 0o666 so that the umask, and
    a default ACL, decide its mode as they would for `target` itself (tempfile's files are always 0o600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(17, "no free temporary name", str(target.parent))
