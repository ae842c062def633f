"""The embedded engine: a GGUF model run in-process by llama.cpp (llama-cpp-python).

Constrained decoding uses llguidance rather than llama-cpp-python's grammar
sampler. That sampler masks the whole 262k-token vocabulary before every
sampled token; here the model's best token is checked against the grammar
first and the mask is only computed when that token is refused, as llama.cpp's
own server does. Tokens the grammar forces (JSON keys, punctuation) are
fast-forwarded and evaluated in one batch instead of being decoded one by one.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import instructor
import numpy as np
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.chat.chat_completion import Choice
from openai.types.completion_usage import CompletionUsage, PromptTokensDetails

from ..deadline import Deadline, current
from ..errors import ConfigurationError, DeadlineExceededError, ModelRequestError, ModelUnavailableError

# Penalise tokens the answer used in its last few tokens, as llama.cpp's
# repeat penalty does: a small base model otherwise loops on one token.
REPEAT_PENALTY = 1.15
REPEAT_WINDOW = 48
# The fewest answer tokens worth decoding when a long prompt fills the context.
MIN_ANSWER_TOKENS = 64
# Compiled grammars kept per engine (the static schemas and the latest articles' own).
GRAMMAR_CACHE_SIZE = 8


@contextmanager
def _quiet_native_stderr() -> Iterator[None]:
    """Silence what llama.cpp prints on file descriptor 2 while loading a model."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@dataclass
class _Loaded:
    llama: Any
    tokenizer: Any  # llguidance.LLTokenizer
    eog: frozenset[int]
    lock: threading.Lock


_MODELS: dict[tuple[str, int, int], _Loaded] = {}
_MODELS_LOCK = threading.Lock()


def _load(path: Path, context_tokens: int, threads: int) -> _Loaded:
    """Load a GGUF once per process and keep it; later engines with the same settings reuse it."""
    key = (str(path.resolve()), context_tokens, threads)
    with _MODELS_LOCK:
        if key in _MODELS:
            return _MODELS[key]
        try:
            import llama_cpp
            import llguidance.llamacpp
        except ImportError as exc:  # pragma: no cover - both are hard dependencies
            raise ModelUnavailableError(
                f"the embedded engine needs llama-cpp-python and llguidance: {exc}",
                engine="embedded",
                model=path.name,
            ) from exc
        try:
            with _quiet_native_stderr():
                llama = llama_cpp.Llama(model_path=str(path), n_ctx=context_tokens, n_threads=threads, verbose=False)
        except (ValueError, RuntimeError) as exc:
            raise ModelUnavailableError(
                f"llama.cpp could not load {path}: {exc}", engine="embedded", model=path.name
            ) from exc
        vocab = llama_cpp.llama_model_get_vocab(llama._model.model)
        with warnings.catch_warnings():
            # llguidance reads each of the 262k tokens through a binding llama-cpp-python marks deprecated.
            warnings.simplefilter("ignore", DeprecationWarning)
            tokenizer = llguidance.llamacpp.lltokenizer_from_vocab(vocab)
        eog = frozenset(t for t in range(llama.n_vocab()) if llama_cpp.llama_vocab_is_eog(vocab, t))
        loaded = _Loaded(llama=llama, tokenizer=tokenizer, eog=eog, lock=threading.Lock())
        if not _MODELS:
            atexit.register(_close_all)
        _MODELS[key] = loaded
        return loaded


def _close_all() -> None:
    """Free the models before interpreter shutdown, when llama-cpp-python's finalisers can no longer run."""
    with _MODELS_LOCK:
        for loaded in _MODELS.values():
            loaded.llama.close()
        _MODELS.clear()


