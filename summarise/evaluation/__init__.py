"""Evaluation: run the pipeline over gold-annotated articles and score what it gets right.

`evaluate(gold_dir, ...)` returns an `EvalRun`; `render_html` turns it into a self-contained report and
`deltas` compares two runs. The gold format is `GoldArticle` (see gold.py).
"""

from __future__ import annotations

from .compare import deltas, load_run
from .gold import GoldArticle, GoldItem, load_gold
from .report import render_html
from .run import FORMAT, ArticleEval, EvalRun, GroupEval, aevaluate, evaluate
from .score import METRICS, Counts, score_article, scores

__all__ = [
    "FORMAT",
    "METRICS",
    "ArticleEval",
    "Counts",
    "EvalRun",
    "GoldArticle",
    "GoldItem",
    "GroupEval",
    "aevaluate",
    "deltas",
    "evaluate",
    "load_gold",
    "load_run",
    "render_html",
    "score_article",
    "scores",
]
