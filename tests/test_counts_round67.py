"""What a figure counts (round sixty-seven): a span of time names what it measures, not its unit (the words right
after the unit, "sechs Jahren Haft", "5 лет лишения свободы", or else the words before the figure), and the unit joins
the value; a plain number compared with one before it counts what that one counts ("up from 6"); what a sum is paid
as ("600 000 euros d'amende") and what a Russian or Ukrainian share is of ("54,3% голосов"); Arabic numbers after a
one-letter proclitic ("بين 20 و25", "بـ2.06"), an Arabic comma ending a label; Japanese tenths ("約4割") and Spanish
and Portuguese thousands grouped by spaces. Each rule's limits are here too."""

from __future__ import annotations

import pytest

from summarise.grounding.numbers import find_figures
from summarise.reading import read


def _counts(text: str, lang: str) -> dict[str, str | None]:
    reading = read(text, lang)
    return {reading.at(f.value): reading.at(f.counts) if f.counts else None for f in reading.figures}


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (what a span of time measures, named after its unit)
        ("de", "Das Gericht verurteilte den Mann am Donnerstag zu 6 Jahren Haft.", "6 Jahren", "Haft"),
        ("de", "Die Staatsanwaltschaft hatte 7 Jahre Haft gefordert.", "7 Jahre", "Haft"),
        ("ru", "Суд приговорил его к 5 годам лишения свободы.", "5 годам", "лишения свободы"),
        ("ru", "Проверки заняли около 14 часов работы судей.", "около 14 часов", "работы судей"),
        ("es", "Fue condenado a 4 años de prisión por el fraude.", "4", "años de prisión"),
        ("en", "She was jailed for 3 years in prison after the trial.", "3 years", "prison"),
        ("ar", "اختتم المهرجان دورته بعد ١١ يوماً من العروض.", "١١ يوما", "العروض"),
        # (or before the figure)
        ("de", "Der Bauleiter sagte, die Sperrung gelte zunächst für mindestens 18 Monate.", "mindestens 18 Monate",
         "die Sperrung gelte zunächst"),
        ("es", "Kiprono, de 27 años, rebajó en casi 50 segundos la marca.", "casi 50 segundos", "rebajó"),
        ("ar", "قضت المحكمة بالسجن المشدد ٧ سنوات على مدير سابق.", "٧ سنوات", "قضت المحكمة بالسجن المشدد"),
        # (a plain number compared with one before it)
        ("en", "The port said 14 container ships were waiting at anchor by midday, up from 6 on Sunday.", "6",
         "container ships"),
        ("de", "2024 seien 312 Beschwerden eingegangen, nach 205 im Jahr davor.", "205", "Beschwerden"),
        ("fr", "Le musée ne comptait que 2 gardiens de nuit, contre 5 il y a dix ans.", "5", "gardiens de nuit"),
        # (what a sum is paid as, what a share is of)
        ("fr", "Le procureur avait requis 600 000 euros d'amende.", "600 000 euros", "amende"),
        ("fr", "Le tribunal a ordonné le versement de 120 000 euros de dommages et intérêts.", "120 000 euros",
         "dommages et intérêts"),
        ("en", "The firm agreed to pay $2 million in damages.", "$2 million", "damages"),
        ("ru", "Победил Виктор Ларионов, набравший 54,3% голосов.", "54,3%", "голосов"),
        ("uk", "Штраф становитиме до 5% річного доходу компанії.", "5%", "річного доходу"),
        # (an Arabic range after a proclitic "and", its verb "ranges" left out)
        ("ar", "يجري المصرف محادثات للاستحواذ على حصة تتراوح بين 20 و25 في المئة في مصرف آخر.", "25 في المئة", "حصة"),
        # (an Arabic comma ends a label)
        ("ar", "قالت اللجنة إن عدد الزوار بلغ نحو ١٢٠ ألف زائر، بزيادة ٢٥٪ على الدورة السابقة.", "نحو ١٢٠ ألف", "زائر"),
    ],
)  # fmt: skip
def test_what_a_figure_counts(lang: str, text: str, value: str, counts: str) -> None:
    assert _counts(text, lang).get(value) == counts, _counts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (never the unit of the figure before: the span of time keeps its unit)
        ("en", "The River Leen rose more than two metres in six hours.", "six", "hours"),
        # (a month, a total, a comparative are no kind of sum nor share)
        ("en", "The company raised $5 million in March.", "$5 million", "company raised"),
        ("ru", "Снега выпало на 60% больше нормы.", "60%", "Снега выпало"),
        # ("in" is a word of its own: "investiert" is no sum paid "in" anything)
        ("de", "Für das Gehege wurden 1,6 Millionen Euro investiert.", "1,6 Millionen Euro", "das Gehege"),
        # (a verb after a span of time is not what it measures)
        ("ru", "Переговоры 19 часов длились без перерыва.", "19 часов", "Переговоры"),
    ],
)
def test_what_those_rules_leave(lang: str, text: str, value: str, counts: str) -> None:
    assert _counts(text, lang).get(value) == counts, _counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("بين 20 و25 في المئة", "ar", [("20", 20.0), ("25 في المئة", 25.0)]),
        ("ارتفع الربح إلى 2.35 مليار ريال، مقارنة بـ2.06 مليار ريال.", "ar", [("2.35 مليار", 2.35e9),
                                                                          ("2.06 مليار", 2.06e9)]),
        ("市民の約4割が反対した。", "ja", [("約4割", 40.0)]),
        ("Llegaron 850 000 turistas.", "es", [("850 000", 850000.0)]),
        ("Chegaram 12 500 visitantes.", "pt", [("12 500", 12500.0)]),
        # (a letter that is part of a word is no proclitic: "G7", "ب" inside a word)
        ("قمة G7 في المدينة", "ar", []),
    ],
)  # fmt: skip
def test_numbers_read(text: str, lang: str, read: list[tuple[str, float]]) -> None:
    found = [(text[f.span_start : f.span_end], f.value) for f in find_figures(text, lang) if not f.is_date_or_time]
    assert found == read
