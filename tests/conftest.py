"""Shared fixtures: a hermetic environment, the cassette set-up, and paths to the team's articles."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"

# Where cassettes were recorded from: `summarise serve --port 8765` (the bundled
# model behind our OpenAI-compatible server). Replays never open a socket.
RECORD_BASE_URL = "http://127.0.0.1:8765/v1"
RECORD_MODEL = "gemma-3-270m-q4_k_m"

SECRET_REQUEST_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]
SECRET_RESPONSE_HEADERS = {"set-cookie", "openai-organization", "openai-project", "authorization", "api-key"}


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop headers from a recorded response that could carry a secret or a session."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_RESPONSE_HEADERS:
            del headers[name]
    return response


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One user cache for the whole run, set before any fixture builds an engine, so the model is assembled once."""
    path = tmp_path_factory.mktemp("summarise-cache")
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith(("SUMMARISE_", "OPENAI_")):
                patch.delenv(name)
        patch.setenv("SUMMARISE_CACHE_DIR", str(path))
        yield path


@pytest.fixture(autouse=True)
def hermetic_env(monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> None:
    """No test sees the developer's keys or endpoints, nor another test's settings."""
    for name in list(os.environ):
        if name.startswith(("SUMMARISE_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(model_cache))
    # Code's reading made in worker processes (a batch's default on an endpoint) is tested on its own, in
    # tests/test_readers.py; elsewhere a test's patch of the reader must reach the reading.
    monkeypatch.setenv("SUMMARISE_READERS", "0")
    # The response mode remembered per endpoint: a scripted server's port may come round again in another test.
    (model_cache / "modes.json").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": SECRET_REQUEST_HEADERS,
        "before_record_response": scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(ROOT / "cassettes" / request.module.__name__.split(".")[-1])


@pytest.fixture(scope="session")
def bench_module() -> Callable[[str], ModuleType]:
    """A script of bench/ imported by its name (bench/ is on the path while it is imported, for its own imports)."""

    def load(name: str) -> ModuleType:
        sys.path.insert(0, str(ROOT / "bench"))
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(str(ROOT / "bench"))

    return load


@pytest.fixture(scope="module")
def overhead() -> Iterator[ModuleType]:
    """bench/overhead.py: the stub server (bench/stub.py, on 127.0.0.1) and the article it answers for."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import overhead

        yield overhead
    finally:
        sys.path.remove(str(ROOT / "bench"))
