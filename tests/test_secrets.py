"""API keys never reach logs (our own, openai's, httpx's, at DEBUG), error messages or results; the article's
text is not logged at INFO. The servers' answers are authored by hand (tests/fakes.py)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise import summarise
from summarise.cli import main
from summarise.engines.transport import redact
from summarise.errors import ModelRequestError, ModelUnavailableError

from .conftest import EXAMPLES
from .fakes import completion, error, scripted_server

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
AUTHORED = Path(__file__).parent / "authored"
# Shaped like a real key, so that every pattern that looks for keys would see it; not a real key.
KEY = "sk-proj-FAKEFAKEfakeTESTtest0123456789abcdWXYZ"
LOGGERS = ["", "summarise", "openai", "httpx", "httpcore", "httpx2", "httpcore2", "instructor"]


def _valid_answer() -> str:
    """The hand-authored valid answer for the port strike article."""
    return json.dumps(json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1])


def _pieces(key: str, size: int = 8) -> list[str]:
    return [key[i : i + size] for i in range(len(key) - size + 1)]


def _assert_no_key(text: str) -> None:
    assert KEY not in text
    leaked = [piece for piece in _pieces(KEY) if piece in text]
    assert not leaked, f"parts of the key leaked: {leaked[:3]}"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


def test_the_key_is_in_no_log_and_no_result(debug_logs: pytest.LogCaptureFixture) -> None:
    with scripted_server([completion(_valid_answer())]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", api_key=KEY)
    assert script.headers[0]["authorization"] == f"Bearer {KEY}", "the key was sent, so it could have leaked"
    assert any(r.levelno == logging.DEBUG for r in debug_logs.records), "DEBUG logging was on"
    _assert_no_key(debug_logs.text)
    _assert_no_key(result.model_dump_json())


def test_a_401_that_echoes_the_key_is_redacted_in_the_error_and_the_logs(debug_logs: pytest.LogCaptureFixture) -> None:
    echoed = f"Incorrect API key provided: {KEY[:8]}{'*' * 24}{KEY[-4:]}. You can find your API key in your account."
    with (
        scripted_server([error(401, echoed, code="invalid_api_key")]) as (url, _),
        pytest.raises(ModelRequestError) as caught,
    ):
        summarise(ARTICLE, base_url=url, model="authored", api_key=KEY)
    assert "Incorrect API key provided" in caught.value.message
    assert KEY[-4:] not in caught.value.message and KEY[:8] not in caught.value.message
    _assert_no_key(caught.value.message)
    _assert_no_key(str(caught.value))
    _assert_no_key(debug_logs.text)


def test_a_server_error_that_quotes_the_whole_key_is_redacted(debug_logs: pytest.LogCaptureFixture) -> None:
    with (
        scripted_server([error(503, f"upstream rejected Authorization: Bearer {KEY}")]) as (url, _),
        pytest.raises(ModelUnavailableError) as caught,
    ):
        summarise(ARTICLE, base_url=url, model="authored", api_key=KEY)
    _assert_no_key(caught.value.message)


def test_the_cli_shows_no_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("SUMMARISE_API_KEY", KEY)
    echoed = f"Incorrect API key provided: {KEY}."
    with scripted_server([error(401, echoed)]) as (url, _):
        ran = CliRunner().invoke(main, [str(article), "--base-url", url, "-m", "authored"])
    assert ran.exit_code == 5
    _assert_no_key(ran.output)


def test_the_article_is_not_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.INFO, logger=name or None)
    with scripted_server([error(503, "busy"), completion(_valid_answer())]) as (url, _):
        summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
    assert caplog.records, "INFO logging was on and something was logged"
    logged = caplog.text
    sentences = [s.strip() for s in ARTICLE.replace("\n", " ").split(". ") if len(s.strip()) > 30]
    assert sentences
    for sentence in sentences:
        assert sentence[:30] not in logged


@pytest.mark.parametrize(
    "text",
    [
        "key sk-abcdefghijklmnop1234 here",
        "Bearer abc.def.ghi",
        "provided: sk-ab************wxyz.",
        "provided: ****************wxyz.",
    ],
)
def test_redact_removes_key_shapes(text: str) -> None:
    out = redact(text, None)
    assert "***" in out
    assert not any(piece in out for piece in ("abcdefghijklmnop", "abc.def", "wxyz"))


def test_redact_keeps_ordinary_text() -> None:
    assert redact("the model is overloaded (503)", "sk-unrelatedkey0000000") == "the model is overloaded (503)"
