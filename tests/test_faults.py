"""Every fault an endpoint can throw at us, served for real on 127.0.0.1, against the README's fault table.

`FAULTS` is the one source: the tests run each row and check the HTTP calls, a generous wall-time bound and
the error; `test_readme_table_is_generated_from_faults` fails when README.md's table drifts from it. To print
the table after changing a row: `.venv/bin/python -m tests.test_faults`.

All answers here are authored by hand (see tests/authored/README.md), built by `fakes`.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise import asummarise, summarise
from summarise.cli import main
from summarise.errors import (
    ContextOverflowError,
    DeadlineExceededError,
    ModelRefusalError,
    ModelRequestError,
    ModelUnavailableError,
    ModeRejectedError,
    OutputValidationError,
    SummariseError,
    TokenBudgetError,
)
from summarise.language import written_in

from .conftest import EXAMPLES, ROOT
from .fakes import Reply, completion, error, scripted_server

ARTICLE = (EXAMPLES / "port_strike.txt").read_text(encoding="utf-8")
# An article in which code finds no figure, claim or actor: there a model that gives no usable answer leaves
# nothing to show, and its error is the result. In an article code can read (ARTICLE), the same faults end in
# code's reading with the model's failure listed (test_a_model_without_a_usable_answer_leaves_codes_reading).
NO_FACTS = (
    "Residents gathered in the old market square on a mild afternoon. Children played near the fountain while "
    "stalls sold bread and fruit. Nobody expected the quiet to last, and few stayed after dark."
)
AUTHORED = Path(__file__).parent / "authored"
KEY = "fake-authored-test-key-0123"
# The test's timeout for the server that never answers (SUMMARISE_TIMEOUT); the default is 120 s.
HANG_TIMEOUT = 1.0
# The deadline of the rows that reach it (SUMMARISE_DEADLINE); the default is 300 s.
DEADLINE = 2.0


def _invalid_answer() -> str:
    return json.dumps(json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][0])


def _refusal() -> Reply:
    reply = completion("")
    assert reply.body is not None
    message = reply.body["choices"][0]["message"]
    message["content"] = None
    message["refusal"] = "I'm sorry, I can't help with that request."
    return reply


@dataclass(frozen=True)
class Fault:
    """One row of the README's fault table, and the reply that produces it."""

    name: str
    reply: Reply
    retried: str
    calls: int
    error: type[SummariseError]
    sees: str
    seconds: float  # a generous upper bound on the wall time, for a shared and noisy machine
    env: dict[str, str] = field(default_factory=dict)  # settings of the row, beside SUMMARISE_TIMEOUT

    @property
    def exit_code(self) -> int:
        return self.error.exit_code


