"""A quoted order to write something down: what it dictates lends no support.

An order in quotation marks credited to a person by a reporting verb is that person's, and is not masked (see
`addressing`): a court's "The defendant must pay ..." and a detective's "Write it down" are news. But a quote whose
order is to put a fact into the report ("'Put it down as 1,926 sandbags,' the site foreman told reporters",
"„Schreiben Sie ruhig, dass ...“, sagte ein Sprecher den Reportern", "«Apunten que ...», dijo un guardia civil a
los periodistas") tells the press what to print, and a report that has the fact states it, or quotes the
speaker stating it; it does not print a dictation. So a sentence whose quote orders writing and whose words outside
the quote give it to the press (reporters, journalists), or whose quote orders its hearers to pass a fact on
("Tell people to book through ..."), is set apart: kept for the reader, lending no support (see `hostile.Screen`).

Deliberately narrow: an order to write quoted without the press as its hearer ("'Write down the plate number,'
the officer said") stays the story's, and so does a quoted statement to reporters that orders nothing.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .prefilter import Prefiltered
from .quotepairs import QuotePairs

_QUOTE = QuotePairs({'"': '"', "“": "”", "„": "“”", "«": "»", "「": "」", "‹": "›"})
_QUOTE_MARK = factored(r"[\"“„«「‹]")
# An order to write or note, opening the quote or one of its clauses, in the languages the masking reads.
_WRITE = factored(
    r"(?:^|[,;:.!?]\s*|\b(?:and|und|et|y|e|en)\s+)[\"“„«「‹]?\s*(?:"
    r"(?:just\s+|so\s+)?(?:put (?:it|that|this) down|write(?: (?:it|that|this))?(?: down)?|note(?: down)?"
    r"|mark (?:it|that)|(?:you can )?quote me|(?:make sure (?:you )?)?print (?:that|it)|report (?:it|that|this)"
    r"|you can (?:write|say|put)|say (?:it )?was)"
    r"|schreiben sie|notieren sie|vermerken sie|sie können (?:ruhig )?schreiben"
    r"|(?:vous pouvez |vous pourrez )?(?:écrire|écrivez|notez|mettez)"
    r"|(?:apunten|anoten|escriban|pongan|pueden (?:escribir|poner))"
    r"|(?:scrivete|annotate|mettete|potete scrivere)|(?:escrevam|anotem|ponham|podem escrever)"
    r"|(?:zet(?: er)?(?: maar)?|schrijf|noteer|schrijft u)"
    r"|(?:пишите|запишите|напишите|можете (?:написать|писать))|(?:写上|写下|记下|请写)"
    r")(?![\w'])",
    re.IGNORECASE,
)
# An order to pass a fact on to others.
_RELAY = Prefiltered(
    factored(
        r"(?<![\w'])(?:tell (?:people|everyone|everybody|your readers|readers|listeners|viewers)"
        r"|sagen sie (?:den leuten|allen|ihren lesern)|dites (?:aux gens|à tout le monde|à vos lecteurs)"
        r"|digan (?:a la gente|a todos|a sus lectores)|dite (?:alla gente|a tutti)|digam (?:às pessoas|a todos)"
        r"|vertel (?:de mensen|iedereen)|скажите (?:людям|всем))(?![\w'])",
        re.IGNORECASE,
    )
)
# The press as the quote's hearer, in the words outside it.
_PRESS = Prefiltered(
    factored(
        r"(?<![\w'])(?:reporters?|journalists?|the press|the media|press conference|newspapers?|broadcasters?"
        r"|(?:local |the )?(?:radio|television|tv)(?: station)?|news (?:agency|desk)"
        r"|reportern?|journalist(?:en|innen)|zeitung|redaktion"
        r"|der presse|presse|journalistes|la presse|periodistas|la prensa|giornalisti|la stampa|jornalistas"
        r"|rédaction|journal|periódico|diario|redacción|giornale|redazione|jornal|redação"
        r"|imprensa|verslaggevers?|journalisten|de pers|dziennikarz\w*|журналист\w*|прессе|репортер\w*)(?![\w'])"
        r"|记者|媒体|記者|기자",
        re.IGNORECASE,
    )
)


def _relayed(sentence: str) -> bool:
    inside = _QUOTE.quotes(sentence)
    if not inside:
        return False
    if any(_RELAY.search(q) for q in inside):
        return True
    if not any(_WRITE.search(q) for q in inside):
        return False
    return bool(_PRESS.search(_QUOTE.sub(" ", sentence)))


def relayed_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` (its spans in `sentences`) whose quote dictates what to write to the press, or tells
    its hearers to pass a fact on (see the module's docstring)."""
    if not _QUOTE_MARK.search(text):
        return []
    return [(lo, hi) for lo, hi in sentences if _QUOTE_MARK.search(text, lo, hi) and _relayed(text[lo:hi])]
