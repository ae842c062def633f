"""What a caller gets back: the verified extraction, what failed verification, and how it was made."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .models import Actor, BriefSentence, Claim, Event, Figure, NameTranslation, Strict

ItemKind = Literal["event", "actor", "figure", "claim", "headline", "brief_sentence"]
# The `unverified` item that says the model gave no usable answer and the summary is code's reading alone.
NO_USABLE_ANSWER = {"model": "no usable answer"}
Origin = Literal["model", "chosen", "code"]
_ORIGIN = (
    "Where the item came from: 'model', given by the model and verified against the article; 'chosen', read from "
    "the article by summarise's own reader, then chosen and labelled by the model by its id (protocol 'choices'), "
    "its labels verified; 'code', read by summarise's own reader (a cue, a number, a name it found) and not covered "
    "by the model's answer."
)


class TextSpan(Strict):
    """Where an item stands in the article."""

    start: int = Field(description="Offset of the first character, into the article as read (NFC, LF, trimmed).")
    end: int = Field(description="Offset just past the last character.")


class ResolvedDate(Strict):
    """The event's time as the article writes it, read as ISO dates by deterministic code."""

    text: str = Field(description="The time as the article writes it, e.g. 'on Thursday' or 'last week'.")
    start: str = Field(description="The first day it can mean, YYYY-MM-DD.")
    end: str = Field(description="The last day it can mean, YYYY-MM-DD; the same as 'start' for one day.")
    anchored: bool = Field(
        description="True when the date was read against the publication date ('yesterday', 'on Thursday', "
        "'12 March' with no year); false when the article writes it out in full."
    )


class GroundedEvent(Event):
    what: str = Field(description="What happened; empty when it failed verification (see 'unverified').")
    where_span: TextSpan | None = Field(description="Where 'where' stands in the article; null when 'where' is null.")
    when_span: TextSpan | None = Field(description="Where 'when' stands in the article; null when 'when' is null.")
    when_resolved: ResolvedDate | None = Field(
        default=None,
        description="'when' read as ISO dates (against the publication date when it is relative); null when it "
        "names no day, when nothing anchors it, or when it reads two ways (then flagged in 'unverified'). "
        "'when_iso' is its day when it is one day.",
    )


class GroundedActor(Actor):
    span: TextSpan = Field(description="Where the name stands in the article.")
    origin: Origin = Field(default="model", description=_ORIGIN)


class GroundedFigure(Figure):
    span: TextSpan = Field(description="Where the value stands in the article.")
    source_span: TextSpan | None = Field(description="Where the source stands in the article; null if unattributed.")
    origin: Origin = Field(default="model", description=_ORIGIN)


class GroundedClaim(Claim):
    evidence_span: TextSpan = Field(description="Where the evidence stands in the article.")
    source_span: TextSpan = Field(description="Where the source is named in the article.")
    via: str | None = Field(
        default=None, description="A party that relays the claim without being its source ('citing ...'); or null."
    )
    origin: Origin = Field(default="model", description=_ORIGIN)


class GroundedSentence(BriefSentence):
    """A brief sentence whose numbers are verified figures and whose claims keep their source.

    Its `figures` and `claims` number the verified lists of this result.
    """

    text: str = Field(description="One short sentence of the brief; in an extracted brief, the article's own.")


class GroundedBrief(Strict):
    language: str = Field(description="ISO 639-1 code of the language the brief is written in.")
    headline: str = Field(description="The headline; empty when it failed verification (see 'unverified').")
    sentences: list[GroundedSentence] = Field(description="The brief sentences that passed verification.")
    names: list[NameTranslation] = Field(
        default_factory=list, description="Names as the article writes them and as this brief writes them."
    )
    headline_origin: Literal["model", "extracted"] | None = Field(
        default=None,
        description="Who wrote the headline when it differs from the sentences': 'model' for a model's headline over "
        "extracted sentences (checked like any model's words); null when it is the brief's own 'origin'.",
    )
    origin: Literal["model", "extracted"] = Field(
        default="model",
        description="'model': written by the model and checked; 'extracted': the article's own sentences, unchanged, "
        "chosen by code (the lead, then those carrying the main figures and claims).",
    )


class UnverifiedItem(Strict):
    """An item the model gave that the article does not support; never mixed with the verified ones."""

    kind: ItemKind = Field(description="What sort of item it is.")
    item: dict[str, Any] | str = Field(description="The item as the model gave it.")
    reason: str = Field(description="Why it failed verification.")


class KindCount(Strict):
    verified: int = Field(description="Items of this kind that passed verification.")
    unverified: int = Field(description="Items of this kind moved to 'unverified'.")


