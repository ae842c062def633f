"""Finding where a quoted item sits in an article, and what it nearly matched when it is not there."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..patterns import factored
from .normalise import fold, source_span, unspaced

# Seeds refined per requested candidate, and trial edges per seed: enough to recover the best
# window after the coarse n-gram pass, few enough for a 20,000-character article in well under 200 ms.
_SEEDS_PER_RESULT = 3
_MAX_TRIALS = 10
_DIGIT_SEPARATORS = ".,'"
_SPACES = factored(r"\s+")


@dataclass(frozen=True)
class Span:
    """A stretch of the original article: text == article[start:end]; exact is False for tolerant matches."""

    start: int
    end: int
    text: str
    exact: bool


def _wordish(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _splits_word(left: str, right: str) -> bool:
    return _wordish(left) and _wordish(right) and not (unspaced(left) or unspaced(right))


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither cuts a spaced-script word nor a number such as 11,000."""
    if start > 0:
        if _splits_word(text[start - 1], text[start]):
            return False
        if start > 1 and text[start].isdigit() and text[start - 1] in _DIGIT_SEPARATORS and text[start - 2].isdigit():
            return False
    if end < len(text):
        if _splits_word(text[end - 1], text[end]):
            return False
        if (
            end + 1 < len(text)
            and text[end - 1].isdigit()
            and text[end] in _DIGIT_SEPARATORS
            and text[end + 1].isdigit()
        ):
            return False
    return True


def _aligned(fmap: list[int], start: int, end: int) -> bool:
    # A match that starts or ends inside one character's expansion ('ﬁ' -> 'fi') is not really there.
    return (start == 0 or fmap[start - 1] != fmap[start]) and fmap[end - 1] != fmap[end]


def _find(text: str, pattern: str, fmap: list[int] | None = None) -> int | None:
    at = text.find(pattern)
    while at != -1:
        end = at + len(pattern)
        if _bounded(text, at, end) and (fmap is None or _aligned(fmap, at, end)):
            return at
        at = text.find(pattern, at + 1)
    return None


def _skeleton(folded: str) -> tuple[str, list[int]]:
    """folded with punctuation as spaces (except separators inside numbers), and a map back into folded."""
    out: list[str] = []
    src: list[int] = []
    last = len(folded) - 1
    for i, ch in enumerate(folded):
        if unicodedata.category(ch)[0] == "P" and not (
            ch in _DIGIT_SEPARATORS and 0 < i < last and folded[i - 1].isdigit() and folded[i + 1].isdigit()
        ):
            ch = " "
        if ch == " " and (not out or out[-1] == " "):
            continue
        out.append(ch)
        src.append(i)
    if out and out[-1] == " ":
        out.pop()
        src.pop()
    return "".join(out), src


def _make_span(haystack: str, fmap: list[int], start: int, end: int, exact: bool) -> Span:
    lo, hi = source_span(haystack, fmap, start, end)
    return Span(lo, hi, haystack[lo:hi], exact)


def locate(needle: str, haystack: str) -> Span | None:
    """Where needle occurs in haystack, as offsets into the original haystack, or None.

    Both sides are folded (see fold). A folded substring match gives exact=True. Otherwise
    punctuation is ignored on both sides (a trailing period, quotes around the needle, an ellipsis
    at either end, a dropped comma) and the match, still one contiguous stretch of the article,
    gives exact=False. In space-delimited scripts a match must start and end on word boundaries
    ('Kim' is not found in 'Kimchi', '11' not in '11,000'); in CJK, kana, Hangul and Thai it need
    not. A needle with no letter or digit never matches.
    """
    fneedle, _ = fold(needle)
    if not _has_word(fneedle):
        return None
    fhay, fmap = fold(haystack)
    at = _find(fhay, fneedle, fmap)
    if at is not None:
        return _make_span(haystack, fmap, at, at + len(fneedle), exact=True)
    sneedle, _ = _skeleton(fneedle)
    shay, smap = _skeleton(fhay)
    at = _find(shay, sneedle)
    if at is None:
        return None
    return _make_span(haystack, fmap, smap[at], smap[at + len(sneedle) - 1] + 1, exact=False)


def _boundaries(text: str, lo: int, hi: int, starts: bool) -> list[int]:
    """Positions in [lo, hi] where a window may start (or end) without cutting a word, thinned out."""
    found: list[int] = []
    for p in range(max(lo, 0), min(hi, len(text)) + 1):
        if starts:
            ok = p < len(text) and text[p] != " " and (p == 0 or not _splits_word(text[p - 1], text[p]))
        else:
            ok = p > 0 and text[p - 1] != " " and (p == len(text) or not _splits_word(text[p - 1], text[p]))
        if ok:
            found.append(p)
    if len(found) > _MAX_TRIALS:
        step = len(found) / _MAX_TRIALS
        found = [found[int(k * step)] for k in range(_MAX_TRIALS)]
    return found


