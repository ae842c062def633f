"""Reading figures as articles write them, in many languages and scripts."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarise.grounding import Figure, find_figures, parse_figure, render, same_number

FIGURES = [
    # English
    ("more than 11,000", None, 11_000, "more than", None),
    ("over 3,000 soldiers", None, 3_000, "more than", None),
    ("at least 12", "en", 12, "at least", None),
    ("about 1.5 million", "en", 1_500_000, "about", None),
    ("almost 500", "en", 500, "nearly", None),
    ("nearly 500", "en", 500, "nearly", None),
    ("up to 40", "en", 40, "up to", None),
    ("fewer than 20", "en", 20, "less than", None),
    ("an estimated 2,500", "en", 2_500, "about", None),
    ("some 300", "en", 300, "about", None),
    ("roughly 7", "en", 7, "about", None),
    ("3.2 percent", "en", 3.2, None, "%"),
    ("3.2%", None, 3.2, None, "%"),
    ("-0.4%", "en", -0.4, None, "%"),
    ("€4.2bn", "en", 4.2e9, None, "EUR"),
    ("$3 billion", "en", 3e9, None, "USD"),
    ("£2m", "en", 2e6, None, "GBP"),
    ("US$ 5 million", "en", 5e6, None, "USD"),
    ("10k", "en", 10_000, None, None),
    ("1,50,000", "en", 150_000, None, None),
    ("11.000", None, 11.0, None, None),
    # English words
    ("a dozen", "en", 12, None, None),
    ("about a dozen", "en", 12, "about", None),
    ("two dozen", "en", 24, None, None),
    ("two-thirds", "en", 2 / 3, None, None),
    ("a third", "en", 1 / 3, None, None),
    ("three quarters", "en", 0.75, None, None),
    ("half", "en", 0.5, None, None),
    ("half a million", "en", 500_000, None, None),
    ("three", "en", 3, None, None),
    ("twenty-five", "en", 25, None, None),
    ("Twenty five", "en", 25, None, None),
    ("a hundred", "en", 100, None, None),
    ("one hundred and five", "en", 105, None, None),
    ("three million", "en", 3e6, None, None),
    ("five percent", "en", 5, None, "%"),
    # German
    ("3,2 %", "de", 3.2, None, "%"),
    ("4,2 Mrd. €", "de", 4.2e9, None, "EUR"),
    ("11.000", "de", 11_000, None, None),
    ("11.5", "de", 11.5, None, None),
    ("mehr als 11.000 Soldaten", "de", 11_000, "more than", None),
    ("rund 1,5 Millionen", "de", 1.5e6, "about", None),
    ("2 Billionen", "de", 2e12, None, None),
    ("1.234.567,89", "de", 1_234_567.89, None, None),
    # French
    ("3,2 %", "fr", 3.2, None, "%"),
    ("11 000", "fr", 11_000, None, None),
    ("11\u00a0000", "fr", 11_000, None, None),
    ("11\u202f000", "fr", 11_000, None, None),
    ("plus de 11\u202f000 soldats", "fr", 11_000, "more than", None),
    ("environ 2 milliards d'euros", "fr", 2e9, "about", "EUR"),
    # Spanish
    ("11.000", "es", 11_000, None, None),
    ("11.5", "es", 11.5, None, None),
    ("más de 3.000", "es", 3_000, "more than", None),
    ("3 mil millones de dólares", "es", 3e9, None, "USD"),
    # Russian, Ukrainian
    ("11 000", "ru", 11_000, None, None),
    ("11\u00a0000", "ru", 11_000, None, None),
    ("11\u202f000", "uk", 11_000, None, None),
    ("11 000", "uk", 11_000, None, None),
    ("1,5 млн", "ru", 1.5e6, None, None),
    ("1,5 млн", "uk", 1.5e6, None, None),
    ("более 11 тысяч", "ru", 11_000, "more than", None),
    ("понад 3 тис.", "uk", 3_000, "more than", None),
    ("200 млрд рублей", "ru", 2e11, None, "RUB"),
    ("5 млн гривень", "uk", 5e6, None, "UAH"),
    # Korean
    ("1만 1천 명", "ko", 11_000, None, None),
    ("1만1000명", "ko", 11_000, None, None),
    ("3억 원", "ko", 3e8, None, "KRW"),
    ("약 3천 명", "ko", 3_000, "about", None),
    ("1만여 명", "ko", 10_000, "more than", None),
    ("1만 명 이상", "ko", 10_000, "at least", None),
    ("2조5000억 원", "ko", 2.5e12, None, "KRW"),
    ("3.5%", "ko", 3.5, None, "%"),
    # Chinese
    ("1.1万", "zh", 11_000, None, None),
    ("3亿", "zh", 3e8, None, None),
    ("两千", "zh", 2_000, None, None),
    ("三千五百", "zh", 3_500, None, None),
    ("一万一千", "zh", 11_000, None, None),
    ("三千万", "zh", 3e7, None, None),
    ("3亿元", "zh", 3e8, None, "CNY"),
    ("约3000人", "zh", 3_000, "about", None),
    ("1万多人", "zh", 10_000, "more than", None),
    ("百分之十五", "zh", 15, None, "%"),
    ("¥100", "zh", 100, None, "CNY"),
    # Japanese
    ("1万1千人", "ja", 11_000, None, None),
    ("1,000万円", "ja", 1e7, None, "JPY"),
    ("約2万人", "ja", 20_000, "about", None),
    ("¥100", "ja", 100, None, "JPY"),
    # Arabic
    ("١١٬٠٠٠", "ar", 11_000, None, None),
    ("١١٫٥", "ar", 11.5, None, None),
    ("أكثر من ١١٬٠٠٠ جندي", "ar", 11_000, "more than", None),
    ("٣٫٢٪", "ar", 3.2, None, "%"),
    ("5 ملايين دولار", "ar", 5e6, None, "USD"),
]


@pytest.mark.parametrize(("text", "lang", "value", "qualifier", "unit"), FIGURES)
def test_parse_figure(text: str, lang: str | None, value: float, qualifier: str | None, unit: str | None) -> None:
    figure = parse_figure(text, lang)
    assert figure is not None
    assert same_number(figure.value, value), figure
    assert (figure.qualifier, figure.unit, figure.is_date_or_time) == (qualifier, unit, False)


@pytest.mark.parametrize(
    ("text", "lang", "expression"),
    [
        ("Officials said over 3,000 soldiers died.", "en", "over 3,000"),
        ("Der Schaden: 4,2 Mrd. € laut Regierung", "de", "4,2 Mrd. €"),
        ("북한군 1만 1천 명이 파병됐다", "ko", "1만 1천"),
        ("损失3亿元。", "zh", "3亿元"),
        ("قتل أكثر من ١١٬٠٠٠ جندي", "ar", "أكثر من ١١٬٠٠٠"),
        ("the other two-thirds of voters", "en", "two-thirds"),
    ],
)
def test_span_covers_the_whole_expression(text: str, lang: str, expression: str) -> None:
    figure = parse_figure(text, lang)
    assert figure is not None
    assert text[figure.span_start : figure.span_end] == expression


DATES = [
    ("Dec. 26", "en", "Dec. 26"),
    ("27 Dec. 2024", "en", "27 Dec. 2024"),
    ("December 26, 2024", "en", "December 26, 2024"),
    ("2024-12-27", None, "2024-12-27"),
    ("27.12.2024", "de", "27.12.2024"),
    ("17:32", None, "17:32"),
    ("at 5 p.m.", "en", "5 p.m."),
    ("um 17 Uhr", "de", "17 Uhr"),
    ("the 1990s", "en", "1990s"),
    ("in the '90s", "en", "90s"),
    ("in den 1990er Jahren", "de", "1990er"),
    ("in 2024", "en", "2024"),
    ("since 2019", "en", "2019"),
    ("mid-2023", "en", "2023"),
    ("the 2023-24 season", "en", "2023-24"),
    ("im Jahr 2024", "de", "2024"),
    ("am 27. Dezember", "de", "27. Dezember"),
    ("le 27 décembre", "fr", "27 décembre"),
    ("26 декабря", "ru", "26 декабря"),
    ("в 2024 году", "ru", "2024 году"),
    ("2024년", "ko", "2024년"),
    ("12월 27일", "ko", "12월"),
    ("오후 5시", "ko", "5시"),
    ("2024年", "zh", "2024年"),
    ("十一月", "zh", "十一月"),
    ("27日", "ja", "27日"),
    ("27 ديسمبر", "ar", "27 ديسمبر"),
]


@pytest.mark.parametrize(("text", "lang", "expression"), DATES)
def test_dates_and_times_are_flagged(text: str, lang: str | None, expression: str) -> None:
    figure = parse_figure(text, lang)
    assert figure is not None
    assert figure.is_date_or_time
    assert text[figure.span_start : figure.span_end] == expression
    assert find_figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("on Friday", "en"),
        ("dozens", "en"),
        ("dozens of people", "en"),
        ("thousands of protesters", "en"),
        ("hundreds", "en"),
        ("a", "en"),
        ("COVID-19", "en"),
        ("the G7 summit", "en"),
        ("the 3rd round", "en"),
        ("一些人", "zh"),
        ("十分重要", "zh"),
        ("第三", "zh"),
        ("", None),
    ],
)
def test_no_figure(text: str, lang: str | None) -> None:
    assert parse_figure(text, lang) is None


def test_comma_decimal_is_not_read_in_english() -> None:
    figure = parse_figure("3,2", "en")
    assert figure is not None and figure.value == 3


def test_plain_space_groups_only_where_the_language_writes_them() -> None:
    assert [f.value for f in find_figures("11 000", "en")] == [11, 0]
    assert [f.value for f in find_figures("11 000", "fr")] == [11_000]


def test_long_scale_billion() -> None:
    assert parse_figure("2 billion", "en") == Figure(2e9, None, None, 0, 9)
    figure = parse_figure("2 billion", "fr")
    assert figure is not None and figure.value == 2e12


ARTICLES = [
    (
        "SEOUL, Dec. 27 (Yonhap) -- North Korea has sent more than 11,000 soldiers to Russia, and about 3,000 "
        "of them were killed or injured in 2024, officials said on Friday at 17:32. Losses hit €4.2bn, up 3.2% "
        "since the 1990s. Two-thirds of the 12 units fled.",
        "en",
        [
            (11_000, "more than", None),
            (3_000, "about", None),
            (4.2e9, None, "EUR"),
            (3.2, None, "%"),
            (2 / 3, None, None),
            (12, None, None),
        ],
    ),
    (
        "북한이 러시아에 1만1000명 이상을 파병했으며 약 3천 명이 죽거나 다쳤다고 2024년 12월 27일 밝혔다. "
        "피해액은 3억 원을 넘었다.",
        "ko",
        [(11_000, "at least", None), (3_000, "about", None), (3e8, None, "KRW")],
    ),
    (
        "据报道，朝鲜向俄罗斯派遣了1.1万多名士兵，其中约3000人伤亡，损失3亿元，占百分之十五。2024年12月27日",
        "zh",
        [(11_000, "more than", None), (3_000, "about", None), (3e8, None, "CNY"), (15, None, "%")],
    ),
    (
        "Nordkorea hat mehr als 11.000 Soldaten geschickt; Kosten: 4,2 Mrd. € (3,2 %). Am 27. Dezember 2024 um 17 Uhr.",
        "de",
        [(11_000, "more than", None), (4.2e9, None, "EUR"), (3.2, None, "%")],
    ),
    (
        "Північна Корея відправила понад 11 000 військових, близько 3 тис. з них загинули 27 грудня 2024 року.",
        "uk",
        [(11_000, "more than", None), (3_000, "about", None)],
    ),
    (
        "أرسلت كوريا الشمالية أكثر من ١١٬٠٠٠ جندي، وقتل نحو ٣٬٠٠٠ منهم في عام 2024.",
        "ar",
        [(11_000, "more than", None), (3_000, "about", None)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ARTICLES)
def test_find_figures_in_articles(text: str, lang: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    found = find_figures(text, lang)
    assert [(f.qualifier, f.unit) for f in found] == [(q, u) for _, q, u in expected]
    assert all(same_number(f.value, v) for f, (v, _, _) in zip(found, expected, strict=True))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (11_000, 11_000.0, True),
        (11_000, 11_001, False),
        (1e12, 1e12 + 1, True),
        (2 / 3, 0.67, True),
        (2 / 3, 0.667, True),
        (1 / 3, 0.33, True),
        (2 / 3, 0.6, False),
        (0.5, 0.51, False),
        (3.2, 3.21, False),
        (0.0, 0.0, True),
        (-0.4, 0.4, False),
    ],
)
def test_same_number(a: float, b: float, same: bool) -> None:
    assert same_number(a, b) is same
    assert same_number(b, a) is same


@pytest.mark.parametrize(
    ("value", "style", "text"),
    [
        (11_000.5, "en", "11,000.5"),
        (11_000.5, "de", "11.000,5"),
        (11_000.5, "fr", "11\u202f000,5"),
        (11_000.5, "ar", "١١٬٠٠٠٫٥"),
        (11_000.5, "plain", "11000.5"),
        (0.25, "de", "0,25"),
        (1_234_567, "en", "1,234,567"),
        (-3.2, "en", "-3.2"),
    ],
)
def test_render(value: float, style: str, text: str) -> None:
    assert render(value, style) == text


def test_render_rejects_an_unknown_style() -> None:
    with pytest.raises(ValueError, match="style"):
        render(1.0, "klingon")


STYLE_LANGS = {"en": "en", "de": "de", "fr": "fr", "ar": "ar", "plain": None}
values = st.one_of(
    st.integers(min_value=0, max_value=10**12 - 1).map(float),
    st.integers(min_value=0, max_value=10**14 - 1).map(lambda n: n / 100),
    st.integers(min_value=0, max_value=10**13 - 1).map(lambda n: n / 10),
)


@settings(max_examples=200, deadline=None)
@given(value=values, style=st.sampled_from(sorted(STYLE_LANGS)))
def test_render_reads_back(value: float, style: str) -> None:
    figure = parse_figure(render(value, style), STYLE_LANGS[style])
    assert figure is not None
    assert same_number(figure.value, value)


@settings(max_examples=200, deadline=None)
@given(value=values, style=st.sampled_from(sorted(STYLE_LANGS)))
def test_rendered_figure_is_found_in_a_sentence(value: float, style: str) -> None:
    text = f"Officials said that {render(value, style)} people were affected."
    found = find_figures(text, STYLE_LANGS[style])
    # A bare year-like number with no date context stays a figure.
    assert [f.value for f in found if same_number(f.value, value)]


langs = st.sampled_from([None, "en", "de", "fr", "es", "ru", "uk", "ko", "zh", "ja", "ar", "pt-BR", "xx"])


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(exclude_categories=["Cs"])), lang=langs)
def test_readers_never_raise(text: str, lang: str | None) -> None:
    first = parse_figure(text, lang)
    found = find_figures(text, lang)
    if first is not None:
        assert 0 <= first.span_start < first.span_end <= len(text)
        assert math.isfinite(first.value)
    for before, after in itertools.pairwise(found):
        assert before.span_end <= after.span_start
    assert all(not f.is_date_or_time and math.isfinite(f.value) for f in found)


# With the marks of a power ('10^6', '2×10⁶') and a letter O among the digits ('1O0').
SOUP = list("0123456789.,  \u00a0\u202f%€$£-:/万亿千百十一二三两만억천원명年月日 abcdefmnorstuhkx") + list("O^*×⁰⁶⁻")
numberish = st.text(
    st.sampled_from(SOUP),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(text=numberish, lang=langs)
def test_readers_never_raise_on_number_soup(text: str, lang: str | None) -> None:
    found = find_figures(text, lang)
    for before, after in itertools.pairwise(found):
        assert before.span_end <= after.span_start
    parse_figure(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("The model has 10^6 parameters.", "en", "10^6", 1e6),
        ("The model has 10**6 parameters.", "en", "10**6", 1e6),
        ("a budget of 10⁶ euros", "en", "10⁶ euros", 1e6),
        ("a dose of 10^-3 grams", "en", "10^-3", 1e-3),
        ("a dose of 10⁻³ grams", "en", "10⁻³", 1e-3),
        ("about 1e6 cells", "en", "about 1e6", 1e6),
        ("a level of 3.5e-4 mol", "en", "3.5e-4", 3.5e-4),
        ("trained on 2×10^9 words", "en", "2×10^9", 2e9),
        ("trained on 2x10^9 words", "en", "2x10^9", 2e9),
        ("trained on 2 × 10^9 words", "en", "2 × 10^9", 2e9),
        ("rund 1,5 × 10⁶ Zellen", "de", "rund 1,5 × 10⁶", 1.5e6),
        ("a block of 2^10 bytes", "en", "2^10", 1024),
    ],
)
def test_a_number_with_a_power_is_one_figure(text: str, lang: str, written: str, value: float) -> None:
    found = find_figures(text, lang)
    assert [(text[f.span_start : f.span_end], f.value) for f in found] == [(written, pytest.approx(value))]


@pytest.mark.parametrize(
    "text",
    ["It scored 1O0 points.", "He rolled 1l0 times.", "1O0O people", "a 4x4 vehicle", "The 10^999 atoms.", "1e999"],
)
def test_digits_glued_to_letters_and_digits_give_no_figure(text: str) -> None:
    assert find_figures(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("un appartement de 45m2 à Paris", "fr", "45"),
        ("500m3 of water", "en", "500"),
        ("5G masts", "en", "5"),
        ("a toll of 300¹ people", "en", "300"),  # a footnote's mark, not a power
        ("3만2000명", "ko", "3만2000"),
        ("a 10 x 20 m plot", "en", "10 x 20 m"),  # (a size, read whole since round 69)
    ],
)
def test_units_footnotes_and_numerals_glued_to_a_number_still_read(text: str, lang: str, written: str) -> None:
    found = find_figures(text, lang)
    assert found and text[found[0].span_start : found[0].span_end] == written


def test_a_figure_with_a_power_grounds_as_its_value_not_as_its_first_digits() -> None:
    from summarise.grounding.check import check_figure
    from summarise.models import Figure as ModelFigure

    article = "Researchers said the model has 10^6 parameters, the institute announced on Monday."

    def figure(number: float) -> ModelFigure:
        return ModelFigure(
            value="10^6", number=number, unit=None, counts="parameters", qualifier=None, source=None, translation=None
        )

    assert check_figure(figure(1e6), article, "en").grounded is not None
    refused = check_figure(figure(10), article, "en")
    assert refused.grounded is None and "does not match" in (refused.reason or "")
