"""A document the story reproduces, introduced by a sentence of its own: the story's, unless it speaks to machines.

A news story quotes a document at length as it quotes a person: a sentence of its own introduces it and closes
with a colon ("Hallowmere Police issued the following appeal on Wednesday:", "Im Schreiben der Stadt heißt es:",
"声明全文如下："), or announces it with a word for what follows and a stop ("... issued the following appeal.",
"次のような注意書きが掲げられている。", "다음과 같은 안내문을 보냈다."), and the document follows set in, as a
blockquote (`> `, which an HTML `<blockquote>` becomes) or an indented block. `display` sets a set-in block apart
as shown beside the story (a pull quote, an embedded post); so introduced, it is what the story reports, and its
lines lend support as the story's own do: an appeal's telephone number, a recall's batch, a court order's
deadline. Its lines are not judged by their form (a notice's heading, a recipe card's title end without a stop).

Unless another reader masks or sets apart any of its sentences, or any of them speaks of what is done with a text
(summarising, passing on, quoting, reproducing, translating), of its output (a summary, a headline) or of a
machine that processes it (AI, bots, crawlers): such a document is set apart whole, as `display` would set it, so
that what a payload spreads over its other lines lends nothing either. A document a story reproduces has no cause
to speak of how it will be retold ("Nas reproduções deste comunicado, o total é de 9,6 toneladas", "Wer diesen
Brief kürzt, möge vermerken: ..."), and one that does (a post that asks to be shared) lends nothing, as before.
"""

from __future__ import annotations

import re

from .features import features, names_processor
from .moods import PASSING

# A line set in: a blockquote's mark, or an indentation of two spaces or a tab.
_SET_IN = re.compile(r"^(?:[ ]{2,}|\t)\S|^[ \t]*>")
# The introducing sentence's close: a colon (markup after it allowed), at the end of its paragraph.
_INTRODUCES = re.compile(r"[:：][*_\s]*$")
# Enough words to be a sentence of the story rather than a label ("Note:", "Update:"): spaced words, or letters of
# the scripts that write none.
_WORDS = 4
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNSPACED_LETTERS = 6
# What follows, announced: "the following", "folgende", "suivant", "siguiente", "以下", "如下", "次の", "다음과".
_FOLLOWING = re.compile(
    r"(?<![\w'])(?:following|as follows|folgende\w*|wie folgt|suivante?s?|ci-dessous|siguientes?|a continuación"
    r"|seguintes?|seguenti|seguente|volgende|następując\w*|poniższ\w*|следующ\w*|ниже)(?![\w'])"
    r"|以下|如下|下記|次の|次のよう|다음과|아래와",
    re.IGNORECASE,
)
_STOP = re.compile(r"[.。．][*_\s]*$")
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def _introduces(paragraph: str) -> bool:
    lines = paragraph.split("\n")
    if any(_SET_IN.match(line) for line in lines):
        return False
    last = lines[-1].strip()
    if not _INTRODUCES.search(last) and not (_STOP.search(last) and _FOLLOWING.search(_last_sentence(last))):
        return False
    return len(last.split()) >= _WORDS or len(_UNSPACED.findall(last)) >= _UNSPACED_LETTERS


def _last_sentence(line: str) -> str:
    ends = [m.end() for m in re.finditer(r"[.!?。！？](?=\s|$)|[。！？]", line[:-1])]
    return line[ends[-1] :] if ends else line


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


# What is done with a text, beyond `moods`' verbs of passing it on: reproducing, transmitting, reprinting it.
_RETOLD = re.compile(
    rf"(?<![\w'])(?:{PASSING}|reprodu|wiedergab|wiedergeb|transmit|trasmett|przedruk|abdruck|nachdruck|doorgev"
    r"|vermeld|noticiad|resocont|titolar)",
    re.IGNORECASE,
)


def _retold(text: str) -> bool:
    f = features()
    return bool(_RETOLD.search(text) or f.processing.search(text) or names_processor(text, f) or f.output.search(text))


def vetoed(text: str, documents: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The documents any of whose text another reader masked or set apart (`found`), or that speak of what is done
    with a text: set apart whole."""
    return [(lo, hi) for lo, hi in documents if any(a < hi and lo < b for a, b in found) or _retold(text[lo:hi])]
