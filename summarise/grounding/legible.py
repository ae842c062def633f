"""The article as its reader sees it: words spelled so that a search for them fails while a reader reads them at once.

A payload can hide the words the hostile-text screen knows it by ("summary", "editors", "should") behind characters
that a reader does not see, or sees as the plain letter. The screen judges the article as written and, when this
view of it differs, the view too; what it finds in the view is mapped back to the article's own offsets (see
`hostile.find_directives`). The view only ever adds to what the screen finds: it is never shown and never quoted.

What the view undoes:
- invisible format characters (zero-width space, non-joiner and joiner, word joiner, soft hyphen, byte-order mark,
  invisible operators, direction marks) are left out; Unicode's tag characters, which spell ASCII invisibly ("ASCII
  smuggling"), read as the ASCII they spell;
- letters written in a compatibility form read as the letter: fullwidth Latin and halfwidth katakana, mathematical
  bold, italic, script and double-struck letters, circled, parenthesised and squared letters, small capitals,
  superscript letters, ligatures, CJK compatibility ideographs and Kangxi radicals;
- combining marks left on a Latin, Cyrillic or Greek letter after NFC (marks no precomposed letter holds) are left out;
- a word that mixes Latin with Cyrillic or Greek letters reads in the script most of its letters are in, its other
  letters taken as their look-alikes there ("rероrt" is "report", "пpeсса" is "пресса");
- letters spelled apart read as one word: five or more single letters one or two spaces apart ("s u m m a r y",
  two spaces between words), four or more joined by one kind of dot, hyphen, slash or middle dot ("r.e.p.o.r.t");
  in Chinese and Japanese, single characters spaced or dotted apart ("摘 要", "要・約");
- a line broken inside a word or a sentence reads as one line: after a letter (and a hyphen or soft hyphen, which
  goes: "sum-⏎mary") or a comma, before a lower-case letter; in Chinese and Japanese, between two characters, but
  for the text's first line (a headline above its story).

- accented letters the text writes at most twice, in a sentence where marks are strewn on letters no precomposed
  letter holds ("d́igẽst"), read as their base letter;
- digits standing for letters inside a Latin word, between two letters ("H1nw31s", "s4m3nv4tt1ng3n": 0 1 3 4 5 7 as
  o i e a s t).

It does not undo transliteration into another script ("zhaiyao", "dlya pereskaza"). Numeric character references
are `obfuscation`'s.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..patterns import factored
from .obfuscation import LATIN

# Invisible format characters (of Unicode's category Cf, those a text in a European or CJK script can carry).
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_TAGS = "\U000e0001\U000e0020-\U000e007f"
# Blocks whose characters NFKC reads as plain letters or digits: fullwidth Latin letters (not fullwidth digits or
# punctuation, which Chinese and Japanese write as a matter of course), letterlike
# symbols, circled letters, CJK compatibility ideographs, Kangxi radicals, ligatures, modifier (superscript)
# letters, mathematical alphanumerics, squared letters.
_COMPATIBLE = (
    "\uff21-\uff3a\uff41-\uff5a\u2100-\u214f\u24b6-\u24e9\uf900-\ufaff\u2f00-\u2fd5\ufb00-\ufb06\u1d2c-\u1d6a\u02b0-\u02b8"
    "\U0001d400-\U0001d7ff\U0001f130-\U0001f149"
)
_SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz", strict=True))
# Letters no NFKC mapping reads as the letter: parenthesised (NFKC gives "(a)"), negative circled and squared.
_BOXED = {
    **{chr(0x249C + i): chr(0x61 + i) for i in range(26)},
    **{chr(0x1F150 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0x1F170 + i): chr(0x41 + i) for i in range(26)},
}
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CYRILLIC_GREEK = "\u0370-\u03ff\u0400-\u04ff\u0531-\u058f"
# A character the first pass reads otherwise: invisible, a tag, a compatibility letter, halfwidth kana (read by the
# run: a voicing mark joins the kana before it), or a combining mark after a Latin, Cyrillic or Greek letter.
_LETTER_FORM = factored(
    f"[{_INVISIBLE}{_TAGS}{_COMPATIBLE}{''.join(_SMALL_CAPITALS)}\u249c-\u24b5\U0001f150-\U0001f189]"
    f"|[\uff61-\uff9f]+|(?<=[{LATIN}{_CYRILLIC_GREEK}{_MARKS}])[{_MARKS}]+"
)
# Look-alikes: a Cyrillic or Greek letter read as the Latin one, and a Latin letter read as the Cyrillic one.
_AS_LATIN = dict(
    zip(
        "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХІЈЅαονικρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧмткнвпгօսցհոզՍՕ",
        "aeopcyxijsdqwhlABEKMHOPCTXIJSaovikptuABEZHIKMNOPTYXmtkhbnrougbnqUO",
        strict=True,
    )
)
_AS_CYRILLIC = dict(zip("aeopcyxABEKMHOPCTX", "аеорсухАВЕКМНОРСТХ", strict=True))
_SCRIPTS_MEET = factored(f"[{LATIN}][{_CYRILLIC_GREEK}]|[{_CYRILLIC_GREEK}][{LATIN}]")
_WORD = factored(r"[^\W\d_]+")
_SPACED = factored(r"(?<![^\W\d_])(?:[^\W\d_][ \u00a0\u2009\u202f\u200a]{1,2}){4,}[^\W\d_](?![^\W\d_])")
_JOINED = factored(r"(?<![^\W_])(?:[^\W\d_]([.\-/·_])){3,}[^\W\d_]\1?(?![^\W_])")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_CJK_APART = factored(f"(?<![{_CJK}])[{_CJK}](?:[ \u3000·・/／]+[{_CJK}])+(?![{_CJK}])")
# A slash between two CJK characters splits a word ("摘/要"); Chinese and Japanese write none inside one.
_CJK_SLASH = factored(f"(?<=[{_CJK}])[/／](?=[{_CJK}])")
# A line broken after a letter or a comma, before a lower-case letter (any letter but capitals and those of scripts
# without case).
_LOWER = f"[^\\W\\d_A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω{_CJK}\uac00-\ud7af]"
_BROKEN_LINE = factored(f"(?:(?<=[^\\W\\d_])|(?<=,))([-\u00ad\u2010]?)[ \t]*\n[ \t]*(?={_LOWER})")
_BROKEN_WORD = factored(f"-[ \t]+(?={_LOWER})")
_CONJUNCTION = factored(
    r"(?:und|oder|bis|sowie|and|or|to|et|ou|y|o|e|en|of|i|lub|oraz|и|или|tot|a|od|do)(?![\w'])", re.IGNORECASE
)
_BROKEN_CJK_LINE = factored(f"(?<=[{_CJK}])\n(?=[{_CJK}])")
# Whether a text can read otherwise at all, told by searches cheaper than the rules' own (most texts have none of
# these): a character read otherwise, a single letter spaced or dotted apart from three more, a line opening on a
# lower-case letter; outside ASCII, the two alphabets meeting in a word, and CJK text.
_FORM_CHAR = factored(
    f"[{_INVISIBLE}{_TAGS}{_COMPATIBLE}{''.join(_SMALL_CAPITALS)}\u249c-\u24b5\U0001f150-\U0001f189\uff61-\uff9f{_MARKS}]"
)
_LETTER = r"[^\W\d_]"
_GAP = "[ \u00a0\u2009\u202f\u200a]"
_MAY_SPACED = factored(
    f"{_GAP}{_LETTER}{_GAP}{{1,2}}{_LETTER}{_GAP}{{1,2}}{_LETTER}{_GAP}{{1,2}}{_LETTER}(?!{_LETTER})"
)
_MAY_JOINED = factored(f"([.\\-/·_]){_LETTER}\\1{_LETTER}\\1{_LETTER}")
# (from a run's first digit only: tried from each, a long run with no letter after it was read to its end from each)
_MAY_LEET = factored(r"(?<![013457])[013457]+[A-Za-z]")
_MAY_BREAK = factored(f"\n[ \t]*{_LOWER}")
_CYRILLIC_GREEK_CHAR = factored(f"[{_CYRILLIC_GREEK}]")
_CJK_CHAR = factored(f"[{_CJK}]")


def _may_leet(text: str) -> bool:
    return any(
        m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha() for m in _MAY_LEET.finditer(text)
    )


def _may_differ(text: str) -> bool:
    if _MAY_BREAK.search(text) or _MAY_SPACED.search(text) or _MAY_JOINED.search(text) or _may_leet(text):
        return True
    if "- " in text and any(_after_letter(text, m) for m in _BROKEN_WORD.finditer(text)):
        return True
    if text.isascii():
        return False
    # (the text's other characters, each looked at once: cheaper than a search of the text per class)
    others = "".join(ch for ch in set(text) if ch > "\x7f")
    return bool(
        _FORM_CHAR.search(others)
        or (_CYRILLIC_GREEK_CHAR.search(others) and (_SCRIPTS_MEET.search(text) or _CYRILLIC_LEET_WORD.search(text)))
        or (
            _CJK_CHAR.search(others)
            and (_CJK_APART.search(text) or _BROKEN_CJK_LINE.search(text) or _CJK_SLASH.search(text))
        )
    )


@dataclass(frozen=True)
class View:
    """An article as read (`text`), with the span of the article each of its characters stands for."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """The article's span that the view's span [lo, hi) stands for."""
        if hi <= lo:
            at = self.starts[lo] if lo < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[lo], self.ends[hi - 1]


class _Units:
    """The view as it is built: its characters, each with the article's span it stands for."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.starts = list(range(len(text)))
        self.ends = list(range(1, len(text) + 1))

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def replace(self, spans: list[tuple[int, int, str]]) -> None:
        """Each stretch [lo, hi) of the current text (in order, not overlapping) read as its new text; every new
        character stands for the whole stretch."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        at = 0
        for lo, hi, new in spans:
            chars += self.chars[at:lo]
            starts += self.starts[at:lo]
            ends += self.ends[at:lo]
            start, end = self.starts[lo], self.ends[hi - 1]
            chars += new
            starts += [start] * len(new)
            ends += [end] * len(new)
            at = hi
        self.chars = chars + self.chars[at:]
        self.starts = starts + self.starts[at:]
        self.ends = ends + self.ends[at:]


def _letter_form(found: str) -> str | None:
    """What `_LETTER_FORM`'s find reads as, or None to leave it."""
    first = found[0]
    if "\uff61" <= first <= "\uff9f":
        return unicodedata.normalize("NFKC", found)
    if "\U000e0020" <= first <= "\U000e007f":
        return chr(ord(first) - 0xE0000)
    if unicodedata.category(first) in ("Cf", "Mn", "Me"):
        return ""
    if first in _SMALL_CAPITALS or first in _BOXED:
        return _SMALL_CAPITALS.get(first) or _BOXED[first]
    folded = unicodedata.normalize("NFKC", first)
    return folded if folded.isalnum() else None


