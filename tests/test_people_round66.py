"""Actors named without a claim of their own, round sixty-six (`reading.people`): a person by the age the article
gives, by a title and a comma before the name, by a German title, by a description right before the name, a Korean
name before its title, a Japanese name before its title or honorific; a body after the noun that says what kind of
body it is, a body by its own name (German offices, courts and councils; Spanish and French bodies and clubs), a
Korean body by the ending of its name; and what none of these makes an actor."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _names(text: str, lang: str) -> dict[str, str]:
    reading = read(text, lang)
    return {reading.at(n.span) or "": n.kind.value for n in reading.names}


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        (
            "de",
            "Brücke\n\nVerbandsgeschäftsführerin Petra Alsdorf, 59, forderte eine Behelfsbrücke.",
            "Petra Alsdorf",
            "person",
        ),
        ("de", "Brücke\n\nBürgermeister Uwe Krantz befürchtet mehr Verkehr im Ort.", "Uwe Krantz", "person"),
        ("fr", "Procès\n\nSon ancien directeur, Gérard Lemaire, 61 ans, a été condamné.", "Gérard Lemaire", "person"),
        (
            "fr",
            "Procès\n\nLe procureur, Antoine Ferrand, avait requis 600 000 euros d'amende.",
            "Antoine Ferrand",
            "person",
        ),
        ("uk", "Витік\n\nЮристка організації Ірина Савчук, 34 роки, радить змінити паролі.", "Ірина Савчук", "person"),
        ("es", "Maratón\n\nEl keniano David Kiprono ganó el domingo la prueba.", "David Kiprono", "person"),
        (
            "es",
            "Copa\n\nEl delantero uruguayo Matías Ferreyra, de 31 años, abrió el marcador.",
            "Matías Ferreyra",
            "person",
        ),
        ("fr", "Rugby\n\nAu pied, l'ouvreur Hugo Castéra a passé 11 points.", "Hugo Castéra", "person"),
        ("ko", '약\n\n대한약사연합회 최민정 부회장은 "복용을 중단하지 말라"고 당부했다.', "최민정", "person"),
        ("ja", "噴火\n\n白湯町の佐伯和也町長（66）は記者会見で避難を呼びかけた。", "佐伯和也", "person"),
        ("ja", "図書館\n\n同会の代表で元司書の松岡直美さん（70）は反対している。", "松岡直美", "person"),
        ("fr", "Pollution\n\nLe tribunal a condamné la société Aquaterra à une amende.", "Aquaterra", "organisation"),
        ("en", "Fire\n\nThe insurers' group Coverwell estimated the damage.", "Coverwell", "organisation"),
        ("ru", "Спутник\n\nСпутник создан частной компанией «Орбитек» из Новосибирска.", "Орбитек", "organisation"),
        (
            "de",
            "Zoo\n\nIm Tal arbeitet die Naturschutzorganisation Bergwild seit Jahren mit dem Zoo.",
            "Bergwild",
            "organisation",
        ),
        (
            "en",
            "Deal\n\nThe technology newsletter Circuit Morning first reported the round.",
            "Circuit Morning",
            "media_outlet",
        ),
        (
            "de",
            "Klinik\n\nDas geht aus dem Bericht hervor, den das Kreisgesundheitsamt am Dienstag vorgelegt hat.",
            "Kreisgesundheitsamt",
            "organisation",
        ),
        (
            "de",
            "Prozess\n\nIm Prozess hat das Landgericht Wallbrück den Geschäftsführer verurteilt.",
            "Landgericht Wallbrück",
            "organisation",
        ),
        (
            "es",
            "Fútbol\n\nEl equipo debutará el 24 de agosto ante el Real Costeño en casa.",
            "Real Costeño",
            "organisation",
        ),
        ("ko", "백신\n\n백신 공급사인 한별바이오는 납품 일정에 대해 답하지 않았다.", "한별바이오", "organisation"),
        ("ko", "세금\n\n시민단체 공정과세연대의 사무국장은 반대했다.", "공정과세연대", "organisation"),
        ("ru", "Отзыв\n\nКомпания «Молочный край» объявила об отзыве партии.", "Молочный край", "organisation"),
        (
            "de",
            "Maut\n\nDer Verband der Transportunternehmer schätzt die Mehrkosten hoch ein.",
            "Verband der Transportunternehmer",
            "organisation",
        ),
    ],
)
def test_an_actor_named_without_a_claim(lang: str, text: str, name: str, kind: str) -> None:
    assert _names(text, lang).get(name) == kind


@pytest.mark.parametrize(
    ("lang", "text", "not_a_name"),
    [
        # German nouns are capitalised: a noun after "Unternehmen … keine" is no body's name.
        ("de", "Werk\n\nDas Unternehmen wollte dazu keine Angaben machen.", "Angaben"),
        ("de", "Klinik\n\nDie Hollbacher Zeitung hatte unter Berufung auf zwei Oberärzte berichtet.", "Berufung"),
        # A common noun describing the Korean outlet after it.
        ("ko", "세금\n\n경제신문 한빛경제는 여당 관계자를 인용해 정부가 인하 폭을 줄였다고 보도했다.", "경제신문"),
        # A Korean word before a title that is no name of three syllables with a surname.
        ("ko", "시장\n\n서울 한솔시장에서 채소를 파는 상인들은 어려움을 호소했다.", "한솔"),
        # The place a body belongs to, a German title's place, a German word ending in "amt", a Japanese clause.
        ("es", "Agua\n\nLa empresa municipal de aguas de Valdecañas cortó el agua durante horas.", "Valdecañas"),
        ("de", "Wahl\n\nBürgermeister von Tannrode ist seit 2019 ein Landwirt.", "Tannrode"),
        ("de", "Verein\n\nDas Ehrenamt trägt den Verein seit Jahren.", "Ehrenamt"),
        ("ja", "断水\n\n団地の自治会長、坂口守さんは「大変だった」と話した。", "自治"),
        # A place in a date line is not a person by the day after it.
        ("en", "Storm\n\nPORT LISSEN, Nov. 29 — The storm closed the harbour, the coastguard said.", "Nov"),
    ],
)
def test_what_is_no_actor(lang: str, text: str, not_a_name: str) -> None:
    assert not [name for name in _names(text, lang) if not_a_name in name]
