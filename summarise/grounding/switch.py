"""A paragraph in another language than the article's: an edition's or a partner's note, not the story body.

A news story is written in one language. A paragraph in another one, set among its own ("Deutsche Ausgabe: ...",
"Edição em português: ...", "Note pour l'édition francophone : ..."), speaks to another edition, a syndication
partner or a translator: it is not the story's account, whatever it says. Such a paragraph is set apart like
`furniture`'s notes (kept for the reader, lending no support: see `hostile.Screen`).

Language detection on short text is unreliable, so a paragraph is judged only when it is long enough and the
detector is sure:

- what is inside quotation marks is left out first, so a quote in its speaker's language ("« C'est fini », a dit
  ...", a German article quoting an English minister) stays the story's: a report of what someone said in
  their language is news;
- the paragraph, without its quotes, has at least `_MIN_WORDS` words and `_MIN_LETTERS` letters (a text without
  spaces, Chinese or Japanese, counts by letters only);
- the article's language is the one that holds at least `_MAIN_SHARE` of the judged letters, and the paragraph's
  confidence in it is at most `_MAIN_LEFT` while its own language has at least `_SURE`; a paragraph with quotes
  must read so both without them and with them (what is left by its quotes is often only a name and a verb).

The detector knows more languages than the summariser writes briefs in, so an article in Dutch or Swedish is not
read as a near neighbour paragraph by paragraph. It runs in lingua's low-accuracy mode (trigrams only): its
models load in a fifth of a second rather than six, and a paragraph of eight plain words is long enough for it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from ..language import LANGUAGES
from ..patterns import factored
from .brief import units
from .quotepairs import QuotePairs

# Languages a news article may be written in beyond those briefs are written in: without them, a Dutch paragraph
# would be judged German or English with some confidence.
_MORE = ("nl", "sv", "da", "nb", "fi", "cs", "ro", "hu", "el", "ca", "id", "hr")
_MIN_WORDS = 8
_MIN_LETTERS = 40
_MAIN_SHARE = 0.6
_SURE = 0.9
_MAIN_LEFT = 0.05
# A paragraph that shares at least this share of its words with the rest of the article is in its language.
_FAMILIAR = 0.4
# At least this share of a judged paragraph's words (letters, in a script without spaces) are distinct.
_DISTINCT_SHARE = 0.2
# How many of the other paragraphs are judged to tell the article's language.
_SAMPLE_PARAGRAPHS = 8
# What a quote holds: text between paired quotation marks of any language, on one line.
_QUOTED = QuotePairs({'"': '"', "“": "”", "„": "“”", "«": "»", "»": "«", "「": "」", "『": "』", "‘": "’"})
# (A line break not followed by a blank line: spaces but no line break, then one. Written `\s*\n`, the spaces of a
# long blank stretch were read to its end from each of its line breaks.)
_PARAGRAPH = factored(r"[^\n](?:[^\n]|\n(?![^\S\n]*\n))*")
# What is not a letter, in runs: a text's letters are what is left without them (one string, not one per letter).
_NOT_LETTERS = factored(r"[\W\d_]+")


def _letters(text: str) -> int:
    return len(_NOT_LETTERS.sub("", text))


# Every language the detector tells, as `_confidences` names them.
_CODES = tuple(dict.fromkeys((*LANGUAGES, *_MORE)))


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in _CODES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _judged(paragraph: str) -> str | None:
    """The paragraph's words left to judge its language by (quotes out), or None when too few."""
    bare = _QUOTED.sub(" ", paragraph)
    letters = _letters(bare)
    words = bare.split()
    spaced = len(words) >= _MIN_WORDS
    unspaced = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", bare)) >= _MIN_LETTERS
    if not (letters >= _MIN_LETTERS and (spaced or unspaced)):
        return None
    # A paragraph that writes the same few words over and over ("Mr. Mr. Mr. ...", a run of one letter) is no
    # language's prose, and judged, its letters would outweigh the story's: the story would be set apart as another
    # language's (a hostile text's 2,000 characters of "Mr. " read as Arabic did that to an English article).
    found = words if spaced else _NOT_LETTERS.sub("", bare)  # (words, or letters in a script without spaces)
    return bare if len(set(found)) >= _DISTINCT_SHARE * len(found) else None


# The detector's time grows with the text; a paragraph's opening is enough to tell its language.
_SAMPLE = 240


def _confidences(text: str) -> dict[str, float]:
    return {
        str(value.language.iso_code_639_1.name).lower(): value.value
        for value in _detector().compute_language_confidence_values(text[:_SAMPLE])
    }


def _top(text: str) -> str:
    """The language `_confidences` rates highest, told by the detector's own choice, which is that language and costs a
    third of the confidences (the same on all 19,345 paragraphs of the team's texts); on a tie, which it leaves
    open, by the confidences."""
    language = _detector().detect_language_of(text[:_SAMPLE])
    if language is None:
        confidences = _confidences(text)
        return max(confidences, key=confidences.__getitem__) if confidences else ""
    return str(language.iso_code_639_1.name).lower()


