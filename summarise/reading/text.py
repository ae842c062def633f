"""Sentences and words with offsets: the grid every other reader works on."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? followed by a space or the end (so "6.5" and "U.S." do not end one), at the
# full-width and Arabic marks, which need no space, or at a line end.
_SENTENCE = re.compile(
    r"(?:[^\n.!?。！？؟]|[.!?](?!\s|$))+(?:[.!?]+[\"'”’»)」』]*(?=\s|$)|[。！？؟]+[”」』]*|$)", re.MULTILINE
)
# An abbreviation or an initial does not end a sentence: "Gen. Smith", "J. Doe", "St. Petersburg".
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZА-ЯІЇЄ]|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|St|Jr|Sr|No|Nr|Co|Inc|Ltd|Corp|vs|etc"
    r"|bzw|ca|Dr|Hr|Fr|Abs|Art|Mme|Mlle|M|Sra|Sr|Dña|г|ул|им|тыс|млн|млрд|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
    r"|Dec|janv|févr|avr|juil|sept|oct|nov|déc|ene|dic))\.$"
)


# Lines that describe the page, not the story: "Published: 27 Dec. 2024", "Updated ...", "BY KIM MIN-YOUNG".
_METADATA = re.compile(
    r"(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Publié|Mis à jour|Publicado|Actualizado|Опубликовано|"
    r"Опубліковано|Оновлено)\s*:|(?:By|BY|Von|Par|Por)\s+[A-ZÀ-Þ]{2,}|입력\s|수정\s|发布时间|更新"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its offsets into the article, and whether it is the article's headline line."""

    start: int
    end: int
    headline: bool = False


def sentences(text: str) -> list[Sentence]:
    """The article's sentences, in order, trimmed, with offsets; the first line is the headline when it stands
    alone above a blank line and carries no sentence mark of its own."""
    found: list[Sentence] = []
    first_break = text.find("\n")
    headline_end = -1
    # The first line is the headline when it is short and carries no sentence mark of its own.
    if 0 < first_break < 200:
        line = text[:first_break].rstrip()
        if line and line[-1] not in ".。!?！？؟":
            headline_end = len(line)
    pending: int | None = None
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if pending is not None:
            start = pending
            pending = None
        body = text[start:end]
        # Join a sentence cut after an abbreviation to the one after it, on the same line.
        if _ABBREVIATION.search(body) and end < len(text) and text[end : end + 1] == " ":
            pending = start
            continue
        if _METADATA.match(text, start, end):
            continue
        found.append(Sentence(start, end, headline=start == 0 and end <= headline_end))
    if pending is not None:
        found.append(Sentence(pending, len(text.rstrip())))
    return found
