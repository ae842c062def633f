"""The library's entry points: `summarise` and its async twin `asummarise`."""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec

from . import defaults, engines
from . import language as languages
from .engines.base import Engine
from .errors import ConfigurationError, InputError
from .inputs.load import Article, check_text, load_article
from .pipeline import loop as pipeline
from .pipeline.templating import PromptTemplate
from .reading import dates
from .results import ArticleSummary, Source
from .settings import Settings

P = ParamSpec("P")


def _environment() -> Settings:
    """The settings the environment gives, read once for each state of the variables that can change them
    (reading them cost about 1 ms a call)."""
    snapshot = tuple(sorted((k, v) for k, v in os.environ.items() if k.upper().startswith(_READ) or k in _PATHS))
    return _read_environment(snapshot)


# What Settings reads: its own variables and the standard OpenAI ones; the user cache directory's defaults.
_READ = (defaults.ENV_PREFIX, "OPENAI_")
_PATHS = frozenset({"HOME", "XDG_CACHE_HOME"})


@lru_cache(maxsize=8)
def _read_environment(snapshot: tuple[tuple[str, str], ...]) -> Settings:
    return Settings()


def _settings(settings: Settings | None, overrides: dict[str, Any]) -> Settings:
    if settings is not None and not isinstance(settings, Settings):
        raise ConfigurationError(f"settings must be a summarise Settings, not {_shown(settings)}")
    base = settings if settings is not None else _environment()
    given = {k: v for k, v in overrides.items() if v is not None}
    if not given:
        return base
    # A bad value raises ConfigurationError here, as it does from the environment (see Settings).
    return Settings.model_validate({**base.model_dump(), **given})


