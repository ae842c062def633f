"""The gold format: what a person found in an article, every item copied from the article's own text.

A gold set is a directory of `NAME.txt` articles, each with a `NAME.json` annotation beside it. Every
span-like field (names, figure values, what a figure counts, evidence, sources, places and times) must be
an exact substring of the article as read (NFC, LF line ends, trimmed); `load_gold` refuses a file where one
is not, so a scorer never compares a model against a typo.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError

from ..errors import InputError
from ..grounding.numbers import parse_figure, same_number
from ..inputs.load import check_text, decode, read_bytes
from ..models import ClaimStatus, Strict

Span = Annotated[str, Field(min_length=1, max_length=600)]


class GoldEvent(Strict):
    """The main event."""

    what: Span = Field(description="The sentence of the article that states the main event, copied exactly.")
    where: Span | None = Field(default=None, description="The place as the article writes it; null if not said.")
    when: Span | None = Field(default=None, description="The time as the article writes it; null if not said.")


class GoldActor(Strict):
    """A person, organisation, state or outlet that takes part in the story."""

    name: Span = Field(description="The actor's fullest name in the article, copied exactly.")
    aliases: list[Span] = Field(
        default_factory=list, description="Other ways the article names the same actor (a surname, an acronym)."
    )


class GoldFigure(Strict):
    """A number the article gives that a summary should keep."""

    value: Span = Field(description="The figure as written, with its qualifier and unit, e.g. 'more than 11,000'.")
    number: float = Field(description="The number the value means, e.g. 11000; checked against the value.")
    counts: Span = Field(description="The words of the article that say what the figure counts.")
    source: Span | None = Field(default=None, description="Who gives the figure, as the article names them; or null.")


class GoldClaim(Strict):
    """A statement the article attributes to a party."""

    source: Span = Field(description="The party the statement belongs to, as the article names them.")
    status: ClaimStatus = Field(description="confirmed, claimed, reported or denied, as for the summary's claims.")
    evidence: Span = Field(description="The sentence (or the part of it) that carries the claim, copied exactly.")
    via: Span | None = Field(
        default=None,
        description="A third party that relays the claim (it is not the claim's source); null if the source speaks.",
    )


class GoldArticle(Strict):
    """The gold annotation of one article (NAME.json beside NAME.txt)."""

    language: str | None = Field(
        default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code of the article's language; null to detect it."
    )
    event: GoldEvent = Field(description="The main event.")
    actors: list[GoldActor] = Field(description="Every actor a summary should name.")
    figures: list[GoldFigure] = Field(description="Every figure a summary should keep; not dates, times or years.")
    claims: list[GoldClaim] = Field(description="Every attributed statement a summary should keep.")
    not_figures: list[Span] = Field(
        default_factory=list,
        description="Traps: numbers in the article that are not figures (a date, a year, a route number).",
    )
    notes: str | None = Field(default=None, description="Free notes for people, e.g. what the traps are; not scored.")


@dataclass(frozen=True)
class GoldItem:
    """One article of a gold set: its name (the file stem), its text as read, and its annotation."""

    name: str
    text: str
    gold: GoldArticle


def spans(gold: GoldArticle) -> Iterator[tuple[str, str]]:
    """Every span-like field of an annotation as (where, text), e.g. ('figures[1].counts', 'people')."""
    event = gold.event
    for key in ("what", "where", "when"):
        value = getattr(event, key)
        if value is not None:
            yield f"event.{key}", value
    for i, actor in enumerate(gold.actors):
        yield f"actors[{i}].name", actor.name
        for j, alias in enumerate(actor.aliases):
            yield f"actors[{i}].aliases[{j}]", alias
    for i, figure in enumerate(gold.figures):
        yield f"figures[{i}].value", figure.value
        yield f"figures[{i}].counts", figure.counts
        if figure.source is not None:
            yield f"figures[{i}].source", figure.source
    for i, claim in enumerate(gold.claims):
        yield f"claims[{i}].source", claim.source
        yield f"claims[{i}].evidence", claim.evidence
        if claim.via is not None:
            yield f"claims[{i}].via", claim.via
    for i, trap in enumerate(gold.not_figures):
        yield f"not_figures[{i}]", trap


def problems(gold: GoldArticle, text: str) -> list[str]:
    """What is wrong with an annotation against its article: spans not in it, values that do not read as their
    number. Empty when the annotation is sound."""
    found = [f"{where} {value!r} is not in the article" for where, value in spans(gold) if value not in text]
    for i, figure in enumerate(gold.figures):
        read = parse_figure(figure.value, gold.language)
        # (a figure written in two parts may be given its first part's number: "six years and four months" as 6)
        numbers = (read.value, read.first) if read is not None else ()
        if (
            read is None
            or read.is_date_or_time
            or not any(n is not None and same_number(n, figure.number) for n in numbers)
        ):
            got = "nothing" if read is None else ("a date" if read.is_date_or_time else repr(read.value))
            found.append(f"figures[{i}].value {figure.value!r} reads as {got}, not {figure.number!r}")
    return found


def _read(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            return decode(read_bytes(fh, str(path)), str(path))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "the file"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"


def load_one(article: Path) -> GoldItem:
    """Read `article` (NAME.txt) and its annotation NAME.json; raise InputError when either is unusable."""
    annotation = article.with_suffix(".json")
    text = check_text(_read(article), str(article))
    try:
        raw = json.loads(_read(annotation))
    except json.JSONDecodeError as exc:
        raise InputError(f"{annotation}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    try:
        gold = GoldArticle.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{annotation}: {_first_error(exc)}") from exc
    found = problems(gold, text)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise InputError(f"{annotation}: {found[0]}{more}")
    return GoldItem(name=article.stem, text=text, gold=gold)


def load_gold(directory: str | Path) -> list[GoldItem]:
    """Every `NAME.txt` of `directory` that has a `NAME.json` beside it, sorted by name.

    Raises InputError when the directory is missing, holds no annotated article, has an annotation with no
    article, or any annotation does not validate or quotes something its article does not contain.
    """
    root = Path(directory)
    if not root.exists():
        raise InputError(f"{root}: no such gold directory")
    if not root.is_dir():
        raise InputError(f"{root} is not a directory of gold articles (NAME.txt with NAME.json)")
    orphans = sorted(p.name for p in root.glob("*.json") if not p.with_suffix(".txt").exists())
    if orphans:
        raise InputError(f"{root / orphans[0]}: an annotation with no article ({Path(orphans[0]).stem}.txt)")
    articles = sorted(p for p in root.glob("*.txt") if p.with_suffix(".json").exists() and not p.name.startswith("."))
    if not articles:
        raise InputError(f"{root}: no gold articles (NAME.txt with NAME.json beside it)")
    return [load_one(path) for path in articles]
