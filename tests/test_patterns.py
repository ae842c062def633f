"""summarise.patterns: alternations factored, the matches of `re.compile` unchanged."""

from __future__ import annotations

import _sre
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import summarise.grounding.verify
import summarise.pipeline.extractive
import summarise.reading  # noqa: F401
from summarise import patterns
from summarise.grounding.features import features
from summarise.patterns import COMPILED, IRREGULAR, case_equals, factored

ROOT = Path(__file__).resolve().parent.parent


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        ("over|overall|own", 0, "overall own over ov"),
        ("a|ab", 0, "ab"),  # the first alternative that matches, not the longest
        ("ab|[a-z]x|ac", 0, "ac ax ab"),  # a set between alternatives: none moves across it
        ("(a)|ab|(?P<n>ac)", 0, "ab ac a"),  # groups keep their numbers
        ("kind|Kelvin|kilo|K2", re.IGNORECASE, "KIND kelvin Kilo \u212aelvin k2"),
        ("(?<![\\w'])(?:sa|se|so|s\u017f)(?![\\w'])", re.IGNORECASE, "SA Se so \u017fo s\u017f S\u017f"),
        ("(?i:ab|aC)|Ad", 0, "AB ac ad Ad"),
        ("x(?:yes|yet|no)+z", 0, "xyesyetnoz xyez"),
        ("(?:ab|ac)*?c", 0, "ababacc"),
        ("(?=ab|ac)a.", 0, "ab ac ad"),
        ("(a)?(?(1)b|c)|ad", 0, "ab c ad"),
    ],
)
def test_a_factored_pattern_finds_what_re_compile_finds(source: str, flags: int, text: str) -> None:
    assert _matches(factored(source, flags), text) == _matches(re.compile(source, flags), text)


def test_alternatives_opening_alike_are_tried_under_one_first_character() -> None:
    # (the factored code is shorter than the plain: one copy of "o" and of "ove" rather than three and two)
    plain = re.compile("over|overall|own|out")
    assert _matches(factored(plain.pattern), "out overall") == [((0, 3), ()), ((4, 8), ())]
    assert factored(plain.pattern).pattern == plain.pattern and factored("a(b)|c").groups == 1


def test_a_case_blind_first_letter_is_the_set_of_its_equals() -> None:
    assert {chr(c) for c in case_equals(ord("k"))} == {"k", "K", "\u212a"}
    assert {chr(c) for c in case_equals(ord("S"))} == {"s", "S", "\u017f"}
    assert {chr(c) for c in case_equals(ord("i"))} >= {"i", "I", "\u0130"}


def test_a_letters_case_blind_equals_are_what_the_engine_matches() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    for letter in "aAkKsSiIıİßẞσςΣθϑωΩµμåÅǆǅǄяЯёЁğĞ\u0345\u1fbeἀ":
        matched = {ord(found) for found in re.findall(re.escape(letter), every, re.IGNORECASE)}
        assert set(case_equals(ord(letter))) == matched, letter


def test_the_irregular_lower_cases_are_all_of_them() -> None:
    # Every character whose lower case is another character's, and not that character's upper or title case: the
    # list `case_equals` relies on, checked against all of Unicode as this Python reads it.
    found = set()
    for code in range(sys.maxunicode + 1):
        lower = _sre.unicode_tolower(code)
        if lower != code and chr(code) not in (chr(lower).upper(), chr(lower).title()):
            found.add(chr(code))
    assert found == set(IRREGULAR)


def _texts() -> list[str]:
    files = sorted((ROOT / "eval" / "gold").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    texts = [unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))[:3000] for path in files]
    return texts + [text.upper() for text in texts[:6]]


def test_every_pattern_compiled_so_finds_what_re_compile_finds() -> None:
    features()  # (the screen's word patterns are built on first use)
    compiled = dict(COMPILED)
    assert len(compiled) > 500  # the readers' patterns, not a handful
    texts = _texts()
    differing = [
        source[:80]
        for (source, flags), pattern in compiled.items()
        if any(_matches(pattern, text) != _matches(re.compile(source, flags), text) for text in texts)
    ]
    assert differing == []


def test_a_pattern_re_compile_rejects_is_rejected_alike() -> None:
    with pytest.raises(re.error):
        factored("(unclosed|group")
    assert patterns.factored("x", re.ASCII).flags & re.ASCII  # (compiled by re itself)


def test_the_store_gives_back_the_code_of_what_was_compiled(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    source = "(?<![\\w'])(?:stored|store|storm)(?![\\w'])"
    first = factored.__wrapped__(source, re.IGNORECASE)
    patterns._STORE.save()
    (path,) = tmp_path.glob("patterns-*.marshal")
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    again = factored.__wrapped__(source, re.IGNORECASE)
    assert patterns._STORE.new == {} and (source, int(re.IGNORECASE)) in patterns._STORE.used
    assert _matches(again, "Store, STORED, storms, storm") == _matches(first, "Store, STORED, storms, storm")
    assert _matches(again, "Store, STORED, storms, storm") == [((0, 5), ()), ((7, 13), ()), ((23, 28), ())]
    # A damaged store is no store: the pattern is compiled afresh.
    path.write_bytes(b"\x00not a store")
    monkeypatch.setattr(patterns, "_STORE", patterns._Store())
    assert _matches(factored.__wrapped__(source, re.IGNORECASE), "storm") == [((0, 5), ())]
    assert (source, int(re.IGNORECASE)) in patterns._STORE.new


def test_code_the_engine_refuses_is_compiled_afresh(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path))
    store = patterns._Store()
    store.entries()[("ab|ac", 0)] = (32, b"\xff\xff\xff\xff", 0, {}, (None,))
    monkeypatch.setattr(patterns, "_STORE", store)
    assert _matches(factored.__wrapped__("ab|ac", 0), "ac ab") == [((0, 2), ()), ((3, 5), ())]
    assert ("ab|ac", 0) in store.new


def test_a_second_run_compiles_nothing_afresh_whatever_its_string_hashing(tmp_path) -> None:
    # Every pattern's source is the same from run to run (no word list in a set's order), so the store serves all.
    script = (
        "import summarise, summarise.pipeline.extractive\n"
        "from summarise.grounding.features import features\n"
        "from summarise.patterns import _STORE\n"
        "features()\n"
        "print(len(_STORE.new))\n"
    )
    counts = []
    for seed in ("1", "2"):
        env = {**os.environ, "SUMMARISE_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        counts.append(int(done.stdout.split()[-1]))
    assert counts[0] > 500 and counts[1] == 0
