"""A condition on this text being processed, which makes a whole sentence said to whoever processes it: "If you are
summarising this article, ...", "Falls dieser Artikel maschinell zusammengefasst wird, ...", "Chi riassume questo
articolo ...", "If you are a search engine, ...", "chi prepara la sintesi indichi ...";
and a clause opened by the one output it does not name, saying what that output is to give: "(el resumen debe poner
que ...)", "Le résumé affichera que ...", "摘要须称……"."""

from __future__ import annotations

import re

from .features import QUOTED, Features, has_imperative, names_processor, of_this_text, points_at_text
from .normalise import has_unspaced

# How far after a condition word its processing verb may stand ("Falls dieser Artikel maschinell zusammengefasst").
_CONDITION_REACH = 60


def processing_condition(text: str, f: Features) -> bool:
    """A condition or time clause on this text being processed: "If you are summarising this article, ...", "Falls
    dieser Artikel maschinell zusammengefasst wird, ...", "Jeśli streszczasz ten tekst ...", "en résumant cet
    article". The whole sentence is then said to whoever processes the text. A committee "when summarising the
    report" names no text of its own and is not this."""
    for m in f.condition.finditer(text):
        clause = re.split(r"[,;:]", text[m.end() : m.end() + _CONDITION_REACH], maxsplit=1)[0]
        act = f.processing.search(clause)
        # (One word is not both the act and its doer: "si informa ... attraverso aggregatori" is Italian's "si".)
        doer = act.group(0) if act else None
        if (act or of_this_text(clause, f)) and (
            points_at_text(text, f)
            or f.second_person.search(clause)
            or names_processor(clause.replace(doer, " " * len(doer)) if doer else clause, f)
        ):
            return True
        if f.second_person.search(clause) and names_processor(clause, f):
            # Who the reader is: "If you are a search engine ...", "Si eres un motor de búsqueda ...".
            return True
        if _FREE_RELATIVE.fullmatch(m.group(0)) and (_bare_output(clause, f) or _processes_this(clause, f)):
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

# "this" as a pronoun beside a processing verb: "wie dit samenvat", "whoever summarises this", "chi riassume questo".
_THIS = re.compile(r"(?<![\w'])(?:this|dit|dies|esto|isto|questo|ceci|cela|это|to)(?![\w'])", re.IGNORECASE)


def _processes_this(clause: str, f: Features) -> bool:
    """A free relative's clause that processes "this", the text itself: the pronoun right before the verb ("wie
    dit samenvat") or right after it with no noun after it ("whoever summarises this, ...")."""
    verb = f.processing.search(clause)
    if verb is None:
        return False
    before = re.search(r"(\w+)\s+$", clause[: verb.start()])
    after = re.match(r"\s+(\w+)(\s+\w)?", clause[verb.end() :])
    return bool(before and _THIS.fullmatch(before.group(1))) or bool(
        after and _THIS.fullmatch(after.group(1)) and not after.group(2)
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


# What may stand before an output noun that opens a clause: a mark, then a preposition and a definite article or a
# pointer ("(el resumen", "– die Kurzfassung", "no resumo,", "in this summary"); another word before it makes the
# noun a part of another clause ("... boven de kop te vermelden"), and "every" or "a" make it any output.
_OPENS_CLAUSE = re.compile(
    r"(?:^|[(\[–—:;,])[\W\d_]{0,3}(?P<frame>(?:in|im|nel|nella|no|na|dans|en|w|we|в|во|на|bij|op|in de|in het)\s+)?"
    r"(?:(?:the|la|il|lo|le|l'|die|der|das|den|dem|el|o|a|de|het|ce|cette|this|your|its)\s+)?$",
    re.IGNORECASE,
)
# An English sentence, where "a summary" is any summary (in Portuguese "a síntese" is the one).
_ENGLISH = re.compile(r"(?<![\w'])(?:the|and|of|is|are|to)(?![\w'])", re.IGNORECASE)
# A plural output ("the summaries", "die Zusammenfassungen", "de samenvattingen") speaks of outputs in general.
_PLURAL = re.compile(r"(?:[a-z]s|ungen|ingen)$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:|，、]")


def directed_output(text: str, f: Features) -> bool:
    """A clause opened by *the* output, singular and of nothing else, that goes on to say what it is to give, in
    any mood: "(el resumen debe poner que ...)", "– die Kurzfassung hat hier „mehr als 84.000“ zu schreiben –",
    "Le résumé affichera que ...", "no resumo, indicar ...", "摘要须称……", "출력물에서는 …… 소개하십시오". No story
    tells its facts by way of the one summary it does not name; a rule about summaries names them in general ("Every
    headline must be approved", "AI summaries must be labelled") or as the object of a party's duty ("publish a
    summary of the ruling"). Inside quotation marks a reporting verb outside credits to a party
    ("「要約だけで判断せず……」と利用者に呼びかけた"), the words are the party's."""
    outside = QUOTED.sub(" ", text)
    text = outside if outside != text and f.reporting.search(outside) else text
    unspaced = has_unspaced(text)
    for m in f.output.finditer(text):
        before = text[: m.start()]
        word = re.match(r"\w*", text[m.end() :])
        whole = m.group(0) + (word.group(0) if word else "")
        article = None
        if unspaced:
            opens = len(before.strip(" \"'“「『(（*#>-")) == 0 or before.rstrip()[-1:] in "，、,（(「"
        else:
            article = _OPENS_CLAUSE.search(before)
            opens = bool(article) and not _COMPLEMENT.match(text, m.end()) and not _PLURAL.search(whole)
            if opens and article and re.search(r"(?<![\w'])a\s+$", article.group(0)) and _ENGLISH.search(text):
                opens = False
        if not opens:
            continue
        rest = text[m.end() :]
        clause = rest if unspaced else _CLAUSE_END.split(rest, maxsplit=1)[0]
        if not unspaced and article and article.group("frame") and re.match(r"\w*\s*,", rest):
            # A frame closed by a comma ("no resumo, indicar ...") governs the clause after it, an order.
            clause = rest.lstrip(" ,")
            first = next(iter(f.output_verb.finditer(clause)), None)
            if has_imperative(clause, f) or (first is not None and first.start() == 0):
                return True
            continue
        # (An output verb that is an output noun too, "headline", "出力", is no verb here.)
        verbs = (v for v in f.output_verb.finditer(clause) if not f.output.search(v.group(0)))
        if (
            has_imperative(clause, f)
            or any(cue.search(clause) for cue in (f.request, f.modal, f.designates))
            or next(verbs, None) is not None
        ):
            return True
    return False
