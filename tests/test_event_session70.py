"""The event's place and time (session seventy, tuned on bench/events/tune7 half I): a deadline is no time of the
event, and a time still to come only where no other is; the news sentence after a byline or a background sentence is
the lead; Korean and Japanese agency datelines; a company's registered seat; a place the hurt were taken to; places in
more words (Korean towns after their province, Korean and Japanese venues, Chinese venues in a town, a German federal
road, a Ukrainian business centre); and a long run of Korean with no space is read in linear time."""

from __future__ import annotations

import pytest

from summarise.reading import read
from summarise.reading.leads import news_index
from summarise.reading.places import find_place

from .test_hostile_runs import at_most


def _event(text: str, lang: str) -> tuple[str | None, str | None, str | None]:
    reading = read(text, lang)
    event = reading.event
    return reading.at(event.where), reading.at(event.when), reading.at(event.lead)


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        # (a deadline is never the event's time)
        ("en", "Road shut\n\nThe road will stay shut until 14 March.\n", None),
        ("en", "Road shut\n\nThe road will stay shut until 14 March, the council said on Monday.\n", "Monday"),
        ("de", "Frist\n\nBewerbungen gehen bis zum 31. März an das Bürgerbüro.\n", None),
        ("fr", "Collecte prolongée\n\nLa collecte est prolongée jusqu'au 15 décembre.\n", None),
        ("es", "Ayudas\n\nPodrán pedirla las familias hasta el 15 de enero.\n", None),
        ("ru", "Долги\n\nВ понедельник водители бастовали; компания обещала расплатиться до 1 июня.\n", "понедельник"),
        ("zh", "事故调查\n\n应急管理部门表示，将于本月15日前公布事故调查结论。\n", None),
        ("ja", "受付\n\n申し込みは20日まで受け付ける。\n", None),
        ("ko", "신청\n\n신청은 15일까지 받는다.\n", None),
        # (a time to come gives way to the event's own time, and is read where no other time is)
        ("en", "Vote\n\nThe council, which met on Monday, will vote next Tuesday.\n", "Monday"),
        ("en", "Vote\n\nThe council will vote next Tuesday.\n", "Tuesday"),
        (
            "de",
            "Bauern protestieren\n\nLandwirte blockierten am Montag eine Straße. Sie kündigten für den 12. Februar "
            "eine weitere Kundgebung an.\n",
            "Montag",
        ),
        ("fr", "Parking\n\nLe maire a annoncé jeudi un autre projet pour le 15 avril prochain.\n", "jeudi"),
        ("es", "Protestas\n\nLos agricultores anunciaron el lunes que volverán el próximo martes.\n", "lunes"),
        (
            "ar",
            "حكم بالسجن\n\nأصدرت المحكمة يوم الثلاثاء حكماً، وتنظر محكمة النقض في الطعن يوم 15 أكتوبر المقبل.\n",
            "الثلاثاء",
        ),
        ("zh", "养老基金\n\n村委会3日宣布设立养老基金，补助将从明年1月1日起发放。\n", "3日"),
        ("ja", "控訴検討\n\n地裁は5日、判決を言い渡した。控訴期限は来月19日。\n", "5日"),
        ("ko", "예정\n\n시는 오는 5일 조례안을 심의한다고 3일 밝혔다.\n", "3일"),
        ("ko", "공청회\n\n정부는 다음 달 12일 공청회를 열 예정이다.\n", "12일"),
        # ("not until" gives when it happens; a sentence's stop after a month's name is no part of the time)
        ("es", "Centro\n\nEl nuevo centro de salud no abrirá hasta el 3 de mayo.\n", "3 de mayo"),
        ("en", "Pool\n\nThe pool will not reopen until 14 March.\n", "14 March"),
        ("de", "Markt\n\nDer Markt öffnete am 4. Mai.\n", "4. Mai"),
        ("en", "Fire\n\nA fire broke out on Nov. 29 in Leeds.\n", "Nov. 29"),
        # (a past date is kept)
        ("ko", "집회\n\n주민 300여명이 지난 12일 집회를 열었다.\n", "12일"),
        ("en", "Fire\n\nA fire broke out on Tuesday.\n", "Tuesday"),
    ],
)
def test_a_deadline_or_a_time_to_come_is_no_time_of_the_event(lang: str, text: str, when: str | None) -> None:
    assert _event(text, lang)[1] == when