def _one_script(word: str) -> str:
    """A word of Latin and Cyrillic or Greek letters, in the one script its look-alikes can all be read in (in the
    script most of its letters are in, when both or neither can)."""
    latin = "".join(_AS_LATIN.get(ch, ch) for ch in word)
    cyrillic = "".join(_AS_CYRILLIC.get(ch, ch) for ch in word)
    as_latin = _SCRIPTS_MEET.search(latin) is None
    if as_latin != (_SCRIPTS_MEET.search(cyrillic) is None):
        return latin if as_latin else cyrillic
    return latin if 2 * sum(1 for ch in word if ch.isascii() or "À" <= ch <= "ɏ") >= len(word) else cyrillic


def _mixed_words(text: str) -> list[tuple[int, int, str]]:
    # Each meeting of scripts belongs to the word around it. The walk back to that word's start stops where the walk
    # for the meeting before it started from: the letters between are known (walked back from each meeting in full,
    # a long word of mixed letters cost its square).
    starts = set()
    known_start = known_to = 0  # text[known_start:known_to] are a word's letters, known_start its start
    for meet in _SCRIPTS_MEET.finditer(text):
        at = meet.start()
        while at > known_to and _WORD.match(text[at - 1]):
            at -= 1
        known_start, known_to = (known_start if at == known_to else at), meet.start()
        starts.add(known_start)
    spans = []
    for start in sorted(starts):
        word = _WORD.match(text, start)
        if word is not None:
            spans.append((word.start(), word.end(), _one_script(word.group(0))))
    return spans


