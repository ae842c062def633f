"""A cheap look before a costly regular expression: whether a text holds any of the openings every match of the
pattern starts with.

The screen's word patterns (see `features`) are alternations of hundreds of words from twenty languages, matched
case-blind at word edges. Python's engine tries every word at every word start, and a case-blind literal gets
none of its quick rejections, so one search over a sentence costs tens of microseconds, though most sentences hold
none of the words. `Prefiltered` wraps such a pattern: it reads from the parsed pattern the openings its matches
hold (a word's letters up to its first class or optional part, or the letters after one that opens it; a word
edge as a space, a run of spaces as one), and runs the pattern only on a text whose `skeleton` holds one of them.

The skeleton folds every character as the engine does when it matches case-blind (its own lower-casing and its
table of further equivalents, such as 's' and 'ſ'), turns every character that is neither a word character nor
an apostrophe into a space, collapses runs of spaces, and puts a space at either end. The openings are made the
same way from the literals they match, so the text a match covers always leaves its opening in the skeleton: the
look can skip a search that finds nothing, never change what one finds. A pattern some match of which may hold no
literal at all is always run.
"""

from __future__ import annotations

import _sre
import functools
import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any

from ..patterns import factored

# Openings longer than this add little: a text rarely holds a dozen characters of a phrase it does not write.
_LONGEST = 12
_WORDISH = re.compile(r"[\w']")
_SPACES = re.compile(" {2,}")


def fold_char(code: int) -> int:
    """The character a skeleton holds for `code`: a space for a character that is not a word character or an
    apostrophe, else the smallest of the characters the engine matches case-blind with it (after lower-casing)."""
    lower = _sre.unicode_tolower(code)
    folded = min((lower, *_EXTRA_CASES.get(lower, ())))
    return folded if _WORDISH.match(chr(folded)) else 32


class _Folding(dict[int, int]):
    """A translation table filled as characters are met."""

    def __missing__(self, code: int) -> int:
        self[code] = folded = fold_char(code)
        return folded


_FOLDING = _Folding()


