"""Which of an article's first sentences reports its news: the first, unless it shares (next to) nothing with the
headline, gives no time, and one of the next two shares much more ("Complaints about fake developers have grown in
recent years." before "The court in Tell al-Ward on Tuesday jailed ..." under "Ten years for a developer who ...").
A byline or a background sentence opens many stories; a scene that sets the time ("3月12日上午，法庭内座无虚席。")
stays the lead."""

from __future__ import annotations

from ..patterns import factored
from .text import Sentence

_WORD = factored(r"[^\W_]+")
# (Arabic's article and clitics before a stem of three letters or more: "والمحكمة", "بالسجن")
_AR_CLITIC = factored(r"^(?:وال|بال|لل|فال|كال|ال|و|ب|ل|ف)(?=[^\W\d_]{3})")
_UNSPACED = {"zh", "ja", "ko"}
# How much more a later sentence must share with the headline than the first.
_MARGIN = 3


def _shared_words(text: str, lang: str) -> set[str]:
    """What a headline and a sentence can share: in Chinese, Japanese and Korean two characters in a row; else
    numbers and the first five letters of words of four or more (a stem across inflections)."""
    words = _WORD.findall(text)
    if lang in _UNSPACED:
        return {w[i : i + 2] for w in words for i in range(len(w) - 1)}
    found = set()
    for word in words:
        w = word.casefold()
        if lang == "ar":
            w = _AR_CLITIC.sub("", w)
        if w.isdigit() or len(w) >= 4:
            found.add(w[:5])
    return found


def news_index(text: str, heads: list[Sentence], body: list[Sentence], lang: str) -> int:
    """The index in `body` of the sentence that reports the headline's news by the words they share (0, 1 or 2);
    the caller keeps a first sentence that gives a time."""
    if not heads or len(body) < 2:
        return 0
    headline = set().union(*(_shared_words(text[h.start : h.end], lang) for h in heads))
    shared = [len(headline & _shared_words(text[s.start : s.end], lang)) for s in body[:3]]
    if shared[0] > 1:
        return 0
    best = max(range(1, len(shared)), key=lambda k: (shared[k], -k))
    return best if shared[best] >= shared[0] + _MARGIN else 0


__all__ = ["news_index"]
