"""Lines whose opening says they are a caption or a box, though written as prose (round six).

`display` sets apart a caption or a fact line by its shape (no closing stop), and `furniture` a box by a label
naming its kind. Both can be written as prose on purpose; two openings still give them away:

- **a caption's opening**: "On our photo, ...", "Sur notre photo, ...", "Na fotografia, ...", "Auf unserem Foto
  ...", "图为...". A sentence that opens by pointing at a picture describes the picture, not the event; it is set
  apart, and so is the rest of its line;
- **a box's title as a clause**: a line that opens with a free relative of at most eight words before a colon
  ("What the ambulance log shows:", "Ce que disent les riverains du chantier :", "Lo que dice el informe
  preliminar:", "Was wir wissen:") titles what follows as a box, however long the title; its line is set apart.
  `furniture` deliberately reads a head of three words or more as a clause: this reads only the relative's form.

Kept for the reader, lending no support (see `hostile.Screen`). A story sentence that starts "What" and asks a
question has no colon after its head; "In the photo, taken in 1998, ..." in a story about a photograph is set
apart too, a deliberate cost.
"""

from __future__ import annotations

import re

from ..patterns import factored

_CAPTION = factored(
    r"^[ \t>*_]*(?:"
    r"(?:on|in) (?:our|this|the above|the) (?:photo|picture|image|photograph)s?"
    r"|(?:sur|dans) (?:notre|cette|la) (?:photo|image)s?|ci-dessus"
    r"|auf (?:unserem|diesem|dem) (?:foto|bild)"
    r"|en (?:nuestra|la|esta) (?:foto|imagen|fotografía)"
    r"|nella (?:nostra )?(?:foto|immagine)|in (?:foto|questa foto)"
    r"|na (?:nossa |nesta )?(?:foto|fotografia|imagem)"
    r"|op (?:onze|de|deze) foto|na (?:naszym |tym )?zdjęciu"
    r"|на (?:нашем |этом )?(?:фото|снимке)"
    r")(?![\w'])"
    r"|^[ \t>*_]*(?:图为|图片中|照片中|写真は|사진은)",
    re.IGNORECASE | re.MULTILINE,
)
_RELATIVE_HEAD = factored(
    r"^[ \t>*_#]*(?:what|ce (?:que|qui)|lo que|was|cosa|quello che|o que|wat|co|что|чего)[ \t]"
    r"[^:：\n.!?]{1,80}?[ \t]*[:：]",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_WORDS = 8


def opener_spans(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that open as a caption or under a box's title written as a clause."""
    spans = []
    for found in (*_CAPTION.finditer(text), *_RELATIVE_HEAD.finditer(text)):
        if found.re is _RELATIVE_HEAD and len(found.group(0).split()) > _HEAD_WORDS:
            continue
        end = text.find("\n", found.end())
        spans.append((found.start(), len(text) if end < 0 else end))
    return spans
