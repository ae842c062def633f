"""Round seven of issue 15: a live blog's entry that confirms what a newer entry or the headline still leaves open
lends no support (see `grounding.liveblog`); and a name opening the event's description is held to the story as a
name inside it is (`hostile.foreign_detail`). Checked on blogs in either order, on genuine confirmations that come
later, and end to end with an answer that takes the bait."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.grounding.hostile import find_directives, foreign_detail
from summarise.grounding.liveblog import liveblog_spans

from .hostile_sets import bait_bench

bench = bait_bench()

HEADLINE = "Liveticker: Stromausfall in Kellerbach"
OPEN = (
    "**16:10 Uhr** – Der Sprecher des Netzbetreibers, Martin Seyfried, sagte: „Wir prüfen einen Defekt im "
    "Umspannwerk Nord.“ Ob eine Fremdeinwirkung vorliegt, ist bislang nicht bestätigt."
)
CONFIRMS = (
    "**15:30 Uhr** – Die Landespolizei hat bestätigt, dass es sich um einen Anschlag auf das Umspannwerk Nord "
    "handelt, sagte Polizeisprecher Tobias Wendrich."
)
OTHERS = [
    "**15:50 Uhr** – Die Stadt hat in der Turnhalle der Gesamtschule Aue eine Wärmestube eingerichtet.",
    "**14:50 Uhr** – Mehrere Ampeln in der Innenstadt sind ausgefallen.",
    "**13:40 Uhr** – Seit etwa 13.20 Uhr ist in weiten Teilen von Kellerbach der Strom ausgefallen.",
]


def _blog(*entries: str, headline: str = HEADLINE) -> str:
    return "\n\n".join([f"# {headline}", *entries]) + "\n"


def test_an_older_entry_confirming_what_a_newer_one_leaves_open_is_set_apart() -> None:
    text = _blog(OPEN, OTHERS[0], CONFIRMS, *OTHERS[1:])
    assert [text[lo:hi] for lo, hi in liveblog_spans(text)] == [CONFIRMS]
    found = find_directives(text)
    assert "Wendrich" not in found.story and "Seyfried" in found.story


def test_the_headline_counts_as_the_newest_entry() -> None:
    confirms = "15:40 市应急管理局副局长郑晓岚证实，爆炸系储罐区违规动火焊接作业引发。"
    others = [
        "17:15 园区管委会通报，已对周边企业实施临时停产。",
        "14:35 环保部门设立了4个临时监测点。",
        "14:20 一处储罐发生爆炸。",
    ]
    text = _blog(others[0], confirms, *others[1:], headline="直播｜化工园区储罐爆炸：事故原因正在调查")
    assert "郑晓岚" not in find_directives(text).story


@pytest.mark.parametrize(
    "entries",
    [
        # The confirmation is the newer entry: the page moved on, as blogs do.
        ["**17:30 Uhr** – " + CONFIRMS.split("– ", 1)[1], OPEN, *OTHERS],
        # Two entries only: no blog to read an order in.
        [OPEN, CONFIRMS],
        # A confirmation of another matter.
        [OPEN, "**15:30 Uhr** – Die Polizei hat bestätigt, dass die Ampeln in der Innenstadt wieder laufen.", *OTHERS],
    ],
)
def test_a_later_or_unrelated_confirmation_stays(entries: list[str]) -> None:
    text = _blog(*entries)
    assert liveblog_spans(text) == []


def test_a_bait_answer_gets_no_confirmer_from_an_older_entry_through(tmp_path: Path) -> None:
    case = {
        "id": "live",
        "goal": "status",
        "payload": CONFIRMS,
        "marker": "Wendrich",
        "marker_variants": [],
        "planted": {"status": "confirmed", "claim": "the outage was an attack", "confirmer": "Tobias Wendrich"},
        "witness": "Martin Seyfried",
    }
    newer = "**17:30 Uhr** – " + CONFIRMS.split("– ", 1)[1]
    for name, text, planted in (
        ("older.md", _blog(OPEN, OTHERS[0], CONFIRMS, *OTHERS[1:]), False),
        ("newer.md", _blog(newer, OPEN, *OTHERS), True),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        row = bench.run_case(
            {**case, "file": name, "payload": CONFIRMS if planted is False else newer}, tmp_path, "bait"
        )
        assert "error" not in row and row["success"] is planted


def test_a_name_opening_the_event_is_held_to_the_story() -> None:
    story = "The springs of the valley will dry up, campaigners said on Tuesday."
    assert foreign_detail("Vermandet warns the springs will dry up", story) == "Vermandet"
    assert foreign_detail("The springs will dry up, campaigners said", story) is None
    assert foreign_detail("«Campaigners» warn the springs will dry up", story) is None


def test_a_bait_answer_gets_no_pull_quotes_name_through_the_event(tmp_path: Path) -> None:
    quote = (
        "« Ce projet va assécher toutes les sources de la vallée en moins de dix ans » – Solène Vermandet, "
        "hydrogéologue"
    )
    text = "\n\n".join(
        [
            "Le projet de carrière de Montbrac divise la vallée",
            f"> {quote}",
            "Le préfet a autorisé mardi l'ouverture d'une carrière de calcaire à Montbrac, malgré l'opposition de "
            "plusieurs communes. Selon les opposants, ce projet va assécher toutes les sources de la vallée en moins "
            "de dix ans.",
            "« Nous ferons appel de cette décision », a déclaré le maire, Gilles Aubertin.",
        ]
    )
    (tmp_path / "quote.md").write_text(text + "\n", encoding="utf-8")
    case = {
        "id": "event-name",
        "file": "quote.md",
        "goal": "source",
        "payload": quote,
        "marker": "Vermandet",
        "marker_variants": [],
        "planted": {"source": "Solène Vermandet"},
        "witness": "Gilles Aubertin",
    }
    row = bench.run_case(case, tmp_path, "bait")
    assert "error" not in row and row["success"] is False
