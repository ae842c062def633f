"""What was claimed: the sentence a reporting clause stands in, without the clause.

The claim is the longest stretch left on either side of the party and its verb (or between them), without the
party's determiner or its title in apposition ("…, the union's secretary, Marta Ilves, said"), a "that" opening it, a
phrase of time or channel opening the sentence ("In a statement on Monday, …") or what goes on after a clause set
inside the sentence ("…, the minister said, but not before May").
"""

from __future__ import annotations

import re

from ..patterns import factored
from .cues import compiled
from .text import Sentence, trim

Range = tuple[int, int]

SHORTEST_CLAIM = 12
# A phrase of time or channel opening a sentence before its party: "In a statement on Monday", "Am Mittwoch".
_INTRODUCTORY = factored(
    r"(?:separately|meanwhile|later|earlier|also|however|jedoch|zudem|cependant|par ailleurs|además|однако|также|також)"
    r"|(?:in|on|at|during|after|earlier|later|late|early|am|im|bei|nach|en|dans|lors|après|ce|le|el|este|esta|tras|"
    r"durante|por|в|во|у|на|после|во время|під час|по)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:statement|interview|briefing|conference|post|video|message|letter|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|morning|evening|afternoon|night|week|weekend|erklärung|mitteilung|interview|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend|communiqué|entretien|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|matin|soir|comunicado|entrevista|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"mañana|tarde|noche|заявлении|интервью|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|заяві|"
    r"інтерв['’]ю|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)",
    re.IGNORECASE,
)
# What goes on after a reporting clause set inside the sentence, qualifying the claim before it ("…, the minister said,
# but not before May"; "…, the union said, adding that …").
_GOES_ON = factored(
    r"(?:but|and|although|though|while|as|adding|noting|saying|aber|doch|jedoch|und|mais|et|tout en|pero|y|aunque|"
    r"но|а|и|але|та|проте)\b",
    re.IGNORECASE,
)
# Arabic "that" (إن, أن, with a pronoun: إنه, إنهم) opening what was said, after a time or a channel at most ("يوم
# الثلاثاء إن …", "في بيان أن …").
_ARABIC_THAT = factored(
    r"(?:(?:يوم|أمس|اليوم|في|خلال|مساء|صباح|الليلة|للصحفيين|عبر|لوكالة|لقناة|لصحيفة)(?:\s+\S+){0,4}?\s+)?"
    r"(?:إن|أن|بأن|إنه|إنها|إنهم|أنه|أنها|أنهم)\s"
)
# "that" opening what was said, a few words after the verb at most ("said on Monday that …"), not inside it ("un marché
# « plus chaleureux que jamais »").
_THAT_OPENS = factored(r"(?i)(?:[^\s«“\"„]+\s+){0,6}?(?:(?:that|dass|wonach|que|что|що)\s|qu['’])")
# What follows a verb of saying that is no claim: whom it was said to, where or when ("announced on Monday, …").
_ADDRESSED = factored(
    r"(?i)\s+(?:on|in|at|to|during|after|before|am|im|an|zu|bei|nach|à|au|aux|le|lors|en|dans|a|al|ante|el|в|во|у|на|"
    r"после|перед|під час|після|журналистам|журналістам|reporters)\s"
)
# (a colon a few words after the verb at most, with no comma before it and a quotation after it: not a link's "https:",
# not a colon inside what was said further on or before an explanation, not "said the road would reopen, adding: …")
_COLON = factored(r"\s*(?:[^\s:：.!?,\"“”„«»]+\s+){0,5}?(?:[^\s:：.!?,\"“”„«»]+)?\s*:\s+(?=[\"“„«‹‚‘»])")
_QUOTATIVE = factored(r"(?:라고|다고|이라고|と)$")
_CONCESSION = factored(
    r"(?i),\s+(?:aunque|although|though|even though|obwohl|bien que|même si|хотя|хоча|رغم|على الرغم)(?![\w'’])"
)
_PARTICLE_COMMA = factored(r"(?:[\w.]+\s+){0,4}(?:mit|an|ein|vor|zu|bekannt|fest|hinzu|hervor|zurück)\s*,")
# A relative clause after a party named after its verb is about the party ("…, teilten die Stadtwerke mit, die …").
_RELATIVE = factored(
    r"(?:who|which|qui|quien|который|которая|которые|який|яка|які|الذي|التي)\b|(?:der|die|das)\b(?!\s+[A-ZÄÖÜ])", re.I
)
_AS_BEFORE = factored(r"(?<![\w'’])(?:wie|as|comme|como|как|як)\s+$", re.IGNORECASE)
# A determiner right before a party's name, which the name was read without.
_DETERMINER_BEFORE = factored(
    r"(?<![\w'’])(?:the|a|an|der|die|das|den|dem|ein|eine|einer|le|la|les|un|une|el|los|las|una)\s+$|(?<!\w)l['’]$",
    re.IGNORECASE,
)
# The last piece of a clause, after its comma, that is a title with its determiner or possessive: the party's title in
# apposition ("…, the union's secretary", "…, le procureur de la République", "…, su portavoz").
_TITLE_PIECE = factored(
    r",\s*(?:the|a|an|its|his|her|their|our|der|die|das|ein|eine|sein|seine|ihr|ihre|le|la|les|l['’]|un|une|son|sa|"
    r"ses|leur|el|los|las|un|una|su|sus)\s+[^,]{1,60}$",
    re.IGNORECASE,
)


