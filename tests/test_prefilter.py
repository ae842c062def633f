"""The look before the screen's word patterns (summarise/grounding/prefilter.py) skips searches, never changes what
one finds."""

from __future__ import annotations

import _sre
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from summarise.grounding.addressing import sentence_spans
from summarise.grounding.addressing_words import LEXICONS
from summarise.grounding.features import features
from summarise.grounding.furniture import kind_pattern
from summarise.grounding.prefilter import Prefiltered, _top_alternatives, fold_char, openings, skeleton
from summarise.reading.cues import CUES, compiled

from .conftest import DATA, EXAMPLES, ROOT

_WORDISH = re.compile(r"[\w']")
# Every character but the surrogates, which a str may hold but no text does.
_ALL = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def _texts() -> list[str]:
    paths = [
        path
        for folder in (EXAMPLES, DATA, ROOT / "eval", ROOT / "bench" / "injection")
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".txt", ".md", ".html")
    ]
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def _wrapped() -> dict[str, Prefiltered]:
    """Every pattern the pipeline looks before: the screen's features and the modules' own."""
    import importlib
    import pkgutil

    import summarise

    f = features()
    found = {name: getattr(f, name) for name in f.__dataclass_fields__} | {"kind_pattern": kind_pattern()}
    for info in pkgutil.walk_packages(summarise.__path__, "summarise."):
        if not info.name.endswith("__main__"):
            for name, value in vars(importlib.import_module(info.name)).items():
                if isinstance(value, Prefiltered):
                    found[f"{info.name}.{name}"] = value
    for lang in CUES:
        found |= {f"{lang} cue {i}": pattern for i, (pattern, _) in enumerate(compiled(lang))}
    return found


def _same(wrapped: Prefiltered, text: str) -> None:
    raw = wrapped.pattern
    assert [m.span() for m in wrapped.finditer(text)] == [m.span() for m in raw.finditer(text)], text[:200]
    found, expected = wrapped.search(text), raw.search(text)
    assert (found and found.span()) == (expected and expected.span()), text[:200]


def test_the_screen_finds_in_every_test_text_what_its_patterns_find() -> None:
    texts = _texts()
    assert len(texts) > 300
    pieces = {t[lo:hi] for t in texts for lo, hi in sentence_spans(t)} | set(texts)
    patterns = _wrapped()
    assert len(patterns) > 100
    skipped = 0
    for name, wrapped in patterns.items():
        for text in pieces:
            # A text the look lets through is searched by the pattern itself: only a skipped one could differ.
            if not wrapped.may_match(text):
                skipped += 1
                assert wrapped.pattern.search(text) is None, (name, text[:200])
    assert skipped > len(pieces)


def test_a_split_pattern_finds_in_every_test_text_what_the_whole_pattern_finds() -> None:
    texts = _texts()
    pieces = {t[lo:hi] for t in texts for lo, hi in sentence_spans(t)} | set(texts)
    split = {name: wrapped for name, wrapped in _wrapped().items() if wrapped._branches}
    assert {"owned_output", "designates", "summarise.grounding.fields._SPACED_P"} <= set(split)
    found = 0
    for name, wrapped in split.items():
        for text in pieces:
            got, expected = wrapped.search(text), wrapped.pattern.search(text)
            assert (got and got.span()) == (expected and expected.span()), (name, text[:200])
            found += expected is not None
    assert found > 100


def test_a_pattern_is_split_only_at_its_own_top_level_bars() -> None:
    assert _top_alternatives(re.compile(r"a[|\]]b|(?:c|d)|[^]|]x|e\|f")) == [r"a[|\]]b", "(?:c|d)", "[^]|]x", r"e\|f"]
    assert _top_alternatives(re.compile(r"(a|b)c|d")) is None  # a numbered group: the caller's numbers would move
    assert _top_alternatives(re.compile(r"(?:a|b)c")) is None
    # The leftmost match wins, and at one place the earliest alternative, as in the whole pattern.
    pattern = re.compile(r"(?<![\w'])(?:give|write)\s+\w+\s+\w+|(?<![\w'])(?:write the|toll)", re.I)
    wrapped = Prefiltered(pattern, split=True)
    assert wrapped._branches and wrapped.search("Please write the toll").group(0) == "write the toll"
    assert wrapped.search("Please write the toll", 0, 16).group(0) == "write the"
    assert wrapped.search("The toll: give it as 412").group(0) == "toll"
    assert wrapped.search("nothing here") is None


def test_most_sentences_of_a_story_are_not_searched() -> None:
    f = features()
    sentence = "The union said its 2,400 members had accepted a wage rise of 6% over two years."
    skipped = [name for name in f.__dataclass_fields__ if not getattr(f, name).may_match(sentence)]
    assert {"weak", "output", "output_verb", "modal", "text_self", "second_person", "condition"} <= set(skipped)
    # A word of one of them, in any case and with any run of spaces, is looked for.
    assert f.modal.may_match("Summaries MUST  give the toll.") and f.modal.search("Summaries MUST  give the toll.")


def test_a_character_the_engine_matches_case_blind_folds_as_the_literal_does() -> None:
    literals = {ch for lexicon in LEXICONS.values() for words in lexicon.values() for w in words for ch in w}
    literals |= set("sSkKiIſKİıßẞµΣσς")
    for literal in sorted(ch for ch in literals if _sre.unicode_iscased(ord(ch))):
        for m in re.finditer(re.escape(literal), _ALL, re.IGNORECASE):
            assert fold_char(ord(m.group())) == fold_char(ord(literal)), (literal, m.group())


def test_a_character_outside_words_is_a_space_in_the_skeleton() -> None:
    # A word edge (?<![\w']) or (?![\w']) is read as a space: the character beside it must become one.
    for m in re.finditer(r"[^\w']", _ALL):
        assert fold_char(ord(m.group())) == 32, hex(ord(m.group()))


def test_openings_of_a_pattern_with_a_literal_free_match_are_unknown() -> None:
    assert openings(re.compile(r"\w+ing")) == frozenset({"ing"})
    assert openings(re.compile(r"(?<![\w'])(?:bot|ai)(?![\w'])", re.IGNORECASE)) == frozenset({" bot ", " ai "})
    assert openings(re.compile(r"\d+|x")) is None
    assert openings(re.compile(r"(?:les\s+)?pedimos", re.IGNORECASE)) is not None
    assert skeleton("Hello,  ſTRASSE—Wörld!") == " hello strasse wörld "


_PIECES = [
    "summary",
    "SUMMARY",
    "ſummary",
    "AI",
    "ai",
    "KI",
    "Kı",
    "İ",
    "must",
    "MUST",
    "you",
    "this article",
    "dieser Artikel",
    "Zusammenfassung",
    "要約",
    "요약",
    "запомни",
    "ИИ",
    " ",
    "  ",
    "\u00a0",
    "\n",
    "'",
    "’",
    "-",
    ":",
    ",",
    ".",
    "x",
    "ß",
    "ẞ",
    "readers",
    "comments",
    "not confirmed",
    "Confirmed",
    "Times",
    "Minister",
    "reporters",
    "devrait",
    "refer",
    "box",
    "Key points",
    "said",
    "according to",
    "denied",
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_look_never_hides_a_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    skeleton.cache_clear()
    for wrapped in _wrapped().values():
        _same(wrapped, text)
        # Within bounds too, as `obliged` and `voices` search.
        for pos, endpos in ((1, len(text)), (0, len(text) - 1), (2, len(text) - 2)):
            found = wrapped.search(text, pos, endpos)
            expected = wrapped.pattern.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos, endpos)
