"""A real headless browser for the tests: Debian's chromium, which ./setup.sh installs."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser")


def executable() -> str:
    """The browser's path; fails the test (never skips it) when there is none."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("chromium is not installed: run ./setup.sh (it apt-installs chromium) or apt-get install chromium")


def _run(page: Path, profile: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    command = [
        executable(),
        "--headless",
        "--no-sandbox",  # the tests run as root in CI
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *flags,
        page.resolve().as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM as the browser built it."""
    return _run(page, profile, "--dump-dom").stdout


def screenshot(page: Path, profile: Path, out: Path, size: str = "1280,1600") -> bytes:
    """A PNG of the page as the browser drew it."""
    _run(page, profile, f"--screenshot={out}", f"--window-size={size}", "--hide-scrollbars")
    return out.read_bytes()


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of an 8-bit RGB or RGBA PNG, unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"unsupported PNG (depth {depth}, colour type {colour})"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows = zlib.decompress(idat), width * channels, []
    previous = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            add = (0, left, up, (left + up) // 2, _paeth(left, up, corner))[kind]
            row[x] = (row[x] + add) & 0xFF
        rows.append(bytes(row))
        previous = row
    return width, height, rows


def ink_share(data: bytes, channels: int = 4) -> float:
    """The share of pixels that are not the page's background (the top-left pixel's colour)."""
    width, height, rows = png_pixels(data)
    step = len(rows[0]) // width
    background = rows[0][:step]
    inked = sum(1 for row in rows for x in range(0, len(row), step) if row[x : x + step] != background)
    return inked / (width * height)


class _Tables(HTMLParser):
    """Counts rows of each table body, and svg elements, in a DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, int] = {}
        self.svgs = 0
        self._table: str | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._table = dict(attrs).get("id") or "?"
            self.rows.setdefault(self._table, 0)
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body and self._table is not None:
            self.rows[self._table] += 1
        elif tag == "svg":
            self.svgs += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        elif tag == "table":
            self._table = None


def tables(dom: str) -> _Tables:
    """Parse a DOM: body rows per table id, and the number of svg charts."""
    parser = _Tables()
    parser.feed(dom)
    return parser
