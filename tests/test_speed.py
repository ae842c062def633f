"""What was made faster for the CPU per article still does what the slower code did: each fast path is checked
against the plain code it replaced, over every character or against the SDK's own request."""

from __future__ import annotations

import math
import random
import re
import unicodedata
from typing import ClassVar

import pytest
from instructor.v2.validation import async_validators
from pydantic import BaseModel

from summarise.engines.openai_compat import OpenAIEngine
from summarise.grounding import brief, check, normalise, numbers, numerals, verify, wording
from summarise.grounding.normalise import fold_text
from summarise.inputs import load as inputs
from summarise.pipeline import structured
from summarise.reading import figures, names

from .fakes import completion, scripted_server

# Every code point of the planes in use (the surrogates aside, which a str cannot carry alone), and the last one.
ALL = "".join(chr(c) for c in range(0x40000) if not 0xD800 <= c <= 0xDFFF) + "\U000e0001\U0010ffff"


def test_has_unspaced_is_unspaced_of_any_character() -> None:
    assert [c for c in ALL if normalise.has_unspaced(c) != normalise.unspaced(c)] == []
    assert normalise.has_unspaced("Tokyo 東京") and not normalise.has_unspaced("Tokyo, Zürich")


def test_fold_text_is_the_folded_half_of_fold() -> None:
    text = "“Ｆｏｏ” ﬁnds ٣ ships\u00a0in\u200b Straße"
    assert fold_text(text) == normalise.fold(text)[0]


def test_the_figure_scanners_preparation_is_its_character_rule_over_every_character() -> None:
    assert numbers._prepare(ALL) == "".join(numbers._prepare_char(ch) for ch in ALL)


def test_plain_drops_the_same_marks_as_the_character_test() -> None:
    decomposed = unicodedata.normalize("NFKD", fold_text(ALL))
    expected = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    assert wording._plain(ALL) == expected


def test_the_control_characters_counted_are_category_cc_but_line_feed_and_tab() -> None:
    counted = {c for c in ALL if inputs._CONTROLS.fullmatch(c)}
    assert counted == {c for c in ALL if unicodedata.category(c) == "Cc" and c not in "\n\t"}


def test_the_async_validator_check_runs_once_per_class_and_still_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def check(model: object) -> None:
        calls.append(model)
        if getattr(model, "refused", False):
            raise ValueError("async validators are not supported")

    class Plain(BaseModel):
        x: int

    class Refused(BaseModel):
        refused: ClassVar[bool] = True

    once = structured._check_once(check)
    once(Plain)
    once(Plain)
    assert calls == [Plain]
    for _ in range(2):
        with pytest.raises(ValueError, match="not supported"):
            once(Refused)
    assert calls == [Plain, Refused, Refused], "a class that failed is checked again, never remembered as passed"
    # And the pipeline installed it where instructor looks it up.
    assert async_validators.reject_async_validators.__qualname__.startswith("_check_once")


def test_the_engine_sends_what_the_sdks_create_would_send() -> None:
    kwargs = {
        "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        "max_tokens": 64,
        "temperature": 0.0,
        "response_format": {"type": "json_schema", "json_schema": {"name": "X", "schema": {"type": "object"}}},
    }
    with scripted_server([completion("{}")]) as (url, script):
        engine = OpenAIEngine(model="m", base_url=url, api_key="sk-test", timeout=10, transport_retries=0)
        engine.create(**dict(kwargs))
        engine._client.chat.completions.create(model="m", **kwargs)  # type: ignore[call-overload]
    ours, sdks = script.requests
    assert ours == sdks
    assert list(ours) != [], "the body was read"
    volatile = {"x-stainless-retry-count", "x-stainless-read-timeout", "content-length"}
    assert {k: v for k, v in script.headers[0].items() if k not in volatile} == {
        k: v for k, v in script.headers[1].items() if k not in volatile
    }
    assert script.headers[0]["authorization"] == "Bearer sk-test"


def _ranges(rng: random.Random, count: int) -> list[tuple[int, int]]:
    starts = sorted(rng.randrange(0, 500) for _ in range(count))
    return [(lo, lo + rng.randrange(0, 40)) for lo in starts]