def _schema_of(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """The JSON Schema an OpenAI-style response_format asks for, if any."""
    if not response_format:
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        spec = response_format.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        return schema if isinstance(schema, dict) else {"type": "object"}
    if kind == "json_object":
        schema = response_format.get("schema")
        return schema if isinstance(schema, dict) else {"type": "object"}
    return None


class EmbeddedEngine:
    """Runs a GGUF model in this process, with grammar-constrained JSON output."""

    name = "embedded"
    mode = instructor.Mode.JSON_SCHEMA
    constrains = True

    def __init__(self, model_path: Path, *, context_tokens: int, threads: int) -> None:
        self.path = model_path
        self.model = model_path.stem
        self.context_tokens = context_tokens
        self._loaded = _load(model_path, context_tokens, threads)
        self._grammars: dict[str, str] = {}

    # -- prompt --------------------------------------------------------------

    def render(self, messages: list[dict[str, Any]], json_cue: bool = True) -> str:
        """Turn chat messages into the model's prompt text.

        With a chat template in the GGUF, that template is used. Without one (a
        base model such as the bundled one), the messages become a plain
        document that ends where the JSON answer starts.
        """
        llama = self._loaded.llama
        template = llama.metadata.get("tokenizer.chat_template")
        if template:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=llama.detokenize([llama.token_eos()], special=True).decode(),
                bos_token=llama.detokenize([llama.token_bos()], special=True).decode(),
            )
            return str(formatter(messages=cast(Any, messages)).prompt)
        # An earlier answer keeps the "JSON:" cue it was written after, so that a re-ask's prompt starts with the
        # first prompt and its answer, which are still in the KV cache, instead of diverging after the article.
        parts = []
        for message in messages:
            content = str(message.get("content") or "").strip()
            if content:
                parts.append(f"JSON:\n{content}" if message.get("role") == "assistant" else content)
        return "\n\n".join(parts) + ("\n\nJSON:\n" if json_cue else "")

    def tokenize_prompt(self, messages: list[dict[str, Any]], json_cue: bool = True) -> list[int]:
        """The prompt's tokens, BOS first.

        Control-token strings are parsed as control tokens only when a chat template wrote them; the messages
        themselves are plain text (the pipeline also defuses such strings in the article). Without a chat
        template no control string in the text becomes a control token at all.
        """
        llama = self._loaded.llama
        special = bool(llama.metadata.get("tokenizer.chat_template"))
        return list(llama.tokenize(self.render(messages, json_cue).encode("utf-8"), add_bos=True, special=special))

    def count_tokens(self, text: str) -> int:
        """Tokens `text` takes with this model's tokenizer."""
        return len(self._loaded.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    # -- decoding ------------------------------------------------------------

    def _grammar(self, schema: dict[str, Any]) -> str:
        import llguidance

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            # Each article (each part of a long one) has its own candidates schema: keep the latest few only,
            # so that memory does not grow with the articles a process summarises.
            while len(self._grammars) >= GRAMMAR_CACHE_SIZE:
                del self._grammars[next(iter(self._grammars))]
            try:
                self._grammars[key] = llguidance.LLMatcher.grammar_from_json_schema(
                    schema, defaults={"whitespace_flexible": False}
                )
            except ValueError as exc:
                raise ConfigurationError(f"the embedded engine cannot constrain to this schema: {exc}") from exc
        return self._grammars[key]

    def _prefill(self, tokens: list[int]) -> int:
        """Evaluate the prompt, reusing the longest prefix already in the KV cache; return tokens reused."""
        llama = self._loaded.llama
        cached = llama.input_ids[: llama.n_tokens].tolist()
        reuse = 0
        for a, b in zip(cached, tokens, strict=False):
            if a != b:
                break
            reuse += 1
        # At least the last prompt token is evaluated again so that its logits exist.
        reuse = min(reuse, len(tokens) - 1)
        llama.n_tokens = reuse
        llama.eval(tokens[reuse:])
        return reuse

    def _past(self, deadline: Deadline) -> DeadlineExceededError:
        return DeadlineExceededError(
            f"the embedded model did not finish the article within its deadline of {deadline.seconds:g} s "
            "(SUMMARISE_DEADLINE)",
            engine=self.name,
            model=self.model,
            seconds=deadline.seconds,
        )

    def _decode(
        self,
        prompt: list[int],
        schema: dict[str, Any] | None,
        max_tokens: int,
        stop: tuple[str, ...] = (),
        deadline: Deadline | None = None,
    ) -> tuple[list[int], str, int]:
        import llama_cpp
        import llguidance
        import llguidance.numpy as llg_np

        loaded = self._loaded
        llama = loaded.llama
        reused = self._prefill(prompt)
        matcher = None
        if schema is not None:
            matcher = llguidance.LLMatcher(loaded.tokenizer, self._grammar(schema))
            if matcher.is_error():
                raise ConfigurationError(f"grammar error: {matcher.get_error()}")
        n_vocab = llama.n_vocab()
        bitmask = llg_np.allocate_token_bitmask(1, loaded.tokenizer.vocab_size)
        out: list[int] = []
        finish = "length"
        while len(out) < max_tokens:
            # The article's deadline is checked before every token: an answer past it is stopped, not finished.
            if deadline is not None and deadline.left() <= 0:
                raise self._past(deadline)
            if matcher is not None:
                forced = matcher.compute_ff_tokens()
                if len(forced) > 1:
                    forced = forced[: max_tokens - len(out)]
                    matcher.consume_tokens(forced)
                    out.extend(forced)
                    llama.eval(forced)
                    continue
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1), shape=(n_vocab,))
            recent = list(set(out[-REPEAT_WINDOW:]))
            if recent:
                values = logits[recent]
                logits[recent] = np.where(values > 0, values / REPEAT_PENALTY, values * REPEAT_PENALTY)
            token = int(np.argmax(logits))
            if matcher is not None:
                if matcher.validate_tokens([token]) != 1:
                    llg_np.fill_next_token_bitmask(matcher, bitmask)
                    allowed = np.unpackbits(bitmask[0].view(np.uint8), bitorder="little")[:n_vocab].astype(bool)
                    token = int(np.argmax(np.where(allowed, logits, -np.inf)))
                if not matcher.consume_token(token):
                    raise ModelRequestError(
                        f"constrained decoding failed: {matcher.get_error()}",
                        status_code=None,
                        engine=self.name,
                        model=self.model,
                    )
                if matcher.is_stopped():
                    if token not in loaded.eog:
                        out.append(token)
                    finish = "stop"
                    break
            elif token in loaded.eog:
                finish = "stop"
                break
            out.append(token)
            if stop and any(mark in llama.detokenize(out[-4:]).decode("utf-8", errors="ignore") for mark in stop):
                finish = "stop"
                break
            llama.eval([token])
        return out, finish, reused

    def create(self, **kwargs: Any) -> ChatCompletion:
        """Answer an OpenAI-style chat completion request with the local model."""
        messages = kwargs.get("messages") or []
        max_tokens = int(kwargs.get("max_tokens") or kwargs.get("max_completion_tokens") or 1024)
        schema = _schema_of(kwargs.get("response_format"))
        stop = kwargs.get("stop") or ()
        stop = (stop,) if isinstance(stop, str) else tuple(stop)
        llama = self._loaded.llama
        # Free text (no response_format) is a plain completion of the prompt: no "JSON:" cue after it.
        prompt = self.tokenize_prompt(messages, json_cue=schema is not None)
        # Like llama.cpp's server, the answer gets what the context leaves; a prompt that leaves too little
        # for any useful answer is refused.
        room = self.context_tokens - len(prompt)
        if room < MIN_ANSWER_TOKENS:
            raise ModelRequestError(
                f"the prompt takes {len(prompt)} tokens, leaving {max(room, 0)} of the model's context of "
                f"{self.context_tokens} tokens for the answer",
                status_code=400,
                engine=self.name,
                model=self.model,
            )
        max_tokens = min(max_tokens, room)
        deadline = current()
        # A call waiting for the model (another article holds it) waits no longer than its deadline.
        wait = -1.0 if deadline is None else min(max(deadline.left(), 0.0), threading.TIMEOUT_MAX)
        if not self._loaded.lock.acquire(timeout=wait):
            raise self._past(cast(Deadline, deadline))
        try:
            # Past the deadline, not even the prompt is evaluated: that would cost seconds and the cached prefix.
            if deadline is not None and deadline.left() <= 0:
                raise self._past(deadline)
            tokens, finish, reused = self._decode(prompt, schema, max_tokens, stop, deadline)
            text = llama.detokenize(tokens).decode("utf-8", errors="replace")
        finally:
            self._loaded.lock.release()
        for mark in stop:
            text = text.split(mark, 1)[0]
        return ChatCompletion(
            id=f"embedded-{uuid.uuid4().hex[:12]}",
            object="chat.completion",
            created=int(time.time()),
            model=self.model,
            choices=[
                Choice(
                    index=0,
                    finish_reason=finish,  # type: ignore[arg-type]
                    message=ChatCompletionMessage(role="assistant", content=text),
                )
            ],
            usage=CompletionUsage(
                prompt_tokens=len(prompt),
                completion_tokens=len(tokens),
                total_tokens=len(prompt) + len(tokens),
                prompt_tokens_details=PromptTokensDetails(cached_tokens=reused),
            ),
        )

    async def acreate(self, **kwargs: Any) -> ChatCompletion:
        """Run `create` in a worker thread; calls on one model are serialised by its lock."""
        return await asyncio.to_thread(self.create, **kwargs)

    def close(self) -> None:
        """Nothing to release: the model stays loaded for the next engine in this process."""

    async def aclose(self) -> None:
        """Nothing to release, as for `close`."""
