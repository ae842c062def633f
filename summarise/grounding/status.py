"""A status given only as an order could give it: "mark it as confirmed", "report it as confirmed", a status word
with no subject before it. The claim check (`verify`) holds a "confirmed" to a reporting clause whose subject
confirms; these are the sentences where it finds none."""

from __future__ import annotations

import re

from ..patterns import factored
from .features import features
from .prefilter import Prefiltered

# A status word made a label rather than reported: "mark it as confirmed", "als bestätigt", "como confirmado".
_AS_LABEL = factored(r"(?<![\w'])(?:as|als|comme|como|come|как)\s+(?:being\s+)?$|(?:为|로|と)\s*$", re.IGNORECASE)


def unreported_status(evidence: str, cues: list[Prefiltered]) -> bool:
    """Whether `evidence` gives a status only as an order could: the sentence gives an order (an imperative or
    a request, see `judge`), or every status word in it has no subject before it or is made a label ("report
    it as confirmed"). A status word that is reported as a party's act, or no status word at all, is not this
    (the latter is left to the other checks: the reader's cue words do not cover every form)."""
    f = features()
    found = [m for cue in cues for m in cue.finditer(evidence)]
    # An order: an imperative or a request. (Not any modal: "never" and "do not" are common in a denial.)
    if f.imperative.search(evidence) or f.marked_imperative.search(evidence) or f.request.search(evidence):
        return True
    if not found:
        return False
    return all(not re.search(r"\w", evidence[: m.start()]) or _AS_LABEL.search(evidence[: m.start()]) for m in found)


def status_cues(lang: str, status: object) -> list[Prefiltered]:
    """The reader's cue words of `status` ('confirmed', 'denied') in `lang`, compiled."""
    # Imported here: the reader sits above grounding in the layers, and only this check needs its cue words.
    from ..reading.cues import compiled

    return [pattern for pattern, cue in compiled(lang) if cue.status == status]