def _published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ConfigurationError(f"the publication date must be a date or 'YYYY-MM-DD', not {_shown(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigurationError(f"the publication date must be YYYY-MM-DD, not {value!r}") from exc


def _shown(value: object) -> str:
    """A wrong argument as a message shows it: its type, and its value when that is short."""
    kind = type(value).__name__
    if isinstance(value, int | float | str | list | tuple | dict | type(None)):
        try:
            shown = repr(value)
        except ValueError:  # an int too long for repr
            return kind
        return f"{kind} {shown}" if len(shown) <= 60 else kind
    return kind


_LONE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


def _article(article: object) -> str | Article:
    """The article as text or an `Article`; a file path (`os.PathLike`) is read with `load_article`.

    Raises InputError for anything else (bytes included: only the caller knows their encoding and whether they
    are a page; `load_article` or `inputs.load.from_bytes` reads them)."""
    if isinstance(article, str) and _LONE_URL.fullmatch(article.strip()):
        # A string is the article's text, never fetched nor opened: a URL alone is no article, and the text it
        # would be summarised as is the URL's own words.
        local = article.strip()[:7].lower() == "file://"
        raise InputError(
            f"the article is a URL, not an article's text: read it with load_article({article.strip()!r}) and pass "
            f"the Article{' (or pass the file as a pathlib.Path)' if local else ''}"
        )
    if isinstance(article, str | Article):
        return article
    if isinstance(article, os.PathLike):
        return load_article(Path(article))
    hint = "; decode them first, or read the file with load_article" if isinstance(article, bytes | bytearray) else ""
    raise InputError(
        f"the article must be its text (a str), an Article from load_article, or a file path (a pathlib.Path), "
        f"not {_shown(article)}{hint}"
    )


def language_codes(language: object) -> list[str]:
    """The ISO 639-1 codes `language` gives ('en,ko', ['en', 'ko'] or None); raise ConfigurationError if it
    names none, or anything that is not one."""
    try:
        return languages.parse_languages(language)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from exc


def check_engine(engine: object) -> Engine | str | None:
    """`engine` as given, once it is an engine's name, an engine, or None; raise ConfigurationError if not."""
    if engine is None or isinstance(engine, str):
        return engine
    # The least an engine has (stand-ins in tests offer only what they are called for): a name and a way to answer.
    answers = callable(getattr(engine, "create", None)) or callable(getattr(engine, "acreate", None))
    if not (isinstance(getattr(engine, "name", None), str) and answers):
        raise ConfigurationError(
            f"engine must be a name ('embedded', 'openai', 'extractive') or an engine object, not {_shown(engine)}"
        )
    return engine  # type: ignore[return-value]


def _source(article: object, published: date | str | None) -> tuple[str, date | None, Source | None]:
    """The article's text, its publication date (the one given wins over the page's), and what to record."""
    given = _published(published)
    article = _article(article)
    if not isinstance(article, Article):
        text = check_text(article)
        # (else the date the text's own opening lines print: "Published: 27 Dec. 2024, 17:32")
        day = given or dates.published_in(text)
        return text, day, Source(published=day.isoformat()) if day else None
    day = given or article.published or dates.published_in(article.text)
    source = Source(
        title=article.title, author=article.author, published=day.isoformat() if day else None, url=article.url
    )
    return check_text(article.text, article.origin), day, source if source.model_dump(exclude_none=True) else None


def source_record(article: str | Article, published: date | str | None = None) -> dict[str, Any] | None:
    """What `summarise` records of the article's source, as JSON data (a cache key's part)."""
    source = _source(article, published)[2]
    return source.model_dump(mode="json") if source is not None else None


def _prepare(
    article: str | Article,
    *,
    language: str | list[str] | None,
    template: str | Path | PromptTemplate | None,
    engine: Engine | None,
    settings: Settings,
    published: date | str | None = None,
) -> tuple[pipeline.Request, Engine]:
    text, day, source = _source(article, published)
    codes = language_codes(language)
    chosen = engine if engine is not None else engines.from_settings(settings)
    if template is None and settings.spotlight:
        template = defaults.SPOTLIGHT_TEMPLATE
    request = pipeline.prepare(
        text,
        template=template,
        languages=codes,
        max_output_tokens=settings.max_output_tokens,
        candidates=chosen.constrains if settings.candidates is None else settings.candidates,
        token_budget=settings.token_budget,
        published=day,
        source=source,
        part_tokens=settings.part_tokens,
        protocol=settings.resolved_protocol(chosen.name),
    )
    return request, chosen


# The arguments of `summarise`, `asummarise` and `summarise_many` that are settings given in code; None leaves
# the setting as the environment (or the `settings` given) has it.
SETTING_ARGUMENTS = (
    "spotlight",
    "part_tokens",
    "protocol",
    "mode",
    "model",
    "base_url",
    "api_key",
    "reasks",
    "grounding_reasks",
    "candidates",
    "max_output_tokens",
)


def setting_overrides(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The settings a call gives in code, from its arguments by name."""
    return {name: arguments[name] for name in SETTING_ARGUMENTS}


def _begin(
    article: str | Article,
    language: str | list[str] | None,
    template: str | Path | PromptTemplate | None,
    engine: Engine | str | None,
    settings: Settings | None,
    overrides: dict[str, Any],
    published: date | str | None = None,
) -> tuple[pipeline.Request, Engine, Settings]:
    """Resolve the settings, check the article, choose the engine and render the request."""
    engine = check_engine(engine)
    if isinstance(engine, str):
        # A name ('embedded', 'openai', 'extractive') chooses the engine as --engine does.
        overrides = {**overrides, "engine": engine}
        engine = None
    resolved = _settings(settings, overrides)
    request, chosen = _prepare(
        article, language=language, template=template, engine=engine, settings=resolved, published=published
    )
    return request, chosen, resolved


def summarise(
    article: str | Article | os.PathLike[str],
    *,
    language: str | list[str] | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    template: str | Path | PromptTemplate | None = None,
    reasks: int | None = None,
    grounding_reasks: int | None = None,
    candidates: bool | None = None,
    max_output_tokens: int | None = None,
    published: date | str | None = None,
    part_tokens: int | None = None,
    protocol: str | None = None,
    mode: str | None = None,
    spotlight: bool | None = None,
    engine: Engine | str | None = None,
    settings: Settings | None = None,
) -> ArticleSummary:
    """Summarise one article into an `ArticleSummary`.

    `article` is its text, or an `Article` from `load_article` (a file, a web page or a URL), whose title,
    author, URL and publication date go into the result's metadata; a `pathlib.Path` (any `os.PathLike`) is
    read as `load_article` reads that file. `published` (a date or 'YYYY-MM-DD')
    is the publication date relative dates are read against; it wins over the page's own. An article
    longer than the model's context is split into parts (at most `part_tokens` article tokens each, or
    what the context leaves), extracted part by part and merged; the metadata gives the number of parts.

    `model` is a GGUF path for the embedded engine or a model name for an
    endpoint at `base_url`; unset arguments come from `settings` (by default
    the `SUMMARISE_*` and `OPENAI_*` environment). `language` is the ISO code of
    the brief's language (default: the article's own), or several ('en,ko' or ['en', 'ko']): the first
    also sets the language of the labels; each further one costs one short call from the same extraction.
    `template` is a shipped template name, a template file, or a `PromptTemplate`. `mode` is how an endpoint is
    asked for the answer's structure ('auto', 'json_schema', 'json_object' or 'tools'; see `Settings.mode`).
    `spotlight` datamarks the article in the whole-schema prompt (the spotlight template, when no template is
    given; see `Settings.spotlight`).

    Raises InputError for empty or unusable text or an article of another type (bytes included),
    ConfigurationError for bad settings or arguments (a language that is not ISO 639-1, a publication date that
    is not one, an engine that is neither a name nor an engine), ModelUnavailableError / ModelRequestError when
    the model cannot answer (DeadlineExceededError, a ModelUnavailableError, when an endpoint has not given a
    usable answer within `Settings.deadline`; ModeRejectedError when it refuses every response mode tried), and
    OutputValidationError when its answers break the schema after every re-ask and code finds nothing in the
    article; when code does, the result is code's reading, with the model's failure listed in `unverified`.

    Every item of the result is located in the article; items that fail the
    checks are re-asked up to `grounding_reasks` times, then listed in
    `unverified` with the reason, never mixed with the verified ones.
    """
    request, chosen, run, owned = _start(locals())
    del run["readers"]  # one article awaited in this thread: there is nothing to read alongside
    try:
        return pipeline.run(request, chosen, **run)
    finally:
        if owned:
            chosen.close()


def _start(arguments: dict[str, Any]) -> tuple[pipeline.Request, Engine, dict[str, Any], bool]:
    """From the arguments of a call of `summarise`: the request, the engine, the loop's options, and whether the
    engine was made for this call (and is closed after it)."""
    engine = arguments["engine"]
    request, chosen, resolved = _begin(
        arguments["article"],
        arguments["language"],
        arguments["template"],
        engine,
        arguments["settings"],
        setting_overrides(arguments),
        arguments["published"],
    )
    run = {"reasks": resolved.reasks, "grounding_reasks": resolved.grounding_reasks, "deadline": resolved.deadline}
    run["readers"] = resolved.readers or 0
    return request, chosen, run, engine is None or isinstance(engine, str)


def _awaited_form_of(
    sync: Callable[P, ArticleSummary],
) -> Callable[[Callable[..., Awaitable[ArticleSummary]]], Callable[P, Awaitable[ArticleSummary]]]:
    """Give a coroutine function the arguments of `sync`, for help(), editors and type checkers; its body binds
    what it is called with against them (`_bound`)."""

    def decorate(function: Callable[..., Awaitable[ArticleSummary]]) -> Callable[P, Awaitable[ArticleSummary]]:
        function.__signature__ = inspect.signature(sync)  # type: ignore[attr-defined]
        return function

    return decorate


def _bound(function: Callable[..., Any], article: Any, arguments: dict[str, Any]) -> dict[str, Any]:
    """`function`'s arguments as a call with these would bind them, defaults filled in; a TypeError for an unknown
    or missing one, as the call itself would raise."""
    bound = inspect.signature(function).bind(article, **arguments)
    bound.apply_defaults()
    return dict(bound.arguments)


@_awaited_form_of(summarise)
async def asummarise(article: str | Article | os.PathLike[str], **arguments: Any) -> ArticleSummary:
    """`summarise`, awaited: the same arguments, result and errors."""
    request, chosen, run, owned = _start(_bound(summarise, article, arguments))
    try:
        return await pipeline.arun(request, chosen, **run)
    finally:
        if owned:
            await chosen.aclose()
