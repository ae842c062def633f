"""Help by construction: restrict names, figure values and evidence to spans harvested from the article.

With an engine that constrains decoding to a JSON Schema, the model then
chooses among the article's own names, figures and sentences instead of
writing them, so it cannot invent one. The harvest is deliberately generous:
a candidate that is not really a name costs nothing, a missing one costs a
true item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, create_model

from .. import defaults
from ..models import Actor, Claim, Extraction, Figure
from ..patterns import factored
from .normalise import unspaced
from .numbers import find_figures

# A run of capitalised words, allowing the small joining words of names ("Port of Valmera", "Ministry of
# Defence", "Abu al-Hassan") and initials.
_CAP = r"[^\W\d_a-zß-öø-ÿа-яёіїєґ][\w'’\-]*"
_JOIN = r"(?:of|the|de|del|da|di|du|la|le|von|van|der|den|al|el|bin|ibn|y|and|&)"
_NAME_RUN = factored(rf"{_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*")
# A sentence ends at . ! ? followed by a space or the end (so "6.5" and "U.S." do not end one), or at the
# full-width and Arabic marks, which need no space.
_SENTENCE = factored(r"(?:[^\n.!?。！？؟]|[.!?](?!\s|$))+(?:[.!?]+[\"'”’»)]*(?=\s|$)|[。！？؟]+|$)", re.MULTILINE)
_MAX_RUN_WORDS = 6
_MIN_SENTENCE_CHARS = 20


@dataclass(frozen=True)
class Candidates:
    """Spans of the article a model may choose from."""

    names: tuple[str, ...]
    figures: tuple[str, ...]
    sentences: tuple[str, ...]


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def _names(article: str) -> list[str]:
    found: list[str] = []
    for match in _NAME_RUN.finditer(article):
        words = match.group(0).split()[:_MAX_RUN_WORDS]
        # The pattern admits any letter that is not lower case, which includes scripts without case.
        if not words[0][0].isupper():
            continue
        # Every contiguous part of a run, so that "Ukrainian President Volodymyr Zelensky" also offers
        # "Volodymyr Zelensky" and "Zelensky"; parts may not start or end on a joining word.
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                part = words[i:j]
                if re.fullmatch(_JOIN, part[0]) or re.fullmatch(_JOIN, part[-1]):
                    continue
                text = " ".join(part).strip("'’-.,")
                if len(text) >= 2:
                    found.append(text)
    return found


def _sentences(article: str) -> list[str]:
    found = (m.group(0).strip() for m in _SENTENCE.finditer(article))
    # A sentence of a script without spaces packs more into fewer characters.
    return [s for s in found if len(s) >= (_MIN_SENTENCE_CHARS // 3 if any(map(unspaced, s)) else _MIN_SENTENCE_CHARS)]


def harvest(article: str, lang: str | None) -> Candidates:
    """Names (capitalised runs; none for scripts without case), figure expressions and sentences."""
    figures = [article[f.span_start : f.span_end] for f in find_figures(article, lang) if not f.is_date_or_time]
    return Candidates(names=_unique(_names(article)), figures=_unique(figures), sentences=_unique(_sentences(article)))


def _choice(options: tuple[str, ...]) -> Any:
    return Literal[options]


def constrained_model(candidates: Candidates) -> type[Extraction]:
    """An `Extraction` whose names, figure values and evidence must be candidates.

    A kind with no candidates stays free text (names in Chinese, say), except figures, whose list must then
    be empty: an article with no number has no figure to give.
    """
    field_of = Extraction.model_fields
    name: Any = _choice(candidates.names) if candidates.names else str
    actor = create_model(
        "Actor",
        __base__=Actor,
        name=(name, Field(description=Actor.model_fields["name"].description)),
    )
    figure_value: Any = _choice(candidates.figures) if candidates.figures else str
    figure = create_model(
        "Figure",
        __base__=Figure,
        value=(figure_value, Field(description=Figure.model_fields["value"].description)),
        source=(name | None, Field(description=Figure.model_fields["source"].description)),
    )
    evidence: Any = _choice(candidates.sentences) if candidates.sentences else str
    claim = create_model(
        "Claim",
        __base__=Claim,
        source=(name, Field(description=Claim.model_fields["source"].description)),
        evidence=(evidence, Field(description=Claim.model_fields["evidence"].description)),
    )
    max_figures = defaults.MAX_FIGURES if candidates.figures else 0
    return create_model(
        "Extraction",
        __base__=Extraction,
        actors=(list[actor], Field(max_length=defaults.MAX_ACTORS, description=field_of["actors"].description)),  # type: ignore[valid-type]
        figures=(list[figure], Field(max_length=max_figures, description=field_of["figures"].description)),  # type: ignore[valid-type]
        claims=(list[claim], Field(max_length=defaults.MAX_CLAIMS, description=field_of["claims"].description)),  # type: ignore[valid-type]
    )
