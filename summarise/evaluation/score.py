"""Scoring one article's summary against its gold, as counts that add up over articles.

Every score is a ratio of summed counts (micro-averaged), so the overall and per-language scores weigh each
item once, and an article with no gold figures does not count as a perfect one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import Field

from .. import language as languages
from ..grounding import find_figures, fold, same_number
from ..models import Strict
from ..results import NO_USABLE_ANSWER, ArticleSummary
from . import match
from .gold import GoldArticle, GoldClaim

# Every metric: its key, a short label for tables, and whether it is a share (0 to 1, higher is better) or an
# amount per article (lower is better).
METRICS: tuple[tuple[str, str, bool], ...] = (
    ("figures_precision", "figures P", True),
    ("figures_recall", "figures R", True),
    ("actors_recall", "actors R", True),
    ("actors_precision", "actors P", True),
    ("claims_recall", "claims R", True),
    ("claims_source_accuracy", "claim source", True),
    ("claims_status_accuracy", "claim status", True),
    ("event_recall", "event", True),
    ("verified_share", "verified", True),
    ("unverified_wrong_share", "unverif. wrong", True),
    ("brief_language_ok", "brief lang", True),
    ("brief_numbers_ok", "brief numbers", True),
    ("schema_valid", "schema valid", True),
    ("traps_kept", "traps kept", False),
    ("calls", "calls", False),
    ("reasks", "re-asks", False),
    ("prompt_tokens", "tokens in", False),
    ("completion_tokens", "tokens out", False),
    ("seconds", "seconds", False),
)
SHARES = tuple(key for key, _, share in METRICS if share)


class Counts(Strict):
    """What one article's run produced and how much of it the gold supports; every field adds up over articles."""

    articles: int = Field(default=1, description="Articles counted (1 for one article).")
    summarised: int = Field(default=0, description="Articles with a summary (0 or 1 for one).")
    code_only: int = Field(
        default=0, description="Of those, summaries of code's reading alone: the model gave no usable answer."
    )
    gold_figures: int = Field(default=0, description="Figures in the gold.")
    output_figures: int = Field(default=0, description="Verified figures in the summary.")
    matched_figures: int = Field(default=0, description="Verified figures paired with a gold figure.")
    gold_actors: int = Field(default=0, description="Actors in the gold.")
    output_actors: int = Field(default=0, description="Verified actors in the summary.")
    found_actors: int = Field(default=0, description="Gold actors named by some verified actor.")
    right_actors: int = Field(default=0, description="Verified actors that name a gold actor.")
    gold_claims: int = Field(default=0, description="Claims in the gold.")
    matched_claims: int = Field(default=0, description="Gold claims paired with a verified claim on the same evidence.")
    right_source: int = Field(default=0, description="Paired claims credited to the gold's source.")
    right_status: int = Field(default=0, description="Paired claims with the gold's status.")
    gold_event: int = Field(default=0, description="The gold event's place and time that are given (0 to 2).")
    matched_event: int = Field(default=0, description="Of those, how many the summary's event gives too.")
    verified_items: int = Field(default=0, description="Items of the summary that passed verification (all kinds).")
    unverified_items: int = Field(default=0, description="Items the summary moved to 'unverified' (all kinds).")
    unverified_checked: int = Field(default=0, description="Unverified actors, figures and claims (gold can judge).")
    unverified_wrong: int = Field(default=0, description="Of those, the ones no gold item supports.")
    traps_kept: int = Field(default=0, description="Verified figures that are a gold trap (a date, a year...).")
    brief_language: int = Field(default=0, description="Briefs in the requested language (0 or 1 for one article).")
    brief_numbers: int = Field(default=0, description="Briefs with no number that is not a verified figure.")
    calls: int = Field(default=0, description="Model calls.")
    reasks: int = Field(default=0, description="Model calls after each article's first (schema or grounding re-asks).")
    prompt_tokens: int = Field(default=0, description="Tokens read by the model.")
    completion_tokens: int = Field(default=0, description="Tokens written by the model.")
    seconds: float = Field(default=0.0, description="Wall time of the summaries, in seconds.")

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{name: getattr(self, name) + getattr(other, name) for name in Counts.model_fields})


def total(counts: Iterable[Counts]) -> Counts:
    """The sum of many articles' counts."""
    out = Counts(articles=0)
    for item in counts:
        out = out + item
    return out


