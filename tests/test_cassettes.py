"""No secret, key or cookie in any cassette; and the scrubber that keeps them out really scrubs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, SECRET_REQUEST_HEADERS, scrub_response

CASSETTES = sorted((ROOT / "cassettes").rglob("*.yaml"))
SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{16,}"),
    re.compile(r"[Bb]earer\s+[A-Za-z0-9._\-]{8,}"),
    re.compile(
        r"(?im)^\s*-?\s*(authorization|api-key|x-api-key|openai-organization|openai-project|cookie|set-cookie):"
    ),
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


def test_scanner_catches_a_planted_key(tmp_path: Path) -> None:
    planted = "headers:\n  authorization:\n  - Bearer sk-abcdefghijklmnopqrstuvwx\n"
    assert any(p.search(planted) for p in SECRET_PATTERNS)


def test_response_scrubber_drops_cookies_and_org_headers() -> None:
    response = {
        "headers": {"Set-Cookie": ["session=abc"], "openai-organization": ["org-1"], "Content-Type": ["json"]},
    }
    assert scrub_response(response)["headers"] == {"Content-Type": ["json"]}


def test_request_headers_that_carry_secrets_are_filtered() -> None:
    for name in ("authorization", "api-key", "openai-organization", "openai-project", "cookie"):
        assert name in SECRET_REQUEST_HEADERS
