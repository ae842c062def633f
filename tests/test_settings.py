"""Settings: SUMMARISE_* first, then the standard OPENAI_* variables; secrets stay secret."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from summarise import BatchResult, engines, summarise, summarise_many
from summarise.cli import main
from summarise.errors import ConfigurationError
from summarise.evaluation import evaluate
from summarise.settings import Settings

from .conftest import DATA, ROOT


def test_defaults_choose_the_embedded_engine() -> None:
    settings = Settings()
    assert settings.resolved_engine() == "embedded"
    assert settings.base_url is None


def test_openai_variables_select_an_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "fake-test-key-not-real-0000")
    settings = Settings()
    assert settings.resolved_engine() == "openai"
    assert settings.base_url == "http://127.0.0.1:9/v1"
    assert "fake-test-key" not in repr(settings)
    assert "fake-test-key" not in str(settings.model_dump())


def test_summarise_prefix_wins_over_openai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMMARISE_BASE_URL", "http://127.0.0.1:10/v1")
    monkeypatch.setenv("SUMMARISE_REASKS", "1")
    settings = Settings()
    assert settings.base_url == "http://127.0.0.1:10/v1"
    assert settings.reasks == 1


def test_model_name_without_endpoint_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="not a GGUF file"):
        engines.from_settings(Settings(model="gpt-4o-mini"))


def test_missing_gguf_is_a_configuration_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigurationError, match="does not exist"):
        engines.from_settings(Settings(model=str(tmp_path / "absent.gguf")))
    not_gguf = tmp_path / "fake.gguf"
    not_gguf.write_bytes(b"not a model at all")
    with pytest.raises(ConfigurationError, match="not a GGUF file"):
        engines.from_settings(Settings(model=str(not_gguf)))


def test_endpoint_needs_a_model_name() -> None:
    with pytest.raises(ConfigurationError, match="needs a model name"):
        engines.from_settings(Settings(base_url="http://127.0.0.1:9/v1"))


def test_unknown_engine_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown engine"):
        engines.from_settings(Settings(engine="quantum"))


# A bad value for every setting, and what its one-line error must say. A setting added without a case here
# fails `test_every_setting_has_a_bad_value_under_test`.
BAD_VALUES = {
    "model": ("SUMMARISE_MODEL", "/nonexistent/absent.gguf", "does not exist"),
    "base_url": ("SUMMARISE_BASE_URL", "ftp://127.0.0.1/v1", "invalid setting SUMMARISE_BASE_URL='ftp://"),
    "engine": ("SUMMARISE_ENGINE", "quantum", "unknown engine 'quantum'"),
    "protocol": ("SUMMARISE_PROTOCOL", "telepathy", "invalid setting SUMMARISE_PROTOCOL='telepathy'"),
    "mode": ("SUMMARISE_MODE", "xml", "invalid setting SUMMARISE_MODE='xml': input should be 'auto', 'json_schema'"),
    "timeout": ("SUMMARISE_TIMEOUT", "0", "invalid setting SUMMARISE_TIMEOUT='0'"),
    "deadline": ("SUMMARISE_DEADLINE", "-5", "invalid setting SUMMARISE_DEADLINE='-5'"),
    "readers": ("SUMMARISE_READERS", "-1", "invalid setting SUMMARISE_READERS='-1'"),
    "transport_retries": ("SUMMARISE_TRANSPORT_RETRIES", "-1", "invalid setting SUMMARISE_TRANSPORT_RETRIES='-1'"),
    "max_retry_after": ("SUMMARISE_MAX_RETRY_AFTER", "soon", "invalid setting SUMMARISE_MAX_RETRY_AFTER='soon'"),
    "token_budget": ("SUMMARISE_TOKEN_BUDGET", "10", "invalid setting SUMMARISE_TOKEN_BUDGET='10'"),
    "reasks": ("SUMMARISE_REASKS", "abc", "invalid setting SUMMARISE_REASKS='abc'"),
    "grounding_reasks": ("SUMMARISE_GROUNDING_REASKS", "9", "invalid setting SUMMARISE_GROUNDING_REASKS='9'"),
    "candidates": ("SUMMARISE_CANDIDATES", "maybe", "invalid setting SUMMARISE_CANDIDATES='maybe'"),
    "spotlight": ("SUMMARISE_SPOTLIGHT", "maybe", "invalid setting SUMMARISE_SPOTLIGHT='maybe'"),
    "max_output_tokens": ("SUMMARISE_MAX_OUTPUT_TOKENS", "1", "invalid setting SUMMARISE_MAX_OUTPUT_TOKENS='1'"),
    "context_tokens": ("SUMMARISE_CONTEXT_TOKENS", "10", "invalid setting SUMMARISE_CONTEXT_TOKENS='10'"),
    "part_tokens": ("SUMMARISE_PART_TOKENS", "1", "invalid setting SUMMARISE_PART_TOKENS='1'"),
    "threads": ("SUMMARISE_THREADS", "0", "invalid setting SUMMARISE_THREADS='0'"),
    "prices": ("SUMMARISE_PRICES", "/nonexistent/prices.toml", "cannot read the price table"),
    # An existing file where a directory belongs.
    "cache_dir": ("SUMMARISE_CACHE_DIR", str(DATA / "reservoir.txt"), "must be a directory"),
}
# Any string is a key: only the endpoint can refuse it (a ModelRequestError, exit 5).
NO_BAD_VALUE = {"api_key"}
ARTICLE = DATA / "reservoir.txt"
GOLD = ROOT / "eval" / "gold"


def _bad(monkeypatch: pytest.MonkeyPatch, setting: str) -> str:
    variable, value, expected = BAD_VALUES[setting]
    monkeypatch.setenv(variable, value)
    return expected


def _one_line(error: ConfigurationError, expected: str) -> None:
    assert "\n" not in error.message
    assert expected in error.message
    assert not isinstance(error, ValidationError)


def test_every_setting_has_a_bad_value_under_test() -> None:
    assert set(BAD_VALUES) | NO_BAD_VALUE == set(Settings.model_fields)


@pytest.mark.parametrize("setting", sorted(BAD_VALUES))
def test_a_bad_setting_is_a_configuration_error_from_summarise(monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    expected = _bad(monkeypatch, setting)
    with pytest.raises(ConfigurationError) as info:
        summarise(ARTICLE.read_text(encoding="utf-8"))
    _one_line(info.value, expected)


@pytest.mark.parametrize("setting", sorted(BAD_VALUES))
def test_a_bad_setting_is_a_configuration_error_from_summarise_many(
    monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    expected = _bad(monkeypatch, setting)

    async def drain() -> list[BatchResult]:
        return [done async for done in summarise_many([ARTICLE.read_text(encoding="utf-8")], cache=False)]

    with pytest.raises(ConfigurationError) as info:
        asyncio.run(drain())
    _one_line(info.value, expected)


@pytest.mark.parametrize("setting", sorted(BAD_VALUES))
def test_a_bad_setting_is_a_configuration_error_from_evaluate(monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    expected = _bad(monkeypatch, setting)
    with pytest.raises(ConfigurationError) as info:
        evaluate(GOLD)
    _one_line(info.value, expected)


@pytest.mark.parametrize("setting", sorted(BAD_VALUES))
@pytest.mark.parametrize("command", ["run", "batch", "eval"])
def test_a_bad_setting_exits_4_with_one_line(tmp_path: Path, setting: str, command: str) -> None:
    variable, value, expected = BAD_VALUES[setting]
    out = tmp_path / "out.jsonl"
    args = {"run": ["run", str(ARTICLE)], "batch": ["batch", str(ARTICLE), "-o", str(out)], "eval": ["eval", str(GOLD)]}
    result = CliRunner().invoke(main, args[command], env={variable: value})
    assert result.exit_code == 4, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summarise: error: ") and expected in lines[0]
    assert result.stdout == ""
    assert not out.exists()


def test_a_bad_value_given_in_code_is_a_configuration_error_naming_the_argument() -> None:
    with pytest.raises(ConfigurationError) as info:
        summarise(ARTICLE.read_text(encoding="utf-8"), reasks=9, engine="extractive")
    _one_line(info.value, "invalid setting reasks=9: input should be less than or equal to 5")
    with pytest.raises(ConfigurationError) as info:
        Settings(threads=0)
    _one_line(info.value, "invalid setting threads=0")


def test_the_error_names_the_variable_that_was_set_and_never_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "127.0.0.1:8080/v1")
    with pytest.raises(ConfigurationError) as info:
        Settings()
    _one_line(info.value, "invalid setting OPENAI_BASE_URL='127.0.0.1:8080/v1'")
    monkeypatch.delenv("OPENAI_BASE_URL")
    with pytest.raises(ConfigurationError) as info:
        Settings(api_key=["fake-key-never-shown-0000"])
    _one_line(info.value, "invalid setting api_key: input should be a valid string")
    assert "fake-key-never-shown" not in info.value.message


def test_the_environment_is_read_again_when_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarise import api

    first = api._settings(None, {})
    assert api._settings(None, {}) is first, "an unchanged environment is read once"
    monkeypatch.setenv("SUMMARISE_REASKS", "1")
    assert api._settings(None, {}).reasks == 1
    monkeypatch.setenv("SUMMARISE_REASKS", "abc")
    with pytest.raises(ConfigurationError):
        api._settings(None, {})
