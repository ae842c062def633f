"""Numbers that number or reach rather than count (reading/numbering.py, session 64): found in the first measure of
eval/heldout5, where 40 of the reader's figures were numbers its gold calls traps."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _values(text: str, lang: str) -> list[str]:
    return [text[f.value[0] : f.value[1]] for f in read(text, lang).figures]


@pytest.mark.parametrize(
    ("text", "lang", "not_read"),
    [
        # A telephone in digit groups, whatever piece the scanner reads.
        ("Гаряча лінія для батьків: 0 800 30 12 12. Страйкують 340 вчителів.", "uk", "12"),
        ("Перевірити можна за номером 0 800 21 03 03. Витік зачепив 40 тисяч клієнтів.", "uk", "21"),
        ("問い合わせは町の災害対策本部（0267-42-1100）まで。避難者は約240人。", "ja", "1100"),
        ("预约可通过官方小程序或拨打0575-8612 3300进行。每日限流1.2万人次。", "zh", "3300"),
        ("Call +44 20 7946 0958 for details; 300 people have registered.", "en", "0958"),
        # A number after a verb of dialling.
        ("参保人员可拨打12333咨询相关政策。今年发放了3亿元。", "zh", "12333"),
        ("세금 관련 문의는 국번 없이 110으로 하면 된다. 세수는 1조 원 줄어든다.", "ko", "110"),
        # The first day of a span of dates.
        ("Une consultation publique s'était tenue du 3 au 28 juin et avait recueilli 1 912 contributions.", "fr", "3"),
        ("Следующий турнир серии пройдёт с 12 по 20 апреля. Участвовали 40 шахматистов.", "ru", "12"),
        ("El plazo estará abierto del 1 al 28 de febrero para 250 familias.", "es", "1"),
        ("Darüber stimmen die Studierenden vom 13. bis 17. Januar ab, 4000 sind eingeschrieben.", "de", "13"),
        ("Dredging will take place from 5 to 23 January, the port said; 12 ships are affected.", "en", "5"),
        # Russian and Ukrainian ordinal endings.
        ("В последнем, 9-м туре он вничью сыграл с Эйде и набрал 7 очков.", "ru", "9"),
        ("Запуск стал 4-м для ракеты и 2-м с нового стартового стола, доставив 12 спутников.", "ru", "2"),
        # An age after a name and a comma.
        ("Kiprono, de 27 años, rebajó en casi 50 segundos el récord.", "es", "27"),
        ("Тренер Виктор Ларин, 61 год, рассказал, что турнир собрал 40 участников.", "ru", "61"),
        ("Юристка Ірина Савчук, 34 роки, радить змінити паролі 2 мільйонам клієнтів.", "uk", "34"),
        ("A aluna Matilde Sarmento, de 14 anos, contou que a escola tem 300 alunos.", "pt", "14"),
        # A numbered place or bib.
        ("La española Lucía Arrieta, dorsal 105, fue cuarta entre 9.000 corredores.", "es", "105"),
        ("Ils seraient entrés par une fenêtre de la salle 12, emportant 3 tableaux.", "fr", "12"),
        ("The site is on plot 17 of the Riverside estate and will employ 85 people.", "en", "17"),
        ("El agua se agotó en el kilómetro 35 para unos 2.000 corredores.", "es", "35"),
        # A Chinese age with 周岁.
        ("对年满75周岁的老人，每月再额外发放20元高龄补贴。", "zh", "75"),
    ],
)
def test_a_number_that_numbers_is_no_figure(text: str, lang: str, not_read: str) -> None:
    values = _values(text, lang)
    assert not_read not in values, values
    assert values, "the sentence's real figure is still read"


@pytest.mark.parametrize(
    ("text", "lang", "read_as"),
    [
        # A thousands separator opens with no 0.
        ("La consultation a recueilli 1 912 contributions et 2 400 000 euros de dons.", "fr", "1 912"),
        # A span of numbers that are no dates: a count's range stays.
        ("Between 3 to 28 people were hurt, police said.", "en", "Between 3 to 28"),  # (one figure since round 67)
        # A distance after its number is a figure; an age with no name before it is left to the other rules.
        ("Los corredores recorrieron 35 kilómetros bajo la lluvia.", "es", "35"),
        ("Dear shareholders, 27 years of growth end today with 3 plants closed.", "en", "3"),
        # A sum after a name and a comma is no age.
        ("Según Kiprono, 27 millones de euros se destinarán al estadio.", "es", "27 millones de euros"),
    ],
)
def test_what_counts_is_still_read(text: str, lang: str, read_as: str) -> None:
    assert read_as in _values(text, lang)


def test_review64n_as_measured() -> None:
    # A fresh-eyes review of the first version (tests/data/review64n): 60 sentences whose number is a figure next to
    # the module's patterns, written to trip them, and 30 that are no figure. The first version dropped 27 of the 60
    # that b26d9ad read ("in the parking lot 200 cars", "El contrato con Repsol, de 10 años,", "в течение 2-х лет",
    # "20 to 30 may have died", "She won 0-6 6-4 7-6 6-3", "+1 250 000 visiteurs", "致电3000名客户"); now it drops none
    # of them. Not read, as on b26d9ad: 10 figures (lists of "Name, N years," and two others), and 14 of the 30 are
    # still read (phones that open with neither 0 nor "+", a date span with the month after the second span only, an
    # age after a common noun); the 4 more left out are date spans ("from 3 to 28 June").
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in (Path(__file__).parent / "data" / "review64n" / "sentences.jsonl").open()]
    wrong = []
    for row in rows:
        values = _values(row["sentence"], row["language"])
        read_it = any(row["figure"] in v or v in row["figure"] for v in values)
        if read_it != (row["expect"] == "figure"):
            wrong.append(row["id"])
    assert [w for w in wrong if w.startswith("F")] == [
        "F10",
        "F13",
        "F14",
        "F17",
        "F23",
        "F29",
        "F34",
        "F42",
        "F51",
        "F53",
    ]
    assert len([w for w in wrong if w.startswith("N")]) == 14
