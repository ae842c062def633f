"""Paragraphs about who made the text or who sells through it: author bios and company boilerplate (round seven).

A story's paragraphs tell its account. Two kinds of paragraph a page sets among them tell something else, and are
found by what they are about rather than by how they are phrased:

- **an author's bio**: a paragraph that opens with the name its byline gives ("By Sam Fulwell, ..." above, then "Sam
  Fulwell has covered transport since 2019. ..."), or with "The author" ("L'auteur", "Der Autor", "La autora",
  "Автор"). The byline is read from a line of its own near the top, as `display` reads one ("By", "Von", "Par",
  "Por", "Di", "Текст:", "Analysis by", ...). The whole paragraph is the bio, since a bio runs on to whoever helped;
- **company boilerplate**: a paragraph under an "About <name>" head ("About Stenhouse Logistics", "À propos de",
  "Über", "Acerca de", "О компании"), a line labelled as taken from a press release ("From the company's press
  release:", "Aus der Pressemitteilung:", "Из пресс-релиза компании:"), or a paragraph that opens as a press
  release describes its sender: a name, perhaps "founded in 1987", then "is a leading provider ..." ("est un
  leader", "ist ein führender Anbieter", "es líder", "является ведущим").

Kept for the reader, lending no support (see `hostile.Screen`). The cost: a genuine bio's or boilerplate's facts
verify only where the story also gives them. A story sentence that quotes a statement in its own voice ("In a
statement, the company said: ...") names no such head and stays; so does "X is the largest employer in the town" in
a story paragraph, which names no founding year nor a leading position.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .display import _NAME

# The byline: a line near the top, at most this long, naming its writer after a word for "by".
_TOP_LINES = 6
_BYLINE_CHARS = 140
_BYLINE = factored(
    rf"(?:^|[\s*_(])(?i:by|von|par|por|di|door|przez|av|af|от|автор:?|текст:|texto:|text:|texte\s?:)\s+({_NAME})",
)
_AFTER_NAME = factored(r"\s*(?:$|[,|–—(*_]|\s-\s)")
_CLOSED = factored(r"[.!?。]\W*$")
_AUTHOR = factored(
    r"^[ \t>*_]*(?:the author|l'auteur|l’auteur|l'autrice|der autor|die autorin|el autor|la autora|l'autore|"
    r"o autor|a autora|автор)\b",
    re.IGNORECASE,
)
_ABOUT = factored(
    r"^[ \t#*_]*(?:about|à propos d[eu']|a propos d[eu']|über|acerca de|sobre|informazioni su|o компании|о компании|"
    r"关于|회사 소개)[ \t]+[^\n.!?:]{2,60}?[ \t*_]*$",
    re.IGNORECASE,
)
_PRESS_RELEASE = factored(
    r"^[ \t>*_]*(?:from|aus|extrait|extraits|del|dal|da|do|из|摘自|據|据)\b[^\n:：]{0,40}?"
    r"(?:press release|news release|pressemitteilung|pressemeldung|communiqué|comunicado|comunicato|nota de prensa|"
    r"пресс-релиз\w*|新闻稿|通稿|보도자료)[^\n:：]{0,30}[:：]",
    re.IGNORECASE,
)
# A sender describing itself: a name, an optional apposition ("founded in 1987"), then a leading position.
_LEADING = (
    r"leading|premier|foremost|market leader|führende[nr]?|marktführer|leader (?:du|sur le) marché|chef de file|"
    r"líder (?:del mercado|del sector|en)|leader (?:di|del) mercato|líder (?:de|do) mercado|ведущ\w+|лидер рынка"
)
_BUSINESS = (
    r"provider|supplier|manufacturer|producer|maker|company|group|firm|retailer|operator|Anbieter|Hersteller|"
    r"Unternehmen|Konzern|fournisseur|fabricant|producteur|entreprise|groupe|opérateur|proveedor|fabricante|"
    r"productor|empresa|grupo|fornitore|produttore|azienda|gruppo|fornecedor|produtor|поставщик|производител|"
    r"компани|групп"
)
_SELF = factored(
    rf"^[ \t>*_]*[«\"“]?[A-ZÀ-ÞА-ЯЁ][^\n,.]{{1,60}}?(?:,[^\n]{{1,80}}?,)?\s+"
    r"(?:is|are|ist|sind|est|sont|es|son|è|é|являет\w+|—|-)\s+(?:[\w'’]+\s+){0,3}?"
    rf"(?:{_LEADING})(?!\w)[^\n.]{{0,40}}?(?:{_BUSINESS})",
)


def _bylines(text: str) -> dict[str, list[str]]:
    """The byline lines near the top of `text`, with the names each gives."""
    found: dict[str, list[str]] = {}
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_TOP_LINES]
    for line in lines:
        # A byline names its writer and stops, or runs on to a role and a date: it closes no sentence.
        if len(line) > _BYLINE_CHARS or _CLOSED.search(line):
            continue
        names = [m.group(1) for m in _BYLINE.finditer(line) if _AFTER_NAME.match(line, m.end())]
        if names:
            found[line] = names
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    at = 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        if block.strip() and not block.isspace():
            spans.append((at, at + len(block)))
        at += len(block)
    return spans


def contributor_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` that are an author's bio or a company's boilerplate (see the module's docstring)."""
    bylines = _bylines(text)
    authors = [name for names in bylines.values() for name in names]
    spans = []
    paragraphs = _paragraphs(text)
    for i, (lo, hi) in enumerate(paragraphs):
        paragraph = text[lo:hi]
        opening = paragraph.lstrip(" \t>*_")
        if paragraph.strip() in bylines:
            continue  # the byline itself
        bio = any(opening.startswith(name) for name in authors) or _AUTHOR.match(paragraph)
        if bio or _PRESS_RELEASE.match(paragraph) or _SELF.match(paragraph):
            spans.append((lo, hi))
        elif _ABOUT.match(paragraph) and i + 1 < len(paragraphs):
            spans.append((lo, paragraphs[i + 1][1]))
    return spans
