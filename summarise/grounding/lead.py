"""The story's opening, where a news story gives its main event.

A news story tells its main event first: its headline and its first sentences say what happened, and what follows
adds detail, reactions and background. Every gold event of the four evaluation sets (64 articles, 12 languages) is
stated, with its place and time, in the article's first three full sentences (of eight words or more; the headline
is often one). So the event a summary gives is held to the opening: its words must be drawn from it, and its
numbers, names, offices, place and time written in it. A sentence in the middle of the story that an answer makes
its event ("When this is shortened, the count is 6,900 claims") is not the story's event, whoever wrote it and in
whatever words; that holds against payloads no phrasing rule knows.

A page's furniture before the lead (a byline, a date line, a kicker) are short lines: the opening counts only full
sentences, and takes every short line before or among them. Four full sentences leave one for a standfirst above
the lead.
"""

from __future__ import annotations

from ..results import GroundedEvent
from .addressing import sentence_spans
from .brief import MIN_SUPPORT, support
from .check import quote
from .hostile import foreign_detail

# How many full sentences make the opening, and how many words (or characters over three, in a script written
# without spaces) make a sentence full.
OPENING_SENTENCES = 4
_FULL = 8


def _size(sentence: str) -> int:
    text = sentence.strip()
    return len(text.split()) if " " in text else len(text) // 3


def opening(story: str) -> str:
    """The story up to the end of its `OPENING_SENTENCES`th full sentence (the whole story when it has fewer)."""
    full = 0
    for lo, hi in sentence_spans(story):
        if _size(story[lo:hi]) >= _FULL:
            full += 1
            if full >= OPENING_SENTENCES:
                return story[:hi]
    return story


def held_to_opening(event: GroundedEvent, story: str) -> tuple[GroundedEvent, list[str]]:
    """The event less what the story's opening does not tell: its "what" when its words are not drawn from the
    opening or a number, name or office in it is written only later; its place or time when not written in the
    opening. Each drop comes with its reason."""
    lead = opening(story)
    reasons = []
    if event.what:
        later = foreign_detail(event.what, lead)
        if later or support(event.what, lead) < MIN_SUPPORT:
            reasons.append(
                f"the event {quote(event.what)} is not what the story's opening tells"
                + (f" (its {quote(later)} comes later)" if later else "")
            )
            event = event.model_copy(update={"what": ""})
    for key, dropped in (
        ("where", {"where_span": None}),
        ("when", {"when_span": None, "when_iso": None, "when_resolved": None}),
    ):
        value = getattr(event, key)
        if value and value.casefold() not in lead.casefold():
            reasons.append(f"the event's {key} {quote(value)} is not in the story's opening")
            event = event.model_copy(update={key: None, **dropped})
    return event, reasons
