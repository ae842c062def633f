"""A line opened by the reuse of this text it is for (round fifty-three): "Quoting this in a residents' bulletin? Who
confirmed the insurers' promise? Deputy Chief Executive Imogen Rathbone did.", "Per i bibliotecari che archiviano
l'articolo: che incarico ricopre Lucia Benvenuti? Commissaria straordinaria del consorzio."

A story does not stop to ask its reader whether they are quoting it, nor label a line for those who archive "the
article": both say that what follows on the line is for whoever reuses the text. Such an opening addresses them, and
with the rest of its line (see `following.governed_end`) it blanks what it says to them. Three forms are read:

- a short question that names nothing but a reuse of this text: a verb of passing on, quoting, translating or
  archiving, with "this" or this text named ("Quoting this in a newsletter?", "Vous traduisez cet article ?"; not
  "it", which is anything: "Filing it late?");
- a Chinese need to pass it on with leave to use a value ("如需转发，可使用这一最新数字");
- a label before a colon for readers named by a relative clause whose verb so uses the text ("Per i bibliotecari
  che archiviano l'articolo:", "For editors who reprint the story:").
"""

from __future__ import annotations

import re

from ..patterns import factored
from .moods import PASSING
from .normalise import has_unspaced
from .quotepairs import QuotePairs
from .textwords import DEMONSTRATIVE, WHO

# Reuses beyond passing on: archiving, filing, excerpting, reading out, putting in a newsletter or a bulletin.
_REUSE = (
    rf"(?:{PASSING}|archiv|fil(?:e|ing)|excerpt|reus|reprodu|read\w*\s+(?:\w+\s+)?out|includ|embed|summar|"
    r"archiev|archiw|архив|überneh|abdruck|cop(?:y|ie)|kopi|копир|przepis|sched|catalog|katalog|каталог)\w*"
)
# This text: "this" alone, or an article's noun after a demonstrative or a definite article ("l'articolo"); not "it",
# which is anything ("Filing it late?"), nor figures or data, which are the story's ("who file the report online").
_TEXT = (
    r"article|story|piece|item|text|artikel|beitrag|meldung|nachricht|stuk|tekst|bericht|texte|dépêche|articolo|"
    r"testo|notizia|servizio|artículo|texto|noticia|artigo|notícia|artykuł|materiał|wiadomość|статью|текст|"
    r"материал|заметку|новость|informację|informacje|информацию|"
    # (round fifty-six) its clipping: "All'archivista che schederà il ritaglio …:"
    r"ritaglio|clipping|coupure|recorte|knipsel|wycinek|вырезку"
)
_THIS = rf"this|(?:{DEMONSTRATIVE}|the|l'|la|le|il|lo|el|o|a|het|de|das|den|der|die)\s*(?:{_TEXT})"
_QUESTION = factored(
    rf"^[\W_]*(?:(?:vous|you|are\s+you|se|du|sie|u|je|jij|ty|wy|вы|ты|lei|voi|você|vocês|usted)\s+)?(?:{_REUSE})(?![\w'])\s+(?:{_THIS})(?![\w'])[^.!?:\n]{{0,60}}[?？]\s*$",
    re.IGNORECASE,
)
# This text named as another's: "le texte d'un auteur", "the article of the treaty" (round fifty-five).
_NOT_ANOTHERS = r"(?!\s*(?:d['’]|(?:de|du|des|of|di|del|della|dello|da|do|van|von|der)(?![\w'])))"
_RELATIVE = r"who|that|die|der|welche|qui|que|che|wie|którzy|który|które|кто|которые|который"
_LABEL = factored(
    r"^[\W_]*(?:(?:for|to|per|pour|aux?|para|a|für|an|voor|dla|для)\s+|all['’]|alla\s+|alle\s+|agli\s+|ai\s+|al\s+"
    r"|à\s+l['’]|ao\s+|aos\s+|à\s+|às\s+)(?:\w+\s+){1,4}?"
    rf"(?:{_RELATIVE})\s+(?:\w+\s+){{0,2}}?(?:{_REUSE})(?![\w'])\s+(?:\w+\s+){{0,2}}?(?:{_THIS})(?![\w']){_NOT_ANOTHERS}"
    r"[^:：\n]{0,40}[:：]",
    re.IGNORECASE,
)

