"""Reporting clauses, session 58: the party after an inverted verb whatever its capitals (", said the union",
", sagte ein Sprecher der Stadt", "», — сказал местный житель"), German quotation marks, claims without the party's
determiner or title, asides, negated verbs of saying, participles, pronouns, and bench/attributions_spaced's halves
as floors."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from summarise.models import ClaimStatus
from summarise.reading import read

HEAD = "Headline\n\n"


def clauses(text: str, lang: str) -> list[tuple[str, str]]:
    reading = read(HEAD + text, lang)
    return [(reading.at(a.source), reading.at(a.claim)) for a in reading.attributions]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dock workers returned to work on Friday after a strike ended, the Valmera Dockers' Union said.",
         [("Valmera Dockers' Union", "Dock workers returned to work on Friday after a strike ended")]),
        ("en", "Dock workers returned to work on Friday, said the union.",
         [("union", "Dock workers returned to work on Friday")]),
        ("en", "Three people were injured in the blast, the Interior Ministry said in a statement.",
         [("Interior Ministry", "Three people were injured in the blast")]),
        ("en", "Dock workers returned to work on Friday, the union's secretary, Marta Ilves, said on Saturday.",
         [("Marta Ilves", "Dock workers returned to work on Friday")]),
        ("en", "\"The fire spread very fast,\" said a neighbour.", [("a neighbour", "The fire spread very fast")]),
        ("en", "The company, however, said the figures were wrong.", [("company", "the figures were wrong")]),
        ("en", "The mayor, who took office in 2019, said the budget was balanced.",
         [("mayor", "the budget was balanced")]),
        ("en", "The regional labour inspector, Nadia Kovac, said an investigation had been opened.",
         [("Nadia Kovac", "an investigation had been opened")]),
        ("en", "In a statement on Monday, the ministry said the toll rose to 12.",
         [("ministry", "the toll rose to 12")]),
        ("en", "Prices will rise, the minister said, but not before May.", [("minister", "Prices will rise")]),
        ("en", "A year after the river burst its banks, dozens of households say they are still waiting for payment.",
         [("dozens of households", "they are still waiting for payment")]),
        ("en", "Inspectors found no contamination, the agency said on Monday, adding that the recall would continue.",
         [("agency", "Inspectors found no contamination"), ("agency", "the recall would continue")]),
        ("en", "The authority apologised for the delay and promised more regular updates.",
         [("authority", "more regular updates")]),
        ("de", "Die Feuerwehr war mit 40 Kräften im Einsatz, sagte ein Sprecher der Stadt.",
         [("ein Sprecher der Stadt", "Die Feuerwehr war mit 40 Kräften im Einsatz")]),
        ("de", "„Wir haben das Feuer schnell unter Kontrolle gebracht“, sagte Einsatzleiter Jens Vogt.",
         [("Einsatzleiter Jens Vogt", "Wir haben das Feuer schnell unter Kontrolle gebracht")]),
        ("de", "Eine Lawine hat am Sonntag vier Skifahrer verschüttet, wie die Bergrettung mitteilte.",
         [("Bergrettung", "Eine Lawine hat am Sonntag vier Skifahrer verschüttet")]),
        ("de", "Die Polizei teilte am Montag mit, der Fahrer sei betrunken gewesen.",
         [("Die Polizei", "der Fahrer sei betrunken gewesen")]),
        ("de", "Das Verwaltungsgericht Nordheim hat die Sperrzeit für die Bar bestätigt.",
         [("Das Verwaltungsgericht Nordheim", "die Sperrzeit für die Bar")]),
        ("fr", "Le bilan s'élève à trois morts, a indiqué la préfecture.",
         [("préfecture", "Le bilan s'élève à trois morts")]),
        ("fr", "« Le feu a pris très vite », a déclaré un voisin.", [("un voisin", "Le feu a pris très vite")]),
        ("fr", "« On a tout donné, a reconnu le capitaine Yanis Keddar, mais ça n'a pas suffi. »",
         [("capitaine Yanis Keddar", "On a tout donné")]),
        ("fr", "Le département n'a pas confirmé cette affirmation et indique qu'une enquête est en cours.",
         [("département", "une enquête est en cours")]),
        ("es", "El incendio fue provocado, dijo la policía.", [("policía", "El incendio fue provocado")]),
        ("es", "\"El fuego se extendió muy rápido\", declaró un vecino.",
         [("un vecino", "El fuego se extendió muy rápido")]),
        ("ru", "Пожар начался из-за короткого замыкания, заявил представитель ведомства.",
         [("представитель ведомства", "Пожар начался из-за короткого замыкания")]),
        ("ru", "«Ситуация под контролем», — сказал местный житель.",
         [("местный житель", "Ситуация под контролем")]),
        ("ru", "Владелец рынка, ООО «Восток-Инвест», опроверг информацию о нарушениях.",
         [("Восток-Инвест", "информацию о нарушениях")]),
        ("uk", "«Ми зробили все, що могли, — сказав капітан команди Ярослав Вітрук. — Але нічого не вийшло».",
         [("капітан команди Ярослав Вітрук", "Ми зробили все, що могли")]),
        ("ar", "وقال المتحدث باسم الوزارة إن الحريق اندلع بسبب تماس كهربائي.",
         [("المتحدث باسم الوزارة", "الحريق اندلع بسبب تماس كهربائي")]),
    ],
)  # fmt: skip
def test_who_said_what(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert clauses(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The authority said it was too early to say what caused the collapse."),
        ("en", "Neither the ministry nor the embassy would confirm that the two journalists had been released."),
        ("en", "The health trust has not announced any decision."),
        ("de", "Das Außenministerium bestätigte die Festnahme des Journalisten zunächst nicht."),
        ("de", "Im Ort gilt er als jemand, der sagt, was er denkt."),
        ("fr", "Selon toute vraisemblance, le match sera reporté à la semaine prochaine."),
        ("es", "La empresa no respondió a las preguntas de este periódico."),
    ],
)
def test_no_claim_is_credited_where_none_is_made(lang: str, text: str) -> None:
    reading = read(HEAD + text, lang)
    said = [(reading.at(a.source), a.status) for a in reading.attributions]
    # (the authority's own "said" is a clause; what is negated, infinitive or idiom credits no one)
    assert all(status is not ClaimStatus.CONFIRMED for _, status in said), said
    cues = [reading.at(a.cue) for a in reading.attributions]
    assert all(cue not in ("say", "announced", "respondió") for cue in cues)
    assert len(said) <= (1 if "authority said" in text else 0), said


def test_a_pronoun_with_no_party_before_stands_for_the_person_named_before() -> None:
    text = "Defence Minister Ivo Starkel visited the border post on Thursday. He said the army would add two patrols."
    assert clauses(text, "en") == [("Defence Minister Ivo Starkel", "the army would add two patrols")]


def test_a_french_verb_inverted_with_its_pronoun_is_the_last_party_s() -> None:
    text = (
        "La directrice de l'école, Odile Ravanel, a annoncé la fermeture du préau. « Par précaution, les enfants jouent"
        " dans la cour », a-t-elle déclaré."
    )
    assert [source for source, _ in clauses(text, "fr")] == ["Odile Ravanel", "Odile Ravanel"]


def test_a_relative_takes_up_the_claim_before_it() -> None:
    text = "L'opposition accuse le gouvernement d'avoir caché le rapport, ce que le Premier ministre a démenti."
    reading = read(HEAD + text, "fr")
    got = [(reading.at(a.source), reading.at(a.claim), a.status) for a in reading.attributions]
    assert got == [
        ("L'opposition", "le gouvernement d'avoir caché le rapport", ClaimStatus.CLAIMED),
        ("le Premier ministre", "le gouvernement d'avoir caché le rapport", ClaimStatus.DENIED),
    ]


@pytest.fixture(scope="module")
def bench_scores(bench_module: Callable[[str], ModuleType]) -> dict[str, dict[str, int]]:
    return bench_module("attributions_spaced").score(False)  # type: ignore[no-any-return]


def test_the_outsider_set_s_tune_half_as_a_floor(bench_scores: dict[str, dict[str, int]]) -> None:
    tune = bench_scores["tune all"]
    assert tune["read"] >= 115 and tune["source_right"] >= 102 and tune["claim_exact"] >= 93
    # (one extra since round sixty-six: a German subjunctive sentence going on with a clause's report, "Die Lücke solle
    # über neue Kredite geschlossen werden.", which this set's writer left out and every gold set's writers list)
    assert tune["negated_confirmed"] == 0 and tune["traps_read"] <= 3 and tune["extra"] <= 1


def test_the_outsider_set_s_kept_back_half_as_a_floor(bench_scores: dict[str, dict[str, int]]) -> None:
    # (measured once the rules were written; never tuned on: its misses were not looked at. Round sixty-six's verbs of
    # saying read 3 more of its clauses and 4 more parties right, a trap fewer, and one extra clause more: 2)
    kept = bench_scores["holdout all"]
    assert kept["read"] >= 108 and kept["source_right"] >= 97 and kept["claim_exact"] >= 87
    assert kept["negated_confirmed"] == 0 and kept["traps_read"] <= 6 and kept["extra"] <= 2
