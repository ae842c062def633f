"""The embedded engine side by side: a bare constrained decode (the floor), plain instructor, and summarise.

All arms share one loaded model, the same rendered prompt and the same per-article response model (the
candidates-narrowed `Extraction` that summarise uses on this engine). Before every timed call the KV cache is
cut back to the static prompt prefix, which is what a previous, different article leaves behind, so every arm
prefills exactly the article's part of the prompt.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import instructor
import llama_cpp
import llguidance
import llguidance.numpy as llg_np
import numpy as np
from pydantic import BaseModel

from summarise import summarise
from summarise.engines.embedded import REPEAT_PENALTY, REPEAT_WINDOW, EmbeddedEngine
from summarise.inputs.load import check_text
from summarise.pipeline.loop import Request, prepare


@dataclass
class Call:
    """What one model call cost."""

    seconds: float
    prompt_tokens: int
    completion_tokens: int
    prefilled: int
    prefill_seconds: float
    text: str
    forced: int = 0


@dataclass
class Run:
    """One arm on one article: its wall time and every model call it made."""

    seconds: float
    calls: list[Call] = field(default_factory=list)
    validation_reasks: int = 0
    grounding_reasks: int = 0

    def total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.calls)

    @property
    def outside_seconds(self) -> float:
        """Wall time spent outside the model calls: the framework's own work."""
        return max(self.seconds - sum(c.seconds for c in self.calls), 0.0)

    @property
    def decode_seconds(self) -> float:
        return sum(c.seconds - c.prefill_seconds for c in self.calls)

    @property
    def decode_rate(self) -> float:
        return self.total("completion_tokens") / max(self.decode_seconds, 1e-9)


class Metered:
    """An engine that passes calls to the embedded engine and records what each one cost."""

    def __init__(self, engine: EmbeddedEngine) -> None:
        self.engine = engine
        self.name, self.model, self.mode, self.constrains = engine.name, engine.model, engine.mode, engine.constrains
        self.calls: list[Call] = []
        self._prefill_seconds = 0.0
        original = engine._prefill

        def timed_prefill(tokens: list[int]) -> int:
            started = time.perf_counter()
            try:
                return original(tokens)
            finally:
                self._prefill_seconds = time.perf_counter() - started

        engine._prefill = timed_prefill  # type: ignore[method-assign]

    def create(self, **kwargs: Any) -> Any:
        started = time.perf_counter()
        completion = self.engine.create(**kwargs)
        seconds = time.perf_counter() - started
        usage = completion.usage
        assert usage is not None and usage.prompt_tokens_details is not None
        cached = usage.prompt_tokens_details.cached_tokens or 0
        self.calls.append(
            Call(
                seconds=seconds,
                prompt_tokens=usage.prompt_tokens,
                completion_tokens=usage.completion_tokens,
                prefilled=usage.prompt_tokens - cached,
                prefill_seconds=self._prefill_seconds,
                text=completion.choices[0].message.content or "",
            )
        )
        return completion

    async def acreate(self, **kwargs: Any) -> Any:
        return self.create(**kwargs)

    def close(self) -> None:
        pass

    def take(self) -> list[Call]:
        calls, self.calls = self.calls, []
        return calls


@dataclass
class Article:
    """One article, prepared the way summarise prepares it on this engine."""

    name: str
    text: str
    request: Request
    schema: dict[str, Any]
    prompt: list[int]


def sent_schema(response_model: type[BaseModel], messages: list[dict[str, str]]) -> dict[str, Any]:
    """The JSON Schema instructor sends for `response_model` in JSON-schema mode."""
    seen: dict[str, Any] = {}

    def capture(**kwargs: Any) -> Any:
        seen.update(kwargs)
        raise RuntimeError("captured")

    create = instructor.patch(create=capture, mode=instructor.Mode.JSON_SCHEMA)
    with contextlib.suppress(Exception):  # instructor wraps our RuntimeError; the request is what we wanted
        create(response_model=response_model, max_retries=0, messages=messages)
    return dict(seen["response_format"]["json_schema"]["schema"])


def prepare_article(engine: EmbeddedEngine, name: str, text: str, max_tokens: int) -> Article:
    text = check_text(text)  # as summarise reads it
    request = prepare(text, template=None, languages=[], max_output_tokens=max_tokens, candidates=True)
    schema = sent_schema(request.response_model, request.messages)
    llama = engine._loaded.llama
    prompt = llama.tokenize(engine.render(request.messages).encode("utf-8"), add_bos=True, special=True)
    return Article(name, text, request, schema, prompt)


