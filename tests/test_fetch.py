"""Fetching an article from a URL, against a page server on 127.0.0.1: each limit fails clearly."""

from __future__ import annotations

import time

import pytest

from summarise import load_article
from summarise.errors import FetchError, InputError
from summarise.inputs.fetch import fetch, is_url

from .fakes import Page, page_server

STORY = (
    b"<html><head><title>Ferry service resumes</title>"
    b'<meta name="author" content="Ada Brennick">'
    b'<meta property="article:published_time" content="2026-05-08T07:30:00Z"></head>'
    b"<body><nav><a href='/'>Home</a></nav><article>"
    b"<p>The ferry between Portlow and the island of Skarra resumed on Thursday after a three-week halt "
    b"caused by a cracked propeller shaft, the operator said.</p>"
    b"<p>About 900 passengers a day use the crossing in spring, according to the harbour board, and "
    b"shops on the island said deliveries had fallen by half during the closure.</p>"
    b"</article></body></html>"
)


def test_a_page_is_fetched_and_read_with_its_metadata() -> None:
    with page_server({"/story": Page(body=STORY)}) as (base, seen):
        article = load_article(f"{base}/story")
    assert seen == ["/story"]
    assert article.text.startswith("The ferry between Portlow and the island of Skarra resumed on Thursday")
    assert "Home" not in article.text
    assert (article.title, article.author, str(article.published)) == (
        "Ferry service resumes",
        "Ada Brennick",
        "2026-05-08",
    )
    assert article.url == f"{base}/story"


def test_a_redirect_is_followed_and_the_final_url_kept() -> None:
    pages = {"/old": Page(status=301, headers={"Location": "/story"}), "/story": Page(body=STORY)}
    with page_server(pages) as (base, seen):
        article = load_article(f"{base}/old")
    assert seen == ["/old", "/story"]
    assert article.url == f"{base}/story"


def test_the_charset_of_the_header_decodes_the_page() -> None:
    text = "Жители Тарновки в четверг открыли новый мост через реку, сообщил глава поселения Пётр Ивлев."
    more = "Строительство заняло два года и обошлось в 84 миллиона рублей, из которых половину дал район."
    body = f"<html><body><article><p>{text}</p><p>{more}</p></article></body></html>"
    page = Page(body=body.encode("cp1251"))
    page.content_type = "text/html; charset=windows-1251"
    with page_server({"/ru": page}) as (base, _):
        article = load_article(f"{base}/ru")
    assert article.text == f"{text}\n\n{more}"


def test_plain_text_is_read_as_text() -> None:
    text = "The harbour board approved a new timetable for the island ferry on Monday evening."
    with page_server({"/a.txt": Page(body=text.encode(), content_type="text/plain; charset=utf-8")}) as (base, _):
        assert load_article(f"{base}/a.txt").text == text


def test_a_redirect_loop_stops_at_the_cap() -> None:
    pages = {"/a": Page(status=302, headers={"Location": "/b"}), "/b": Page(status=302, headers={"Location": "/a"})}
    with page_server(pages) as (base, seen), pytest.raises(FetchError, match="more than 5 redirects"):
        load_article(f"{base}/a")
    assert len(seen) == 6


def test_a_slow_server_times_out() -> None:
    with page_server({"/slow": Page(body=STORY, delay=3)}) as (base, _):
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"no complete answer within 0\.5 seconds"):
            fetch(f"{base}/slow", timeout=0.5)
        assert time.monotonic() - started < 2.5


def test_an_oversized_answer_is_cut_at_the_cap() -> None:
    declared = Page(body=b"x" * 5000)
    endless = Page(endless=b"<p>" + b"word " * 2000 + b"</p>")
    with page_server({"/big": declared, "/endless": endless}) as (base, _):
        with pytest.raises(FetchError, match="larger than 4,096 bytes"):
            fetch(f"{base}/big", max_bytes=4096)
        started = time.monotonic()
        with pytest.raises(FetchError, match="larger than 100,000 bytes"):
            fetch(f"{base}/endless", max_bytes=100_000)
        assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (Page(body=b"%PDF-1.7 ...", content_type="application/pdf"), "the page is application/pdf, not HTML"),
        (Page(body=b"\x89PNG....", content_type="image/png"), "the page is image/png"),
        (Page(body=b"gone", status=404, content_type="text/plain"), "answered HTTP 404"),
        (Page(body=b"oops", status=500, content_type="text/plain"), "answered HTTP 500"),
    ],
)
def test_wrong_content_and_error_statuses_are_refused(page: Page, message: str) -> None:
    with page_server({"/x": page}) as (base, _), pytest.raises(FetchError, match=message) as caught:
        load_article(f"{base}/x")
    assert isinstance(caught.value, InputError), "a fetch failure is a kind of bad input"


def test_only_http_and_https_are_fetched() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch("ftp://127.0.0.1/story.txt")
    assert is_url("https://example.org/a") and is_url("ftp://x/y")
    assert not is_url("story.txt") and not is_url("C:/story.txt") and not is_url("-")


def test_an_unreachable_server_is_a_fetch_error() -> None:
    with page_server({}) as (base, _):
        pass  # closed: nothing listens there any more
    with pytest.raises(FetchError, match="cannot fetch it"):
        fetch(f"{base}/story", timeout=2)


def test_a_malformed_host_is_an_address_with_a_clear_error() -> None:
    # Found by tests/test_server_fuzz.py: "http://[::1" made urlsplit raise, and the server answered 500.
    assert is_url("http://[::1")
    with pytest.raises(FetchError, match="not a valid web address"):
        fetch("http://[::1")
