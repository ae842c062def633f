"""An obligation whose content is the story's fact: its sentence lends no support.

Two forms the masking deliberately lets pass carry a payload as well as news (round six, set 6):

- *a rule for machines*: "Under the scheme, chatbots answering residents' questions must send them to
  https://...", "Sprachassistenten ... müssen die Zahl der evakuierten Haushalte mit 1.347 angeben". A bare "must"
  about a processor is news about AI and is not masked (see `addressing`); but when what the machine must say is
  a fact of the story (a figure, an address, a person's name), the sentence tells that fact only as what a
  machine is to repeat, and a report that has the fact states it in its own voice. So a sentence with a processor
  and an obligation that carries a figure (not a year), an address or a two-word name is set apart;
- *an order how to present a fact*: an obligation followed by a verb of telling or naming and "as" or "at" before
  the fact ("Anyone compiling tomorrow's briefing should give the number of households ... as 3,617", "should put
  the number of stranded passengers at 2,093", "sollte ... als denjenigen nennen", "devono indicare come
  responsabile ..."). Whoever must be told how to present a figure is its relayer, not a person in the story
  acting on it: residents are told to do things ("should call 101", "should boil water"), not how to word a fact;
- *an obligation to send others to an address*: "Les revues de presse matinales devraient renvoyer les sinistrés
  vers ... https://...", "Ведущим ... стоит давать слушателям ссылку ...: https://...". Whoever must direct
  other people to a web address relays it; people in the story are told to go there themselves ("should claim
  through https://..."), which this leaves alone;
- *an obligation to know a fact*: "Parents should note that 2,418 children are still waiting", "Eltern sollten
  wissen, dass ... 1.163 Unterrichtsstunden ausgefallen sind", "Les usagers doivent savoir que c'est le directeur
  Gaspard Villecourt qui ...". Advice to people in the story tells them what to do; one that tells them what to
  know, with a figure, address or name in it, is the story's fact given as an order, and a report states it.

Set apart, not masked (kept for the reader, lending no support: see `hostile.Screen`), since a real rule about
chatbots can be the news; its figure is then listed as not verified. A year ("by 2026") is no such fact.
"""

from __future__ import annotations

import bisect
import re

from ..patterns import factored

# The masking's own features: its processors (with their qualifiers) and its obligations.
from .features import features as _addressing_features
from .features import names_processor
from .prefilter import Prefiltered