@pytest.mark.parametrize(
    ("lang", "text", "where", "lead_opens"),
    [
        # (a background sentence, then the news the headline gives)
        (
            "ar",
            "السجن عشر سنوات لرجل أعمال استولى على أموال 212 مشترياً\n\nتزايدت في السنوات الأخيرة شكاوى المواطنين من "
            "شركات وهمية. وأصدرت محكمة الجنايات في بلدة تل الورد مساء الثلاثاء حكماً بالسجن عشر سنوات على رجل "
            "أعمال أُدين بالاستيلاء على أموال 212 مشترياً.\n",
            "محكمة الجنايات في بلدة تل الورد",
            "وأصدرت",
        ),
        (
            "en",
            "Quarry expansion approved at Ellerby despite protests\n\nBy Helen Marsh, Rural Affairs "
            "Correspondent\n\nCouncillors approved the quarry expansion at Ellerby on Thursday despite protests.\n",
            "Ellerby",
            "Councillors",
        ),
        # (a scene that sets the time stays the lead)
        (
            "zh",
            "法院宣判一起诈骗案 被告获刑十年\n\n3月12日上午，青禾区人民法院第三审判庭内座无虚席。法院对这起诈骗案"
            "公开宣判，被告获刑十年。\n",
            None,
            "3月12日",
        ),
    ],
)
def test_the_news_sentence_is_the_lead(lang: str, text: str, where: str | None, lead_opens: str) -> None:
    got_where, _, lead = _event(text, lang)
    assert lead is not None and lead.startswith(lead_opens)
    if where is not None:
        assert got_where == where


def test_a_first_sentence_that_shares_the_headline_stays_the_lead() -> None:
    text = (
        "Fire destroys mill in Ashby\n\nFire destroyed the old mill in Ashby on Monday. Firefighters said the mill "
        "fire spread fast.\n"
    )
    reading = read(text, "en")
    body = [s for s in reading.sentences if not s.headline]
    heads = [s for s in reading.sentences if s.headline]
    assert news_index(text, heads, body, "en") == 0
    assert reading.at(reading.event.lead) == text[body[0].start : body[0].end]


@pytest.mark.parametrize(
    ("lang", "text", "where"),
    [
        # (an agency's dateline in Korean and Japanese, when the lead names no place)
        (
            "ko",
            "시내버스 무료\n\n(청운=한빛뉴스) 김민수 기자 = 시는 14일 시내버스 요금을 무료화한다고 발표했다.\n",
            "청운",
        ),
        ("ja", "新たな制裁\n\n【ワシントン=共同】米政府は3日、新たな制裁を発表した。\n", "ワシントン"),
        # (a company's registered seat is no place of the event)
        (
            "ru",
            "Забастовка водителей\n\nВодители в понедельник отказались выходить на маршруты. Долг компании, "
            "зарегистрированной в Горноречинске, превышает 18 млн рублей.\n",
            None,
        ),
        (
            "en",
            "Strike\n\nBus drivers walked out on Monday. Their employer, registered in Dunmore Quay, owes them "
            "two months' pay.\n",
            None,
        ),
        # (after the lead, the place the hurt were taken to is not where it happened)
        (
            "uk",
            "Вибух балона\n\nМинулої ночі в приватному будинку вибухнув газовий балон. Постраждалих госпіталізовано "
            "до опікового центру в Соколиному Гаї.\n",
            None,
        ),
        (
            "en",
            "Crash\n\nTwo cars collided on Monday. The injured were taken to hospital in Kelby.\n",
            None,
        ),
    ],
)
def test_datelines_seats_and_hospitals(lang: str, text: str, where: str | None) -> None:
    assert _event(text, lang)[0] == where


