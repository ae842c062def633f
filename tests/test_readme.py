"""What README.md states is held to the repository: each benchmark output it cites is committed with the date,
load and command of its run; the errors it lists are the library's; the cache key it describes is the code's."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from summarise import errors
from summarise.batch.cache import KeyParts

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CITED = sorted(set(re.findall(r"bench/results/[\w.-]+\.(?:txt|json)", README)))
# The first line bench/record.sh writes: `# started 2026-12-02T08:15:13Z; load 0.67 0.52 0.83 1/82 28620; 2 cores;
# command: ...`.
HEADER = re.compile(r"# started \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; load \d+\.\d+ \d+\.\d+ \d+\.\d+ .*; command: \S")
# bench/protocols.py prints its own last line from the run's JSON: `run started 2026-12-02T07:32:48+00:00, load
# average at start 0.8`.
PROTOCOLS_LINE = re.compile(r"run started \d{4}-\d\d-\d\dT[\d:]+\+00:00, load average at start \d+\.\d$")


def test_the_readme_cites_its_results_files() -> None:
    # Without a citation the test below would have nothing to check.
    assert "bench/results/speed.txt" in CITED and len(CITED) >= 5, CITED


@pytest.mark.parametrize("name", CITED)
def test_each_cited_results_file_is_there_with_its_date_load_and_command(name: str) -> None:
    path = ROOT / name
    assert path.is_file(), f"README.md cites {name}, which is not in the repository"
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:]+(\+00:00|Z)", data["started"]), data.get("started")
        assert isinstance(data["load"], float)
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
        dated = HEADER.match(lines[0]) or (name == "bench/results/protocols.txt" and PROTOCOLS_LINE.match(lines[-1]))
        assert dated, f"{name} does not start with bench/record.sh's line: {lines[0]!r}"


def _errors_section() -> str:
    return README.split("Every error is a `summarise.SummariseError`", 1)[1].split("\nFiles, pages and URLs", 1)[0]


def test_the_readme_lists_every_error_with_its_exit_code() -> None:
    section = _errors_section()
    named = set(re.findall(r"`(\w+Error)`", section))
    assert named == set(errors.__all__) - {"SummariseError"}
    # Each bullet and each child given with a code, as "`Name` (N)".
    coded = re.findall(r"`(\w+Error)` \((\d+)\)", section)
    assert len(coded) == 7, coded
    for name, code in coded:
        assert getattr(errors, name).exit_code == int(code), name


# What each part of the cache key is called in the README's Batches section.
KEY_PARTS_IN_README = {
    "engine": "the engine",
    "model": "the model",
    "template": "the prompt template's name and a hash of its text",
    "language": "the brief's languages",
    "candidates": "candidates",
    "reasks": "re-asks",
    "grounding_reasks": "grounding re-asks",
    "max_output_tokens": "`--max-output-tokens`",
    "part_tokens": "`--part-tokens`",
    "context_tokens": "`SUMMARISE_CONTEXT_TOKENS`",
    "protocol": "the protocol",
    "mode": "the response mode",
}


def test_the_readme_names_every_part_of_the_cache_key() -> None:
    bullet = README.split("- **Cache**:", 1)[1].split("\n- **", 1)[0]
    text = " ".join(bullet.split())
    assert {field.name for field in dataclasses.fields(KeyParts)} == set(KEY_PARTS_IN_README)
    for phrase in [*KEY_PARTS_IN_README.values(), "the article's text", "the schema version", "code reader's source"]:
        assert phrase in text, phrase
