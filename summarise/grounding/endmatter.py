"""What a text sets after its story's end, and run-in heads: found by the shape of a news text, not by a label.

A news text runs headline, dek, byline, dateline, body paragraphs, and then stops. What a page or a wire copy sets
after that end (a background box, a short-news item, a service footer, the masthead's imprint) is not the story's
account, whatever it says and whether or not it carries a label the lexicons know. The end is clear when the body
is closed by a mark no paragraph of prose is:

- a **sign-off**: a line wholly in brackets, short and without digits, after the body ("(art)", "(FL)", "(Editing
  by Martin Sole)", "(dpa/jb)");
- a **rule**: a line of rule characters ("____", "=====", "-----"), or a label between two rules ("--- INTERN
  ---");
- an **end word or filing code**: "###", "-30-", "ENDS", "(END)", "Ende", or an agency's code of short lower-case
  tokens ("dpx jb yydd");
- an **author's name** on a line of its own (round six): two to four capitalised words and nothing else ("Julie
  Castagnet", "*Anna Kowalska*"), the signature a local paper closes its copy with;
- a **credit of how the text was made**, a short line of its own (round six): "Información elaborada con datos
  del ayuntamiento.", "Compiled with reporting from agencies.", "Mit Material von dpa.", "Texte rédigé avec l'AFP."

Everything after the first such mark that follows at least `_BODY` paragraphs of prose is end matter, when it is
a short tail (at most `_TAIL_SHARE` of the text, so a section break in a long feature is not an end). A text with
no such mark has no end matter here: a box after it is found by its title (`furniture`) or not at all.

A **line above the headline**: a text that opens with a sentence (closed by a stop) and only then sets a headline
(a line of `_HEADLINE_WORDS` words or more with no closing stop, its own paragraph) has put that sentence above the
story: a sponsor line, a pinned note, an advisory. A headline itself does not close as a sentence does, nor with a
colon, which introduces what follows (a web page whose headline the reader took out: its lead, then "The police
issued this appeal:" and the appeal).

A **run-in head** opens a paragraph with a few bold or italic words closed by a stop or a colon and names a kind
of furniture ("**Última hora.** ...", "*Update.* ...", "__Breaking.__"): a label as `furniture` reads one before a
colon, and it governs its paragraph. A run-in head naming no kind ("**Method:** Soften a chopped onion ...", "**So
gehen Sie vor:** ...") is the story's own step or instruction, and stays.

Such text is kept for the reader (not masked) and lends no support, as `furniture`'s: see `hostile.Screen`.
"""

from __future__ import annotations

import bisect
import re

from ..patterns import factored
from .display import hidden_spans
from .furniture import kind_pattern