def _ratio(part: float, whole: float) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def scores(counts: Counts) -> dict[str, float | None]:
    """The metrics of a sum of counts; a share is None when its denominator is zero (nothing to score)."""
    c = counts
    per = c.articles or 1
    return {
        "figures_precision": _ratio(c.matched_figures, c.output_figures),
        "figures_recall": _ratio(c.matched_figures, c.gold_figures),
        "actors_recall": _ratio(c.found_actors, c.gold_actors),
        "actors_precision": _ratio(c.right_actors, c.output_actors),
        "claims_recall": _ratio(c.matched_claims, c.gold_claims),
        "claims_source_accuracy": _ratio(c.right_source, c.matched_claims),
        "claims_status_accuracy": _ratio(c.right_status, c.matched_claims),
        "event_recall": _ratio(c.matched_event, c.gold_event),
        "verified_share": _ratio(c.verified_items, c.verified_items + c.unverified_items),
        "unverified_wrong_share": _ratio(c.unverified_wrong, c.unverified_checked),
        "traps_kept": float(c.traps_kept),
        "brief_language_ok": _ratio(c.brief_language, c.summarised),
        "brief_numbers_ok": _ratio(c.brief_numbers, c.summarised),
        "schema_valid": _ratio(c.summarised - c.code_only, c.articles),
        "calls": round(c.calls / per, 3),
        "reasks": round(c.reasks / per, 3),
        "prompt_tokens": round(c.prompt_tokens / per, 1),
        "completion_tokens": round(c.completion_tokens / per, 1),
        "seconds": round(c.seconds / per, 3),
    }


def _source_names(claim: GoldClaim, gold: GoldArticle) -> list[str]:
    """The gold claim's source and, when it is a gold actor, that actor's other names."""
    names = [claim.source]
    for actor in gold.actors:
        if any(match.names_match(claim.source, n) for n in (actor.name, *actor.aliases)):
            names += [actor.name, *actor.aliases]
    return names


def _actor_names(gold: GoldArticle) -> list[list[str]]:
    return [[a.name, *a.aliases] for a in gold.actors]


def _event(summary: ArticleSummary, gold: GoldArticle) -> tuple[int, int]:
    given = matched = 0
    for key in ("where", "when"):
        want = getattr(gold.event, key)
        if want is None:
            continue
        given += 1
        got = getattr(summary.event, key)
        if got:
            a, b = fold(got)[0], fold(want)[0]
            matched += int(a in b or b in a)
    return given, matched


def _figures(summary: ArticleSummary, gold: GoldArticle, article: str, lang: str | None) -> tuple[int, int]:
    out = [(match.figure_number(f.value, f.number, lang), f.counts) for f in summary.figures]
    pairs = match.pair(
        gold.figures, out, lambda g, o: match.figures_match(o[0], o[1], g.number, g.counts, g.value, lang)
    )
    traps = [(at, at + len(t)) for t in gold.not_figures if (at := article.find(t)) >= 0]
    kept = sum(1 for f in summary.figures if any(match.overlap((f.span.start, f.span.end), t) for t in traps))
    return len(pairs), kept


def _claims(summary: ArticleSummary, gold: GoldArticle, article: str) -> tuple[int, int, int]:
    gold_ranges = [match.evidence_range(c.evidence, article) for c in gold.claims]
    out = [((c.evidence_span.start, c.evidence_span.end), c, match.evidence_range(c.statement, article)) for c in
           summary.claims]  # fmt: skip

    def within(g: int, o: tuple[Any, ...]) -> bool:
        span, evidence = gold_ranges[g], o[0]
        if span is None or o[2] is None or match.overlap(span, evidence) != span[1] - span[0] or span == evidence:
            return False
        return match.overlap(span, o[2]) == o[2][1] - o[2][0]

    # ("The board said A and denied B": two claims on one sentence overlap a gold claim given by a part of it; the one
    # whose statement lies inside that part is its pair, else the first that overlaps)
    pairs = match.pair_preferring(
        range(len(gold.claims)), out, lambda g, o: match.overlap(gold_ranges[g], o[0]) > 0, within
    )
    source = status = 0
    for g, o in pairs:
        want, got = gold.claims[g], out[o][1]
        source += int(any(match.names_match(got.source, name) for name in _source_names(want, gold)))
        status += int(got.status == want.status)
    return len(pairs), source, status


