"""Any OpenAI-compatible endpoint: OpenAI, vLLM, Ollama, llama.cpp's server, llama-cpp-python's server.

The response mode (`modes`) is the one set, or under `auto` the first the endpoint takes: a refusal of the mode
(`ModeRejectedError`) moves the engine on to the next one (`fall_back`), and the mode that answers is remembered
per base URL. On OpenAI's own API a JSON schema or a tool's parameters are sent in the strict subset with
`strict: true` (`strict`), which guarantees them; other servers get the full schema, which those that decode by
grammar enforce whole.

Transport faults (429 with Retry-After, 408, 409, 5xx, timeouts, resets) are
retried by `transport` (the OpenAI client's own loop is off), which is also the
one place that turns the client's errors into ours. An answer the model declined
(`refusal`) or with no choice at all is an error here, never a re-ask.
"""

from __future__ import annotations

import functools
import threading
from typing import Any
from urllib.parse import urlsplit

import httpx2 as httpx
import instructor
import openai
from openai import RequestOptions
from openai.types.chat import ChatCompletion

from .. import defaults
from ..errors import ModelRefusalError, ModelUnavailableError, ModeRejectedError
from .base import estimate_tokens
from .connections import async_http_client
from .modes import AUTO_ORDER, MODES, ModeMemory, asked_mode, name_of
from .strict import cached_strict_schema
from .transport import Endpoint, Policy, asend, redact, request_timeout, send

# llama.cpp's server and llama-cpp-python need a key-shaped value but check none.
_NO_KEY = "no-key"
# Hosts that take OpenAI's strict structured outputs: OpenAI's own API, and Azure's deployments of its models.
_STRICT_HOSTS = ("api.openai.com", ".openai.azure.com")


@functools.lru_cache(maxsize=1)
def _http_client() -> httpx.Client:
    """The process's one HTTP client for endpoints: each request carries its own timeout."""
    return openai.DefaultHttpxClient()


def takes_strict(base_url: str | None) -> bool:
    """Whether the endpoint is OpenAI's own API (or Azure OpenAI), where a schema is sent with `strict: true`."""
    if base_url is None:
        return True
    host = (urlsplit(base_url).hostname or "").lower()
    return any(host == h or (h.startswith(".") and host.endswith(h)) for h in _STRICT_HOSTS)


# The request goes out through the client's own `post` (its documented way to any path), not `chat.completions.create`:
# `create` walks the whole request against the SDK's parameter types to transform it, which changes nothing in
# ours (plain JSON data, no aliased field), and that cost about 1.4 ms of CPU a call, a tenth of the pipeline's. Same
# client, headers, key and timeout; only the order of the body's keys differs.
_PATH = "/chat/completions"


def _options(timeout: Any) -> RequestOptions:
    return {"timeout": timeout, "security": {"bearer_auth": True}}


def _strict(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request with its JSON schema or tool parameters in OpenAI's strict subset, marked `strict: true`."""
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        spec = response_format["json_schema"]
        spec = {**spec, "strict": True, "schema": cached_strict_schema(spec["schema"])}
        kwargs = {**kwargs, "response_format": {**response_format, "json_schema": spec}}
    tools = kwargs.get("tools")
    if tools:
        shaped = []
        for tool in tools:
            function = tool.get("function") or {}
            if "parameters" in function:
                function = {**function, "strict": True, "parameters": cached_strict_schema(function["parameters"])}
            shaped.append({**tool, "function": function})
        kwargs = {**kwargs, "tools": shaped}
    return kwargs


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
        mode: str = "auto",
        context_tokens: int = defaults.ENDPOINT_CONTEXT_TOKENS,
        memory: ModeMemory | None = None,
        strict: bool | None = None,
    ) -> None:
        self.model = model
        self.context_tokens = context_tokens
        self.base_url = base_url
        self.timeout = timeout
        self.strict = takes_strict(base_url) if strict is None else strict
        # The modes to try, in order: the one set, or under 'auto' all of them from the one remembered.
        self.auto = mode == "auto"
        self._memory = memory if self.auto else None
        self._key = base_url or "https://api.openai.com/v1"
        order = list(AUTO_ORDER) if self.auto else [mode]
        remembered = self._memory.get(self._key) if self._memory is not None else None
        if remembered in order:
            order = order[order.index(remembered) :]
        self._order = order
        self._remembered = remembered
        self._lock = threading.Lock()
        self.mode: instructor.Mode = MODES[order[0]]
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
        self._options = options
        # The HTTP connection pool is the process's one (making one costs about 25 ms of CPU, its TLS context); the
        # async client, bound to the event loop it first runs in, is made on first use.
        self._client = openai.OpenAI(**options, http_client=_http_client())
        self._aclient: openai.AsyncOpenAI | None = None

    def fall_back(self, error: ModeRejectedError, refused: instructor.Mode) -> bool:
        """After the endpoint refused `refused`: move on to the next mode and return True, or False when the mode
        was set (not 'auto') or none is left. Safe to call from concurrent articles: one refusal moves once."""
        with self._lock:
            if self.mode is not refused:
                return True  # another article already moved on
            name = name_of(refused)
            following = self._order[self._order.index(name) + 1 :] if name in self._order else []
            if not following:
                return False
            self.mode = MODES[following[0]]
            return True

    def _answered(self, kwargs: dict[str, Any]) -> None:
        """Remember the mode that answered, under 'auto', when it is not the one remembered already."""
        name = asked_mode(kwargs)
        if self._memory is None or name is None or name == self._remembered or MODES[name] is not self.mode:
            return
        self._remembered = name
        self._memory.put(self._key, name)

    def _shaped(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs.setdefault("model", self.model)
        return _strict(kwargs) if self.strict else kwargs

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
        """Send one chat completion request, retrying transport faults; raise our errors (ModeRejectedError when
        the endpoint refuses the response mode, DeadlineExceededError when the article's deadline passes)."""
        kwargs = self._shaped(kwargs)
        completion = send(
            lambda: self._client.post(
                _PATH, cast_to=ChatCompletion, body=kwargs, options=_options(request_timeout(self.timeout))
            ),
            self._endpoint,
            self._policy,
        )
        self._answered(kwargs)
        return self._checked(completion)

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        """Send one chat completion request without blocking the event loop."""
        kwargs = self._shaped(kwargs)
        completion = await asend(
            lambda: self._async_client().post(
                _PATH, cast_to=ChatCompletion, body=kwargs, options=_options(request_timeout(self.timeout))
            ),
            self._endpoint,
            self._policy,
        )
        self._answered(kwargs)
        return self._checked(completion)

    def _async_client(self) -> openai.AsyncOpenAI:
        if self._aclient is None:
            limits = httpx.Limits(
                max_connections=defaults.MAX_CONNECTIONS, max_keepalive_connections=defaults.MAX_KEEPALIVE_CONNECTIONS
            )
            client = async_http_client(limits, self.timeout)
            self._aclient = openai.AsyncOpenAI(**self._options, http_client=client)
        return self._aclient

    def close(self) -> None:
        """Nothing to release: the process's connection pool stays for the next engine."""

    async def aclose(self) -> None:
        """Close the async connection pool, inside its event loop."""
        if self._aclient is not None:
            await self._aclient.close()
            self._aclient = None
