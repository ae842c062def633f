"""No secret, key or cookie in any cassette; and the scrubber that keeps them out really scrubs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, SECRET_REQUEST_HEADERS, scrub_response

CASSETTES = sorted((ROOT / "cassettes").rglob("*.yaml"))
SECRET_PATTERNS = [
    # OpenAI keys (sk-, sk-proj-, sk-svcacct-), organisation and project ids, session tokens.
    re.compile(r"\b(?:sk|rk|sess)-[A-Za-z0-9_\-]{16,}"),
    re.compile(r"\borg-[A-Za-z0-9]{16,}"),
    re.compile(r"\bproj_[A-Za-z0-9]{16,}"),
    re.compile(r"[Bb]earer\s+[A-Za-z0-9._\-]{8,}"),
    # Other providers' key shapes that could reach a cassette through a base URL or header.
    re.compile(r"\bAKIA[0-9A-Z]{16}\b|\bAIza[0-9A-Za-z_\-]{35}\b|\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    re.compile(
        r"(?im)^\s*-?\s*['\"]?(authorization|api-key|x-api-key|openai-organization|openai-project|cookie|set-cookie)"
        r"['\"]?:"
    ),
    re.compile(r"(?i)[?&](api[_-]?key|key|token|access_token)=[^&\s]{8,}"),
]


def test_there_are_cassettes_to_check() -> None:
    assert len(CASSETTES) >= 3


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: str(p.relative_to(ROOT)))
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in SECRET_PATTERNS:
        assert not pattern.search(text), f"{path} matches {pattern.pattern}"
    for interaction in yaml.safe_load(text)["interactions"]:
        for section in ("request", "response"):
            headers = {name.lower() for name in (interaction[section].get("headers") or {})}
            leaked = headers & ({*SECRET_REQUEST_HEADERS, "set-cookie"})
            assert not leaked, f"{path}: {section} carries {leaked}"


@pytest.mark.parametrize(
    "planted",
    [
        "headers:\n  authorization:\n  - Bearer sk-abcdefghijklmnopqrstuvwx\n",
        'body: \'{"key": "sk-proj-abcdefghijklmnopqrstuvwx"}\'\n',
        "headers:\n  openai-organization:\n  - org-abcdefghijklmnopqrstuv\n",
        "headers:\n  OpenAI-Project:\n  - proj_abcdefghijklmnopqrstuv\n",
        "headers:\n  Set-Cookie:\n  - __cf_bm=abc; path=/\n",
        "headers:\n  Cookie:\n  - session=abc\n",
        "headers:\n  x-api-key:\n  - 123\n",
        "uri: http://127.0.0.1:8765/v1/chat/completions?api_key=abcdefgh12345\n",
        "body: 'AKIAABCDEFGHIJKLMNOP'\n",
    ],
)
def test_scanner_catches_a_planted_secret(planted: str) -> None:
    assert any(p.search(planted) for p in SECRET_PATTERNS)


def test_scanner_passes_an_ordinary_interaction() -> None:
    ordinary = 'headers:\n  Content-Type:\n  - application/json\nbody: \'{"model": "gemma-3-270m-q4_k_m"}\'\n'
    assert not any(p.search(ordinary) for p in SECRET_PATTERNS)


def test_recording_drops_secret_request_headers_whatever_their_case(vcr_config: dict) -> None:
    from vcr import VCR
    from vcr.request import Request

    before = VCR()._build_before_record_request(vcr_config)
    headers = {
        "Authorization": "Bearer sk-abcdefghijklmnopqrstuvwx",
        "OpenAI-Organization": "org-abcdefghijklmnopqrstuv",
        "OpenAI-Project": "proj_abcdefghijklmnopqrstuv",
        "Cookie": "session=abc",
        "X-Api-Key": "k",
        "Content-Type": "application/json",
    }
    kept = before(Request("POST", "http://127.0.0.1:8765/v1/chat/completions", b"{}", headers))
    assert dict(kept.headers) == {"Content-Type": "application/json"}


def test_response_scrubber_drops_cookies_and_org_headers() -> None:
    response = {
        "headers": {
            "Set-Cookie": ["session=abc"],
            "openai-organization": ["org-1"],
            "OpenAI-Project": ["proj_1"],
            "Content-Type": ["json"],
        },
    }
    assert scrub_response(response)["headers"] == {"Content-Type": ["json"]}


def test_a_recorded_exchange_keeps_no_secret_header(vcr_config: dict, tmp_path: Path) -> None:
    """A real request recorded with the suite's own configuration, to a server on 127.0.0.1 that answers with
    secret headers too: the cassette holds none of them, in any case, nor their values."""
    import httpx2
    import vcr

    from .fakes import Reply, scripted_server

    sent = {
        "Authorization": "Bearer sk-abcdefghijklmnopqrstuvwx",
        "API-Key": "azure-abcdefghijklmnopqrstuv",
        "x-api-key": "anthropic-abcdefghijklmnopq",
        "OpenAI-Organization": "org-abcdefghijklmnopqrstuv",
        "openai-project": "proj_abcdefghijklmnopqrstuv",
        "Cookie": "session=sess-abcdefghijklmnopqrstuv",
    }
    answered = {
        "Set-Cookie": "__cf_bm=cfabcdefghijklmnopqrstuv; path=/",
        "OpenAI-Organization": "org-answeredabcdefghijklmnop",
        "OpenAI-Project": "proj_answeredabcdefghijklmno",
        "Authorization": "Bearer sk-answeredabcdefghijklmnop",
        "api-key": "azure-answeredabcdefghijklm",
    }
    cassette = tmp_path / "exchange.yaml"
    with (
        scripted_server([Reply(body={"ok": True}, headers=answered)]) as (url, script),
        vcr.VCR(**vcr_config).use_cassette(str(cassette), record_mode="all"),
    ):
        httpx2.post(f"{url}/chat/completions", json={"model": "m"}, headers=sent).raise_for_status()
    # The server saw every secret: the recording had each one to scrub.
    assert {name.lower() for name in sent} <= set(script.headers[0])
    text = cassette.read_text(encoding="utf-8")
    (interaction,) = yaml.safe_load(text)["interactions"]
    assert interaction["response"]["body"]["string"] == '{"ok": true}', "the exchange was recorded"
    for section, secret in (("request", sent), ("response", answered)):
        leaked = {name.lower() for name in interaction[section]["headers"]} & {name.lower() for name in secret}
        assert not leaked, f"the recorded {section} keeps {leaked}"
    # Every secret value carries this run of letters; nothing else in the exchange does.
    assert all("abcdefghijklm" in value for value in (*sent.values(), *answered.values()))
    assert "abcdefghijklm" not in text
    assert not any(pattern.search(text) for pattern in SECRET_PATTERNS)
