"""Reading an article (a file, standard input, a web page or a URL) and refusing what is not worth a model call."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit
from urllib.request import url2pathname

from .. import defaults
from ..errors import InputError
from . import walls

# Signatures of common binary formats, so that the message can say what it is.
_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"GGUF": "a GGUF model file",
    b"RIFF": "a RIFF file (audio, video or WebP)",
    b"\x7fELF": "an executable",
}
# How much worse (more chaotic) than the detector's best a reading may be and still be chosen for being
# more coherent. The detector ranks by chaos first; for short Latin-script texts several code pages score
# alike, and the one whose letters form more likely words (coherence) is the right one.
_CHAOS_TOLERANCE = 0.02
# The web's most common legacy code page wins a tie (WHATWG reads latin-1 labels as cp1252 too).
_PREFERRED = ("cp1252", "utf_8")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """An article's text, ready for `summarise`, and what its source says about it.

    `text` is what the model reads: for a web page, its main text only.
    """

    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    origin: str = "the article"


def _declared_charset(data: bytes, declared: str | None) -> str | None:
    """The charset a header or the page's own <meta> declares, if Python knows it."""
    candidates = [declared] if declared else []
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match[1].decode("ascii", "replace"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def _detect(data: bytes, origin: str) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise InputError(f"{origin} is not text in any encoding summarise recognises; convert it to UTF-8 first")
    least_chaos = min(r.chaos for r in results)
    close = [r for r in results if r.chaos <= least_chaos + _CHAOS_TOLERANCE]
    best = max(close, key=lambda r: (r.coherence, r.encoding in _PREFERRED))
    return str(best)


def _replacements_allowed(length: int) -> int:
    """How many undecodable characters (U+FFFD) an article of `length` characters may hold: a stray few."""
    return max(2, length // 200)


def _damaged_utf8(data: bytes) -> str | None:
    """`data` read as UTF-8 with its bad bytes replaced by U+FFFD, when it is UTF-8 but for a few bytes (a truncated
    download, a stray byte pasted in); else None.

    A character written in several bytes that reads whole is UTF-8's mark: a legacy code page's text almost never
    puts a byte that can open one before the bytes that can continue it ("Ã©" in cp1252), while each of its accented
    letters is a byte UTF-8 cannot read. So at least one such character, and no more bad bytes than that or than
    `check_text` lets stand."""
    text = data.decode("utf-8", errors="surrogateescape")
    # Each byte that is not UTF-8 stands as a lone surrogate (U+DC80-U+DCFF); what else is not ASCII was read whole.
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    whole = sum(1 for c in text if c > "\x7f") - bad
    if whole == 0 or bad > max(whole, _replacements_allowed(len(text))):
        return None
    return data.decode("utf-8", errors="replace")


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode article bytes: a BOM, else valid UTF-8 (or UTF-8 but for a few bad bytes, which are replaced by
    U+FFFD and count against `check_text`'s limit of them), else the `declared` charset (or a page's <meta>), else
    the encoding detected from the bytes (cp1251, cp1252, EUC-KR, Shift_JIS, GB18030 and others).

    Raises InputError for binary data (a known file signature, NUL bytes) and for bytes no encoding reads
    as text.
    """
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{origin} is {kind}, not text")
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{origin} starts with a {codec.upper()} mark but is not valid {codec.upper()} (byte {exc.start})"
                ) from exc
    if b"\x00" in data:
        raise InputError(f"{origin} contains NUL bytes: it looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    charset = _declared_charset(data, declared)
    if charset is not None:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; the bytes themselves decide
    return _detect(data, origin)


# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but for line feed and tab, found in one
# pass of the regex engine.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Zero-width characters (space, non-joiner, joiner, word joiner, byte-order mark) inside a number: between two of its
# digits, or between a digit and its group or decimal mark. A reader sees "2,400"; left in, they split the number in
# two for code ("2" and "400"). Elsewhere they stay: some scripts write them inside words, and at a stretch's edge
# they are what `grounding.obfuscation` finds hidden text by.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_IN_NUMBER = re.compile(
    rf"(?<=\d)[{_ZERO_WIDTH}]+(?=\d|[.,'’\u00a0\u202f]\d)|(?<=\d[.,'’\u00a0\u202f])[{_ZERO_WIDTH}]+(?=\d)"
)


def check_text(text: str, origin: str = "the article") -> str:
    """Return the article with its line ends normalised and zero-width characters inside numbers removed (the
    offsets of a result are into this text); raise InputError if it is empty, too short, or not Unicode text (a
    lone surrogate, which no file can hold)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{origin} holds a lone surrogate (U+{ord(text[exc.start]):04X}) at character {exc.start}: "
            "it is not Unicode text"
        ) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _IN_NUMBER.sub("", text).strip()
    if not text:
        raise InputError(f"{origin} is empty")
    if len(text) < defaults.MIN_ARTICLE_CHARS:
        raise InputError(
            f"{origin} is too short to summarise ({len(text)} characters; at least {defaults.MIN_ARTICLE_CHARS})"
        )
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) // 100:
        raise InputError(f"{origin} is mostly control characters: it looks binary, not text")
    replaced = text.count("\ufffd")
    if replaced > _replacements_allowed(len(text)):
        raise InputError(f"{origin} holds {replaced} undecodable characters (U+FFFD): it was mis-converted before")
    return text


