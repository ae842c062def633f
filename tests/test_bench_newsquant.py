"""The scorer of bench/newsquant.py (code's number finder on the published NewsQuant set): one tag per gold
quantity, a range matched only by both of its ends (counted as one tag), values equal within 1e-5."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("newsquant", ROOT / "bench" / "newsquant.py")
assert _SPEC is not None and _SPEC.loader is not None
newsquant = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(newsquant)


def test_each_tag_matches_one_gold_quantity() -> None:
    assert newsquant.score_sentence([5.0, 5.0], [5.0]) == (1, 1, [5.0])
    assert newsquant.score_sentence([5.0], [5.0, 5.0]) == (1, 2, [])
    assert newsquant.score_sentence([2.1], [2.1000001]) == (1, 1, [])
    assert newsquant.score_sentence([2.1], [2.2]) == (0, 1, [2.1])


def test_a_range_needs_both_ends_and_they_count_as_one_tag() -> None:
    assert newsquant.score_sentence([(1.0, 1.5)], [1.0, 1.5]) == (1, 1, [])
    # One end found: the range is missed, and the end is free for a single gold value.
    assert newsquant.score_sentence([(1.0, 1.5), 1.0], [1.0]) == (1, 1, [(1.0, 1.5)])


def test_gold_values_are_read_as_the_set_writes_them() -> None:
    assert newsquant._gold_value("1.8-2.7") == (1.8, 2.7)
    assert newsquant._gold_value("-3.5") == -3.5
    assert newsquant._gold_value("1.13E14") == 1.13e14
    assert newsquant._gold_value("6.0") == 6.0


def test_what_a_figure_counts_is_compared_as_the_published_scorer_does() -> None:
    """`concepts`: (complete, partial) against the gold's referred concepts, then against its unit and concepts."""
    gold = {"unit": "miles", "referred_concepts": "driving range"}
    assert newsquant.concepts(gold, "the driving range") == (True, True, False, True)
    assert newsquant.concepts(gold, "range") == (False, True, False, True)
    assert newsquant.concepts(gold, "miles") == (False, False, False, True)
    assert newsquant.concepts(gold, "evening") == (False, False, False, False)
    # "-" (no concept) is matched only by nothing; the unit still counts in the second pair.
    assert newsquant.concepts({"unit": "solution", "referred_concepts": "-"}, None) == (True, True, False, False)
    assert newsquant.concepts({"unit": "solution", "referred_concepts": "-"}, "solution") == (False, False, True, True)


def test_pairs_name_each_match() -> None:
    pairs: list[tuple[int, int]] = []
    newsquant.score_sentence([5.0, (1.0, 1.5)], [1.0, 5.0, 1.5], pairs)
    assert pairs == [(0, 1), (1, 0)]
