"""What a batch reads: articles given as directories, globs, files, or a JSONL list of
`{id, text|url|path, published?, lang?}`."""

from __future__ import annotations

import dataclasses
import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..inputs.load import Article, check_text, load_article

# A directory contributes these files, found recursively; a glob or a named file may be anything.
ARTICLE_SUFFIXES = (".txt",)
ITEM_LIST_SUFFIX = ".jsonl"


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch: its id and exactly one of its text, a file path or a URL; optionally its
    publication date ('YYYY-MM-DD', which wins over the page's own) and the language(s) of its brief."""

    id: str
    text: str | None = None
    path: Path | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None

    def load(self) -> Article:
        """The article, read as `summarise` reads a file or URL; raise InputError (FetchError for a URL) when it
        cannot be read, is not worth a model call, or its publication date is not a date."""
        day = self._published()
        if self.text is not None:
            article = Article(text=check_text(self.text, f"article {self.id!r}"), origin=f"article {self.id!r}")
        elif self.path is not None:
            article = load_article(self.path)
        elif self.url is not None:
            article = load_article(self.url)
        else:
            raise InputError(f"article {self.id!r} has no text, path or url")
        return dataclasses.replace(article, published=day) if day is not None else article

    def _published(self) -> date | None:
        if self.published is None:
            return None
        try:
            return date.fromisoformat(self.published)
        except ValueError as exc:
            raise InputError(f"article {self.id!r}: published must be YYYY-MM-DD, not {self.published!r}") from exc

    def read(self) -> str:
        """The article's checked text (for a web page, its main text)."""
        return self.load().text


def collect(inputs: Iterable[str], *, exclude: Path | None = None) -> list[BatchItem]:
    """Every article named by `inputs`, in order: a directory's *.txt files (sorted, recursively), a glob's
    matches, a single file, or each line of a .jsonl file. `exclude` (the batch's own output) is skipped.

    Raises InputError when an input matches nothing, a JSONL line is unreadable, an id repeats, or no
    article is found at all.
    """
    items: list[BatchItem] = []
    seen: dict[str, str] = {}
    skip = exclude.resolve() if exclude is not None else None
    for given in inputs:
        for item in _expand(given, skip):
            where = str(item.path or given)
            if item.id in seen:
                raise InputError(f"id {item.id!r} appears twice ({seen[item.id]} and {where}); ids must be unique")
            seen[item.id] = where
            items.append(item)
    if not items:
        raise InputError(f"no articles found in {', '.join(inputs) or 'the inputs'}")
    return items


def _expand(given: str, skip: Path | None) -> Iterator[BatchItem]:
    path = Path(given)
    if path.is_dir():
        found = sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not _hidden(p.relative_to(path))
        )
        paths = [p for p in found if p.resolve() != skip]
    elif path.is_file():
        paths = [path]
    elif glob.has_magic(given):
        paths = [Path(p) for p in sorted(glob.glob(given, recursive=True)) if Path(p).is_file()]
        paths = [p for p in paths if p.resolve() != skip]
        if not paths:
            raise InputError(f"{given}: the pattern matches no file")
    else:
        raise InputError(f"{given}: no such file or directory")
    for p in paths:
        if p.suffix.lower() == ITEM_LIST_SUFFIX:
            yield from _read_list(p)
        else:
            yield BatchItem(id=_printable(str(p)), path=p)


def _printable(name: str) -> str:
    """An id that UTF-8 can write, so that the results file can hold it: a file name's undecodable bytes (which
    Python holds as lone surrogates) as backslash escapes, 'a\\xff.txt'; so too a lone surrogate from JSONL."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_list(path: Path) -> Iterator[BatchItem]:
    """Each line of a JSONL item list; a relative `path` is taken from the list's own directory."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the item list {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not a JSON object ({exc.msg})") from exc
        if not isinstance(entry, dict):
            raise InputError(f"{where}: not a JSON object")
        sources = [key for key in ("text", "url", "path") if entry.get(key) is not None]
        if len(sources) != 1 or not isinstance(entry[sources[0]], str):
            raise InputError(f"{where}: give exactly one of 'text', 'url' or 'path', as a string")
        extras = {key: entry.get(key) for key in ("published", "lang")}
        if any(value is not None and not isinstance(value, str) for value in extras.values()):
            raise InputError(f"{where}: 'published' and 'lang' must be strings")
        raw_id = entry.get("id", where)
        if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
            raise InputError(f"{where}: 'id' must be a string or an integer")
        item = BatchItem(id=_printable(str(raw_id)), published=extras["published"], language=extras["lang"])
        if sources[0] == "text":
            yield dataclasses.replace(item, text=entry["text"])
        elif sources[0] == "url":
            yield dataclasses.replace(item, url=entry["url"])
        else:
            file = Path(entry["path"]).expanduser()
            yield dataclasses.replace(item, path=file if file.is_absolute() else path.parent / file)
