"""The errors summarise raises. Every one is a `SummariseError`."""

from __future__ import annotations

from typing import Any


class SummariseError(Exception):
    """Base class of every error this library raises on purpose."""

    exit_code = 1
    # Set by the transport layer: whether sending the same request again may succeed, and the wait the
    # server asked for.
    transient: bool = False
    retry_after: float | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(SummariseError):
    """The article cannot be read, is not text worth summarising, or is not an article at all (a wrong type)."""

    exit_code = 3


class FetchError(InputError):
    """An article's URL could not be fetched within the limits (time, size, redirects, kind of content)."""

    exit_code = 8

    def __init__(self, message: str, *, url: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status_code = status_code


class UrlRefusedError(FetchError):
    """`summarise serve` refused to fetch a URL for a caller: it names, or redirects to, a private, loopback,
    link-local or metadata address."""

    def __init__(self, message: str, *, url: str, address: str | None) -> None:
        super().__init__(message, url=url)
        self.address = address


class ConfigurationError(SummariseError):
    """A setting, model path, template name or engine choice is wrong, or an argument of a call is (a language
    that is not ISO 639-1, a publication date that is not one)."""

    exit_code = 4


class OutputWriteError(SummariseError):
    """A result could not be written: an output file, a report, or a batch's JSONL file."""

    exit_code = 9

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class ModelUnavailableError(SummariseError):
    """The model could not be reached or loaded, after the transport retries."""

    exit_code = 5

    def __init__(self, message: str, *, engine: str, model: str) -> None:
        super().__init__(message)
        self.engine = engine
        self.model = model


class DeadlineExceededError(ModelUnavailableError):
    """The article was not done within its deadline (`SUMMARISE_DEADLINE`), retries and re-asks included."""

    def __init__(self, message: str, *, engine: str, model: str, seconds: float) -> None:
        super().__init__(message, engine=engine, model=model)
        self.seconds = seconds


class ModelRequestError(SummariseError):
    """The endpoint refused the request (bad request, auth, context overflow)."""

    exit_code = 5

    def __init__(self, message: str, *, status_code: int | None, engine: str, model: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.engine = engine
        self.model = model


class ContextOverflowError(ModelRequestError):
    """The request does not fit the model's context window; sending it again cannot help."""


class ModeRejectedError(ModelRequestError):
    """The endpoint refused how the answer's structure was asked for (`response_format` or tools)."""

    def __init__(self, message: str, *, status_code: int | None, engine: str, model: str, detail: str) -> None:
        super().__init__(message, status_code=status_code, engine=engine, model=model)
        self.detail = detail


class ModelRefusalError(ModelRequestError):
    """The model declined to answer (the API's `refusal` field)."""


class OutputValidationError(SummariseError):
    """The model's answer still broke the schema after every allowed re-ask."""

    exit_code = 6

    def __init__(
        self,
        message: str,
        *,
        n_attempts: int,
        last_output: str | None,
        usage: list[dict[str, Any]],
        truncated: bool = False,
    ) -> None:
        super().__init__(message)
        self.n_attempts = n_attempts
        self.last_output = last_output
        self.usage = usage
        self.truncated = truncated


class TokenBudgetError(OutputValidationError):
    """Another call would take the article past its token budget (every attempt's prompt and answer)."""


__all__ = [
    "ConfigurationError",
    "ContextOverflowError",
    "DeadlineExceededError",
    "FetchError",
    "InputError",
    "ModeRejectedError",
    "ModelRefusalError",
    "ModelRequestError",
    "ModelUnavailableError",
    "OutputValidationError",
    "OutputWriteError",
    "SummariseError",
    "TokenBudgetError",
    "UrlRefusedError",
]