_TRANSIENT = "yes, twice, backoff 0.5-1 s with jitter"
_NEVER = "no"
FAULTS = [
    Fault(
        "429 with `Retry-After: 1`",
        Reply(status=429, body={"error": {"message": "rate limited"}}, headers={"Retry-After": "1"}),
        "yes, twice, after the 1 s asked",
        3,
        ModelUnavailableError,
        "`ModelUnavailableError`: answered 429",
        15,
    ),
    Fault(
        "429 with `Retry-After: 300`",
        Reply(status=429, body={"error": {"message": "rate limited"}}, headers={"Retry-After": "300"}),
        "no: longer than the 30 s we wait (`SUMMARISE_MAX_RETRY_AFTER`)",
        1,
        ModelUnavailableError,
        "`ModelUnavailableError`: asks to retry after 300 s",
        10,
    ),
    *(
        Fault(
            f"{status}",
            error(status, f"authored {status}"),
            _TRANSIENT,
            3,
            ModelUnavailableError,
            f"`ModelUnavailableError`: answered {status}",
            15,
        )
        for status in (408, 409, 500, 502, 503)
    ),
    Fault(
        "accepts the connection, never answers",
        Reply(fault="hang"),
        f"yes, twice, each after the timeout (`SUMMARISE_TIMEOUT`, {HANG_TIMEOUT:g} s in the test)",
        3,
        ModelUnavailableError,
        "`ModelUnavailableError`: did not answer in time",
        20,
    ),
    Fault(
        f"accepts the connection, never answers, with a timeout longer than the deadline (`SUMMARISE_DEADLINE`, "
        f"{DEADLINE:g} s in the test)",
        Reply(fault="hang"),
        "no: the request's timeout is cut to the time left",
        1,
        DeadlineExceededError,
        "`DeadlineExceededError`: did not finish the article within its deadline",
        10,
        env={"SUMMARISE_TIMEOUT": "60", "SUMMARISE_DEADLINE": str(DEADLINE)},
    ),
    Fault(
        f"503 with `Retry-After: 10`, past the deadline ({DEADLINE:g} s in the test)",
        Reply(status=503, body={"error": {"message": "overloaded"}}, headers={"Retry-After": "10"}),
        "no: the wait would end past the deadline",
        1,
        DeadlineExceededError,
        "`DeadlineExceededError`: did not finish the article within its deadline",
        10,
        env={"SUMMARISE_DEADLINE": str(DEADLINE)},
    ),
    Fault(
        "connection reset mid-body",
        Reply(fault="reset", body=completion("{}").body),
        _TRANSIENT,
        3,
        ModelUnavailableError,
        "`ModelUnavailableError`: the connection failed or was cut",
        15,
    ),
    Fault(
        "answer cut off (`finish_reason: length`)",
        completion('{"event": {"what": "Dock', finish_reason="length"),
        "no; asked once for a shorter answer (a grounding re-ask)",
        2,
        OutputValidationError,
        "`OutputValidationError`: cut off at the output token limit",
        10,
    ),
    Fault(
        "invalid JSON",
        completion('{"event": {"what": "Dock workers"'),
        "no; re-asked twice with the error (`SUMMARISE_REASKS`)",
        3,
        OutputValidationError,
        "`OutputValidationError`: broke the schema after 3 attempts",
        10,
    ),
    Fault(
        "JSON that breaks the schema",
        completion(_invalid_answer()),
        "no; re-asked twice with the error (`SUMMARISE_REASKS`)",
        3,
        OutputValidationError,
        "`OutputValidationError`: broke the schema after 3 attempts",
        10,
    ),
    Fault(
        "empty `choices` list",
        Reply(body={"id": "x", "object": "chat.completion", "created": 0, "model": "authored", "choices": []}),
        _NEVER,
        1,
        ModelUnavailableError,
        "`ModelUnavailableError`: answered with no choices",
        10,
    ),
    Fault(
        "refusal (`message.refusal` set)",
        _refusal(),
        _NEVER,
        1,
        ModelRefusalError,
        "`ModelRefusalError`: the model declined to answer",
        10,
    ),
    Fault(
        "refusal as text in `content`",
        completion("I'm sorry, but I can't help with summarising this article."),
        "no; re-asked twice as an invalid answer",
        3,
        OutputValidationError,
        "`OutputValidationError`: broke the schema after 3 attempts",
        10,
    ),
    Fault(
        "context overflow, OpenAI (400 `context_length_exceeded`)",
        error(
            400,
            "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 "
            "tokens. Please reduce the length of the messages.",
            type="invalid_request_error",
            param="messages",
            code="context_length_exceeded",
        ),
        _NEVER,
        1,
        ContextOverflowError,
        "`ContextOverflowError`: does not fit the model's context window",
        10,
    ),
    Fault(
        "context overflow, llama.cpp server (400 `exceed_context_size_error`)",
        error(
            400,
            "request (4476 tokens) exceeds the available context size (4096 tokens)",
            code=400,
            type="exceed_context_size_error",
            n_prompt_tokens=4476,
            n_ctx=4096,
        ),
        _NEVER,
        1,
        ContextOverflowError,
        "`ContextOverflowError`: does not fit the model's context window",
        10,
    ),
    Fault(
        "context overflow, llama.cpp server (500, older builds)",
        error(
            500,
            "the request exceeds the available context size, try increasing the context size or enable context shift",
            code=500,
            type="server_error",
        ),
        _NEVER,
        1,
        ContextOverflowError,
        "`ContextOverflowError`: does not fit the model's context window",
        10,
    ),
    Fault(
        "context overflow, llama-cpp-python server (400)",
        error(
            400,
            "This model's maximum context length is 4096 tokens. However, you requested 5012 tokens (3476 in "
            "the messages, 1536 in the completion). Please reduce the length of the messages or completion.",
            type="invalid_request_error",
            param="messages",
            code="context_length_exceeded",
        ),
        _NEVER,
        1,
        ContextOverflowError,
        "`ContextOverflowError`: does not fit the model's context window",
        10,
    ),
    Fault(
        "context overflow, llama-cpp-python server (500)",
        error(500, "Requested tokens (5012) exceed context window of 4096", type="internal_server_error"),
        _NEVER,
        1,
        ContextOverflowError,
        "`ContextOverflowError`: does not fit the model's context window",
        10,
    ),
    Fault(
        "`response_format` refused (500 naming it, as llama-cpp-python's server answers `json_schema`)",
        error(500, "('body', 'response_format', 'type') Input should be 'text' or 'json_object'"),
        "no; under `--mode auto` (the default) asked once in each mode: `json_schema`, `json_object`, `tools`",
        3,
        ModeRejectedError,
        "`ModeRejectedError`: for how it asks for the answer's structure",
        10,
    ),
    Fault(
        "the same, with `--mode json_schema`",
        error(500, "('body', 'response_format', 'type') Input should be 'text' or 'json_object'"),
        _NEVER,
        1,
        ModeRejectedError,
        "`ModeRejectedError`: for how it asks for the answer's structure",
        10,
        env={"SUMMARISE_MODE": "json_schema"},
    ),
    *(
        Fault(
            f"{status}",
            error(status, f"authored {status}"),
            _NEVER,
            1,
            ModelRequestError,
            f"`ModelRequestError`: refused the request ({status})",
            10,
        )
        for status in (400, 401, 403, 404, 422)
    ),
]


