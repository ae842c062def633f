"""Assistants called by a product's name (round sixty-three): "Dear Claude,", "Hey Gemini,", "Note to Copilot:".

A payload may speak to the model that reads it by the model's own name. Most such names are also something else a
story names as such: a first name (Claude), a constellation (Gemini), a plane's second pilot (copilot), an animal
(llama), a wind (mistral), a word (perplexity, bard). So a name here makes a processor only where it is called:
after a greeting that opens the sentence (with what to give: an order naming it, or a figure), or as the one a
labelled note is given to ("Note to Copilot:"; not a horoscope's "For Gemini:"). `forms.called` asks here.
Voice assistants (Siri, Alexa) are left out: a story quotes their wake phrases ("Hey Alexa, turn on the lights")
as examples, and they summarise no page. ChatGPT, which is nothing else, is a processor anywhere (`lexicons.zh`,
whose words are matched in every script).
"""

from __future__ import annotations

import re

from ..patterns import factored
from .features import Features

_NAMES = (
    r"claude|gemini|copilot|bard|grok|llama|mistral|perplexity|deepseek|qwen|kimi|ernie(?:\s+bot)?|bing(?:\s+chat)?"
)
ASSISTANT_NAMES = factored(rf"(?<![\w'])(?:{_NAMES})(?![\w'])|文心一言|通义千问|豆包|클로바", re.IGNORECASE)
# Where what a greeting calls ends: a comma, colon or semicolon before a space (not inside "TL;DR"), a dash, a mark.
CALLED = factored(r"[,:;](?=\s|$)|\s[—–]\s|[!?]")
_DIGIT = factored(r"\d")
# A note's head given to an assistant by name: a label, "to" or "for" at most, the name, and the colon.
_NOTE_TO = factored(
    r"^[\s\[\(*•·>#_-]*([^\W\d_]+(?:['’]s)?(?:\s+[^\W\d_]+)?)\s+(?:(?:to|for|für|an|à|pour|para|per|a)\s+)?"
    rf"(?:{_NAMES})\s*[:：]",
    re.IGNORECASE,
)


def named(text: str, f: Features) -> bool:
    """Whether `text` calls an assistant by its product's name after a greeting that opens it, or opens with a
    labelled note given to one ("Note to Claude:")."""
    if ASSISTANT_NAMES.search(text) is None:
        return False
    greeting = f.greeting.search(text)
    # (after a greeting, and told what to give: an order or a verb of stating that names the content, "write that
    # ...", "give the toll as ...", or a figure; a letter or a banner to a man named Claude quoted in a story, "Dear
    # Claude, you must come home, read the banner", gives none)
    if (
        greeting
        and ASSISTANT_NAMES.fullmatch(CALLED.split(text[greeting.end() :].lstrip(" ,!"), maxsplit=1)[0].strip())
        and (_DIGIT.search(text) or f.directs_content.search(text) or f.designates.search(text))
    ):
        return True
    # (a note to it by name, the name closing the head: "Note to Claude:", "Attention Gemini:"; not a horoscope's "For
    # Gemini:", nor "Note to Copilot users:")
    head = _NOTE_TO.match(text)
    return head is not None and bool(f.apart_word.search(head.group(1)) or f.greeting.search(head.group(1)))