@pytest.mark.parametrize("seed", range(20))
def test_the_searches_that_replaced_scans_of_every_range_find_what_the_scans_found(seed: int) -> None:
    rng = random.Random(seed)
    ranges = _ranges(rng, rng.randrange(0, 30))
    shuffled = rng.sample(ranges, len(ranges))
    within, merged = names._Within(shuffled), figures._merged(shuffled)
    # Sentences in order and apart, as code reads them, each with the reporting clause found in it.
    credits = [verify._Credit(lo, lo + 5, (), False, False) for lo in range(0, 500, 7)]
    clauses = verify._Clauses(credits)
    for at in range(-1, 560):
        span = (at, at + rng.randrange(0, 30))
        assert within.holds(span) == any(lo <= span[0] and span[1] <= hi for lo, hi in ranges)
        assert figures._inside(at, merged) == any(lo <= at < hi for lo, hi in ranges)
        assert clauses.over(*span) == [c for c in credits if c.start < span[1] and span[0] < c.end]


def test_the_brief_asks_the_figure_index_what_comparing_with_each_figure_answered() -> None:
    rng = random.Random(7)
    values = [0.0, 0.5, 0.67, 0.125, 1.0, 2400.0, 2400.0000001, -3.0, 1e9, 6.5, 0.005]
    index = brief._Numbers([*values, math.nan])
    for value in [*values, 0.6667, 0.13, 2400.01, 0.0051, 0.67001, *(rng.uniform(-5, 5) for _ in range(300))]:
        assert index.has(value) == any(numbers.same_number(value, n) for n in values), value


def test_find_in_a_long_article_by_its_index_of_word_starts_finds_what_the_scan_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(3)
    words = ["2,400", "Para", "12345", "ok.", "x", "Valmera", "東京", "2400", "240", "6.5 percent", "a1b2", "ünter"]
    text = "".join(rng.choice(words) + rng.choice([" ", "", ",", "\n", "東"]) for _ in range(20_000))
    assert len(text) >= check._INDEXED_FROM
    needles = [*words, "2,40", "6.5 p", "Para 1", "tinyx", "ok. V", "x東京"]
    indexed = [check.find(n, text) for n in needles]
    monkeypatch.setattr(check, "_INDEXED_FROM", len(text) + 1)
    assert indexed == [check.find(n, text) for n in needles]
    assert any(s is not None and s.exact for s in indexed) and any(s is None for s in indexed)


def test_the_identity_offsets_are_the_range_they_stand_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalise, "_identity", ())
    monkeypatch.setattr(normalise, "_IDENTITY_CAP", 3000)
    # Short first, then longer (the shared prefix grows), then beyond the cap (built on its own), then short again.
    for start, end in [(0, 5), (3, 3), (0, 1500), (700, 2999), (10, 3001), (2990, 3500), (0, 1)]:
        assert normalise._offsets(start, end) == tuple(range(start, end))
    assert len(normalise._identity) <= 3000


def test_folding_collapses_runs_of_spaces_as_the_word_by_word_walk_did() -> None:
    # The walk this replaced wrote each word with its own offsets and one space for each run between words, mapped
    # to the run's first character, and dropped the spaces at either end.
    def walked(translated: str) -> tuple[str, tuple[int, ...]]:
        out: list[str] = []
        src: list[int] = []
        previous_end = -1
        for m in re.finditer("[^ ]+", translated):
            if previous_end >= 0:
                out.append(" ")
                src.append(previous_end)
            out.append(m.group(0))
            src.extend(range(m.start(), m.end()))
            previous_end = m.end()
        return "".join(out), (*src, len(translated))

    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab  \n\t\u00a0") for _ in range(rng.randint(0, 25)))
        folded = normalise._fold_one_to_one(text)
        assert folded is not None and folded == walked(text.translate(normalise._ONE_TO_ONE))


def test_number_words_are_read_by_one_match_as_the_word_by_word_walk_read_them() -> None:
    def walked(text: str, pos: int) -> list[tuple[str, int]]:
        found: list[tuple[str, int]] = []
        while len(found) < 12:
            m = re.compile("[a-z]+").match(text, pos)
            if not m:
                break
            found.append((m.group(), m.end()))
            if not re.compile("[ \u00a0-]").match(text, m.end()):
                break
            pos = m.end() + 1
        return found

    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(["a", "b", "two", " ", "-", "\u00a0", "  ", ",", "X", "5"]) for _ in range(30))
        pos = rng.randint(0, len(text))
        assert numerals._tokens(text, pos) == walked(text, pos)
    assert numerals._tokens("one two three four five six seven eight nine ten eleven twelve thirteen", 0)[-1][0] == (
        "twelve"
    )