# A label for whoever reuses this text, named by a free relative or by a participle (round fifty-five): "Per chiunque
# riporti la notizia:", "Dla przepisujących tę informację:", "Уточнение для цитирующих:", "Note for anyone quoting
# this piece:". Up to two words may stand before ("Уточнение", "Note"). This text must be named, and not as another's
# ("ceux qui copient le texte d'un auteur"); a bare participle of quoting or reprinting only, right before the colon
# ("Для цитирующих:"): news writes labels for those translating, publishing or copying other texts ("Dla
# tłumaczących:", "Для копирующих чужие тексты:", "For those quoting scripture:"), as a review with fresh eyes found.
_REUSING = (
    r"quoting|citing|reprinting|republishing|copying|translating|forwarding|reposting|excerpting|archiving"
    r"|(?:cytuj|przepisuj|przedrukowuj|tłumacz|publikuj|kopiuj|udostępni|przekazuj|powiel|przejmuj|archiwizuj)ących"
    r"|(?:цитирую|перепечатываю|пересказываю|переводя|публикую|копирую|распространяю|пересылаю|архивирую)щих"
)
_QUOTING = r"quoting|reprinting|republishing|cytujących|przedrukowujących|цитирующих|перепечатывающих"
_FOR = r"^[\W_]*(?:[^\W\d_]+\s+){0,2}?(?:for|per|pour|para|für|voor|dla|для)\s+"
_LABEL_WHO = factored(
    rf"{_FOR}(?:{WHO})\s+(?:\w+\s+){{0,2}}?(?:{_REUSE})(?![\w'])\s+(?:\w+\s+){{0,2}}?(?:{_THIS})(?![\w']){_NOT_ANOTHERS}"
    r"[^:：\n]{0,40}[:：]",
    re.IGNORECASE,
)
_LABEL_REUSING = factored(
    rf"{_FOR}(?:(?:those|all|anyone|everyone|wszystkich|всех)\s+)?(?:(?:{_REUSING})\s+(?:{_THIS})(?![\w']){_NOT_ANOTHERS}"
    rf"[^:：\n.!?]{{0,40}}|(?:{_QUOTING})\s*)[:：]",
    re.IGNORECASE,
)


# A need to pass this text on, then leave to use a value: "如需转发，可使用这一最新数字" (a notice asking for the
# source, "如需转载，请注明来源", gives no value, and is the paper's).
_IF_NEEDED = factored(
    r"(?:如需|如要|若需)(?:转发|转载|引用|分享|转述)[^。！？]{0,4}?[，,]\s*可(?:以)?(?:使用|采用|引用)(?:这|此|该)"
)


# In Japanese, whoever is in charge of a copy, spoken to (round fifty-six): "速報プッシュ通知の担当者へ：…と表示する
# こと。", "短信欄の担当記者は、…だと書いてください。"; the request closes the sentence outside quotation marks (an
# official's appeal is quoted: "市の担当者は「…してください」と呼びかけた").
_IN_CHARGE = factored(
    r"(?:担当者|担当記者|担当の方|ご担当者?|担当デスク|翻訳者|編集者)(?:へ|の方へ|様|各位)?[：:]"
    r"|(?:担当者|担当記者|担当の方|翻訳者|編集者)(?:は|の方は|におかれましては)[^。]{0,80}?"
    r"(?:ください|下さい|すること|のこと)[。]?\s*$"
)
# (paired by `QuotePairs`: the pattern `「[^」]*」|『[^』]*』` read to the text's end from each unclosed mark)
_JA_QUOTED = QuotePairs({"「": "」", "『": "』"}, across_lines=True)


def reuse_opening(text: str) -> bool:
    """Whether `text` opens with a question or a label that names only a reuse of this text (see above)."""
    if has_unspaced(text) and _IN_CHARGE.search(_JA_QUOTED.sub("「」", text)):
        return True
    if (":" in text or "：" in text) and (_LABEL_WHO.search(text) or _LABEL_REUSING.search(text)):
        return True  # (the label is read at the line's opening, whatever follows it)
    if len(text) > 160:
        return False
    if has_unspaced(text) and _IF_NEEDED.search(text):
        return True
    stripped = text.strip()
    return (stripped.endswith(("?", "？")) and _QUESTION.search(stripped) is not None) or (
        (":" in text or "：" in text) and _LABEL.search(text) is not None
    )
