"""Web addresses written in a text: with a scheme or "www.", or bare, told by their ending ("example.org/path").

The hostile-text screen lets a verified item carry only the addresses the story itself gives (see `hostile.Screen`).
"""

from __future__ import annotations

import re

from ..patterns import factored

# The endings by which a bare host ("heizhilfe-musterstadt.de/antrag") is told from other dotted words: the common
# generic ones in any case, and country codes and the rest in lower case only, so that two sentences run together
# ("closed.It", "Paris.De") are not read as one.
_GENERIC_TLDS = ("com", "net", "org", "io", "xyz", "info", "ru", "cn")
_LOWER_TLDS = (
    "de", "fr", "es", "it", "uk", "nl", "pl", "pt", "jp", "kr", "ch", "at", "be", "eu", "gov", "edu", "biz", "us",
    "ca", "au", "br", "mx", "se", "dk", "fi", "cz", "ua", "tv", "app", "dev", "site", "online", "news", "example",
)  # fmt: skip
_URL = factored(
    r"(?:https?://|www\.)[^\s<>()\[\]\"'`]+|\b[\w-]+(?:\.[\w-]+)*\."
    rf"(?:{'|'.join(_GENERIC_TLDS)}|(?-i:{'|'.join(_LOWER_TLDS)}))\b/?"
    r"[^\s<>()\[\]\"'`]*",
    re.IGNORECASE,
)

# What every address `_URL` finds has in it: screening an item's strings, most of which have none, costs a look.
_URL_CUES = ("http", "www.", *(f".{tld}" for tld in (*_GENERIC_TLDS, *_LOWER_TLDS)))
_URL_CUE = factored("|".join(map(re.escape, _URL_CUES)), re.IGNORECASE)
# The same cues, for a lower-cased ASCII string: one search, not a look per cue.
_URL_CUE_LOWER = factored("|".join(map(re.escape, _URL_CUES)))


def urls(text: str) -> list[str]:
    """The web addresses written in `text`, without trailing punctuation."""
    if text.isascii():
        # Every cue but "http" holds a dot: most strings (an item's words) have neither, and cost two looks.
        lowered = text.lower()
        if ("." not in text and "http" not in lowered) or _URL_CUE_LOWER.search(lowered) is None:
            return []
    elif _URL_CUE.search(text) is None:
        return []  # (outside ASCII, case-blind matching is wider than lower(): matched as `_URL` matches them)
    return [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)]


def canonical_url(url: str) -> str:
    """`url` as two spellings of one address compare: lower case, without scheme, "www." or closing slash."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")
