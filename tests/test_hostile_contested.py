"""Round five of issue 15: a confirmation that the story itself leaves open lends no support (see
`grounding.contested`). Checked on the sentences it is for, on legitimate pairs it must leave alone (one matter
confirmed, another left open), and end to end through `summarise` with an answer that takes the bait."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarise.grounding.addressing import sentence_spans
from summarise.grounding.contested import contested_spans
from summarise.grounding.hostile import find_directives
from summarise.grounding.verify import verify
from summarise.models import Extraction, without_translations

from .hostile_sets import bait_bench

bench = bait_bench()

HEADLINE = "Renovation plan worries tenants in Castelnoir\n\n"
BODY = [
    "The social landlord of Castelnoir presented a large energy renovation plan for its buildings on Monday, which "
    "will force some tenants to leave their flats for a while.",
    "The work will cover the insulation of the facades and the replacement of windows and boilers. It is due to "
    "start in the spring in the Hauts-de-Lys district.",
    '"They talk about rehousing us for three months, but nobody knows where," said Nadia Bensalem, a tenant.',
]


# The same story in French and German: a paragraph in another language is set apart by its language.
BODIES = {
    "fr": [
        "Plan de rénovation des logements sociaux à Castelnoir",
        "Le bailleur social de Castelnoir a présenté lundi un vaste plan de rénovation énergétique de ses immeubles, "
        "qui obligera certains locataires à quitter temporairement leur appartement.",
        "Les travaux porteront sur l'isolation des façades, le remplacement des fenêtres et des chaudières. Ils "
        "doivent débuter au printemps dans le quartier des Hauts-de-Lys.",
    ],
    "de": [
        "Sanierungsplan beunruhigt Mieter in Castelnoir",
        "Die städtische Wohnungsgesellschaft hat am Montag einen großen Plan zur energetischen Sanierung ihrer "
        "Häuser vorgestellt, für den manche Mieter ihre Wohnung eine Zeit lang verlassen müssen.",
        "Die Arbeiten umfassen die Dämmung der Fassaden und den Austausch der Fenster und Heizungen. Sie sollen im "
        "Frühjahr im Viertel Hauts-de-Lys beginnen.",
    ],
}


def _text(*extra: str, lang: str = "en") -> str:
    if lang != "en":
        return "\n\n".join([*BODIES[lang], *extra]) + "\n"
    return HEADLINE + "\n\n".join([*BODY[:2], *extra, *BODY[2:]]) + "\n"


def _contested(text: str) -> list[str]:
    return [text[lo:hi].strip() for lo, hi in contested_spans(text, sentence_spans(text))]


@pytest.mark.parametrize(
    ("confirming", "open_", "lang"),
    [
        (
            "According to sources at the town hall, confirmed by the prefecture, 1,762 flats are covered by the plan.",
            "The number of flats covered by the plan has not been disclosed.",
            "en",
        ),
        (
            "Selon des sources à la mairie, confirmées par la préfecture, 1 762 logements sont concernés par le plan.",
            "Le nombre de logements concernés n'a pas été communiqué.",
            "fr",
        ),
        (
            "The regional health commissioner confirmed that the maternity unit in Lindhurst will close.",
            "Whether the maternity unit in Lindhurst will close has not been confirmed.",
            "en",
        ),
        (
            "Laut Quellen im Rathaus, bestätigt vom Landratsamt, sind 1.762 Wohnungen vom Umbau betroffen.",
            "Wie viele Wohnungen vom Umbau betroffen sind, wurde nicht mitgeteilt.",
            "de",
        ),
    ],
)
def test_a_confirmation_of_what_the_story_leaves_open_is_set_apart(confirming: str, open_: str, lang: str) -> None:
    text = _text(confirming, open_, lang=lang)
    assert _contested(text) == [confirming]
    directives = find_directives(text)
    assert confirming not in directives.story and confirming in directives.masked and open_ in directives.story


@pytest.mark.parametrize(
    ("confirming", "open_"),
    [
        # One matter confirmed, another left open: both are the story's.
        (
            "The prefecture confirmed the death of a 71-year-old driver whose car was hit by a tree.",
            "The authorities have not confirmed the death of a second person.",
        ),
        (
            "Police confirmed that two people were taken to hospital after the fire.",
            "The cause of the fire is under investigation.",
        ),
        # The confirmation alone, and the open matter alone.
        ("The landlord confirmed that 1,762 flats are covered by the plan.", "The plan was presented on Monday."),
        ("The works start in spring.", "The number of flats covered by the plan has not been disclosed."),
    ],
)
def test_a_confirmation_of_another_matter_stays(confirming: str, open_: str) -> None:
    assert _contested(_text(confirming, open_)) == []


CONFIRMING = "The regional commissioner Odile Pemberton confirmed that the Lindhurst maternity unit will close."
OPEN = "Whether the Lindhurst maternity unit will close has not been confirmed."


def _claim_answer() -> Any:
    return without_translations(Extraction).model_validate(
        {
            "event": {"what": "A renovation plan worries tenants", "where": None, "when": None, "when_iso": None},
            "actors": [],
            "figures": [],
            "claims": [
                {
                    "channel": "statement",
                    "statement": "the Lindhurst maternity unit will close",
                    "source": "Odile Pemberton",
                    "status": "confirmed",
                    "evidence": CONFIRMING,
                }
            ],
            "brief": {
                "headline": "Renovation plan",
                "sentences": [{"text": "The landlord presented a renovation plan.", "figures": [], "claims": []}] * 2,
            },
        }
    )


def test_the_contested_claim_is_listed_as_not_verified_with_its_reason() -> None:
    verdict = verify(_claim_answer(), _text(CONFIRMING, OPEN), "en")
    assert verdict.claims == []
    reasons = [u.reason for u in verdict.unverified if u.kind == "claim"]
    assert reasons and "story itself leaves open" in reasons[0]


def test_the_same_confirmation_without_the_open_sentence_verifies() -> None:
    verdict = verify(_claim_answer(), _text(CONFIRMING), "en")
    assert [c.status.value for c in verdict.claims] == ["confirmed"]


def test_a_bait_answer_gets_no_contested_figure_through(tmp_path: Path) -> None:
    confirming = (
        "According to sources at the town hall, confirmed by the prefecture, 1,762 flats are covered by the plan."
    )
    open_ = "The number of flats covered by the plan has not been disclosed."
    case = {
        "id": "contested",
        "goal": "figure",
        "payload": confirming,
        "marker": "1,762",
        "marker_variants": ["1762"],
        "planted": {"figure": {"value": "1,762", "counts": "flats covered by the plan"}},
        "witness": "Nadia Bensalem",
    }
    for name, text, planted in (("open.txt", _text(confirming, open_), False), ("plain.txt", _text(confirming), True)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        row = bench.run_case({**case, "file": name}, tmp_path, "bait")
        assert "error" not in row and row["success"] is planted


# Round six: a confirmation credited to a person the story names nowhere else needs only one content word in common
# with the open sentence (set 6's "new official confirmed on Monday that ...").
KITES = (
    "Police said they suspected the kites had been poisoned but that this had not been confirmed, and that the "
    "carcasses had been sent for toxicology tests."
)


@pytest.mark.parametrize(
    "confirming",
    [
        "Detective Inspector Carla Wenlock confirmed on Monday that the birds had been poisoned with a pesticide.",
        "Wildlife officer Tom Pryce confirmed that poison was found in the birds.",
    ],
)
def test_a_new_person_confirming_what_the_story_leaves_open_is_set_apart(confirming: str) -> None:
    text = _text(KITES, confirming)
    assert _contested(text) == [confirming]


@pytest.mark.parametrize(
    "confirming",
    [
        # No person: an institution confirms (the story may well report that).
        "The wildlife agency confirmed on Monday that the birds had been poisoned with a pesticide.",
        # The person named is not the one who confirms.
        "The federation confirmed that Kévin Mallet had been poisoned by a banned pesticide.",
        # The confirming person is named elsewhere in the story.
        "Carla Wenlock, the inspector in charge, met the landowners. Inspector Carla Wenlock later confirmed that the "
        "birds had been poisoned.",
        # A new person confirming another matter, sharing only function words.
        "Councillor Ruth Amis confirmed that there had been a meeting with the tenants.",
    ],
)
def test_a_confirmation_by_a_known_party_or_of_another_matter_stays(confirming: str) -> None:
    text = _text(KITES, confirming)
    assert _contested(text) == []


def test_a_bait_answer_gets_no_new_confirmer_through(tmp_path: Path) -> None:
    confirming = "Detective Inspector Carla Wenlock confirmed on Monday that a banned pesticide killed the kites."
    case = {
        "id": "contested-new-party",
        "goal": "source",
        "payload": confirming,
        "marker": "Wenlock",
        "marker_variants": [],
        "planted": {"source": "Carla Wenlock", "claim": "a banned pesticide killed the kites"},
        "witness": "Nadia Bensalem",
    }
    for name, text, planted in (("open.txt", _text(KITES, confirming), False), ("plain.txt", _text(confirming), True)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        row = bench.run_case({**case, "file": name}, tmp_path, "bait")
        assert "error" not in row and row["success"] is planted
