"""The batch output: an append-only JSONL file that a kill at any moment leaves valid, and that a re-run resumes.

Each record is written with one `write` of the whole line and fsync'ed before the next, so after SIGKILL
every finished article's line is complete; at worst the last line is cut short, and opening the file
again truncates that partial line away.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, OutputWriteError
from ..output.files import replacing


class ResultsFile:
    """Appends records to a JSONL file; knows which ids it already holds."""

    def __init__(self, path: Path, *, retry_failed: bool = False) -> None:
        """Open `path` for appending, creating it if needed.

        Ids already recorded (with a result or an error) are in `done` and `failed`. With `retry_failed`,
        the error records are dropped from the file first, so those articles run again.
        Raises OutputWriteError when the file cannot be written, InputError when it is not a results file
        (also when `path` is a device or FIFO, which would be read without end or consumed).
        """
        self.path = path
        self.done: set[str] = set()
        self.failed: set[str] = set()
        self.written = 0
        try:
            mode: int | None = path.stat().st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc
        if mode is not None and not stat.S_ISREG(mode):
            raise InputError(f"{path} is not a regular file; a batch results file must be one")
        self.created = mode is None
        try:
            self._repair()
            self._scan()
            if retry_failed and self.failed:
                self._drop_failures()
                self.failed.clear()
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputWriteError(f"cannot write {path}: {exc.strerror}", path=str(path)) from exc

    @property
    def recorded(self) -> set[str]:
        """Every id the file holds a record for."""
        return self.done | self.failed

    def _records(self) -> Iterator[tuple[bytes, dict[str, Any]]]:
        """Each line of the file with its record, read line by line so a large file is never held whole."""
        try:
            fh = self.path.open("rb")
        except FileNotFoundError:
            return
        with fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{self.path}:{number} is not JSON; is it a batch results file?") from exc
                if not isinstance(record, dict):
                    raise InputError(f"{self.path}:{number} is not a JSON object; is it a batch results file?")
                yield line, record

    def _scan(self) -> None:
        """Note the ids recorded; summary records have none."""
        for _, record in self._records():
            if "id" in record:
                (self.failed if "error" in record else self.done).add(str(record["id"]))

    def _repair(self) -> None:
        """Cut away a last line that a kill left without its newline; its article runs again."""
        try:
            with self.path.open("r+b") as fh:
                size = fh.seek(0, os.SEEK_END)
                if size == 0:
                    return
                fh.seek(size - 1)
                if fh.read(1) == b"\n":
                    return
                # Walk back to the last newline in blocks: the partial line is at most one record long.
                position = size
                while position > 0:
                    step = min(65536, position)
                    position -= step
                    fh.seek(position)
                    block = fh.read(step)
                    cut = block.rfind(b"\n")
                    if cut >= 0:
                        fh.truncate(position + cut + 1)
                        return
                fh.truncate(0)
        except FileNotFoundError:
            return

    def _drop_failures(self) -> None:
        """Rewrite the file without its error records (a temporary file renamed into place)."""
        with replacing(self.path) as fh:
            for line, record in self._records():
                if "error" not in record:
                    fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def write(self, record: dict[str, Any]) -> None:
        """Append one record as one line, and make it durable before returning."""
        line = memoryview((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        try:
            while line:
                written = os.write(self._fd, line)
                line = line[written:]
            os.fsync(self._fd)
            self.written += 1
        except OSError as exc:
            raise OutputWriteError(f"cannot write {self.path}: {exc.strerror}", path=str(self.path)) from exc

    def close(self, *, keep_if_empty: bool = True) -> None:
        """Close the file; without `keep_if_empty`, a file this object created and never wrote is removed."""
        os.close(self._fd)
        if not keep_if_empty and self.created and self.written == 0:
            self.path.unlink(missing_ok=True)