class GroundingReport(Strict):
    """Verified and unverified counts per kind of item."""

    event: KindCount = Field(description="The event's place, time and date.")
    actors: KindCount = Field(description="Actors.")
    figures: KindCount = Field(description="Figures.")
    claims: KindCount = Field(description="Claims.")
    brief: KindCount = Field(description="The headline and the brief sentences.")
    reasks: int = Field(description="How many times the model was re-asked because items failed verification.")


class Attempt(Strict):
    """One call to the model."""

    prompt_tokens: int = Field(description="Tokens the model read for this attempt.")
    completion_tokens: int = Field(description="Tokens the model wrote for this attempt.")
    outcome: str = Field(description="'ok', or why the answer was re-asked.")


class Source(Strict):
    """What the article's source says about it: a web page's metadata, the URL, a publication date given."""

    title: str | None = Field(default=None, description="The page's title.")
    author: str | None = Field(default=None, description="The author the page names.")
    published: str | None = Field(
        default=None,
        description="The publication date (YYYY-MM-DD), from the page or given by the caller; relative dates "
        "in the article are read against it.",
    )
    url: str | None = Field(default=None, description="The URL the article was fetched from, after redirects.")


class ModeFallback(Strict):
    """A response mode the endpoint refused, before the next one was tried."""

    mode: str = Field(description="The refused mode: 'json_schema', 'json_object' or 'tools'.")
    status: int | None = Field(description="The HTTP status of the refusal.")
    reason: str = Field(description="What the server said, shortened.")


class Metadata(Strict):
    """How the summary was made."""

    engine: str = Field(description="Which engine ran the model: 'embedded' or 'openai'.")
    model: str = Field(description="The model's name or GGUF file.")
    prompt_template: str = Field(description="Name and version of the prompt template used.")
    protocol: Literal["full", "reference", "choices", "none"] = Field(
        default="full",
        description="'full': the model answered the whole schema; 'reference': code read the article and the model "
        "wrote the headline; 'choices': the model chose and labelled code's numbered items by id and wrote the "
        "brief; 'none': no model (the extractive engine).",
    )
    schema_version: str = Field(description="Version of this result schema.")
    attempts: list[Attempt] = Field(description="Every call made to the model, in order.")
    prompt_tokens: int = Field(description="Tokens read over all attempts.")
    completion_tokens: int = Field(description="Tokens written over all attempts.")
    wall_seconds: float = Field(description="Wall time of the whole summary, in seconds.")
    parts: int = Field(
        default=1,
        description="How many parts the article was split into because it is longer than the model's context; "
        "the facts of each part were extracted apart, merged, and one brief written from them.",
    )
    source: Source | None = Field(default=None, description="What the article's source says about it, if anything.")
    mode: Literal["json_schema", "json_object", "tools"] | None = Field(
        default=None,
        description="How the model was asked for its last structured answer: 'json_schema' (the schema in "
        "response_format, strict on OpenAI's API; the embedded engine enforces it while decoding), 'json_object' "
        "(JSON mode, the schema in the prompt) or 'tools' (a forced function call); null when no call asked for one.",
    )
    mode_fallbacks: list[ModeFallback] = Field(
        default_factory=list,
        description="The modes the endpoint refused on the way to 'mode', in order (empty when the first answered).",
    )


class ArticleSummary(Strict):
    """A structured summary of one article in which every item is located in the article."""

    event: GroundedEvent = Field(description="The main event of the article.")
    actors: list[GroundedActor] = Field(description="People, organisations, states and outlets in the story.")
    figures: list[GroundedFigure] = Field(description="Numbers the article gives, checked as numbers.")
    claims: list[GroundedClaim] = Field(description="Statements attributed to a party, with their evidence.")
    brief: GroundedBrief = Field(description="A headline and the brief sentences that passed verification.")
    briefs: list[GroundedBrief] = Field(description="The brief in each further language asked for, likewise verified.")
    unverified: list[UnverifiedItem] = Field(description="What the model gave that the article does not support.")
    grounding: GroundingReport = Field(description="Verified and unverified counts per kind.")
    source_language: str = Field(description="ISO 639-1 code of the article's language, or 'und' if unknown.")
    metadata: Metadata = Field(description="How the summary was made.")


__all__ = [
    "ArticleSummary",
    "Attempt",
    "GroundedActor",
    "GroundedBrief",
    "GroundedClaim",
    "GroundedEvent",
    "GroundedFigure",
    "GroundedSentence",
    "GroundingReport",
    "KindCount",
    "Metadata",
    "ModeFallback",
    "ResolvedDate",
    "Source",
    "TextSpan",
    "UnverifiedItem",
]