def _coarse_starts(fhay: str, fneedle: str, wanted: int) -> list[int]:
    """Window starts whose n-gram overlap with the needle is highest, at least half a needle apart."""
    size = len(fneedle)
    gram = 2 if size >= 2 else 1
    need = Counter(fneedle[k : k + gram] for k in range(size - gram + 1))
    per_window = size - gram + 1
    have: Counter[str] = Counter()
    common = 0
    scores: list[tuple[int, int]] = []
    for k in range(len(fhay) - gram + 1):
        g = fhay[k : k + gram]
        if have[g] < need[g]:
            common += 1
        have[g] += 1
        if k >= per_window:
            old = fhay[k - per_window : k - per_window + gram]
            have[old] -= 1
            if have[old] < need[old]:
                common -= 1
        if k >= per_window - 1:
            scores.append((-common, k - per_window + 1))
    scores.sort()
    spacing = max(1, size // 2)
    chosen: list[int] = []
    for _, start in scores:
        if all(abs(start - c) >= spacing for c in chosen):
            chosen.append(start)
            if len(chosen) >= wanted:
                break
    return chosen


def nearest(needle: str, haystack: str, limit: int = 3) -> list[tuple[float, Span]]:
    """Up to limit non-overlapping stretches of haystack most like needle, best first.

    Each is (score, span): score is difflib's ratio between the folded needle and the folded
    stretch (1.0 for an exact folded match), span its original offsets with exact=False unless the
    folded texts are equal. Stretches are 70-130% of the needle's length and start and end on word
    boundaries where the script has them. Meant for error messages, not for grounding: an empty
    list when the needle has no letter or digit or the haystack is empty.
    """
    fneedle, _ = fold(needle)
    fhay, fmap = fold(haystack)
    if limit <= 0 or not fhay or not _has_word(fneedle):
        return []
    size = len(fneedle)
    matcher = SequenceMatcher(None, "", fneedle)

    def score(start: int, end: int) -> float:
        matcher.set_seq1(fhay[start:end])
        return matcher.ratio()

    windows: list[tuple[float, int, int]] = []
    if size >= len(fhay):
        windows.append((score(0, len(fhay)), 0, len(fhay)))
    else:
        slack = max(1, int(size * 0.3))
        for seed in _coarse_starts(fhay, fneedle, limit * _SEEDS_PER_RESULT):
            starts = _boundaries(fhay, seed - slack, seed + slack, starts=True) or [seed]
            start = max(starts, key=lambda s: (score(s, s + size), -abs(s - seed)))
            ends = _boundaries(fhay, start + max(1, size - slack), start + size + slack, starts=False)
            if not ends:  # one long word: settle for the nearest word end rather than cut it
                ends = _boundaries(fhay, start + 1, start + 2 * size, starts=False)[:1]
            ends = ends or [min(start + size, len(fhay))]
            end = max(ends, key=lambda e: (score(start, e), -abs(e - start - size)))
            windows.append((score(start, end), start, end))
    windows.sort(key=lambda w: (-w[0], w[1]))
    picked: list[tuple[float, Span]] = []
    taken: list[tuple[int, int]] = []
    for ratio, start, end in windows:
        if ratio == 0 or any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        picked.append((ratio, _make_span(haystack, fmap, start, end, exact=fhay[start:end] == fneedle)))
        if len(picked) >= limit:
            break
    return picked


def context(haystack: str, span: Span, width: int = 40) -> str:
    """span's text with up to width characters either side, whitespace collapsed.

    A side that was cut is marked with '…' and, where the cut fell inside a space-delimited word,
    loses that partial word, so the result reads '…more than 11,000 soldiers…'.
    """
    start = max(0, min(span.start, len(haystack)))
    end = max(start, min(span.end, len(haystack)))
    lo = max(0, start - width)
    hi = min(len(haystack), end + width)
    left = haystack[lo:start]
    right = haystack[end:hi]
    # Drop a word the cut went through, when the script has spaces to tell where words end.
    first_space = _SPACES.search(left)
    if lo > 0 and first_space and not (haystack[lo - 1].isspace() or left[0].isspace()):
        left = left[first_space.end() :]
    last_space = max(_SPACES.finditer(right), key=lambda m: m.start(), default=None)
    if hi < len(haystack) and last_space and not (haystack[hi].isspace() or right[-1].isspace()):
        right = right[: last_space.start()]
    body = _SPACES.sub(" ", left + haystack[start:end] + right).strip()
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(haystack) else "")