@functools.lru_cache(maxsize=64)
def skeleton(text: str) -> str:
    """`text` as the openings are looked for in it (see the module's docstring)."""
    return _SPACES.sub(" ", f" {text.translate(_FOLDING)} ")


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The openings (see the module's docstring), one of which the skeleton of any text `pattern` finds a match in
    holds; None when some match may open with no literal."""
    found: set[str] = set()
    try:
        _walk([(list(_parser.parse(pattern.pattern, pattern.flags)), 0)], "", found)
    except _Unknown:
        return None
    return frozenset(found)


class _Unknown(Exception):
    """A match may open with no literal."""


def _edge(av: Any) -> bool:
    """Whether a lookaround asserts that the character beside is not a word character nor an apostrophe."""
    direction, body = av
    return (
        len(body) == 1
        and body[0][0] is sre.IN
        and {(sre.CATEGORY, sre.CATEGORY_WORD), (sre.LITERAL, ord("'"))} <= set(body[0][1])
        and direction in (-1, 1)
    )


def _spaces(av: Any) -> bool:
    """Whether a repeat is a run of one or more white-space characters."""
    low, _, body = av
    return low >= 1 and list(body) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]


def _walk(stack: list[tuple[list[Any], int]], prefix: str, found: set[str]) -> None:
    """Follow the pattern from the frames in `stack` (items, next index), with `prefix` read so far."""
    while stack and len(prefix) < _LONGEST:
        items, at = stack[-1]
        if at >= len(items):
            stack = stack[:-1]
            continue
        stack = [*stack[:-1], (items, at + 1)]
        op, av = items[at]
        if op is sre.ASSERT_NOT and _edge(av):
            prefix += " "  # the character beside is a space in the skeleton, or the skeleton's end
            if av[0] == 1:
                break  # what follows starts with a character that is not a word's
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character
        if op is sre.LITERAL:
            prefix += chr(fold_char(av))
            continue
        if op is sre.MAX_REPEAT and _spaces(av):
            prefix += " "
            continue
        if op is sre.SUBPATTERN:
            stack = [*stack, (list(av[3]), 0)]
            continue
        if op is sre.BRANCH:
            for alternative in av[1]:
                _walk([*stack, (list(alternative), 0)], prefix, found)
            return
        if op is sre.IN and av and all(kind is sre.LITERAL for kind, _ in av):
            for _, code in av:  # a set of characters: a branch of literals
                _walk([*stack, ([(sre.LITERAL, code)], 0)], prefix, found)
            return
        # A class, a repeat, a group reference: what it takes is not known. The literals read before it are the
        # opening; with none (only word edges), the literals after it are, for they too are in every match.
        if prefix.strip():
            break
        prefix = ""
    opening = _SPACES.sub(" ", prefix)
    if not opening.strip():
        raise _Unknown
    found.add(opening)


class _Look:
    """A search for any of a set of openings in a skeleton. An opening that writes a character beyond ASCII cannot
    be in a skeleton that writes none (which Python tells without reading it): such a skeleton, an English text's
    or a code's, is searched for the other openings alone, and not at all when there are none."""

    def __init__(self, openings: frozenset[str]) -> None:
        self.pattern = _trie_pattern(openings)
        plain = frozenset(opening for opening in openings if opening.isascii())
        self.plain = (self.pattern if plain == openings else _trie_pattern(plain)) if plain else None

    def search(self, folded: str) -> bool:
        """Whether the skeleton `folded` holds one of the openings."""
        pattern = self.pattern if not folded.isascii() else self.plain
        return pattern is not None and pattern.search(folded) is not None


def _trie_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A case-sensitive pattern that finds any of `words`, written as a trie (one branch per next character)."""
    trie: dict[str, Any] = {}
    for word in sorted(words, key=lambda word: (len(word), word)):  # (one order, one source: see `patterns`)
        node = trie
        for ch in word:
            if "" in node:
                break  # a shorter word ends here: a text holding this one holds it
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def source(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + source(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return factored(source(trie))


def _top_alternatives(pattern: re.Pattern[str]) -> list[str] | None:
    """The sources of `pattern`'s top-level alternatives, or None when it is not one alternation of two or more (or
    holds a group a match's caller could number)."""
    if pattern.groups:
        return None
    parts, depth, start, at, in_class = [], 0, 0, 0, False
    source = pattern.pattern
    while at < len(source):
        ch = source[at]
        if ch == "\\":
            at += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            at += 1 + (source[at + 1 : at + 2] == "^")
            at += source[at : at + 1] == "]"  # a "]" right after the opening is a member
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    parts.append(source[start:])
    # (A part that does not compile was cut inside a group or a class: the pattern is searched whole.)
    try:
        return parts if len(parts) > 1 and all(re.compile(part, pattern.flags) for part in parts) else None
    except re.error:
        return None


def _looks(pattern: re.Pattern[str]) -> list[_Look]:
    """Looks every one of which a text must pass for `pattern` to find a match in it: the openings of its matches,
    and those of each word group standing later in its top-level sequence (every match holds a piece that one
    matches), where they are words of two letters or more. Empty when a match may open with no literal."""
    if pattern.pattern.startswith("^"):
        return []  # anchored at the text's start: tried at one place, the look would cost more than it saves
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    looks: list[_Look] = []
    for at, (op, _) in enumerate(items):
        if at and op not in (sre.SUBPATTERN, sre.BRANCH):
            continue
        # (from the word edge before the group, when there is one: its opening then starts with a space)
        edge = at > 0 and items[at - 1][0] is sre.ASSERT_NOT and _edge(items[at - 1][1])
        found: set[str] = set()
        try:
            _walk([(items, at - 1 if edge else at)], "", found)
        except _Unknown:
            if at == 0:
                return []
            continue
        look = _Look(frozenset(found))
        if (at == 0 or all(len(opening.strip()) >= 2 for opening in found)) and all(
            look.pattern != other.pattern for other in looks
        ):
            looks.append(look)
    return looks[:_MOST_LOOKS]


# Each look costs a search of the skeleton: past a few, they cost more than the searches they skip.
_MOST_LOOKS = 3


class _Branch:
    """One alternative of a split pattern, behind its looks."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.looks = _looks(pattern)

    def may_match(self, text: str) -> bool:
        folded = skeleton(text) if self.looks else ""
        return all(look.search(folded) for look in self.looks)


class Prefiltered:
    """A compiled pattern run only on a text whose skeleton holds one of its openings; it finds what the pattern
    finds (see the module's docstring).

    Made with `split`, a pattern that is one alternation of many (and numbers no group) is searched alternative
    by alternative, each behind its own looks: Python's engine tries every alternative at every place, while most
    alternatives need words the text does not hold. The match found is the one the whole pattern finds: the one
    that starts first, and of those the earliest alternative's, as the engine tries them in order at each place.
    (Worth it only where the alternatives are costly and their looks tell them apart: a few patterns, measured by
    bench/instructions.py.)"""

    def __init__(self, pattern: re.Pattern[str], split: bool = False) -> None:
        self.pattern = pattern
        # A pattern anchored at the text's start is tried at one place: the look would cost more than it saves.
        found = None if pattern.pattern.startswith("^") else openings(pattern)
        self._look = _Look(found) if found else None
        parts = _top_alternatives(pattern) if split else None
        self._branches = [_Branch(factored(part, pattern.flags)) for part in parts] if parts else None

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be in `text`."""
        return self._look is None or self._look.search(skeleton(text))

    def _worth(self, text: str, pos: int, endpos: int) -> bool:
        # Searched within bounds, a match lies within them: the look is at what they hold. (A word edge at a bound
        # is a space in that piece's skeleton, whatever stands beyond it: the look lets through, never hides.)
        return self.may_match(text if pos <= 0 and endpos >= len(text) else text[max(pos, 0) : endpos])

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._worth(text, pos, endpos):
            return None
        if self._branches is None:
            return self.pattern.search(text, pos, endpos)
        piece = text if pos <= 0 and endpos >= len(text) else text[max(pos, 0) : endpos]
        best = None
        for branch in self._branches:
            if branch.may_match(piece):
                m = branch.pattern.search(text, pos, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        return best

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # Tried at one place only: cheaper than any look.
        return self.pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._worth(text, pos, endpos) else iter(())
