"""What a figure counts (session 61): the run of words after a figure cut to its noun phrase (`reading.heads`), what a
sum or a measure is "of" or "for" and what a bare number after a counted one counts (`reading.owners`), the object of
a verb that cuts or raises, a verb that closes a German clause, a figure compared with the one before it, the level a
change reaches, and the set written for it by an outside writer (bench/counts_passages/) as floors."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from summarise.reading import read


def _counts(text: str, lang: str) -> dict[str, str | None]:
    reading = read(text, lang)
    return {reading.at(f.value): reading.at(f.counts) if f.counts else None for f in reading.figures}


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (the noun phrase ends where a verb, a time or a preposition starts)
        ("en", "Apple sold 50 million iPhones last year.", "50 million", "iPhones"),
        ("en", "The storm left 300,000 homes across the region without power.", "300,000", "homes across the region"),
        ("en", "More than 2,000 police officers were deployed.", "More than 2,000", "police officers"),
        ("en", "About 2,300 hectares of forest have burned.", "About 2,300", "hectares of forest"),
        (
            "en",
            "Callum Royle said the delays led to at least two serious cases this year.",
            "at least two",
            "serious cases",
        ),
        ("fr", "450 pompiers restaient mobilisés mardi soir.", "450", "pompiers"),
        ("fr", "La préfecture a enregistré 12 demandeurs d'asile.", "12", "demandeurs d'asile"),
        ("de", "Eine Studie mit 2.300 Patienten gescheitert sei.", "2.300", "Patienten"),
        ("de", "Die Stadt baute 300 neue Wohnungen im Norden.", "300", "neue Wohnungen"),
        ("es", "Más de 1,2 millones de turistas visitaron la isla en julio.", "Más de 1,2 millones", "turistas"),
        ("es", "La portavoz dijo que 25 medios aéreos trabajaban en la zona.", "25", "medios aéreos"),
        ("es", "Sanidad notificó 212 nuevos casos de sarampión.", "212", "nuevos casos de sarampión"),
        ("ru", "Компания создала 300 новых рабочих мест в регионе.", "300", "новых рабочих мест"),
        ("ru", "Местами выпало до 40 сантиметров снега.", "40", "сантиметров снега"),
        ("uk", "На дорогах працюють 140 одиниць техніки.", "140", "одиниць техніки"),
        ("ar", "وأوضح البيان أن 15 سيارة إطفاء شاركت في السيطرة على النيران.", "15", "سيارة إطفاء"),
        ("nl", "De EHBO behandelde 212 lopers, van wie 9 naar het ziekenhuis gingen.", "212", "lopers"),
    ],
)
def test_what_follows_a_figure_ends_with_its_noun_phrase(lang: str, text: str, value: str, counts: str) -> None:
    assert _counts(text, lang).get(value) == counts


@pytest.mark.parametrize(
    ("lang", "text", "value", "wrong"),
    [
        ("de", "Alle vier wurden geborgen, zwei von ihnen kamen ins Krankenhaus.", "zwei", "von"),
        ("nl", "De EHBO behandelde 212 lopers, van wie 9 naar het ziekenhuis gingen.", "9", "naar"),
        ("pl", "Wyjechało sześć zastępów straży, w tym dwa z ochotniczych jednostek.", "dwa", "z"),
        ("en", "A civic society appeal raised the money in eighteen months.", "eighteen", "money"),
        (
            "fr",
            "« Nous avons réduit les cachets pour garder des billets à moins de 40 euros », a-t-il dit.",
            "moins de 40 euros",
            "Nous avons",
        ),
        (
            "fr",
            "La grève a coûté environ 1,8 million d'euros à l'exploitant.",
            "environ 1,8 million d'euros",
            "exploitant",
        ),
        ("es", "La feria regresa después de dos años sin celebrarse.", "dos", "después"),
    ],
)
def test_a_preposition_an_agent_or_a_time_is_not_what_a_figure_counts(
    lang: str, text: str, value: str, wrong: str
) -> None:
    assert _counts(text, lang).get(value) != wrong


@pytest.mark.parametrize(
    ("lang", "text", "value", "counts"),
    [
        # (what a sum or a measure is "of")
        ("fr", "Un tronçon de 12 kilomètres de l'autoroute A89 est fermé.", "12", "tronçon"),
        (
            "fr",
            "Le consortium a déposé une offre de rachat d'environ 9,6 milliards d'euros.",
            "environ 9,6 milliards d'euros",
            "offre de rachat",
        ),
        ("es", "El centrocampista firmó un contrato de cuatro años con el club.", "cuatro", "contrato"),
        (
            "de",
            "Der Konzern legte ein Übernahmeangebot über rund 9,6 Milliarden Euro vor.",
            "rund 9,6 Milliarden Euro",
            "Übernahmeangebot",
        ),
        # (what a sum is for or in)
        (
            "de",
            "Der Bund stellt 2 Millionen Euro für die Sanierung der Stadtbrücke bereit.",
            "2 Millionen Euro",
            "Sanierung",
        ),
        ("en", "On Thursday they approved £2.3bn in funding for new lines.", "£2.3bn", "funding"),
        ("en", "The group raised £4,200 for the village school last year.", "£4,200", "village school"),
        (
            "de",
            "Nach ersten Schätzungen richtete er rund 5 Millionen Euro Schaden an.",
            "rund 5 Millionen Euro",
            "Schaden",
        ),
        # (a bare number after a counted one)
        ("en", "Of the 300 passengers on board, 12 were taken to hospital.", "12", "passengers"),
        ("en", "Twelve people were killed and 40 injured when a bus fell into a ravine.", "40", "people"),
        (
            "de",
            "Im Landtag werden zwölf Abgeordnete der Grünen sitzen, drei weniger als bisher.",
            "drei",
            "Abgeordnete",
        ),
        ("pt", "Das 48 bancas, 41 já estão ocupadas, segundo a câmara.", "41", "bancas"),
    ],
)
def test_what_a_sum_or_a_number_is_of_for_or_part_of(lang: str, text: str, value: str, counts: str) -> None:
    assert _counts(text, lang).get(value) == counts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # (the object of a verb that cuts or raises, and the level the change reaches)
        (
            "es",
            "El Banco Central subió los tipos de interés en 50 puntos básicos, hasta el 7,25 %.",
            {"50": "tipos de interés", "7,25 %": "tipos de interés"},
        ),
        (
            "en",
            "The Fed raised interest rates by 0.25 points to 5.5%.",
            {"0.25": "interest rates", "5.5%": "interest rates"},
        ),
        (
            "de",
            "Die Stadtwerke erhöhen den Strompreis zum 1. April um 3,1 Cent pro Kilowattstunde.",
            {"3,1": "Strompreis"},
        ),
        ("en", "The council cut the branch's weekly hours from 52 to 44.", {"52": "branch's weekly hours"}),
        # (a figure compared with the one before it)
        (
            "fr",
            "Le chômage a reculé à 7,1 % au troisième trimestre, contre 7,4 % un an plus tôt.",
            {"7,1 %": "Le chômage", "7,4 %": "Le chômage"},
        ),
        (
            "en",
            "Inflation slowed to 3.2 percent in October from 3.7 percent in September.",
            {"3.2 percent": "Inflation", "3.7 percent": "Inflation"},
        ),
        # (a level, a verb closing a German clause, a clause joined by "and")
        (
            "en",
            "The bill for repairing the bridge is now put at $38.6 million.",
            {"$38.6 million": "The bill for repairing the bridge"},
        ),
        (
            "fr",
            "Le nombre de demandeurs d'asile a augmenté de 11 % l'an dernier pour atteindre 142 000.",
            {"11 %": "Le nombre de demandeurs d'asile", "142 000": "Le nombre de demandeurs d'asile"},
        ),
        ("de", "Die Zahl der Toten ist inzwischen auf 45 gestiegen.", {"45": "Die Zahl der Toten"}),
        (
            "fr",
            "Dimanche, la température a grimpé jusqu'à 41,2 degrés à Nîmes et la consommation d'électricité a "
            "atteint un record de 71 gigawatts.",
            {"71": "la consommation d'électricité"},
        ),
    ],
)
def test_what_a_change_a_level_or_a_comparison_counts(lang: str, text: str, expected: dict[str, str]) -> None:
    found = _counts(text, lang)
    for value, counts in expected.items():
        assert found.get(value) == counts, (value, found)


@pytest.fixture(scope="module")
def passages(bench_module: Callable[[str], ModuleType]) -> dict[str, dict[str, int]]:
    return bench_module("counts_passages").score(False)  # type: ignore[no-any-return]


def test_the_counts_set_tune_half_as_a_floor(passages: dict[str, dict[str, int]]) -> None:
    tune = passages["tune all"]
    assert tune["found"] >= 184 and tune["right"] >= 129 and tune["exact"] >= 117


def test_the_counts_set_kept_back_half_as_a_floor(passages: dict[str, dict[str, int]]) -> None:
    # (the set was written before these rules; its kept-back half was never looked at)
    kept = passages["holdout all"]
    assert kept["found"] >= 181 and kept["right"] >= 101 and kept["exact"] >= 76
