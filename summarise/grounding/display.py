"""Text a page displays around its story, found by the shape of its line: only the story body lends support.

`furniture` finds notes and boxes by a label that names their kind. Much furniture carries no such label and is
told apart by its form on the page instead:

- **hidden and metadata text**: an HTML comment left in a text or markdown article (`<!-- ... -->`), a markdown
  comment or reference definition line (`[//]: # (...)`, `[comment]: <> (...)`, `[1]: https://...`), raw HTML
  hidden by an attribute or a style (`<span style="display:none">`) or a script or style block, and a front
  matter block at its top (`---` YAML or `+++` TOML) are never read by a reader of the page; nor is a sentence that
  spells letters or digits by numeric references (`&#50;&#46;...`), or a line that zero-width characters wrap (see
  `obfuscation`);
- **display lines**: a line that does not end as a sentence does (no closing stop) is not the narrative's prose
  but something displayed beside it: a table row, a list bullet, a related-stories headline, a pull quote with its
  credit, a caption, a dateline or byline line carrying a figure ("EASTPORT, Sunday - residents registered: 263");
- **displayed quotes and lists**: a line set in by indentation or a markdown blockquote (`> ...`: pull quotes,
  embedded comments and posts), a bullet or a numbered footnote mark opening the line (`- `, `• `, `[1] `);
- **a byline opening a line** ("By Helen Marsh, ...", "Von Martina Esche. ..."): the byline is the author's name,
  and what the rest of its line says is not the story's account;
- **a caption's credit closing a line** ("... (Photo: SDIS)", "... Foto: Stadt Steinfurth"): the whole line is the
  caption;
- **a post's handle** opening a line ("@CityCouncil: ...", "jt_harper (3 h): ...").

The first line (the headline) is the story's own, and so are the lines of a paragraph hard-wrapped at a width; in a
text whose prose writes no stops (Thai) a line's end tells nothing and that rule is off. A display line that is only
what a byline or a dateline is (a name, a place, a date: "By DANIEL OKAFOR", "TORREALBA, 30 de noviembre") lends
what it says and is left alone.
Such text is kept for the reader (not masked) and lends no support, as `furniture`'s: see `hostile.Screen`.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..patterns import factored
from .obfuscation import invisible_spans, spelled_apart_spans, spelled_spans

_COMMENT = factored(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# A markdown line that is never rendered: a comment written as a link reference definition ("[//]: # (...)",
# "[comment]: <> (...)") or any reference definition ("[1]: https://... "Title""): a label in brackets, a colon,
# a destination, an optional title. A footnote ("[^1]: ...") is rendered, and is `furniture`'s.
_REFERENCE = factored(
    r"^[ ]{0,3}\[(?!\^)[^\]\n]{1,100}\]:[ \t]*(?:<[^>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\n]*\"|'[^\n]*'|\([^\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
# Raw HTML in a text or markdown article that a renderer does not show: an element hidden by an attribute or a
# style, and script, style, template and noscript blocks. `_hidden_html` finds what this pattern finds: tried from
# each "<", its searches for the tag's ">", a hidden marker and the closing tag read on to the text's end when there
# is none, which cost a text of thousands of "<p hidden" the cube of its length.
_HIDDEN_HTML = factored(
    r"<(?P<tag>[a-zA-Z][\w-]*)\b[^>]*?(?:\shidden\b|aria-hidden\s*=\s*[\"']?true|display\s*:\s*none"
    r"|visibility\s*:\s*hidden|font-size\s*:\s*0)[^>]*>.*?</(?P=tag)\s*>"
    r"|<(script|style|template|noscript)\b[^>]*>.*?</\2\s*>",
    re.DOTALL | re.IGNORECASE,
)
_TAG_NAME = factored(r"[a-zA-Z][\w-]*", re.IGNORECASE)
_WORD_CHAR = factored(r"\w")
_HIDDEN_MARK = factored(
    r"(?=\shidden\b|aria-hidden\s*=\s*[\"']?true|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0)",
    re.DOTALL | re.IGNORECASE,
)
_RAW_BLOCK = factored(r"<(script|style|template|noscript)\b", re.IGNORECASE)
_CLOSING_TAG = factored(r"</([a-zA-Z][\w-]*)\s*>", re.IGNORECASE)


def _fold(name: str) -> str:
    """A tag's name as the pattern's back reference compares it, letter by letter in lower case."""
    return "".join(c.lower()[0] for c in name)


class _HiddenHtml:
    """The pieces `_HIDDEN_HTML` looks for, each found once in the whole text: the ">" signs, the hidden markers and
    the closing tags by name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.signs = [m.start() for m in re.finditer(">", text)]
        self.marks = [m.start() for m in _HIDDEN_MARK.finditer(text)]
        self.closings: dict[str, list[tuple[int, int]]] = {}
        for m in _CLOSING_TAG.finditer(text):
            self.closings.setdefault(_fold(m.group(1)), []).append(m.span())
        self.lengths = {len(name) for name in self.closings}

    def closing(self, name: str, after: int) -> int | None:
        """Where the first closing tag of `name` at or after `after` ends."""
        found = self.closings.get(_fold(name), [])
        i = bisect.bisect_left(found, (after, -1))
        return found[i][1] if i < len(found) else None

    def element(self, at: int, sign: int) -> int | None:
        """Where the element opened by the "<" at `at` ends, its tag closing at the ">" at `sign`, when the pattern
        finds it: a hidden element under the longest name that has its closing tag, else a raw block."""
        text = self.text
        name = _TAG_NAME.match(text, at + 1)
        if name is None:
            return None
        for end in range(name.end(), at + 1, -1):
            # (the name may end where a word ends, "\b", and is tried from the longest, as the pattern backtracks)
            after = end < len(text) and _WORD_CHAR.match(text[end]) is not None
            if (_WORD_CHAR.match(text[end - 1]) is not None) == after or end - at - 1 not in self.lengths:
                continue
            i = bisect.bisect_left(self.marks, end)
            if i == len(self.marks) or self.marks[i] >= sign:
                continue  # (no hidden marker between this name and its ">")
            closed = self.closing(text[at + 1 : end], sign + 1)
            if closed is not None:
                return closed
        raw = _RAW_BLOCK.match(text, at)
        return self.closing(raw.group(1), sign + 1) if raw else None


