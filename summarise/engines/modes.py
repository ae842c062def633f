"""How an endpoint is asked for an answer of a given structure: the response modes, their order, and the mode
that worked last time for each endpoint.

Each mode is one of instructor's own:

- `json_schema`: the schema in `response_format` (instructor's JSON_SCHEMA); on OpenAI's API with `strict: true`
  and the schema in its strict subset (see `strict`);
- `json_object`: `response_format` of type `json_object` and the schema in the prompt (instructor's JSON);
- `tools`: one function whose parameters are the schema, its call forced (instructor's TOOLS).

`auto` tries them in that order. A server that refuses `response_format` or tools (400, 422, or a 500 whose
message names them: see `transport.classify`) is asked again in the next mode; the mode that answered is kept
per base URL in the user cache, so the next run starts there.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import instructor

MODES: dict[str, instructor.Mode] = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object": instructor.Mode.JSON,
    "tools": instructor.Mode.TOOLS,
}
# `auto` tries these in turn. The JSON object mode comes before tools: servers that refuse a schema in
# `response_format` (llama-cpp-python's) take `json_object`, and small local models' chat templates often have
# no tools at all (llama.cpp's server refuses them without --jinja).
AUTO_ORDER = ("json_schema", "json_object", "tools")
CHOICES = ("auto", *AUTO_ORDER)
MEMORY_FILE = "modes.json"
# How long a remembered mode holds before the best mode is tried again.
MODE_MEMORY_DAYS = 7.0


def name_of(mode: instructor.Mode) -> str:
    """The user-facing name of one of instructor's modes."""
    for name, value in MODES.items():
        if value is mode:
            return name
    return mode.value


def asked_mode(kwargs: dict[str, object]) -> str | None:
    """The mode a prepared request asks in; None for a plain completion."""
    if kwargs.get("tools"):
        return "tools"
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict):
        kind = response_format.get("type")
        if kind == "json_schema":
            return "json_schema"
        if kind == "json_object":
            return "json_object"
    return None


class ModeMemory:
    """The mode that last answered, per base URL: a small JSON file in the user cache directory.

    A remembered mode expires after `days` (`defaults.MODE_MEMORY_DAYS`), so that a server upgraded to accept a
    better mode is asked for it again; an entry without a time (written before expiry existed) counts as expired.
    A file that cannot be read or written is ignored: remembering only saves a refused request.
    """

    def __init__(
        self, cache_dir: Path, *, days: float = MODE_MEMORY_DAYS, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = cache_dir / MEMORY_FILE
        self.seconds = days * 86400
        self.clock = clock

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(url): entry
            for url, entry in data.items()
            if isinstance(entry, dict) and entry.get("mode") in MODES and isinstance(entry.get("at"), int | float)
        }

    def _fresh(self, entry: dict[str, object]) -> bool:
        at = entry["at"]
        # Either way round: a clock set back (or a time written by a faster clock) does not lose the entry at once.
        return isinstance(at, int | float) and abs(self.clock() - at) < self.seconds

    def get(self, base_url: str) -> str | None:
        """The mode remembered for `base_url`, if any and not expired."""
        entry = self._read().get(base_url)
        return str(entry["mode"]) if entry is not None and self._fresh(entry) else None

    def put(self, base_url: str, mode: str) -> None:
        """Remember `mode` for `base_url` from now (written whole, by rename, so that concurrent runs never see
        half). Expired entries of other URLs are dropped; an entry less than a day old is not rewritten."""
        data = {url: entry for url, entry in self._read().items() if self._fresh(entry)}
        entry = data.get(base_url)
        if entry is not None and entry["mode"] == mode and self.clock() - float(str(entry["at"])) < 86400:
            return
        data[base_url] = {"mode": mode, "at": int(self.clock())}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".modes.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            pass
