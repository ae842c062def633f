"""The speed benchmark's stub (bench/stub.py) serves an answer the pipeline accepts and fully verifies.

Without this the benchmark's pipeline-overhead figures could silently measure re-asks or failures.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from summarise import summarise
from summarise.engines.openai_compat import OpenAIEngine
from summarise.models import Extraction

from .conftest import ROOT


@pytest.fixture(scope="module")
def overhead() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import overhead

        yield overhead
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_stub_answer_is_schema_valid(overhead: ModuleType) -> None:
    import stub

    Extraction.model_validate(stub.load_answer())


def test_stub_answer_is_verified_in_one_call_with_and_without_delay(overhead: ModuleType) -> None:
    with overhead.stub_server() as url:
        for base in (f"{url}/v1", f"{url}/delay/10/v1"):
            engine = OpenAIEngine(model="stub", base_url=base, api_key="stub", timeout=10, transport_retries=0)
            result = summarise(overhead.ARTICLE, engine=engine)
            engine.close()
            assert len(result.metadata.attempts) == 1
            assert not result.unverified
            assert result.grounding.reasks == 0
