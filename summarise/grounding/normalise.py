"""Folding text for matching, with a map from every folded character back to the original.

A model copies quotes and figures with small typographic drift (curly quotes turned straight,
NBSP turned space, Arabic-Indic digits turned ASCII). Folding both sides removes that drift;
the map lets a match in folded text be reported as offsets in the article the reader sees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..patterns import factored

# Invisible characters that only steer rendering or line breaking; they never change what is said.
_DROP = frozenset("\u200b\u200c\u200d\ufeff\u2060\u00ad")

_SUBSTITUTE: dict[str, str] = {
    **dict.fromkeys("‘’‚‛‹›『』＇", "'"),
    **dict.fromkeys("“”„‟«»「」〝〞〟＂", '"'),
    **dict.fromkeys("‐‑‒–—―−﹘﹣－⸺⸻", "-"),
    "٫": ".",
    "٬": ",",
}

# Scripts written without spaces between words, where a match need not sit on a word boundary.
# Korean is spaced, but particles attach to nouns ("대통령은"), so it behaves like these for matching.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x33FF),  # CJK punctuation, kana, Hangul compatibility jamo, CJK compatibility
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFFDC),  # halfwidth kana and Hangul
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)


def unspaced(ch: str) -> bool:
    """True when ch belongs to a script written without spaces between words (CJK, kana, Hangul, Thai...)."""
    code = ord(ch)
    if code < 0x0E00:
        return False
    return any(lo <= code <= hi for lo, hi in _UNSPACED_RANGES)


# The same ranges as one character class: a text is scanned in one pass of the regex engine, not a call a character.
_UNSPACED_CLASS = factored("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNSPACED_RANGES) + "]")


def has_unspaced(text: str) -> bool:
    """True when any character of `text` is `unspaced`."""
    # Every range starts above ASCII: most texts are told by one look at their width.
    return not text.isascii() and _UNSPACED_CLASS.search(text) is not None


@lru_cache(maxsize=65536)
def _joins(head: str, ch: str) -> bool:
    # NFKC of a whole run can differ from the NFKC of its parts (decomposed Hangul, halfwidth
    # voiced kana); such a character has to stay in one cluster with what precedes it.
    nfkc = unicodedata.normalize
    return nfkc("NFKC", head + ch) != nfkc("NFKC", head) + nfkc("NFKC", ch)


def _cluster_end(text: str, start: int) -> int:
    """End of the smallest run starting at start that NFKC can normalise on its own."""
    end = start + 1
    n = len(text)
    if text[start].isspace():  # nothing composes with a space; a mark after it stays on its own
        return end
    while end < n:
        ch = text[end]
        if ch < "\u0300" or not (unicodedata.combining(ch) or _joins(text[start:end], ch)):
            break
        end += 1
    return end


@lru_cache(maxsize=16384)
def _fold_cluster(cluster: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", cluster):
        if ch in _DROP:
            continue
        if ch.isspace():
            out.append(" ")
            continue
        sub = _SUBSTITUTE.get(ch)
        if sub is None:
            digit = unicodedata.decimal(ch, None)
            sub = str(digit) if digit is not None else ch.casefold()
        out.append(sub)
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """Fold text for matching and map it back.

    Returns (folded, fmap): folded is NFKC-normalised and casefolded, with whitespace runs as one
    space and no space at either end, typographic quotes and dashes as ASCII, every decimal digit
    (Arabic-Indic, fullwidth, ...) as ASCII, the Arabic decimal and thousands separators as '.' and
    ',', and zero-width characters and soft hyphens removed. fmap[i] is the index in text of the
    character that folded[i] came from (every character of an expansion such as 'ß' -> 'ss' maps to
    its source), fmap is non-decreasing, and fmap[len(folded)] == len(text). Use source_span to turn
    a folded slice into original offsets.
    """
    folded, fmap = _fold(text)
    return folded, list(fmap)


def fold_text(text: str) -> str:
    """`fold(text)[0]`, without copying the map."""
    return _fold(text)[0]


# Verifying one answer folds the same article once per item and check (about eighty times); the cache
# makes that once per article.
@lru_cache(maxsize=64)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    return _fold_one_to_one(text) or _fold_clusters(text)


# Characters that fold to exactly one character on their own, whatever stands next to them: the translation table
# for texts made only of them (almost every article), which are folded without looking at clusters.
_ONE_TO_ONE: dict[int, str] = {}
_ONE_TO_ONE_CHARS: set[str] = set()
_NOT_ONE_TO_ONE: set[str] = set()
# Characters that can compose with what precedes them under NFKC without being marks: Hangul jamo, compatibility
# and halfwidth jamo, and the halfwidth kana voicing marks.
_JOINING = factored("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uff9e-\uffdc]")
_SPACE_RUNS = factored(" {2,}")


def _one_to_one(ch: str) -> bool:
    if ch in _NOT_ONE_TO_ONE:
        return False
    folded = _fold_cluster(ch)
    marks = ch >= "\u0300" and (unicodedata.category(ch).startswith("M") or _JOINING.match(ch) is not None)
    if marks or len(folded) != 1:
        _NOT_ONE_TO_ONE.add(ch)
        return False
    _ONE_TO_ONE[ord(ch)] = folded
    _ONE_TO_ONE_CHARS.add(ch)
    return True


# The identity map's first offsets, sliced for a text's map: a slice shares its numbers, where building a tuple of
# a range makes an object of every one above 256. Texts longer than this build their own.
_IDENTITY_CAP = 1 << 16
_identity: tuple[int, ...] = ()


def _offsets(start: int, end: int) -> tuple[int, ...]:
    """`tuple(range(start, end))`."""
    global _identity
    if end > len(_identity):
        if end > _IDENTITY_CAP:
            return tuple(range(start, end))
        _identity = tuple(range(min(max(end, 2 * len(_identity), 1024), _IDENTITY_CAP)))
    return _identity[start:end]


def _fold_one_to_one(text: str) -> tuple[str, tuple[int, ...]] | None:
    """`_fold_clusters(text)` for a text whose every character folds to one character on its own, by translating
    it whole and collapsing its runs of spaces; None for any other text."""
    # Nearly every text holds only characters met before: one look a character, no set of them made.
    if not _ONE_TO_ONE_CHARS.issuperset(text) and not all(
        _one_to_one(ch) for ch in set(text).difference(_ONE_TO_ONE_CHARS)
    ):
        return None
    translated = text.translate(_ONE_TO_ONE)
    if "  " not in translated and not translated.startswith(" ") and not translated.endswith(" "):
        return translated, _offsets(0, len(text) + 1)  # no run of spaces to collapse: the map is the identity
    # Spaces at either end go; a run of spaces between words is its first space. A single space keeps its own
    # offset, so the map is the identity but for what the runs of two or more and the ends leave out.
    first = len(translated) - len(translated.lstrip(" "))
    last = len(translated.rstrip(" "))
    pieces: list[str] = []
    src: list[int] = []
    at = first
    for run in _SPACE_RUNS.finditer(translated, first, last):
        kept = run.start() + 1
        pieces.append(translated[at:kept])
        src.extend(_offsets(at, kept))
        at = run.end()
    if at < last:
        pieces.append(translated[at:last])
        src.extend(_offsets(at, last))
    src.append(len(text))
    return "".join(pieces), tuple(src)


def _fold_clusters(text: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    src: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = _cluster_end(text, i)
        for ch in _fold_cluster(text[i:j]):
            if ch == " " and (not out or out[-1] == " "):
                continue
            out.append(ch)
            src.append(i)
        i = j
    if out and out[-1] == " ":
        out.pop()
        src.pop()
    src.append(n)
    return "".join(out), tuple(src)


def source_span(text: str, fmap: list[int], start: int, end: int) -> tuple[int, int]:
    """Original offsets of the folded slice [start, end) of fold(text).

    The start is the first original character the slice came from; the end is just after the last
    one, so a slice ending inside an expansion ('f' of 'ﬁ' -> 'fi') still covers the whole source
    character, and characters that folded to nothing after the slice are left out.
    """
    if end <= start:
        return fmap[start], fmap[start]
    return fmap[start], _cluster_end(text, fmap[end - 1])
