"""Numbers, round sixty-five: an SI prefix written as 千 or 兆 is no multiplier ("3千米" is 3 km, "24万千瓦"
240,000 kW, "240兆瓦" 240 MW), a Korean number may put a space before the places below its last unit ("6천 200원"),
and a figure is verified at an occurrence that reads as it does: not the "1" of "1.5", not the "4" of "4%" when
the figure is the "4" of "4인 가족", and a unit written against the digits ("240MW") leaves them whole."""

from __future__ import annotations

import pytest

from summarise import summarise
from summarise.grounding.check import check_figure
from summarise.grounding.numbers import parse_figure
from summarise.models import Figure
from summarise.reading import read


@pytest.mark.parametrize(
    ("value", "lang", "number"),
    [
        ("3千米", "zh", 3),
        ("5千克", "zh", 5),
        ("24万千瓦", "zh", 240_000),
        ("240兆瓦", "zh", 240),
        ("6天3千瓦时", "zh", None),
        ("6천 200원", "ko", 6200),
        ("1만 200명", "ko", 10_200),
        ("1천 120만", "ko", 11_200_000),
        ("2만 3천512명", "ko", 23_512),
        # (unchanged: a multiplier stays one)
        ("三千五百", "zh", 3500),
        ("2兆円", "ja", 2e12),
        ("1万1000", "zh", 11_000),
    ],
)
def test_a_cjk_or_korean_number_reads_as_written(value: str, lang: str, number: float | None) -> None:
    read = parse_figure(value, lang)
    if number is None:
        assert read is None or read.value != 6003000
    else:
        assert read is not None and read.value == number


def _figure(value: str, number: float, unit: str | None = None) -> Figure:
    return Figure(value=value, number=number, unit=unit, counts="x", qualifier=None, source=None, translation=None)


@pytest.mark.parametrize(
    ("article", "value", "number", "lang"),
    [
        ("外国人観光客は前年の1.5倍に増えた。宿泊税は1人1泊200円とする。", "1", 1.0, "ja"),
        ("ごみは前年の約1.3倍だった。臨時駐車場を3か所増やす。", "3", 3.0, "ja"),
        ("돼지고기는 4% 내렸다. 배추는 4천100원이었다. 4인 가족의 한 달 식비는 약 112만 원이다.", "4", 4.0, "ko"),
        ("水电站装机容量为240MW，年发电量约7.5亿度。", "240", 240.0, "zh"),
    ],
)
def test_a_figure_is_verified_where_the_article_reads_it(article: str, value: str, number: float, lang: str) -> None:
    checked = check_figure(_figure(value, number), article, lang)
    assert checked.grounded is not None, checked.reason


def test_a_figure_found_only_inside_a_longer_number_is_not_verified() -> None:
    checked = check_figure(_figure("1", 1.0), "Visitors rose to 1.5 times last year's number.", "en")
    assert checked.grounded is None


def test_the_figures_of_a_cjk_article_all_verify_with_the_code_reading() -> None:
    article = (
        "町の観光\n\n外国人観光客は約18万6000人で、前年の1.5倍に増えた。町の海岸では約34トンのごみが回収され、前年の約"
        "1.3倍だった。宿泊税は1人1泊200円とする。町は来夏に臨時駐車場を3か所増やし、約1200台分を確保する。"
    )
    result = summarise(article, engine="extractive")
    assert not [u.reason for u in result.unverified if "does not match" in (u.reason or "")]


@pytest.mark.parametrize(
    ("lang", "text", "kept", "dropped"),
    [
        # (a German ordinal after an article, before a noun; a date or a sentence's end stays what it was)
        ("de", "Es ist erst der 3. Schneeleoparden-Nachwuchs in der Geschichte des Tierparks.", [], ["3"]),
        ("de", "Er scheiterte beim 5. Versuch, sagte der Trainer vor 300 Zuschauern.", ["300"], ["5"]),
        ("de", "Der Zoo meldete 3. Die Zahl stieg.", ["3"], []),
        # (a rate's "one" and a household by its size; one person who died stays a figure)
        ("ja", "宿泊税は1人1泊200円とする。", ["200円"], ["1"]),
        ("ja", "1人当たり500円を支給する。", ["500円"], ["1"]),
        ("ja", "事故で1人が死亡した。", ["1"], []),
        ("ko", "4인 가족의 한 달 식비는 약 112만 원이다.", ["약 112만 원"], ["4"]),
        ("ko", "사고로 4명이 숨졌다.", ["4"], []),
        # (a play in baseball and a score in play; a final score and two cars stay figures)
        ("ko", "2대 3으로 끌려가던 해성은 9회말 2사 1, 2루에서 터진 끝내기 2루타로 승부를 뒤집었다.", [], ["2", "3"]),
        ("ko", "차량 2대가 부서졌다.", ["2"], []),
        ("ko", "해성은 7차전에서 대전 라이온즈를 4대 3으로 꺾고 우승했다.", ["4대 3"], []),  # (read whole: round 69)
    ],
)
def test_numbers_that_count_nothing_round65(lang: str, text: str, kept: list[str], dropped: list[str]) -> None:
    reading = read(text, lang)
    values = [reading.at(f.value) for f in reading.figures]
    assert all(v in values for v in kept), values
    assert not any(v in values for v in dropped), values


def test_the_first_place_the_article_gives_a_number_decides_its_qualifier() -> None:
    article = (
        "La citerne a perdu près de 3 000 litres de gazole, selon la préfecture. Il serait souhaitable que l'on écrive "
        "que la fuite a atteint largement au-delà de 3 000 litres."
    )
    said = Figure(
        value="3 000 litres", number=3000, unit=None, counts="gazole", qualifier="nearly", source=None, translation=None
    )
    planted = said.model_copy(update={"qualifier": "more than"})
    assert check_figure(said, article, "fr").grounded is not None
    checked = check_figure(planted, article, "fr")
    assert checked.grounded is None and "'nearly'" in (checked.reason or ""), checked.reason
