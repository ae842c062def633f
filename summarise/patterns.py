"""Regular expressions compiled with their alternations factored: the matches `re.compile` finds, found sooner.

The readers' patterns are alternations of tens or hundreds of words from many languages. Python's engine tries an
alternation's alternatives one by one at every place of the text, and an alternative that opens with a letter
matched case-blind is entered before its first letter is compared (only an exact letter or a set of characters is
compared first and skipped at once). `factored` compiles a pattern as `re.compile` does after two rewrites of its
parsed form, in every alternation at any depth:

- the alternatives that open with the same literal character are written under one copy of it, their rests an
  alternation of their own, factored again ("over|overall|own" is tried as "o(?:ver(?:|all)|wn)");
- in a case-blind alternation, an alternative's first letter is written as the set of the characters it matches
  case-blind, compared exactly ("a" as "[aA]"), so an alternative whose first letter is not at the place is skipped
  at once. (Only a letter with two such characters: the set of one with more, "k" with the Kelvin sign or "s" with
  the long s, is compiled to a table that costs more at start-up than it saves.)

Neither changes what is found. At one place, alternatives that open with different characters cannot both match
(case-blind: characters of different case classes), so their order among themselves does not matter; those opening
with the same character keep their order, and an alternative that opens with anything else (a set, a group, an
assertion, an empty one) keeps its place, no other moving across it. The engine so tries the same alternatives, in
the same order, at every place, and returns the same match with the same groups (no group is moved or renumbered).
tests/test_patterns.py compares every pattern compiled here with `re.compile`'s on the team's texts.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any

import platformdirs

# Every pattern compiled here, by (source, flags): what tests/test_patterns.py compares with `re.compile`'s.
COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}

# The characters that lower-case to a character that is not their own `str.lower()`'s upper case: with the upper and
# title cases, every character whose lower case is a given one (tests/test_patterns.py checks the list against all of
# Unicode for the running Python).
IRREGULAR = "\u0130\u03f4\u1e9e\u2126\u212a\u212b"  # İ ϴ ẞ Ω K Å

# How many patterns' code the store keeps: past this, only those the last run used.
_MOST_STORED = 5000


class _Store:
    """The code of the patterns compiled here, kept between runs: parsing, rewriting and compiling the readers'
    patterns takes a second or more at start-up, reading their code back a small part of that. The file is named for
    this module's own text, the Python that compiled the code and its engine, so that a change to any of them starts
    a new one; the engine checks the code it is given, and code it refuses is compiled afresh. The file is written at
    exit when some pattern was compiled afresh, whole, under a temporary name then renamed; a store that cannot be
    read or written is no store."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self._entries: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self.used: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.new: dict[tuple[str, int], tuple[Any, ...]] = {}
        self._at_exit = False

    def entries(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        if self._entries is None:
            self.path = _store_path()
            self._entries = _read(self.path)
        return self._entries

    def save_at_exit(self) -> None:
        if not self._at_exit:
            atexit.register(self.save)
            self._at_exit = True

    def save(self) -> None:
        """Write the store's file, when some pattern was compiled afresh."""
        entries = self.entries()
        if not self.new or self.path is None:
            return
        kept = {**entries, **self.new} if len(entries) + len(self.new) <= _MOST_STORED else {**self.used, **self.new}
        written = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=self.path.parent, prefix=".patterns-", delete=False) as out:
                written = out.name
                marshal.dump(kept, out)
            os.replace(written, self.path)
        except (OSError, ValueError):
            if written is not None:
                with contextlib.suppress(OSError):
                    os.unlink(written)
            return
        self._entries, self.new = kept, {}


def _store_path() -> Path:
    root = os.environ.get("SUMMARISE_CACHE_DIR") or platformdirs.user_cache_dir("summarise")
    made_by = Path(__file__).read_bytes() + f"{sys.version}|{_sre.MAGIC}".encode()
    return Path(root) / f"patterns-{hashlib.sha256(made_by).hexdigest()[:16]}.marshal"


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        with path.open("rb") as stored:
            entries = marshal.load(stored)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_STORE = _Store()


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first (so that an alternation joined from them prefers "editor's note" to "note"), words of
    one length in the alphabet's order: one order whatever the run's string hashing, so that the pattern has one
    source from run to run and its code is found in the store."""
    return sorted(words, key=lambda word: (-len(word), word))


@functools.lru_cache(maxsize=1024)
def factored(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, with its alternations factored (see the module's docstring): the same pattern
    (`.pattern`, `.flags`, `.groups`, `.groupindex` as `re.compile`'s), whose searches find the same matches.
    Raises `re.error` as `re.compile` does."""
    flags = int(flags)
    if flags & (re.LOCALE | re.ASCII | re.DEBUG):
        return re.compile(source, flags)
    key = (source, flags)
    compiled = _stored(key)
    if compiled is None:
        entry = _compiled_code(source, flags)
        compiled = _engine_compiled(source, entry)
        _STORE.new[key] = entry
        _STORE.save_at_exit()
    COMPILED[key] = compiled
    return compiled


