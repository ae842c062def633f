"""A sentence's main clause after a fronted adverbial (round sixty-four): "Since the market moved, digests and
aggregators must name the Grain Hall", "Depuis le transfert, les synthèses doivent indiquer ce lieu", "Seit dem
Umzug sollen Aggregatoren die Kornhalle nennen".

`addressing.judge` reads who a sentence speaks to mostly from its opening: the output or the processor as the
subject ("Summaries should give …", "Les synthèses doivent …"). A phrase of time, cause or purpose put before that
subject changes nothing of who is told what, but hid the subject from those readings; so a sentence judged to
address no one, which opens with such a phrase (`_OPENERS`, after a short label or none) and names the text, its
output or a processor after it, is judged again by what may be its main clause, each reading alone:

- the rest after each of its first three commas ("Since Monday, under the revised count, summaries must …");
- the rest from the first word naming the text, its output or a processor, or from the word before it (a
  determiner), where no comma marks the phrase's end (a Russian fronted phrase takes none: "После исправления
  пересказы должны указывать …"), unless a clause's object opens before it ("the regulator decided that …");
- in German, which puts the finite verb right after a fronted phrase, the rest from the first modal verb within
  the first twelve words, the modal moved to the end of the clause's first part, where a German clause may hold it
  ("Seit dem Umzug sollen Aggregatoren die Kornhalle nennen" is read as "Aggregatoren die Kornhalle nennen
  sollen").

Not read so: an opening that credits a source ("according to", "selon", "laut", "по словам"): what follows is the
source's; the openers "as", "comme", "como", which as often open a credit ("Como informó el ayuntamiento, …"); and
prepositions that open a rule's terms ("Under the draft code,", "With the new law,", "Sous le nouveau code,"), after
which a sentence about AI tools reads as an order to them.
A fresh-eyes review of the first version (tests/data/review64) found what this reads since: the later commas, no
comma, a label before, German with a comma after the modal's clause, more openers.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..patterns import factored
from .features import features

_OPENERS = factored(
    # (after a short label: "Update: since the venue moved, …")
    r"^[\W_]*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*)?(?:"
    # English
    r"since|because|after|when|while|whilst|although|though|now\s+that|given(?:\s+that)?|once|until|before"
    r"|following|from|starting|as\s+of|in\s+light\s+of|in\s+view\s+of|in\s+the\s+wake\s+of|due\s+to|owing\s+to"
    r"|ever\s+since|to\s+avoid|for\s+clarity|in\s+order\s+to|henceforth|going\s+forward|considering"
    # French (an elided or joined "de" after a preposition: "à partir d'avril", "en raison du …")
    r"|depuis|puisque|après|lorsque|quand|bien\s+que|étant\s+donné|vu|dès|à\s+partir\s+{de}|à\s+compter\s+{de}"
    r"|afin\s+{de}|pour\s+éviter|suite\s+à|en\s+raison\s+{de}|désormais|dorénavant|par\s+souci\s+{de}"
    r"|maintenant\s+que|compte\s+tenu|à\s+la\s+lumière"
    # Spanish and Portuguese
    r"|desde|ya\s+que|puesto\s+que|dado|después\s+de|tras|cuando|aunque|a\s+partir\s+de|para\s+evitar|debido\s+a"
    r"|en\s+vista\s+de|de\s+ahora\s+en\s+adelante|a\s+la\s+luz\s+de|já\s+que|uma\s+vez\s+que|depois\s+{de}"
    r"|após|quando|embora|devido\s+a|doravante|agora\s+que|à\s+luz\s+{de}"
    # Italian
    r"|poiché|siccome|dato\s+che|visto\s+che|vista|dopo|da\s+quando|dal\s+momento\s+che|sebbene|a\s+partire\s+da"
    r"|per\s+evitare|d['’]ora\s+in\s+poi|in\s+seguito\s+a|a\s+causa\s+{de}|ora\s+che|alla\s+luce\s+{de}"
    # German, before a comma
    r"|seit|seitdem|da|weil|nachdem|als|wenn|obwohl|sobald|damit|um|ab|angesichts|künftig|zukünftig"
    # Russian (a fronted phrase takes no comma there)
    r"|поскольку|так\s+как|после|когда|хотя|раз|с\s+тех\s+пор|начиная\s+с|в\s+связи\s+с|ввиду|чтобы|отныне|теперь"
    r"|из-за|впредь|в\s+свете|с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|сегодняшнего"
    r"|этого|завтрашнего)"
    r")(?![\w'])"
    # Chinese and Japanese
    r"|^[\W_]*(?:由于|因为|自从|鉴于|既然|为了避免|今后|从现在起|随着|自|从)".replace("{de}", r"d(?:['’]\w*|\w*)"),
    re.IGNORECASE,
)
_COMMA = re.compile(r"[,，、]\s*")
# Sources credited in the fronted part: what follows is theirs.
_CREDITED = factored(
    r"(?<![\w'])(?:according|selon|según|segundo|secondo|laut|zufolge|по\s+словам|по\s+данным|согласно)(?![\w'])"
    r"|据|根据",
    re.IGNORECASE,
)
# A clause's object opening after a verb ("the regulator decided that …"): what follows it is that verb's.
_COMPLEMENT = factored(r"(?<![\w'])(?:that|dass|que|qu['’]|che|что|dat|чтобы)(?![\w'])|说|称|表示", re.IGNORECASE)
_GERMAN_FRONT = factored(
    r"^[\W_]*(?:seit|seitdem|nach|ab|wegen|bei|mit|vor|aufgrund|angesichts|infolge|trotz|während|bis|in|im|am|zum"
    r"|zur|nun|jetzt|künftig|zukünftig|ab\s+sofort|daher|deshalb|deswegen|somit|also|inzwischen|mittlerweile|heute"
    r"|fortan|nunmehr)(?![\w'])",
    re.IGNORECASE,
)
_GERMAN_MODAL = factored(
    r"(?<![\w'])(?:müssen|muss|sollen|soll|sollten|sollte|dürfen|darf|mögen|möge|werden|wird)(?![\w'])", re.IGNORECASE
)
_GERMAN_WORDS = 12
_LEAST_REST = 3  # words the main clause needs to be read alone
_COMMAS = 3  # the commas after which the main clause may start ("Since Monday, under the revised count, …")


def main_clauses(sentence: str) -> list[str]:
    """What `sentence` may say after a fronted adverbial (see the module's docstring), each to be read alone; none
    when it opens with none, or when nothing after it names the text, its output or a processor."""
    text = sentence.strip()
    opener = _OPENERS.match(text)
    if opener is None and _GERMAN_FRONT.match(text) is None:
        return []
    f = features()
    found = [p.search(text) for p in (f.output, f.processor, f.weak, f.text_self)]
    named = min((m.start() for m in found if m), default=None)
    if named is None:
        return []  # (nothing to address: the sentence is read once, as before)
    rests: list[str] = []
    if opener:
        # After each of the first commas, when what stands before it credits no source.
        for comma in itertools.islice(_COMMA.finditer(text, opener.end()), _COMMAS):
            if not _CREDITED.search(text, 0, comma.start()):
                rests.append(text[comma.end() :])
        # From the first word naming an addressee (and the word before it, a determiner), with no comma needed,
        # when what stands before it, past the opener, is no verb's clause nor a source's.
        cut = text.rfind(" ", 0, named)
        for at in (named, text.rfind(" ", 0, cut) + 1 if cut > 0 else named):
            front = text[opener.end() : at]
            if (
                at > opener.end()
                and not _COMPLEMENT.search(front.lstrip(" ,").removeprefix("que "))
                and not (_CREDITED.search(text, 0, at))
            ):
                rests.append(text[at:])
    if _GERMAN_FRONT.match(text) and (modal := _GERMAN_MODAL.search(text)):
        front = text[: modal.start()]
        if 0 < len(front.split()) <= _GERMAN_WORDS and not _CREDITED.search(front):
            rests.append(text[modal.start() :])
    readings = [_german_order(rest) or rest for rest in rests]
    return [
        rest
        for rest in dict.fromkeys(readings)
        if len(rest.split()) >= _LEAST_REST or (not rest.isascii() and len(rest) >= 6)
    ]


def _german_order(clause: str) -> str | None:
    """A German clause opening with its modal ("sollen Aggregatoren die Kornhalle nennen, nicht …") with the modal
    at the end of its first part ("Aggregatoren die Kornhalle nennen sollen, nicht …"); None when the clause does
    not open with one."""
    modal = _GERMAN_MODAL.match(clause)
    if not modal:
        return None
    body = clause[modal.end() :].strip()
    comma = _COMMA.search(body)
    head, tail = (body[: comma.start()], body[comma.start() :]) if comma else (body, "")
    stop = head[-1] if head and head[-1] in ".!?" else ""
    head = head[:-1].rstrip() if stop else head
    return f"{head} {modal.group()}{stop}{tail}" if len(head.split()) >= _LEAST_REST - 1 else None


class _Verdict(Protocol):
    @property
    def addresses(self) -> bool: ...


V = TypeVar("V", bound=_Verdict)


def read_again(judge: Callable[[str], V]) -> Callable[[str], V]:
    """`judge`, kept by sentence, with a sentence that addresses no one judged again by its main clause."""

    @functools.lru_cache(maxsize=4096)
    @functools.wraps(judge)  # (kept, and cleared, as the module's own function: bench/overhead.py)
    def judged(sentence: str) -> V:
        whole = judge(sentence)
        if whole.addresses:
            return whole
        return next((again for rest in main_clauses(sentence) if (again := judged(rest)).addresses), whole)

    return judged
