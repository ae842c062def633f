"""A document the story reproduces, introduced by a sentence of its own: the story's, unless it speaks to machines.

A news story quotes a document at length as it quotes a person: a sentence of its own introduces it and closes
with a colon ("Hallowmere Police issued the following appeal on Wednesday:", "Im Schreiben der Stadt heißt es:",
"声明全文如下："), and the document follows set in, as a blockquote (`> `, which an HTML `<blockquote>` becomes) or
an indented block. `display` sets a set-in block apart as shown beside the story (a pull quote, an embedded post);
so introduced, it is what the story reports, and its lines lend support as the story's own do: an appeal's
telephone number, a recall's batch, a court order's deadline. Its lines are not judged by their form (a notice's
heading, a recipe card's title line end without a stop).

Unless another reader masks or sets apart any of its sentences: a document that speaks anywhere to whoever
processes the text, or holds a note of another kind, is set apart whole, as `display` would set it, so that what a
payload spreads over the document's other lines lends nothing either.
"""

from __future__ import annotations

import re

# A line set in: a blockquote's mark, or an indentation of two spaces or a tab.
_SET_IN = re.compile(r"^(?:[ ]{2,}|\t)\S|^[ \t]*>")
# The introducing sentence's close: a colon (markup after it allowed), at the end of its paragraph.
_INTRODUCES = re.compile(r"[:：][*_\s]*$")
# Enough words to be a sentence of the story rather than a label ("Note:", "Update:"): spaced words, or letters of
# the scripts that write none.
_WORDS = 4
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNSPACED_LETTERS = 6
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def _introduces(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    if any(_SET_IN.match(line) for line in lines) or not _INTRODUCES.search(lines[-1]):
        return False
    last = lines[-1].strip()
    return len(last.split()) >= _WORDS or len(_UNSPACED.findall(last)) >= _UNSPACED_LETTERS


def introduced_documents(text: str) -> list[tuple[int, int]]:
    """The spans of the set-in documents of `text` that a paragraph of the story introduces (see the module)."""
    paragraphs = [(m.start(), m.end(), m.group(0)) for m in _PARAGRAPH.finditer(text)]
    documents: list[tuple[int, int]] = []
    i = 1
    while i < len(paragraphs):
        if not _set_in(paragraphs[i][2]) or not _introduces(paragraphs[i - 1][2]):
            i += 1
            continue
        start = paragraphs[i][0]
        while i + 1 < len(paragraphs) and _set_in(paragraphs[i + 1][2]):
            i += 1
        documents.append((start, paragraphs[i][1]))
        i += 1
    return documents


def _set_in(paragraph: str) -> bool:
    return all(_SET_IN.match(line) for line in paragraph.split("\n"))


def vetoed(documents: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The documents any of whose text another reader masked or set apart (`found`): set apart whole."""
    return [(lo, hi) for lo, hi in documents if any(a < hi and lo < b for a, b in found)]
