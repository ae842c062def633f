"""A batch's pages (`summarise batch --html-dir DIR`): one view per article as it finishes, and `index.html`
with one line per article of the results file, its counts and a link to its view."""

from __future__ import annotations

import hashlib
import json
import os
import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputWriteError
from ..output.files import write_whole
from ..output.html_view import to_html

if TYPE_CHECKING:
    from .records import BatchResult

INDEX = "index.html"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def view_name(item_id: str) -> str:
    """The file name of an article's view: its id made safe for a file name, and a hash of the id so that two
    ids that read alike never share a file."""
    stem = _UNSAFE.sub("_", item_id).strip("._")[-60:] or "article"
    return f"{stem}-{hashlib.sha256(item_id.encode('utf-8')).hexdigest()[:10]}.html"


def prepare(directory: Path) -> None:
    """Make `directory` if needed, before any article runs. Raises OutputWriteError when it cannot be a folder of
    pages (a file of that name, no permission)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputWriteError(f"cannot write {directory}: {exc.strerror}", path=str(directory)) from exc
    if not os.access(directory, os.W_OK):
        raise OutputWriteError(f"cannot write {directory}: not writable", path=str(directory))


def write_view(directory: Path, result: BatchResult) -> Path | None:
    """Write the view of one finished article into `directory`; None for a failed article or one served from the
    cache without its text. Raises OutputWriteError."""
    if result.result is None or result.article_text is None:
        return None
    path = directory / view_name(result.id)
    write_whole(path, to_html(result.result, result.article_text), parents=True)
    return path


def _records(results: Path) -> list[dict[str, Any]]:
    """The article records of a results file, in its order; its last record per id wins."""
    found: dict[str, dict[str, Any]] = {}
    with results.open("rb") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by a kill: ResultsFile drops it when the file is next opened
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                found[record["id"]] = record
    return list(found.values())


def _row(record: dict[str, Any], directory: Path) -> str:
    item_id = str(record["id"])
    result = record.get("result")
    name = view_name(item_id)
    shown = escape(item_id)
    if not isinstance(result, dict):
        error = record.get("error") or {}
        why = f"{error.get('type', 'error')}: {error.get('message', '')}"
        return (
            f'<tr class="failed"><td dir="auto">{shown}</td><td colspan="6">failed: {escape(why)}</td><td>–</td></tr>'
        )
    brief = result.get("brief") or {}
    headline = brief.get("headline") or (result.get("event") or {}).get("what") or ""
    counts = [len(result.get(key) or []) for key in ("actors", "figures", "claims", "unverified")]
    link = f'<a href="{escape(name)}">view</a>' if (directory / name).exists() else "no view (summarised earlier)"
    cells = "".join(f"<td>{n}</td>" for n in counts)
    return (
        f'<tr><td dir="auto">{shown}</td><td dir="auto">{escape(headline)}</td>'
        f"<td>{escape(str(result.get('source_language', '')))}</td>{cells}<td>{link}</td></tr>"
    )


def index_page(results: Path, directory: Path) -> str:
    """The index of `results` (a batch's JSONL file): one row per article, linking to its view in `directory`."""
    records = _records(results)
    rows = "".join(_row(r, directory) for r in records)
    failed = sum(1 for r in records if not isinstance(r.get("result"), dict))
    head = "".join(
        f"<th>{h}</th>"
        for h in ("Article", "Headline", "Language", "Actors", "Figures", "Claims", "Unverified", "View")
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>summarise batch</title><style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;"
        "max-width:1200px;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid "
        "#d8dde3;padding:.3rem .5rem;text-align:start}thead th{background:#eef1f5}tr.failed td{color:#a33}"
        "</style></head><body>"
        f"<h1>summarise batch: {escape(results.name)}</h1>"
        f"<p>{len(records)} articles, {failed} failed. Counts are of verified items; unverified ones are listed "
        "apart in each view.</p>"
        f'<table id="articles"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></body></html>\n'
    )


def write_index(directory: Path, results: Path) -> Path:
    """Write `index.html` for `results` into `directory`. Raises OutputWriteError."""
    path = directory / INDEX
    write_whole(path, index_page(results, directory), parents=True)
    return path


__all__ = ["INDEX", "index_page", "prepare", "view_name", "write_index", "write_view"]