def common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def bare_call(engine: EmbeddedEngine, article: Article, max_tokens: int) -> Call:
    """The floor: tokenize, prefill, decode the schema with llguidance's fast path, parse the JSON. No framework.

    Same sampling as the engine (greedy with its repeat penalty), so the answer is the same; written apart from
    the engine so that its overheads show.
    """
    loaded = engine._loaded
    llama = loaded.llama
    started = time.perf_counter()
    prompt = llama.tokenize(engine.render(article.request.messages).encode("utf-8"), add_bos=True, special=True)
    grammar = llguidance.LLMatcher.grammar_from_json_schema(article.schema, defaults={"whitespace_flexible": False})
    matcher = llguidance.LLMatcher(loaded.tokenizer, grammar)
    reuse = min(common_prefix(llama.input_ids[: llama.n_tokens].tolist(), prompt), len(prompt) - 1)
    llama.n_tokens = reuse
    llama.eval(prompt[reuse:])
    prefilled_at = time.perf_counter()
    n_vocab = llama.n_vocab()
    logits_of = llama_cpp.llama_get_logits_ith
    mask = llg_np.allocate_token_bitmask(1, loaded.tokenizer.vocab_size)
    out: list[int] = []
    forced_count = 0
    while len(out) < max_tokens:
        forced = matcher.compute_ff_tokens()
        if len(forced) > 1:
            forced = forced[: max_tokens - len(out)]
            matcher.consume_tokens(forced)
            out += forced
            forced_count += len(forced)
            llama.eval(forced)
            continue
        logits = np.ctypeslib.as_array(logits_of(llama._ctx.ctx, -1), shape=(n_vocab,))
        if out:
            recent = np.fromiter(set(out[-REPEAT_WINDOW:]), dtype=np.int64)
            scores = logits[recent]
            logits[recent] = np.where(scores > 0, scores / REPEAT_PENALTY, scores * REPEAT_PENALTY)
        token = int(logits.argmax())
        if matcher.validate_tokens([token]) != 1:
            llg_np.fill_next_token_bitmask(matcher, mask)
            allowed = np.unpackbits(mask[0].view(np.uint8), bitorder="little")[:n_vocab].astype(bool)
            token = int(np.where(allowed, logits, -np.inf).argmax())
        matcher.consume_token(token)
        if matcher.is_stopped():
            if token not in loaded.eog:
                out.append(token)
            break
        out.append(token)
        llama.eval([token])
    text = llama.detokenize(out).decode("utf-8", errors="replace")
    json.loads(text)
    finished = time.perf_counter()
    return Call(
        seconds=finished - started,
        prompt_tokens=len(prompt),
        completion_tokens=len(out),
        prefilled=len(prompt) - reuse,
        prefill_seconds=prefilled_at - started,
        text=text,
        forced=forced_count,
    )


class Bench:
    """The four arms on one engine, with the cache reset to the static prefix before each."""

    def __init__(self, engine: EmbeddedEngine, articles: list[Article], static_tokens: int, max_tokens: int) -> None:
        self.engine = engine
        self.metered = Metered(engine)
        self.articles = articles
        self.static_tokens = static_tokens
        self.max_tokens = max_tokens
        self.instructor_create = instructor.patch(create=self.metered.create, mode=instructor.Mode.JSON_SCHEMA)

    def reset(self) -> None:
        """Leave only the static prefix in the KV cache and no compiled grammar, as after another article."""
        self.engine._loaded.llama.n_tokens = self.static_tokens
        self.engine._grammars.clear()

    def bare(self, article: Article) -> Run:
        self.reset()
        call = bare_call(self.engine, article, self.max_tokens)
        return Run(call.seconds, [call])

    def plain_instructor(self, article: Article) -> Run:
        self.reset()
        started = time.perf_counter()
        self.instructor_create(
            response_model=article.request.response_model,
            max_retries=0,
            messages=article.request.messages,
            **article.request.create_kwargs,
        )
        return Run(time.perf_counter() - started, self.metered.take())

    def summarise(self, article: Article, grounding_reasks: int | None) -> Run:
        self.reset()
        started = time.perf_counter()
        # The whole schema, as the bare and instructor arms ask; by reference the model would write no item.
        result = summarise(article.text, engine=self.metered, grounding_reasks=grounding_reasks, protocol="full")
        seconds = time.perf_counter() - started
        calls = self.metered.take()
        invalid = sum(1 for a in result.metadata.attempts if a.outcome.startswith("invalid"))
        return Run(seconds, calls, validation_reasks=invalid, grounding_reasks=result.grounding.reasks)

    def arms(self) -> dict[str, Callable[[Article], Run]]:
        return {
            "a bare": self.bare,
            "b instructor": self.plain_instructor,
            "c summarise": lambda a: self.summarise(a, 0),
            "c' summarise default": lambda a: self.summarise(a, None),
        }


@dataclass
class DecodeRates:
    """Decode tokens/s on one fully cached prompt: constrained, unconstrained, and a bare free-running loop."""

    tokens: int
    constrained: float
    unconstrained: float
    free_running: float


def decode_rates(engine: EmbeddedEngine, article: Article, max_tokens: int) -> DecodeRates:
    llama = engine._loaded.llama
    engine._grammar(article.schema)  # compile outside the timing: this measures decoding
    engine._prefill(article.prompt)
    started = time.perf_counter()
    tokens, _, _ = engine._decode(article.prompt, article.schema, max_tokens)
    constrained = time.perf_counter() - started
    n = len(tokens)
    started = time.perf_counter()
    free, _, _ = engine._decode(article.prompt, None, n)
    unconstrained = time.perf_counter() - started
    # The model alone: evaluate one token, take the best, no penalty, no grammar.
    engine._prefill(article.prompt)
    n_vocab = llama.n_vocab()
    started = time.perf_counter()
    for _ in range(n):
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1), shape=(n_vocab,))
        llama.eval([int(logits.argmax())])
    floor = time.perf_counter() - started
    return DecodeRates(n, n / constrained, len(free) / unconstrained, n / floor)
