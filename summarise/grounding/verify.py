"""Verifying a whole extraction: every item located or moved aside, and the brief held to the verified items."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import defaults
from ..models import ActorKind, ClaimStatus, Extraction
from ..results import (
    GroundedActor,
    GroundedBrief,
    GroundedClaim,
    GroundedEvent,
    GroundedFigure,
    GroundingReport,
    ItemKind,
    KindCount,
    UnverifiedItem,
)
from .brief import MIN_SUPPORT, BriefContext, check_brief, support
from .check import (
    Checked,
    check_actor,
    check_claim,
    check_event,
    check_figure,
    mentions,
    quote,
)
from .counts import CountPassages
from .hostile import Screen, find_directives, foreign_detail, strings_of, urls
from .lead import held_to_opening
from .status import status_cues, unreported_status
from .unsettled import Unsettled
from .wording import role_problem, statement_problem, status_problem

if TYPE_CHECKING:
    from ..reading import Reading


@dataclass
class Verdict:
    """The verified parts of one extraction and everything that failed, with reasons."""

    event: GroundedEvent
    actors: list[GroundedActor] = field(default_factory=list)
    figures: list[GroundedFigure] = field(default_factory=list)
    claims: list[GroundedClaim] = field(default_factory=list)
    brief: GroundedBrief = field(default_factory=lambda: GroundedBrief(language="und", headline="", sentences=[]))
    unverified: list[UnverifiedItem] = field(default_factory=list)
    event_verified: int = 0

    def fail(self, kind: ItemKind, item: Any, reason: str) -> None:
        dumped = item.model_dump(mode="json") if hasattr(item, "model_dump") else item
        self.unverified.append(UnverifiedItem(kind=kind, item=dumped, reason=reason))

    def brief_context(self, article: str, lang: str | None, brief_language: str | None) -> BriefContext:
        """What a brief written from these verified items is held to."""
        return BriefContext(
            article=article,
            article_language=lang,
            brief_language=brief_language,
            figures=self.figures,
            claims=self.claims,
            actors=self.actors,
        )

    def failures(self) -> list[str]:
        return [f"{u.kind.replace('_', ' ')} {_label(u.item)}: {u.reason}" for u in self.unverified]

    def score(self) -> int:
        """More verified items and fewer failures is better; used to keep the best of several answers."""
        verified = len(self.actors) + len(self.figures) + len(self.claims) + len(self.brief.sentences)
        return 2 * verified - len(self.unverified)

    def report(self, reasks: int, extra_briefs: Sequence[GroundedBrief] = ()) -> GroundingReport:
        def count(kind: str, verified: int) -> KindCount:
            return KindCount(verified=verified, unverified=sum(1 for u in self.unverified if u.kind == kind))

        brief_unverified = sum(1 for u in self.unverified if u.kind in ("headline", "brief_sentence"))
        return GroundingReport(
            event=count("event", self.event_verified),
            actors=count("actor", len(self.actors)),
            figures=count("figure", len(self.figures)),
            claims=count("claim", len(self.claims)),
            brief=KindCount(
                verified=sum(len(b.sentences) + (1 if b.headline else 0) for b in (self.brief, *extra_briefs)),
                unverified=brief_unverified,
            ),
            reasks=reasks,
        )


def _label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "value", "statement", "text", "where", "when"):
            if item.get(key):
                return quote(str(item[key]), 60)
    return quote(str(item), 60)


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


def _role_screened(screen: Screen, checked: Checked) -> Checked:
    role = getattr(checked.grounded, "role", None)
    if not isinstance(role, str) or not (problem := screen.role_problem(role)):
        return checked
    return Checked(None, problem)


def _screened(screen: Screen, check: Callable[[Any], Checked]) -> Callable[[Any], Checked]:
    # Screened after the ordinary checks, so an item that fails them keeps the reason the model can act on.
    def checked(item: Any) -> Checked:
        result = check(item)
        if result.grounded is None:
            # Not in the story because only a note set apart from it gives it: say so (the note is still there).
            problem = screen.problem(strings_of(item))
            return Checked(None, problem) if problem and screen.SET_APART in problem else result
        problem = screen.problem(strings_of(item))
        return Checked(None, problem) if problem else result

    return checked


@dataclass(frozen=True)
class _Credit:
    """A reporting clause code read: the sentence it stands in, who it credits, and what its cue says."""

    start: int
    end: int
    parties: tuple[str, ...]
    confirms: bool
    denies: bool


def _credited(article: str, lang: str | None, reading: Reading | None = None) -> list[_Credit]:
    """The reporting clauses code reads in `article`; a reading of that very text is used, not made again."""
    if reading is None or reading.text != article:
        # Imported here: the reader sits above grounding in the layers, and only this check needs it.
        from ..reading import read

        reading = read(article, lang)
    credits = []
    for a in reading.attributions:
        parties = tuple(p for p in (reading.at(a.source), reading.at(a.via)) if p)
        credits.append(
            _Credit(
                a.sentence[0],
                a.sentence[1],
                parties,
                a.status == ClaimStatus.CONFIRMED,
                a.status == ClaimStatus.DENIED,
            )
        )
    return credits


def _context(article: str, start: int, end: int) -> str:
    """The evidence with the sentence before it."""
    before = article.rfind(". ", 0, max(0, start - 2))
    previous = max(before, article.rfind("\n", 0, max(0, start - 1)), article.rfind("。", 0, max(0, start - 1)))
    return article[max(0, previous + 1) : end]


def _labelled(
    checked: Checked,
    kind: str,
    article: str,
    lang: str | None,
    same_language: bool,
    code_roles: tuple[str, ...],
    counts: CountPassages | None = None,
) -> Checked:
    """A located figure or actor held to its labels: an actor's kind is not 'person' for a name that reads
    otherwise; and when the labels are in the article's language, what the figure counts is drawn from its own
    sentences (any place the article gives the value), and the actor's role brings in no number or name the
    article does not give (a role sums up, in the model's words, what the actor does)."""
    grounded: Any = checked.grounded
    if grounded is None:
        return checked
    if kind == "actor" and (problem := _kind_problem(grounded.name, grounded.kind)):
        return Checked(None, problem)
    if not same_language:
        return checked
    if kind == "figure":
        passages = counts if counts is not None and counts.article == article else CountPassages(article)
        problem = passages.problem(grounded.counts, grounded.value, grounded.span.start)
    elif grounded.role in code_roles:
        return checked
    else:
        problem = role_problem(grounded.role, article, lang, grounded.name)
    return Checked(None, problem) if problem else checked


def _kind_problem(name: str, kind: ActorKind) -> str | None:
    """Why a kind contradicts the name's own words: 'person' for a name that reads as an outlet, an armed group
    or an organisation ("Valmera Dockers' Union"). Only that direction: nothing in a name proves a person."""
    if kind != ActorKind.PERSON:
        return None
    # Imported here: the reader sits above grounding in the layers, and only this check needs it.
    from ..reading.names import kind_of

    read = kind_of(name)
    if read == ActorKind.PERSON:
        return None
    return f"its kind 'person' does not fit {quote(name)}, whose own words read as {read.value.replace('_', ' ')}"


class _Clauses:
    """The reporting clauses code read, found by where their sentence stands."""

    def __init__(self, credited: list[_Credit]) -> None:
        self.credited = credited
        # Code reads them in order, one sentence after another, so two searches find those over a span (a scan of
        # all of them per claim would make a long article quadratic).
        self.starts = [c.start for c in credited]
        self.ends = [c.end for c in credited]
        self.in_order = all(a <= b for a, b in itertools.pairwise(self.starts)) and all(
            a <= b for a, b in itertools.pairwise(self.ends)
        )

    def over(self, start: int, end: int) -> list[_Credit]:
        """The clauses whose sentence overlaps `start`..`end`, in order."""
        if not self.in_order:
            return [c for c in self.credited if c.start < end and start < c.end]
        return self.credited[bisect.bisect_right(self.ends, start) : bisect.bisect_left(self.starts, end)]


def _worded(
    checked: Checked,
    claim: Any,
    credited: _Clauses,
    same_language: bool,
    lang: str | None,
    article: str,
) -> Checked:
    """A located claim held to its evidence: its statement says no more than the evidence, its status is the
    one the evidence's reporting clause gives, and it is credited to the party that clause names."""
    grounded = checked.grounded
    if not isinstance(grounded, GroundedClaim):
        return checked
    start, end = grounded.evidence_span.start, grounded.evidence_span.end
    clauses = credited.over(start, end)
    context = _context(article, start, end)
    problem = statement_problem(claim.statement, claim.evidence, same_language, lang, context)
    if problem is None and clauses:
        named = [p for c in clauses for p in c.parties]
        if not any(mentions(p, claim.source) or mentions(claim.source, p) for p in named):
            problem = f"the article credits {quote(claim.evidence, 60)} to {quote(named[0])}, not {quote(claim.source)}"
        else:
            problem = status_problem(
                claim.status, claim.evidence, any(c.confirms for c in clauses), any(c.denies for c in clauses)
            )
    elif (
        problem is None
        and claim.status in (ClaimStatus.CONFIRMED, ClaimStatus.DENIED)
        # No reporting clause code reads: the status word itself must be reported as a party's act, not be a
        # label in an order ("mark it as confirmed") that a payload can carry.
        and unreported_status(claim.evidence, status_cues(lang or "en", claim.status))
    ):
        problem = (
            f"no party in {quote(claim.evidence, 60)} is reported to have {claim.status.value} it "
            "(a status word in an order or without a subject is no confirmation)"
        )
    return Checked(None, problem) if problem else checked


def verify(
    extraction: Extraction,
    article: str,
    lang: str | None,
    brief_language: str | None = None,
    reading: Reading | None = None,
    article_reading: Reading | None = None,
) -> Verdict:
    """Check every item of `extraction` against `article`; what fails is moved to `unverified` with its reason.

    `lang` is the article's language; `brief_language` that of the brief and labels (default: the same).
    Wording is only compared with the article when both are in the same language. Sentences of the article
    that address the model are not evidence for anything, and an item that carries an address the article
    does not give, or a token only such a sentence contains, fails (see `hostile`).

    `reading` is given when the extraction is code's own reading of the article (its generic roles are then held
    to nothing); `article_reading`, code's reading of the article made already for other uses, saves reading it
    again for the reporting clauses.
    """
    directives = find_directives(article)
    screen = Screen.of(article, directives)
    # Text set apart from the story (notes, captions, boxes) lends no support: see `furniture`.
    source = directives.story
    same_language = brief_language in (None, lang)
    event, reasons = check_event(extraction.event, source)
    if same_language and support(event.what, source) < MIN_SUPPORT:
        reasons.append(f"the event {quote(event.what)} is not drawn from the article")
        event = event.model_copy(update={"what": ""})
    unsettled = Unsettled.of(source, lang)
    planted = (screen.problem([event.what]) or unsettled.stated(event.what, lang)) if event.what else None
    if event.what and not planted and urls(event.what):
        # What happened is not where to read about it: a web address in the event is a pointer the story carries
        # (a help page, a portal), which the event has no reason to give.
        planted = f"the event carries the address {urls(event.what)[0][:80]!r}; an event is what happened"
    detail = foreign_detail(event.what, source) if event.what and same_language and not planted else None
    if detail:
        # The event is held to what the story writes, as figures and names are: a detail only a note or a
        # directive gives (or none) is not the story's event.
        planted = f"the event's {quote(detail)} is not in the story"
    if planted:
        reasons.append(planted)
        event = event.model_copy(update={"what": ""})
    if same_language:
        # The main event, its place and its time are what the story's opening tells (see `lead`).
        event, late = held_to_opening(event, source)
        reasons += late
    verdict = Verdict(event=event)
    for reason in reasons:
        verdict.fail("event", extraction.event, reason)
    verdict.event_verified = sum(1 for v in (event.where, event.when, event.when_iso) if v)

    # Code's own generic roles are its labels, not the article's words: held to nothing on code's own reading.
    code_roles = defaults.CODE_ROLES if reading is not None else ()
    labels = (source, lang, same_language, code_roles)
    verdict.actors, _ = _keep_verified(
        verdict,
        "actor",
        extraction.actors,
        _screened(screen, lambda a: _role_screened(screen, _labelled(check_actor(a, source), "actor", *labels))),
    )
    count_passages = CountPassages(source)
    verdict.figures, figure_map = _keep_verified(
        verdict,
        "figure",
        extraction.figures,
        _screened(
            screen,
            lambda f: unsettled.held(
                _labelled(
                    check_figure(f, source, lang), "figure", source, lang, same_language, code_roles, count_passages
                ),
            ),
        ),
    )
    credited = _Clauses(_credited(source, lang, reading or article_reading))
    verdict.claims, claim_map = _keep_verified(
        verdict,
        "claim",
        extraction.claims,
        _screened(
            screen,
            lambda c: unsettled.said(
                _worded(check_claim(c, source, lang), c, credited, same_language, lang, source), c.statement, lang
            ),
        ),
    )

    ctx = verdict.brief_context(source, lang, brief_language)
    brief, failures = check_brief(extraction.brief, ctx, figure_map, claim_map)
    planted = screen.problem([brief.headline]) or (unsettled.stated(brief.headline, lang) if same_language else None)
    if planted:
        failures.append(("headline", brief.headline, planted))
        brief = brief.model_copy(update={"headline": ""})
    kept = []
    for sentence in brief.sentences:
        planted = screen.problem([sentence.text]) or (unsettled.stated(sentence.text, lang) if same_language else None)
        if planted:
            failures.append(("brief_sentence", sentence, planted))
        else:
            kept.append(sentence)
    verdict.brief = brief.model_copy(update={"sentences": kept})
    for kind, item, reason in failures:
        verdict.fail(kind, item, reason)
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
