"""The scorer, on hand-built summaries whose every score is worked out by hand in the comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarise.evaluation import Counts, load_gold, score_article, scores
from summarise.evaluation.match import counts_compatible, names_match, stems
from summarise.evaluation.score import total
from summarise.results import ArticleSummary

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold"


@pytest.fixture(scope="module")
def dam() -> Any:
    (item,) = [i for i in load_gold(GOLD) if i.name == "en_dam_toll"]
    return item


def _span(article: str, text: str) -> dict[str, int]:
    at = article.index(text)
    return {"start": at, "end": at + len(text)}


def _kind(verified: int, unverified: int) -> dict[str, int]:
    return {"verified": verified, "unverified": unverified}


def _summary(article: str, *, brief: list[str], headline: str = "Dam collapse in Mossbrae kills at least 14") -> Any:
    figures = [
        # 14, 'people killed' vs 'people died': stems {peopl, kille} and {peopl, died}, 1 of 2 shared -> a match.
        ("At least 14", 14, "people killed"),
        # Right number, wrong meaning: {dam, heigh} shares nothing with {true, toll}.
        ("31", 31, "dam height"),
        # A wrong `number` (2.4) is read again from the value: 2.4 million, and {cubic, metre} -> a match.
        ("about 2.4 million", 2.4, "cubic metres"),
        # The year the dam was built: a gold trap kept as a figure, and no gold figure.
        ("1987", 1987, "year built"),
    ]
    claims = [
        # The residents' toll: right source, right status.
        ("Kerrow Valley Residents' Association", "claimed", "The Kerrow Valley Residents' Association said"),
        # The operator's denial credited to the ministry and called confirmed: matched, both wrong.
        ("regional health ministry", "confirmed", "Northwater Utilities, denied that it had ignored warnings"),
        # No gold claim rests on this sentence.
        ("Northwater Utilities", "claimed", "The dam, built in 1987, held about 2.4 million cubic metres of water."),
    ]
    data = {
        "event": {
            "what": "A dam gave way",
            "where": "Mossbrae",
            "when": "Monday",
            "when_iso": None,
            "where_span": _span(article, "Mossbrae"),
            "when_span": _span(article, "Monday"),
        },
        "actors": [
            {"name": n, "kind": "other", "role": "r", "translation": None, "span": _span(article, n)}
            for n in ("Dunmore", "Northwater Utilities", "Mossbrae")
        ],
        "figures": [
            {
                "value": v,
                "number": n,
                "unit": None,
                "counts": c,
                "qualifier": None,
                "source": None,
                "translation": None,
                "span": _span(article, v),
                "source_span": None,
            }
            for v, n, c in figures
        ],
        "claims": [
            {
                "statement": "s",
                "source": s,
                "channel": None,
                "status": st,
                "evidence": e,
                "translation": None,
                "evidence_span": _span(article, e),
                "source_span": _span(article, s),
            }
            for s, st, e in claims
        ],
        "brief": {
            "language": "en",
            "headline": headline,
            "sentences": [{"text": t, "figures": [], "claims": []} for t in brief],
            "names": [],
        },
        "briefs": [],
        "unverified": [
            {"kind": "actor", "item": {"name": "Hana Olsen"}, "reason": "not in the article"},
            {"kind": "figure", "item": {"value": "650", "number": 650, "counts": "homes flooded"}, "reason": "x"},
            {
                "kind": "claim",
                "item": {"source": "governor", "evidence": "Alis Dunmore said 650 homes had been flooded"},
                "reason": "source not named",
            },
            {"kind": "headline", "item": "A headline", "reason": "x"},
        ],
        "grounding": {
            "event": _kind(2, 0),
            "actors": _kind(3, 1),
            "figures": _kind(4, 1),
            "claims": _kind(3, 1),
            "brief": _kind(3, 1),
            "reasks": 1,
        },
        "source_language": "en",
        "metadata": {
            "engine": "openai",
            "model": "m",
            "prompt_template": "summary.v2",
            "schema_version": "2.0",
            "attempts": [],
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "wall_seconds": 1.0,
        },
    }
    return ArticleSummary.model_validate(data)


GOOD_BRIEF = ["The regional health ministry said 14 people died.", "Residents put the toll at 31 people."]


def test_every_metric_of_a_hand_built_summary(dam: Any) -> None:
    summary = _summary(dam.text, brief=GOOD_BRIEF)
    counts = score_article(summary, dam.gold, dam.text, calls=2, prompt_tokens=900, completion_tokens=300, seconds=4.5)
    got = scores(counts)
    assert got == {
        "figures_precision": 0.5,  # 2 matched of 4 kept
        "figures_recall": 0.5,  # 2 matched of 4 in the gold
        "actors_recall": 0.5,  # Alis Dunmore (as 'Dunmore') and Northwater Utilities of 4
        "actors_precision": 0.6667,  # 2 of 3 kept name a gold actor (Mossbrae is a place)
        "claims_recall": 0.5,  # 2 of 4 gold claims share evidence with a kept claim
        "claims_source_accuracy": 0.5,  # the residents' yes, the denial credited to the ministry no
        "claims_status_accuracy": 0.5,  # 'claimed' right, 'confirmed' for a denial wrong
        "event_recall": 0.5,  # where Mossbrae yes, when Monday against 'Sunday night' no
        "verified_share": 0.7895,  # 15 verified of 19 items
        "unverified_wrong_share": 0.3333,  # of 3 checkable, only 'Hana Olsen' is not in the gold
        "traps_kept": 1.0,  # 1987
        "brief_language_ok": 1.0,
        "brief_numbers_ok": 1.0,  # 14 and 31 are kept figures
        "schema_valid": 1.0,
        "calls": 2.0,
        "reasks": 1.0,
        "prompt_tokens": 900.0,
        "completion_tokens": 300.0,
        "seconds": 4.5,
    }


def test_a_brief_with_a_number_no_kept_figure_carries_fails(dam: Any) -> None:
    summary = _summary(dam.text, brief=[*GOOD_BRIEF, "The governor said 650 homes were flooded."])
    got = scores(score_article(summary, dam.gold, dam.text))
    assert got["brief_numbers_ok"] == 0.0  # 650 was left unverified
    assert got["brief_language_ok"] == 1.0


def test_a_brief_in_another_language_than_asked_fails(dam: Any) -> None:
    summary = _summary(dam.text, brief=GOOD_BRIEF)
    assert scores(score_article(summary, dam.gold, dam.text, requested_language="de"))["brief_language_ok"] == 0.0
    german = _summary(
        dam.text,
        headline="Dammbruch in Mossbrae",
        brief=["Mindestens 14 Menschen starben nach dem Dammbruch.", "Die Anwohner sprechen von 31 Toten."],
    )
    assert scores(score_article(german, dam.gold, dam.text))["brief_language_ok"] == 0.0


def test_a_failed_article_scores_nothing_found_and_counts_its_calls(dam: Any) -> None:
    counts = score_article(None, dam.gold, dam.text, calls=3, prompt_tokens=1200, completion_tokens=1500)
    got = scores(counts)
    assert got["schema_valid"] == 0.0
    assert got["figures_recall"] == 0.0 and got["actors_recall"] == 0.0 and got["claims_recall"] == 0.0
    # Nothing was kept, so there is no precision, no accuracy and no brief to judge.
    for key in ("figures_precision", "claims_source_accuracy", "verified_share", "brief_language_ok"):
        assert got[key] is None, key
    assert (got["calls"], got["reasks"], got["prompt_tokens"]) == (3.0, 2.0, 1200.0)


def test_overall_scores_add_counts_not_averages(dam: Any) -> None:
    good = score_article(_summary(dam.text, brief=GOOD_BRIEF), dam.gold, dam.text, calls=2, seconds=4.0)
    failed = score_article(None, dam.gold, dam.text, calls=3, seconds=8.0)
    both = scores(total([good, failed]))
    assert both["figures_recall"] == 0.25  # 2 matched of 4 + 4 gold figures
    assert both["figures_precision"] == 0.5  # the failed article kept nothing
    assert both["schema_valid"] == 0.5
    assert both["brief_numbers_ok"] == 1.0  # over the one article with a brief
    assert (both["calls"], both["reasks"], both["seconds"]) == (2.5, 1.5, 6.0)
    assert total([]) == Counts(articles=0)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alis Dunmore", "Dunmore", True),
        ("Alis  DUNMORE.", "alis dunmore", True),
        ("Dunmore", "Dun", False),  # a whole word, not a prefix
        ("Kerrow Valley Residents’ Association", "Kerrow Valley Residents' Association", True),
        ("东川市应急管理局", "应急管理局", True),
        ("水利局", "气象台", False),
        ("", "Dunmore", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


def test_stems_of_what_a_figure_counts() -> None:
    assert stems("People evacuated") == {"peopl", "evacu"}
    assert stems("of the 12 homes") == {"the", "homes"}  # short words and digits are left out
    assert stems("居民转移") == {"居民", "民转", "转移"}
    assert stems("주민이 대피") == {"주민", "대피"}
    assert counts_compatible("evacuees", "people evacuated")
    assert not counts_compatible("dollars", "people evacuated")
    assert not counts_compatible("", "people")


def test_a_range_figure_verifies_both_ends_of_the_brief() -> None:
    from types import SimpleNamespace

    from summarise.evaluation.score import _brief

    def summary(value: str) -> Any:
        sentence = SimpleNamespace(text="The repairs will cost between £2 million and £5 million, the council said.")
        brief = SimpleNamespace(headline="Repairs", sentences=[sentence], language="en")
        return SimpleNamespace(brief=brief, figures=[SimpleNamespace(number=2e6, value=value)])

    assert _brief(summary("between £2 million and £5 million"), "en") == (1, 1)
    assert _brief(summary("£2 million"), "en") == (1, 0)  # (£5 million is no figure's)
