"""The batch output: an append-only JSONL file that a kill at any moment leaves valid, and that a re-run resumes.

Each record is written with one `write` of the whole line and fsync'ed before the next, so after SIGKILL
every finished article's line is complete; at worst the last line is cut short, and opening the file
again truncates that partial line away.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import ConfigurationError, InputError


class ResultsFile:
    """Appends records to a JSONL file; knows which ids it already holds."""

    def __init__(self, path: Path, *, retry_failed: bool = False) -> None:
        """Open `path` for appending, creating it if needed.

        Ids already recorded (with a result or an error) are in `done` and `failed`. With `retry_failed`,
        the error records are dropped from the file first, so those articles run again.
        Raises ConfigurationError when the file cannot be written, InputError when it is not a results file.
        """
        self.path = path
        self.done: set[str] = set()
        self.failed: set[str] = set()
        try:
            records = self._read_and_repair()
            if retry_failed and any("error" in r for r in records):
                self._rewrite([r for r in records if "error" not in r])
                records = [r for r in records if "error" not in r]
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ConfigurationError(f"cannot write {path}: {exc.strerror}") from exc
        for record in records:
            if "id" in record:
                (self.failed if "error" in record else self.done).add(str(record["id"]))

    @property
    def recorded(self) -> set[str]:
        """Every id the file holds a record for."""
        return self.done | self.failed

    def _read_and_repair(self) -> list[dict[str, Any]]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n") + 1
        if end < len(data):
            # A kill cut the last line short: drop it, its article runs again.
            with self.path.open("r+b") as fh:
                fh.truncate(end)
            data = data[:end]
        records = []
        for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{self.path}:{number} is not JSON; is it a batch results file?") from exc
            if not isinstance(record, dict):
                raise InputError(f"{self.path}:{number} is not a JSON object; is it a batch results file?")
            records.append(record)
        return records

    def _rewrite(self, records: list[dict[str, Any]]) -> None:
        directory = self.path.parent
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for record in records:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise

    def write(self, record: dict[str, Any]) -> None:
        """Append one record as one line, and make it durable before returning."""
        line = memoryview((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        try:
            while line:
                written = os.write(self._fd, line)
                line = line[written:]
            os.fsync(self._fd)
        except OSError as exc:
            raise ConfigurationError(f"cannot write {self.path}: {exc.strerror}") from exc

    def close(self) -> None:
        os.close(self._fd)