def table() -> str:
    """The README's fault table, from FAULTS."""
    lines = [
        "| fault | retried | HTTP calls at most | the user sees | exit code |",
        "|---|---|---|---|---|",
    ]
    for fault in FAULTS:
        lines.append(f"| {fault.name} | {fault.retried} | {fault.calls} | {fault.sees} | {fault.exit_code} |")
    return "\n".join(lines)


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.name)
def test_fault_costs_the_calls_time_and_error_of_its_row(fault: Fault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TIMEOUT", str(HANG_TIMEOUT))
    for name, value in fault.env.items():
        monkeypatch.setenv(name, value)
    started = time.monotonic()
    with scripted_server([fault.reply]) as (url, script), pytest.raises(SummariseError) as caught:
        summarise(NO_FACTS, base_url=url, model="authored", api_key=KEY)
    elapsed = time.monotonic() - started
    assert type(caught.value) is fault.error, caught.value.message
    assert len(script.requests) == fault.calls
    assert elapsed < fault.seconds
    sees = fault.sees.split(": ", 1)[1]
    assert sees in caught.value.message
    assert KEY not in caught.value.message


UNUSABLE = [f for f in FAULTS if f.error is OutputValidationError]


def test_the_fault_article_gives_code_nothing_to_show() -> None:
    from summarise.pipeline import extractive
    from summarise.reading import read

    verdict = extractive.code_verdict(read(NO_FACTS, "en"), "en")
    assert not (verdict.figures or verdict.claims or verdict.actors)


@pytest.mark.parametrize("fault", UNUSABLE, ids=lambda f: f.name)
def test_a_model_without_a_usable_answer_leaves_codes_reading(fault: Fault, tmp_path: Path) -> None:
    with scripted_server([fault.reply]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored")
    assert len(script.requests) == fault.calls
    assert result.figures and result.claims, "what code read in the article is shown"
    assert all(f.origin == "code" for f in result.figures) and all(c.origin == "code" for c in result.claims)
    (failure,) = [u for u in result.unverified if u.item.get("model") == "no usable answer"]
    assert fault.sees.split(": ", 1)[1] in failure.reason and failure.reason.endswith("shown is what code read")
    assert len(result.metadata.attempts) == fault.calls
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "summary.json"
    with scripted_server([fault.reply]) as (url, _):
        ran = CliRunner().invoke(main, [str(article), "--base-url", url, "-m", "authored", "-o", str(out)])
    assert ran.exit_code == 0, ran.output
    assert json.loads(out.read_text(encoding="utf-8"))["figures"]


def test_retry_after_is_waited_for() -> None:
    fault = FAULTS[0]
    started = time.monotonic()
    with scripted_server([fault.reply]) as (url, script), pytest.raises(ModelUnavailableError):
        summarise(ARTICLE, base_url=url, model="authored")
    assert time.monotonic() - started >= 2.0, "two waits of the 1 s the server asked for"
    assert len(script.requests) == 3


def test_a_transient_fault_then_an_answer_succeeds_without_a_reask() -> None:
    valid = json.dumps(json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1])
    with scripted_server(
        [error(502, "bad gateway"), Reply(fault="reset", body=completion("{}").body), completion(valid)]
    ) as (
        url,
        script,
    ):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=0)
    assert len(script.requests) == 3
    assert len(result.metadata.attempts) == 1, "transport retries are not attempts of the model"
    assert script.requests[0] == script.requests[2], "the same request, never a re-ask"


