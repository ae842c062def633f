"""Answers by choice, for a model that decides and writes well (an endpoint): protocol 'choices'.

Code reads the article and numbers what it found: figures F1.., claims C1.., and the names N1.. that can be
actors or sources. The model answers with those ids, closed-set labels (an actor's kind, a claim's status), a
choice among the names of a claim's own sentence for its source, and a few words of its own (what a figure
counts, an actor's role, a claim's statement, the event, the brief). It may add a figure or a claim code did
not find, by quoting it as in the whole-schema answer.

Code resolves every id to the exact text of the article and builds the whole-schema `Extraction` from it, so
both protocols go through the same `verify`; an id that names nothing, or a source that is not named in its
claim's sentence, is listed in `unverified` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Annotated, Any

from pydantic import Field

from .. import defaults, language
from ..grounding.verify import Verdict
from ..models import Actor, ActorKind, Claim, ClaimStatus, Event, Extraction, Figure, Strict, Text
from ..reading import Reading, read
from ..results import TextSpan
from . import extractive
from .request import Request
from .templating import defuse, load

TEMPLATE = "choices.v1"
MAX_ADDED = 3

FigureId = Annotated[str, Field(pattern=r"^F[0-9]{1,3}$")]
ClaimId = Annotated[str, Field(pattern=r"^C[0-9]{1,3}$")]
NameId = Annotated[str, Field(pattern=r"^N[0-9]{1,3}$")]


class FigureLabel(Strict):
    id: FigureId = Field(description="The figure's id in the list, e.g. 'F1'.")
    counts: Text = Field(description="What the figure counts, in words of its sentence.")


class ActorLabel(Strict):
    id: NameId = Field(description="The name's id in the list, e.g. 'N2'.")
    kind: ActorKind = Field(description="What kind of actor this is.")
    role: Text = Field(description="The actor's part in this story, in a few words.")


class ClaimLabel(Strict):
    id: ClaimId = Field(description="The claim's id in the list, e.g. 'C1'.")
    source: NameId = Field(description="Who said it: the id of a name listed for this claim.")
    status: ClaimStatus = Field(
        description="confirmed: a named party confirms it; claimed: a party asserts it; reported: media report "
        "it; denied: a party denies it."
    )
    statement: Text = Field(description="What was said, in one sentence, from the claim's own sentence.")


class ChoiceSentence(Strict):
    text: Text = Field(description="One short sentence of the brief.")
    figures: list[FigureId] = Field(max_length=4, description="The ids of the figures this sentence uses.")
    claims: list[ClaimId] = Field(max_length=4, description="The ids of the claims this sentence rests on.")


class ChoiceBrief(Strict):
    headline: Text = Field(description="A factual headline of at most 15 words.")
    sentences: list[ChoiceSentence] = Field(min_length=2, max_length=5, description="Two to five short sentences.")


class Choices(Strict):
    """The model's answer: ids, labels and a few words of its own."""

    what: Text = Field(description="What happened, in one plain sentence.")
    actors: list[ActorLabel] = Field(max_length=defaults.MAX_ACTORS, description="The names that are actors.")
    figures: list[FigureLabel] = Field(max_length=defaults.MAX_FIGURES, description="The figures that matter.")
    claims: list[ClaimLabel] = Field(max_length=defaults.MAX_CLAIMS, description="The claims that matter.")
    added_figures: list[Figure] = Field(
        max_length=MAX_ADDED, description="Figures missing from the list, quoted exactly; usually []."
    )
    added_claims: list[Claim] = Field(
        max_length=MAX_ADDED, description="Claims missing from the list, evidence quoted exactly; usually []."
    )
    brief: ChoiceBrief = Field(description="A short brief of the article.")


Failure = tuple[str, dict[str, Any], str]


