"""The event's place, round sixty-five: a German zoo, ground or bridge before its name, a French museum, a Spanish
race, fleet or fair and the town it belongs to, a Japanese mountain, lake or island (a parenthesis may stand between)
and a city's council as the subject, a Russian spaceport or works with its name in quotes; and what ends as a place
does and is none (the Earth, a funding round, a Korean household, a Japanese volcano or the hills)."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _where(text: str, lang: str) -> str | None:
    reading = read(text, lang)
    where = reading.event.where
    return reading.at(where) if where else None


@pytest.mark.parametrize(
    ("lang", "text", "where"),
    [
        ("de", "Nachwuchs\n\nIm Tierpark Lindenau sind zwei Schneeleoparden zur Welt gekommen.", "Tierpark Lindenau"),
        ("de", "Sperrung\n\nDie Talbrücke Erlenbach wird ab Montag für Lastwagen gesperrt.", "Talbrücke Erlenbach"),
        (
            "fr",
            "Vol\n\nTrois tableaux ont été volés dans la nuit au musée des Beaux-Arts de Saint-Aurèle, a annoncé la "
            "préfecture.",
            "musée des Beaux-Arts de Saint-Aurèle",
        ),
        ("es", "Maratón\n\nKiprono ganó el domingo el Maratón Internacional de Puerto Albar.", "Puerto Albar"),
        ("es", "Pesca\n\nMás de 80 barcos de la flota pesquera de Cabo Sarmiento siguen amarrados.", "Cabo Sarmiento"),
        ("ja", "噴火\n\n気象庁は9日、霧峰山（標高1812メートル）の噴火警戒レベルを引き上げた。", "霧峰山"),
        ("ja", "図書館\n\n森川市議会は18日の本会議で、関連予算案を可決した。", "森川市"),
        ("ru", "Запуск\n\nС космодрома «Восточный-2» выведен на орбиту спутник.", "космодрома «Восточный-2»"),
    ],
)
def test_the_place_round65(lang: str, text: str, where: str) -> None:
    assert _where(text, lang) == where


@pytest.mark.parametrize(
    ("lang", "text", "not_where"),
    [
        ("ru", "Спутник\n\nАппарат будет передавать снимки на Землю каждые 40 минут.", "Землю"),
        ("en", "Funding\n\nVoltrine said it had raised $85 million in a Series B round.", "Series B"),
        ("ko", "세금\n\n이번 조치로 혜택을 받는 가구는 약 1천만 가구에 이른다.", "가구"),
        ("ja", "警戒\n\n火山の活動が活発になっている。", "火山"),
        ("ja", "注意\n\n市保健所は、野山に入る際は長袖を着用するよう呼びかけた。", "野山"),
    ],
)
def test_not_a_place_round65(lang: str, text: str, not_where: str) -> None:
    assert _where(text, lang) != not_where
