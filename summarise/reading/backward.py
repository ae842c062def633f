"""A reporting clause that credits the sentence before it.

News in most of our languages states a fact and then, in a sentence of its own, says who gave it: "Die Brücke bleibt
bis März gesperrt. Das teilte die Stadt mit.", "Об этом сообщил глава администрации", "Про це повідомив …", "Así lo
informó el ayuntamiento", "C'est ce qu'a annoncé la préfecture", "That is according to the council", "أعلن ذلك
…". Such a sentence opens with a word pointing back ("das", "об этом", "así lo", "c'est ce qu'", "that is", "ذلك"
after an Arabic verb) that stands where the claim would, with its verb right after it. What was claimed is then the
sentence before (or the claim read in it), and the clause reaches back over that sentence, so that its party is
credited with what it says (its figures, and a confirmation or a denial of it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from ..patterns import factored
from .cues import Cue
from .sources import party_after, spaced_source
from .speakers import person_before
from .text import Sentence, trim

Range = tuple[int, int]
A = TypeVar("A", bound=Any)

# A German auxiliary goes with the pointer, and its verb then closes the sentence ("Das hat die Polizei am Montag
# bestätigt"; a Spanish one, "Así lo ha confirmado", is part of the cue).
_AUXILIARY = r"(?:hat|haben|hatte|hatten|wurde|wurden|ist)"
# The pointer back, opening the sentence (after "and" at most), per language; its verb follows within `_NEAR` words.
_POINTER = {
    "de": rf"(?:Das|Dies|Darüber)(?:\s+{_AUXILIARY})?",
    "ru": r"(?:Об этом|Это|Про это)",
    "uk": r"(?:Про це|Це)",
    "es": r"(?:Así|Esto|Eso)?\s*lo",  # (and "Así lo publica el diario": the verb read only after it, `cues`)
    "fr": r"C['’]est (?:ce qu['’]|ce que|en tout cas ce qu['’]|du moins ce qu['’])|Ce qu['’]|Ce que|"
    r"L['’]information (?:a été|est|nous a été)",
    "en": r"(?:That|This)(?:\s+(?:is|was|has been|had been)|['’]s)(?:\s+what)?",
    "ar": r"",
}
_OPENING = {
    lang: factored(rf"(?:(?:And|Und|Et|Y|И|А|І|Також|Также)\s+)?(?:{pointer})(?:(?=\s|$)|(?<=['’]))", re.I)
    for lang, pointer in _POINTER.items()
    if pointer
}
# A pointer that can also be a determiner ("Das Ministerium teilte mit", "Это решение поддержали") is one only with
# its verb right after it; one that cannot ("Об этом", "Про це") may have a few words of time between them ("Об этом в
# понедельник сообщил …").
_NEAR = 3
_LOOSE = factored(r"(?i)(?:\w+\s+)?(?:Об этом|Про это|Про це)")
# Arabic puts the verb first and the pointer right after it: "وأعلن ذلك المتحدث …", "أكد ذلك مدير …".
_ARABIC_AFTER = factored(r"\s+(?:ذلك|هذا|بذلك|بهذا)(?=\s|$)")
_AGENT = factored(r"(?i)(?<![\w'’])(?:by|von|durch|par|por)\s")
# A clause that goes on to say something of its own after its verb ("Das sagte X, als er …" aside) is no pointer
# back: "that"/"dass"/"что" after the verb, or a colon.
# (not a relative after a comma: "Así lo publica el diario, que cita a …")
_OWN_CLAIM = factored(r"(?i)[:：]|(?<![\w'’])(?<!,\s)(?:that|dass|que|qu['’]|что|що|أن|إن)(?![\w'’])")


def pointer_end(text: str, s: Sentence, lang: str) -> int | None:
    """Where the pointer back that opens sentence `s` ends, or None when it opens with none."""
    opening = _OPENING.get(lang)
    found = opening.match(text, s.start, s.end) if opening is not None else None
    return found.end() if found is not None else None


def points_back(text: str, s: Sentence, cue: Range, pointer: int | None, lang: str) -> bool:
    """Whether the reporting verb at `cue` is the one the sentence's pointer back goes with (or, in Arabic, whether
    the pointer follows it)."""
    if lang == "ar":
        opens = not text[s.start : cue[0]].strip(" و")
        return opens and (_ARABIC_AFTER.match(text, cue[1], s.end) is not None or "ذلك" in text[cue[0] : cue[1]])
    if pointer is None or cue[0] < pointer:
        return False
    between = len(text[pointer : cue[0]].split())
    closing = re.search(rf"{_AUXILIARY}$", text[s.start : pointer]) is not None
    # ("That's what the company told staff": the party between the pointer and its verb)
    near = _NEAR if _LOOSE.fullmatch(text, s.start, pointer) or text[s.start : pointer].endswith("what") else 0
    if between > near and not (closing and not text[cue[1] : s.end].strip(" .!")):
        return False
    return _OWN_CLAIM.search(text, cue[1], s.end) is None


def misread(text: str, source: Range | None, pointer: int | None, at: Range) -> bool:
    """Whether the party read for a clause that points back is none, the pointer itself ("Así lo", "ذلك …") or a
    passive's agent with its "by"."""
    if source is None or _AGENT.match(text, *source):
        return True
    return source[0] < pointer if pointer is not None else _ARABIC_AFTER.match(text, at[1], source[1]) is not None


