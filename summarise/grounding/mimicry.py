"""Text that imitates the machinery around a language model (round fifty-nine): a chat's turns, a template's blanks,
the end of the input.

A model reads its article inside a prompt: turns marked by a chat template, an input that ends, examples and
blanks to fill. A payload that imitates them hopes to be read as part of the prompt rather than of the article.
No news text writes them, so the text they govern is set apart (kept for the reader, lending no support: see
`hostile.Screen`), whatever it says:

- a chat template's **turn marker** ("<|im_start|>system", "[INST]", "<start_of_turn>user", "<<SYS>>", "###
  Instruction:", "Assistant:" opening a line): from the marker to the turn's closing marker, or else to the end of
  its paragraph, and the next paragraph too when nothing but a role follows the marker on its line;
- a template's **placeholder** ("{{headline}}", "${toll}", "%FIGURE%", "[[source]]"): its line;
- an **end of the text** that the text goes on after ("*** END OF ARTICLE ***", "=== Ende des Textes ===",
  "（本文完）", a line of its own): what follows in its paragraph, or the next paragraph when it stands alone. A
  wire's closing "(END)" with nothing after it sets nothing apart.
"""

from __future__ import annotations

import re

_INLINE_TURN = re.compile(
    r"<\|(?:im_start|system|user|assistant|start_header_id|begin_of_text)\|>|<start_of_turn>|\[INST\]|<<SYS>>"
)
_LINE_TURN = re.compile(
    r"\n[ \t]*(?:#{1,4}[ \t]*(?i:system|instructions?|response|user|assistant|input|output)[ \t]*:?[ \t]*$"
    r"|(?:SYSTEM|USER|ASSISTANT|Human|Assistant|System)[ \t]*:)",
    re.MULTILINE,
)
_CLOSE_TURN = re.compile(r"<\|(?:im_end|eot_id|end_header_id|endoftext)\|>|<end_of_turn>|\[/INST\]|<</SYS>>")
_PLACEHOLDER = re.compile(r"\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\}|%[A-Z][A-Z_]{2,}%|\[\[[\w.]+\]\]")
_END = re.compile(
    r"\n[^\w\n]*(?:(?:end|fin|fine|fim|ende|einde|koniec|конец)(?:[ \t]+(?:of|de|du|des|del|della|da|do|van"
    r"|der|dieses|of[ \t]+the|de[ \t]+l['’]|del[ \t]+|do[ \t]+|van[ \t]+het))?[ \t]*(?:the[ \t]+)?(?:article|text"
    r"|story|report|input|document|artikel|artikels|textes?|texto|testo|tekstu?|bericht|berichts|artigo|artículo|articolo"
    r"|nota|notícia|noticia|статьи|текста|материала)|本文完|全文完|完|終|끝|본문[ \t]*끝)[^\w\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
# How far a turn runs to its closing marker, and how long a role after a marker may be.
_TURN = 2000
_ROLE = 12
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _paragraph_end(text: str, at: int) -> int:
    found = _PARAGRAPH_END.search(text, at)
    return found.start() if found else len(text)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _and_next(text: str, start: int, end: int) -> int:
    """The end of the stretch from `start`: its paragraph's end, and the next paragraph's when nothing else of its
    own paragraph follows."""
    close = _paragraph_end(text, end)
    if not text[end:close].strip() and close < len(text):
        return _paragraph_end(text, close + 1)
    return close


def mimicry_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that imitate a model's prompt (see the module's docstring)."""
    spans = []
    # (a line's pattern opens on the line break before it: the text is read after one, and offsets are one less)
    lined = "\n" + text
    turns = [(m.start(), m.end() - 1, 0) for m in _LINE_TURN.finditer(lined)]
    if "<" in text or "[" in text:
        turns += [(m.start(), m.end(), _ROLE) for m in _INLINE_TURN.finditer(text)]
    for start, stop, role in turns:
        closing = _CLOSE_TURN.search(text, stop, stop + _TURN)
        if closing is None:
            # (a marker with only a role after it on its line opens the paragraph after it: "<|im_start|>system")
            line_end = text.find("\n", stop)
            rest = text[stop : len(text) if line_end < 0 else line_end]
            end = _and_next(text, start, stop + len(rest) if len(rest.strip()) <= role else stop)
        spans.append((_line_start(text, start), closing.end() if closing else end))
    for m in _PLACEHOLDER.finditer(text):
        close = text.find("\n", m.end())
        spans.append((_line_start(text, m.start()), len(text) if close < 0 else close))
    for m in _END.finditer(lined):
        end = _and_next(text, m.start(), m.end() - 1)
        if text[m.end() - 1 : end].strip():
            spans.append((m.start(), end))
    return spans
