"""A batch stopped part way (Ctrl-C, a cancelled task) keeps every article it finished, and what a batch reads
(odd file names, unknown languages) becomes a record or a clear error, never a crash."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from summarise import BatchItem, summarise_many, summarise_to_jsonl
from summarise.errors import ConfigurationError
from summarise.inputs.load import Article

from .conftest import EXAMPLES
from .fakes import desk_article

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def fresh_result_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path / "cache"))


def _lines(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), "every line must be complete"
    return [json.loads(line) for line in text.splitlines()]


@dataclass(frozen=True)
class _StopsWhenRead(BatchItem):
    """An article whose reading stops the batch, as Ctrl-C does under asyncio.run: the main task is cancelled."""

    stop: Callable[[], Any] | None = None

    def load(self) -> Article:
        assert self.stop is not None
        self.stop()
        return super().load()


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_cancelled_batch_keeps_the_articles_it_finished(tmp_path: Path, concurrency: int) -> None:
    out = tmp_path / "out.jsonl"

    async def run() -> None:
        main = asyncio.current_task()
        assert main is not None
        items = [BatchItem(id=f"done-{n}", text=desk_article(ARTICLE, n)) for n in range(3)]
        items.append(_StopsWhenRead(id="stopping", text=desk_article(ARTICLE, 3), stop=main.cancel))
        items += [BatchItem(id=f"never-{n}", text=desk_article(ARTICLE, 10 + n)) for n in range(6)]
        await summarise_to_jsonl(items, out, engine="extractive", cache=False, concurrency=concurrency)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(run())
    records = _lines(out)
    ids = {r["id"] for r in records}
    # The three read before the stop were finished and must be kept; the one being read when it came may be.
    assert {"done-0", "done-1", "done-2"} <= ids <= {"done-0", "done-1", "done-2", "stopping"}
    assert all("result" in r for r in records) and not any("summary" in r for r in records)


def _feed(pipe: Path, text: str, proc: subprocess.Popen[bytes]) -> None:
    """Write `text` into the named pipe once the batch opens it for reading. Opening a pipe to write blocks until
    a reader comes; a batch that stopped before reading it never comes, so the writer waits no longer than that."""
    deadline = time.monotonic() + 60
    while True:
        try:
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO or proc.poll() is not None or time.monotonic() > deadline:
                return
            time.sleep(0.05)
            continue
        try:
            os.set_blocking(fd, True)
            os.write(fd, text.encode("utf-8"))
        except BrokenPipeError:
            pass  # the batch stopped before reading it all
        finally:
            os.close(fd)
        return


def test_sigint_keeps_the_finished_articles_and_a_rerun_resumes(tmp_path: Path) -> None:
    # The fourth article is a named pipe: reading it waits, on the event loop, until the test writes into it.
    # By then the three before it are finished, and their records must be in the file.
    names = ["a0.txt", "a1.txt", "a2.txt", "pipe.txt", "a4.txt"]
    for n, name in enumerate(names):
        if name != "pipe.txt":
            (tmp_path / name).write_text(desk_article(ARTICLE, n), encoding="utf-8")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    listing = tmp_path / "items.jsonl"
    listing.write_text("".join(json.dumps({"id": name, "path": name}) + "\n" for name in names), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    exe = Path(sys.executable).parent / "summarise"
    args = [str(exe), "batch", str(listing), "-o", str(out), "--engine", "extractive", "--no-cache", "-j", "1", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and len(out.read_bytes().splitlines()) >= 3):
            assert proc.poll() is None and time.monotonic() < deadline, "the finished articles were not written"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _feed(pipe, desk_article(ARTICLE, 3), proc)  # lets the batch see the interrupt
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130
    assert (
        err.decode().strip()
        == "summarise: error: interrupted; finished articles are in the output, run again to resume"
    )
    kept = _lines(out)
    assert {r["id"] for r in kept} <= {"a0.txt", "a1.txt", "a2.txt", "pipe.txt"}
    assert {"a0.txt", "a1.txt", "a2.txt"} <= {r["id"] for r in kept if "result" in r}
    pipe.unlink()
    pipe.write_text(desk_article(ARTICLE, 3), encoding="utf-8")
    again = subprocess.run(args, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()
    records = [r for r in _lines(out) if "id" in r]
    assert sorted(r["id"] for r in records) == sorted(names)


def test_a_file_name_that_is_not_utf8_becomes_an_escaped_id(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsdecode(b"a\xff.txt")
    (folder / odd).write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(desk_article(ARTICLE, 1), encoding="utf-8")
    out, views = tmp_path / "out.jsonl", tmp_path / "views"
    args = [sys.executable, "-m", "summarise", "batch", str(folder), "-o", str(out), "--html-dir", str(views)]
    proc = subprocess.run([*args, "--engine", "extractive", "--no-cache", "-q"], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    records = [r for r in _lines(out) if "id" in r]
    assert sorted(r["id"] for r in records) == [f"{folder}/a\\xff.txt", f"{folder}/b.txt"]
    assert all("result" in r for r in records)
    assert len(list(views.glob("*.html"))) == 3  # two views and the index
    rerun = subprocess.run([*args, "--engine", "extractive", "--no-cache"], capture_output=True, timeout=300)
    assert rerun.returncode == 0 and b"2 already in the output" in rerun.stderr


def test_an_unknown_language_is_the_items_error_or_the_batchs(tmp_path: Path) -> None:
    listing = tmp_path / "items.jsonl"
    entries = [
        {"id": "unknown", "text": desk_article(ARTICLE, 1), "lang": "xx"},
        {"id": "known", "text": desk_article(ARTICLE, 2), "lang": "de"},
    ]
    listing.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "summarise", "batch", str(listing), "-o", str(out), "--engine", "extractive", "-q"],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 7
    records = {r["id"]: r for r in _lines(out) if "id" in r}
    assert records["unknown"]["error"]["type"] == "ConfigurationError"
    assert "'xx' is not an ISO 639-1" in records["unknown"]["error"]["message"]
    assert "result" in records["known"]

    async def whole_batch() -> None:
        async for _ in summarise_many([ARTICLE], engine="extractive", cache=False, language="xx"):
            raise AssertionError("no article should be summarised")

    with pytest.raises(ConfigurationError, match="'xx' is not an ISO 639-1"):
        asyncio.run(whole_batch())


def test_a_publication_date_at_the_calendars_end_is_no_items_error() -> None:
    text = ARTICLE + "\n\nThe union said the strike at the port will end tomorrow."
    items = [
        BatchItem(id="first", text=text, published="0001-01-01"),
        BatchItem(id="last", text=text, published="9999-12-31"),
    ]

    async def run() -> list[Any]:
        return [r async for r in summarise_many(items, engine="extractive", cache=False)]

    results = asyncio.run(run())
    assert {r.id: r.error for r in results} == {"first": None, "last": None}
    assert {r.result.metadata.source.published for r in results} == {"0001-01-01", "9999-12-31"}
