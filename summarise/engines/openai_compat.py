"""Any OpenAI-compatible endpoint: OpenAI, vLLM, Ollama, llama.cpp's server.

Transport faults (429 with Retry-After, 408, 409, 5xx, timeouts, resets) are
retried by `transport` (the OpenAI client's own loop is off), which is also the
one place that turns the client's errors into ours. An answer the model declined
(`refusal`) or with no choice at all is an error here, never a re-ask.
"""

from __future__ import annotations

from typing import Any

import instructor
import openai
from openai.types.chat import ChatCompletion

from .. import defaults
from ..errors import ModelRefusalError, ModelUnavailableError
from .base import estimate_tokens
from .transport import Endpoint, Policy, asend, redact, send

# llama.cpp's server and llama-cpp-python need a key-shaped value but check none.
_NO_KEY = "no-key"


class OpenAIEngine:
    """Talks to an OpenAI-compatible chat completions endpoint."""

    name = "openai"
    # Whether an endpoint enforces the schema while decoding depends on the server; we cannot tell.
    constrains = False

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None,
        api_key: str | None,
        timeout: float,
        transport_retries: int,
        max_retry_after: float = defaults.MAX_RETRY_AFTER_SECONDS,
        mode: instructor.Mode = instructor.Mode.JSON_SCHEMA,
        context_tokens: int = defaults.ENDPOINT_CONTEXT_TOKENS,
    ) -> None:
        self.model = model
        self.context_tokens = context_tokens
        self.mode = mode
        self.base_url = base_url
        self._endpoint = Endpoint(
            where=base_url or "the OpenAI API", engine=self.name, model=model, key=api_key or None
        )
        self._policy = Policy(retries=transport_retries, max_retry_after=max_retry_after)
        options: dict[str, Any] = {
            "base_url": base_url,
            "api_key": api_key or _NO_KEY,
            "timeout": timeout,
            # Every retry happens in `transport`, where the classes of fault and the waits are ours.
            "max_retries": 0,
        }
        self._client = openai.OpenAI(**options)
        self._aclient = openai.AsyncOpenAI(**options)

    def count_tokens(self, text: str) -> int:
        """An estimate, on the safe side, of the tokens `text` takes: an endpoint does not share its tokenizer."""
        return estimate_tokens(text)

    def _checked(self, completion: ChatCompletion) -> ChatCompletion:
        if not completion.choices:
            raise ModelUnavailableError(
                f"{self._endpoint.where} answered with no choices", engine=self.name, model=self.model
            )
        refusal = getattr(completion.choices[0].message, "refusal", None)
        if refusal:
            raise ModelRefusalError(
                f"the model declined to answer: {redact(' '.join(str(refusal).split()), self._endpoint.key)[:200]}",
                status_code=None,
                engine=self.name,
                model=self.model,
            )
        return completion

    def create(self, **kwargs: Any) -> ChatCompletion:
        """Send one chat completion request, retrying transport faults; raise our errors."""
        kwargs.setdefault("model", self.model)
        completion = send(lambda: self._client.chat.completions.create(**kwargs), self._endpoint, self._policy)
        return self._checked(completion)

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        """Send one chat completion request without blocking the event loop."""
        kwargs.setdefault("model", self.model)
        completion = await asend(lambda: self._aclient.chat.completions.create(**kwargs), self._endpoint, self._policy)
        return self._checked(completion)

    def close(self) -> None:
        """Close the HTTP connection pools."""
        self._client.close()

    async def aclose(self) -> None:
        """Close the HTTP connection pools, the async one inside its event loop."""
        self._client.close()
        await self._aclient.close()