def _supported(kind: str, item: dict[str, Any] | str, gold: GoldArticle, article: str, lang: str | None) -> bool:
    """Whether an item the summary left unverified is in fact in the gold."""
    if not isinstance(item, dict):
        return False
    if kind == "actor":
        name = str(item.get("name") or "")
        return any(match.names_match(name, n) for names in _actor_names(gold) for n in names)
    if kind == "figure":
        number = match.figure_number(item.get("value"), item.get("number"), lang)
        counts = item.get("counts")
        return any(match.figures_match(number, counts, g.number, g.counts, g.value, lang) for g in gold.figures)
    if kind == "claim":
        at = match.evidence_range(item.get("evidence"), article)
        return any(match.overlap(at, match.evidence_range(g.evidence, article)) > 0 for g in gold.claims)
    return False


def _brief(summary: ArticleSummary, requested: str) -> tuple[int, int]:
    brief = summary.brief
    text = " ".join([brief.headline, *(s.text for s in brief.sentences)]).strip()
    in_language = int(bool(text) and brief.language == requested and languages.written_in(text, requested))
    # (a range's figure verifies both its ends: "between 20 and 25" in the brief is the figure "between 20 and 25")
    verified = [f.number for f in summary.figures if f.number is not None] + [
        n.value for f in summary.figures for n in find_figures(f.value or "", requested)
    ]
    numbers_ok = all(any(same_number(n.value, v) for v in verified) for n in find_figures(text, requested))
    return in_language, int(numbers_ok)


def score_article(
    summary: ArticleSummary | None,
    gold: GoldArticle,
    article: str,
    *,
    requested_language: str | None = None,
    calls: int = 0,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    seconds: float = 0.0,
) -> Counts:
    """The counts of one article's summary against its gold.

    `summary` is None when the run produced none (its calls, tokens and time still count). The brief is
    held to `requested_language`, by default the gold's language, else the summary's detected one.
    """
    base = Counts(
        gold_figures=len(gold.figures),
        gold_actors=len(gold.actors),
        gold_claims=len(gold.claims),
        gold_event=sum(1 for v in (gold.event.where, gold.event.when) if v is not None),
        calls=calls,
        reasks=max(0, calls - 1),
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        seconds=seconds,
    )
    if summary is None:
        return base
    lang = gold.language or summary.source_language
    requested = requested_language or lang
    names = _actor_names(gold)
    found = sum(1 for group in names if any(match.names_match(a.name, n) for a in summary.actors for n in group))
    right = sum(1 for a in summary.actors if any(match.names_match(a.name, n) for group in names for n in group))
    figures, traps = _figures(summary, gold, article, lang)
    claims, source, status = _claims(summary, gold, article)
    checked = [u for u in summary.unverified if u.kind in ("actor", "figure", "claim")]
    wrong = sum(1 for u in checked if not _supported(u.kind, u.item, gold, article, lang))
    report = summary.grounding
    kinds = (report.event, report.actors, report.figures, report.claims, report.brief)
    in_language, numbers_ok = _brief(summary, requested)
    _, event_matched = _event(summary, gold)
    return base.model_copy(
        update={
            "summarised": 1,
            "code_only": int(any(u.item == NO_USABLE_ANSWER for u in summary.unverified)),
            "output_figures": len(summary.figures),
            "matched_figures": figures,
            "output_actors": len(summary.actors),
            "found_actors": found,
            "right_actors": right,
            "matched_claims": claims,
            "right_source": source,
            "right_status": status,
            "matched_event": event_matched,
            "verified_items": sum(k.verified for k in kinds),
            "unverified_items": sum(k.unverified for k in kinds),
            "unverified_checked": len(checked),
            "unverified_wrong": wrong,
            "traps_kept": traps,
            "brief_language": in_language,
            "brief_numbers": numbers_ok,
        }
    )


def by_key(items: Sequence[tuple[str, Counts]]) -> dict[str, Counts]:
    """Counts summed per key (e.g. per language), keys sorted."""
    out: dict[str, Counts] = {}
    for key, counts in items:
        out[key] = out[key] + counts if key in out else counts
    return dict(sorted(out.items()))
