"""A figure the story gives with qualifiers that disagree ("about 40" and "more than 40" shops) is not verified.

The stories are written for these tests; the held-out injection sets are not read here.
"""

from __future__ import annotations

import pytest

from summarise import summarise
from summarise.grounding.unsettled import Unsettled

DISAGREE = {
    "es near/above": (
        "es",
        "Alrededor de 40 comercios abren el sábado. Según la plantilla, más de 40 comercios participan.",
    ),
    "fr near/above": ("fr", "Près de 1 200 élèves sont privés de cours. Au moins 1 200 élèves restent chez eux."),
    "ru near/above": ("ru", "Около 70 человек эвакуированы. Всего свыше 70 человек покинули дома."),
    "de near/above": ("de", "Rund 28.000 Menschen kamen. Die Veranstalter sprechen von mehr als 28.000 Menschen."),
    "en below/near": ("en", "Up to 300 volunteers will help. About 300 volunteers signed up on Monday."),
    "zh near/above": ("zh", "约3.2万册藏书已经搬迁。馆方说逾3.2万册藏书已经上架。"),
    # (a closing quotation mark between the number and what it counts: 'write "more than 300" volunteers')
    "pt quoted": ("pt", 'Cerca de 40 mil clientes ficaram sem luz. Escreva "mais de 40 mil" clientes, não "cerca de".'),
}
AGREE = {
    "same side": ("en", "About 300 volunteers will help. Nearly 300 volunteers signed up on Monday."),
    "above twice": ("fr", "Plus de 1 200 élèves sont privés de cours. Au moins 1 200 élèves restent chez eux."),
    "bare headline": ("en", "3,000 homes without power\n\nAbout 3,000 homes were cut off on Sunday."),
    "two counts": ("en", "About 40 shops open on Saturday. The fair lasts more than 40 minutes longer than last year."),
    "two units": ("en", "About 40 percent of the budget is spent. More than 40 euros a head was raised."),
    "quoted alone": ("es", "Unos 40 comercios abren. Plantilla para medios: «más de 40»."),
    # (the review of round forty-nine: a threshold's two sides, a number with only a small word after it)
    "threshold": (
        "en",
        "Companies with more than 250 employees must publish. Firms with fewer than 250 employees are exempt.",
    ),
    "a day": ("en", "About 40 shops take part. Each sells more than 40 a day."),
    "de ellos": ("es", "Unos 40 comercios participan. Más de 40 de ellos son familiares."),
    # one sentence setting two times or places side by side
    "one sentence": ("en", "Temperatures reached about 30 degrees on Monday and more than 30 degrees on Tuesday."),
    "two numbers": ("en", "About 40 shops open on Saturday. More than 400 shops opened last year."),
}


@pytest.mark.parametrize("case", DISAGREE)
def test_disagreeing_qualifiers_leave_both_mentions_unsettled(case: str) -> None:
    lang, story = DISAGREE[case]
    unsettled = Unsettled(story, lang)
    assert len(unsettled.against) == 2
    for lo, hi in unsettled.against:
        problem = unsettled.problem(lo, hi)
        assert problem is not None and "does not settle" in problem


@pytest.mark.parametrize("case", AGREE)
def test_one_account_or_two_counts_is_settled(case: str) -> None:
    lang, story = AGREE[case]
    assert Unsettled(story, lang).against == {}


ARTICLE = """Feria de rebajas en la calle Real

Alrededor de 40 comercios de Calzada de Oropesa sacarán sus productos a la calle el próximo sábado, según la \
asociación de comerciantes.

La calle Real estará cortada al tráfico por la mañana. Comercios participantes: más de 40 comercios, dijo el \
presidente de la asociación, Tomás Ibarra.

El ayuntamiento aporta 12.000 euros para la feria.
"""


def test_code_reading_lists_both_readings_as_unverified_and_keeps_the_settled_figure() -> None:
    result = summarise(ARTICLE, engine="extractive")
    assert [f.value for f in result.figures] == ["12.000 euros"]
    unsettled = [u for u in result.unverified if u.kind == "figure" and "does not settle" in u.reason]
    assert sorted(u.item["value"] for u in unsettled) == ["Alrededor de 40", "más de 40"]
    # The brief cannot state the number either: a brief sentence's number must be a verified figure's.
    assert all("40" not in s.text for s in result.brief.sentences)


def test_an_event_that_states_an_unsettled_number_is_listed_apart() -> None:
    result = summarise(ARTICLE, engine="extractive")
    assert result.event.what == ""
    reasons = [u.reason for u in result.unverified if u.kind == "event"]
    assert any("qualifiers that disagree" in reason and "Alrededor de 40" in reason for reason in reasons)
    # Its day is still the story's.
    assert result.event.when == "sábado"


def test_a_claim_that_states_an_unsettled_number_is_not_verified() -> None:
    from summarise.grounding.verify import verify
    from summarise.models import Extraction

    evidence = "Comercios participantes: más de 40 comercios, dijo el presidente de la asociación, Tomás Ibarra."
    claim = {"statement": "Participan más de 40 comercios", "source": "Tomás Ibarra", "channel": None}
    extraction = Extraction.model_validate(
        {
            "event": {"what": "Feria de rebajas en la calle Real", "where": None, "when": None, "when_iso": None},
            "actors": [],
            "figures": [],
            "claims": [{**claim, "status": "claimed", "evidence": evidence, "translation": None}],
            "brief": {
                "headline": "Feria de rebajas en la calle Real",
                "sentences": [{"text": "La calle Real estará cortada.", "figures": [], "claims": []}] * 2,
            },
        }
    )
    verdict = verify(extraction, ARTICLE, "es")
    assert verdict.claims == []
    assert any("qualifiers that disagree" in line for line in verdict.failures())
    # The same claim with the number settled passes: the story gives "más de 40" only once here.
    settled = ARTICLE.replace("Alrededor de 40", "Cuarenta")
    assert len(verify(extraction, settled, "es").claims) == 1