@dataclass
class Numbered:
    """Code's verified items under the ids the prompt shows."""

    reading: Reading
    figures: dict[str, Figure] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    # For each claim id, the ids of the names its own sentence holds: the sources the model may choose from.
    sources: dict[str, list[str]] = field(default_factory=dict)
    # Where each figure's value, and each claim's evidence, starts in the article.
    starts: dict[str, int] = field(default_factory=dict)
    event: Event | None = None
    # The ids the last answer resolved: its items chosen by id, told apart from its quoted additions.
    chosen: set[str] = field(default_factory=set)

    def resolve(self, answer: Choices) -> tuple[Extraction, list[Failure]]:
        """The whole-schema answer the choices stand for, with the article's exact text; and what named nothing."""
        failures: list[Failure] = []
        figures: list[Figure] = []
        figure_at: dict[str, int] = {}
        for label in answer.figures:
            found = self.figures.get(label.id)
            if found is None:
                failures.append(("figure", label.model_dump(), f"there is no figure {label.id} in the list"))
            elif label.id not in figure_at:
                figure_at[label.id] = len(figures) + 1
                figures.append(found.model_copy(update={"counts": label.counts}))
        claims: list[Claim] = []
        claim_at: dict[str, int] = {}
        for claim_label in answer.claims:
            found_claim = self.claims.get(claim_label.id)
            if found_claim is None:
                failures.append(("claim", claim_label.model_dump(), f"there is no claim {claim_label.id} in the list"))
                continue
            if claim_label.id in claim_at:
                continue
            if claim_label.source not in self.sources.get(claim_label.id, []):
                failures.append((
                    "claim",
                    claim_label.model_dump(),
                    f"{claim_label.source} is not a name of the sentence of {claim_label.id}",
                ))  # fmt: skip
                continue
            claim_at[claim_label.id] = len(claims) + 1
            claims.append(
                found_claim.model_copy(
                    update={
                        "source": self.names[claim_label.source],
                        "status": claim_label.status,
                        "statement": claim_label.statement,
                    }
                )
            )
        actors: list[Actor] = []
        for actor_label in answer.actors:
            name = self.names.get(actor_label.id)
            if name is None:
                failures.append(("actor", actor_label.model_dump(), f"there is no name {actor_label.id} in the list"))
            elif not any(a.name == name for a in actors):
                actors.append(Actor(name=name, kind=actor_label.kind, role=actor_label.role, translation=None))
        # Additions come after the chosen items, within the schema's caps; those past a cap are listed, not lost.
        for kind, kept, added, cap in (
            ("figure", figures, answer.added_figures, defaults.MAX_FIGURES),
            ("claim", claims, answer.added_claims, defaults.MAX_CLAIMS),
        ):
            for item in added:
                if len(kept) < cap:
                    kept.append(item)  # type: ignore[arg-type]
                else:
                    failures.append((kind, item.model_dump(), f"more than {cap} {kind}s: the schema's cap"))
        sentences = [
            {
                "text": s.text,
                "figures": [figure_at[i] for i in s.figures if i in figure_at],
                "claims": [claim_at[i] for i in s.claims if i in claim_at],
            }
            for s in answer.brief.sentences
        ]
        self.chosen = set(figure_at) | set(claim_at) | {a.id for a in answer.actors if a.id in self.names}
        event = self.event or Event(what=answer.what, where=None, when=None, when_iso=None)
        # Validated as a whole-schema answer is, so the result is the same `Extraction` the other protocol gives.
        extraction = Extraction.model_validate(
            {
                "event": event.model_copy(update={"what": answer.what}),
                "actors": actors,
                "figures": figures,
                "claims": claims,
                "brief": {"headline": answer.brief.headline, "sentences": sentences},
            }
        )
        return extraction, failures