def party_back(
    text: str,
    sentences: list[Sentence],
    s: Sentence,
    clause: Sentence,
    cue: tuple[Cue, Range],
    pointer: int | None,
    lang: str,
) -> Range | None:
    """The party of a clause that points back, when the pointer was read for it: read after the pointer (which
    stands where a subject would), in Arabic after the pointer that follows the verb (as if it were the verb's);
    else the words right after the verb, whatever they look like; else, for a dropped subject ("Así lo anunció
    ayer"), the person the sentence before names."""
    what, at = cue
    # ("This was confirmed on Tuesday by the Regional Roads Authority", "Das wurde von der Polizei bestätigt": a
    # passive's agent, after the verb or, in German, before it)
    agent = _AGENT.search(text, at[1], min(s.end, at[1] + 40)) or _AGENT.search(text, pointer or at[0], at[0])
    if agent is not None and agent.end() < at[0]:
        return trim(text, agent.end(), at[0])
    if agent is not None:
        return party_after(text, (at[0], agent.end()), s.end, lang)
    if pointer is not None:
        frame, reach = Sentence(max(pointer, clause.start), s.end), at
    else:
        after = _ARABIC_AFTER.match(text, at[1], s.end)
        frame, reach = clause, (at[0], after.end() if after else at[1])
    party = spaced_source(text, frame, what, reach, lang) or party_after(text, reach, s.end, lang)
    return party or (person_before(text, sentences, s) if lang in ("es", "ar") else None)


def credit_back(text: str, sentences: list[Sentence], found: list[A], back: set[int]) -> list[A]:
    """`found` (attributions in order) with those at the indices `back` claiming what the sentence before theirs
    says (the claim read there, if one was, else the whole sentence) and reaching back over it."""
    claims: dict[Range, Range] = {}
    starts = {(s.start, s.end): i for i, s in enumerate(sentences)}
    for i, a in enumerate(found):
        index = starts.get(a.sentence, 0)
        if i in back and index > 0 and not sentences[index - 1].headline:
            before = sentences[index - 1]
            claim = claims.get((before.start, before.end)) or trim(text, before.start, before.end)
            if claim[1] > claim[0]:
                found[i] = a = replace(a, claim=claim, sentence=(before.start, a.sentence[1]))
                claims[(sentences[index].start, sentences[index].end)] = claim
                continue
        claims.setdefault(a.sentence, a.claim)
    return found
