"""Folding text and finding quoted items in an article."""

from __future__ import annotations

import itertools
import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarise.grounding import Span, context, fold, locate, nearest, normalise, source_span

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  Hello\u00a0\u202f World \n", "hello world"),
        ("a\u2009b\u3000c\td\r\ne", "a b c d e"),
        ("‘single’ “double” „low“ «guillemets» ‹angle›", '\'single\' "double" "low" "guillemets" \'angle\''),
        ("「括弧」『二重』", "\"括弧\"'二重'"),
        ("a‐b‑c‒d–e—f―g−h﹘i﹣j－k", "a-b-c-d-e-f-g-h-i-j-k"),
        ("١٢٣٤٥٦٧٨٩٠ ۱۲۳ １２３", "1234567890 123 123"),
        ("١١٬٠٠٠ ١١٫٥ a، b", "11,000 11.5 a، b"),
        ("zero\u200bwidth\u200c\u200d\ufeff\u2060 soft\u00adhyphen", "zerowidth softhyphen"),
        ("Straße ﬁx Ⅻ", "strasse fix xii"),
        ("e\u0301", "é"),
        ("\u1112\u1161\u11ab\u1100\u1173\u11af", "한글"),
        ("ｶﾞｷﾞ", "ガギ"),
        ("", ""),
        (" \u200b ", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    got, fmap = fold(text)
    assert got == folded
    assert len(fmap) == len(got) + 1
    assert fmap[-1] == len(text)


def test_fold_maps_expansions_and_trims() -> None:
    text = "  ﬁne  Straße "
    folded, fmap = fold(text)
    assert folded == "fine strasse"
    assert fmap[:2] == [2, 2]  # both letters of 'ﬁ' come from the ligature
    start, end = source_span(text, fmap, 0, 1)  # just 'f'
    assert text[start:end] == "ﬁ"
    start, end = source_span(text, fmap, folded.index("strasse"), len(folded))
    assert text[start:end] == "Straße"
    start, end = source_span(text, fmap, folded.index("ss"), folded.index("ss") + 1)
    assert text[start:end] == "ß"


def test_source_span_leaves_out_trailing_invisibles() -> None:
    text = "word\u200b\u200b next"
    folded, fmap = fold(text)
    assert folded == "word next"
    assert source_span(text, fmap, 0, 4) == (0, 4)


ARTICLES: list[tuple[str, str, list[tuple[str, str | None, bool | None]]]] = [
    (
        "en",
        "The army said on Tuesday that “more than 11,000 soldiers” had been deployed. Kim Jong Un visited Kimchi Co.",
        [
            ("more than 11,000 soldiers", "more than 11,000 soldiers", True),
            ('"More than 11,000 soldiers"', "“more than 11,000 soldiers”", True),
            ("…had been deployed", "had been deployed", False),
            ("had been deployed...", "had been deployed", False),
            (
                "The army said on Tuesday that more than 11,000 soldiers",
                "The army said on Tuesday that “more than 11,000 soldiers",
                False,
            ),
            ("Kim Jong Un", "Kim Jong Un", True),
        ],
    ),
    (
        "ko",
        "북한은 러시아에 1만1000명의 병력을 보냈다고 국가정보원이 밝혔다. 김정은 위원장은 “승리할 것”이라고 말했다.",
        [
            ("1만1000명의 병력", "1만1000명의 병력", True),
            ("국가정보원", "국가정보원", True),
            ('"승리할 것"', "“승리할 것”", True),
            ("승리할 것.", "승리할 것", False),
        ],
    ),
    (
        "de",
        "Nach Angaben der Regierung wurden „mehr als 11.000 Soldaten“ entsandt – die Kosten: 4,2\u00a0Mrd.\u00a0€.",
        [
            ('"mehr als 11.000 Soldaten"', "„mehr als 11.000 Soldaten“", True),
            ("die Kosten: 4,2 Mrd. €", "die Kosten: 4,2\u00a0Mrd.\u00a0€", True),
            ("Regierung wurden mehr als", "Regierung wurden „mehr als", False),
            ("STRASSE", None, None),
        ],
    ),
    (
        "zh",
        "朝鲜向俄罗斯派遣了1.1万多名士兵，其中约3000人伤亡。金正恩表示：「我们必将胜利」。",
        [
            ("1.1万多名士兵", "1.1万多名士兵", True),
            ("俄罗斯", "俄罗斯", True),
            ("“我们必将胜利”", "「我们必将胜利」", True),
            ("其中约3000人伤亡", "其中约3000人伤亡", True),
        ],
    ),
    (
        "ar",
        "قالت الحكومة إن «أكثر من ١١٬٠٠٠ جندي» أرسلوا إلى روسيا، وإن الخسائر بلغت ٣٫٢٪.",
        [
            ("أكثر من 11,000 جندي", "أكثر من ١١٬٠٠٠ جندي", True),
            ('"أكثر من ١١٬٠٠٠ جندي"', "«أكثر من ١١٬٠٠٠ جندي»", True),
            ("أرسلوا إلى روسيا", "أرسلوا إلى روسيا", True),
            ("روس", None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("article", "needle", "expected", "exact"),
    [(article, needle, expected, exact) for _, article, cases in ARTICLES for needle, expected, exact in cases],
)
def test_locate(article: str, needle: str, expected: str | None, exact: bool | None) -> None:
    span = locate(needle, article)
    if expected is None:
        assert span is None
        return
    assert span is not None
    assert article[span.start : span.end] == span.text == expected
    assert span.exact is exact


@pytest.mark.parametrize(
    ("needle", "haystack"),
    [
        ("Kim", "Kimchi is tasty."),
        ("11", "more than 11,000 soldiers"),
        ("000", "more than 11,000 soldiers"),
        ("", "anything"),
        ("   ", "anything"),
        ("...", "wait... what"),
        ("“”", "“”"),
        ("—", "a — b"),
        ("fix", "preﬁx"),
        ("ix", "ﬁx"),
    ],
)
def test_locate_refuses(needle: str, haystack: str) -> None:
    assert locate(needle, haystack) is None


def test_locate_skips_a_word_fragment_for_a_whole_word() -> None:
    span = locate("Kim", "Kimchi maker Kim said")
    assert span == Span(13, 16, "Kim", True)


def test_nearest_names_the_close_figure() -> None:
    article = "The ministry said more than 11,000 soldiers had crossed, and 400 tanks."
    best = nearest("12,000", article)
    assert best and best[0][1].text == "11,000"
    assert context(article, best[0][1], width=15) == "…said more than 11,000 soldiers had…"
    scores = [score for score, _ in best]
    assert scores == sorted(scores, reverse=True)
    spans = [span for _, span in best]
    assert all(a.end <= b.start or b.end <= a.start for a in spans for b in spans if a is not b)


def test_nearest_finds_a_reworded_quote() -> None:
    article = "He told reporters: “We will never give up our territory, whatever it takes.” Then he left."
    (score, span), *_ = nearest("we will never give up territory whatever it takes", article)
    assert score > 0.8
    assert span.text.startswith("We will never give up")


def test_nearest_on_nothing() -> None:
    assert nearest("", "article") == []
    assert nearest("word", "") == []
    assert nearest("word", "article", limit=0) == []


def test_nearest_is_fast_on_a_long_article() -> None:
    rng = random.Random(7)
    vocabulary = ["army", "soldiers", "border", "officials", "said", "near", "the", "tanks", "11,000", "Kim", "Seoul"]
    article = " ".join(rng.choice(vocabulary) for _ in range(3300))
    assert len(article) > 20_000
    for needle in ("12,000", "more than 12,000 soldiers were deployed near the border", article[9000:9300]):
        started = time.perf_counter()
        assert nearest(needle, article)
        assert time.perf_counter() - started < 0.5  # about 40 ms on a laptop; slack for a busy CI machine


@pytest.mark.parametrize(
    ("haystack", "start", "end", "width", "expected"),
    [
        ("short text", 0, 5, 40, "short text"),
        ("one two three four five", 8, 13, 5, "…two three four…"),
        ("line\n\n  break   here and more", 8, 13, 40, "line break here and more"),
        ("中文没有空格所以直接截断", 4, 6, 2, "…没有空格所以…"),
    ],
)
def test_context(haystack: str, start: int, end: int, width: int, expected: str) -> None:
    assert context(haystack, Span(start, end, haystack[start:end], True), width) == expected


any_text = st.text(st.characters(exclude_categories=["Cs"]))


@settings(max_examples=200, deadline=None)
@given(text=any_text)
def test_fold_map_is_monotonic_and_in_bounds(text: str) -> None:
    folded, fmap = fold(text)
    assert len(fmap) == len(folded) + 1
    assert fmap[-1] == len(text)
    assert all(0 <= a <= b <= len(text) for a, b in itertools.pairwise(fmap))
    assert folded == folded.strip(" ")
    assert "  " not in folded


# Characters that fold one to one, beside ones that do not (expansions, marks, jamo, invisibles, every kind of
# space): the whole-text translation must give what folding cluster by cluster gives, or decline.
_MIXED = st.text(
    st.sampled_from(list("aZé1 \t\n\u00a0\u3000’“—Дж中한ｶ")) | st.sampled_from(list("ß\u0301\u1161\u11abﾞ\u200b…ﬁ")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(text=_MIXED | any_text)
def test_folding_whole_texts_agrees_with_folding_by_clusters(text: str) -> None:
    whole = normalise._fold_one_to_one(text)
    if whole is not None:
        assert whole == normalise._fold_clusters(text)


def test_an_ordinary_article_is_folded_whole() -> None:
    article = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8")
    assert normalise._fold_one_to_one(article) == normalise._fold_clusters(article)
    assert normalise._fold_one_to_one("Straße") is None  # 'ß' folds to two letters: by clusters
    assert fold("  Stra\u00dfe  x ")[0] == "strasse x"


@settings(max_examples=200, deadline=None)
@given(needle=any_text, haystack=any_text)
def test_matchers_never_raise(needle: str, haystack: str) -> None:
    span = locate(needle, haystack)
    if span is not None:
        assert haystack[span.start : span.end] == span.text
    for score, near in nearest(needle, haystack):
        assert 0 < score <= 1
        assert haystack[near.start : near.end] == near.text
        context(haystack, near)


word = st.text(st.characters(exclude_categories=["Cs", "Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(word, min_size=1, max_size=12), data=st.data())
def test_locate_finds_any_run_of_words(words: list[str], data: st.DataObject) -> None:
    haystack = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    needle = " ".join(words[i:j])
    if not any(ch.isalnum() for ch in fold(needle)[0]):
        return
    span = locate(needle, haystack)
    assert span is not None
    assert fold(span.text)[0] == fold(needle)[0]


@settings(max_examples=200, deadline=None)
@given(haystack=any_text, data=st.data())
def test_an_exact_match_folds_to_the_needle(haystack: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(haystack)))
    j = data.draw(st.integers(i, len(haystack)))
    span = locate(haystack[i:j], haystack)
    if span is not None and span.exact:
        assert fold(span.text)[0] == fold(haystack[i:j])[0]