def _spaced(match: re.Match[str]) -> str:
    # One space apart: letters of a word; two: between words.
    spaced = re.sub("[\u00a0\u2009\u202f\u200a]", " ", match.group(0))
    return spaced.replace("  ", "\0").replace(" ", "").replace("\0", " ")


def _after_letter(text: str, broken: re.Match[str]) -> bool:
    """Whether a hyphen and space follow a letter and precede no conjunction ("Ein- und Ausgang")."""
    at = broken.start()
    return at > 0 and text[at - 1].isalpha() and not _CONJUNCTION.match(text, broken.end())


def _line_joins(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "" if m.group(1) else " ") for m in _BROKEN_LINE.finditer(text) if _prose(text, m)]
    # (a page's reader turns the line break after a hyphen into a space: "zusammen- fasst"; not "Ein- und Ausgang")
    spans += [(m.start(), m.end(), "") for m in _BROKEN_WORD.finditer(text) if _after_letter(text, m)]
    first = text.find("\n")
    spans += [(m.start(), m.end(), "") for m in _BROKEN_CJK_LINE.finditer(text) if m.start() != first]
    return sorted(spans)


# A line of fields ("location: Carrow Bay", "station;Villiers"), not prose: each is its own.
_FIELD = factored(r"[ \t]*[^\W\d][\w-]*[:;=]")


def _prose(text: str, broken: re.Match[str]) -> bool:
    """Whether the lines either side of a line break are prose, and not fields of a record."""
    opening = text.rfind("\n", 0, broken.start()) + 1
    return _FIELD.match(text, opening) is None and _FIELD.match(text, broken.end()) is None


