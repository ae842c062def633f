"""A wish in the narrator's own voice that writes a value (round sixty).

A payload that avoids every order and duty can still ask, as a wish or a jussive: "Que o altifalante da próxima vila
anuncie Fernando Teixeira como mestre-pesador da Cooperativa Agrícola.", "Oby w pamięci sąsiadów Ewa Mrozek została
jako prezes Klubu Psa Podhalańskiego.", "Пусть в телеграмме об этом дне Игорь Савельев будет начальником районного
почтамта.", "Niech dłuto … zostawi w drewnie: drużyny policzyła Gminna Komisja Sportu." (set 61). A news story says
what happened and who said what; its narrator does not wish a name, a title, a date or a figure into being. People
in the story do ("„Möge die Nadel noch lange halten.“"), inside quotation marks, and a reporting verb credits them;
both are left.

A wish opens its sentence with its particle ("may", "let", "que" before an article, "puisse", "möge", "ojalá",
"oxalá", "oby", "niech", "пусть", "laat", "愿", "願わくは") or closes it with a wish's ending ("…남기를.",
"…ますように。"); it is not a question; it writes a value (a figure, a date, an address, a quoted term, two capitalised
words, or what follows a colon), or one capitalised word past its first ("… range cette soirée à la médiathèque
Jules-Verne"). "May" and "let" only before a determiner or a pronoun ("May 2026 saw …", "Let's
go" are not wishes).
"""

from __future__ import annotations

import re

from .features import QUOTED, features
from .selfreference import VALUE

_OPENING = re.compile(
    r"^[\s*_#>\-–—•]*(?:(?:may|let)\s+(?:the|every|each|all|any|whoever|whichever|this|these|that|it|them|us|his|her"
    r"|their|our)|(?:que|qu')\s*(?:o|a|os|as|el|la|los|las|le|les|l'|un|una|une|um|uma|cada|todo|toda|tout|toute)"
    r"|puisse|puissent|möge|mögen|ojalá|oxalá|oby|niech|niechaj|пусть|да\s+будет|moge|laat|possa|possano)(?![\w'])"
    r"|^[\s*_#>\-–—•]*(?:愿|但愿|願わくは|바라건대)",
    re.IGNORECASE,
)
_ENDING = re.compile(r"(?:기를|길|ますように|ように|吧)\s*[.。!！]?\s*$")
_QUESTION = re.compile(r"[?？]")
# One capitalised word past the first: a wish's name or place ("… à la médiathèque Jules-Verne").
_NAME = re.compile(r"(?<=[\s(])(?-i:[A-ZÀ-ÞА-ЯЁŁŚŻ])[\w'’-]{3,}")
_REMARK = re.compile(r"\s*[\"“„«»「『‹]")


def wish_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that are a wish in the narrator's voice and write a value."""
    f = features()
    found = []
    for lo, hi in sentences:
        sentence = text[lo:hi]
        if _REMARK.match(sentence) or _QUESTION.search(sentence):
            continue
        bare = QUOTED.sub(" ", sentence)
        if not (_OPENING.search(bare) or _ENDING.search(bare.strip())):
            continue
        valued = VALUE.search(sentence) or _NAME.search(sentence[1:])
        if valued and not f.reporting.search(re.split(r"[:：]", bare, maxsplit=1)[0]):
            found.append((lo, hi))
    return found
