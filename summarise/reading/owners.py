"""What a sum, a measure or a share is of when the sentence names it beside the figure rather than as the clause's
subject: the noun before "of" ("un tronçon de 12 kilomètres", "une offre de rachat d'environ 9,6 milliards d'euros",
"a contract of four years"), what a sum is for or in ("2 Millionen Euro für die Sanierung", "£2.3bn in funding"),
and, for a bare number after a counted one, what that one counts ("Of the 300 passengers on board, 12 were taken to
hospital", "Twelve people were killed and 40 injured")."""

from __future__ import annotations

import re

from ..patterns import factored
from . import heads
from .changes import CHANGE_VERBS
from .dates import MONTH_NAMES
from .text import Sentence

Range = tuple[int, int]

# The noun right before "of"/"de" and the figure (a qualifier of the figure is inside its value).
_NOUN_OF = factored(
    r"(?<![^\W\d_])([^\W\d_][\w'’-]{2,})\s+(?:of|de|di|do|da|d['’]|von|über)\s*(?:(?:about|some|around|almost|nearly"
    r"|environ|près de|unos|unas|alrededor de|cerca de|circa|quasi|quase|rund|etwa|около|почти|майже|близько)\s+)?$",
    re.IGNORECASE,
)
# (nouns that name a change, a total or a record: what changes or is totalled stands elsewhere, "une hausse de 5 %
# des prix", "a total of $5m for roads")
_NOT_OWNERS = {
    "rise", "fall", "increase", "decrease", "drop", "decline", "growth", "jump", "cut", "gain", "loss", "total", "sum",
    "amount", "figure", "level", "record", "maximum", "minimum", "average", "hausse", "baisse", "augmentation",
    "diminution", "progression", "recul", "chute", "croissance", "montant", "somme", "moyenne", "aumento", "subida",
    "caída", "bajada", "descenso", "crecimiento", "incremento", "reducción", "importe", "suma", "media", "calo",
    "crescita", "riduzione", "importo", "somma", "queda", "redução", "montante", "média", "Plus", "Minus", "Anstieg",
    "Rückgang", "Zuwachs", "Summe", "Höhe", "Betrag", "рост", "снижение", "сумму", "сумма", "ріст", "зростання",
    "зниження", "суму", "more", "less", "plus", "moins", "más", "menos", "più", "meno", "mais", "cost", "price",
    "prix", "precio", "prezzo", "preço", "Preis", "cena", "ціна", "цена", "one", "each", "none", "out", "part", "half",
    "share", "hasta", "desde", "depuis", "partir", "mehr", "weniger", "près", "cerca", "autour", "alrededor",
    "environ", "moitié", "mitad", "metà", "metade", "Hälfte", "parte", "partie", "side", "lado", "côté", "después",
    "antes", "après", "avant", "dopo", "prima", "depois", "lejos", "loin", "lontano", "longe", "fuera", "dentro",
    "además", "través", "instead", "ahead", "because", "outside", "inside", "top", "front", "back", "end", "fin",
    "final", "principio", "début", "inizio", "início", "Anfang", "Ende", "mediados", "milieu", "mezzo", "meio", "días",
    "jours", "giorni", "dias", "Tage", "años", "ans", "anni", "anos", "Jahre", "meses", "mois", "mesi", "semanas",
    "semaines", "settimane", "horas", "heures", "ore", "minutos", "minutes", "minuti", "au-delà", "delà", "dessus",
    "dessous", "au-dessus", "au-dessous", "encima", "debajo", "sopra", "sotto", "acima", "abaixo", "above", "below",
    "beyond", "excess", "upwards", "oberhalb", "unterhalb",
}  # fmt: skip
_NOT_OWNERS_LOWER = {w.lower() for w in _NOT_OWNERS}
_AFTER_AUXILIARY = factored(
    r"(?<![^\W\d_])(?:a|ont|est|sont|ha|han|hat|haben|ist|sind|has|have|had|is|are|was|were|è|sono|foi|foram|avait"
    r"|había|aveva|tinha)\s+$",
    re.IGNORECASE,
)
_GLUED = factored(r"(?<![^\W\d_])([^\W\d_][\w'’-]{2,})\s+$")
_ROMANCE = ("fr", "es", "it", "pt")
# (endings of Romance adjectives that follow their noun: "courante", "opérationnel", "líquido", "complessivo")
_ADJECTIVE_END = factored(
    r"(?:[aeiu]l|[aeiu]le|[aeiu]les|[aeiu]li|aux|elles?|ique|iques|ic[oa]s?|ici|iche|if|ifs|ives?|iv[oa]s?|ivi|ant|antes?"
    r"|ants|anti|ent|entes?|ents|enti|eux|euses?|os[oa]s?|osi|ari[oa]s?|ari|arie|aires?|ier|ière|iers|ières|id[oa]s?"
    r"|idi|ide|nel|nelle|nal|nale|nais|naise)$"
)
_CHAIN = factored(r"(?<![^\W\d_])([^\W\d_][\w'’-]{2,})\s+(?:of|de|di|do|da|d['’])\s*$", re.IGNORECASE)
_ELIDED = factored(r"(?:l|d|un|dell|all|dall|nell|sull|qu)['’]", re.IGNORECASE)
_DETERMINER_WORDS = {"the", "les", "des", "los", "las", "una", "uno", "une", "dei", "degli", "delle", "dos", "das"}
_WORDS = factored(r"[^\W\d_][\w'’-]*|[,;:.!?()]")
# What a sum is for ("für die Sanierung", "pour sa rénovation", "a su rehabilitación") or, in English, in ("£2.3bn in
# funding", "$40m in damages").
_FOR = factored(
    r"\s+(?:(?:for|für|pour|para|per)\s+(?:(?:the|its|their|a|an|die|den|der|das|eine|einen|la|le|les|l['’]|sa|son"
    r"|ses|leur|leurs|une|un|su|sus|el|los|las|una|il|lo|gli|i|sua|suo|o|os|as|um|uma)(?:\s+|(?<=['’]))){1,2}"
    r"|in\s+(?=[a-z]))([^\W\d_][\w'’-]{2,})"
    # (in German, a noun straight after the sum: "rund 5 Millionen Euro Schaden")
    r"|\s+(?=[A-ZÄÖÜ][a-zäöüß]{2,}(?:\s|[,.;:!?]|$))(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember|Euro|Dollar|Franken|Pfund)\b)([A-ZÄÖÜ][a-zäöüß]{2,})",
)
_TIME_WORDS = MONTH_NAMES | {
    "total", "all", "cash", "years", "months", "weeks", "days", "hours", "minutes", "first", "second", "third",
    "fourth", "last", "next", "recent", "return", "exchange", "addition", "part", "order", "case", "time", "each",
    "which", "what", "interest", "real",
}  # fmt: skip
# A clause that names what its numbers are part of: "Of the 300 passengers on board, 12 …", "Von den 300 Passagieren".
_PARTITIVE = factored(
    r"\s*(?:of the|of|von den|von|sur les|parmi les|de los|de las|entre los|entre las|dei|delle|degli|tra i|dos|das"
    r"|entre os|из|із|з)\s+",
    re.IGNORECASE,
)
_JOINED = factored(
    r"[^.;:!?]{0,60}?(?:,|\s(?:and|und|et|y|e|и|і|та|while|während|tandis que|mientras))\s+(?:(?:another|other|weitere"
    r"|otros|otras|autres|altri|altre|outros|outras|ещё|еще|ще)\s+)?$",
    re.IGNORECASE,
)
# A word after a bare number that is no noun of its own: an auxiliary or a participle ("40 injured", "40 wurden
# verletzt", "40 blessées", "40 resultaron heridos").
_NO_NOUN_AFTER = factored(
    r"\s*(?:$|[,.;:!?)]|\s(?:were|was|are|had|have|wurden|waren|sind|ont|sont|étaient|fueron|resultaron|han|son"
    r"|estaban|furono|sono|erano|foram|ficaram|estavam|были|было|були|було|injured|wounded|dead|killed|hurt|missing"
    r"|already|bereits|schon|déjà|ya|già|já|уже|вже|still|noch|encore|todavía|ancora|ainda|of them|de ellos|de ellas"
    r"|delas|deles|d['’]entre eux|d['’]entre elles|di loro|di essi|von ihnen|из них|з них|davon|darunter|of whom|dont"
    r"|de los cuales|de las cuales|dei quali|delle quali|dos quais|das quais|из которых|з яких"
    r"|verletzt|tot|vermisst|[^\W\d_]+(?:ées?|és|adas?|idas?|ados|idos|ati|iti|ate|ite)|ранены|погибли|поранені"
    r"|загинули)(?![^\W\d_]))",
    re.IGNORECASE,
)