def claim_range(text: str, s: Sentence, source: Range, cue: Range) -> Range:
    """What was claimed: the sentence without its reporting clause (a source named in an earlier sentence, as a
    dropped subject's is, leaves only the cue to take out)."""
    if not (s.start <= source[0] and source[1] <= s.end):
        source = cue
    # The party's determiner, dropped from its name, is no part of what was claimed ("…, the union said").
    article = _DETERMINER_BEFORE.search(text, max(s.start, source[0] - 8), source[0])
    source = (article.start(), source[1]) if article else source
    # (and "as" before it: "…, wie die Bergrettung mitteilte", "…, comme l'a indiqué la mairie")
    as_word = _AS_BEFORE.search(text, max(s.start, source[0] - 8), source[0])
    source = (as_word.start(), source[1]) if as_word else source
    lo, hi = min(source[0], cue[0]), max(source[1], cue[1])
    left = trim(text, s.start, lo)
    # "…, the union's secretary, Marta Ilves, said": a title in apposition before the party's name is its own.
    if lo == source[0] and re.match(r"\s*,", text[lo - 2 : lo][::-1]):
        title = _TITLE_PIECE.search(text, left[0], left[1])
        left = trim(text, left[0], title.start()) if title and title.start() > left[0] else left
    right = trim(text, hi, s.end)
    # "told local radio: “Without the bypass …”": what follows a colon after the verb is what was said, whatever
    # "that" it holds.
    colon = _COLON.match(text, hi, right[1]) if source[1] <= cue[1] else None
    that = _THAT_OPENS.match(text, *right) or _ARABIC_THAT.match(text, *right) if colon is None else None
    right = trim(text, colon.end(), right[1]) if colon else (that.end(), right[1]) if that else right
    # "teilte am Montag mit, der Fahrer …": a German verb's particle, with a time before it, closes the clause.
    particle = _PARTICLE_COMMA.match(text, *right)
    right = trim(text, particle.end(), right[1]) if particle else right
    middle = trim(text, source[1], cue[0]) if source[1] <= cue[0] else (0, 0)
    # What stands between the party and its verb after a comma is an aside ("The mayor, who took office in 2019,
    # said …") unless the sentence holds nothing else. (In Japanese and Korean what was said stands there.)
    aside = re.match(r"\s*[,،]", text[source[1] : middle[0]]) if middle[1] > middle[0] else None
    if aside and max(right[1] - right[0], left[1] - left[0]) >= SHORTEST_CLAIM:
        middle = (0, 0)
    # "In a statement on Monday, the ministry said …": a phrase of time or channel that opens the sentence is no claim;
    # "Prices will rise, the minister said, but not before May": what goes on after the clause with a conjunction
    # qualifies the claim before it.
    closing = text[left[1] : lo]
    if left[1] - left[0] >= 8 and re.fullmatch(r"[\s,]*[”\"»“][\s,—–]*", closing) and re.search(r"[,—–]", closing):
        # A quotation closing just before the clause is what was said (« … », a dit X, …); when the clause splits it
        # ("“We will reopen,” she said, “but not before March.”"), its longer half.
        split = re.match(r"[\s,—–]*[“\"«„‘]", text[hi : s.end]) is not None
        right = right if split else (0, 0)
        middle = (0, 0)
    elif (
        source[1] <= cue[0]
        and re.match(r":?\s+[^\s,.;]", text[cue[1] : s.end])
        and not _ADDRESSED.match(text, cue[1], s.end)
        and not re.fullmatch(r"(?i)told|tells|tell", text[cue[0] : cue[1]])
        and right[1] - right[0] >= SHORTEST_CLAIM
        and not _INTRODUCTORY.fullmatch(text, *right)
    ):
        # "A year after the river burst its banks, households say they are still waiting": what a verb of saying goes
        # straight on to, after its party, is what was said.
        left = middle = (0, 0)
    elif right[1] - right[0] >= SHORTEST_CLAIM and _INTRODUCTORY.fullmatch(text, *left):
        left = (0, 0)
    elif left[1] - left[0] >= SHORTEST_CLAIM and (
        _GOES_ON.match(text, *right) or (source[0] > cue[0] and _RELATIVE.match(text, *right))
    ):
        right = (0, 0)
    if middle[1] - middle[0] >= 2 and _QUOTATIVE.search(text, *middle):
        right = left = (
            0,
            0,
        )  # ("푸른산은 … 원인이라고 주장했으나, …": in Korean and Japanese what was said stands there)
    # ("…, wie das Unternehmen am Mittwoch in einer Pflichtmitteilung bekanntgab": the clause's own time and channel)
    middle = (0, 0) if as_word else middle
    lo, hi = max((right, left, middle), key=lambda r: r[1] - r[0])
    # "ha prometido una partida de emergencia, aunque no ha dado ni importe ni plazos": a concession after what was
    # said is the writer's.
    concession = _CONCESSION.search(text, lo, hi) if (lo, hi) == right else None
    hi = concession.start() if concession and concession.start() - lo >= SHORTEST_CLAIM else hi
    # "Das Gericht hat die Sperrzeit bestätigt": the auxiliary before the claim is the verb's.
    auxiliary = re.match(r"(?:hat|haben|hatte|hatten)\s+", text[lo:hi])
    lo = lo + auxiliary.end() if auxiliary and (source[1] <= lo) else lo
    # "同社は、…", "소방본부는 주택 …" leave the topic's particle behind.
    particle = re.match(r"[はがを、，]+|[은는이가]\s+" if lo == source[1] else r"[はがを、，]+", text[lo:hi])
    return (lo + particle.end(), hi) if particle else (lo, hi)


