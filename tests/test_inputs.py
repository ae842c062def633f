"""Reading articles: text is accepted, everything else gets a clear InputError."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarise.errors import InputError
from summarise.inputs import check_text, read_article

ARTICLE = "The council approved the new budget on Monday after a four-hour debate."


def test_reads_utf8_file_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\ufeff" + ARTICLE + "\r\n", encoding="utf-8")
    assert read_article(path) == ARTICLE
    assert read_article("-", stdin=io.BytesIO(ARTICLE.encode())) == ARTICLE


def test_reads_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert read_article(path) == ARTICLE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t  ", "is empty"),
        (b"Too short.", "too short"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n" + bytes(100), "PDF"),
        (b"text\x00with\x00nuls " * 10, "NUL bytes"),
        (bytes(range(0x80, 0x100)) * 8, "not text in any encoding|undecodable|control characters"),
        (b"\x01\x02\x03\x04" * 40, "control characters"),
    ],
)
def test_refuses_what_is_not_an_article(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


def test_check_text_normalises_line_ends() -> None:
    assert check_text("Line one of the article here.\r\nLine two of it.") == (
        "Line one of the article here.\nLine two of it."
    )
