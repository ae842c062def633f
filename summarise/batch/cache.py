"""The result cache: finished summaries in SQLite, keyed by everything that changes a result.

An unchanged article summarised again with the same engine, model, prompt template, schema version,
languages and options is served from here with no model call. Changing any of them changes the key.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import defaults
from ..errors import ConfigurationError
from ..pipeline.templating import PromptTemplate
from ..results import ArticleSummary

# Bump when the key's recipe changes, so old entries are no longer found.
_KEY_RECIPE = 2


def fingerprinted_files() -> list[Path]:
    """The source files whose hash is part of every key: the code reader, the checks (grounding/, with the
    hostile-text defence and its lexicons) and the extractive summary."""
    package = Path(__file__).resolve().parent.parent
    return [
        *sorted((package / "reading").glob("*.py")),
        *sorted((package / "grounding").rglob("*.py")),
        package / "pipeline" / "extractive.py",
    ]


@lru_cache(maxsize=1)
def reader_fingerprint() -> str:
    """A hash of `fingerprinted_files`: a change to what is read, masked or verified keys results afresh."""
    digest = hashlib.sha256()
    for path in fingerprinted_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class KeyParts:
    """What, beside the article itself, decides a result."""

    engine: str
    model: str
    template: PromptTemplate
    language: str | None
    candidates: bool
    reasks: int
    grounding_reasks: int
    max_output_tokens: int
    part_tokens: int | None = None
    context_tokens: int | None = None
    protocol: str = "full"
    mode: str = "auto"

    def key(self, article: str, source: dict[str, Any] | None = None) -> str:
        """The cache key of `article` (already checked and normalised) under these parts; `source` is what its
        source says of it (a publication date changes how relative dates are read)."""
        parts = {
            "source": source,
            "part_tokens": self.part_tokens,
            "context_tokens": self.context_tokens,
            "recipe": _KEY_RECIPE,
            "article": hashlib.sha256(article.encode("utf-8")).hexdigest(),
            "engine": self.engine,
            "model": self.model,
            # The name carries the template's version; the source's hash catches a user's edited file.
            "template": self.template.name,
            "template_source": hashlib.sha256(self.template.source.encode("utf-8")).hexdigest(),
            "schema_version": defaults.SCHEMA_VERSION,
            # What code reads in the article is part of every result (extractive engine, nothing-found-is-lost).
            "reader": reader_fingerprint(),
            "protocol": self.protocol,
            "mode": self.mode,
            "language": self.language,
            "candidates": self.candidates,
            "reasks": self.reasks,
            "grounding_reasks": self.grounding_reasks,
            "max_output_tokens": self.max_output_tokens,
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


class ResultCache:
    """Summaries stored by key in one SQLite file; safe to share between processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            # WAL lets a second batch read while the first writes; NORMAL sync is safe with WAL.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result TEXT NOT NULL, created REAL NOT NULL)"
            )
        except (OSError, sqlite3.Error) as exc:
            raise ConfigurationError(f"cannot open the result cache {path}: {exc}") from exc

    @classmethod
    def in_directory(cls, cache_dir: Path) -> ResultCache:
        """The cache file under the user cache directory (`Settings.cache_dir`)."""
        return cls(cache_dir / defaults.RESULT_CACHE_FILE)

    def get(self, key: str) -> ArticleSummary | None:
        """The stored summary for `key`, or None; an entry that no longer validates counts as missing."""
        row = self._db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return ArticleSummary.model_validate_json(row[0])
        except ValidationError:
            return None

    def put(self, key: str, result: ArticleSummary) -> None:
        """Store (or replace) the summary for `key`."""
        self._db.execute(
            "INSERT OR REPLACE INTO results (key, result, created) VALUES (?, ?, ?)",
            (key, result.model_dump_json(), time.time()),
        )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def close(self) -> None:
        self._db.close()
