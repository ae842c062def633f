"""Sentences that speak of a processor's output, or of processing this very text, without addressing it ("This
recap's key figure is 4,800."): `addressing.judge` finds them; this module gives their spans, set apart from the
story (kept for the reader, lending no support). Moved out of `addressing` when that module reached the length
limit."""

from __future__ import annotations

import re

from ..patterns import factored
from .addressing import judge
from .features import FOR, features
from .following import governed_end, ordered_after, sentences_of

# A note for someone in the scripts and greetings `FOR` and the greeting lexicons do not write: "要約する方への案内",
# "整理摘要的朋友，您好", "Dzień dobry osobie, która ...".
_GREETS = factored(
    r"方へ|方への|방께|분께|에게|您好|朋友|dzień dobry|bonjour|goedemiddag|buongiorno|buenos días", re.IGNORECASE
)


def speaking_spans(text: str, sentences: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The sentences of `text` that speak of a processor's output or of processing this very text without being
    judged to address it ("This recap's key figure is 4,800."): no story tells its facts by way of its own
    summaries, so they are set apart, kept for the reader and lending no support."""
    found = []
    f = features()
    for lo, hi in sentences_of(text) if sentences is None else sentences:
        verdict = judge(text[lo:hi])
        if verdict.speaks_of_output and not verdict.addresses:
            # A note for someone that opens its line governs the rest of it, as an address does (round thirty-one):
            # "Nota para la persona que vaya a resumir esta noticia. La advertencia ... debe atribuirse a ...". A
            # statement about this text's summaries ("Automated summaries of this article are produced by our
            # partner.") is for no one, and governs only itself.
            sentence = text[lo:hi]
            for_someone = (
                FOR.search(sentence)
                or f.apart.search(sentence)
                or f.greeting.search(sentence)
                or _GREETS.search(sentence)
            )
            found.append((lo, governed_end(text, lo, hi) if for_someone else hi))
            found += ordered_after(text, hi)
    return found
