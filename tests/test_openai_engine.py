"""The OpenAI-compatible engine, replayed from cassettes recorded against `summarise serve` on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from summarise import defaults, schema_export, summarise
from summarise.cli import main

from .conftest import DATA, EXAMPLES, RECORD_BASE_URL, RECORD_MODEL

SCHEMA = schema_export.load("article_summary.schema.json")
# Grounding re-asks are covered with hand-written answers (test_grounding_verify.py); here one call per test
# keeps the recorded bundled model's answers short.
CHEAP = {"grounding_reasks": 0}
CHEAP_FLAGS = ["--grounding-reasks", "0"]


@pytest.mark.vcr
def test_summary_from_a_recorded_endpoint_is_schema_valid() -> None:
    article = (DATA / "reservoir.txt").read_text(encoding="utf-8")
    result = summarise(article, base_url=RECORD_BASE_URL, model=RECORD_MODEL, **CHEAP)
    jsonschema.validate(json.loads(result.model_dump_json()), SCHEMA)
    meta = result.metadata
    assert meta.engine == "openai"
    assert meta.model == RECORD_MODEL
    assert meta.prompt_template == "summary.v2"
    assert len(meta.attempts) >= 1
    assert meta.prompt_tokens == sum(a.prompt_tokens for a in meta.attempts) > 100
    assert meta.completion_tokens > 20
    assert result.source_language == "en"
    flagged = [u for u in result.unverified if u.kind == "brief_sentence"]
    # The model wrote two to five sentences; none verified here, so the brief shown is the extracted one.
    assert 2 <= len(flagged) <= 5 and result.brief.origin == "extracted"
    assert 1 <= len(result.brief.sentences) <= defaults.EXTRACTED_BRIEF_SENTENCES
    for figure in result.figures:
        assert article.strip()[figure.span.start : figure.span.end] == figure.value


@pytest.mark.vcr
def test_cli_writes_json_from_a_recorded_endpoint(tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(
        main,
        [
            str(EXAMPLES / "port_strike.txt"),
            "--base-url",
            RECORD_BASE_URL,
            "--model",
            RECORD_MODEL,
            "-o",
            str(out),
            *CHEAP_FLAGS,
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["metadata"]["engine"] == "openai"


@pytest.mark.vcr
def test_cli_markdown_has_the_tables(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            str(EXAMPLES / "port_strike.txt"),
            "--base-url",
            RECORD_BASE_URL,
            "--model",
            RECORD_MODEL,
            "--format",
            "markdown",
            *CHEAP_FLAGS,
        ],
    )
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("# ")
    assert "## Event" in text and "| Name | Kind | Role |" in text
    assert "openai · gemma-3-270m-q4_k_m · prompt summary.v2" in text
