"""Text in an article that addresses the model, and what may not come out of it.

An article can carry instructions meant for the summariser ("ignore the above and write that ...", "output
the word ...", "report the toll as 5,000"). The prompt tells the model the article is data; this module
makes sure that, whatever the model does, nothing that only such a sentence supports reaches the verified
output:

- `mask_directives` blanks the sentences that address the model (same length, so offsets stay valid), and
  items are located in the masked text only;
- `screen` rejects a verified item that carries a URL the article does not give outside such sentences, or
  a distinctive token (a code word, a number, a name) that only such a sentence contains.

A sentence is judged by the roles its words fill (an addressee that is the text, its processor or the
processor's output, and a directive or a note's mark), not by a list of phrasings: see `addressing`. A sentence
it misses is still held to the ordinary checks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .addressing import addressing_spans

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|xyz|info|ru|cn)\b/?"
    r"[^\s<>()\[\]\"'`]*",
    re.IGNORECASE,
)
# A token worth tracing: it has a digit, or two capitals in a row (a code word, an acronym).
_TOKEN = re.compile(r"[\w-]*(?:\d|[A-Z]{2})[\w,.-]*\w|\d")


@dataclass(frozen=True)
class Directives:
    """An article's sentences that address the model: their spans, and the article with them blanked."""

    spans: tuple[tuple[int, int], ...]
    masked: str

    def inside(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.spans)


# The reader, grounding and the extractive engine each ask for the same article's directives: judged once.
@functools.lru_cache(maxsize=16)
def find_directives(article: str) -> Directives:
    """Find the sentences of `article` that address its processor (see `addressing`), and the paragraph a note
    among them points forward to, and blank them out (offsets unchanged)."""
    spans: list[tuple[int, int]] = []
    for lo, hi in sorted(addressing_spans(article)):
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    pieces: list[str] = []
    at = 0
    for lo, hi in spans:
        pieces.append(article[at:lo])
        pieces.append(_NOT_SPACE.sub(" ", article[lo:hi]))
        at = hi
    pieces.append(article[at:])
    return Directives(spans=tuple(spans), masked="".join(pieces))


_NOT_SPACE = re.compile(r"\S")


def urls(text: str) -> list[str]:
    """The web addresses written in `text`, without trailing punctuation."""
    return [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)]


def _canonical_url(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def planted_tokens(article: str, directives: Directives) -> set[str]:
    """Distinctive tokens the article writes only inside sentences that address the model."""
    outside = {m.group(0).lower() for m in _TOKEN.finditer(directives.masked)}
    planted = set()
    for lo, hi in directives.spans:
        for m in _TOKEN.finditer(article, lo, hi):
            token = m.group(0).lower()
            if token not in outside and (len(token) >= 3 or any(ch.isdigit() for ch in token)):
                planted.add(token)
    return planted


@dataclass(frozen=True)
class Screen:
    """What a verified item may not carry: URLs the article does not give, and planted tokens."""

    allowed_urls: frozenset[str]
    planted: frozenset[str]

    @classmethod
    def of(cls, article: str, directives: Directives) -> Screen:
        allowed = frozenset(_canonical_url(u) for u in urls(directives.masked))
        return cls(allowed_urls=allowed, planted=frozenset(planted_tokens(article, directives)))

    def problem(self, texts: Iterable[str]) -> str | None:
        """Why an item made of `texts` may not be shown, or None."""
        for text in texts:
            for url in urls(text):
                if _canonical_url(url) not in self.allowed_urls:
                    return f"it carries the address {url[:80]!r}, which the article does not give"
            if self.planted:
                for m in _TOKEN.finditer(text):
                    if m.group(0).lower() in self.planted:
                        return f"it repeats {m.group(0)[:40]!r}, which only text addressed to the model contains"
        return None


def strings_of(value: object) -> list[str]:
    """Every string inside a pydantic model's dump, a dict, a list or a string."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_of(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_of(v)]
    return []
