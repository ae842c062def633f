"""The routes of `summarise serve`, as an ASGI app (FastAPI): the OpenAI-compatible chat completions and models,
`POST /v1/summaries`, `GET /health`, and the OpenAPI document at `/openapi.json`.

Every error has the OpenAI shape `{"error": {"message", "type", "code"}}`. The library's typed errors map to
4xx (the caller's article, options or request), 503 (the model is unavailable, or the queue is full) or 504 (the
deadline passed); anything else is a bug, logged with its traceback and answered 500 `internal_error`.
The page at `/` (GET: the form; POST: the view of the submitted article, see `page.py`) goes through the same
queue, deadline and URL guard as `/v1/summaries`; `server.OPEN_PATHS` lists the paths served without the key.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, api, defaults
from ..deadline import within
from ..engines.base import Engine
from ..errors import (
    ConfigurationError,
    DeadlineExceededError,
    InputError,
    ModelRequestError,
    ModelUnavailableError,
    OutputValidationError,
    SummariseError,
    UrlRefusedError,
)
from ..inputs.load import Article, from_bytes
from ..pipeline import templating
from ..results import ArticleSummary
from . import page as serve_page
from .limits import Busy, ModelQueue, Overdue, Ticket, error_body

log = logging.getLogger(__name__)


class ServeOptions(BaseModel):
    """How the app behaves; `server.ServeSettings` fills it from the environment."""

    model_config = ConfigDict(frozen=True)

    queue: int = defaults.SERVE_QUEUE
    deadline: float = defaults.SERVE_DEADLINE_SECONDS
    allow_private: bool = False


class SummaryRequest(BaseModel):
    """One article (exactly one of `text`, `html`, `url`) and the library's options for it."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The article as plain text.")
    html: str | None = Field(default=None, description="The article as a web page; its main text is read.")
    url: str | None = Field(
        default=None,
        description="An http(s) URL the server fetches; private, loopback, link-local and metadata addresses are "
        "refused, also after a redirect, unless the server allows them (SUMMARISE_SERVE_ALLOW_PRIVATE=1).",
    )
    language: str | list[str] | None = Field(
        default=None, description="The brief's language as an ISO code, or several ('en,ko' or ['en', 'ko'])."
    )
    published: date | None = Field(
        default=None, description="The publication date (YYYY-MM-DD) relative dates are read against."
    )
    protocol: Literal["reference", "choices", "full"] | None = Field(
        default=None, description="How the model is asked; unset: the engine's default."
    )
    template: str | None = Field(default=None, description="A shipped prompt template's name (no file paths).")
    reasks: Annotated[int, Field(ge=0, le=5)] | None = Field(
        default=None, description="Re-asks after an answer that breaks the schema."
    )
    grounding_reasks: Annotated[int, Field(ge=0, le=5)] | None = Field(
        default=None, description="Re-asks after items that are not found in the article."
    )
    candidates: bool | None = Field(default=None, description="Give the model code's candidate items.")
    max_output_tokens: Annotated[int, Field(ge=64, le=8192)] | None = Field(
        default=None, description="The cap on each answer's tokens."
    )
    part_tokens: Annotated[int, Field(ge=defaults.MIN_PART_TOKENS, le=1_000_000)] | None = Field(
        default=None, description="At most this many article tokens per part of a long article."
    )
    mode: Literal["auto", "json_schema", "json_object", "tools"] | None = Field(
        default=None, description="How an endpoint is asked for the answer's structure."
    )

    @model_validator(mode="after")
    def _one_article(self) -> SummaryRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url, not {', '.join(given) or 'none'}")
        return self

    @field_validator("template")
    @classmethod
    def _shipped(cls, value: str | None) -> str | None:
        # A caller names a shipped template; a path would let them read files on the server.
        if value is not None and value not in templating.available():
            raise ValueError(f"unknown template; shipped templates: {', '.join(templating.available())}")
        return value


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None


class _JsonSchemaFormat(BaseModel):
    model_config = ConfigDict(extra="allow")

    json_schema: dict[str, Any] | None = Field(default=None, alias="schema")


class _ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: Literal["text", "json_object", "json_schema"]
    json_schema: _JsonSchemaFormat | None = None
    object_schema: dict[str, Any] | None = Field(default=None, alias="schema")