def view(article: str) -> View | None:
    """The article as its reader sees it (see the module's docstring), or None when that is the article itself."""
    if not _may_differ(article):
        return None
    units = _Units(article)
    units.replace(_line_joins(article))
    text = units.text
    forms = [
        (m.start(), m.end(), new) for m in _LETTER_FORM.finditer(text) if (new := _letter_form(m.group(0))) is not None
    ]
    units.replace(_disjoint(forms + _stray_accents(text, forms)))
    text = units.text
    units.replace(_disjoint(_mixed_words(text) + _leet(text)))
    text = units.text
    apart = [(m.start(), m.end(), _spaced(m)) for m in _SPACED.finditer(text)]
    apart += [(m.start(), m.end(), m.group(0).replace(m.group(1), "")) for m in _JOINED.finditer(text)]
    apart += [(m.start(), m.end(), re.sub("[ \u3000·・/／]+", "", m.group(0))) for m in _CJK_APART.finditer(text)]
    apart += [(m.start(), m.end(), "") for m in _CJK_SLASH.finditer(text)]
    units.replace(_disjoint(apart))
    if units.text == article:
        return None
    return View(units.text, tuple(units.starts), tuple(units.ends))


def _stray_accents(text: str, forms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Accented letters rare in the text (at most `_RARE` times), in a sentence where marks are strewn on letters
    that no precomposed letter holds ("C̀hatb́ots writing a d́igẽst"): the rest of the strewing, as their base
    letter. A letter the text's own language writes often ("ż" in Polish) stays."""
    spans: list[tuple[int, int, str]] = []
    strewn = {_sentence_start(text, lo) for lo, hi, new in forms if not new and _MARK.match(text[lo])}
    counts = Counter(text) if strewn else Counter()
    for start, end in _sentences_from(text, strewn):
        for at in range(start, end):
            ch = text[at]
            if ch > "\x7f" and ch.isalpha() and counts[ch] <= _RARE:
                base = unicodedata.normalize("NFD", ch)[0]
                if base.isascii() or base != ch:
                    spans.append((at, at + 1, base))
    return spans


_RARE = 2
_SENTENCE_END = factored(r"(?<=[.!?])\s|\n")
_MARK = factored(f"[{_MARKS}]")


def _sentences_from(text: str, starts: set[int]) -> list[tuple[int, int]]:
    """From each of `starts` to the sentence end after it, once: a start before the end found for an earlier one
    has that same end, and its stretch is inside the earlier one's (a long sentence of thousands of starts was read
    to its end from each)."""
    stretches: list[tuple[int, int]] = []
    for start in sorted(starts):
        if stretches and start <= stretches[-1][1]:
            continue
        close = _SENTENCE_END.search(text, start)
        stretches.append((start, close.start() if close else len(text)))
    return stretches


def _sentence_start(text: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    return starts[-1] if starts else max(0, at - 600)


# Digits for letters inside a Latin word ("5umm4ry", "H1nw31s"), told by a letter on each side of one.
# (The look ahead first: a word followed by a word character that is neither, "a1a1…a1_", split every way before
# failing, its square.)
_LEET_WORD = factored(r"(?<![\w])(?=[A-Za-z0-9]*+(?![\w]))[A-Za-z0-9]*[A-Za-z][013457]+[A-Za-z][A-Za-z0-9]*(?![\w])")
_LEET = str.maketrans("013457", "oieast")
_CYRILLIC_LEET_WORD = factored(
    r"(?<![\w])(?=[а-яё036]*+(?![\w]))[а-яё]*[а-яё][036]+[а-яё][а-яё]*(?![\w])", re.IGNORECASE
)
_CYRILLIC_LEET = str.maketrans("036", "озб")


def _leet(text: str) -> list[tuple[int, int, str]]:
    # (in a Cyrillic word too: "переска3е", "наз0вите")
    cyrillic = [(m.start(), m.end(), m.group(0).translate(_CYRILLIC_LEET)) for m in _CYRILLIC_LEET_WORD.finditer(text)]
    found = list(_LEET_WORD.finditer(text))
    spans = [(m.start(), m.end(), m.group(0).translate(_LEET)) for m in found]
    # In a sentence of two such words or more, a digit at a word's edge is a letter too ("d4 us4r3", "K1-Zus4mm3n").
    found_at = [m.start() for m in found]
    for start, end in _sentences_from(text, {_sentence_start(text, at) for at in found_at}):
        if bisect.bisect_left(found_at, end) - bisect.bisect_left(found_at, start) >= 2:
            spans += [(m.start(), m.end(), m.group(0).translate(_LEET)) for m in _EDGE_LEET.finditer(text, start, end)]
    return _disjoint(spans + cyrillic)


_EDGE_LEET = factored(r"(?<![\w])(?:[A-Za-z]+[013457]+|[013457]+[A-Za-z]+)(?![\w])")


def _disjoint(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
