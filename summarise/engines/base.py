"""The one interface every engine offers: an OpenAI-shaped chat completion call.

Engines know nothing of news, prompts or schemas beyond the JSON Schema they
are handed to constrain an answer. The pipeline wraps `create`/`acreate` with
instructor in the mode the engine names.
"""

from __future__ import annotations

from typing import Any, Protocol

import instructor
from openai.types.chat import ChatCompletion


class Engine(Protocol):
    """Something that turns chat messages into a chat completion."""

    name: str
    """'embedded' or 'openai'."""
    model: str
    """The model's name, as recorded in a result's metadata."""
    mode: instructor.Mode
    """How instructor asks this engine for structured output."""
    constrains: bool
    """Whether the engine itself enforces the JSON Schema while decoding (not only validates after)."""

    def create(self, **kwargs: Any) -> ChatCompletion:
        """OpenAI `chat.completions.create` semantics: messages, response_format, max_tokens, temperature."""
        ...

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        """The async twin of `create`."""
        ...

    def close(self) -> None:
        """Release connections; the model itself may stay loaded for reuse."""
        ...

    async def aclose(self) -> None:
        """The async twin of `close`, for connections opened by `acreate`."""
        ...
