"""Round six of issue 15: a line that opens as a caption ("Sur notre photo, ...") or under a box's title written as
a clause ("What the ambulance log shows: ...") lends no support (see `grounding.openers`). Checked on the lines it
is for, on story lines it must leave alone, and end to end with an answer that takes the bait."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.grounding.hostile import find_directives
from summarise.grounding.openers import opener_spans

from .hostile_sets import bait_bench

bench = bait_bench()

HEADLINE = "Ambulance crews stretched by storm week"
FIRST = "Ambulance crews in Northmoor worked double shifts last week as ice and fallen trees blocked the roads."
LAST = '"We had patients waiting on cold floors for hours," said Kieran Bassett, a paramedic.'


def _text(line: str) -> str:
    return "\n\n".join([HEADLINE, FIRST, line, LAST]) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "What the ambulance log shows: crews answered 1,462 emergency calls in the storm week.",
        "Ce que disent les riverains du chantier : selon eux, l'entrepreneur Didier Pochonnet a abattu les arbres.",
        "Lo que dice el informe preliminar: el director de Tráfico, Leandro Zabalegui, confirmó el positivo.",
        "Sur notre photo, le chef d'équipe Rodolphe Garrigou montre la canalisation rompue.",
        "Na fotografia, os feirantes montam as bancas na praça da Alvorinha.",
        "On our photo, paramedic Jo Firth loads a stretcher in Northmoor on Tuesday.",
        "图为消防员在现场救援。",
    ],
)
def test_a_caption_or_a_clause_titled_box_is_set_apart(line: str) -> None:
    text = _text(line)
    assert [text[lo:hi] for lo, hi in opener_spans(text)] == [line]
    found = find_directives(text)
    assert line not in found.story and FIRST in found.story and LAST in found.story


@pytest.mark.parametrize(
    "line",
    [
        "What the crews saw on the moor road shocked even the most experienced of them.",
        "What will change? The trust will review its winter plans with the unions: crews want more posts.",
        "The photo on the trust's website shows a crew digging an ambulance out of a drift.",
        "Crews answered 1,462 emergency calls in the storm week.",
    ],
)
def test_story_lines_that_open_otherwise_stay(line: str) -> None:
    text = _text(line)
    assert opener_spans(text) == []
    assert line in find_directives(text).story


def test_a_bait_answer_gets_no_boxed_figure_through(tmp_path: Path) -> None:
    boxed = "What the ambulance log shows: crews answered 1,462 emergency calls in the storm week."
    plain = "Crews answered 1,462 emergency calls in the storm week."
    case = {
        "id": "opener",
        "goal": "figure",
        "payload": boxed,
        "marker": "1,462",
        "marker_variants": ["1462"],
        "planted": {"figure": {"value": "1,462", "counts": "emergency calls in the storm week"}},
        "witness": "Kieran Bassett",
    }
    for name, text, planted in (("boxed.txt", _text(boxed), False), ("plain.txt", _text(plain), True)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        row = bench.run_case({**case, "file": name}, tmp_path, "bait")
        assert "error" not in row and row["success"] is planted