_SIGN_OFF = factored(r"^[ \t]*\([^()\d\n]{1,40}\)[ \t]*$", re.MULTILINE)
# An end word or code a wire or a press release closes its copy with: "###", "-30-", "ENDS", "(END)", "Ende", or
# an agency's filing code of short lower-case tokens ("dpx jb yydd").
_END_WORD = factored(
    r"^[ \t]*(?:#{3}|-\s?30\s?-|\(?(?:END|ENDS|ENDE|FIN|FINE|KONIEC|КОНЕЦ|Ende|Fin)\)?"
    r"|[a-z]{2,5}(?:[ \t]+[a-z0-9]{2,6}){1,3})[ \t]*$",
    re.MULTILINE,
)
# A signature: two to four capitalised words (a particle between them allowed), alone on a line; a word in capitals
# only ("DATOS CLAVE") is a box's title, not a name.
_NAME_WORD = r"[A-ZÀ-ÞА-ЯŁŚŻŹĆ](?=[^\W\d_]*[a-zß-ÿа-яąćęłńóśźż])[^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?"
_NAME_LINE = factored(
    rf"^[ \t*_]*{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|da|di|del|la|le|dos|das)[ \t]+)?{_NAME_WORD}){{1,3}}[ \t*_]*$",
    re.MULTILINE,
)
# A credit of how the text was made: a line of at most twelve words that opens by saying it (its first word may
# name it: "Información", "Texte") was compiled, prepared or written from something, or with an agency's material.
# (Its opening marks are taken whole, "*+": given back one by one, each retried the look ahead to the line's end.)
_CREDIT_LINE = factored(
    r"^[ \t*_(]*+(?=(?:\S+[ \t]+){0,11}\S+[ \t]*$)(?:[^\W\d]+[ \t]+)?(?:"
    r"(?:elaborad[oa]|compiled|prepared|written|produced|erstellt|verfasst|rédigée?|réalisée?|élaborée?|elaborat[oa]"
    r"|preparad[oa]|redigid[oa]|opracowan[oy]|подготовлен[оа]?)[ \t]+(?:con|with|from|mit|avec|à partir|d'après|par"
    r"|por|com|da|con|z|на основе|по)"
    r"|(?:additional|with) reporting|mit material|unter verwendung|avec (?:l'afp|afp|agences|reuters)"
    r"|con (?:agencias|información de agencias)|con datos de)(?![\w'])[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A ruled line, bare or with a label of at most 30 characters and no digit ("----", "—— Ende ——"): what the pattern
# "^[ \t]*(?:R{3,}|R{2,}[ \t]*[^\n\d]{1,30}?[ \t]*R{2,})[ \t]*$" finds, R the rule's characters, told line by line
# (that pattern split a long line of them every way before failing: 28 s for 10,000 underscores and a letter).
_RULE_CHARS = "-_=~—–"
_RULE_LABEL = 30
# A paragraph of prose: a line of 80 characters or more closed by a stop. (From a line's start only: tried from each
# character of a long line with no stop, it cost the line's square.)
_PROSE_PARAGRAPH = factored(r"^[^\n]{80,}[.!?。！？\"'”’»)][ \t]*(?:\n|$)", re.MULTILINE)
_BODY = 2
_TAIL_SHARE = 0.35
_RUN_IN = factored(
    r"^[ \t>]*(?:\*\*|__|\*|_)(?=\S)(?P<head>[^*_\n]{1,40}?)(?:[.:：!](?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)[.:：])[ \t]+\S"
)
_RUN_IN_WORDS = 4


def _body_before(text: str, prose: list[int], start: int) -> bool:
    """Whether `text[:start]` holds `_BODY` prose paragraphs or more (`prose`: where each of the text's lines that is
    one ends): those whose lines end before `start`, and the line `start` cuts, read up to it."""
    whole = bisect.bisect_left(prose, start)
    if whole != _BODY - 1:
        return whole >= _BODY
    return _PROSE_PARAGRAPH.match(text, text.rfind("\n", 0, start) + 1, start) is not None


def _end(text: str) -> int | None:
    """Where the story's end matter starts, or None."""
    found = [*_SIGN_OFF.finditer(text), *_END_WORD.finditer(text), *_NAME_LINE.finditer(text)]
    found += _CREDIT_LINE.finditer(text)
    marks = sorted([*((m.start(), m.end()) for m in found), *_rules(text)])
    # (the prose paragraphs found once, where each line ends: counted again before each mark, a text of thousands of
    # marks cost its square)
    found_prose = _PROSE_PARAGRAPH.finditer(text) if marks else iter(())
    prose = [m.end() - 1 if m.group(0).endswith("\n") else m.end() for m in found_prose]
    for start, end in marks:
        if not _body_before(text, prose, start):
            continue
        tail = text[end:]
        if not tail.strip():
            return None
        if len(tail) <= _TAIL_SHARE * len(text):
            return end
    return None


def _rules(text: str) -> list[tuple[int, int]]:
    """The ruled lines of `text` (see `_RULE_CHARS`), each line's span."""
    spans = []
    at = 0
    for line in text.split("\n"):
        rule = line.strip(" \t")
        lead = len(rule) - len(rule.lstrip(_RULE_CHARS))
        trail = len(rule) - len(rule.rstrip(_RULE_CHARS))
        if lead == len(rule):
            ruled = len(rule) >= 3
        else:
            label = rule[lead : len(rule) - trail]
            ruled = lead >= 2 and trail >= 2 and len(label.strip(" \t")) <= _RULE_LABEL
            ruled = ruled and not any(ch.isdecimal() for ch in label)
        if ruled:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


_HEADLINE_WORDS = (4, 20)
# A sentence's close (a headline may end in "?" or "!", rarely in a full stop), and a byline's opening word.
_CLOSED = factored(r"[.。][\"'”’»)\]*_]*$")
_SENTENCE_WORDS = 8
_BY_WORD = factored(r"^(?:By|Von|Par|Por|Di|Door|Przez|Av|Af|От|Автор)\s")
_BLOCK = factored(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")


def _above_headline(text: str, start: int) -> tuple[int, int] | None:
    """The opening paragraph of `text` (from `start`, past hidden text) when it is a sentence set above a headline."""
    blocks = list(_BLOCK.finditer(text, start))[:2]
    if len(blocks) < 2 or "\n" in blocks[1].group(0):
        return None
    first, second = blocks[0].group(0).strip(), blocks[1].group(0).strip(" #*_")
    low, high = _HEADLINE_WORDS
    if not _CLOSED.search(first) or len(first.split()) < _SENTENCE_WORDS or _BY_WORD.match(second):
        return None
    # (A line that closes with a colon introduces what follows it, a quoted document or a list: no headline.)
    if _CLOSED.search(second) or second[-1:] in "?!:：" or not low <= len(second.split()) <= high:
        return None
    return blocks[0].start(), blocks[0].end()


def end_matter_spans(text: str) -> list[tuple[int, int]]:
    """The span after the story's end (see the module's docstring), trimmed of blank space, a sentence above the
    headline, and run-in heads' paragraphs."""
    spans = []
    # The visible text begins past front matter and comments that open it.
    start = 0
    for lo, hi in sorted(hidden_spans(text)):
        if not text[start:lo].strip():
            start = max(start, hi)
    above = _above_headline(text, start)
    if above is not None:
        spans.append(above)
    end = _end(text)
    if end is not None:
        while end < len(text) and text[end].isspace():
            end += 1
        spans.append((end, len(text.rstrip())))
    at = 0
    for line in text.split("\n"):
        found = _RUN_IN.match(line)
        head = found.group("head") if found else ""
        if found and len(head.split()) <= _RUN_IN_WORDS and kind_pattern().search(head):
            spans.append((at + len(line) - len(line.lstrip()), at + len(line)))
        at += len(line) + 1
    return [(lo, hi) for lo, hi in spans if hi > lo]
