"""Holding a brief to the verified items: its numbers, its sources, its language and its wording."""

from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .. import language as languages
from ..models import Brief, BriefSentence, ClaimStatus, NameTranslation
from ..patterns import factored
from ..results import GroundedActor, GroundedBrief, GroundedClaim, GroundedFigure, GroundedSentence, ItemKind
from .check import mentions, quote
from .normalise import fold_text, has_unspaced
from .numbers import find_figures, same_number
from .wording import context_problem, cut_off_problem, markup_problem

# Below this, a number word the article itself uses ('a three-day strike', 'two years') may stand in the
# brief without being one of the extracted figures: such counts are not what a summary gets wrong.
_SMALL_NUMBER = 10
# Share of a sentence's words (or, for scripts without spaces, character pairs) that must occur in the
# article for the sentence to count as drawn from it, when the brief is in the article's language.
MIN_SUPPORT = 0.5


_WORD = factored(r"\w+")


def _units(text: str) -> list[str]:
    folded = fold_text(text)
    if has_unspaced(folded):
        chars = [ch for ch in folded if ch.isalnum()]
        return ["".join(pair) for pair in pairwise(chars)]
    return [w for w in _WORD.findall(folded) if len(w) >= 3 or not w.isascii()]


def units(text: str) -> list[str]:
    """The words of `text` as `support` counts them (character pairs for Chinese, Japanese, Thai), folded."""
    return _units(text)


def support(text: str, article: str) -> float:
    """Share of the text's words (character pairs for Chinese, Japanese, Thai) that occur in the article."""
    if text.strip() and text.strip() in article:
        return 1.0
    units = _units(text)
    if not units:
        return 0.0
    vocabulary = _vocabulary(article)
    return sum(1 for u in units if u in vocabulary) / len(units)


# One answer's headline, sentences and event are each held to the same article: its words are listed once.
@lru_cache(maxsize=8)
def _vocabulary(article: str) -> frozenset[str]:
    return frozenset(_units(article))


class _Numbers:
    """The verified figures' numbers, for asking whether a number is one of them (`same_number`) without comparing
    it with every one: a long article's brief would otherwise compare each of its sentences with all its figures."""

    def __init__(self, numbers: list[float]) -> None:
        whole = [n for n in numbers if not math.isnan(n)]
        self.sorted = sorted(whole)
        # Below one, `same_number` also matches a fraction rounded or within 0.5%: those few are all compared.
        self.small = [n for n in whole if abs(n) < 1]

    def has(self, value: float) -> bool:
        # At or above one, `same_number` is equality to one part in a million: only a narrow window can hold it.
        slack = 2e-6 * abs(value) + 1e-12
        lo = bisect.bisect_left(self.sorted, value - slack)
        hi = bisect.bisect_right(self.sorted, value + slack)
        return any(same_number(value, n) for n in self.sorted[lo:hi]) or any(same_number(value, n) for n in self.small)


@dataclass(frozen=True)
class BriefContext:
    """What a brief is held to: the verified items, the article, and the two languages."""

    article: str
    article_language: str | None
    brief_language: str | None
    figures: list[GroundedFigure]
    claims: list[GroundedClaim]
    actors: list[GroundedActor]
    aliases: tuple[NameTranslation, ...] = ()

    @functools.cached_property
    def _numbers(self) -> _Numbers:
        return _Numbers([f.number if f.number else math.nan for f in self.figures])

    @property
    def same_language(self) -> bool:
        return self.brief_language in (None, self.article_language)

    def names_for(self, source: str) -> list[str]:
        """The source as the article names it, plus the translations of the actors it names."""
        names = [source]
        pairs = [(a.name, a.translation) for a in self.actors] + [(n.name, n.translation) for n in self.aliases]
        for name, translation in pairs:
            if translation and (mentions(name, source) or mentions(source, name)):
                names.append(translation)
        return names

    def credits(self, text: str, source: str) -> bool:
        return any(mentions(text, name) for name in self.names_for(source))

    def unbacked_numbers(self, text: str) -> list[str]:
        folded_article = fold_text(self.article)
        unbacked = []
        for n in find_figures(text, self.brief_language or self.article_language):
            if n.is_date_or_time or self._numbers.has(n.value):
                continue
            surface = text[n.span_start : n.span_end]
            if n.value <= _SMALL_NUMBER and (not self.same_language or fold_text(surface) in folded_article):
                continue
            unbacked.append(surface)
        return unbacked


