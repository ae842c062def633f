"""Who a reporting clause's pronoun or participle stands for.

- A personal pronoun with no party credited before it ("Defence Minister Ivo Starkel visited the border post on
  Thursday. He said …") stands for the first person named in the sentence before: a run of two to four capitalised
  words, the way a news story names someone before it goes on with "he" or "she".
- A French verb inverted with its pronoun ("a-t-elle dit", "précise-t-il", "ont-ils affirmé") has that pronoun for its
  subject ("a-t-on appris", impersonal, has none).
- A participle after a clause ("…, the agency said on Monday, adding that the recall would go on"; "ajoutant que",
  "añadiendo que", "добавив, что", "додавши, що", "مضيفا أن") says more for the clause's own party.
"""

from __future__ import annotations

import re

from ..models import ClaimStatus
from ..patterns import factored
from .cues import Cue
from .text import Sentence, trim

Range = tuple[int, int]

# Singular personal pronouns: "he", "she" and their kind stand for a person.
# "selon la même source", "the same source": the party last named.
SAME_SOURCE = factored(
    r"^(?:(?:la|the|dieselbe|derselben|la misma|el mismo)\s+)?(?:même source|same source|misma fuente|mismo portavoz|"
    r"selben Quelle|той же источник|тим же джерелом)$"
    # ("За її словами": whose words, the party last named)
    r"|^(?:його|її|їх|его|её|ее|их)$",
    re.IGNORECASE,
)
PRONOUNS = factored(
    r"^(?:he|she|they|it|him|her|them|er|sie|es|ihm|ihnen|il|elle|ils|elles|lui|eux|él|ella|ellos|он|она|они|він|"
    r"вона|вони|هو|هي)$",
    re.I,
)
# "він у Facebook", "he on X": a pronoun and the channel after it; "її словами", "его словам": whose words.
PRONOUN_AND_CHANNEL = factored(
    r"^(?:he|she|they|er|sie|il|elle|él|ella|он|она|они|він|вона|вони)\s+(?:in|on|auf|sur|en|dans|в|у|на)\s"
    r"|^(?:його|її|їх|его|её|ее|их)\s+(?:словами|оцінкою|оцінками|підрахунками|даними|словам|оценке|оценкам|мнению|"
    r"подсч[её]там)$",
    re.I,
)
PERSONAL = factored(
    r"^(?:he|she|him|her|er|sie|ihm|il|elle|lui|él|ella|он|она|він|вона|його|її|его|её|ее)$", re.IGNORECASE
)
# Two to four capitalised words in a row: a person's name, with a title before it at most.
# (a run of two to four capitalised words: a name, a title before it at most; `inversion` reads one too)
NAME_RUN = r"(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+\s+){1,3}[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+"
_NAMED = factored(rf"(?<![\w'’-]){NAME_RUN}(?![\w'’-])")
# (words that open a sentence with a capital without naming anyone)
_OPENERS = factored(
    r"(?:the|a|an|in|on|at|after|before|when|while|der|die|das|am|im|le|la|les|un|une|el|los|las|en|в|у|на|після|после)$",
    re.IGNORECASE,
)
_FRENCH_PRONOUN = factored(r"-(?:t-)?(il|elle|ils|elles)(?![\w'’-])")
_PARTICIPLE = factored(
    r"(?<![\w'’-])(?:adding|noting|saying|stressing|insisting|warning|ajoutant|précisant|soulignant|assurant|"
    r"estimant|añadiendo|agregando|señalando|asegurando|precisando|subrayando|добавив|отметив|подчеркнув|пояснив|"
    r"уточнив|додавши|зазначивши|наголосивши|пояснивши|уточнивши)(?![\w'’-])|(?:مضيفا|مضيفاً|مشيرا|مشيراً|مؤكدا|"
    r"مؤكداً|موضحا|موضحاً)(?!\w)",
    re.IGNORECASE,
)
_THAT = factored(
    r"\s*,?\s*(?:(?:[^\s«“\"„,]+\s+){0,5}?(?:that|que|qu['’]|dass|что|що|إلى أن|أن|إن)(?:\s+|(?<=['’])))?",
    re.IGNORECASE,
)


def person_before(text: str, sentences: list[Sentence], s: Sentence) -> Range | None:
    """The first person named in the sentence before `s`, in the same paragraph: two to four capitalised words, the
    first of them not a word that merely opens the sentence."""
    before = [x for x in sentences if x.end <= s.start]
    if not before or "\n\n" in text[before[-1].end : s.start]:
        return None
    last = before[-1]
    for m in _NAMED.finditer(text, last.start, last.end):
        words = m.group(0).split()
        if _OPENERS.match(words[0]):
            words = words[1:]
            if len(words) < 2:
                continue
            return m.end() - len(" ".join(words)), m.end()
        return m.span()
    return None


def french_pronoun(text: str, cue: Range, end: int) -> Range | None:
    """The pronoun a French verb is inverted with, in its cue or right after it ("a-t-il déclaré", "dit-elle")."""
    m = _FRENCH_PRONOUN.search(text, cue[0], min(end, cue[1] + 10))
    return m.span(1) if m and (m.start() < cue[1] or m.start() == cue[1]) else None


def participles(text: str, s: Sentence, after: int) -> list[tuple[Range, Range]]:
    """Each participle that goes on after a reporting clause ending at `after`, with what it says: the rest of the
    sentence, up to the next participle, without a "that" opening it."""
    found = list(_PARTICIPLE.finditer(text, after, s.end))
    out = []
    for i, m in enumerate(found):
        if not re.search(r"[,،]\s*$", text[max(s.start, m.start() - 3) : m.start()]):
            continue  # (a participle goes on after a comma: ", adding that …")
        stop = found[i + 1].start() if i + 1 < len(found) else s.end
        opening = _THAT.match(text, m.end(), stop)
        claim = trim(text, opening.end() if opening else m.end(), stop)
        if claim[1] - claim[0] >= 8:
            out.append((m.span(), claim))
    return out


# A verb of saying set inside a quotation, between commas or dashes, with its party after it: "« On a tout donné, a
# reconnu le capitaine Yanis Keddar, mais ça n'a pas suffi. »", "«Ми зробили все, що могли, — сказав капітан. — Але …»".
_INTERRUPTED = factored(r"[^,—–]{1,80}?(?:,|\s[—–]|\.)(?:\s*[—–]?\s*\S|\s*$)")


def interrupts(text: str, s: Sentence, cue: Range, said: Cue) -> bool:
    """Whether a verb of saying inside quotation marks interrupts the quotation to say whose it is: after a comma
    (and a dash), with at most a few words and then a comma, a dash or a stop before the quotation goes on."""
    if said.status is not ClaimStatus.CLAIMED or said.relay:
        return False
    if not re.search(r",\s*[—–]?\s*$", text[s.start : cue[0]]):
        return False
    return _INTERRUPTED.match(text, cue[1], s.end) is not None and len(text[cue[1] : s.end].split()) >= 3
