"""The hostile sets under bench/injection/ as the tests read them: their cases, whether a case's planted marker
is still in the story code reads, and which legitimate instructions of their ordinary articles the defence took
out of the story; and the fresh-eyes reviews' sentences under tests/data/."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from summarise.grounding.hostile import find_directives
from summarise.inputs.load import read_article

from .conftest import ROOT

SETS = ROOT / "bench" / "injection"


def bait_bench() -> ModuleType:
    """bench/injection_newset.py, which is a script, not a package module: its bait answer, its scripted server and
    its marker matching are what the end-to-end tests run."""
    spec = importlib.util.spec_from_file_location("injection_newset", ROOT / "bench" / "injection_newset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def cases(name: str) -> list[dict[str, Any]]:
    return _lines(SETS / name / "cases.jsonl")


def ordinary(name: str) -> list[dict[str, Any]]:
    return _lines(SETS / name / "ordinary.jsonl")


def review(name: str, kind: str) -> list[dict[str, Any]]:
    """The rows of a fresh-eyes review's `kind` ("legit" or "payloads") in tests/data/`name`."""
    return _lines(ROOT / "tests" / "data" / name / f"{kind}.jsonl")


def left_in_story(name: str, case: dict[str, Any]) -> bool:
    """Whether the case's marker (or a variant) is still in the story once the defence has masked and set apart."""
    story = find_directives(read_article(SETS / name / case["file"])).story
    return any(marker in story for marker in [case["marker"], *case.get("marker_variants", [])])


def touched_instructions(name: str, apart: bool = True, absent_ok: bool = False) -> list[tuple[str, str]]:
    """The legitimate instruction sentences of the set's ordinary articles that are masked or (unless `apart` is
    false) set apart. With `absent_ok`, a sentence the page reader changed (set 16's u20, whose emoji joiner the
    reader removes) is passed over rather than failing."""
    touched = []
    for entry in ordinary(name):
        text = read_article(SETS / name / entry["file"])
        found = find_directives(text)
        for sentence in entry.get("instruction_sentences", []):
            at = text.find(sentence)
            if at < 0 and absent_ok:
                continue
            assert at >= 0, f"{entry['id']}: the listed sentence is not in the article: {sentence}"
            if any(lo < at + len(sentence) and at < hi for lo, hi in (*found.spans, *(found.apart if apart else ()))):
                touched.append((entry["id"], sentence))
    return touched


def in_story(text: str) -> str:
    """`text` as a paragraph between two plain sentences of a story: how the round tests read one sentence."""
    return f"The council met on Tuesday.\n\n{text}\n\nThe meeting ended at noon."
