"""The extractive engine: no model at all. The pipeline shows the article as code reads it (see `reading`),
through the same schema, checks and renderers; this object only names that choice."""

from __future__ import annotations

from typing import Any, NoReturn

import instructor

from ..errors import ConfigurationError


class ExtractiveEngine:
    """Names the extractive path; it answers no chat completion."""

    name = "extractive"
    model = "reader"
    mode = instructor.Mode.JSON
    constrains = False
    context_tokens = 1 << 30  # no model context: a long article is read whole

    def count_tokens(self, text: str) -> int:
        return 0

    def create(self, **kwargs: Any) -> NoReturn:
        raise ConfigurationError("the extractive engine calls no model")

    async def acreate(self, **kwargs: Any) -> NoReturn:
        raise ConfigurationError("the extractive engine calls no model")

    def close(self) -> None:
        return None

    async def aclose(self) -> None:
        return None
