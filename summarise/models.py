"""What the model is asked to fill in.

`Extraction` is the part the model writes; its field descriptions are what the
model reads, so they are instructions as much as documentation. The result a
caller gets back is in `results.py`.
"""

from __future__ import annotations

import json
import weakref
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode

from . import defaults

Text = Annotated[str, Field(min_length=1, max_length=defaults.MAX_TEXT_CHARS)]
Quote = Annotated[str, Field(min_length=1, max_length=defaults.MAX_QUOTE_CHARS)]


# Each model's JSON Schema for the default arguments, as JSON text; a model made per article goes with its class.
_SCHEMAS: weakref.WeakKeyDictionary[type[BaseModel], str] = weakref.WeakKeyDictionary()


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = GenerateJsonSchema,
        mode: JsonSchemaMode = "validation",
        *,
        union_format: Literal["any_of", "primitive_type_array"] = "any_of",
    ) -> dict[str, Any]:
        """pydantic's JSON Schema of the model, a fresh copy each time; for the default arguments it is generated
        once per class (instructor asks for it on every call, and generating it cost about 2.5 ms)."""
        given = (by_alias, ref_template, schema_generator, mode, union_format)
        if given != (None, DEFAULT_REF_TEMPLATE, GenerateJsonSchema, "validation", "any_of"):
            return super().model_json_schema(*given[:4], union_format=union_format)
        text = _SCHEMAS.get(cls)
        if text is None:
            text = _SCHEMAS[cls] = json.dumps(super().model_json_schema())
        return json.loads(text)


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    STATE = "state"
    ARMED_GROUP = "armed_group"
    MEDIA_OUTLET = "media_outlet"
    OTHER = "other"


class ClaimStatus(StrEnum):
    CONFIRMED = "confirmed"
    CLAIMED = "claimed"
    REPORTED = "reported"
    DENIED = "denied"


class Event(Strict):
    what: Text = Field(description="What happened, in one plain sentence.")
    where: Text | None = Field(description="Where it happened, as the article names the place; null if not said.")
    when: Text | None = Field(description="When it happened, copied as the article writes it; null if not said.")
    when_iso: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="The date as YYYY-MM-DD, only when the article fixes the day; otherwise null.",
    )


class Actor(Strict):
    name: Text = Field(description="The name exactly as the article writes it.")
    kind: ActorKind = Field(description="What kind of actor this is.")
    role: Text = Field(description="The actor's part in this story, in a few words.")
    translation: Text | None = Field(
        description="The name written in the brief's language when that is not the article's; else null."
    )


class Figure(Strict):
    value: Text = Field(description="The figure copied exactly as written in the article, e.g. 'more than 11,000'.")
    number: float | None = Field(description="The number alone, with no separators or words, e.g. 11000.")
    unit: Text | None = Field(description="The unit or currency, e.g. 'soldiers', '%', 'EUR'; null if none.")
    counts: Text = Field(description="What the figure counts, e.g. 'North Korean soldiers deployed to Russia'.")
    qualifier: Text | None = Field(
        description="A hedge the article puts on the figure: 'more than', 'at least', 'about', 'up to'; null if none."
    )
    source: Text | None = Field(description="Who gave the figure, as the article names them; null if unattributed.")
    translation: Text | None = Field(
        description="The value written in the brief's language when that is not the article's; else null."
    )


class Claim(Strict):
    statement: Text = Field(description="What was said, in one sentence.")
    source: Text = Field(description="Who said it, exactly as the article names them.")
    channel: Text | None = Field(
        description="How it was said: 'on X', 'in a statement', 'through an allied intelligence agency'; "
        "null if not said."
    )
    status: ClaimStatus = Field(
        description="confirmed: the article or a named party confirms it; claimed: a party asserts it; "
        "reported: media report it; denied: a party denies it."
    )
    evidence: Quote = Field(description="The sentence of the article that supports the claim, copied exactly.")
    translation: Quote | None = Field(
        description="The evidence translated into the brief's language when that is not the article's; else null."
    )


Ref = Annotated[int, Field(ge=1, le=max(defaults.MAX_FIGURES, defaults.MAX_CLAIMS))]


class BriefSentence(Strict):
    text: Text = Field(description="One short sentence of the brief.")
    figures: list[Ref] = Field(
        max_length=4, description="Which figures (1 = the first in 'figures') this sentence uses; [] if none."
    )
    claims: list[Ref] = Field(
        max_length=4, description="Which claims (1 = the first in 'claims') this sentence rests on; [] if none."
    )


class Brief(Strict):
    headline: Text = Field(description="A factual headline of at most 15 words.")
    sentences: list[BriefSentence] = Field(
        min_length=2,
        max_length=5,
        description="Two to five short sentences summarising the article; a claim keeps its source ('X said').",
    )


class NameTranslation(Strict):
    name: Text = Field(description="A name as the facts give it.")
    translation: Text = Field(description="The same name as the brief writes it.")


class TranslatedBrief(Brief):
    """A brief written in another language than the article's, from verified facts."""

    names: list[NameTranslation] = Field(
        max_length=defaults.MAX_ACTORS, description="Each name the brief uses, as in the facts and as in the brief."
    )


class Extraction(Strict):
    """The structured summary the model writes."""

    event: Event = Field(description="The main event of the article.")
    actors: list[Actor] = Field(
        max_length=defaults.MAX_ACTORS, description="People, organisations, states and outlets in the story."
    )
    figures: list[Figure] = Field(
        max_length=defaults.MAX_FIGURES,
        description="Numbers the article gives (counts, amounts, percentages); not dates or times.",
    )
    claims: list[Claim] = Field(
        max_length=defaults.MAX_CLAIMS, description="Statements the article attributes to a party."
    )
    brief: Brief = Field(description="A short brief of the article.")


@lru_cache(maxsize=32)
def without_translations(model: type[Extraction]) -> type[Extraction]:
    """`model` with every `translation` fixed to null, for a brief in the article's own language.

    A small model otherwise fills the field with a copy of the original, doubling its answer.
    """
    from pydantic import create_model

    def fixed(item: type[BaseModel]) -> Any:
        return create_model(
            item.__name__,
            __base__=item,
            translation=(None, Field(default=None, description="Always null: the brief is in the article's language.")),
        )

    fields = model.model_fields
    lists: dict[str, Any] = {
        name: (
            list[fixed(_item_type(fields[name]))],  # type: ignore[misc]
            Field(max_length=_max_items(fields[name]), description=fields[name].description),
        )
        for name in ("actors", "figures", "claims")
    }
    return create_model(model.__name__, __base__=model, **lists)


def _item_type(field: Any) -> type[BaseModel]:
    item: type[BaseModel] = field.annotation.__args__[0]
    return item


def _max_items(field: Any) -> int | None:
    for meta in field.metadata:
        if hasattr(meta, "max_length"):
            return int(meta.max_length)
    return None


__all__ = [
    "Actor",
    "ActorKind",
    "Brief",
    "BriefSentence",
    "Claim",
    "ClaimStatus",
    "Event",
    "Extraction",
    "Figure",
    "NameTranslation",
    "Strict",
    "TranslatedBrief",
    "without_translations",
]
