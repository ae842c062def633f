"""Settings read from the environment: `SUMMARISE_*`, then the standard `OPENAI_*`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from . import defaults
from .errors import ConfigurationError
from .prices import load_prices


def _env(name: str, *fallbacks: str) -> AliasChoices:
    return AliasChoices(defaults.ENV_PREFIX + name, *fallbacks)


def _invalid(exc: ValidationError) -> ConfigurationError:
    """One line naming every bad setting, the value it was given (never a key's) and what it must be."""
    problems = []
    for error in exc.errors():
        # The environment variable that was read (SUMMARISE_THREADS), or the argument given in code (threads).
        name = _variable(".".join(str(part) for part in error["loc"]) or "settings")
        given = "" if "api_key" in name.lower() else f"={_shown(error.get('input'))}"
        reason = str(error["msg"]).removeprefix("Value error, ")
        problems.append(f"{name}{given}: {reason[:1].lower()}{reason[1:]}")
    return ConfigurationError(f"invalid setting {'; '.join(problems)}")


def _variable(name: str) -> str:
    """The variable actually set: pydantic names SUMMARISE_BASE_URL when the bad value was OPENAI_BASE_URL's."""
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices) and alias.choices[0] == name:
            present = {key.upper() for key in os.environ}
            return next((str(c) for c in alias.choices if str(c).upper() in present), name)
    return name


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class Settings(BaseSettings):
    """Everything a run can be configured with. Arguments given in code win over these.

    A bad value, read from the environment or given in code, raises ConfigurationError (one line naming the
    setting), never pydantic's ValidationError.
    """

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    def __init__(self, **values: Any) -> None:
        # The one place a bad setting becomes our error: pydantic also routes model_validate() through here.
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise _invalid(exc) from exc

    model: str | None = Field(
        default=None,
        validation_alias=_env("MODEL"),
        description="A model name for an endpoint, or a path to a GGUF file for the embedded engine.",
    )
    base_url: str | None = Field(
        default=None,
        validation_alias=_env("BASE_URL", "OPENAI_BASE_URL"),
        description="An OpenAI-compatible endpoint; unset means the embedded engine.",
    )
    api_key: SecretStr | None = Field(
        default=None, validation_alias=_env("API_KEY", "OPENAI_API_KEY"), description="Key for the endpoint."
    )
    engine: str | None = Field(
        default=None,
        validation_alias=_env("ENGINE"),
        description="'embedded', 'openai' or 'extractive' (no model: the article as code reads it); unset chooses "
        "from the other settings.",
    )
    protocol: Literal["reference", "choices", "full"] | None = Field(
        default=None,
        validation_alias=_env("PROTOCOL"),
        description="'reference': code reads the article and the model writes only a headline, checked; 'choices': "
        "the model chooses and labels code's numbered items by id and writes the brief, checked; 'full': the model "
        "answers the whole schema, checked. Unset means 'reference' for the embedded engine, 'full' otherwise.",
    )
    mode: Literal["auto", "json_schema", "json_object", "tools"] = Field(
        default="auto",
        validation_alias=_env("MODE"),
        description="How an endpoint is asked for the answer's structure: 'json_schema' (the schema in "
        "response_format; strict on OpenAI's API), 'json_object' (JSON mode, the schema in the prompt), 'tools' (a "
        "forced function call); 'auto' tries them in that order and remembers per endpoint the one that answered.",
    )
    timeout: float = Field(default=defaults.TIMEOUT_SECONDS, gt=0, validation_alias=_env("TIMEOUT"))
    deadline: float = Field(
        default=defaults.DEADLINE_SECONDS,
        gt=0,
        validation_alias=_env("DEADLINE"),
        description="Seconds one article may take on a model, every request, transport retry, re-ask and, on the "
        "embedded engine, every token included; past it the best verified answer so far is kept, or the article "
        "fails with DeadlineExceededError.",
    )
    readers: int | None = Field(
        default=None,
        ge=0,
        le=64,
        validation_alias=_env("READERS"),
        description="Worker processes that make code's reading of each article while the event loop awaits the "
        "model (the same reading, made off the loop, so that articles in flight against a fast endpoint use more "
        "than one core); 0 reads in the calling process. Unset: one for a batch against a remote endpoint at a "
        "concurrency above 1 on a machine with more than one core, none otherwise (a server on this machine, Ray's "
        "actors, and `asummarise` alone start no process unless asked).",
    )
    transport_retries: int = Field(default=defaults.TRANSPORT_RETRIES, ge=0, validation_alias=_env("TRANSPORT_RETRIES"))
    max_retry_after: float = Field(
        default=defaults.MAX_RETRY_AFTER_SECONDS,
        ge=0,
        validation_alias=_env("MAX_RETRY_AFTER"),
        description="The longest Retry-After honoured, in seconds; a server asking for longer fails at once.",
    )
    token_budget: int = Field(
        default=defaults.TOKEN_BUDGET,
        ge=1000,
        validation_alias=_env("TOKEN_BUDGET"),
        description="Tokens (prompt and answer, every attempt) one article may cost.",
    )
    reasks: int = Field(default=defaults.REASKS, ge=0, le=5, validation_alias=_env("REASKS"))
    grounding_reasks: int = Field(
        default=defaults.GROUNDING_REASKS, ge=0, le=3, validation_alias=_env("GROUNDING_REASKS")
    )
    candidates: bool | None = Field(
        default=defaults.CANDIDATES,
        validation_alias=_env("CANDIDATES"),
        description="Restrict names, figure values and evidence to spans harvested from the article; "
        "unset means on for engines that constrain decoding.",
    )
    spotlight: bool = Field(
        default=defaults.SPOTLIGHT,
        validation_alias=_env("SPOTLIGHT"),
        description="Datamark the article in the prompt (every line marked as data) and tell the model that a "
        "sentence in it addressing a summariser is a payload; uses the spotlight template when none is given.",
    )
    max_output_tokens: int = Field(
        default=defaults.MAX_OUTPUT_TOKENS, ge=64, validation_alias=_env("MAX_OUTPUT_TOKENS")
    )
    context_tokens: int | None = Field(
        default=None,
        ge=512,
        validation_alias=_env("CONTEXT_TOKENS"),
        description="The model's context in tokens; unset means 4096 for the embedded engine and 8192 assumed "
        "for an endpoint. A longer article is split into parts that fit.",
    )
    part_tokens: int | None = Field(
        default=None,
        ge=defaults.MIN_PART_TOKENS,
        validation_alias=_env("PART_TOKENS"),
        description="At most this many article tokens per part of a long article; unset means what the context "
        "leaves beside the prompt and the answer.",
    )
    threads: int = Field(default=defaults.EMBEDDED_THREADS, ge=1, validation_alias=_env("THREADS"))
    prices: Path | None = Field(
        default=None,
        validation_alias=_env("PRICES"),
        description="A JSON or TOML file of model prices (USD per million tokens, input and output) that adds to "
        "or overrides the shipped table.",
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_cache_dir("summarise")),
        validation_alias=_env("CACHE_DIR"),
        description="Per-user cache; the bundled model is assembled here once, and batch results are cached here.",
    )

    def resolved_protocol(self, engine: str) -> str:
        """The protocol for `engine`: the one set, else 'reference' for the embedded engine and 'full' otherwise."""
        return self.protocol or ("reference" if engine == "embedded" else "full")

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise ValueError("an endpoint's URL starts with http:// or https://")
        return value

    @field_validator("prices")
    @classmethod
    def _readable_prices(cls, value: Path | None) -> Path | None:
        # Read now, so that a bad table stops every command, not only the one that reports costs.
        try:
            load_prices(value)
        except ConfigurationError as exc:
            raise ValueError(exc.message) from exc
        return value

    @field_validator("cache_dir")
    @classmethod
    def _directory(cls, value: Path) -> Path:
        if value.exists() and not value.is_dir():
            raise ValueError("must be a directory, not a file")
        return value

    def resolved_engine(self) -> str:
        """Which engine these settings select: an explicit choice, else 'openai' when an endpoint is set."""
        if self.engine:
            return self.engine
        if self.base_url:
            return "openai"
        if self.model and not self.model.endswith(".gguf") and self.api_key is not None:
            return "openai"
        return "embedded"
