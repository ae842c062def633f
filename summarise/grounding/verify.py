"""Verifying a whole extraction: every item located or moved aside, and the brief held to the verified items."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..models import BriefSentence, ClaimStatus, Extraction
from ..results import (
    GroundedActor,
    GroundedBrief,
    GroundedClaim,
    GroundedEvent,
    GroundedFigure,
    GroundedSentence,
    GroundingReport,
    ItemKind,
    KindCount,
    UnverifiedItem,
)
from .check import Checked, check_actor, check_claim, check_event, check_figure, mentions, quote
from .normalise import fold, unspaced
from .numbers import find_figures, same_number


@dataclass
class Verdict:
    """The verified parts of one extraction and everything that failed, with reasons."""

    event: GroundedEvent
    actors: list[GroundedActor] = field(default_factory=list)
    figures: list[GroundedFigure] = field(default_factory=list)
    claims: list[GroundedClaim] = field(default_factory=list)
    brief: GroundedBrief = field(default_factory=lambda: GroundedBrief(headline="", sentences=[]))
    unverified: list[UnverifiedItem] = field(default_factory=list)
    event_verified: int = 0

    def fail(self, kind: ItemKind, item: Any, reason: str) -> None:
        dumped = item.model_dump(mode="json") if hasattr(item, "model_dump") else item
        self.unverified.append(UnverifiedItem(kind=kind, item=dumped, reason=reason))

    def failures(self) -> list[str]:
        return [f"{u.kind.replace('_', ' ')} {_label(u.item)}: {u.reason}" for u in self.unverified]

    def score(self) -> int:
        """More verified items and fewer failures is better; used to keep the best of several answers."""
        verified = len(self.actors) + len(self.figures) + len(self.claims) + len(self.brief.sentences)
        return 2 * verified - len(self.unverified)

    def report(self, reasks: int) -> GroundingReport:
        def count(kind: str, verified: int) -> KindCount:
            return KindCount(verified=verified, unverified=sum(1 for u in self.unverified if u.kind == kind))

        brief_unverified = sum(1 for u in self.unverified if u.kind in ("headline", "brief_sentence"))
        return GroundingReport(
            event=count("event", self.event_verified),
            actors=count("actor", len(self.actors)),
            figures=count("figure", len(self.figures)),
            claims=count("claim", len(self.claims)),
            brief=KindCount(
                verified=len(self.brief.sentences) + (1 if self.brief.headline else 0), unverified=brief_unverified
            ),
            reasks=reasks,
        )


def _label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "value", "statement", "text", "where", "when"):
            if item.get(key):
                return quote(str(item[key]), 60)
    return quote(str(item), 60)


# Below this, a number word the article itself uses ('a three-day strike', 'two years') may stand in the
# brief without being one of the extracted figures: such counts are not what a summary gets wrong.
_SMALL_NUMBER = 10
# Share of a sentence's words (or, for scripts without spaces, character pairs) that must occur in the
# article for the sentence to count as drawn from it, when the brief is in the article's language.
_MIN_SUPPORT = 0.5


def _numbers_unbacked(text: str, figures: list[GroundedFigure], article: str, lang: str | None) -> list[str]:
    folded_article = fold(article)[0]
    unbacked = []
    for n in find_figures(text, lang):
        if n.is_date_or_time or any(same_number(n.value, f.number or float("nan")) for f in figures):
            continue
        surface = text[n.span_start : n.span_end]
        if n.value <= _SMALL_NUMBER and fold(surface)[0] in folded_article:
            continue
        unbacked.append(surface)
    return unbacked


def _units(text: str) -> list[str]:
    folded = fold(text)[0]
    words = [w for w in re.findall(r"\w+", folded) if len(w) >= 3 or not w.isascii()]
    if any(unspaced(ch) for ch in folded):
        chars = [ch for ch in folded if ch.isalnum()]
        return ["".join(pair) for pair in pairwise(chars)]
    return words


def support(text: str, article: str) -> float:
    """Share of the text's words (character pairs for Chinese, Japanese, Thai) that occur in the article."""
    units = _units(text)
    if not units:
        return 0.0
    vocabulary = set(_units(article))
    return sum(1 for u in units if u in vocabulary) / len(units)