def other_language_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` written, outside their quotes, in another language than the article's."""
    paragraphs = [(m.start(), m.end(), bare) for m in _PARAGRAPH.finditer(text) if (bare := _judged(m.group(0)))]
    if len(paragraphs) < 2:
        return []
    # The detector costs about a millisecond a paragraph. A paragraph in the article's language shares much of its
    # vocabulary with the rest (its function words at least); only one that shares little is a candidate, and the
    # article's language is told from the candidates and a sample of the others.
    words = [set(units(bare)) for _, _, bare in paragraphs]
    counts = Counter(u for own in words for u in own)
    candidates = [i for i, own in enumerate(words) if _shared(own, counts) < _FAMILIAR]
    if not candidates:
        return []
    tops: dict[int, str] = {}
    main = _main_language(paragraphs, candidates, tops)
    if main is None:
        return []
    spans = []
    for i in candidates:
        if tops[i] == main:
            continue  # (rated highest in the article's language: not another one, whatever the confidences)
        lo, hi, bare = paragraphs[i]
        confidences = _confidences(bare)
        if _other(confidences, main) and (
            text[lo:hi] == _QUOTED.sub(" ", text[lo:hi])
            or _other(_confidences(text[lo:hi]), main, max(confidences, key=confidences.__getitem__))
        ):
            spans.append((lo, hi))
    return spans


def _main_language(paragraphs: list[tuple[int, int, str]], candidates: list[int], tops: dict[int, str]) -> str | None:
    """The language holding at least `_MAIN_SHARE` of the letters of the candidates and a sample of the other
    paragraphs, or None when none does or when it would set no candidate apart; `tops` receives the language each
    candidate is rated highest in (`_top`; the confidences are read afterwards, and only for a candidate rated
    highest in another language than the article's: on the stub bench's article, three detector calls instead of
    six).

    The others are judged largest first, and only until the outcome is settled: once one language holds the share
    of all the sample's letters, or none can reach it any more, the rest would not change it. Nor once no language
    that could set a candidate apart can reach it: a candidate can be set apart only from a language other than the
    one it is rated highest in (`_other`), so whichever language then holds the share sets nothing apart, and the
    answer is None as when none does (an article in one language, whose unfamiliar paragraphs read as its own, is
    settled by them and the others' sizes)."""
    others = [i for i in range(len(paragraphs)) if i not in candidates][:_SAMPLE_PARAGRAPHS]
    size = {i: _letters(paragraphs[i][2]) for i in (*candidates, *others)}
    need = _MAIN_SHARE * sum(size.values())
    letters: Counter[str] = Counter()
    for i in candidates:
        tops[i] = _top(paragraphs[i][2])
        letters[tops[i]] += size[i]
    setting_apart = [code for code in _CODES if any(tops[i] != code for i in candidates)]
    left = sum(size[i] for i in others)
    for i in sorted(others, key=lambda i: -size[i]):
        most = letters.most_common(1)[0][1]
        if most >= need or most + left < need:
            break
        if all(letters[code] + left < need for code in setting_apart):
            return None
        left -= size[i]
        letters[_top(paragraphs[i][2])] += size[i]
    main, most = letters.most_common(1)[0]
    return main if most >= need else None


def _shared(own: set[str], counts: Counter[str]) -> float:
    """The share of a paragraph's words (`own`) that another paragraph also writes."""
    return sum(1 for u in own if counts[u] > 1) / len(own) if own else 1.0


def _other(confidences: dict[str, float], main: str, same: str | None = None) -> bool:
    """Whether the confidences say, surely, a language other than `main` (and `same`, when given)."""
    top = max(confidences, key=confidences.__getitem__)
    return (
        top != main
        and (same is None or top == same)
        and confidences[top] >= _SURE
        and confidences.get(main, 0.0) <= _MAIN_LEFT
    )


# A sentence in a spaced Latin script set in an article written in Chinese, Japanese or Korean (round fifty-two): the
# paragraph test above reads whole paragraphs, and a note appended to one of the story's own paragraphs ("…としている。
# Localisation desk: translators will render …") is judged with it. Such an article quotes Latin names, titles and
# short phrases; a sentence of `_LATIN_WORDS` Latin words or more, outside quotation marks, with at most a fifth of
# its letters in the article's script, is another edition's or a partner's note, like a paragraph in another
# language.
_LATIN_WORDS = 8
_CJK = factored(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN_WORD = factored(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]*")


def latin_in_cjk_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a Chinese, Japanese or Korean article written, outside their quotes, in a Latin script."""
    cjk = len(_CJK.findall(text))
    if cjk < _MIN_LETTERS or cjk < 0.6 * _letters(text):
        return []  # not an article in those scripts (or one too short to tell)
    spans = []
    for lo, hi in sentences:
        bare = _QUOTED.sub(" ", text[lo:hi])
        # (a name in the article's script may stand in it: "… render 早瀬由紀子's title as …")
        if len(_LATIN_WORD.findall(bare)) >= _LATIN_WORDS and len(_CJK.findall(bare)) <= 0.2 * _letters(bare):
            spans.append((lo, hi))
    return spans