# A count given as a difference ("drei weniger", "trois de moins", "на три меньше", "three more"): it counts what the
# count before it counts.
_COMPARATIVE = factored(
    r"(?<![^\W\d_])(?:fewer|less|more|weniger|mehr|moins|plus|menos|más|meno|più|mais|меньше|больше|менше|більше)$",
    re.IGNORECASE,
)

_COMPARATIVE_AFTER = factored(
    r"\s+(?:fewer|less|more|weniger|mehr|de moins|de plus|menos|más|in meno|in più|a menos|a mais|меньше|больше|менше"
    r"|більше)(?![^\W\d_])",
    re.IGNORECASE,
)


# Things that last, whose length a span of time "of" them gives ("un contrat de quatre ans", "a ban of two years"); a
# person "of 58 years" is their age, which counts years (first five letters of the noun).
_LASTING = frozenset({
    "contr", "vertr", "контр", "sente", "pena", "peine", "conde", "haft", "haftz", "срок", "manda", "amtsz", "plan",
    "progr", "delay", "retar", "retra", "ritar", "versp", "задер", "closu", "ferme", "cierr", "chius", "sperr",
    "strik", "grève", "huelg", "sciop", "strei", "забас", "lay-o", "pause", "pausa", "break", "inter", "arrêt",
    "parad", "perio", "zeitr", "proje", "works", "trava", "obras", "lavor", "bauar", "séjou", "estan", "soggi",
    "leave", "congé", "permi", "prohi", "divie", "verbo", "запре", "morat", "accor", "acuer", "lease", "bail", "loan",
    "prêt", "prést", "prest", "kredi", "креди", "warra", "garan", "detou", "dévia", "desví", "devia", "umlei", "voyag",
    "viaje", "viagg", "reise", "поезд", "journ", "traje", "traye", "tragi", "fahrt", "atten", "esper", "attes",
    "warte", "ожида", "absen", "injur", "bless", "lesió", "infor", "verle", "травм", "suspe", "sanci", "squal",
    "дискв", "term", "tenur", "seaso", "saiso", "tempo", "stagi", "spiel", "сезон", "ban", "deal", "stay", "trip",
    "wait", "mandat", "exten", "prolo", "verlä", "продл", "subve", "funding", "grant", "aide", "ayuda", "förde",
})  # fmt: skip


