"""Any OpenAI-compatible endpoint: OpenAI, vLLM, Ollama, llama.cpp's server.

Transport faults (429 with Retry-After, 408, 409, 5xx, timeouts, resets) are
retried by the OpenAI client's own loop, with backoff and jitter; nothing else
here retries. Its errors become ours in `map_errors`, the one place that knows
them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import instructor
import openai
from openai.types.chat import ChatCompletion

from .. import defaults
from ..errors import ModelRequestError, ModelUnavailableError
from .base import estimate_tokens

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
        mode: instructor.Mode = instructor.Mode.JSON_SCHEMA,
        context_tokens: int = defaults.ENDPOINT_CONTEXT_TOKENS,
    ) -> None:
        self.model = model
        self.context_tokens = context_tokens
        self.mode = mode
        self.base_url = base_url
        options: dict[str, Any] = {
            "base_url": base_url,
            "api_key": api_key or _NO_KEY,
            "timeout": timeout,
            "max_retries": transport_retries,
        }
        self._client = openai.OpenAI(**options)
        self._aclient = openai.AsyncOpenAI(**options)

    def count_tokens(self, text: str) -> int:
        """An estimate, on the safe side, of the tokens `text` takes: an endpoint does not share its tokenizer."""
        return estimate_tokens(text)

    @contextmanager
    def map_errors(self) -> Iterator[None]:
        """Turn the OpenAI client's errors into summarise's."""
        where = self.base_url or "the OpenAI API"
        try:
            yield
        except openai.APITimeoutError as exc:
            raise ModelUnavailableError(f"{where} did not answer in time", engine=self.name, model=self.model) from exc
        except openai.APIConnectionError as exc:
            raise ModelUnavailableError(f"cannot reach {where}", engine=self.name, model=self.model) from exc
        except openai.APIStatusError as exc:
            detail = _error_detail(exc)
            if exc.status_code in (429,) or exc.status_code >= 500:
                raise ModelUnavailableError(
                    f"{where} answered {exc.status_code} after retries: {detail}", engine=self.name, model=self.model
                ) from exc
            raise ModelRequestError(
                f"{where} refused the request ({exc.status_code}): {detail}",
                status_code=exc.status_code,
                engine=self.name,
                model=self.model,
            ) from exc

    def create(self, **kwargs: Any) -> ChatCompletion:
        """Send one chat completion request."""
        kwargs.setdefault("model", self.model)
        with self.map_errors():
            return self._client.chat.completions.create(**kwargs)

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        """Send one chat completion request without blocking the event loop."""
        kwargs.setdefault("model", self.model)
        with self.map_errors():
            return await self._aclient.chat.completions.create(**kwargs)

    def close(self) -> None:
        """Close the HTTP connection pools."""
        self._client.close()

    async def aclose(self) -> None:
        """Close the HTTP connection pools, the async one inside its event loop."""
        self._client.close()
        await self._aclient.close()


def _error_detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return str(message)[:300]
    return str(exc.message)[:300]