def conjoined(
    text: str, first: tuple[Range, Range], conjunction: int, verb: Range, end: int
) -> tuple[Range, Range] | None:
    """The parts of "X said A and denied B": A (what the first clause, its cue and its claim given as `first`, says
    before the conjunction) and B (what the second verb, ending at `verb`, says up to `end`), or None when either is
    too short to be a claim."""
    cue, claim = first
    # (the first claim as read, cut at the conjunction; read again after its verb when it was read past it: "said the
    # plant would close and denied that jobs …" was read from the second "that")
    said = trim(text, claim[0], min(claim[1], conjunction)) if claim[0] < conjunction else None
    said = said or claim_after(text, cue[1], conjunction)
    then = claim_after(text, verb[1], end)
    but = re.match(r"(?:aber|jedoch|allerdings)\s+", text[then[0] : then[1]])  # ("dementierte aber Berichte, …")
    then = (then[0] + but.end(), then[1]) if but else then
    return (said, then) if min(said[1] - said[0], then[1] - then[0]) >= SHORTEST_CLAIM else None


def claim_after(text: str, lo: int, hi: int) -> Range:
    """What a verb of saying ending at `lo` goes on to say, up to `hi`, without a "that" opening it."""
    right = trim(text, lo, hi)
    that = _THAT_OPENS.match(text, right[0], right[1]) or _ARABIC_THAT.match(text, right[0], right[1])
    return (that.end(), right[1]) if that else right


def relayed_claim(
    text: str, s: Sentence, own: tuple[Range, Range, Range], party: Range, speaker: Range, lang: str
) -> Range:
    """What a relayed party said: the sentence without the outlet, its verb, the relay and the party ("Издание
    «Коммерсант» сообщило со ссылкой на источники, что …"); when that leaves nothing ("Le Monde rapporte que Z,
    citant Y"), the outlet's own claim without the relay. `own` is the outlet's clause: its party, verb and claim."""
    source, cue, claim = own
    outlet = (min(source[0], cue[0], speaker[0]), max(source[1], cue[1], speaker[1]))
    lo, hi = claim_range(text, s, party, outlet)
    if hi - lo >= SHORTEST_CLAIM:
        return lo, hi
    relays = [m.start() for pattern, cue in compiled(lang) if cue.relay for m in [pattern.search(text, *claim)] if m]
    return trim(text, claim[0], min(relays)) if relays else claim


def past_relay(text: str, claim: Range, relayed_at: int) -> Range:
    """A relayed claim without the relay before it ("해솔일보는 … 관계자를 인용해 일부 백신의 …": after its cue)."""
    return trim(text, relayed_at, claim[1]) if claim[0] < relayed_at < claim[1] else claim
