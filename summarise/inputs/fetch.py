"""Fetching an article over HTTP(S), within limits: time, size, redirects and kind of content.

It uses httpx2, which the OpenAI client already brings in. The body is streamed
and reading stops as soon as it passes the size cap, so a huge or endless
response costs no more than the cap.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

import httpx2

from .. import __version__, defaults
from ..errors import FetchError


@dataclass(frozen=True)
class Fetched:
    """A response body and what its headers say about it."""

    url: str
    """The URL the body came from, after redirects."""
    body: bytes
    media_type: str
    charset: str | None


def is_url(source: str) -> bool:
    """True when `source` names a web address (any scheme followed by '://'), not a file (nor a `file://` URL)."""
    if "://" not in source or source[:7].lower() == "file://":
        return False
    # The scheme is what comes before "://"; urlsplit would raise on a malformed host ("http://[::1"), which is
    # still an address, and fetch says what is wrong with it.
    return source.split("://", 1)[0].isalpha()


def _content_type(header: str | None) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or ""
    charset = message.get_param("charset")
    return message.get_content_type().lower() if header else "", str(charset) if isinstance(charset, str) else None


def fetch(
    url: str,
    *,
    timeout: float = defaults.FETCH_TIMEOUT_SECONDS,
    max_bytes: int = defaults.FETCH_MAX_BYTES,
    max_redirects: int = defaults.FETCH_MAX_REDIRECTS,
    transport: httpx2.BaseTransport | None = None,
) -> Fetched:
    """GET `url` (http or https) and return its body.

    Raises FetchError when the scheme is not http(s), the server cannot be
    reached, answers with an error status, takes longer than `timeout` seconds
    in all, redirects more than `max_redirects` times, sends something that is
    not HTML or text, or sends more than `max_bytes`. `transport` replaces httpx's own (and then no proxy from
    the environment is used): `summarise serve` checks every hop's address with one (see `url_guard`).
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:  # a malformed host: "http://[::1"
        raise FetchError(f"{url}: not a valid web address ({exc})", url=url) from None
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched, not {scheme or 'this'}", url=url)
    deadline = time.monotonic() + timeout
    headers = {
        "User-Agent": f"summarise/{__version__}",
        "Accept": ", ".join(defaults.FETCH_MEDIA_TYPES) + ";q=0.9, */*;q=0.1",
    }
    try:
        with (
            httpx2.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=timeout,
                headers=headers,
                transport=transport,
                trust_env=transport is None,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(
                    f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    url=url,
                    status_code=response.status_code,
                )
            media_type, charset = _content_type(response.headers.get("content-type"))
            if media_type and media_type not in defaults.FETCH_MEDIA_TYPES:
                raise FetchError(
                    f"{url}: the page is {media_type}, not HTML or text", url=url, status_code=response.status_code
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                chunks.append(chunk)
                # httpx's timeout bounds each read; a server that drips bytes slowly is bounded here, in all.
                if time.monotonic() > deadline:
                    raise _timed_out(url, timeout)
            return Fetched(url=str(response.url), body=b"".join(chunks), media_type=media_type, charset=charset)
    except httpx2.TooManyRedirects as exc:
        raise FetchError(f"{url}: more than {max_redirects} redirects", url=url) from exc
    except httpx2.TimeoutException as exc:
        raise _timed_out(url, timeout) from exc
    except httpx2.UnsupportedProtocol as exc:
        raise FetchError(f"{url}: a redirect led to an address that cannot be fetched ({exc})", url=url) from exc
    except httpx2.HTTPError as exc:
        raise FetchError(f"{url}: cannot fetch it: {exc or type(exc).__name__}", url=url) from exc


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(f"{url}: the page is larger than {max_bytes:,} bytes", url=url)


def _timed_out(url: str, timeout: float) -> FetchError:
    return FetchError(f"{url}: no complete answer within {timeout:g} seconds", url=url)
