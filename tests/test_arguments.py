"""Arguments of the wrong type or value reach the caller as summarise's own errors with a clear message, from
`summarise` and `asummarise` alike, never as a TypeError or AttributeError from deep inside."""

from __future__ import annotations

import asyncio
import pathlib
import re
from typing import Any

import pytest

from summarise import ArticleSummary, asummarise, summarise
from summarise.errors import ConfigurationError, InputError

from .conftest import EXAMPLES

PATH = EXAMPLES / "port_strike.txt"
ARTICLE = PATH.read_text(encoding="utf-8")


def _both(article: Any, **options: Any) -> list[Any]:
    """What `summarise` and `asummarise` give for the same call: each result, or the error it raised."""
    outcomes: list[Any] = []
    for call in (summarise, lambda a, **o: asyncio.run(asummarise(a, **o))):
        try:
            outcomes.append(call(article, **{"engine": "extractive", **options}))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


@pytest.mark.parametrize(
    ("article", "message"),
    [
        (ARTICLE.encode("utf-8"), "not bytes; decode them first"),
        (bytearray(ARTICLE.encode("utf-8")), "not bytearray; decode them first"),
        (None, "not NoneType None"),
        ([ARTICLE], "not list"),
        ({"text": ARTICLE}, "not dict"),
        (1.5, "not float 1.5"),
        pytest.param(10**5000, "not int", id="huge-int"),
        (ARTICLE + "\ud800", r"lone surrogate \(U\+D800\) at character"),
    ],
)
def test_an_article_that_is_not_text_is_an_input_error(article: Any, message: str) -> None:
    for outcome in _both(article):
        assert isinstance(outcome, InputError), repr(outcome)
        assert re.search(message, outcome.message), outcome.message


def test_a_path_is_read_as_the_file_it_names() -> None:
    for outcome in _both(pathlib.Path(PATH)):
        assert isinstance(outcome, ArticleSummary), repr(outcome)
        as_text = summarise(ARTICLE, engine="extractive")
        assert outcome.model_dump(exclude={"metadata"}) == as_text.model_dump(exclude={"metadata"})
    for outcome in _both(pathlib.Path(PATH.parent / "absent.txt")):
        assert isinstance(outcome, InputError) and "no such file" in outcome.message


def test_a_string_that_is_only_a_url_is_refused_with_how_to_read_it() -> None:
    story = "https://example.org/news/2026/03/12/dock-strike-ends-in-valmera-after-three-days"
    for article, hint in ((story, "and pass the Article$"), (PATH.as_uri(), r"or pass the file as a pathlib\.Path")):
        for outcome in _both(f" {article}\n"):
            assert isinstance(outcome, InputError), repr(outcome)
            assert outcome.message.startswith(
                f"the article is a URL, not an article's text: read it with load_article('{article}')"
            )
            assert re.search(hint, outcome.message), outcome.message
    # An article that gives a URL among its words is still an article.
    assert isinstance(summarise(f"{ARTICLE}\nRead more: {story}", engine="extractive"), ArticleSummary)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"language": 5}, "the language must be an ISO 639-1 code or a list of them"),
        ({"language": ["en", None]}, "the language must be an ISO 639-1 code or a list of them"),
        ({"published": 12}, "the publication date must be a date or 'YYYY-MM-DD', not int 12"),
        ({"published": "12 March"}, "the publication date must be YYYY-MM-DD"),
        ({"engine": 5}, "engine must be a name .* or an engine object, not int 5"),
        ({"settings": "fast"}, "settings must be a summarise Settings, not str 'fast'"),
    ],
)
def test_a_bad_argument_is_a_configuration_error(options: dict[str, Any], message: str) -> None:
    for outcome in _both(ARTICLE, **options):
        assert isinstance(outcome, ConfigurationError), repr(outcome)
        assert re.search(message, outcome.message), outcome.message


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendars_end_gives_a_summary(published: str) -> None:
    text = ARTICLE + "\n\nThe union said the strike will end tomorrow, a week after it began on Tuesday."
    for outcome in _both(text, published=published):
        assert isinstance(outcome, ArticleSummary), repr(outcome)
        assert outcome.metadata.source is not None and outcome.metadata.source.published == published