def mark_chosen(verdict: Verdict, numbered: Numbered) -> None:
    """Mark the verified items of the last answer that are code's, chosen and labelled by id: origin 'chosen', at
    the very place code read them (the checks locate a value or a sentence at its first occurrence)."""
    text = numbered.reading.text
    spans = {}
    for i in numbered.chosen:
        item = numbered.figures.get(i) or numbered.claims.get(i)
        if item is not None:
            written = item.value if isinstance(item, Figure) else item.evidence
            spans[written] = TextSpan(start=numbered.starts[i], end=numbered.starts[i] + len(written))
    names = {numbered.names[i] for i in numbered.chosen if i in numbered.names}
    figures, claims = [], []
    for f in verdict.figures:
        span = spans.get(f.value)
        ok = span is not None and text[span.start : span.end] == f.value
        figures.append(f.model_copy(update={"origin": "chosen", "span": span}) if ok else f)
    for c in verdict.claims:
        span = spans.get(c.evidence)
        ok = span is not None and text[span.start : span.end] == c.evidence
        claims.append(c.model_copy(update={"origin": "chosen", "evidence_span": span}) if ok else c)
    verdict.figures, verdict.claims = figures, claims
    verdict.actors = [a.model_copy(update={"origin": "chosen"}) if a.name in names else a for a in verdict.actors]


def number(request: Request) -> Numbered:
    """Read the article and number code's verified items."""
    reading = read(request.article, request.source_language)
    verdict: Verdict = extractive.code_verdict(reading, request.brief_language)
    numbered = Numbered(reading)
    names: list[str] = []

    def name_id(name: str) -> str:
        if name not in names:
            names.append(name)
            numbered.names[f"N{len(names)}"] = name
        return f"N{names.index(name) + 1}"

    for actor in verdict.actors:
        numbered.actors[name_id(actor.name)] = Actor(
            name=actor.name, kind=actor.kind, role=actor.role, translation=None
        )
    for i, figure in enumerate(verdict.figures[: defaults.MAX_FIGURES], 1):
        numbered.figures[f"F{i}"] = Figure(**figure.model_dump(include=set(Figure.model_fields)))
        numbered.starts[f"F{i}"] = figure.span.start
    for i, claim in enumerate(verdict.claims[: defaults.MAX_CLAIMS], 1):
        cid = f"C{i}"
        numbered.claims[cid] = Claim(**claim.model_dump(include=set(Claim.model_fields)))
        numbered.starts[cid] = claim.evidence_span.start
        sentence = reading.text[claim.evidence_span.start : claim.evidence_span.end]
        options = [name_id(claim.source)]
        for actor in verdict.actors:
            if actor.name in sentence and name_id(actor.name) not in options:
                options.append(name_id(actor.name))
        numbered.sources[cid] = options
    event = verdict.event
    numbered.event = Event(what=event.what or "-", where=event.where, when=event.when, when_iso=event.when_iso)
    return numbered


def prepare(request: Request) -> tuple[Request, Numbered]:
    """The request for the choices call: the article and code's numbered items, and `Choices` as the answer."""
    numbered = number(request)
    text = numbered.reading.text

    def sentence_of(start: int) -> str:
        for s in numbered.reading.sentences:
            if s.start <= start < s.end:
                return text[s.start : s.end]
        return ""

    figures = [
        {"id": fid, "value": f.value, "counts": f.counts, "sentence": sentence_of(numbered.starts[fid])}
        for fid, f in numbered.figures.items()
    ]
    claims = [
        {
            "id": cid,
            "evidence": c.evidence,
            "source": next(n for n, name in numbered.names.items() if name == c.source),
            "options": numbered.sources[cid],
            "status": c.status.value,
        }
        for cid, c in numbered.claims.items()
    ]
    names = [
        {"id": nid, "name": name, "kind": numbered.actors[nid].kind.value if nid in numbered.actors else None}
        for nid, name in numbered.names.items()
    ]
    messages = load(TEMPLATE).render(
        article=defuse(text),
        figures=_defused(figures),
        claims=_defused(claims),
        names=_defused(names),
        language_name=language.name_of(request.brief_language),
    )
    return replace(request, messages=messages, response_model=Choices), numbered  # type: ignore[arg-type]


def _defused(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: defuse(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows]


__all__ = ["TEMPLATE", "Choices", "Numbered", "mark_chosen", "number", "prepare"]
