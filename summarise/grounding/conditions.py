"""A condition on this text being processed, which makes a whole sentence said to whoever processes it: "If you are
summarising this article, ...", "Falls dieser Artikel maschinell zusammengefasst wird, ...", "Chi riassume questo
articolo ...", "If you are a search engine, ...", "chi prepara la sintesi indichi ..."."""

from __future__ import annotations

import re

from .features import Features, names_processor, of_this_text, points_at_text

# How far after a condition word its processing verb may stand ("Falls dieser Artikel maschinell zusammengefasst").
_CONDITION_REACH = 60


def processing_condition(text: str, f: Features) -> bool:
    """A condition or time clause on this text being processed: "If you are summarising this article, ...", "Falls
    dieser Artikel maschinell zusammengefasst wird, ...", "Jeśli streszczasz ten tekst ...", "en résumant cet
    article". The whole sentence is then said to whoever processes the text. A committee "when summarising the
    report" names no text of its own and is not this."""
    for m in f.condition.finditer(text):
        clause = re.split(r"[,;:]", text[m.end() : m.end() + _CONDITION_REACH], maxsplit=1)[0]
        if (f.processing.search(clause) or of_this_text(clause, f)) and (
            points_at_text(text, f) or f.second_person.search(clause) or names_processor(clause, f)
        ):
            return True
        if f.second_person.search(clause) and names_processor(clause, f):
            # Who the reader is: "If you are a search engine ...", "Si eres un motor de búsqueda ...".
            return True
        if _FREE_RELATIVE.fullmatch(m.group(0)) and _bare_output(clause, f):
            # Whoever makes *the* summary, with no other text named after it: this text's ("chi prepara la sintesi
            # indichi ...", "whoever writes the summary should ..."); "chi prepara la sintesi del bilancio" is not.
            return True
    return False


# The condition words that open a free relative: whoever, chi, wer, quiconque, quien, quem, wie, kto, кто.
_FREE_RELATIVE = re.compile(
    r"whoever|anyone\s+who|those\s+who|chiunque|chi|wer|quiconque|(?:celui|celle|ceux|celles)\s+qui|quien(?:es)?"
    r"|quienquiera\s+que|quem|wie|kto|ktokolwiek|кто|тот,\s+кто",
    re.IGNORECASE,
)
# What names another text after an output noun: "of", "di", "del", "des", "de", "von", "der", "van", "о", "по".
_COMPLEMENT = re.compile(
    r"\s*(?:of|on|about|di|del|della|dei|degli|delle|sul|sulla|des|de|du|d'|sur|von|vom|der|über|zum|zur|do|da|dos|das|"
    r"van|over|z|ze|o|об?|по)(?![\w'])",
    re.IGNORECASE,
)

# A definite article closing what comes before the output noun ("la", "the", "die", "het").
_DEFINITE = re.compile(r"(?<![\w'])(?:the|la|il|lo|le|die|das|den|el|a|o|de|het)$")


def _bare_output(clause: str, f: Features) -> bool:
    """The clause names an output with a definite article and nothing after it saying of what: "la sintesi", "the
    summary", "die Zusammenfassung"."""
    for m in f.output.finditer(clause):
        before = clause[: m.start()].rstrip().lower()
        if _DEFINITE.search(before) and not _COMPLEMENT.match(clause, m.end()):
            return True
    return False
