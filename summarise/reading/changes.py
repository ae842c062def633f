"""What a change or a level counts when a verb of change stands before it: the clause's subject ("Die Zahl der
Übernachtungen stieg um 4,6 Prozent", "Le chômage a reculé à 7,1 %", "Производство стали в мае выросло на 4,1%",
"Garrick Mining shares fell 12 per cent to 214 pence"): the words before the verb, from the clause's start, less an
auxiliary and the place or time that follows the subject's noun ("в мае", "in Hotels und Pensionen")."""

from __future__ import annotations

import re

from .text import Sentence

Range = tuple[int, int]

# Verbs of change, of reaching a level and of lasting, as the article writes them (a word of its own).
_VERBS = frozenset({
    "rises", "falls", "grows", "increases", "decreases", "steigt", "steigen", "sinkt", "sinken", "fällt", "fallen",
    "wächst", "augmente", "augmentent", "baisse", "baissent", "recule", "progresse", "sube", "suben", "crece",
    "crecen", "aumenta", "aumentan", "растёт", "растет", "снижается", "сокращается", "зростає", "знижується",
    "скорочується", "يرتفع", "ينخفض", "reached", "totalled", "totaled", "erreichte", "betrug", "atteint", "alcanzó",
    "alcanzaron", "достиг", "достигла", "достигло", "достигли", "составил", "составила", "составило", "составили",
    "досяг", "досягла", "досягло", "склав", "склала", "склало", "lasted", "dauerte", "dauerten", "dauert", "duré",
    "durer", "dure", "duró", "durará", "длилась", "длился", "длилось", "длились", "продлится", "тривала", "тривав",
    "тривало", "триватиме", "استمر", "استمرت", "rose", "fell", "grew", "climbed", "jumped", "surged", "soared",
    "dropped", "declined", "slipped", "slid", "plunged", "tumbled", "increased", "decreased", "gained", "shrank",
    "eased", "rebounded", "stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "wuchs", "wuchsen", "kletterte",
    "kletterten", "sackte", "sackten", "augmenté", "baissé", "reculé", "progressé", "bondi", "chuté", "grimpé",
    "diminué", "crû", "creció", "crecieron", "subió", "subieron", "bajó", "bajaron", "cayó", "cayeron", "aumentó",
    "aumentaron", "disminuyó", "descendió", "retrocedió", "вырос", "выросла", "выросло", "выросли", "снизился",
    "снизилась", "снизилось", "снизились", "сократился", "сократилась", "сократилось", "сократились", "увеличился",
    "увеличилась", "увеличилось", "увеличились", "упал", "упала", "упало", "упали", "зріс", "зросла", "зросло",
    "зросли", "знизився", "знизилася", "знизилось", "знизилися", "скоротився", "скоротилася", "скоротилося",
    "скоротилися", "збільшився", "збільшилася", "збільшилося", "прискорилася", "прискорився", "сповільнилася",
    "сповільнився", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت",
})  # fmt: skip
# A verb in the future or after "to": "will rise", "is expected to fall".
_BEFORE_BASE = frozenset({"will", "would", "to", "could", "may", "might", "should"})
_BASE = frozenset({"rise", "fall", "grow", "increase", "decrease", "drop", "climb"})
_WORD = re.compile(r"[^\W\d_]+")
# Between the verb and the figure: a few words ("um", "im vergangenen Jahr um", "в мае на", "de", "un"), no mark.
_BETWEEN = re.compile(r"(?:\s+(?:[^\s,;:!?()«»\"“”]|[,.](?=\d))+){0,6}\s+$")
# Where a clause starts: the sentence's start, or after a mark, a dateline's dash, the word that opens a reported or
# a subordinate clause ("said on Tuesday that", "إن", "after", "als") or a reporting verb ("said the river rose").
_CLAUSE_MARK = re.compile(
    r"[;:(]|,(?!\d)|\s[-–—]\s|(?<![^\W\d_])(?:that|dass|que|qu['’]|что|що|إن|أن|after|when|as|because|while|since|until|"
    r"said|says|nachdem|als|weil|wenn|quand|lorsque|puisque|cuando|porque|mientras|когда|поскольку|коли|عندما|بعد أن|"
    r"sagte|erklärte|a déclaré|a indiqué|dijo|afirmó|сказал|сказала|заявил|заявила|заявив|заявила|قال|قالت)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A German clause opened by a preposition or an adverb puts its subject after the verb ("Nach Zählungen der
# Verkehrsbetriebe stiegen die Fahrgastzahlen um 23 Prozent"): the article and its noun after the verb.
_INVERTED = re.compile(r"(?:Nach|In|Im|Am|Seit|Laut|Bei|Wegen|Mit|Dadurch|Damit|Zuletzt|Insgesamt|Auch|Dort|Hier)\s")
_SUBJECT_AFTER = re.compile(r"\s+((?:der|die|das|den|dem|des)\s+(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)")
_BETWEEN_TO = re.compile(r"(?:[\s,]+(?:[^\s,;:!?()«»\"“”]|[,.](?=\d))+){0,10}[\s,]+$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TO = re.compile(r"\s(?:to|auf|à|a|hasta(?: (?:los|las|el|la))?|до|إلى)\s+$", re.IGNORECASE)
_AUXILIARY = re.compile(
    r"\s+(?:a|ont|est|sont|ha|han|hat|haben|has|have|had|is|are|was|were|se|s'est|sich|hatte)$", re.IGNORECASE
)
# (the subject's noun, then a place or a time: "Производство стали в мае", "Die Zahl der Übernachtungen in Hotels")
_PLACE_OR_TIME = re.compile(
    r"\s+(?:in|im|am|on|at|en|au|aux|dans|в|у|на|за|по|під|біля|في|across|during|во)\s", re.IGNORECASE
)
_LONGEST_WORDS = 8
_RELATIVE = re.compile(r"qui|which|that|who|der|die|das|que|который|которая|которое|которые|який|яка|яке|які|التي|الذي")


def _last_verb(text: str, lo: int, hi: int) -> Range | None:
    """Where the last verb of change in text[lo:hi] stands ("will rise" whole): its words are looked up in a set (a
    regex of them all, tried at every character, cost 3.6% of an article's reading)."""
    found = None
    before: re.Match[str] | None = None
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().lower()
        if word in _VERBS:
            found = m.span()
        elif word in _BASE and before is not None and before.group().lower() in _BEFORE_BASE:
            found = (before.start(), m.end())
        before = m
    return found


def subject_of_change(text: str, s: Sentence, start: int, floor: int) -> Range | None:
    """The subject of the verb of change before the figure at `start`, when one stands a few words before it (and,
    past the sentence's previous figure, which ends at `floor`, only for the level it reaches: "fell 12 per cent to
    214 pence"; not "rose two metres in six hours")."""
    verb = _last_verb(text, max(s.start, start - 160), start)
    if verb is None:
        return None
    verb_start, verb_end = verb
    between = _BETWEEN.fullmatch(text, verb_end, start)
    # (the level a change reaches may stand after a comma: "crecieron un 4,3% interanual en abril, hasta los 21.500
    # millones", "ont reculé de 6,2 % en valeur, à 9,1 milliards")
    if not between and _TO.search(text, max(s.start, start - 12), start):
        between = _BETWEEN_TO.fullmatch(text, verb_end, start)
    figured = verb_end < floor or re.search(r"\d", _YEAR.sub("", between.group(0))) if between else None
    if not between or (figured and not _TO.search(between.group(0))):
        return None
    marks = list(_CLAUSE_MARK.finditer(text, s.start, verb_start))
    begin = marks[-1].end() if marks else s.start
    phrase = text[begin:verb_start]
    if _INVERTED.match(phrase.lstrip()):
        after = _SUBJECT_AFTER.match(text, verb_end, start)
        return after.span(1) if after else None
    quote = re.match(r"\s*[«»\"“”„‘’']+", phrase)
    if quote:
        begin, phrase = begin + quote.end(), phrase[quote.end() :]
    phrase = _AUXILIARY.sub("", phrase.rstrip())
    place = _PLACE_OR_TIME.search(phrase)
    if place and place.start() > 0:
        phrase = phrase[: place.start()]
    stripped = phrase.strip()
    # (a relative clause's verb: its subject is the noun before it, "La grève des contrôleurs, qui a duré trois jours")
    words = stripped.split()
    if words and _RELATIVE.fullmatch(words[0]) and len(words) <= 3 and marks:
        begin = marks[-2].end() if len(marks) >= 2 else s.start
        phrase = text[begin : marks[-1].start()]
        stripped = phrase.strip()
    if not stripped or len(stripped.split()) > _LONGEST_WORDS or not re.search(r"[^\W\d_]", stripped):
        return None
    at = begin + (len(phrase) - len(phrase.lstrip()))
    return at, at + len(stripped)