def _compiled_code(source: str, flags: int) -> tuple[Any, ...]:
    """What the engine is given for `source`, rewritten: its flags, code, group count, group names both ways."""
    parsed = _parser.parse(source, flags)
    parsed = _rewritten(parsed, bool(parsed.state.flags & re.IGNORECASE))
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # (bytes: a store of them reads back at once)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _engine_compiled(source: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    """The pattern the engine makes of `source` from an entry of `_compiled_code`'s."""
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(source, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    return compiled


def _stored(key: tuple[str, int]) -> re.Pattern[str] | None:
    """The pattern compiled from the store's code for `key`, or None when the store has none that the engine takes."""
    entry = _STORE.entries().get(key)
    if entry is None:
        return None
    try:
        compiled = _engine_compiled(key[0], entry)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        return None  # (code the engine refuses: a damaged store; compiled afresh)
    _STORE.used[key] = entry
    return compiled


def _rewritten(pattern: Any, blind: bool) -> Any:
    """The parsed `pattern` with every alternation in it factored; `blind` when it is matched case-blind."""
    items: list[tuple[Any, Any]] = []
    for op, av in pattern.data:
        if op is sre.BRANCH:
            alternatives = _factored(av[1], pattern.state, blind)
            if len(alternatives) == 1:
                items += alternatives[0].data
            else:
                items.append((op, (None, alternatives)))
        elif op is sre.SUBPATTERN:
            group, add, remove, body = av
            inner = (blind or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            items.append((op, (group, add, remove, _rewritten(body, inner))))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            items.append((op, (low, high, _rewritten(body, blind))))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            items.append((op, (direction, _rewritten(body, blind))))
        elif op is sre.ATOMIC_GROUP:
            items.append((op, _rewritten(av, blind)))
        elif op is sre.GROUPREF_EXISTS:
            group, yes, no = av
            items.append((op, (group, _rewritten(yes, blind), _rewritten(no, blind) if no else no)))
        else:
            items.append((op, av))
    return _parser.SubPattern(pattern.state, items)


def _factored(alternatives: list[Any], state: Any, blind: bool, rewritten: bool = False) -> list[Any]:
    """The alternatives of one alternation, those opening with the same literal character under one copy of it;
    the others, and the order of those that may match at the same place, as they were. With `rewritten`, the
    alternatives' own alternations are factored already."""
    out: list[Any] = []
    run: dict[int, list[Any]] = {}  # first character's case class -> the alternatives opening with it, in order

    def close_run() -> None:
        for group in run.values():
            out.append(group[0] if len(group) == 1 else _joined(group, state, blind))
        run.clear()

    for alternative in alternatives:
        alternative = alternative if rewritten else _rewritten(alternative, blind)
        if alternative.data and alternative.data[0][0] is sre.LITERAL:
            run.setdefault(_case_class(alternative.data[0][1], blind), []).append(alternative)
        else:
            close_run()  # (an alternative no literal opens: none moves across it)
            out.append(alternative)
    close_run()
    if blind and len(out) > 1:
        out = [_exact_first(alternative) for alternative in out]
    return out


def _joined(group: list[Any], state: Any, blind: bool) -> Any:
    """Alternatives opening with the same character as one: that character, then their rests' alternation."""
    rests = _factored([_parser.SubPattern(state, a.data[1:]) for a in group], state, blind, rewritten=True)
    first = group[0].data[0]
    if len(rests) == 1:
        joined = [first, *rests[0].data]
    elif all(len(rest.data) == 1 and rest.data[0][0] is sre.LITERAL for rest in rests):
        # (single characters: one set, as the parser writes them)
        joined = [first, (sre.IN, [rest.data[0] for rest in rests])]
    else:
        joined = [first, (sre.BRANCH, (None, rests))]
    return _parser.SubPattern(state, joined)


def _exact_first(alternative: Any) -> Any:
    """The alternative with its first character, a letter matched case-blind, written as the set of its case-blind
    equals compared exactly (in a group that drops the case-blind flag for it alone), which the engine compares
    before entering the alternative."""
    op, code = alternative.data[0] if alternative.data else (None, None)
    if op is not sre.LITERAL or not _sre.unicode_iscased(code) or len(case_equals(code)) != 2:
        return alternative
    exact = _parser.SubPattern(alternative.state, [(sre.IN, [(sre.LITERAL, equal) for equal in case_equals(code)])])
    first = (sre.SUBPATTERN, (None, 0, re.IGNORECASE, exact))
    return _parser.SubPattern(alternative.state, [first, *alternative.data[1:]])


def _case_class(code: int, blind: bool) -> int:
    """One character standing for all those a literal `code` matches: itself, or case-blind its case class's least."""
    if not blind or not _sre.unicode_iscased(code):
        return code
    lower = _sre.unicode_tolower(code)
    return min((lower, *_EXTRA_CASES.get(lower, ())))


@functools.cache
def case_equals(code: int) -> tuple[int, ...]:
    """Every character the literal `code` matches case-blind: those whose lower case is its lower case or one of the
    engine's further equals of it (as `re`'s compiler reads a case-blind literal)."""
    lowers = {_sre.unicode_tolower(code), *_EXTRA_CASES.get(_sre.unicode_tolower(code), ())}
    found = set()
    for lower in lowers:
        char = chr(lower)
        for candidate in (char, char.upper(), char.title(), *IRREGULAR):
            if len(candidate) == 1 and _sre.unicode_tolower(ord(candidate)) in lowers:
                found.add(ord(candidate))
    return tuple(sorted(found))