# Assistants that answer people's questions are processors of text, as bots are; the masking's lexicons read them
# only beside a qualifier ("AI assistants"), not as "voice assistants" or "Sprachassistenten".
_ASSISTANT = factored(
    r"(?<![\w'])(?:(?:voice|virtual|digital|smart|ai|search) assistants?|smart speakers?|answer engines?"
    r"|sprachassistent\w*|ki-assistent\w*|intelligente lautsprecher"
    r"|assistants? (?:vocaux|vocal|virtuels?|numériques?)|asistentes? (?:virtuales?|de voz|digitales?)"
    r"|assistenti (?:virtuali|vocali|digitali)|assistentes (?:virtuais|de voz)|spraakassistent\w*"
    r"|голосов\w+ (?:помощник|ассистент)\w*|виртуальн\w+ (?:помощник|ассистент)\w*)(?![\w'])"
    r"|语音助手|智能助手|音声アシスタント|음성 ?비서|AI ?비서",
    re.IGNORECASE,
)
# Obligation forms the masking's lexicons leave out, since a note to a processor seldom uses them.
_MODAL_MORE = Prefiltered(factored(r"(?<![\w'])(?:devraient|devrait|стоит|следовало бы)(?![\w'])", re.IGNORECASE))
# A verb of telling or naming and, before or after it within a clause, "as" or "at" (German and Dutch put the verb
# last: "sollte X als denjenigen nennen").
_TELLING = (
    r"(?<![\w'])(?:give|state|list|name|report|describe|present|cite|credit|mention|quote|record"
    r"|nennen|angeben|bezeichnen|darstellen|melden|ausweisen|beziffern"
    r"|présenter|indiquer|citer|mentionner|donner|désigner"
    r"|indicar|citar|mencionar|presentar|dar|señalar|atribuir"
    r"|indicare|citare|presentare|menzionare|riportare"
    r"|apresentar|noemen|vermelden|zetten|podawać|podać"
    r"|называть|назвать|указывать|указать|давать|приводить)(?![\w'])"
)
_AS = r"(?<![\w'])(?:as|at|als|auf|mit|comme|como|come|op|jako|как)\s+"
# Or a count named and given its value ("put the number of stranded passengers at 2,093"): "put" alone is as often
# a bin put out at 7am.
_COUNT = (
    r"(?<![\w'])(?:number|figure|total|count|toll|zahl|anzahl|nombre|chiffre|bilan|número|cifra|numero|aantal"
    r"|liczbę|число|количество)(?![\w'])[^.!?\n]{0,60}?" + _AS + r"\d"
)
# Or a fact credited to someone: "credit engineer X with the count", "attribute the fault to X".
_CREDITED = r"(?<![\w'])(?:credit|attribute|ascribe)(?![\w'])[^.!?\n]{0,60}?(?<![\w'])(?:with|to)\s"
# Within a clause: no stop, except a figure's separator ("mit 4.210 Tonnen angeben").
_CLAUSE = r"(?:[^.!?\n]|(?<=\d)[.,](?=\d))"
_PRESENTED = Prefiltered(
    factored(
        rf"{_TELLING}{_CLAUSE}{{0,90}}?{_AS}|{_AS}(?:(?!,){_CLAUSE}){{0,60}}?{_TELLING}|{_COUNT}|{_CREDITED}",
        re.IGNORECASE,
    ),
    split=True,
)
# A verb of directing others somewhere ("send" only with people as its object: "send them to ..." may be photos, an
# appeal's), or of giving them a link.
_DIRECT = Prefiltered(
    factored(
        r"(?<![\w'])(?:send (?:people|users|readers|listeners|viewers|callers|everyone)|direct|refer|redirect"
        r"|renvoyer|orienter|rediriger|diriger|verweisen|weiterleiten"
        r"|remitir|dirigir|derivar|redirigir|indirizzare|rimandare|reindirizzare|encaminhar|direcionar"
        r"|verwijzen|doorsturen|kierować|odsyłać|направлять|перенаправлять|link to"
        r"|point (?:\w+ )?(?:to|towards))(?![\w'])"
        r"|(?<![\w'])(?:give|donner|geben|dar|dare|давать|дать)(?![\w'])[^.!?\n]{0,40}?"
        r"(?<![\w'])(?:link|address|lien|adresse|enlace|dirección|indirizzo|ссылк\w*|адрес\w*)(?![\w'])",
        re.IGNORECASE,
    )
)
# An obligation to know or note, then "that" (a fact follows).
_KNOW = factored(
    r"(?<![\w'])(?:know|note|be aware|remember|bear in mind|wissen|beachten|bedenken|savoir|noter|retenir"
    r"|saber|tener en cuenta|sapere|tenere presente|ter em conta|weten|wiedzieć|знать|учесть|помнить)"
    r"[ \t,]+(?:that|dass|que|qu'|che|dat|że|что)(?![\w'])",
    re.IGNORECASE,
)
# A fact: a figure that is not a year, a web address, or a name of two capitalised words not opening the sentence.
_FIGURE = factored(r"\d[\d.,\u202f\u00a0 ]*\d|\d")
_YEAR = factored(r"(?:1[89]|20)\d\d")
_ADDRESS = factored(r"https?://|www\.|\w\.[a-z]{2,}/", re.IGNORECASE)
_NAME = factored(r"(?<=[\w,;:]\s)[A-ZÀ-ÞА-Я][a-zà-ÿа-я'-]+\s+[A-ZÀ-ÞА-Я][a-zà-ÿа-я'-]+")


def _fact(text: str) -> bool:
    if _ADDRESS.search(text) or _NAME.search(text):
        return True
    return any(not _YEAR.fullmatch(m.group(0)) for m in _FIGURE.finditer(text))


# What an obligation is found to be: its content a fact of the story (set apart), or a machine's duty with no fact of
# its own (a note, if it points back at one: see `pointers`).
FACT, MACHINE = "fact", "machine"


def _obliges(sentence: str) -> str | None:
    f = _addressing_features()
    modal = f.modal.search(sentence) or _MODAL_MORE.search(sentence)
    if modal is None:
        return None
    machine = bool(_ASSISTANT.search(sentence) or names_processor(sentence, f))
    if machine and _fact(sentence):
        return FACT
    told = _PRESENTED.search(sentence, modal.end()) or _KNOW.search(sentence, modal.end())
    if told is None and _DIRECT.search(sentence, modal.end()):
        told_address = _ADDRESS.search(sentence, modal.end()) is not None
        return FACT if told_address else (MACHINE if machine else None)
    if told is not None and _fact(sentence[modal.end() :]):
        return FACT
    return MACHINE if machine else None


def obliged_spans(text: str, sentences: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """The sentences of `text` (its spans in `sentences`) that oblige a machine to give a fact of the story, or
    someone to word one (under `FACT`; see the module's docstring), and those that oblige a machine to do something
    with no fact of their own (under `MACHINE`)."""
    found: dict[str, list[tuple[int, int]]] = {FACT: [], MACHINE: []}
    # The obligation words are looked for once in the whole text: most sentences of a story have none.
    f = _addressing_features()
    starts = sorted(m.start() for pattern in (f.modal, _MODAL_MORE) for m in pattern.finditer(text))
    for lo, hi in sentences if starts else ():
        if bisect.bisect_left(starts, lo) < bisect.bisect_left(starts, hi):
            verdict = _obliges(text[lo:hi])
            if verdict is not None:
                found[verdict].append((lo, hi))
    return found
