"""Settings: SUMMARISE_* first, then the standard OPENAI_* variables; secrets stay secret."""

from __future__ import annotations

import pytest

from summarise import engines
from summarise.errors import ConfigurationError
from summarise.settings import Settings


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