def read_bytes(stream: BinaryIO, origin: str, limit: int = defaults.MAX_ARTICLE_BYTES) -> bytes:
    """Read at most `limit` bytes from a stream; raise InputError if there is more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{origin} is larger than {limit:,} bytes")
    return data


def from_bytes(
    data: bytes,
    origin: str,
    *,
    html: bool | None = None,
    declared_charset: str | None = None,
    url: str | None = None,
) -> Article:
    """An Article from raw bytes: decoded, and for a web page (`html`, or None to tell by its start) its main
    text and metadata. Raises InputError as `decode`, `check_text` and the page extractor do, and for plain
    text over `MAX_ARTICLE_BYTES` (a page may have up to `MAX_PAGE_BYTES`)."""
    text = decode(data, origin, declared_charset)
    from . import html as pages

    if html is None:
        html = pages.looks_like_html(text)
    if not html:
        # The one place plain text is held to its cap, so a file, standard input and a URL share it.
        if len(data) > defaults.MAX_ARTICLE_BYTES:
            raise InputError(
                f"{origin} is larger than {defaults.MAX_ARTICLE_BYTES:,} bytes of text "
                f"(a web page may have up to {defaults.MAX_PAGE_BYTES:,})"
            )
        checked = check_text(text, origin)
        if kind := walls.wall(checked):
            raise InputError(walls.message(origin, kind))
        return Article(text=checked, url=url, origin=origin)
    if not text.strip():
        raise InputError(f"{origin} is empty")
    page = pages.extract(text, origin, url)
    body = page.text
    try:
        body = check_text(body, origin)
    except InputError as exc:
        raise InputError(f"{exc.message} (the page's main text; the rest is navigation or boilerplate)") from exc
    return Article(text=body, title=page.title, author=page.author, published=page.published, url=url, origin=origin)


def file_url_path(source: str) -> Path | None:
    """The local file a `file://` URL names ('file:///tmp/a%20b.txt' -> /tmp/a b.txt), or None when `source` is no
    file URL. Raises InputError for one that names another host: only this machine's files are read."""
    if source[:7].lower() != "file://":
        return None
    parts = urlsplit(source)
    if parts.netloc.lower() not in ("", "localhost"):
        raise InputError(
            f"{source} names the host {parts.netloc!r}: only a file on this machine is read, given as its path "
            f"or as file:///path (three slashes: file:///{parts.netloc}{parts.path})"
        )
    if not parts.path:
        raise InputError(f"{source} names no file: write file:///path, or give the path itself")
    return Path(url2pathname(parts.path))


def load_article(source: str | Path, stdin: BinaryIO | None = None) -> Article:
    """Read an article from a file path (or a `file://` URL naming one on this machine), a URL (http or https),
    or `stdin` when `source` is '-'.

    A file named .html/.htm/.xhtml, a page fetched from a URL with an HTML content type, or any input that
    starts like a page is read as HTML: its main text only, with its title, author and publication date.
    Raises InputError (FetchError for a URL that cannot be fetched) with a one-line reason.
    """
    from .fetch import fetch, is_url

    if str(source) == "-":
        if stdin is None:
            raise InputError("no standard input to read the article from")
        return from_bytes(read_bytes(stdin, "standard input", defaults.MAX_PAGE_BYTES), "standard input")
    if isinstance(source, str) and is_url(source):
        page = fetch(source)
        html = True if page.media_type in ("text/html", "application/xhtml+xml") else None
        return from_bytes(page.body, source, html=html, declared_charset=page.charset, url=page.url)
    path = file_url_path(source) if isinstance(source, str) else None
    path = path or Path(source)
    origin = str(path)
    if not path.exists():
        raise InputError(f"{origin}: no such file")
    if path.is_dir():
        raise InputError(f"{origin} is a directory, not an article")
    is_page = path.suffix.lower() in defaults.HTML_SUFFIXES
    try:
        with path.open("rb") as fh:
            # Read as standard input is: up to a page's cap; `from_bytes` holds plain text to its own.
            data = read_bytes(fh, origin, defaults.MAX_PAGE_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read {origin}: {exc.strerror}") from exc
    return from_bytes(data, origin, html=True if is_page else None)


def read_article(source: str | Path, stdin: BinaryIO | None = None) -> str:
    """The text of the article `load_article` reads (for a web page: its main text only)."""
    return load_article(source, stdin).text
