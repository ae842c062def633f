"""The event's place and time (round sixty-eight, tuned on bench/events/tune3 half D): a lead that opens with a
quotation is read last; a dateline standing as its own sentence is no lead, and a dateline's date gives way to the
story's own time; an organisation's seat is no place of the event unless the lead names nothing else; venues and
spots in more words; a court named by its kind is no place."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _event(text: str, lang: str) -> tuple[str | None, str | None]:
    reading = read(text, lang)
    return reading.at(reading.event.where), reading.at(reading.event.when)


@pytest.mark.parametrize(
    ("lang", "text", "where", "when"),
    [
        # (a quotation before the event: the next sentence first)
        (
            "es",
            "Oliván gana las primarias\n\n«Hoy empieza otra política», escribió Oliván.\nEl escrutinio concluyó "
            "el domingo a las 23:10 en Aldeavieja con un 58 % de los votos.\n",
            "Aldeavieja",
            "domingo",
        ),
        (
            "ru",
            "Жители вышли защищать сквер\n\n«Нас никто не спросил», — говорит пенсионерка.\nВ субботу днём около "
            "двухсот человек собрались в Тополином сквере в Заречном районе.\n",
            "Тополином сквере в Заречном районе",
            "субботу",
        ),
        # (a dateline as a sentence of its own; its date gives way to the story's day)
        (
            "uk",
            "Відкрили новий міст\n\nСТАРОКАМ'ЯНКА, 15 травня /«Поділля-Інфо»/. У Старокам'янці в середу відкрили "
            "рух новим мостом.\n",
            "Старокам'янці",
            "середу",
        ),
        (
            "es",
            "Estrena estación\n\nCastrejón de la Vega (Valladolid), 21 nov (Noticias Meseta).- La estación abrió "
            "este jueves al público.\n",
            "Castrejón de la Vega",
            "jueves",
        ),
        (
            "de",
            "Großbrand auf Recyclinghof\n\nTALBRÜCK (nwp). In der Nacht zu Sonntag hat im Talbrücker Stadtteil "
            "Unterhaslach eine Lagerhalle gebrannt.\n",
            "Unterhaslach",
            "Nacht zu Sonntag",
        ),
        # (venues and spots)
        (
            "en",
            "Judge quashes extension\n\nA judge sitting at Keston Vale Civil Justice Centre on Monday quashed the "
            "permission.\n",
            "Keston Vale Civil Justice Centre",
            "Monday",
        ),
        (
            "fr",
            "Le conseil passe au bio\n\nRéuni lundi soir à la salle des fêtes de Brémonville, le conseil a voté.\n",
            "salle des fêtes de Brémonville",
            "lundi soir",
        ),
        (
            "ar",
            "إضراب مفتوح\n\nبدأ 1200 عامل في مصنع الشروق للغزل بمدينة العين الحمراء صباح الأحد إضراباً.\n",
            "مصنع الشروق للغزل بمدينة العين الحمراء",
            "الأحد",
        ),
        ("ja", "企画展開幕\n\n霧ヶ丘町立美術館で1日、企画展が開幕した。\n", "霧ヶ丘町立美術館", "1日"),
        (
            "uk",
            "Злива підтопила двори\n\nВнаслідок зливи в ніч на 2 липня в мікрорайоні Зелений Гай підтоплено 37 "
            "дворів.\n",
            "Зелений Гай",
            "ніч на 2 липня",
        ),
        (
            "de",
            "Stichwahl entschieden\n\nIm Großen Saal des Alten Rathauses stand am Sonntag fest: Wöllert gewinnt.\n",
            "Großen Saal des Alten Rathauses",
            "Sonntag",
        ),
        (
            "en",
            "Thousands march\n\nThousands marched through Castlemoyle to protest against plans to move services "
            "out of St Brigid's Hospital.\n",
            "Castlemoyle",
            None,
        ),
        # (a Korean headline's place before a comma)
        ("ko", "단월군, 조례 통과\n\n군의회는 14일 조례안을 가결했다.\n", "단월군", "14일"),
    ],
)
def test_place_and_time(lang: str, text: str, where: str | None, when: str | None) -> None:
    assert _event(text, lang) == (where, when)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh",
            "星禾科技关闭产品线\n\n星禾科技周二发布公告称，将关闭两条产品线。\n公司总部位于云岚市高新区，2012年创立于澄州。\n",
        ),
        (
            "ko",
            "한결전자, 양산 계획 발표\n\n한결전자는 5일 양산 계획을 발표했다. "
            "새울시에 본사를 둔 이 회사는 투자할 계획이다.\n",
        ),
        (
            "en",
            "Quarry ruling appealed\n\nThe firm said on Monday it would appeal.\nThe firm, which is based in "
            "Dunmore Quay, employs 40 people.\n",
        ),
        ("uk", "Суд заарештував рахунки\n\nГосподарський суд у вівторок наклав арешт на рахунки компанії.\n"),
    ],
)
def test_no_place_from_a_seat_or_a_courts_kind(lang: str, text: str) -> None:
    assert _event(text, lang)[0] is None


def test_a_seat_in_the_lead_is_the_place_when_nothing_else_is() -> None:
    text = "星驰汽车召回电动车\n\n总部位于南屿市的星驰汽车12月2日宣布，将召回部分电动车。\n"
    assert _event(text, "zh")[0] == "南屿市"


@pytest.mark.parametrize(
    ("lang", "text", "where"),
    [
        # (a spot of any kind before its name, when nothing else names a place)
        (
            "es",
            "Rescate en la sierra\n\nLos bomberos rescataron el lunes a dos senderistas en el pago de Los Llanos.\n",
            "pago de Los Llanos",
        ),
        ("fr", "Collision\n\nDeux voitures se sont heurtées lundi sur la rocade de Mervans.\n", "rocade de Mervans"),
        (
            "uk",
            "Урятували туристів\n\nУ суботу рятувальники знайшли туристів на пасовищі Зелена Діброва.\n",
            "пасовищі Зелена Діброва",
        ),
        # (a capital "Club" names a club, not its ground; a German place ending in "höhe" is a place)
        (
            "en",
            "Treasurer jailed\n\nA former treasurer of the Marrowfield Rowing Club was jailed at Marrowfield Crown "
            "Court on Tuesday.\n",
            "Marrowfield Crown Court",
        ),
        (
            "de",
            "Nachwuchs im Zoo\n\nIm Tierpark Lindenhöhe kam am Montag ein Elefant zur Welt.\n",
            "Tierpark Lindenhöhe",
        ),
        # (a court of a kind, named with its region, is a place)
        (
            "uk",
            "Суд ухвалив рішення\n\nГосподарський суд Полтавської області у середу задовольнив позов.\n",
            "Господарський суд Полтавської області",
        ),
    ],
)
def test_spots_clubs_and_courts(lang: str, text: str, where: str) -> None:
    assert _event(text, lang)[0] == where


@pytest.mark.parametrize(
    ("lang", "text", "where", "when"),
    [
        # (round 3: numbered roads, natural features, a date in digits, the day before yesterday, a weekend)
        (
            "de",
            "Unfall\n\nAm 12.03. stieß auf der A 71 bei Kilometer 213 nahe Gernsdorf ein Lkw mit einem Auto "
            "zusammen.\n",
            "A 71 bei Kilometer 213 nahe Gernsdorf",
            "Am 12.03.",
        ),
        (
            "en",
            "Crash\n\nA lorry overturned on the M47 near Garnley on 3/12, police said.\n",
            "M47 near Garnley",
            "on 3/12",
        ),
        (
            "en",
            "Rescue\n\nTwo kayakers were rescued on Lake Morrow the day before yesterday.\n",
            "Lake Morrow",
            "the day before yesterday",
        ),
        (
            "es",
            "Accidente\n\nUn camión volcó en el kilómetro 23 de la CV-718 el martes.\n",
            "kilómetro 23 de la CV-718",
            "martes",
        ),
        (
            "fr",
            "Accident\n\nUn camion s'est renversé sur l'A10 près de Tours le 12/03.\n",
            "A10 près de Tours",
            "le 12/03",
        ),
        ("ru", "Суд\n\nСуд вынес решение 14.03.2026 в Верхнеозёрске.\n", "Верхнеозёрске", "14.03.2026"),
        (
            "uk",
            "ДТП\n\nУ вихідні на 214-му кілометрі траси Н-31 зіткнулися два автобуси.\n",
            "214-му кілометрі траси Н-31",
            "У вихідні",
        ),
        ("ko", "사고\n\n그저께 오후 한솔강에서 보트가 뒤집혔다.\n", "한솔강", "그저께 오후"),
        ("zh", "事故\n\n前天下午，一艘游船在青湖翻沉。\n", "青湖", "前天"),
        ("ja", "事故\n\n今朝、霧島湖でボートが転覆した。\n", "霧島湖", "今朝"),
        ("ar", "حادث\n\nانقلب قارب أول أمس في بحيرة السلام.\n", "بحيرة السلام", "أول أمس"),
        # (a day beside the weekend is the time; a bare number is no date)
        (
            "en",
            "Break-ins\n\nSheds were broken into over the weekend, and a van was seen on Saturday night in "
            "Kestermouth.\n",
            "Kestermouth",
            "Saturday night",
        ),
        ("en", "Result\n\nThe side won 3.2 points ahead in Harlow.\n", "Harlow", None),
    ],
)
def test_roads_features_and_dates_in_digits(lang: str, text: str, where: str, when: str | None) -> None:
    assert _event(text, lang) == (where, when)
