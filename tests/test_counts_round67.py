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
        ("ar", "يجري المصرف محادثات للاستحواذ على حصة تتراوح بين 20 و25 في المئة في مصرف آخر.",
         "بين 20 و25 في المئة", "حصة"),
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


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # (the two figures of a range are one, with the first's number)
        ("en", "The strike would cost the local economy between £3 million and £4 million a day.",
         [("between £3 million and £4 million", 3e6)]),
        ("en", "Supermarkets held stock for 5 to 7 days.", [("5 to 7", 5.0)]),
        ("ru", "Вода может подняться ещё на 30–40 сантиметров.", [("30–40", 30.0)]),
        ("zh", "部分业主将挂牌价下调了20%至30%。", [("20%至30%", 20.0)]),
        ("ar", "يجري المصرف محادثات للاستحواذ على حصة تتراوح بين 20 و25 في المئة.", [("بين 20 و25 في المئة", 20.0)]),
        # (not a change from one to the other, nor a change and the level it reaches, nor "and" without "between")
        ("en", "Prices rose from 5% to 7% this year.", [("5%", 5.0), ("7%", 7.0)]),
        ("ar", "ارتفع صافي الأرباح بنسبة 18% إلى 412 مليون دينار.", [("18%", 18.0), ("412 مليون", 412e6)]),
        ("en", "He scored 3 and his team won 2 matches.", [("3", 3.0), ("2", 2.0)]),
        # (spans of time one after the other are figures each, and a unit before a number never joins it)
        ("en", "Forrest Gump keeps running for 3 years, 2 months, 14 days, and 16 hours.",
         [("3 years", 3.0), ("2", 2.0), ("14", 14.0), ("16", 16.0)]),
        ("es", "Abrió el marcador en el minuto 12 y firmó el segundo tanto.", [("12", 12.0)]),
        # (a range's second figure with a span of time is no period of the figure before: "بين ٣ و٥ سنوات")
        ("ar", "عاقبت المحكمة ٣ متهمين آخرين بالسجن لمدد تتراوح بين ٣ و٥ سنوات.", [("٣", 3.0), ("بين ٣ و٥", 3.0)]),
        ("en", "Wages rose 6.5 percent over two years.", [("6.5 percent", 6.5)]),
    ],
)  # fmt: skip
def test_ranges_and_spans_of_time(lang: str, text: str, values: list[tuple[str, float]]) -> None:
    reading = read(text, lang)
    assert [(reading.at(f.value), f.number) for f in reading.figures] == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (an age written as a German noun, after a Russian or Ukrainian pronoun in the dative; a telephone number
        # after a qualifier's word)
        ("de", "„Wir haben verzichtet“, sagte der 57-Jährige."),
        ("ru", "Ларионов, которому 58 лет, поблагодарил горожан."),
        ("uk", "Ковальчук, якому 44 роки, подякував виборцям."),
        ("de", "Das Gesundheitsamt ist für Rückfragen unter 06421 88 300 erreichbar."),
    ],
)
def test_numbers_that_count_nothing(lang: str, text: str) -> None:
    assert read(text, lang).figures == []


def test_a_dative_pronoun_before_a_sum_is_no_age() -> None:
    assert [f.number for f in read("Он заплатил ему 500 рублей.", "ru").figures] == [500.0]
