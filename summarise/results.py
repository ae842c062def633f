"""What a caller gets back: the extraction, plus what the pipeline measured itself."""

from __future__ import annotations

from pydantic import Field

from .models import Actor, Brief, Claim, Event, Figure, Strict


class Attempt(Strict):
    """One call to the model."""

    prompt_tokens: int = Field(description="Tokens the model read for this attempt.")
    completion_tokens: int = Field(description="Tokens the model wrote for this attempt.")
    outcome: str = Field(description="'ok', or why the answer was re-asked.")


class Metadata(Strict):
    """How the summary was made."""

    engine: str = Field(description="Which engine ran the model: 'embedded' or 'openai'.")
    model: str = Field(description="The model's name or GGUF file.")
    prompt_template: str = Field(description="Name and version of the prompt template used.")
    schema_version: str = Field(description="Version of this result schema.")
    attempts: list[Attempt] = Field(description="Every call made to the model, in order.")
    prompt_tokens: int = Field(description="Tokens read over all attempts.")
    completion_tokens: int = Field(description="Tokens written over all attempts.")
    wall_seconds: float = Field(description="Wall time of the whole summary, in seconds.")


class ArticleSummary(Strict):
    """A structured summary of one article."""

    event: Event = Field(description="The main event of the article.")
    actors: list[Actor] = Field(description="People, organisations, states and outlets in the story.")
    figures: list[Figure] = Field(description="Numbers the article gives, with what they count and who gave them.")
    claims: list[Claim] = Field(description="Statements attributed to a party, with channel, status and evidence.")
    brief: Brief = Field(description="A headline and two to five sentences.")
    source_language: str = Field(description="ISO 639-1 code of the article's language, or 'und' if unknown.")
    metadata: Metadata = Field(description="How the summary was made.")


__all__ = ["ArticleSummary", "Attempt", "Metadata"]
