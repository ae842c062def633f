"""A condition on this text being processed, which makes a whole sentence said to whoever processes it: "If you are
summarising this article, ...", "Falls dieser Artikel maschinell zusammengefasst wird, ...", "Chi riassume questo
articolo ...", "If you are a search engine, ..."."""

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
    return False
