"""`summarise` on the README example against real OpenAI-compatible servers, as a new user runs it: no flag but
--base-url and --model, the response mode left to `auto`.

The cassettes were recorded by scripts/record_real_servers.sh from servers it started on 127.0.0.1 with the bundled
model: llama-cpp-python's own server (which refuses a `json_schema` response format with a 500, so the run falls
back to `json_object`) and llama.cpp's `llama-server` built from the source in the llama-cpp-python sdist (which
takes `json_schema`). Replays never open a socket; a changed prompt or schema fails until re-recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main
from summarise.engines.modes import ModeMemory
from summarise.results import ArticleSummary

from .conftest import EXAMPLES

LLAMA_CPP_PYTHON_URL = "http://127.0.0.1:8766/v1"
LLAMA_SERVER_URL = "http://127.0.0.1:8767/v1"
MODEL = "gemma-3-270m-q4_k_m"
EXAMPLE = EXAMPLES / "port_strike.txt"


def _run(url: str, cache: Path, monkeypatch: pytest.MonkeyPatch) -> ArticleSummary:
    # A cache directory of its own: no mode remembered from an earlier run.
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(cache))
    # While recording, the bundled model decoded at 6 to 10 tokens/s on the shared 2-core machine, and the article
    # took over the default 300 s against llama-server; a replay takes no time.
    monkeypatch.setenv("SUMMARISE_DEADLINE", "1800")
    ran = CliRunner().invoke(main, [str(EXAMPLE), "--base-url", url, "-m", MODEL, "--format", "json"])
    assert ran.exit_code == 0, ran.output
    return ArticleSummary.model_validate_json(ran.stdout)


@pytest.mark.vcr
def test_llama_cpp_python_server_refuses_json_schema_and_answers_in_json_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(LLAMA_CPP_PYTHON_URL, tmp_path, monkeypatch)
    (fallback,) = result.metadata.mode_fallbacks
    assert fallback.mode == "json_schema" and fallback.status == 500
    assert "'text' or 'json_object'" in fallback.reason, "the server's own words"
    assert result.metadata.mode == "json_object"
    assert result.metadata.attempts, "the model was asked in json_object mode"
    assert ModeMemory(tmp_path).get(LLAMA_CPP_PYTHON_URL) == "json_object"
    assert result.figures and result.brief.headline


@pytest.mark.vcr
def test_llama_server_takes_json_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _run(LLAMA_SERVER_URL, tmp_path, monkeypatch)
    assert result.metadata.mode == "json_schema" and result.metadata.mode_fallbacks == []
    assert result.metadata.attempts, "the model was asked in json_schema mode"
    assert result.brief.headline