@pytest.mark.parametrize(
    ("lang", "sentence", "where"),
    [
        # (Korean: a town after its province, read down to the smallest place it names)
        ("ko", "경남 솔내면 주민 300여명이 집회를 열었다.", "경남 솔내면"),
        ("ko", "사고는 전남 청해군 청솔도 남쪽 약 5㎞ 해상에서 났다.", "전남 청해군 청솔도"),
        ("ko", "관광버스가 청솔고속도로 동림터널 입구에서 화물차를 들이받았다.", "동림터널"),
        ("ko", "전남 해솔군 달섬분교에 원격진료실이 문을 열었다.", "전남 해솔군 달섬분교"),
        ("ko", "주민들이 솔내면사무소 앞에서 집회를 열었다.", "솔내면사무소"),
        # (a law is no court; a school's pupils are no place, nor a kind of building with no name)
        ("ko", "노인복지법 위반 혐의로 기소됐다.", None),
        ("ko", "한빛초등학교의 학생들이 상을 받았다.", None),
        ("ko", "합창단은 매주 목요일 저녁 시민회관에서 연습한다.", None),
        # (Japanese: a court as its ruling's subject, a coast; a university's team is no place)
        ("ja", "裁判員裁判で、東浦地裁は懲役8年の判決を言い渡した。", "東浦地裁"),
        ("ja", "市は8日、白砂海岸で記者会見を開いた。", "白砂海岸"),
        ("ja", "東和医科大学の研究チームは研究結果を発表した。", None),
        ("ja", "港南市の動物愛護センターで6月15日、譲渡会が開かれた。", "港南市の動物愛護センター"),
        # (Chinese: a venue in a town, not a kind of compound or a phrase; a name that ends as a port does, with its
        # division; a city's people are no city)
        ("zh", "2日21时许，青禾市华丰商业广场地下车库发生火灾。", "青禾市华丰商业广场"),
        ("zh", "河湾区老旧小区改造工程本周启动。", "河湾区"),
        ("zh", "南桥区今年计划为老旧小区加装电梯六十部。", "南桥区"),
        ("zh", "法院3日上午在云港市公开开庭宣判。", "云港市"),
        ("zh", "临海市消费者协会近日发布提示，提醒市民警惕低价旅游团。", "临海市"),
        # (a German federal road and the town beside it; a Ukrainian business centre and its town)
        ("de", "Landwirte haben die Bundesstraße 431 bei Hollerbach blockiert.", "Bundesstraße 431 bei Hollerbach"),
        (
            "uk",
            "Агрохолдинг на пресконференції в бізнес-центрі «Гранд Плаза» в Лісовій Поляні оголосив про будівництво.",
            "бізнес-центрі «Гранд Плаза» в Лісовій Поляні",
        ),
    ],
)
def test_places_in_more_words(lang: str, sentence: str, where: str | None) -> None:
    found = find_place(sentence, 0, len(sentence), lang)
    assert (sentence[found[0] : found[1]] if found else None) == where


@pytest.mark.parametrize(
    "text",
    [
        # (each took the square of its length: 21,000 characters took 41 s and 34 s before the names were bounded)
        "가나다라마바사" * 30_000 + "에서",
        "(" * 200_000 + "청운=",
    ],
)
def test_long_korean_runs_are_read_in_linear_time(text: str) -> None:
    with at_most(20):
        find_place(text, 0, len(text), "ko")
        read("제목\n\n" + text, "ko")


@pytest.mark.parametrize(
    "kicker",
    ["[속보]", "【速報】", "快讯", "СРОЧНО", "عاجل", "DERNIÈRE MINUTE"],
)
def test_a_breaking_news_kicker_in_any_language_sets_no_lead_apart(kicker: str) -> None:
    from summarise.grounding.furniture import apart_spans
    from summarise.grounding.hostile import sentence_spans

    text = f"Headline of the story\n\n{kicker}\n\nThe lead sentence of the story.\n\nAnother paragraph.\n"
    lead = text.index("The lead")
    assert all(not (lo <= lead < hi) for lo, hi in apart_spans(text, sentence_spans(text)))
    # (a box's title further down still sets its paragraph apart)
    boxed = text + "\nKey points\n\nA planted fact sits here.\n"
    assert any(lo <= boxed.index("A planted") < hi for lo, hi in apart_spans(boxed, sentence_spans(boxed)))