def noun_of(text: str, s: Sentence, start: int, lasting: bool = False, lang: str = "") -> Range | None:
    """The noun a figure with a unit is "of", right before it ("un tronçon de 12 kilomètres", "a stake of 5%"); not a
    verb's participle after its auxiliary ("a chuté de 9 %", "ha subido de 3 euros"); for a span of time (`lasting`),
    only a thing that lasts ("un contrat de quatre ans", not "un adolescent de 15 ans")."""
    m = _NOUN_OF.search(text, max(s.start, start - 60), start)
    if not m or m.group(1).lower() in _NOT_OWNERS_LOWER or m.group(1).lower() in CHANGE_VERBS:
        return None
    # (a copula is no noun: "Su presupuesto inicial era de 1.350 millones")
    if lang in _ROMANCE and m.group(1).lower() in heads.ROMANCE_ENDS:
        return None
    if lasting and _ELIDED.sub("", m.group(1).lower())[:5] not in _LASTING and m.group(1).lower()[:4] not in _LASTING:
        return None
    if _AFTER_AUXILIARY.search(text, max(s.start, m.start() - 12), m.start()):
        return None
    begin = m.start(1)
    # (a noun "of" a noun: "une offre de rachat d'environ 9,6 milliards", "the cost of repairs of $4m", "son chiffre
    # d'affaires d'environ 15 %")
    glued = re.match(r"d['’]", m.group(1), re.IGNORECASE)
    chain = (_GLUED if glued else _CHAIN).search(text, max(s.start, begin - 30), begin)
    chained = chain and chain.group(1).lower() not in _NOT_OWNERS_LOWER | _DETERMINER_WORDS
    if chain and chained:
        begin = chain.start(1)
    # (a Romance noun before up to two adjectives: "une marge opérationnelle courante de 13,5 %", "prejuízo líquido
    # de 86,4 milhões", "un investimento complessivo di 246 milioni")
    last, extended = m.group(1), 0
    while not chained and lang in _ROMANCE and extended < 2 and _ADJECTIVE_END.search(last.lower()):
        before = _GLUED.search(text, max(s.start, begin - 40), begin)
        if before is None:
            break
        word = before.group(1)
        low = word.lower()
        if (
            not word.islower()
            or low in _DETERMINER_WORDS
            or low in heads.ROMANCE_ENDS
            or low in CHANGE_VERBS
            or heads.ROMANCE_VERB.match(low)
        ):
            break
        begin, last, extended = before.start(1), word, extended + 1
    elided = _ELIDED.match(text, begin, m.end(1))
    return (elided.end() if elided else begin), m.end(1)