@pytest.mark.parametrize("name", ["429 with `Retry-After: 300`", "503", "401", "JSON that breaks the schema"])
def test_cli_exit_code_matches_the_table(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fault = next(f for f in FAULTS if f.name == name)
    article = tmp_path / "article.txt"
    article.write_text(NO_FACTS, encoding="utf-8")
    out = tmp_path / "summary.json"
    monkeypatch.setenv("SUMMARISE_API_KEY", KEY)
    with scripted_server([fault.reply]) as (url, script):
        ran = CliRunner().invoke(main, [str(article), "--base-url", url, "-m", "authored", "-o", str(out)])
    assert ran.exit_code == fault.exit_code, ran.output
    assert len(script.requests) == fault.calls
    assert ran.output.startswith("summarise: error: ") and ran.output.count("\n") == 1
    assert "Traceback" not in ran.output and KEY not in ran.output
    assert not out.exists()


def test_readme_table_is_generated_from_faults() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- fault-table: generated by `python -m tests.test_faults` -->", "<!-- /fault-table -->"
    assert start in readme and end in readme
    assert readme.split(start)[1].split(end)[0].strip() == table()


def test_the_deadline_keeps_a_verified_answer_when_the_grounding_reask_never_comes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SUMMARISE_DEADLINE", str(DEADLINE))
    answer = json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1]
    answer["actors"].append({"name": "Nobody Inthearticle", "kind": "person", "role": "invented"})
    # The code's own reading, read once first: its lexicons and language model load on the first article, which
    # on a busy machine takes much of a two-second deadline before the first request is sent. The brief's language
    # check loads lingua's models for short texts (about 1.8 s, measured) on the first brief it reads.
    summarise(ARTICLE, engine="extractive")
    written_in("Dock workers walked out on Monday.", "en")
    started = time.monotonic()
    with scripted_server([completion(json.dumps(answer)), Reply(fault="hang")]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored")
    assert time.monotonic() - started < DEADLINE + 3
    assert len(script.requests) == 2, "the grounding re-ask was sent, and never answered"
    assert any(u.kind == "actor" for u in result.unverified), "the first answer is kept, its failures listed"
    assert result.metadata.attempts[-1].outcome.startswith("unusable answer")


def test_a_server_that_never_answers_costs_at_most_the_deadline_with_the_default_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The default timeout (120 s) and retries would wait 6 minutes; the deadline ends it.
    monkeypatch.setenv("SUMMARISE_DEADLINE", str(DEADLINE))
    started = time.monotonic()
    with scripted_server([Reply(fault="hang")]) as (url, script), pytest.raises(DeadlineExceededError) as caught:
        summarise(NO_FACTS, base_url=url, model="authored")
    assert DEADLINE - 0.1 < time.monotonic() - started < DEADLINE + 3
    assert len(script.requests) == 1 and caught.value.exit_code == 5


if __name__ == "__main__":
    print(table())


def test_reasks_stop_at_the_token_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TOKEN_BUDGET", "20000")
    costly = completion('{"event": {"what": "Dock workers"', prompt_tokens=9000, completion_tokens=500)
    with scripted_server([costly]) as (url, script), pytest.raises(TokenBudgetError) as caught:
        summarise(NO_FACTS, base_url=url, model="authored", reasks=5)
    # 9,500 spent after the first call and 19,000 after the second; a third could pass 20,000.
    assert len(script.requests) == 2
    assert caught.value.exit_code == 6 and "budget of 20,000 tokens" in caught.value.message
    assert [u["prompt_tokens"] for u in caught.value.usage] == [9000, 9000]


def test_a_server_that_reports_no_usage_is_still_held_to_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TOKEN_BUDGET", "20000")
    # 30,000 characters of broken JSON and no usage: each re-ask carries the failed answer back.
    huge = completion('{"event": {"what": "' + "Dock workers struck. " * 1500, prompt_tokens=0, completion_tokens=0)
    assert huge.body is not None
    del huge.body["usage"]
    with scripted_server([huge]) as (url, script), pytest.raises(TokenBudgetError):
        summarise(NO_FACTS, base_url=url, model="authored", reasks=5)
    sizes = [len(json.dumps(r["messages"])) for r in script.requests]
    assert len(sizes) == 2, "the second re-ask would carry two failed answers: past the budget"
    assert sizes[1] - sizes[0] < 40_000, "a re-ask adds the failed answer and the error, nothing more"


def test_a_budget_reached_on_the_grounding_reask_keeps_the_first_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_TOKEN_BUDGET", "11000")
    answer = json.loads((AUTHORED / "invalid_then_valid.json").read_text())["answers"][1]
    answer["actors"].append({"name": "Nobody Inthearticle", "kind": "person", "role": "invented"})
    first = completion(json.dumps(answer), prompt_tokens=9000, completion_tokens=500)
    with scripted_server([first]) as (url, script):
        result = summarise(ARTICLE, base_url=url, model="authored", grounding_reasks=2)
    # 9,500 spent; the re-ask (about 830 prompt tokens and a 1,536-token answer cap) could reach 11,867.
    assert len(script.requests) == 1, "the grounding re-ask would pass the budget: not sent"
    assert any(u.kind == "actor" for u in result.unverified)
    assert result.metadata.attempts[-1].outcome.startswith("unusable answer")


@pytest.mark.parametrize(
    "name",
    [
        "429 with `Retry-After: 300`",
        "502",
        "context overflow, llama.cpp server (500, older builds)",
        next(f.name for f in FAULTS if f.error is DeadlineExceededError and f.reply.fault == "hang"),
    ],
)
def test_the_async_twin_follows_the_same_rows(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fault = next(f for f in FAULTS if f.name == name)
    for variable, value in fault.env.items():
        monkeypatch.setenv(variable, value)
    with scripted_server([fault.reply]) as (url, script), pytest.raises(SummariseError) as caught:
        asyncio.run(asummarise(ARTICLE, base_url=url, model="authored"))
    assert type(caught.value) is fault.error
    assert len(script.requests) == fault.calls


def test_the_deadline_on_the_reference_headline_keeps_codes_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_DEADLINE", str(DEADLINE))
    # The article's first line is no headline: the reference protocol asks the model for one.
    article = ARTICLE.split("\n", 1)[1].strip()
    started = time.monotonic()
    with scripted_server([Reply(fault="hang")]) as (url, script):
        result = summarise(article, base_url=url, model="authored", protocol="reference")
    assert time.monotonic() - started < DEADLINE + 3
    assert len(script.requests) == 1
    assert result.figures, "code's reading is the summary"
    (headline,) = [u for u in result.unverified if u.kind == "headline"]
    assert "within its deadline" in headline.reason
