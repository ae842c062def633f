"""A token budget per article: every attempt's prompt and answer, re-asks included, stays within it.

instructor's re-ask appends the failed answer and the validation error to the prompt, and a grounding re-ask
appends the answer and the failures: each call is longer than the one before. A call that could take the
article past its budget is not sent; `TokenBudgetError` says what was spent.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..errors import TokenBudgetError

# A low estimate of characters per token (English runs about 4): a prompt or an answer the server does not
# count for us is charged at least this.
_CHARS_PER_TOKEN = 4


class Ledger(Protocol):
    """What the pipeline records of the attempts, and the tokens spent."""

    spent: int
    last_output: str | None

    def usage(self) -> list[dict[str, Any]]: ...


def estimate(messages: list[dict[str, Any]]) -> int:
    """A low estimate of the tokens of `messages`."""
    return sum(len(str(m.get("content") or "")) for m in messages) // _CHARS_PER_TOKEN


def admit(ledger: Ledger, kwargs: dict[str, Any], budget: int) -> int:
    """Raise TokenBudgetError if the call `kwargs` describes could take the article past `budget`; else return
    the estimate of its prompt tokens."""
    prompt = estimate(kwargs.get("messages") or [])
    upcoming = prompt + int(kwargs.get("max_tokens") or 0)
    if ledger.spent + upcoming > budget:
        usage = ledger.usage()
        raise TokenBudgetError(
            f"stopped after {len(usage)} call(s): another could take this article past its budget "
            f"of {budget:,} tokens ({ledger.spent:,} spent, up to {upcoming:,} more); "
            "raise SUMMARISE_TOKEN_BUDGET or lower the re-asks",
            n_attempts=len(usage),
            last_output=ledger.last_output,
            usage=usage,
        )
    return prompt


def charge(ledger: Ledger, prompt_estimate: int, response: Any) -> None:
    """Add a call's tokens to the ledger: what the server reports, or our estimate when it reports less."""
    usage = getattr(response, "usage", None)
    choices = getattr(response, "choices", None) or []
    content = (choices[0].message.content or "") if choices else ""
    prompt = max(int(getattr(usage, "prompt_tokens", 0) or 0), prompt_estimate)
    completion = max(int(getattr(usage, "completion_tokens", 0) or 0), len(content) // _CHARS_PER_TOKEN)
    ledger.spent += prompt + completion


def budgeted(create: Any, ledger: Ledger, budget: int) -> Any:
    """`create` that refuses a call which could take the article past its token budget, and charges each one."""

    def guarded(**kwargs: Any) -> Any:
        prompt = admit(ledger, kwargs, budget)
        response = create(**kwargs)
        charge(ledger, prompt, response)
        return response

    return guarded


def abudgeted(acreate: Any, ledger: Ledger, budget: int) -> Any:
    """The async twin of `budgeted`."""

    async def guarded(**kwargs: Any) -> Any:
        prompt = admit(ledger, kwargs, budget)
        response = await acreate(**kwargs)
        charge(ledger, prompt, response)
        return response

    return guarded
