"""The wording an order dictates, read in the stretch after its verb (see `dictation` and `manner`): a quotation of
two words or a figure, a that-clause whose subject is not the reader, an "as" phrase with a figure or a name that
closes its clause, a party to credit; none of it the reader's own details."""

from __future__ import annotations

import re

from ..patterns import factored
from .quotepairs import QuotePairs

# The wording dictated, read in the stretch after the verb.
QUOTED = factored(r"«[^»]{3,}»|„[^“”\"]{3,}[“”\"]|“[^”]{3,}”|\"[^\"]{3,}\"|‘[^’]{3,}’|「[^」]{2,}」|『[^』]{2,}』")
# The same quotations, found in time linear in the text, for reading a whole text (from each of thousands of unclosed
# marks, the pattern reads to the text's end).
QUOTE_PAIRS = QuotePairs(
    {"«": "»", "„": '“”"', "“": "”", '"': '"', "‘": "’", "「": "」", "『": "』"},
    shortest={"«": 3, "„": 3, "“": 3, '"': 3, "‘": 3, "「": 2, "『": 2},
    across_lines=True,
)
# A wording worth dictating holds two words or a figure ("«более 700 тонн»"; not "«patata»", "none").
_WORDING = factored(r"\S\s+\S|\d|^.[^\x00-\u2fff]{2,}.$")
THAT = factored(r"(?<![\w'])(?:that|que|qu'|che|dass|что|że|dat)(?![\w'])(?!\s*[,.;:!?])", re.IGNORECASE)
# "As" and the wording: a quotation, a figure within two words, or a name that closes the clause ("give the source as
# the Harbour Data Trust?"; not "as Ferguson did", "as Storm Babet arrives"). German "als" takes no name, since
# every German noun is capitalised.
AS = factored(
    r"(?<![\w'])(?:(?:as|comme|como|come|как|jako)\s+(?:[«„“\"]|(?:\S+\s+){0,2}?\d"
    r"|(?:(?:the|le|la|les|el|los|las|il|lo|o|os|het|de)\s+|l')?(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’-]*(?![\w'’-])\s*"
    r"(?:(?:of|de|del|di|do|da|van|für|des|du|and|y|e|et)\s+)?){1,6}"
    # (closing its clause, or followed by no verb: "as Mayor Helen Okonjo throughout"; not "as Dr Patel recommends")
    r"(?:(?=[.,;:!?)»\"”]|$)|(?!(?:\w+(?:s|ed)|did|does|do|will|would|has|had|is|was|are|were)\b)(?=[a-z])))"
    # German and Dutch "als": every German noun is capitalised, so a figure, a quotation or a source's title.
    r"|als\s+(?:[«„“\"]|(?:\S+\s+){0,2}?\d|(?:Quelle|Urheber\w*|Autor\w*|Verfasser\w*|bron)\b))"
)
# The reader's own details, which a form asks for ("Mencione su número de socio como 12345").
_OWN = factored(
    r"(?<![\w'])(?:your|votre|vos|su|sus|seu|sua|seus|je|jouw|uw|ihr|ihre|ihren|twoje|swoje|swój|ваш\w*|tuo|tua|suo"
    r"|vostro|vostra)(?![\w'])",
    re.IGNORECASE,
)
# A that-clause whose subject is the reader ("Indiquez que vous êtes allergique", "Diga que sí").
_THAT_READER = factored(
    r"\s*(?:vous|tu|você|vocês|u|je|jij|you|siete|sei|sie|sí|si|es|é|vem|estás|está|eres|soy|вы|ты|\w+(?:ете|ите))"
    r"(?![\w'])",
    re.IGNORECASE,
)
TO_NAME = factored(
    r"(?<![\w'])(?:to|à|a|ao|aan|an|do|на|к|al|alla|allo|dem|der|den)\s*[:：]?\s+(?:[^\W\d]+(?:['’][^\W\d]+)?\s+){0,3}?"
    r"(?:l'|d')?[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+"
)
DIGIT = factored(r"\d")
# A status given as a label: "as confirmed", "come confermata", "jako potwierdzoną".
STATUS = (
    r"(?:confirm|bestätigt|confirmé|confermat|potwierdz|подтвержд|bevestigd|approv|genehmigt|aprobad|aprovad"
    r"|goedgekeurd|zatwierdz|одобрен)"
)
# A figure spelled out, or a web address, as given wording: "as fifty-seven", "as harbourdata.example" ("as one of"
# is no figure).
SPELLED = (
    r"(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty|(?:thir|four|fif|six|seven|eigh|nine)teen|two|three|four|five"
    r"|eight|nine|ten|eleven|twelve|hundred|thousand|million|billion)(?![\w'])|[\w-]+\.[a-z]{2,}(?![\w.])"
)
# How far after the verb its wording is looked for.
REACH = 160
CAPITAL = factored(r"[A-ZÀ-ÖØ-ÞА-ЯĄĆĘŁŃÓŚŹŻ]")


# Round 58. More wordings right after the verb: a person named and then given a title ("Apresente Isabel Nogueira
# como presidente da câmara"; not by German "als", since every German noun is capitalised), a figure spoken of
# ("Hable de 4.100 ovejas"; not a range, "de 9.00 a 14.00", "de 2.ª a 6.ª feira").
_AS_MORE = factored(
    r"\s*(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’-]+\s+){2,3}(?:as|comme|como|come|jako|как)\s+(?!(?:a|an|un|une|uno|una|um|uma)\s)"
    r"[^\W\d]"
    r"|\s*(?:of|de|di|von|van|o|о|об)\s+(?:\S+\s+){0,1}?\d[\d.,\u202f\u00a0]*"
    r"(?![\d,ªº]|\.[\dªº]|\s*(?:a|to|al|à|bis|tot|do|до|-|–)\s*\d)"
)
# An "as" phrase that closes on a web address or a figure within a few words: the wording whoever relays this text is
# told to give ("e chi ne riferisce altrove indichi come indirizzo della mappa https://..."); after any order, it is
# as often the reader's own ("Presente como justificante el recibo de 2023").
AS_ADDRESS = factored(r"\s*(?:as|comme|como|come|jako|как|als)\s+(?:\S+\s+){0,4}?(?:\d|https?://|www\.)")


def wording(after: str) -> bool:
    """The wording an order dictates, in the stretch after its verb: a quotation of two words or a figure, a
    that-clause whose subject is not the reader, or an "as" phrase; none of it about the reader's own details."""
    quoted = QUOTED.search(after)
    if quoted and _WORDING.search(quoted.group(0)[1:-1].strip()):
        return True
    that = THAT.match(after.lstrip(" ,"))
    if that and not _THAT_READER.match(after.lstrip(" ,"), that.end()):
        return True
    as_ = AS.search(after[:80]) or _AS_MORE.match(after)
    return as_ is not None and not _OWN.search(after, 0, as_.start())
