"""What a figure counts (round sixty-five): a range's first figure counts what its second names after it, a figure
compared right after another counts what that one counts, a verb of change or level in more of its forms (a future, a
past, a copula: "становив", "вырастет", "oscilan"), two verbs of one subject and a clause with its own, a share lost
"of" something, and in Korean, Japanese and Chinese what a share of a whole or a change names, or the people a
Japanese figure of people counts (never the figure's own value). Each rule's limits are here too: an age or a span
of time in a range, a clause's own subject after "and", a level reached, a Japanese subject before a figure, a
Korean whole counted in words or named a sentence before."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _counts(text: str, lang: str) -> dict[str, str | None]:
    reading = read(text, lang)
    return {reading.at(f.value): reading.at(f.counts) if f.counts else None for f in reading.figures}


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (a range: the first figure counts what the second names after it)
        (
            "en",
            "There are only between 4,000 and 6,500 snow leopards left in the wild.",
            "between 4,000 and 6,500",
            "snow leopards",
        ),
        ("en", "The fire destroyed 20 to 30 homes.", "20 to 30", "homes"),
        (
            "de",
            "Es gibt nur noch zwischen 4.000 und 6.500 Schneeleoparden in freier Wildbahn.",
            "zwischen 4.000 und 6.500",
            "Schneeleoparden",
        ),
        ("es", "La región contratará entre 40 y 50 especialistas antes de marzo.", "entre 40 y 50", "especialistas"),
        (
            "fr",
            "Le district attend entre 1 500 et 1 800 spectateurs pour cette finale.",
            "entre 1 500 et 1 800",
            "spectateurs",
        ),
        # (not an age nor a span of time: the first's own words say more)
        (
            "es",
            "El estudio siguió a 2.300 jóvenes de entre 12 y 17 años durante tres años.",
            "entre 12 y 17",
            "jóvenes",
        ),
        ("de", "Gesucht werden Bürgerinnen und Bürger zwischen 25 und 69 Jahren.", "zwischen 25 und 69", "Bürger"),
        # (no verb nor auxiliary as the label, session 73: none)
        ("en", "Opening hours will be cut from 40 to 32 a week.", "40", None),
        # ("and" joins a range only after "between")
        ("en", "He scored 3 and his team won 2 matches.", "3", None),
        # (compared right after another figure: what that one counts)
        (
            "uk",
            "Середня зарплата вчителя становить близько 15 400 грн на місяць, що на 9% менше, ніж у середньому.",
            "9%",
            "Середня зарплата вчителя",
        ),
        ("en", "The road cost £38 million, about a third more than planned.", "about a third", "road"),
        (
            "de",
            "Die Zahl der Schlaganfälle lag in der Salzgruppe um 14 Prozent niedriger als in der Vergleichsgruppe.",
            "14 Prozent",
            "Die Zahl der Schlaganfälle",
        ),
        # (more verbs of a change or a level, and their subject)
        (
            "uk",
            "Торік оборот «Фармасвіту» становив приблизно 7,3 млрд грн.",
            "приблизно 7,3 млрд грн.",
            "Торік оборот «Фармасвіту»",
        ),
        ("ru", "По расчётам, общий ущерб превышает 12 млн рублей.", "12 млн рублей", "общий ущерб"),
        ("es", "Las pérdidas oscilan entre 20 y 25 hectáreas.", "entre 20 y 25", "Las pérdidas"),
        ("es", "La tarifa del Metro subirá a 6.50 pesos.", "6.50", "La tarifa del Metro"),
        ("fr", "Le budget de l'équipe ne dépasse pas 300 000 euros.", "300 000 euros", "Le budget de l'équipe"),
        # (two verbs of one subject; a clause after "and" with its own)
        ("ru", "Рейтинг Кольцова вырастет примерно на 22 пункта и превысит 2650.", "2650", "Рейтинг Кольцова"),
        ("ru", "Рейтинг Кольцова вырастет примерно на 22 пункта и превысит 2650.", "22", "Рейтинг Кольцова"),
        ("en", "Exports rose 4% and imports fell 2%.", "2%", "imports"),
        ("en", "Sales rose 5% to $300 million and profits fell 3% to $20 million.", "3%", "profits"),
        (
            "fr",
            "Les exportations ont augmenté de 4 % et les importations ont baissé de 2 %.",
            "2 %",
            "les importations",
        ),
        ("ru", "При этом общий налёт самолёта превышает 41 тыс. часов.", "41 тыс.", "При этом общий налёт самолёта"),
        # (a change "from" one figure "to" another: what the verb changes, or its subject)
        (
            "es",
            "Tranvega subirá el precio del billete sencillo de 1,30 a 1,60 euros.",
            "1,30",
            "precio del billete sencillo",
        ),
        ("es", "El abono mensual pasará de 38 a 42 euros.", "38", "El abono mensual"),
        ("fr", "L'association décidera au printemps si la foire passera à deux jours.", "deux", "la foire"),
        # (a share lost "of" something counts it; a level reached is the subject's)
        ("en", "Tests found the batteries lost 18% of their capacity.", "18%", "capacity"),
        ("es", "El embalse cayó al 18 % de su capacidad.", "18 %", "El embalse"),
        # (Japanese: past "既に"; the people a figure of people counts, not the subject or topic before it; a change
        # in the sentence of a figure counts what that one counts)
        ("ja", "地元の野菜を扱う直売所は初日だけで三千人が訪れたという。", "三千", "人"),
        ("ja", "町観光協会は、宿泊のキャンセルが既に1万2000泊以上に上ったと試算している。", "1万2000", "キャンセル"),
        ("ja", "JR霧峰線は始発から全線で運転を見合わせ、約1万5000人に影響が出た。", "約1万5000", "人"),
        ("ja", "昨年度の図書館の来館者数は約86万人で、10年前より約24％減っている。", "約24％", "来館者数"),
        ("ja", "実行委員会によると、昨年は約十万人が訪れた。", "約十万", "人"),
        # (Korean: a share of a whole with no count of its own counts the whole; a unit noun as the subject)
        ("ko", '부처 관계자는 "감소분 가운데 최소 70%를 지방교부세로 보전할 것"이라고 밝혔다.', "최소 70%", "감소분"),
        ("ko", "그 화분 가운데 세 개가 아직 창가에서 자라고 있다.", "세", "화분"),
        ("ko", "이번 조치로 혜택을 받는 가구는 약 1천 120만 가구에 이른다.", "약 1천 120만", "가구"),
        ("ko", "정부가 당초 인하 폭을 0.1%포인트로 검토했다.", "0.1%", "인하 폭"),
        ("ko", "경찰은 조직원 17명을 검거해 이 가운데 5명을 구속했다.", "5", "조직원"),
        # (Chinese: what changed with its verb; a pension "from" per month "to")
        ("zh", "归属于上市公司股东的净利润同比下降38%。", "38%", "公司股东的净利润同比下降"),
        ("zh", "近一周澄州酒店的搜索量环比上涨了45%。", "45%", "澄州酒店的搜索量环比上涨了"),
        ("zh", "营收同比增长约9.4%。", "约9.4%", "营收同比增长"),
        ("zh", "全省养老金最低标准由每人每月188元提高到223元。", "188元", "省养老金最低标准"),
    ],
)
def test_what_a_figure_counts_round65(lang: str, text: str, value: str, counts: str) -> None:
    assert _counts(text, lang).get(value, "(no figure)") == counts


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # (a Korean whole counted in words, or named in a sentence before, "이 가운데", is no whole a part counts; a
        # Japanese subject before a figure names what lasts or who made it as often as what is counted)
        ("ko", "급식실의 배기 후드 여섯 대 가운데 두 대는 작동하지 않고 있다.", "두"),
        # (a Japanese topic in another clause, a time, a speaker: none of them)
        ("ja", "電車は本町電停から東部の住宅地まで８分間隔で運行される。", "８"),
        ("ja", "地元の工人が作った約300体が並ぶ。", "約300"),
        ("ko", "사업비는 약 14억 원이다. 주민자치회는 이 가운데 9억 원을 도비로 충당하자고 했다.", "9억 원"),
        ("ko", "숨진 사람은 지금까지 열한 명이며, 이 가운데 여덟 명이 65세 이상이었다.", "여덟"),
    ],
)
def test_what_a_figure_counts_is_not_a_wrong_whole_or_subject_round65(lang: str, text: str, value: str) -> None:
    counts = _counts(text, lang)
    assert value in counts
    assert counts[value] not in ("대", "여섯", "電車", "工人", "주민자치회", "열한")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Crews were working the blaze, which was 15% contained.", "15%"),
        ("en", "Rainfall since April had been 38% below the long-term average.", "38%"),
        ("en", "Ships were waiting at anchor by midday, up from 6 on Sunday.", "6"),
        ("es", "El precio subirá de 1,30 a 1,60 euros.", "1,30"),
    ],
)
def test_one_function_word_is_no_label_round65(lang: str, text: str, value: str) -> None:
    counts = _counts(text, lang)
    assert value in counts
    assert (counts[value] or "").lower() not in ("which", "below", "up", "a", "been")


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("it", "Torna dal 6 al 24 dicembre il mercatino di Natale con 40 bancarelle.", ["40"]),
        ("it", "Il mercatino si tiene il 24 dicembre.", []),
        ("pt", "A feira decorre de 3 a 5 de novembro com 120 expositores.", ["120"]),
    ],
)
def test_italian_and_portuguese_dates_are_no_figures_round65(lang: str, text: str, kept: list[str]) -> None:
    assert sorted(_counts(text, lang)) == kept