def _sentence_problem(
    sentence: BriefSentence,
    figure_map: dict[int, int],
    claim_map: dict[int, int],
    figures: list[GroundedFigure],
    claims: list[GroundedClaim],
    article: str,
    lang: str | None,
    same_language: bool,
) -> str | None:
    if same_language and support(sentence.text, article) < _MIN_SUPPORT:
        return "most of its words are not in the article"
    for ref in sentence.figures:
        if ref not in figure_map:
            return f"it rests on figure {ref}, which is not a verified figure"
    for ref in sentence.claims:
        if ref not in claim_map:
            return f"it rests on claim {ref}, which is not a verified claim"
    unbacked = _numbers_unbacked(sentence.text, figures, article, lang)
    if unbacked:
        return f"it states {quote(unbacked[0])}, which is not a verified figure of the article"
    for number in find_figures(sentence.text, lang):
        for figure in figures:
            stated = same_number(number.value, figure.number or float("nan"))
            if stated and figure.source and not mentions(sentence.text, figure.source):
                return f"it gives {quote(figure.value)} without its source, {quote(figure.source)}"
    for ref in sentence.claims:
        claim = claims[claim_map[ref] - 1]
        if claim.status != ClaimStatus.CONFIRMED and not mentions(sentence.text, claim.source):
            return f"it states as fact what {quote(claim.source)} {claim.status.value}; name the source"
    return None


def _keep_verified(
    verdict: Verdict, kind: ItemKind, items: Sequence[Any], check: Callable[[Any], Checked]
) -> tuple[list[Any], dict[int, int]]:
    """The items that pass `check`, and how the model's numbering (from 1) maps to theirs; the rest fail."""
    kept: list[Any] = []
    numbering: dict[int, int] = {}
    for number, item in enumerate(items, start=1):
        checked = check(item)
        if checked.grounded is None:
            verdict.fail(kind, item, checked.reason or "not verified")
            continue
        kept.append(checked.grounded)
        numbering[number] = len(kept)
    return kept, numbering


def verify(extraction: Extraction, article: str, lang: str | None, brief_language: str | None = None) -> Verdict:
    """Check every item of `extraction` against `article`; what fails is moved to `unverified` with its reason.

    `lang` is the article's language; `brief_language` that of the brief and labels (default: the same).
    Wording is only compared with the article when both are in the same language.
    """
    same_language = brief_language in (None, lang)
    event, reasons = check_event(extraction.event, article)
    if same_language and support(event.what, article) < _MIN_SUPPORT:
        reasons.append(f"the event {quote(event.what)} is not drawn from the article")
        event = event.model_copy(update={"what": ""})
    verdict = Verdict(event=event)
    for reason in reasons:
        verdict.fail("event", extraction.event, reason)
    verdict.event_verified = sum(1 for v in (event.where, event.when, event.when_iso) if v)

    verdict.actors, _ = _keep_verified(verdict, "actor", extraction.actors, lambda a: check_actor(a, article))
    verdict.figures, figure_map = _keep_verified(
        verdict, "figure", extraction.figures, lambda f: check_figure(f, article, lang)
    )
    verdict.claims, claim_map = _keep_verified(
        verdict, "claim", extraction.claims, lambda c: check_claim(c, article, lang)
    )

    headline = extraction.brief.headline
    unbacked = _numbers_unbacked(headline, verdict.figures, article, lang)
    if unbacked:
        verdict.fail("headline", headline, f"it states {quote(unbacked[0])}, which is not a verified figure")
        headline = ""
    elif same_language and support(headline, article) < _MIN_SUPPORT:
        verdict.fail("headline", headline, "most of its words are not in the article")
        headline = ""
    sentences: list[GroundedSentence] = []
    seen: dict[str, int] = {}
    for number, sentence in enumerate(extraction.brief.sentences, start=1):
        key = fold(sentence.text)[0]
        problem: str | None
        if key in seen:
            problem = f"it repeats sentence {seen[key]}"
        else:
            seen[key] = number
            problem = _sentence_problem(
                sentence, figure_map, claim_map, verdict.figures, verdict.claims, article, lang, same_language
            )
        if problem:
            verdict.fail("brief_sentence", sentence, problem)
            continue
        sentences.append(
            GroundedSentence(
                text=sentence.text,
                figures=[figure_map[r] for r in sentence.figures],
                claims=[claim_map[r] for r in sentence.claims],
            )
        )
    verdict.brief = GroundedBrief(headline=headline, sentences=sentences)
    return verdict


def reask_message(verdict: Verdict) -> str:
    """The precise list of failures, sent back to the model with its previous answer."""
    lines = "\n".join(f"- {line}" for line in verdict.failures())
    return (
        "Some items of your answer are not supported by the article:\n"
        f"{lines}\n"
        "Answer again with the whole JSON. Copy names, figures and evidence exactly from the article, "
        "and leave out any item the article does not support."
    )
