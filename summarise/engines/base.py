"""The one interface every engine offers: an OpenAI-shaped chat completion call.

Engines know nothing of news, prompts or schemas beyond the JSON Schema they
are handed to constrain an answer. The pipeline wraps `create`/`acreate` with
instructor in the mode the engine names.
"""

from __future__ import annotations

from typing import Any, Protocol

import instructor
from openai.types.chat import ChatCompletion

from .. import defaults


def estimate_tokens(text: str) -> int:
    """Tokens `text` takes at most with a usual tokenizer: one per ESTIMATED_BYTES_PER_TOKEN bytes of UTF-8."""
    return -(-len(text.encode("utf-8")) // defaults.ESTIMATED_BYTES_PER_TOKEN)


class Engine(Protocol):
    """Something that turns chat messages into a chat completion.

    An engine may also offer `context_tokens` (its context's length) and `count_tokens(text)` (with the
    model's own tokenizer); the pipeline splits a long article with them, and assumes the defaults for
    endpoints when they are missing. An engine whose endpoint may refuse a response mode offers
    `fall_back(error, mode)`: it moves `mode` on and returns True when another mode is left to try.
    """

    name: str
    """'embedded' or 'openai'."""
    model: str
    """The model's name, as recorded in a result's metadata."""
    mode: instructor.Mode
    """How instructor asks this engine for structured output now (an endpoint's may change after a refusal)."""
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
