"""Engines: how summarise talks to a model. `from_settings` picks one."""

from __future__ import annotations

from pathlib import Path

from .. import defaults
from ..errors import ConfigurationError
from ..settings import Settings
from .base import Engine

ENGINES = ("embedded", "openai", "extractive")


def from_settings(settings: Settings) -> Engine:
    """Build the engine the settings ask for; raise ConfigurationError for an impossible choice."""
    kind = settings.resolved_engine()
    if kind == "extractive":
        from .extractive import ExtractiveEngine

        return ExtractiveEngine()
    if kind == "embedded":
        if settings.base_url:
            raise ConfigurationError("the embedded engine runs a local GGUF file; it takes no --base-url")
        if settings.model and not Path(settings.model).expanduser().exists() and not settings.model.endswith(".gguf"):
            raise ConfigurationError(
                f"model {settings.model!r} is not a GGUF file; to use it on an endpoint give --base-url "
                "(or OPENAI_BASE_URL / OPENAI_API_KEY)"
            )
        from .embedded import EmbeddedEngine
        from .model_store import resolve_gguf

        path = resolve_gguf(settings.model, settings.cache_dir)
        context = settings.context_tokens or defaults.EMBEDDED_CONTEXT_TOKENS
        return EmbeddedEngine(path, context_tokens=context, threads=settings.threads)
    if kind == "openai":
        from .modes import ModeMemory
        from .openai_compat import OpenAIEngine

        if not settings.model:
            raise ConfigurationError("an endpoint needs a model name: pass --model or set SUMMARISE_MODEL")
        return OpenAIEngine(
            model=settings.model,
            base_url=settings.base_url,
            api_key=settings.api_key.get_secret_value() if settings.api_key else None,
            timeout=settings.timeout,
            transport_retries=settings.transport_retries,
            max_retry_after=settings.max_retry_after,
            context_tokens=settings.context_tokens or defaults.ENDPOINT_CONTEXT_TOKENS,
            mode=settings.mode,
            memory=ModeMemory(settings.cache_dir),
        )
    raise ConfigurationError(f"unknown engine {kind!r}; choose one of: {', '.join(ENGINES)}")


__all__ = ["ENGINES", "Engine", "from_settings"]
