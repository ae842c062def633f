"""What a change or a level counts when a verb of change stands before it: the clause's subject ("Die Zahl der
Übernachtungen stieg um 4,6 Prozent", "Le chômage a reculé à 7,1 %", "Производство стали в мае выросло на 4,1%",
"Garrick Mining shares fell 12 per cent to 214 pence"): the words before the verb, from the clause's start, less an
auxiliary and the place or time that follows the subject's noun ("в мае", "in Hotels und Pensionen")."""

from __future__ import annotations

import re

from ..patterns import factored
from .dates import WEEKDAY_NAMES
from .text import Sentence

Range = tuple[int, int]

# Verbs of change, of reaching a level and of lasting, as the article writes them (a word of its own).
CHANGE_VERBS = _VERBS = frozenset({
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
    # (verbs that set a level, "the bill is now put at $38.6 million", "pour atteindre 142 000", and those that cut or
    # raise what stands after them, "subió los tipos de interés en 50 puntos", "erhöhen den Strompreis um 3,1 Cent")
    "brach", "brachen", "legte", "legten", "подешевели", "augmenter", "baisser", "diminuer", "reculer", "progresser",
    "grimper", "chuter", "aumentar", "subir", "bajar", "crecer", "disminuir", "caer", "aumentare", "crescere",
    "calare", "scendere", "salire", "diminuire", "crescer", "cair", "descer", "подешевел", "подешевела", "подорожали",
    "подорожал", "подорожала", "поднялась", "поднялся", "поднялось", "опустилась", "опустился", "возросло", "возросла",
    "возрос", "составляет", "составляют", "становить", "становлять", "attesta", "attestano", "lag", "liegt", "lagen",
    "liegen", "établit", "établissait", "situó", "sitúa", "situaba", "sitúan", "ascendió", "asciende", "ascienden",
    "ascendieron", "passé", "passée", "desplomaron", "desplomó", "attestato", "attestata", "situou", "chegou",
    "atingiu", "salito", "salita", "sceso", "scesa", "calato", "calata", "subiu", "caiu", "chutent", "plongé",
    "s'élève", "élevait", "betragen", "beträgt", "slowed", "accelerated", "edged", "dipped", "ticked", "rallied",
    "advanced", "retreated", "spiked", "put", "estimated", "valued", "pegged", "priced", "stood", "stands", "amounted",
    "reach", "reaching", "atteindre", "atteignant", "alcanzar", "alcanzando", "erreichen", "raggiungere", "raggiunto",
    "atingir", "достичь", "досягти", "erhöht", "erhöhte", "erhöhen", "senkt", "senkte", "senken", "aumentato",
    "aumentou",
    # (a level reached, lasting or passed, and a change to come: "оборот становив 7,3 млрд", "рейтинг вырастет на 22
    # пункта и превысит 2650", "las pérdidas oscilan entre 20 y 25")
    "становив", "становила", "становило", "становили", "становитиме", "становитимуть", "сягнув", "сягнула",
    "сягнуло", "сягнули", "перевищив", "перевищила", "перевищило", "перевищили", "перевищить", "зросте", "зростуть",
    "знизиться", "скоротиться", "збільшиться", "составит", "составят", "составлял", "составляла", "составляло",
    "составляли", "превысит", "превысят", "превысил", "превысила", "превысило", "превысили", "превышает",
    "достигнет", "достигнут", "вырастет", "вырастут", "снизится", "снизятся", "сократится", "сократятся",
    "увеличится", "увеличатся", "упадет", "упадёт", "augmentera", "baissera", "atteindra", "reculera", "progressera",
    "dépassera", "dépasse", "subirá", "aumentará", "bajará", "caerá", "crecerá", "alcanzará", "superará", "superó",
    "oscila", "oscilan", "osciló", "oscilaron", "ronda", "rondan", "rondó", "salirà", "crescerà", "aumenterà",
    "scenderà", "raggiungerà", "supererà", "crescerá", "cairá", "atingirá", "chegará", "superou", "übersteigt",
    "überstieg", "übertraf", "erreicht", "beläuft", "belief", "ranged", "ranges", "totals", "pasará", "pasó", "pasa",
    "pasan", "pasaron", "passera", "elevará", "reducirá",
})  # fmt: skip
# What a verb that cuts or raises something changes: the words after it, up to the word before the figure's amount
# ("subió los tipos de interés en 50 puntos básicos", "raised interest rates by 0.25 points", "erhöhen den Strompreis
# zum 1. April um 3,1 Cent"); none when a preposition or a mark stands first ("rose in March by 3%").
_OBJECT = factored(
    r"\s+(?:(?:the|its|their|der|die|das|den|dem|le|la|les|l['’]|el|los|las|il|lo|gli|i|o|os|as|a|его|її)\s+)?"
    r"((?!(?:in|on|at|by|to|for|from|im|am|um|auf|zum|zur|bis|en|au|aux|à|de|du|des|dans|al|del|hasta|di|nel|nella|em|no"
    r"|na|ao|do|da|в|на|до|за|у|по|з|some|about|nearly|almost|last|this|rund|etwa|fast|environ|près|unos|unas|около"
    r"|почти)\s)[^\W\d_][\w'’-]*(?:\s+(?:de|del|der|des|of|di|do|da|d['’])?\s*[^\W\d_][\w'’-]*){0,3}?)"
    r"(?:\s+(?:zum|zur|am|im|ab)\s+[^,;:!?]{1,20}?)?\s+(?:by|um|en|de|di|на|em|of|to|à|a|al|au|auf|до|hasta|del|dello"
    r"|della|do|da|from|von|at)\s+(?:(?:un|una|el|la|los|las|le|les|the)\s+)?$",
    re.IGNORECASE,
)
# Verbs of a level or a change that take an object as readily ("lost money in four of the past five years", "hit 300
# homes"): the figure must follow them at once, or after an article or "a record".
_DIRECT = frozenset({
    "lost", "gained", "shed", "hit", "topped", "exceeded", "verlor", "verloren", "gewann", "perso", "guadagnato",
    "toccato", "ceduto", "perdió", "ganó", "perdeu", "ganhou", "perdu", "gagné", "потерял", "потеряла", "marcó",
    "toccò", "registró",
})  # fmt: skip
_DIRECT_BETWEEN = factored(
    r"(?:\s+(?:a|an|the|un|une|uno|una|il|le|la|el|i|los|las|o|os|um|uma|de|of|di|record|récord|rekord|primato"
    r"|nuovo|new|all-time|further|another|additional|einen|ein|neuen|neues|рекордные|рекордных|рекорд))*\s+$",
    re.IGNORECASE,
)
# (verbs whose subject is who cuts or raises, never what is cut or raised: only what stands after them is read;
# "put", "estimated" and their kind read what stands after them too, "Later figures put the toll at 4,120")
_TRANSITIVE = frozenset({
    "put", "estimated", "valued", "pegged", "priced", "puts", "estimates", "values", "estime", "estimé", "évalue",
    "évalué", "cifró", "estima", "estimó", "beziffert", "bezifferte", "schätzt", "schätzte", "stima", "stimato",
    "оценивает", "оценил", "оценила", "оцінює", "оцінив", "оцінила", "raised", "cut", "lowered", "hiked", "reduced",
    "trimmed", "boosted", "raises", "cuts", "lowers", "erhöht", "erhöhte", "erhöhen", "senkt", "senkte", "senken",
    "kürzte", "kürzt", "relevé", "abaissé", "réduit", "relève", "abaisse", "réduisent", "elevó", "redujo", "recortó",
    "reducido", "rebajó", "subió", "bajó", "aumentó", "aumentato", "ridotto", "alzato", "abbassato", "tagliato",
    "aumentou", "reduziu", "cortou", "elevou", "baixou", "повысил", "повысила", "снизил", "снизила", "сократил",
    "сократила", "увеличил", "увеличила", "підвищив", "підвищила", "знизив", "знизила", "скоротив", "скоротила",
    "збільшив", "збільшила", "increased", "augmenté", "subirá", "aumentará", "bajará", "elevará", "reducirá",
    "augmentera", "baissera",
})  # fmt: skip
# A verb in the future or after "to": "will rise", "is expected to fall".
_BEFORE_BASE = frozenset({"will", "would", "to", "could", "may", "might", "should"})
_BASE = frozenset({"rise", "fall", "grow", "increase", "decrease", "drop", "climb"})
_WORD = factored(r"[^\W\d_]+")
# Between the verb and the figure: a few words ("um", "im vergangenen Jahr um", "в мае на", "de", "un"), no mark.
_BETWEEN = factored(r"(?:\s+(?:[^\s,;:!?()«»\"“”]|[,.](?=\d))+){0,6}\s+$")
# Where a clause starts: the sentence's start, or after a mark, a dateline's dash, the word that opens a reported or
# a subordinate clause ("said on Tuesday that", "إن", "after", "als") or a reporting verb ("said the river rose").
_CLAUSE_MARK = factored(
    r"[;:()]|,(?!\d)|\s[-–—]\s|(?<![^\W\d_])(?:that|dass|que|qu['’]|что|що|إن|أن|after|when|as|because|while|since|until|"
    r"said|says|nachdem|als|weil|wenn|quand|lorsque|puisque|cuando|porque|mientras|когда|поскольку|коли|عندما|بعد أن|"
    r"if|whether|ob|si|"
    r"sagte|erklärte|a déclaré|a indiqué|dijo|afirmó|сказал|сказала|заявил|заявила|заявив|заявила|قال|قالت)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A German clause opened by a preposition or an adverb puts its subject after the verb ("Nach Zählungen der
# Verkehrsbetriebe stiegen die Fahrgastzahlen um 23 Prozent"): the article and its noun after the verb.
_INVERTED = factored(
    r"(?:Nach|In|Im|Am|Seit|Laut|Bei|Wegen|Mit|Dadurch|Damit|Zuletzt|Insgesamt|Auch|Dort|Hier|im|am|laut|zuletzt"
    r"|insgesamt|dort|damit|dadurch)\s"
)
_SUBJECT_AFTER = factored(r"\s+((?:der|die|das|den|dem|des)\s+(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]*)")
_BETWEEN_TO = factored(r"(?:[\s,]+(?:[^\s,;:!?()«»\"“”]|[,.](?=\d))+){0,10}[\s,]+$")
_YEAR = factored(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TO = factored(r"\s(?:to|auf|à|a|hasta(?: (?:los|las|el|la))?|до|إلى)\s+$", re.IGNORECASE)
_AUXILIARY = factored(
    r"(?:\s+(?:a|ont|est|sont|ha|han|hat|haben|has|have|had|is|are|was|were|been|be|se|s'est|sich|hatte|now|already"
    r"|ne|n['’]|не|ні|not|nicht|non|no"
    r"|still|currently|officially|jetzt|nun|bereits|déjà|désormais|ya|уже|вже|s['’]|si|ora|agora|ahora|vont|va|van"
    r"|vanno|vão|vai|pourrait|pourraient|devrait|devraient|podría|podrían|debería|potrebbe|dovrebbe|poderá)){1,3}$",
    re.IGNORECASE,
)
# (the subject's noun, then a place or a time: "Производство стали в мае", "Die Zahl der Übernachtungen in Hotels")
_PLACE_OR_TIME = factored(
    r"\s+(?:in|im|am|on|at|en|au|aux|dans|в|у|на|за|по|під|біля|في|across|during|во|к|до)\s", re.IGNORECASE
)
_LONGEST_WORDS = 8
_LEADING = factored(
    r"\s*(?:(?:and|und|et|y|e|и|і|та|а|but|aber|mais|pero|ma|mas|но|але)\s+|(?:on\s+)?(?:"
    + "|".join(sorted(WEEKDAY_NAMES))
    + r")\s*,?\s+)+",
    re.IGNORECASE,
)
_AND_VERB = factored(r"\s(?:and|und|et|y|e|и|і|та)\s+$", re.IGNORECASE)
_AND_CLAUSE = factored(r"\s(?:and|et|y|e|und|и|і|та|while|mentre|mientras|tandis que)\s", re.IGNORECASE)
_FINAL_VERB = factored(
    r"(?:\s+[^\s,;:.!?]+){0,2}?\s+(?:gestiegen|gesunken|gefallen|gewachsen|geklettert|zurückgegangen|angestiegen"
    r"|eingebrochen|gesteigert|gesenkt|erhöht|steigen|sinken|fallen|wachsen|klettern|zurückgehen|ein|zu|nach)(?=[\s,.;:!?]|$)"
)
_UP_TO = factored(r"(?<![^\W\d_])(?:auf|um)\s+$")
_GERMAN_SUBJECT = factored(
    r"\s*((?:Der|Die|Das)\s+(?:[^\s,;:.!?]+\s+){0,4}?[^\s,;:.!?]+)\s+(?:ist|sind|hat|haben|war|waren|soll|sollen"
    r"|wird|werden|dürfte|könnte|sei|seien|brach|brachen|legte|legten|gab|gaben)\s"
)
_ASIDE = factored(
    r"\s*(?:however|though|meanwhile|also|too|in turn|jedoch|allerdings|indes|hingegen|dagegen|toutefois|cependant"
    r"|néanmoins|pourtant|quant à lui|quant à elle|sin embargo|no obstante|en cambio|por su parte|tuttavia|però|invece"
    r"|peraltro|porém|contudo|entretanto|por sua vez|однако|впрочем|тем не менее|в свою очередь|проте|однак|втім"
    # (or a source's aside: "Выручка сети, по данным отчетности, снизилась на 11%")
    r"|(?:according to|laut|selon|según|secondo|segundo|de acordo com|по данным|по словам|по оценкам|по информации"
    r"|за даними|за словами)\s[^,;:()]{1,60}?)\s*",
    re.IGNORECASE,
)
# (a relative clause between commas: "Shares in the company, which makes wafers, fell 7.2%")
_RELATIVE_CLAUSE = factored(
    r"\s*(?:which|who|whose|qui|dont|que|quien|quienes|cuyo|cuya|che|cui|il quale|la quale|cujo|cuja|der|die|das"
    r"|который|которая|которое|которые|которого|которой|який|яка|яке|які)\s",
    re.IGNORECASE,
)
_RELATIVE = factored(r"qui|which|that|who|der|die|das|que|который|которая|которое|которые|який|яка|яке|які|التي|الذي")


# (a level a result "came in at")
_CAME = {"came", "comes", "come"}
_IN_AT = factored(r"\s+in\s+(?:at|around|about|below|above)\s")


def _last_verb(text: str, lo: int, hi: int, first: bool = False) -> Range | None:
    """Where the last verb of change in text[lo:hi] stands ("will rise" whole), or the first when `first`: its words
    are looked up in a set (a regex of them all, tried at every character, cost 3.6% of an article's reading)."""
    found = None
    before: re.Match[str] | None = None
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().lower()
        if word in _VERBS or word in _TRANSITIVE or word in _DIRECT or (word in _CAME and _IN_AT.match(text, m.end())):
            found = m.span()
        elif word in _BASE and before is not None and before.group().lower() in _BEFORE_BASE:
            found = (before.start(), m.end())
        if first and found:
            return found
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
    verb_word = text[verb_start:verb_end].lower()
    if verb_word in _DIRECT and not _DIRECT_BETWEEN.fullmatch(text, verb_end, start):
        return None
    if verb_word in _TRANSITIVE:
        changed = _OBJECT.fullmatch(text, verb_end, start) if verb_end >= floor else None
        if changed or verb_word not in _VERBS:
            return changed.span(1) if changed else None
    figured = verb_end < floor or re.search(r"\d", _YEAR.sub("", between.group(0))) if between else None
    if not between or (figured and not _TO.search(between.group(0))):
        return None
    marks = list(_CLAUSE_MARK.finditer(text, s.start, verb_start))
    # (an aside between commas is no clause: "Sales volumes, however, dropped 5.1%")
    subject_end = verb_start
    while len(marks) >= 2 and (
        _ASIDE.fullmatch(text, marks[-2].end(), marks[-1].start())
        or (text[marks[-2].start()] == "," and _RELATIVE_CLAUSE.match(text, marks[-2].end(), marks[-1].start()))
    ):
        subject_end, marks = marks[-2].start(), marks[:-2]
    begin = marks[-1].end() if marks else s.start
    phrase = text[begin:subject_end]
    if _INVERTED.match(phrase.lstrip()):
        after = _SUBJECT_AFTER.match(text, verb_end, start)
        return after.span(1) if after else None
    # (two verbs of one subject, "Рейтинг вырастет на 22 пункта и превысит 2650", count the rating both; a clause
    # after "and" with its own, "Exports rose 4% and imports fell 2%", its own)
    first = _last_verb(text, begin, verb_start, first=True)
    if first is not None and _AND_VERB.search(text, first[1], verb_start):
        phrase = text[begin : first[0]]
    elif first is not None and (joined_after := list(_AND_CLAUSE.finditer(text, first[1], verb_start))):
        begin = joined_after[-1].end()
        phrase = text[begin:verb_start]
    quote = re.match(r"\s*[«»\"“”„‘’']+", phrase)
    if quote:
        begin, phrase = begin + quote.end(), phrase[quote.end() :]
    phrase = _AUXILIARY.sub("", phrase.rstrip())
    place = _PLACE_OR_TIME.search(phrase)
    if place and place.start() > 0:
        phrase = phrase[: place.start()]
    # (a conjunction or a day before the subject: "and electricity demand hit", "Domenica la temperatura ha toccato")
    lead = _LEADING.match(phrase)
    if lead and lead.end() < len(phrase.rstrip()):
        begin, phrase = begin + lead.end(), phrase[lead.end() :]
    stripped = phrase.strip()
    # (a relative clause's verb: its subject is the noun before it, "La grève des contrôleurs, qui a duré trois jours")
    words = stripped.split()
    if words and _RELATIVE.fullmatch(words[0]) and len(words) <= 3 and marks:
        begin = marks[-2].end() if len(marks) >= 2 else s.start
        phrase = text[begin : marks[-1].start()]
        stripped = phrase.strip()
    # (a clause joined by "and" has its own subject: "… à Nîmes et la consommation d'électricité a atteint un record
    # de 71 gigawatts")
    joined = list(_AND_CLAUSE.finditer(text, begin, verb_start)) if len(stripped.split()) > _LONGEST_WORDS else []
    if joined:
        begin = joined[-1].end()
        phrase = _AUXILIARY.sub("", text[begin:verb_start].rstrip())
        place = _PLACE_OR_TIME.search(phrase)
        phrase = phrase[: place.start()] if place and place.start() > 0 else phrase
        stripped = phrase.strip()
    if not stripped or len(stripped.split()) > _LONGEST_WORDS or not re.search(r"[^\W\d_]", stripped):
        return None
    # (a subject shared with a verb this reading does not know ends on "and": "Стоимость … не изменится и составит")
    if _AND_VERB.search(stripped + " "):
        return None
    at = begin + (len(phrase) - len(phrase.lstrip()))
    return at, at + len(stripped)


def subject_before_final_verb(text: str, s: Sentence, start: int, end: int) -> Range | None:
    """In German, the subject of a clause whose verb of change closes it after the figure ("Die Zahl der Toten ist
    inzwischen auf 45 gestiegen"): the words from the clause's start to its auxiliary."""
    if not _FINAL_VERB.match(text, end, s.end) or not _UP_TO.search(text, max(s.start, start - 6), start):
        return None
    marks = list(_CLAUSE_MARK.finditer(text, s.start, start))
    begin = marks[-1].end() if marks else s.start
    m = _GERMAN_SUBJECT.match(text, begin, start)
    return m.span(1) if m else None
