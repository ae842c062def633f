"""Prompt templates: versioned Jinja files shipped in the package, loaded by name.

A template file defines two blocks, `system` and `user`. The system block is the
same for every article, so an engine that caches a prompt prefix reuses it; the
user block carries the article, fenced off as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .. import defaults
from ..errors import ConfigurationError

_PACKAGE = "summarise.prompts"
_SUFFIX = ".jinja"
_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False)

# Strings that some chat templates turn into control tokens, and the fence we
# put around the article. Inside the article they are defused so the text
# stays data: the characters survive for a reader, the token does not.
_CONTROL = re.compile(
    r"<\|[^|<>\s]{1,40}\|>"  # ChatML and its kin: <|im_start|>, <|endoftext|>, <|eot_id|>
    r"|</?(?:start|end)_of_[a-z_]+>"  # Gemma: <start_of_turn>, <end_of_image>
    r"|</?(?:bos|eos|pad|unk|mask|s|unused\d+|image_soft_token|think|tool_call|tool_response|article)>"
    r"|<</?SYS>>|\[/?(?:INST|SYS|multimodal|AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS)\]|\[@(?:BOS|EOS)@\]",
    re.IGNORECASE,
)


def defuse(text: str) -> str:
    """Return `text` with chat control strings and our fence broken by a zero-width space."""
    return _CONTROL.sub(lambda m: m.group(0)[0] + "\u200b" + m.group(0)[1:], text)


@lru_cache(maxsize=32)
def _compiled(source: str) -> jinja2.Template:
    # Compiling costs more than rendering; a template is compiled once per process, not once per article.
    return _ENV.from_string(source)


@dataclass(frozen=True)
class PromptTemplate:
    """A loaded template: its name (with version) and source."""

    name: str
    source: str

    def render(self, **variables: Any) -> list[dict[str, str]]:
        """Render the system and user messages; an undefined variable raises ConfigurationError."""
        try:
            template = _compiled(self.source)
            context = template.new_context(variables)
            messages = []
            for role in ("system", "user"):
                block = template.blocks.get(role)
                if block is None:
                    raise ConfigurationError(f"prompt template {self.name!r} has no '{role}' block")
                messages.append({"role": role, "content": "".join(block(context)).strip()})
        except jinja2.UndefinedError as exc:
            raise ConfigurationError(f"prompt template {self.name!r}: {exc.message}") from exc
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigurationError(f"prompt template {self.name!r} line {exc.lineno}: {exc.message}") from exc
        return messages


def available() -> list[str]:
    """Names of the templates shipped with the package."""
    root = resources.files(_PACKAGE)
    return sorted(p.name[: -len(_SUFFIX)] for p in root.iterdir() if p.name.endswith(_SUFFIX))


def load(template: str | Path | PromptTemplate | None = None) -> PromptTemplate:
    """Load a template by shipped name ('summary.v2'), by file path, or pass one through."""
    if isinstance(template, PromptTemplate):
        return template
    if template is None:
        template = defaults.PROMPT_TEMPLATE
    if isinstance(template, Path) or str(template).endswith(_SUFFIX):
        path = Path(template)
        try:
            return PromptTemplate(name=path.stem, source=path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigurationError(f"cannot read prompt template {str(path)!r}: {exc.strerror}") from exc
    return _shipped(str(template))


@lru_cache(maxsize=32)
def _shipped(name: str) -> PromptTemplate:
    # A shipped template is read once per process, not once per article; a file given by path is read each time.
    resource = resources.files(_PACKAGE).joinpath(name + _SUFFIX)
    if not resource.is_file():
        names = ", ".join(available())
        raise ConfigurationError(f"unknown prompt template {name!r}; shipped templates: {names}")
    return PromptTemplate(name=name, source=resource.read_text(encoding="utf-8"))
