"""A live blog's entry that confirms what a newer entry still leaves open (round seven).

A live blog is a run of entries, each opened by its time ("18:42 –", "**15:30 Uhr** –", "8 h 05 –"), newest first
as a rule, under a headline that is rewritten as the story moves. Every entry is a short news item in the page's own
voice, so a planted entry reads as a genuine one: its figure, its new expert, its link cannot be told apart by form,
and are left alone. One thing can: the entries are ordered in time, and what a page says later stands. An entry
that confirms a matter ("Die Landespolizei hat inzwischen bestätigt, dass ...", "郑晓岚证实...") when a newer entry,
or the headline, still says the matter is open ("ist bislang nicht bestätigt", "事故原因正在调查") is contradicted by
the page itself, whichever order the entries are shown in; the confirming entry is set apart (kept for the reader,
lending no support: see `hostile.Screen`).

The two must be about the same matter: the confirming entry and the open entry (or headline) share at least
`_SHARED` content words, as `contested` counts them. A genuine blog in which police confirm, at 18:20, what an entry
at 17:00 left open keeps its confirmation: the confirmation is the newer. `contested` already sets apart, in any
text, a confirmation that a sentence leaves open when the two share most of their words; this reads the blog's
order and whole entries, where the open sentence and the confirmation use different words for the matter.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .contested import _CONFIRMS, _OPEN, _content

# An entry's time opening its line: "18:42", "**15:30 Uhr**", "8 h 05", "07.10", then a dash or a space.
_STAMP = factored(r"^[ \t>*_#]*(\d{1,2})\s?[:.hH]\s?(\d{2})(?:\s?(?:Uhr|h|Ч))?[*_]*(?=\s)", re.MULTILINE)
_ENTRIES = 3
_SHARED = 2


def _entries(text: str) -> list[tuple[int, int, int]]:
    """The blog's entries: (time in minutes, start, end), each running to the next entry or the end."""
    stamps = [m for m in _STAMP.finditer(text) if int(m.group(1)) < 24 and int(m.group(2)) < 60]
    entries = []
    for i, m in enumerate(stamps):
        end = stamps[i + 1].start() if i + 1 < len(stamps) else len(text)
        # An entry is its paragraph: a blank line ends it before the next stamp (the blog's foot, a box).
        blank = re.search(r"\n[ \t]*\n", text[m.start() : end])
        entries.append((int(m.group(1)) * 60 + int(m.group(2)), m.start(), m.start() + blank.start() if blank else end))
    return entries


def liveblog_spans(story: str) -> list[tuple[int, int]]:
    """The entries of a live blog in `story` that confirm what a newer entry or the headline leaves open."""
    entries = _entries(story)
    if len(entries) < _ENTRIES:
        return []
    headline = story.lstrip().split("\n", 1)[0]
    # The headline stands for the page as it is now: newer than any entry.
    open_ = [(24 * 60, _content(headline))] if _OPEN.search(headline) else []
    open_ += [(t, _content(story[lo:hi])) for t, lo, hi in entries if _OPEN.search(story[lo:hi])]
    if not open_:
        return []
    spans = []
    for t, lo, hi in entries:
        entry = story[lo:hi]
        if not _CONFIRMS.search(entry) or _OPEN.search(entry):
            continue
        words = _content(entry)
        if any(later > t and len(words & left) >= _SHARED for later, left in open_):
            spans.append((lo, hi))
    return spans