def _hidden_html(text: str) -> list[tuple[int, int]]:
    """The spans `_HIDDEN_HTML.finditer` finds, in time about linear in the text."""
    if "<" not in text or ">" not in text:
        return []
    pieces = _HiddenHtml(text)
    spans: list[tuple[int, int]] = []
    at = 0
    while (at := text.find("<", at)) >= 0:
        i = bisect.bisect_right(pieces.signs, at)
        if i == len(pieces.signs):
            break
        end = pieces.element(at, pieces.signs[i])
        if end is None:
            at += 1
        else:
            spans.append((at, end))
            at = end
    return spans


_FRONT_MATTER = factored(r"\A\s*(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
# Markup around a line that says nothing about how its sentence ends: emphasis, headings, quotes, bullets.
_MARKUP_HEAD = factored(r"^[\s>#*_~|•·-]+")
# (From a run's first character only: tried from each of a long run's characters, it cost the run's square.)
_MARKUP_TAIL = factored(r"(?<![\s*_~|])[\s*_~|]+$")
# A sentence's close, before any closing quote or bracket: a stop, or a colon that opens a list below.
# (One asterisk at a time: `\*+` inside the repeat split a run of asterisks every way before failing, which took
# hours on a stop followed by 40 asterisks and a letter.)
_CLOSES = factored(r"[.!?。！？؟…:;：；।॥։።။](?:[\"'”’»」』)\]）›]|\*)*$")
# A line set in by indentation, a blockquote, a bullet, or a footnote's mark opening the line: displayed beside the
# story, not told in it.
_DISPLAYED = factored(
    r"^(?: {2,}|\t)\S|^\s*(?:>|[-*+•·▪◦]\s|\[\d{1,3}\]\s|\(\d{1,3}\)\s|\d{1,3}\)\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?\S)"
)
# A byline: the word "by" in a language, then a name of two or three capitalised words, then the end of the line
# or a mark that ends the name (a stop, a comma, a bar, a dash, a bracket). "By Monday, ..." has one capital only.
_BY = r"(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|Przez|Av|Af|От|Автор)"
_NAME = r"[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]+){1,3}"
_BYLINE = factored(rf"^\W*{_BY}\s+{_NAME}\s*(?:$|[.,|–—(]|\s-\s)")
# A caption's credit closing its line: "(Photo: SDIS)", "(AP Photo/Jane Doe)", "Foto: Stadt Steinfurth", "Фото: ...".
_CREDIT_WORDS = (
    r"photos?|photograph|picture|image|credit|foto|fotos|bild|фото|crédit|crédito|créditos|imagen|immagine|"
    r"zdjęcie|fotoğraf|写真|照片|图|圖|사진"
)
_CREDIT = factored(
    rf"(?:\(\s*(?:[A-Z]{{2,6}}\s+)?|\s)(?:{_CREDIT_WORDS})\s*[:：/©]\s*[^()\n.!?。]{{1,60}}\)?\W*$", re.IGNORECASE
)
# A post or comment: a handle before a colon ("@HarlowCreekCouncil:"), or a user name with a time ("jt_harper (3 h):").
# (The handle's word is its whole run, told to hold an underscore or a digit by a look ahead: "\w*[_\d]\w*" tried each
# underscore of a long run of them in turn, the run's square.)
_HANDLE = factored(r"^\W*(?:@\w{2,}|(?=\w*[_\d])\w+\s*\([^()\n]{1,15}\))\s*[:：]")
# What a bare byline or dateline holds: no colon or bar, a few words (and characters), and numbers only a date
# has (a day, a year).
_DATE_LABEL = factored(
    r"^\W*(?:Published|Updated|Posted|Date|Veröffentlicht|Aktualisiert|Datum|Publié|Mis à jour|Publicado|Actualizado"
    r"|Fecha|Pubblicato|Aggiornato|Опубликовано|Обновлено|Опубліковано|Оновлено)\s*:",
    re.IGNORECASE,
)
_BARE_WORDS = 6
_BARE_CHARS = 48
_DATE_NUMBER = factored(r"^(?:[0-3]?\d|1[89]\d\d|20\d\d)$")


def _bare(line: str) -> bool:
    """Whether a display line says only what a byline or dateline says: a name, a place, a date."""
    # A table row (cells between bars) or a label's colon is more than a name, a place and a date, but for a date's
    # own label ("Published: 14 March 2025").
    line = _DATE_LABEL.sub("", line)
    if any(mark in line for mark in ":：|") or len(line.split()) > _BARE_WORDS or len(line) > _BARE_CHARS:
        return False
    return all(_DATE_NUMBER.match(n) for n in re.findall(r"\d[\d,.\s]*\d|\d", line))


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    at = 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """Comments, markdown reference lines, hidden HTML, a front matter block (text a page's reader never sees), and
    sentences that spell letters or digits by numeric references (text only a machine reads: see `obfuscation`)."""
    spans = [(m.start(), m.end()) for m in _COMMENT.finditer(text)]
    spans += spelled_spans(text) + invisible_spans(text) + spelled_apart_spans(text)
    spans += [(m.start(), m.end()) for m in _REFERENCE.finditer(text)]
    spans += _hidden_html(text)
    front = _FRONT_MATTER.match(text)
    if front:
        spans.append((front.start(), front.end()))
    return spans


_NOTE_MARK = factored(r"(?<=[.!?。！？])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])$")


def _set_apart(line: str, headline: bool) -> bool:
    if _DISPLAYED.match(line) or _HANDLE.match(line) or _CREDIT.search(line):
        return True
    if _BYLINE.match(line):
        return not _bare(line)
    # (a footnote's mark after the stop ends the sentence as the stop does: "… Роман Жуков.¹", "… in 2019.[2]")
    bare = _NOTE_MARK.sub("", _MARKUP_TAIL.sub("", _MARKUP_HEAD.sub("", line)))
    if headline or not bare or _CLOSES.search(bare):
        return False
    return not _bare(bare)


# A hard-wrapped paragraph: its lines but the last run to about the same width, at least this share of its widest.
_WRAP_SHARE = 0.6
_WRAP_MIN = 40


def _wrapped(text: str, block: list[tuple[int, int]]) -> set[int]:
    """The lines of a block of consecutive lines that belong to a paragraph of prose wrapped at a width (an e-mail,
    a wire copy): the block's last line closes a sentence, and each such line but the last is a plain line of
    about the block's widest width. A short line set above a paragraph is not one of them."""
    lines = [text[lo:hi] for lo, hi in block]
    if len(lines) < 2 or not _CLOSES.search(_MARKUP_TAIL.sub("", lines[-1])):
        return set()
    widest = max(len(line) for line in lines)
    plain = {
        i
        for i, line in enumerate(lines[:-1])
        if len(line) >= max(_WRAP_MIN, _WRAP_SHARE * widest)
        and "|" not in line
        and not _DISPLAYED.match(line)
        and not _HANDLE.match(line)
    }
    return plain | {len(lines) - 1} if plain else set()


def _blocks(text: str, hidden: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The runs of consecutive non-empty lines outside hidden text."""
    blocks: list[list[tuple[int, int]]] = [[]]
    # (whether a line lies inside one hidden span: the furthest end of the spans that start at or before it, by a
    # search, not a look at every span for every line)
    ordered = sorted(hidden)
    starts = [a for a, _ in ordered]
    furthest = list(itertools.accumulate((b for _, b in ordered), max))
    for lo, hi in _lines(text):
        i = bisect.bisect_right(starts, lo)
        if not text[lo:hi].strip() or (i and furthest[i - 1] >= hi):
            blocks.append([])
        else:
            blocks[-1].append((lo, hi))
    return [b for b in blocks if b]


# A text whose long lines mostly end without a stop writes no stops (Thai, or prose without punctuation): there a
# line's end tells nothing, and the rule of the closing stop is off.
_PROSE_LINE = 80
_STOPPED_SHARE = 0.5


def _writes_stops(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    ends = [
        bool(_CLOSES.search(_MARKUP_TAIL.sub("", text[block[-1][0] : block[-1][1]])))
        for block in blocks
        if sum(hi - lo for lo, hi in block) >= _PROSE_LINE
    ]
    return not ends or sum(ends) >= _STOPPED_SHARE * len(ends)


def display_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` displayed beside the story rather than told in it (see the module's docstring)."""
    hidden = hidden_spans(text)
    spans = list(hidden)
    headline = True
    blocks = _blocks(text, hidden)
    stops = _writes_stops(text, blocks)
    for block in blocks:
        wrapped = _wrapped(text, block)
        for i, (lo, hi) in enumerate(block):
            line = text[lo:hi]
            # The first line the reader sees is the headline, the story's own (a markdown title included); the lines
            # of a wrapped paragraph do not end as sentences do, and are prose.
            if _set_apart(line, headline or i in wrapped or not stops):
                spans.append((lo + len(line) - len(line.lstrip()), hi))
            headline = False
    return spans
