"""Reported speech that goes on past its reporting clause, with no verb of saying of its own.

- German keeps reporting in the subjunctive: after "Vorstandschef Ralf Kessler begründete den Schritt mit hohen
  Energiekosten.", the sentence "Diese seien am Standort seit 2021 um 48 Prozent gestiegen." is still his (Konjunktiv
  I: "sei", "seien", "habe", "werde", "könne", …). Such a sentence is credited to the party of the clause right before
  it when that sentence names the party (the checks read no further back for who said it, so the second of a run is
  left unread); not one in quotation marks (a quotation speaks for itself) or in the first person ("ich habe").
- Chinese and Japanese end a quoted sentence before its clause: "“价格下行的压力短期内难以消除。”他说。" is read as
  the quotation, then "他说。"; the clause's claim is the quotation before it, not its own pronoun.

The attributions are `reading.attributions.Attribution`s; new ones are copies of the clause they continue.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..models import ClaimStatus
from ..patterns import factored
from .text import Sentence, trim

_SUBJUNCTIVE = factored(
    r"(?<![\wäöüß])(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme|bleibe|wisse|"
    r"fehle|brauche|lasse|betrage|reiche|verfüge|plane|rechne|drohe)(?![\wäöüß])"
)
_FIRST_PERSON = factored(r"(?i)(?<![\wäöüß])(?:ich|wir)(?![\wäöüß])")
_QUOTES = '„“”"«»‚‘’'
# ("他说。", "她表示。": a pronoun and its verb, the whole sentence)
_SAYS = factored(r"说|表示|称|指出|强调|話した|述べた")
_PRONOUN_CLAUSE = factored(
    r"\s*[”\"」』]?\s*(?:他|她|他们|她们|彼|彼女)(?:说|表示|称|指出|强调|は話した|は述べた)?[。.]?\s*"
)


def continued(text: str, sentences: list[Sentence], found: list[Any], lang: str) -> list[Any]:
    """`found` with the German subjunctive sentences that go on with a clause's report, and with a Chinese or
    Japanese pronoun's clause given the quotation before it as its claim."""
    if lang not in ("de", "zh", "ja") or not found:
        return found
    grouped: dict[tuple[int, int], list[Any]] = {}
    for a in found:
        grouped.setdefault(a.sentence, []).append(a)
    previous: Any = None
    for i, s in enumerate(sentences):
        key = (s.start, s.end)
        own = grouped.get(key, [])
        if lang in ("zh", "ja") and i >= 2 and _PRONOUN_CLAUSE.fullmatch(text, s.start, s.end):
            before = sentences[i - 1]
            quoted = text[before.start : before.end].strip()
            closed = quoted[-1:] in '”"」』' or text[s.start : s.end].lstrip()[:1] in '”"」』'
            # (the party named right before the quotation: "周立明表示，…。“…。”他说。"; the evidence is the quotation
            # and its clause, so that what the clause claims is in it)
            earlier = grouped.get((sentences[i - 2].start, sentences[i - 2].end), [])
            said = own[0] if own else earlier[-1] if earlier else None
            says = _SAYS.search(text, s.start, s.end)
            if quoted[:1] in '“"「『' and closed and (before.start, before.end) not in grouped and said and says:
                claim = trim(text, before.start, before.end)
                own = [replace(said, sentence=(before.start, s.end), cue=says.span(), claim=claim, via=None)]
                grouped.pop(key, None)
                grouped[(before.start, s.end)] = own
        # (the party named in the sentence right before: a check reads no further back for who said it)
        named = previous is not None and i and sentences[i - 1].start <= previous.source[0] < sentences[i - 1].end
        if not own and lang == "de" and named and (verb := _reported_on(text, s)) is not None:
            claim = trim(text, s.start, s.end)
            status = ClaimStatus.CLAIMED
            grouped[key] = own = [replace(previous, sentence=key, cue=verb, status=status, claim=claim, via=None)]
        previous = own[-1] if own else None
    return sorted((a for group in grouped.values() for a in group), key=lambda a: a.sentence[0])


def _reported_on(text: str, s: Sentence) -> tuple[int, int] | None:
    """The subjunctive verb of a German sentence that goes on reporting: one that quotes no one, where no one speaks
    in the first person and nothing is asked."""
    sentence = text[s.start : s.end]
    verb = _SUBJUNCTIVE.search(text, s.start, s.end)
    if verb is None or any(mark in sentence for mark in _QUOTES) or _FIRST_PERSON.search(sentence):
        return None
    return None if re.search(r"\?\s*$", sentence) else verb.span()
