"""One article made ready for the model: its language, its rendered prompt, and the parts of a long one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from .. import defaults, language
from ..engines.base import Engine, estimate_tokens
from ..errors import ConfigurationError
from ..grounding.candidates import constrained_model, harvest
from ..models import Extraction, without_translations
from ..results import Source
from .parts import Part, split
from .templating import PromptTemplate, defuse, load


@dataclass(frozen=True)
class Request:
    """One article, ready for the model."""

    article: str
    source_language: str
    brief_language: str
    extra_languages: tuple[str, ...]
    messages: list[dict[str, str]]
    template: PromptTemplate
    create_kwargs: dict[str, Any]
    response_model: type[Extraction] = Extraction
    candidates: bool = False
    published: date | None = None
    source: Source | None = None
    part_tokens: int | None = None
    token_budget: int = defaults.TOKEN_BUDGET
    protocol: str = "full"

    def for_part(self, part: Part) -> Request:
        """The same request for one part of a long article: its text, its own candidates."""
        messages, response_model = _render(
            part.text, self.source_language, self.brief_language, self.template, self.candidates
        )
        return replace(self, article=part.text, messages=messages, response_model=response_model)


def _render(
    article: str, source_language: str, target: str, template: PromptTemplate, candidates: bool
) -> tuple[list[dict[str, str]], type[Extraction]]:
    response_model = constrained_model(harvest(article, source_language)) if candidates else Extraction
    if target == source_language:
        response_model = without_translations(response_model)
    messages = template.render(
        article=defuse(article),
        language_name=language.name_of(target),
        article_language_name=language.name_of(source_language),
    )
    return messages, response_model


def prepare(
    article: str,
    *,
    template: str | Path | PromptTemplate | None,
    languages: list[str],
    max_output_tokens: int,
    candidates: bool = False,
    published: date | None = None,
    source: Source | None = None,
    part_tokens: int | None = None,
    token_budget: int = defaults.TOKEN_BUDGET,
    protocol: str = "full",
) -> Request:
    """Detect the language and render the prompt for one article (the whole-schema prompt for the 'full'
    protocol; the 'reference' protocol builds its own small prompt from code's reading).

    `languages` are the brief languages, the first also that of the labels (default: the article's own).
    With `candidates`, names, figure values and evidence are restricted to spans harvested from the article.
    `published` anchors relative dates; `source` is recorded in the result's metadata. `part_tokens` caps
    the article tokens of each part when a long article is split. `token_budget` caps the tokens every
    attempt on the article (or on each of its parts) may spend together.
    """
    source_language = language.detect(article)
    fallback = source_language if source_language != language.UNDETERMINED else "en"
    target, *extra = languages or [fallback]
    loaded = load(template)
    messages: list[dict[str, str]]
    response_model: type[Extraction]
    if protocol == "reference":
        messages, response_model = [], Extraction
    else:
        messages, response_model = _render(article, source_language, target, loaded, candidates)
    return Request(
        article=article,
        source_language=source_language,
        brief_language=target,
        extra_languages=tuple(extra),
        messages=messages,
        template=loaded,
        create_kwargs={
            "max_tokens": max_output_tokens,
            "temperature": defaults.TEMPERATURE,
        },
        response_model=response_model,
        candidates=candidates,
        published=published,
        source=source,
        part_tokens=part_tokens,
        token_budget=token_budget,
        protocol=protocol,
    )


def plan_parts(request: Request, engine: Engine) -> list[Part]:
    """The article whole when its prompt and answer fit the engine's context, else the parts that do.

    Tokens are counted with the engine's own tokenizer when it has one (`count_tokens`), else estimated on
    the safe side. Raises ConfigurationError when the context leaves no room for any article.
    """
    count: Callable[[str], int] = getattr(engine, "count_tokens", None) or estimate_tokens
    context = int(getattr(engine, "context_tokens", None) or defaults.ENDPOINT_CONTEXT_TOKENS)
    framing = request.template.render(
        article="",
        language_name=language.name_of(request.brief_language),
        article_language_name=language.name_of(request.source_language),
    )
    static = sum(count(m["content"]) for m in framing) + defaults.CONTEXT_MARGIN_TOKENS
    # The answer's room is its cap, but never more than half of what the prompt leaves: an answer cap larger
    # than the context is capped by the engine anyway, and must not leave no room for the article.
    answer = min(int(request.create_kwargs["max_tokens"]), (context - static) // 2)
    budget = context - static - answer
    if request.part_tokens is not None:
        budget = min(budget, request.part_tokens)
    if budget < defaults.MIN_PART_TOKENS:
        raise ConfigurationError(
            f"a context of {context} tokens leaves {max(budget, 0)} for the article beside the prompt "
            f"({static}) and the answer ({answer}); raise the context (SUMMARISE_CONTEXT_TOKENS)"
        )
    if count(request.article) <= budget:
        return [Part(request.article, 0)]
    return split(request.article, budget, count)
