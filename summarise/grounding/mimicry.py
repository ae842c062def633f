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
- **worked examples**: a line labelled as a model's input ("Article:", "Texto:", "Lead:") followed by one labelled as
  its output ("Summary:", "Résumé :", "Headline:"), both lines, as a few-shot prompt sets them. An outlet's own
  summary box ("Resumo:", "In short:") has no input line before it, and stays;
- an **end of the text** that the text goes on after ("*** END OF ARTICLE ***", "=== Ende des Textes ===",
  "（本文完）", a line of its own): what follows in its paragraph, or the next paragraph when it stands alone. A
  wire's closing "(END)" with nothing after it sets nothing apart.

A marker or a placeholder inside quotation marks is quoted: a story about a chatbot that was fed "[INST]", or about
a bank's message that went out as "{{имя_клиента}}, ваша заявка одобрена" (a fresh-eyes review, tests/data/review59).
"""

from __future__ import annotations

import re

from ..patterns import factored
from .dictated import QUOTE_PAIRS

# (any of a template's special tokens, "<|…|>", but one that closes: "<|start_of_role|>", "<|user|>")
_INLINE_TURN = factored(r"<\|(?!(?:im_)?end|eot|eos)[\w-]{2,30}\|>|<start_of_turn>|\[INST\]|<<SYS>>")
_LINE_TURN = factored(
    r"\n[ \t]*(?:#{1,4}[ \t]*(?i:system|instructions?|response|user|assistant|input|output)[ \t]*:?[ \t]*$"
    r"|(?:SYSTEM|USER|ASSISTANT|Human|Assistant|System)[ \t]*:)",
    re.MULTILINE,
)
_CLOSE_TURN = factored(r"<\|(?:(?:im_)?end[\w-]*|eot[\w-]*|eos)\|>|<end_of_turn>|\[/INST\]|<</SYS>>")
_PLACEHOLDER = factored(r"\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\}|%[A-Z][A-Z_]{2,}%|\[\[[\w.]+\]\]")
_END = factored(
    r"\n[^\w\n]*(?:(?:end|fin|fine|fim|ende|einde|koniec|конец)(?:[ \t]+(?:of|de|du|des|del|della|da|do|van"
    r"|der|dieses|of[ \t]+the|de[ \t]+l['’]|del[ \t]+|do[ \t]+|van[ \t]+het))?[ \t]*(?:the[ \t]+)?(?:article|text"
    r"|story|report|input|document|artikel|artikels|textes?|texto|testo|tekstu?|bericht|berichts|artigo|artículo|articolo"
    r"|nota|notícia|noticia|статьи|текста|материала)|本文完|全文完|完|終|끝|본문[ \t]*끝|기사[ \t]*(?:끝|종료))"
    r"[^\w\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
# How far a turn runs to its closing marker, and how long a role after a marker may be.
_TURN = 2000
_ROLE = 12
_PARAGRAPH_END = factored(r"\n[ \t]*\n")


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


_INPUT_LABEL = (
    r"article|text|texte|texto|testo|tekst|artikel|artigo|artículo|articolo|lead|input|story|nachricht|meldung"
    r"|notícia|noticia|notizia|bericht|wiadomość|статья|текст|新闻|文章|原文|記事|本文|기사|원문"
)
_OUTPUT_LABEL = (
    r"summary|résumé|resumo|resumen|riassunto|samenvatting|zusammenfassung|podsumowanie|streszczenie|резюме|краткое"
    r"|headline|title|titre|titular|título|titolo|kop|schlagzeile|überschrift|tytuł|заголовок|摘要|要約|标题|見出し"
    r"|요약|제목|output|tl;dr"
)
_EXAMPLE = factored(
    rf"\n[ \t*#>-]*(?:{_INPUT_LABEL})[ \t*]*\d*[ \t]*[:：][^\n]+\n(?:[ \t]*\n)?"
    rf"[ \t*#>-]*(?:{_OUTPUT_LABEL})[ \t*]*\d*[ \t]*[:：][^\n]+",
    re.IGNORECASE,
)
# A quotation in straight single quotes too ("'[INST]'"), as short as a marker.
_SINGLE_QUOTED = factored(r"'[^'\n]{1,60}'")


def _quoted(text: str) -> list[tuple[int, int]]:
    return QUOTE_PAIRS.spans(text) + [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]


def mimicry_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that imitate a model's prompt (see the module's docstring)."""
    spans = []
    # (a line's pattern opens on the line break before it: the text is read after one, and offsets are one less)
    lined = "\n" + text
    turns = [(m.start(), m.end() - 1, 0) for m in _LINE_TURN.finditer(lined)]
    if "<" in text or "[" in text:
        turns += [(m.start(), m.end(), _ROLE) for m in _INLINE_TURN.finditer(text)]
    quoted = _quoted(text) if turns or "{" in text or "%" in text or "[[" in text else []
    for start, stop, role in turns:
        if any(lo <= start and stop <= hi for lo, hi in quoted):
            continue
        closing = _CLOSE_TURN.search(text, stop, stop + _TURN)
        if closing and ("role" in closing.group(0) or "header" in closing.group(0)):
            # (a role's own close, "<|end_of_role|>", "<|end_header_id|>": the turn's text follows it)
            closing = _CLOSE_TURN.search(text, closing.end(), stop + _TURN) or closing
        if closing is None:
            # (a marker with only a role after it on its line opens the paragraph after it: "<|im_start|>system")
            line_end = text.find("\n", stop)
            rest = text[stop : len(text) if line_end < 0 else line_end]
            end = _and_next(text, start, stop + len(rest) if len(rest.strip()) <= role else stop)
        spans.append((_line_start(text, start), closing.end() if closing else end))
    for m in _PLACEHOLDER.finditer(text):
        if not any(lo <= m.start() and m.end() <= hi for lo, hi in quoted):
            close = text.find("\n", m.end())
            spans.append((_line_start(text, m.start()), len(text) if close < 0 else close))
    if ":" in text or "：" in text:
        spans += [(m.start(), m.end() - 1) for m in _EXAMPLE.finditer(lined)]
    for m in _END.finditer(lined):
        end = _and_next(text, m.start(), m.end() - 1)
        if text[m.end() - 1 : end].strip():
            spans.append((m.start(), end))
    return spans
