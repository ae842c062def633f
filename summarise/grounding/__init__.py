"""Grounding: finding a model's quotes and figures in the article they came from.

fold() makes text comparable, locate()/nearest()/context() find quoted items, and
parse_figure()/find_figures() read numbers as articles write them, in many languages and scripts.
"""

from __future__ import annotations

from .normalise import fold, source_span
from .numbers import Figure, find_figures, parse_figure, render, same_number
from .spans import Span, context, locate, nearest

__all__ = [
    "Figure",
    "Span",
    "context",
    "find_figures",
    "fold",
    "locate",
    "nearest",
    "parse_figure",
    "render",
    "same_number",
    "source_span",
]
