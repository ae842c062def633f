"""The figure reader on the tuning half of a helper's labelled numbers (eval/traps/tune.jsonl): the rules for numbers
that count nothing were written on it, so these are floors that catch a rule breaking, not a measure (the held-out
half is measured by bench/traps.py and reported in README)."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("traps_bench", ROOT / "bench" / "traps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tuning_half_keeps_few_traps_and_loses_no_figure() -> None:
    result = _bench().score(ROOT / "eval" / "traps" / "tune.jsonl")  # type: ignore[attr-defined]
    assert result["traps"] == 236 and result["figures"] == 287
    # (on e1bdef6, before the rules: 87 traps kept and 270 figures found)
    assert result["kept"] <= 16, result["by_kind"]
    # (279 since number words outside English are read: "cinq habitants", "пять человек")
    assert result["found"] >= 278
    assert result["outside"] == 0
