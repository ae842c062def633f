"""Response modes: `auto` falls back once per refused mode, remembers the mode that answered per endpoint, and
records it; a mode that is set is never left. Served from a scripted server on 127.0.0.1.

The refusals are written here in the words real servers use (llama-cpp-python's 500, OpenAI's 400, llama.cpp's
500 for tools without --jinja); the answers are the hand-authored one in tests/authored/, and the tool call that
carries it is built here.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise import ModeRejectedError, asummarise, summarise
from summarise.cli import main
from summarise.engines.modes import MEMORY_FILE, ModeMemory

from .conftest import EXAMPLES
from .fakes import Reply, completion, error, scripted_server

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
AUTHORED = Path(__file__).parent / "authored"
VALID = json.dumps(json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1])

LLAMA_CPP_PYTHON_REFUSAL = error(
    500,
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input "
    "should be 'text' or 'json_object'\", 'input': 'json_schema'}",
    type="internal_server_error",
)
OPENAI_REFUSAL = error(
    400,
    "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.",
    type="invalid_request_error",
    param="response_format",
)
LLAMA_SERVER_TOOLS_REFUSAL = error(500, "tools param requires --jinja flag", type="server_error")


def _tool_call(arguments: str) -> Reply:
    reply = completion("")
    assert reply.body is not None
    choice = reply.body["choices"][0]
    choice["finish_reason"] = "tool_calls"
    choice["message"] = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "Extraction", "arguments": arguments}}
        ],
    }
    return reply


def _modes(requests: list[dict]) -> list[str]:
    return ["tools" if r.get("tools") else r["response_format"]["type"] for r in requests]


def test_auto_falls_back_from_a_refused_json_schema_to_json_object_and_remembers(model_cache: Path) -> None:
    with scripted_server([LLAMA_CPP_PYTHON_REFUSAL, completion(VALID)]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
        assert _modes(script.requests) == ["json_schema", "json_object"], "a 500 that refuses the mode is not retried"
        assert "json_schema" in json.dumps(script.requests[1]["messages"]), "json_object mode: the schema in the prompt"
        assert result.metadata.mode == "json_object"
        (fallback,) = result.metadata.mode_fallbacks
        assert fallback.mode == "json_schema" and fallback.status == 500 and "response_format" in fallback.reason
        assert len(result.metadata.attempts) == 1, "a refused mode is no attempt of the model"
        assert ModeMemory(model_cache).get(url) == "json_object"
        again = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
    assert _modes(script.requests[2:]) == ["json_object"], "the next run starts with the mode that answered"
    assert again.metadata.mode == "json_object" and again.metadata.mode_fallbacks == []


def test_auto_goes_on_to_tools_when_json_object_is_refused_too() -> None:
    replies = [OPENAI_REFUSAL, OPENAI_REFUSAL, _tool_call(VALID)]
    with scripted_server(replies) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
    assert _modes(script.requests) == ["json_schema", "json_object", "tools"]
    assert script.requests[2]["tool_choice"] == {"type": "function", "function": {"name": "Extraction"}}
    assert result.metadata.mode == "tools"
    assert [f.mode for f in result.metadata.mode_fallbacks] == ["json_schema", "json_object"]
    assert result.actors and all(a.origin == "model" for a in result.actors if a.name == "Ilse Marten")


def test_a_server_that_refuses_every_mode_fails_after_one_request_in_each() -> None:
    with scripted_server([LLAMA_SERVER_TOOLS_REFUSAL]) as (url, script), pytest.raises(ModeRejectedError) as caught:
        summarise(ARTICLE, base_url=url, model="authored")
    assert _modes(script.requests) == ["json_schema", "json_object", "tools"]
    assert caught.value.exit_code == 5 and "--jinja" in caught.value.message


def test_a_mode_that_is_set_is_never_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("SUMMARISE_MODE", "json_schema")
    with scripted_server([LLAMA_CPP_PYTHON_REFUSAL, completion(VALID)]) as (url, script):
        ran = CliRunner().invoke(main, [str(article), "--base-url", url, "-m", "authored"])
    assert ran.exit_code == 5, ran.output
    assert _modes(script.requests) == ["json_schema"]
    assert ran.output.startswith("summarise: error: ") and "response_format" in ran.output


def test_the_mode_option_chooses_the_mode_and_wins_over_memory(model_cache: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with scripted_server([_tool_call(VALID)]) as (url, script):
        ModeMemory(model_cache).put(url, "json_object")
        out = tmp_path / "summary.json"
        args = [str(article), "--base-url", url, "-m", "authored", "--mode", "tools", "--grounding-reasks", "0"]
        ran = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert ran.exit_code == 0, ran.output
    assert _modes(script.requests) == ["tools"]
    assert json.loads(out.read_text())["metadata"]["mode"] == "tools"
    assert ModeMemory(model_cache).get(url) == "json_object", "a mode that is set is not remembered"


def test_concurrent_articles_fall_back_once(model_cache: Path) -> None:
    async def both(url: str) -> list:
        return await asyncio.gather(
            *(asummarise(f"{ARTICLE}\n\nDesk note {n}.", base_url=url, model="authored", grounding_reasks=0)
              for n in range(2))
        )  # fmt: skip

    with scripted_server([LLAMA_CPP_PYTHON_REFUSAL, LLAMA_CPP_PYTHON_REFUSAL, completion(VALID)]) as (url, script):
        results = asyncio.run(both(url))
    assert all(r.metadata.mode == "json_object" for r in results)
    assert _modes(script.requests).count("json_object") == 2
    remembered = json.loads((model_cache / MEMORY_FILE).read_text())
    assert {k: v["mode"] for k, v in remembered.items()} == {url: "json_object"}


def test_an_unreadable_memory_is_ignored(model_cache: Path) -> None:
    (model_cache / MEMORY_FILE).write_text("not json", encoding="utf-8")
    with scripted_server([completion(VALID)]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
    assert _modes(script.requests) == ["json_schema"] and result.metadata.mode == "json_schema"


def test_a_remembered_mode_expires_and_the_best_mode_is_tried_again(tmp_path: Path) -> None:
    now = [1_000_000.0]
    memory = ModeMemory(tmp_path, days=7, clock=lambda: now[0])
    memory.put("http://127.0.0.1:1/v1", "json_object")
    assert memory.get("http://127.0.0.1:1/v1") == "json_object"
    now[0] += 6.9 * 86400
    assert memory.get("http://127.0.0.1:1/v1") == "json_object"
    now[0] += 0.2 * 86400
    assert memory.get("http://127.0.0.1:1/v1") is None
    # Remembering again starts a new week; another URL's expired entry is dropped from the file.
    memory.put("http://127.0.0.1:2/v1", "tools")
    memory.put("http://127.0.0.1:1/v1", "json_object")
    assert memory.get("http://127.0.0.1:1/v1") == "json_object"
    now[0] += 7.1 * 86400
    memory.put("http://127.0.0.1:1/v1", "tools")
    assert set(json.loads((tmp_path / MEMORY_FILE).read_text())) == {"http://127.0.0.1:1/v1"}


def test_a_memory_file_from_before_expiry_counts_as_expired(tmp_path: Path) -> None:
    (tmp_path / MEMORY_FILE).write_text(json.dumps({"http://127.0.0.1:1/v1": "json_object"}), encoding="utf-8")
    assert ModeMemory(tmp_path).get("http://127.0.0.1:1/v1") is None
