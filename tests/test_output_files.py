"""Where output goes: regular files replaced whole, devices, FIFOs and links written through, the usual file
modes, refused names, and standard output that cannot be written."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.batch.results_file import ResultsFile
from summarise.cli import main
from summarise.errors import OutputWriteError
from summarise.output.files import replacing, write_whole

from .conftest import DATA
from .test_cli import EXE, _one_line_error, _run

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="making a device file needs root")


def _device(path: Path, minor: int) -> Path:
    """A character device at `path`: minor 3 is the null device, 5 the zero device, 7 the full device."""
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


@as_root
def test_a_full_device_fails_with_exit_9_and_stays_a_device(tmp_path: Path) -> None:
    full = _device(tmp_path / "full", 7)
    with pytest.raises(OutputWriteError, match="No space left on device"):
        write_whole(full, "text")
    proc = _run(str(DATA / "reservoir.txt"), "--engine", "extractive", "-o", str(full))
    assert proc.returncode == 9
    assert _one_line_error(proc) == f"summarise: error: cannot write {full}: No space left on device"
    assert stat.S_ISCHR(full.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"], "no temporary file is left beside it"


@as_root
def test_a_null_device_is_written_and_stays_a_device(tmp_path: Path) -> None:
    null = _device(tmp_path / "null", 3)
    write_whole(null, "text")
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_a_fifo_is_written_through_to_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_whole(fifo, "through the pipe\n")
    reader.join(timeout=10)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_stays_and_its_target_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "target.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_whole(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["link.json", "real", "target.json"]


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_whole(link, "new")
    assert link.is_symlink() and (tmp_path / "made.json").read_text() == "new"


@pytest.mark.usefixtures("umask")
def test_a_new_file_gets_the_umask_mode_and_an_existing_file_keeps_its_own(tmp_path: Path) -> None:
    new = tmp_path / "new.json"
    write_whole(new, "text")
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    existing = tmp_path / "existing.json"
    existing.write_text("old")
    existing.chmod(0o604)
    write_whole(existing, "text")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o604 and existing.read_text() == "text"


def test_a_failure_inside_the_block_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_whole(out, "half \ud800 written")
    with pytest.raises(RuntimeError), replacing(out) as fh:
        fh.write(b"half")
        raise RuntimeError("stopped")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "the file name is empty"), ("out.json.d/", "'out.json.d/' names a folder, not a file")],
)
@pytest.mark.parametrize("command", ["run", "batch"])
def test_an_empty_name_or_a_folder_name_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, message: str, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text((DATA / "reservoir.txt").read_text())
    args = ["run", str(article)] if command == "run" else ["batch", str(article), "-q", "--no-cache"]
    result = CliRunner().invoke(main, [*args, "--engine", "extractive", "-o", name], prog_name="summarise")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"summarise: error: invalid value for '-o' / '--output': {message} (see 'summarise {command} --help')"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("kind", ["fifo", pytest.param("device", marks=as_root)])
def test_a_batch_results_file_that_is_not_a_regular_file_is_refused_before_it_is_read(
    tmp_path: Path, kind: str
) -> None:
    # Before the check the null device read as empty and the run wrote into it with exit 0, the zero device
    # the tester used read without end, and a FIFO failed with 'Illegal seek'.
    results = tmp_path / "results.jsonl"
    if kind == "fifo":
        os.mkfifo(results)
    else:
        _device(results, 3)
    kept = results.lstat().st_mode
    proc = _run("batch", str(DATA / "reservoir.txt"), "-o", str(results), "--engine", "extractive", "--no-cache", "-q")
    assert proc.returncode == 3
    line = _one_line_error(proc)
    assert line == f"summarise: error: {results} is not a regular file; a batch results file must be one"
    assert results.lstat().st_mode == kept


def test_dropping_failures_keeps_the_link_to_the_results_file_and_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "kept" / "results.jsonl"
    target.parent.mkdir()
    records = [{"id": "a", "result": {}}, {"id": "b", "error": {"type": "X"}}]
    target.write_text("".join(json.dumps(r) + "\n" for r in records))
    target.chmod(0o640)
    link = tmp_path / "results.jsonl"
    link.symlink_to(target)
    out = ResultsFile(link, retry_failed=True)
    out.close()
    assert link.is_symlink()
    assert [json.loads(line)["id"] for line in target.read_text().splitlines()] == ["a"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@as_root
def test_standard_output_on_a_full_device_exits_9_in_one_line(tmp_path: Path) -> None:
    full = _device(tmp_path / "full", 7)
    with full.open("wb") as stdout:
        proc = subprocess.run(
            [EXE, str(DATA / "reservoir.txt"), "--engine", "extractive"], stdout=stdout, stderr=subprocess.PIPE
        )
    assert proc.returncode == 9
    assert _one_line_error(proc) == "summarise: error: cannot write standard output: No space left on device"


def test_a_closed_standard_output_exits_9_in_one_line() -> None:
    proc = subprocess.run(
        [EXE, str(DATA / "reservoir.txt"), "--engine", "extractive"],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
    )
    assert proc.returncode == 9
    assert _one_line_error(proc) == "summarise: error: cannot write standard output: it is closed"