def _wording_problem(text: str, ctx: BriefContext, *, sentence: bool) -> str | None:
    """Markup, a cut-off end, or (in the article's language) a number set in another context than its own."""
    problem = markup_problem(text) or cut_off_problem(text, ctx.article, sentence=sentence)
    if problem is None and ctx.same_language:
        problem = context_problem(text, ctx.figures, ctx.article, ctx.article_language)
    return problem


def _sentence_problem(
    sentence: BriefSentence, ctx: BriefContext, figure_map: dict[int, int], claim_map: dict[int, int]
) -> str | None:
    wording = _wording_problem(sentence.text, ctx, sentence=True)
    if wording:
        return wording
    if ctx.same_language and support(sentence.text, ctx.article) < MIN_SUPPORT:
        return "most of its words are not in the article"
    for ref in sentence.figures:
        if ref not in figure_map:
            return f"it rests on figure {ref}, which is not a verified figure"
    for ref in sentence.claims:
        if ref not in claim_map:
            return f"it rests on claim {ref}, which is not a verified claim"
    unbacked = ctx.unbacked_numbers(sentence.text)
    if unbacked:
        return f"it states {quote(unbacked[0])}, which is not a verified figure of the article"
    for number in find_figures(sentence.text, ctx.brief_language or ctx.article_language):
        for figure in ctx.figures:
            stated = same_number(number.value, figure.number or float("nan"))
            if stated and figure.source and not ctx.credits(sentence.text, figure.source):
                return f"it gives {quote(figure.value)} without its source, {quote(figure.source)}"
    for ref in sentence.claims:
        claim = ctx.claims[claim_map[ref] - 1]
        if claim.status != ClaimStatus.CONFIRMED and not ctx.credits(sentence.text, claim.source):
            return f"it states as fact what {quote(claim.source)} {claim.status.value}; name the source"
    return None


def check_brief(
    brief: Brief, ctx: BriefContext, figure_map: dict[int, int], claim_map: dict[int, int]
) -> tuple[GroundedBrief, list[tuple[ItemKind, object, str]]]:
    """The headline and sentences that pass, and (kind, item, reason) for each that does not.

    `figure_map` and `claim_map` turn the brief's references (the model's numbering, from 1) into the
    numbering of the verified lists. A brief that is not in its language fails whole.
    """
    failures: list[tuple[ItemKind, object, str]] = []
    language = ctx.brief_language or ctx.article_language
    text = " ".join([brief.headline, *(s.text for s in brief.sentences)])
    if language and not languages.written_in(text, language):
        reason = f"the brief is not written in {languages.name_of(language)}"
        failures.append(("headline", brief.headline, reason))
        failures += [("brief_sentence", sentence, reason) for sentence in brief.sentences]
        return GroundedBrief(language=language or "und", headline="", sentences=[], names=list(ctx.aliases)), failures

    headline = brief.headline
    unbacked = ctx.unbacked_numbers(headline)
    wording = _wording_problem(headline, ctx, sentence=False) if headline else None
    if wording:
        failures.append(("headline", headline, wording))
        headline = ""
    elif unbacked:
        failures.append(("headline", headline, f"it states {quote(unbacked[0])}, which is not a verified figure"))
        headline = ""
    elif ctx.same_language and support(headline, ctx.article) < MIN_SUPPORT:
        failures.append(("headline", headline, "most of its words are not in the article"))
        headline = ""
    sentences: list[GroundedSentence] = []
    seen: dict[str, int] = {}
    for number, sentence in enumerate(brief.sentences, start=1):
        key = fold_text(sentence.text)
        problem = f"it repeats sentence {seen[key]}" if key in seen else None
        seen.setdefault(key, number)
        problem = problem or _sentence_problem(sentence, ctx, figure_map, claim_map)
        if problem:
            failures.append(("brief_sentence", sentence, problem))
            continue
        sentences.append(
            GroundedSentence(
                text=sentence.text,
                figures=[figure_map[r] for r in sentence.figures],
                claims=[claim_map[r] for r in sentence.claims],
            )
        )
    grounded = GroundedBrief(
        language=language or "und", headline=headline, sentences=sentences, names=list(ctx.aliases)
    )
    return grounded, failures
