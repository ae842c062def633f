"""Reading an article and refusing what is not worth a model call."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import BinaryIO

from . import defaults
from .errors import InputError

# Signatures of common binary formats, so that the message can say what it is.
_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"GGUF": "a GGUF model file",
}


def decode(data: bytes, origin: str) -> str:
    """Decode article bytes as UTF-8 (or UTF-16 with a BOM); raise InputError for binary data."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{origin} is {kind}, not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin} has a UTF-16 mark but is not valid UTF-16 (byte {exc.start})") from exc
    if b"\x00" in data:
        raise InputError(f"{origin} contains NUL bytes: it looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin} is not valid UTF-8 (first bad byte at offset {exc.start}); convert it to UTF-8 first"
        ) from exc


def check_text(text: str, origin: str = "the article") -> str:
    """Return the article with its line ends normalised; raise InputError if it is empty or too short."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise InputError(f"{origin} is empty")
    if len(text) < defaults.MIN_ARTICLE_CHARS:
        raise InputError(
            f"{origin} is too short to summarise ({len(text)} characters; at least {defaults.MIN_ARTICLE_CHARS})"
        )
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if controls > len(text) // 100:
        raise InputError(f"{origin} is mostly control characters: it looks binary, not text")
    return text


def read_bytes(stream: BinaryIO, origin: str) -> bytes:
    """Read at most the size cap from a stream; raise InputError if there is more."""
    data = stream.read(defaults.MAX_ARTICLE_BYTES + 1)
    if len(data) > defaults.MAX_ARTICLE_BYTES:
        raise InputError(f"{origin} is larger than {defaults.MAX_ARTICLE_BYTES:,} bytes")
    return data


def read_article(source: str | Path, stdin: BinaryIO | None = None) -> str:
    """Read an article from a file path, or from `stdin` when `source` is '-'."""
    if str(source) == "-":
        if stdin is None:
            raise InputError("no standard input to read the article from")
        return check_text(decode(read_bytes(stdin, "standard input"), "standard input"), "standard input")
    path = Path(source)
    origin = str(path)
    if not path.exists():
        raise InputError(f"{origin}: no such file")
    if path.is_dir():
        raise InputError(f"{origin} is a directory, not an article")
    try:
        with path.open("rb") as fh:
            data = read_bytes(fh, origin)
    except OSError as exc:
        raise InputError(f"cannot read {origin}: {exc.strerror}") from exc
    return check_text(decode(data, origin), origin)