class _ChatRequest(BaseModel):
    """What the engines read of a chat completion request; other fields pass through unread."""

    model_config = ConfigDict(extra="allow")

    messages: list[_Message]
    max_tokens: Annotated[int, Field(ge=1, le=1_000_000)] | None = None
    max_completion_tokens: Annotated[int, Field(ge=1, le=1_000_000)] | None = None
    stop: str | list[str] | None = None
    response_format: _ResponseFormat | None = None
    temperature: float | None = None


def _validation_message(exc: ValidationError | RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {str(error.get('msg', 'invalid')).removeprefix('Value error, ')}")
    return "; ".join(parts)


def _typed(exc: SummariseError) -> tuple[int, str]:
    """The status and error type of one of the library's errors."""
    if isinstance(exc, UrlRefusedError):
        return 400, "url_refused_error"
    if isinstance(exc, InputError):
        return 400, "invalid_request_error"
    if isinstance(exc, ConfigurationError | ModelRequestError):
        return 400, "invalid_request_error"
    if isinstance(exc, OutputValidationError):
        return 422, "output_validation_error"
    if isinstance(exc, DeadlineExceededError):
        return 504, "timeout_error"
    if isinstance(exc, ModelUnavailableError):
        return 503, "model_unavailable_error"
    return 500, "server_error"


def _json(status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(payload, status_code=status, headers=headers)


def _error(status: int, message: str, kind: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return _json(status, error_body(status, message, kind), headers)


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": description, "content": {"application/json": {"example": error_body(status, "...", kind)}}}
    for status, description, kind in [
        (400, "bad article, options or request", "invalid_request_error"),
        (401, "a key is required", "authentication_error"),
        (413, "the body is too large", "invalid_request_error"),
        (503, "the queue is full (Retry-After) or the model is unavailable", "server_busy_error"),
        (504, "the request's deadline passed", "timeout_error"),
    ]
}


def create_app(engine: Engine, options: ServeOptions | None = None, *, guard: Any = None) -> FastAPI:
    """The ASGI app serving `engine`. `guard` (a `url_guard.Guard`) checks the URLs callers ask for; None uses one
    with the system resolver, unless `options.allow_private`."""
    options = options or ServeOptions()
    app = FastAPI(
        title="summarise",
        version=__version__,
        description="Structured, verifiable summaries of news articles, and an OpenAI-compatible endpoint for the "
        "model behind them.",
        docs_url=None,  # the docs pages load scripts from a CDN; the OpenAPI document is at /openapi.json
        redoc_url=None,
    )
    queue = ModelQueue(options.queue)
    app.state.queue = queue
    app.state.engine = engine

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _error(404, f"no route {request.url.path}", "not_found_error")
        return _error(exc.status_code, str(exc.detail), "invalid_request_error", dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, _validation_message(exc), "invalid_request_error")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, f"internal error ({type(exc).__name__})", "internal_error")

    async def _guarded(work: Any, *, ticket: Ticket, ends: float, model: bool = True) -> Any:
        return await queue.in_thread(ticket, work, ends, model=model)

    def _busy(exc: Busy) -> JSONResponse:
        return _error(
            503,
            f"the model is busy and its queue is full; retry after {exc.retry_after} s",
            "server_busy_error",
            {"Retry-After": str(exc.retry_after)},
        )

    def _overdue() -> JSONResponse:
        return _error(504, f"no answer within the server's deadline of {options.deadline:g} s", "timeout_error")

    @app.get("/health", summary="Whether the server is up, and how full its queue is")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "queue": {"held": queue.held, "capacity": queue.capacity}}

    @app.get("/v1/models", summary="The model served (OpenAI-compatible)")
    @app.get("/models", include_in_schema=False)
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": engine.model, "object": "model"}]}

    @app.post(
        "/v1/chat/completions",
        summary="A chat completion from the served model (OpenAI-compatible; no streaming)",
        responses=_ERRORS,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ChatRequest.model_json_schema()}},
            }
        },
    )
    @app.post("/chat/completions", include_in_schema=False)
    async def chat_completions(request: Request) -> JSONResponse:
        raw = await request.body()
        if not raw:
            return _error(400, "a JSON body is required", "invalid_request_error")
        try:
            body = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "the body is not valid JSON", "invalid_request_error")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "'messages' must be a list", "invalid_request_error")
        if body.get("stream"):
            return _error(400, "streaming is not supported", "invalid_request_error")
        try:
            _ChatRequest.model_validate(body)
        except ValidationError as exc:
            return _error(400, _validation_message(exc), "invalid_request_error")
        try:
            ticket = queue.admit()
        except Busy as exc:
            return _busy(exc)
        try:
            ends = time.monotonic() + options.deadline

            def complete() -> Any:
                # The server's deadline reaches the engine: the embedded model stops its answer at it.
                with within(max(ends - time.monotonic(), 0.001)):
                    return engine.create(**body)

            completion = await _guarded(complete, ticket=ticket, ends=ends)
        except Overdue:
            return _overdue()
        except (ModelRequestError, ConfigurationError) as exc:
            return _error(400, exc.message, "invalid_request_error")
        except SummariseError as exc:
            status, kind = _typed(exc)
            return _error(status, exc.message, kind)
        finally:
            ticket.end()
        return _json(200, completion.model_dump(mode="json", exclude_none=True))

    @app.post(
        "/v1/summaries",
        summary="Summarise one article into an ArticleSummary",
        response_model=None,
        responses={200: {"model": ArticleSummary, "description": "the summary"}, **_ERRORS},
    )
    async def summaries(payload: SummaryRequest) -> JSONResponse:
        try:
            ticket = queue.admit()
        except Busy as exc:
            return _busy(exc)
        ends = time.monotonic() + options.deadline
        try:
            article: str | Article
            if payload.url is not None:
                url = payload.url
                article = await _guarded(lambda: _fetched(url, options, guard), ticket=ticket, ends=ends, model=False)
            elif payload.html is not None:
                markup = payload.html.encode("utf-8", errors="replace")
                article = from_bytes(markup, "the request's html", html=True)
            else:
                article = payload.text or ""

            def work() -> ArticleSummary:
                # The server's deadline encloses the library's: an endpoint's calls stop at whichever ends first.
                with within(max(ends - time.monotonic(), 0.001)):
                    return api.summarise(
                        article,
                        engine=engine,
                        language=payload.language,
                        published=payload.published,
                        protocol=payload.protocol,
                        template=payload.template,
                        reasks=payload.reasks,
                        grounding_reasks=payload.grounding_reasks,
                        candidates=payload.candidates,
                        max_output_tokens=payload.max_output_tokens,
                        part_tokens=payload.part_tokens,
                        mode=payload.mode,
                    )

            result = await _guarded(work, ticket=ticket, ends=ends)
        except Overdue:
            return _overdue()
        except SummariseError as exc:
            status, kind = _typed(exc)
            return _error(status, exc.message, kind)
        finally:
            ticket.end()
        return _json(200, result.model_dump(mode="json"))

    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(serve_page.form_page(engine=engine.name))

    @app.post("/", include_in_schema=False)
    async def page_submitted(request: Request) -> HTMLResponse:
        body = await request.body()
        if len(body) > serve_page.MAX_FORM_BYTES:
            return HTMLResponse(serve_page.form_page(error="the form is too large", engine=engine.name), 413)
        try:
            ticket = queue.admit()
        except Busy as exc:
            busy = f"the model is busy and its queue is full; retry after {exc.retry_after} s"
            return HTMLResponse(
                serve_page.form_page(error=busy, engine=engine.name), 503, {"Retry-After": str(exc.retry_after)}
            )
        ends = time.monotonic() + options.deadline

        def work() -> tuple[int, str]:
            with within(max(ends - time.monotonic(), 0.001)):
                return serve_page.submit(body, engine, fetch=lambda url: _fetched(url, options, guard))

        try:
            status, html = await _guarded(work, ticket=ticket, ends=ends)
        except Overdue:
            late = f"no answer within the server's deadline of {options.deadline:g} s"
            return HTMLResponse(serve_page.form_page(error=late, engine=engine.name), 504)
        finally:
            ticket.end()
        return HTMLResponse(html, status)

    return app


def _fetched(url: str, options: ServeOptions, guard: Any) -> Article:
    """The article at `url`, fetched with every hop checked unless private addresses are allowed."""
    from ..inputs.fetch import fetch, is_url

    if not is_url(url):
        raise InputError(f"{url!r} is not an http(s) URL")
    if options.allow_private:
        page = fetch(url)
    else:
        from .url_guard import guarded_fetch

        page = guarded_fetch(url, guard=guard)
    html = True if page.media_type in ("text/html", "application/xhtml+xml") else None
    return from_bytes(page.body, url, html=html, declared_charset=page.charset, url=page.url)
