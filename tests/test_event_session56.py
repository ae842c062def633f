"""The event's place and time, session 56: venues and spots, datelines with an agency or a province, lines that are
no lead (a filing line, a label, a page's metadata), German compound day parts, a night across two days, routes'
ends, German nouns after a preposition, Korean and Japanese cities as subjects, Chinese chains of divisions and
dispatch lines; and the outsider's set bench/events, half A (tuned on) and half B (kept back)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from summarise.reading import read

ROOT = Path(__file__).resolve().parent.parent


def _event(text: str, lang: str) -> tuple[str | None, str | None]:
    reading = read(text, lang)
    where, when = reading.event.where, reading.event.when
    return (reading.at(where) if where else None, reading.at(when) if when else None)


@pytest.mark.parametrize(
    ("lang", "text", "where", "when"),
    [
        ("en", "Ferry sinks\n\nA ferry sank off the island of Skerra on Saturday.", "Skerra", "Saturday"),
        (
            "en",
            "Roof gives way\n\nSix people were hurt when the roof of the Quarry Lane community hall in Ashby Fold "
            "collapsed on Wednesday evening.",
            "Quarry Lane community hall in Ashby Fold",
            "Wednesday evening",
        ),
        (
            "en",
            "Mayor quits\n\nEXCLUSIVE\n\nDerek Stainsby stood down as mayor of the town of Hallowby yesterday.",
            "Hallowby",
            "yesterday",
        ),
        (
            "en",
            "Roof gives way\n\nPublished 3 December 2026, 08:14 | By Margaret Okonedo\n\nSix people were injured in "
            "Ashby Fold on Wednesday.",
            "Ashby Fold",
            "Wednesday",
        ),
        ("en", "Shares slide\n\nIn Pellham, the news travelled quickly on Thursday.", "Pellham", "Thursday"),
        (
            "de",
            "Brand in Chemiefabrik\n\nBei einem Brand in Halden sind am Freitagabend 23 Menschen verletzt worden.",
            "Halden",
            "Freitagabend",
        ),
        (
            "de",
            "Klinik schließt\n\nAltenwald (lnd) – Der Klinikverbund will die Kreisklinik schließen, teilte er am "
            "Montag mit.",
            "Altenwald",
            "Montag",
        ),
        (
            "de",
            "Bombe gefunden\n\nBei Bauarbeiten in Lenzhagen ist am Dienstag eine Fliegerbombe gefunden worden.",
            "Lenzhagen",
            "Dienstag",
        ),
        (
            "de",
            "Tumulte\n\nEs ist am Mittwochabend in der Stadthalle von Wendelsau zu Tumulten gekommen.",
            "Wendelsau",
            "Mittwochabend",
        ),
        (
            "fr",
            "Incendie\n\nMarvaux (AFP) - Un incendie a détruit dans la nuit de lundi à mardi un entrepôt à Marvaux.",
            "Marvaux",
            "la nuit de lundi à mardi",
        ),
        (
            "fr",
            "Football\n\nL'US Villemarin s'est imposée face au FC Sainte-Ombeline, dimanche au stade Léon-Marchetti.",
            "stade Léon-Marchetti",
            "dimanche",
        ),
        (
            "es",
            "Muere un trabajador\n\nVALDEMORAL (Toledo), 2 dic (EFE).- Un hombre de 47 años ha muerto este miércoles "
            "al caer de un andamio.",
            "VALDEMORAL",
            "miércoles",
        ),
        (
            "es",
            "El fuego arrasa 3.400 hectáreas\n\nTORREALBA, 30 de noviembre\n\nUn incendio declarado el sábado por la "
            "tarde en la sierra de Valcárcel ha calcinado ya unas 3.400 hectáreas.",
            "Valcárcel",
            "sábado",
        ),
        (
            "es",
            "Sube la tarifa\n\nEl gobierno de San Aurelio aprobó este martes un aumento de la tarifa del Metro.",
            "San Aurelio",
            "martes",
        ),
        (
            "ru",
            "Самолёт сел\n\nСамолёт, выполнявший рейс из Светлогорска в Полярный, во вторник совершил экстренную "
            "посадку в аэропорту Верхнекамска.",
            "Верхнекамска",
            "вторник",
        ),
        (
            "ru",
            "Автобус опрокинулся\n\nВо вторник у посёлка Ольховатый Яр опрокинулся автобус, следовавший в "
            "Тамбовскую область.",
            "Ольховатый Яр",
            "вторник",
        ),
        (
            "uk",
            "У Вербограді без води залишилися мешканці\n\nПонад 40 тис. мешканців залишилися без води після аварії "
            "на водогоні в ніч на 2 грудня.",
            "Вербограді",
            "ніч на 2 грудня",
        ),
        (
            "uk",
            "Згорів будинок культури\n\nЯСЕНІВ, 3 грудня. Укрінформ. У ніч на 3 грудня в селі Нижні Ставки "
            "Ясенівського району згорів будинок культури.",
            "Нижні Ставки",
            "ніч на 3 грудня",
        ),
        (
            "uk",
            "Негода\n\nУ ніч на понеділок без світла залишилися 183 населені пункти Верхньодолинської області, "
            "повідомили в ПрАТ «Долинаобленерго».",
            "Верхньодолинської області",
            "ніч на понеділок",
        ),
        (
            "ar",
            "سيول جارفة\n\nلقي 11 شخصا حتفهم، فيما لا يزال 7 أشخاص في عداد المفقودين، جراء سيول اجتاحت محافظة وادي "
            "الرمان مساء الأحد.",
            "وادي الرمان",
            "الأحد",
        ),
        ("ar", "انهيار مبنى\n\nانهار مبنى سكني في بلدة تل الورد فجر يوم الثلاثاء.", "تل الورد", "الثلاثاء"),
        (
            "zh",
            "地铁施工路段塌陷\n\n本报临江12月1日电（记者 陈思远）11月30日凌晨，临江市江南区滨河路发生路面塌陷。",
            "临江市江南区滨河路",
            "11月30日凌晨",
        ),
        ("zh", "化工厂发生火灾\n\n12月1日晚，澜州市云岭县工业园区内一家企业发生火灾。", "澜州市云岭县", "12月1日晚"),
        ("zh", "老街改造\n\n上周六，梧桐镇在镇中心广场举行了开街仪式。", "梧桐镇", "上周六"),
        ("ja", "住民情報流出の恐れ\n\n北浦市は1日、個人情報が流出した恐れがあると発表した。", "北浦市", "1日"),
        ("ko", "버스 파업 사흘째\n\n서하시는 2일 시내버스 가운데 약 78%가 운행을 멈췄다고 밝혔다.", "서하시", "2일"),
        ("ko", "시의원 몸싸움\n\n어제(3일) 오후 청운시의회 본회의장에서 몸싸움이 벌어졌다.", None, "어제(3일) 오후"),
        # the second writer's half, after it was measured
        (
            "de",
            "Urteil\n\nDas Landgericht Hallstedt hat den früheren Bürgermeister am Donnerstag verurteilt.",
            "Landgericht Hallstedt",
            "Donnerstag",
        ),
        (
            "de",
            "Bürgerentscheid\n\nIn Sankt Wendelsried haben die Bürger in der Nacht zum Mittwoch abgestimmt.",
            "Sankt Wendelsried",
            "Nacht zum Mittwoch",
        ),
        (
            "fr",
            "Incendie\n\nMONTFERRAND-LES-BOIS (Loiret), 14 mars (AFP) - Un incendie s'est déclaré jeudi matin dans une "
            "usine, à Montferrand-les-Bois.",
            "Montferrand-les-Bois",
            "jeudi matin",
        ),
        (
            "fr",
            "Élections\n\nAnne-Sophie Rivaud a été élue dimanche maire de Pradelles-sur-Vionne.",
            "Pradelles-sur-Vionne",
            "dimanche",
        ),
        (
            "es",
            "Agricultores\n\nÚLTIMA HORA\n\nCientos de agricultores cortaron ayer la autovía en Villanueva de Alcolea.",
            "Villanueva de Alcolea",
            "ayer",
        ),
        (
            "es",
            "Condena\n\nEl Juzgado de lo Penal número 1 de Calzadilla de Ebro ha condenado este miércoles al alcalde.",
            "Juzgado de lo Penal número 1 de Calzadilla de Ebro",
            "miércoles",
        ),
        ("en", "Train stuck\n\nA train broke down outside Corrick station overnight.", "Corrick station", "overnight"),
        ("en", "Ferry stuck\n\nA ferry was stuck overnight on Tuesday near Skarn.", "Skarn", "Tuesday"),
        (
            "ru",
            "Суд\n\nЛенинский районный суд Новоберёзовска во вторник приговорил бывшего главу района.",
            "Ленинский районный суд Новоберёзовска",
            "вторник",
        ),
        ("ar", "فوز\n\nتغلب فريق شباب الرابية مساء أمس السبت على ملعب الشهداء.", "ملعب الشهداء", "مساء أمس السبت"),
        ("zh", "爆破\n\n周二，湖南省白石河县大坪镇一处采石场发生爆炸。", "湖南省白石河县大坪镇", "周二"),
        ("zh", "比赛\n\n昨晚，东海鲨鱼队在主场海星体育馆以98比95险胜。", "海星体育馆", "昨晚"),
        ("ja", "クマ\n\n9日午前、山菜採りをしていた同町の男性がみどり野市の山林で襲われた。", "みどり野市", "9日午前"),
    ],
)
def test_where_and_when(lang: str, text: str, where: str | None, when: str) -> None:
    got_where, got_when = _event(text, lang)
    assert got_when == when
    if where is not None:
        assert got_where == where


@pytest.mark.parametrize(
    ("lang", "text", "not_where"),
    [
        ("de", "Abstimmung\n\nIm Streit um die Brücke hat der Rat am Dienstag abgestimmt.", "Streit"),
        ("de", "Neue Regeln\n\nDie Regeln treten in Kraft, sagte der Sprecher am Montag.", "Kraft"),
        ("de", "Pilzsaison\n\nBewahren Sie Pilze nicht in Plastiktüten auf, riet die Beraterin im Winter.", "Winter"),
        ("fr", "Football\n\nL'US Villemarin s'est imposée face au FC Sainte-Ombeline dimanche.", "FC Sainte-Ombeline"),
        ("ru", "Без тепла\n\nВ воскресенье без тепла остались жители, сообщили в Администрации.", "Администрации"),
        ("ja", "検査\n\n同市は1日、検査を始めた。", "同市"),
        ("ja", "大雨\n\n大雨で県が警報を出した。", "大雨で県"),
        ("ko", "제도 개선\n\n제도는 2일부터 바뀐다.", "제도"),
        ("zh", "市民活动\n\n昨日，临川市市民参加了活动。", "临川市市"),
    ],
)
def test_not_a_place(lang: str, text: str, not_where: str) -> None:
    assert _event(text, lang)[0] != not_where


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("events_bench", ROOT / "bench" / "events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_the_scorer_judges_core_and_phrase() -> None:
    bench = _bench()
    judge = bench.judge  # type: ignore[attr-defined]
    assert judge("Lindenfurt", "oberbayerischen Lindenfurt", "Lindenfurt") == (True, True)
    assert judge("Skerra on Saturday", "the island of Skerra", "Skerra") == (False, False)
    assert judge("Bayern", "oberbayerischen Lindenfurt", "Lindenfurt") == (False, False)
    assert judge(None, None, None) == (True, True)
    assert judge("Paris", None, None) == (False, False)


def test_the_outsiders_set_halves() -> None:
    """Measured after the session's rules (bench/results/events_session56.txt): half A (tuned on) where 34/40 and
    when 40/40 exact, half C (the second writer's, tuned on after it was measured) where 62/80 and when 70/80; half
    B (kept back) as recorded there. A drop of more than two (four on C) in any of them fails."""
    results = _bench().score()  # type: ignore[attr-defined]
    assert results["A"]["where"][0] >= 32 and results["A"]["when"][0] >= 38
    assert results["B"]["where"][0] >= 17 and results["B"]["when"][0] >= 28
    assert results["C"]["where"][0] >= 58 and results["C"]["when"][0] >= 66


def test_an_ordinals_stop_ends_no_sentence() -> None:
    from summarise.reading.text import sentences

    text = "Fast 7.400 Zuschauer haben am 4. Mai den Sieg verfolgt. Er wurde 3. in der Wertung. Das war 1990. Danach."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Fast 7.400 Zuschauer haben am 4. Mai den Sieg verfolgt.",
        "Er wurde 3. in der Wertung.",
        "Das war 1990.",
        "Danach.",
    ]


def test_a_page_line_with_a_date_is_no_sentence() -> None:
    from summarise.reading.text import sentences

    text = "Title\n\nAktualisiert am 04.12.2026, 07:32 Uhr · Von Jana Würtemberger\n\nDer Rat tagte am Mittwoch."
    assert [text[s.start : s.end] for s in sentences(text)] == ["Title", "Der Rat tagte am Mittwoch."]


@pytest.mark.parametrize(
    ("lang", "text", "source", "claim"),
    [
        (
            "de",
            "Bäckerei\n\nAnneliese Voß, die seit sechzig Jahren bei Möllmann einkauft, behauptet, der Gründer habe "
            "das erste Brot gebacken.",
            "Anneliese Voß",
            "der Gründer habe das erste Brot gebacken",
        ),
        (
            "de",
            "Klinik\n\nGeplante Operationen wurden verschoben, die Notaufnahme ist aber geöffnet, teilte eine "
            "Sprecherin mit.",
            None,
            None,
        ),
        ("en", "Town\n\nThe mayor, who took office in 2019, said the town would help.", "mayor", "the town would help"),
        (
            "fr",
            "Boulangerie\n\nAnne Vosse, qui y fait ses courses depuis soixante ans, affirme que le fondateur a cuit le "
            "premier pain.",
            "Anne Vosse",
            "le fondateur a cuit le premier pain",
        ),
        (
            "es",
            "Panadería\n\nAna Vos, que compra allí desde hace sesenta años, asegura que el fundador horneó el primer "
            "pan.",
            "Ana Vos",
            "el fundador horneó el primer pan",
        ),
        (
            "ru",
            "Пекарня\n\nАнна Восс, которая покупает там хлеб шестьдесят лет, утверждает, что основатель испёк первый "
            "хлеб.",
            "Анна Восс",
            "основатель испёк первый хлеб",
        ),
        (
            "fr",
            "Usine\n\nQuelque 300 emplois seront supprimés d'ici 2027, a assuré son directeur.",
            "son directeur",
            "Quelque 300 emplois seront supprimés d'ici 2027",
        ),
        (
            "ja",
            "見学\n\n山口恭子さんは「子どもたちが昔の暮らしを知る場所にしたい」と話した。",
            "山口恭子さん",
            "「子どもたちが昔の暮らしを知る場所にしたい」",
        ),
    ],
)
def test_an_aside_is_neither_who_spoke_nor_what_was_said(
    lang: str, text: str, source: str | None, claim: str | None
) -> None:
    reading = read(text, lang)
    assert reading.attributions
    first = reading.attributions[0]
    if source is None:
        # (the main clause before the cue is what was said, never who said it)
        assert reading.at(first.source) != "Geplante Operationen wurden verschoben"
        return
    assert (reading.at(first.source), reading.at(first.claim)) == (source, claim)


def test_a_kicker_and_a_datelines_town_set_no_lead_apart() -> None:
    from summarise.grounding.furniture import apart_spans
    from summarise.grounding.hostile import sentence_spans

    kicker = "Agricultores\n\nÚLTIMA HORA\n\nCientos de agricultores cortaron ayer la autovía.\n\nOtro párrafo."
    lead = kicker.index("Cientos")
    assert all(not (lo <= lead < hi) for lo, hi in apart_spans(kicker, sentence_spans(kicker)))
    dateline = "Incendie\n\nMONTFERRAND-LES-BOIS (Loiret), 14 mars (AFP) - Un incendie s'est déclaré jeudi."
    assert apart_spans(dateline, sentence_spans(dateline)) == []
    # a box's title over a paragraph further down, and a wire slug, are still set apart
    box = "Title\n\nThe story's lead sentence.\n\nKey points\n\nA planted fact sits here.\n"
    assert any(lo <= box.index("A planted") < hi for lo, hi in apart_spans(box, sentence_spans(box)))
    slug = "Title\n\nKMS-PROCUREMENT/ARREST Officials were arrested on Monday.\n"
    assert apart_spans(slug, sentence_spans(slug))


@pytest.mark.parametrize(
    ("lang", "text", "source", "via", "claim"),
    [
        (
            "en",
            "Ferry\n\nAccording to the Lissen Herald, which cited two surviving crew members, the ship's ballast pumps "
            "had failed twice.",
            "two surviving crew members",
            "Lissen Herald",
            "the ship's ballast pumps had failed twice",
        ),
        (
            "en",
            "Airline\n\nAurelia Air is in talks to buy Corvo, The Harbour Ledger reported, citing two people familiar "
            "with the negotiations.",
            "two people familiar with the negotiations",
            "The Harbour Ledger",
            "Aurelia Air is in talks to buy Corvo",
        ),
        (
            "es",
            "Metro\n\nSegún el diario El Heraldo de San Aurelio, que cita a dos diputados locales, el Congreso podría "
            "frenar el aumento.",
            "dos diputados locales",
            "diario El Heraldo de San Aurelio",
            "el Congreso podría frenar el aumento",
        ),
        (
            "ru",
            "Тепло\n\nКак сообщает местное издание «Заречинск.Онлайн» со ссылкой на источник в прокуратуре, проверка "
            "может занять месяц.",
            "источник в прокуратуре",
            "местное издание «Заречинск.Онлайн",
            "проверка может занять месяц",
        ),
        (
            "ru",
            "Самолёт\n\nКак уточнила представитель управления Марина Кузнецова, двигатель был заменён в 2023 году.",
            "представитель управления Марина Кузнецова",
            None,
            "двигатель был заменён в 2023 году",
        ),
        (
            "ru",
            "Мост\n\nКак сообщила городская администрация, за это время на мосту заменили покрытие.",
            "городская администрация",
            None,
            "за это время на мосту заменили покрытие",
        ),
        (
            "ru",
            "Тепло\n\nПри этом в компании опровергли сообщения о том, что ремонт отложили.",
            "компании",
            None,
            "ремонт отложили",
        ),
        (
            "fr",
            "Usine\n\nLe site a suspendu sa production, a précisé le préfet, Laurent Mercier.",
            "Laurent Mercier",
            None,
            "Le site a suspendu sa production",
        ),
        (
            "es",
            "Incendio\n\nEl fuego ha calcinado 3.400 hectáreas, informó este domingo el Centro de Emergencias 112.",
            "Centro de Emergencias",
            None,
            "El fuego ha calcinado 3.400 hectáreas",
        ),
    ],
)
def test_relays_and_openers_of_reporting_clauses(
    lang: str, text: str, source: str, via: str | None, claim: str | None
) -> None:
    reading = read(text, lang)
    assert len(reading.attributions) == 1
    a = reading.attributions[0]
    assert reading.at(a.source) == source
    assert (reading.at(a.via) if a.via else None) == via
    if claim is not None:
        assert reading.at(a.claim) == claim


def test_a_pronoun_with_its_channel_stands_for_the_last_party() -> None:
    text = (
        "Міст\n\nМіський голова Віталій Кравець заявив, що перевірка триває. «Усі платежі пройшли перевірку», — "
        "написав він у Facebook."
    )
    reading = read(text, "uk")
    assert [reading.at(a.source) for a in reading.attributions] == ["Міський голова Віталій Кравець"] * 2


def test_a_time_after_a_russian_verb_is_no_party() -> None:
    text = "Пожар\n\nПожар охватил 5 тыс. кв. м, сообщило в ночь на 30 ноября ГУ МЧС по Заречинской области."
    reading = read(text, "ru")
    assert [reading.at(a.source) for a in reading.attributions] == ["ГУ МЧС по Заречинской области"]


def test_a_relaying_outlet_is_named_as_a_source() -> None:
    from summarise import summarise

    text = (
        "Airline\n\nAurelia Air is in talks to buy Corvo, The Harbour Ledger reported on Monday, citing two people "
        "familiar with the negotiations."
    )
    roles = {a.name: a.role for a in summarise(text, engine="extractive").actors}
    assert roles.get("The Harbour Ledger") == "named as a source"


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # a review's sentences (helper, 380 written against the change; 23 read worse by its first version)
        (
            "ru",
            "Н\n\nИздание «Коммерсант» сообщило со ссылкой на источники, что министр уйдет.",
            [("источники", "министр уйдет")],
        ),
        (
            "ru",
            "Н\n\nМинистр заявил, что больница переполнена. Там сообщили, что мест нет.",
            [("Министр", "больница переполнена"), ("Там", "мест нет")],
        ),
        (
            "fr",
            "Н\n\nLe Monde rapporte que le ministre va démissionner, citant des sources proches du dossier.",
            [("des sources proches du dossier", "le ministre va démissionner")],
        ),
        (
            "en",
            "Н\n\nThe country will not default, said Monday the finance minister.",
            [("finance minister", "The country will not default")],
        ),
        (
            "fr",
            "Н\n\nMais le ministre a affirmé que la réforme serait maintenue.",
            [("ministre", "la réforme serait maintenue")],
        ),
        ("es", "Н\n\nLa planta cerrará, informó Domingo Cavallo.", [("Domingo Cavallo", "La planta cerrará")]),
        (
            "en",
            "Н\n\nThe paper will close, said Sunday Times editor Martin Ivens.",
            [("Sunday Times editor Martin Ivens", "The paper will close")],
        ),
        ("ru", "Н\n\nКак сообщил ранее министр, дорогу откроют в мае.", [("министр", "дорогу откроют в мае")]),
    ],
)
def test_the_reviews_sentences(lang: str, text: str, sources: list[tuple[str, str]]) -> None:
    reading = read(text, lang)
    assert [(reading.at(a.source), reading.at(a.claim)) for a in reading.attributions] == sources


def test_whom_it_was_said_to_is_no_party() -> None:
    text = "Banda\n\n«Andrés Peñafiel es también concejal», explicó a los periodistas un portavoz municipal."
    reading = read(text, "es")
    assert [reading.at(a.source) for a in reading.attributions] == ["un portavoz municipal"]