def sum_for(text: str, s: Sentence, unit_end: int, lang: str) -> Range | None:
    """What a sum is for, or in, right after it and its currency ("2 Millionen Euro für die Sanierung")."""
    m = _FOR.match(text, unit_end, s.end)
    if not m:
        return None
    group = 1 if m.group(1) else 2
    if m.group(group).lower() in _TIME_WORDS or (group == 2 and lang != "de"):
        return None
    begin, end = m.span(group)
    # (an English compound after it: "£4,200 for the village school")
    if lang == "en":
        following: list[tuple[int, int, str]] = []
        for w in _WORDS.finditer(text, begin, min(s.end, end + 40)):
            if not w.group()[0].isalpha() or len(following) == 4:
                break
            following.append((w.start(), w.end(), w.group().lower()))
        kept = heads.after(following, text, lang) if following else []
        end = kept[-1][1] if kept else end
    return begin, end


def counted_before(
    text: str, s: Sentence, start: int, end: int, previous_value: Range, previous_counts: Range | None
) -> bool:
    """Whether a bare number counts what the sentence's previous number counts: the previous one opens a partitive
    ("Of the 300 passengers on board, 12 were …") or a count the bare one is joined to ("Twelve people were killed and
    40 injured")."""
    if previous_counts is None or previous_counts[0] < previous_value[1]:
        return False
    if not (
        _NO_NOUN_AFTER.match(text, end, s.end)
        or _COMPARATIVE.search(text, start, end)
        or _COMPARATIVE_AFTER.match(text, end, s.end)
    ):
        return False
    if _PARTITIVE.fullmatch(text, s.start, previous_value[0]):
        return True
    return bool(_JOINED.fullmatch(text, previous_counts[1], start))
