"""A reporting verb after what was said: whose is the clause that follows it.

News writes the party after its verb when the claim comes first (", said the union.", ", sagte ein Sprecher der
Stadt.", ", a indiqué la préfecture.", ", dijo la policía.", "», — сказал местный житель."). `sources` reads a party
there when it looks like one (a capital, a title); this module reads the common nouns too, and tells an inversion from
an aside between a subject and its verb ("The company, however, said …"), a relative or participle clause after the
subject ("The mayor, who took office in 2019, said …", "Мэр, вступивший в должность …, признал"), a title and a name in
apposition, and a clause coordinated with the verb's ("The authority apologised … and promised …").
"""

from __future__ import annotations

import re

from ..models import ClaimStatus
from ..patterns import factored
from .cues import Cue
from .speakers import NAME_RUN

Range = tuple[int, int]


# An aside between a subject and its verb: a word or phrase of its own between commas (the subject at most six words).
ASIDE = factored(
    r"\s*((?:[\w'’.-]+\s+){0,5}[\w'’.-]+)\s*,\s*(?:however|though|meanwhile|too|also|in turn|for (?:its|his|her|their) "
    r"part|in (?:a|an|its|his|her|their) (?:\w+\s+)?(?:statement|interview|letter|post|briefing)|on \w+|jedoch|"
    r"allerdings|"
    r"indes|hingegen|seinerseits|ihrerseits|am \w+|cependant|toutefois|pour sa part|de son côté|quant à (?:lui|elle)|"
    r"sin embargo|por su parte|a su vez|por otro lado|однако|в свою очередь|со своей стороны|проте|однак|у свою чергу|"
    r"зі свого боку)\s*,\s*",
    re.IGNORECASE,
)
_DETERMINER_AFTER = factored(
    r"\s*(?:the|a|an|its|his|her|their|der|die|das|ein|eine|einer|sein|seine|ihr|ihre|le|la|les|l['’]|un|une|son|sa|"
    r"ses|leur|el|los|las|una|su|sus)(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# Words that open no party after a verb of saying in Russian and Ukrainian: what it is about, whom to, a relative.
_NO_PARTY_AFTER = factored(
    r"(?:о|об|про|что|що|это|це|так|там|тут|ему|ей|им|йому|їй|журналистам|журналістам|в|у|на|и|і|не)$", re.IGNORECASE
)


def common_party(text: str, cue_end: int, after: Range, end: int, lang: str, cue: Cue) -> bool:
    """After an inverted verb of saying, a noun phrase that closes the clause is its party, capital or not: ", said the
    union.", ", sagte ein Sprecher der Stadt.", ", a indiqué la préfecture.", ", dijo la policía.", "», — сказал местный
    житель." It opens with a determiner or a possessive (in Russian and Ukrainian, which write none, with a word that is
    no preposition, conjunction or pronoun), holds at most five words, and only a stop, a comma, a time or a channel
    follows it."""
    words = text[after[0] : after[1]].split()
    if not 1 <= len(words) <= 5:
        return False
    rest = text[after[1] : end]
    if not re.match(r"\s*(?:$|[.!?…,;:(—–]|(?:on|in|at|am|im|le|en|el|este|esta|в|у|на|во)\s)", rest):
        return False
    if lang in ("ru", "uk", "be"):
        # (a denial or a confirmation there takes what it denies: "…, ООО «Восток-Инвест», опроверг информацию …")
        # (nor an infinitive: "пообещала поставить освещение")
        return (
            cue.status is ClaimStatus.CLAIMED
            and not _NO_PARTY_AFTER.match(words[0])
            and not re.search(r"(?:ть|ти|чь|ться|тися|тись)$", words[0])
        )
    return _DETERMINER_AFTER.match(text, cue_end, after[1]) is not None


def claim_before(text: str, before: Range | None, cue: int) -> bool:
    """Whether what stands before an inverted verb is the claim, whole up to its comma or quote ("Dock workers returned
    to work on Friday, said the union"), not a subject read past an aside or a relative clause ("The mayor, who took
    office in 2019, said the budget was balanced")."""
    # (a time read off the claim's end, "on Friday", may stand between: no other comma)
    return before is None or re.fullmatch(r"[^,]*?[\s,”\"»“—–]*", text[before[1] : cue]) is not None


_NAME_WORD = factored(r"[A-ZÀ-ÞА-ЯІЇЄҐ\u0600-\u06ff][\w'’.-]*|de|del|van|von|der|al|bin|ibn|el|la|le|du|da|dos")


def named_apposition(text: str, before: Range, start: int) -> bool:
    """Whether the words before an inverted-looking verb are a name in apposition, set between commas after a title
    ("…, the regional labour inspector, Nadia Kovac, said …"; "…, el líder de la oposición, Marcos Quintanilla,
    acusó …"): the name is the verb's subject, not a claim."""
    words = text[before[0] : before[1]].split()
    return (
        1 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and any(word[0].isupper() for word in words)
        and re.search(r"[,،]\s*$", text[start : before[0]]) is not None
    )


_OPENING_NAME = factored(rf"\s*({NAME_RUN})\s*,")


def opening_name(text: str, start: int, before: Range, inverted: bool, cue: int) -> Range | None:
    """A name of two to four capitalised words opening the sentence before a comma, when the verb's own clause
    (`before`, read before the verb at `cue`) has it in apposition: "Елена Гаврилова, заместитель главы
    администрации, пообещала …", or is a title between commas that names no one itself ("Jacques Morvillier, maire
    de Brémonde, a affirmé …")."""
    m = _OPENING_NAME.match(text, start, before[0])
    if m is None or m.end() >= before[0]:
        return None
    title = re.search(r"[,،]\s*$", text[before[1] : cue]) is not None and not re.search(NAME_RUN, text[slice(*before)])
    return m.span(1) if inverted or title else None


def coordinated(text: str, before: Range, lang: str) -> Range | None:
    """A subject read back to a conjunction is a clause coordinated with the verb's ("The authority apologised for the
    delay and promised …"): its subject is the words before its own first verb, in English one ending in "-ed" or
    "-s"; in another language it is not read."""
    chunk = text[before[0] : before[1]]
    if not re.search(r"\s(?:and|und|et|y|и|і|та|e)$", chunk):
        return before
    if lang != "en":
        # ("Le département n'a pas confirmé … et indique", "La federación no ha confirmado … y dice": before its
        # negation or its auxiliary)
        verb = re.search(r"\s(?:n['’]|ne\s|no\s|nicht\s|a\s|ont\s|ha\s|han\s|hat\s|haben\s|est\s|es\s|ist\s)", chunk)
        return (before[0], before[0] + verb.start()) if verb and verb.start() > 0 else None
    verb = re.search(r"\s[a-z]+(?:ed|s)\s", chunk)
    return (before[0], before[0] + verb.start()) if verb and verb.start() > 0 else None


def relative_clause(chunk: str) -> bool:
    """A relative clause: opened by a relative pronoun ("who", "qui", "который"), or in German by "der", "die",
    "das" or "welche" with its verb at the end ("die seit sechzig Jahren dort einkauft", not "die Polizei")."""
    if re.match(r"(?:who|which|whose|qui|quien|который|которая|которое|которые|який|яка|яке|які)\b", chunk, re.I):
        return True
    # "Мэр, вступивший в должность в 2019 году, признал": a participle's clause; "رئيس البلدية، الذي تولى منصبه".
    if re.match(r"[а-яё]+(?:вший|вшая|вшее|вшие|щий|щая|щее|щие)\s", chunk):
        return True
    # "El jurado, formado por tres cocineros, destacó", "The mayor, elected in 2019, said": a past participle's clause.
    if re.match(
        r"[a-zà-ÿ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|ed)\s+(?:por|en|de|desde|con|par|à|au|dans|"
        r"depuis|in|by|at|on|to|from|for)\s",
        chunk,
    ):
        return True
    if re.match(r"(?:الذي|التي|الذين|اللذان|اللتان)\s", chunk):
        return True
    # (a finite verb inside makes it a main clause: "die Notaufnahme ist aber geöffnet")
    return (
        re.fullmatch(
            r"(?:der|die|das|welche[rs]?)\s(?!.*\s(?:ist|sind|war|waren|hat|haben|wird|werden|wurde|wurden|kann|"
            r"können|soll|sollen|muss|müssen|will|bleibt|bleiben)\s).*\s[a-zäöüß]+",
            chunk,
        )
        is not None
    )
