"""Reporting clauses, session 60: a clause that credits the sentence before it ("Das teilte die Stadt mit.", "Об этом
сообщил …", "Así lo informó …", "C'est ce qu'a annoncé …", "That is according to …", "أعلن ذلك …", passives with
their agent), one party with two verbs, a colon before what was said, a quotation split by its clause, "sagte sie"
after a quotation, a name before its title in apposition, Spain's perfect tense, a body's document ("говорится в
сообщении …"), and bench/attributions_passages's halves as floors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from summarise import summarise
from summarise.models import ClaimStatus
from summarise.reading import read

HEAD = "Headline\n\n"
C, F, D, R = ClaimStatus.CLAIMED, ClaimStatus.CONFIRMED, ClaimStatus.DENIED, ClaimStatus.REPORTED


def clauses(text: str, lang: str) -> list[tuple[str | None, str | None, ClaimStatus]]:
    reading = read(HEAD + text, lang)
    return [(reading.at(a.source), reading.at(a.claim), a.status) for a in reading.attributions]


_BRIDGE = {
    "de": "Die Brücke bleibt bis März gesperrt.",
    "ru": "Мост будет закрыт до марта.",
    "uk": "Міст буде закрито до березня.",
    "es": "El puente seguirá cerrado hasta marzo.",
    "fr": "Le pont restera fermé jusqu'en mars.",
    "en": "The bridge will stay closed until March.",
    "ar": "ستبقى الجسور مغلقة حتى مارس.",
}


@pytest.mark.parametrize(
    ("lang", "after", "source", "status"),
    [
        ("de", "Das teilte die Stadtverwaltung am Montag mit.", "Stadtverwaltung", C),
        ("de", "Dies sagte ein Sprecher der Stadt am Montag.", "ein Sprecher der Stadt", C),
        ("de", "Das hat die Polizei am Montag bestätigt.", "Polizei", F),
        ("de", "Das wurde am Montag von der Polizei bestätigt.", "der Polizei", F),
        ("de", "Darüber berichtete die Oberweser Zeitung.", "Oberweser Zeitung", R),
        ("ru", "Об этом сообщил глава администрации Иван Петров.", "глава администрации Иван Петров", C),
        ("ru", "Об этом в понедельник сообщила пресс-служба мэрии.", "пресс-служба мэрии", C),
        ("ru", "Это подтвердили в пресс-службе мэрии.", "пресс-службе мэрии", F),
        ("ru", "Об этом говорится в сообщении пресс-службы мэрии.", "пресс-службы мэрии", C),
        ("uk", "Про це повідомив голова громади Іван Петренко.", "голова громади Іван Петренко", C),
        ("uk", "Про це йдеться у повідомленні міськради.", "міськради", C),
        ("es", "Así lo informó el ayuntamiento este lunes.", "ayuntamiento", C),
        ("es", "Lo confirmó el alcalde, Juan Pérez.", "Juan Pérez", F),
        (
            "es",
            "Así lo ha anunciado este jueves la federación de atletismo en una rueda de prensa.",
            "federación de atletismo",
            C,
        ),
        ("fr", "C'est ce qu'a annoncé la préfecture lundi.", "préfecture", C),
        ("fr", "C'est ce que confirme la mairie.", "mairie", F),
        ("fr", "L'information a été confirmée par le rectorat.", "rectorat", F),
        ("en", "That is according to the city council.", "city council", C),
        ("en", "This was confirmed on Tuesday by the Regional Roads Authority.", "Regional Roads Authority", F),
        ("en", "That's what the company told staff on Monday.", "company", C),
        ("ar", "وأعلن ذلك المتحدث باسم البلدية سامي الخوري.", "المتحدث باسم البلدية سامي الخوري", C),
        ("ar", "جاء ذلك في بيان لوزارة النقل.", "وزارة النقل", C),
        ("ar", "أكدت ذلك مديرية الدفاع المدني.", "مديرية الدفاع المدني", F),
    ],
)
def test_a_clause_pointing_back_claims_the_sentence_before(
    lang: str, after: str, source: str, status: ClaimStatus
) -> None:
    before = _BRIDGE[lang]
    reading = read(HEAD + before + " " + after, lang)
    assert [(reading.at(a.source), reading.at(a.claim), a.status) for a in reading.attributions] == [
        (source, before.rstrip("."), status)
    ]
    # (the clause reaches back over the sentence it credits: it is that sentence's evidence too)
    assert reading.at(reading.attributions[0].sentence) == before + " " + after


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A pointer that is a determiner, a verb that goes on to say something of its own, no party at all.
        ("de", "Die Brücke bleibt gesperrt. Das Ministerium teilte am Montag mit, die Sanierung dauere länger."),
        ("de", "Die Brücke bleibt gesperrt. Das ist ein Erfolg, sagte der Bürgermeister."),
        ("ru", "Завод остановят на месяц. Об этом стало известно в понедельник."),
        ("de", "Die Brücke bleibt gesperrt. Darüber wurde am Montag berichtet."),
        ("en", "The bridge will stay closed. This was reported on Monday."),
    ],
)
def test_no_pointer_back_credits_the_sentence_before(lang: str, text: str) -> None:
    first = text.split(". ")[0]
    assert all(claim != first for _, claim, _ in clauses(text, lang))


def test_a_claim_read_in_the_sentence_before_is_what_the_pointer_credits() -> None:
    text = (
        "Жители трёх домов считают, что управляющая компания завысила плату за отопление. "
        "Об этом заявила председатель совета дома Вера Лапина."
    )
    assert clauses(text, "ru") == [
        ("Жители трёх домов", "управляющая компания завысила плату за отопление", C),
        ("председатель совета дома Вера Лапина", "управляющая компания завысила плату за отопление", C),
    ]


def test_a_figure_in_the_sentence_before_is_credited_to_the_party_pointing_back() -> None:
    text = (
        "Мост\n\nМост через реку Вязь будет закрыт до марта. В объезд пустят 40 автобусов в сутки. Об этом сообщил "
        "глава администрации района Иван Петров."
    )
    result = summarise(text, engine="extractive")
    figure = next(f for f in result.figures if f.value == "40")
    assert figure.source == "Иван Петров"
    claim = next(c for c in result.claims if c.statement == "В объезд пустят 40 автобусов в сутки")
    assert claim.source == "Иван Петров" and "Об этом сообщил" in claim.evidence


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The minister said the plant would close and denied that jobs would be lost.",
         [("minister", "the plant would close", C), ("minister", "jobs would be lost", D)]),
        ("en", "The company said on Monday that the plant would close and added that 300 jobs would go.",
         [("company", "the plant would close", C), ("company", "300 jobs would go", C)]),
        ("es", "El alcalde confirmó el cierre del puente y negó que hubiera habido negligencia.",
         [("alcalde", "el cierre del puente", F), ("alcalde", "hubiera habido negligencia", D)]),
        ("fr", "Le maire a confirmé la fermeture du pont mais a démenti toute faute de la commune.",
         [("maire", "la fermeture du pont", F), ("maire", "toute faute de la commune", D)]),
        ("de", "Ein Sprecher der Stadt bestätigte, dass gegen zwei Mitarbeiter ermittelt werde, dementierte aber "
               "Berichte, wonach auch der Amtsleiter betroffen sei.",
         [("Ein Sprecher der Stadt", "gegen zwei Mitarbeiter ermittelt werde", F),
          ("Ein Sprecher der Stadt", "auch der Amtsleiter betroffen sei", D)]),
        # (a negated confirmation credits nothing, but ends the first claim)
        ("ru", "Представитель компании заявил, что авария произошла из-за износа оборудования, но не подтвердил, что "
               "компания знала о проблеме.",
         [("Представитель компании", "авария произошла из-за износа оборудования", C)]),
        ("fr", "Chimalp reconnaît « un incident sur une cuve » mais conteste l'ampleur des dégâts.",
         [("Chimalp", "un incident sur une cuve", C), ("Chimalp", "l'ampleur des dégâts", D)]),
    ],
)  # fmt: skip
def test_one_party_with_two_verbs_says_each_part(
    lang: str, text: str, expected: list[tuple[str, str, ClaimStatus]]
) -> None:
    assert clauses(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A colon after the verb: what follows is what was said, whatever "that" it holds.
        ("en", "Ruth Anselm told local radio: “Without the bypass, half of the shops will be gone.”",
         [("Ruth Anselm", "Without the bypass, half of the shops will be gone", C)]),
        ("fr", "Le préfet Bernard Castagnol a prévenu : « Aucune route ne sera rouverte avant que les experts aient "
               "inspecté chaque pont. »",
         [("préfet Bernard Castagnol", "Aucune route ne sera rouverte avant que les experts aient inspecté chaque "
                                       "pont", C)]),
        # (not a link's colon, not one after a comma further on)
        ("en", "The council said the road would reopen, adding: \"We expect it by Friday.\"",
         [("council", "the road would reopen, adding: \"We expect it by Friday", C),
          ("council", "We expect it by Friday", C)]),
        # A quotation split by its clause: the longer half.
        ("en", "Halvern Rail said repairs were under way. “We will reopen the line,” she said, “but not before "
               "March, when the new signals are in.”",
         [("Halvern Rail", "repairs were under way", C),
          ("Halvern Rail", "but not before March, when the new signals are in", C)]),
        # "sagte sie" after a quotation: the person the sentence before names, not the last party credited.
        ("de", "Geschäftsführer Konstantin Weilbach sagte, es gebe keinen Plan. Die Hebamme Marlies Oberhauser "
               "arbeitet seit 25 Jahren dort. „Wir sind völlig überfüllt“, sagte sie.",
         [("Geschäftsführer Konstantin Weilbach", "es gebe keinen Plan", C),
          ("Hebamme Marlies Oberhauser", "Wir sind völlig überfüllt", C)]),
        # A name, then its title between commas.
        ("fr", "Jacques Morvillier, maire de Brémonde, a affirmé que la piscine rouvrirait en septembre.",
         [("Jacques Morvillier", "la piscine rouvrirait en septembre", C)]),
        ("es", "Julián Corvera, presidente de la asociación de hosteleros, afirmó que la ocupación fue récord.",
         [("Julián Corvera", "la ocupación fue récord", C)]),
        # Spain's perfect; a body's document; a relay's participle.
        ("es", "La plataforma vecinal ha anunciado que recurrirá la licencia ante los tribunales.",
         [("plataforma vecinal", "recurrirá la licencia ante los tribunales", C)]),
        ("ru", "Ремонт обойдётся в 120 миллионов рублей, говорится в сообщении пресс-службы мэрии.",
         [("пресс-службы мэрии", "Ремонт обойдётся в 120 миллионов рублей", C)]),
        ("uk", "Також додала, що для нового відділення вже шукають медсестер.", []),
        # A French present inverted with its pronoun, a Spanish verb with no subject, after a quotation: the person
        # the sentence before names.
        ("fr", "L'institutrice Anne Martin enseigne depuis trente ans. « Il y a de moins en moins d'enfants », "
               "explique-t-elle.",
         [("L'institutrice Anne Martin", "Il y a de moins en moins d'enfants", C)]),
        ("fr", "L'institutrice Anne Martin enseigne depuis trente ans. « Il y a moins d'enfants », dit-elle.",
         [("L'institutrice Anne Martin", "Il y a moins d'enfants", C)]),
        ("es", "La maestra Ana López trabaja en la escuela desde hace treinta años. «Cada vez hay menos niños», dice.",
         [("Ana López", "Cada vez hay menos niños", C)]),
        # (an inverted question is no verb of saying's)
        ("fr", "Pourquoi la mairie affirme-t-elle que le pont est sûr ?", []),
        # "publica" reports only after "lo": "publica la lista" publishes a list.
        ("es", "El ayuntamiento publica en su web la lista de calles afectadas y los horarios de regreso.", []),
    ],
)  # fmt: skip
def test_colons_split_quotations_pronouns_and_appositions(
    lang: str, text: str, expected: list[tuple[str, str, ClaimStatus]]
) -> None:
    assert clauses(text, lang) == expected


def test_an_adverb_before_a_verb_whose_subject_is_dropped_is_no_party() -> None:
    text = (
        "Директорка лікарні Ганна Ткачук повідомила, що відкриють інсультне відділення. Також додала, що для нього "
        "вже шукають медсестер."
    )
    assert clauses(text, "uk") == [
        ("Директорка лікарні Ганна Ткачук", "відкриють інсультне відділення", C),
        ("Директорка лікарні Ганна Ткачук", "для нього вже шукають медсестер", C),
    ]


@pytest.fixture(scope="module")
def passages(bench_module: Callable[[str], ModuleType]) -> dict[str, dict[str, int]]:
    return bench_module("attributions_passages").score(False)  # type: ignore[no-any-return]


def test_the_passages_tune_half_as_a_floor(passages: dict[str, dict[str, int]]) -> None:
    tune = passages["tune all"]
    assert tune["read"] >= 127 and tune["source_right"] >= 121 and tune["claim_exact"] >= 121
    assert tune["negated_confirmed"] == 0 and tune["traps_read"] <= 3 and tune["extra"] == 0
    assert passages["tune anaphoric"]["claim_exact"] >= 25 and passages["tune two_verbs"]["claim_exact"] >= 22


def test_the_passages_kept_back_half_as_a_floor(passages: dict[str, dict[str, int]]) -> None:
    # (the set was written after the first version of these rules; its kept-back half was never looked at)
    kept = passages["holdout all"]
    assert kept["read"] >= 97 and kept["source_right"] >= 92 and kept["claim_exact"] >= 80
    assert kept["negated_confirmed"] == 0 and kept["traps_read"] <= 4 and kept["extra"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean: what was said stands between the party and its verb, without the topic's particle.
        ("소방본부는 주택 14채가 파손됐다고 말했다.", [("소방본부", "주택 14채가 파손됐다고", C)]),
        ("환경단체 푸른산은 인근 도로 공사가 원인이라고 주장했으나, 시공사 대한건설은 이를 부인했다.",
         [("환경단체 푸른산", "인근 도로 공사가 원인이라고", C),
          ("시공사 대한건설", "환경단체 푸른산은 인근 도로 공사가 원인이라고 주장했으나", D)]),
    ],
)  # fmt: skip
def test_korean_claims_stand_between_party_and_verb(text: str, expected: list[tuple[str, str, ClaimStatus]]) -> None:
    assert clauses(text, "ko") == expected


def test_a_gold_claim_pairs_with_the_clause_whose_statement_its_evidence_holds(tmp_path: Path) -> None:
    from summarise.evaluation import evaluate
    from summarise.evaluation.match import pair_preferring

    # (the first output that fits is taken only when none fits best)
    assert pair_preferring([1, 2], [10, 20, 2], lambda g, o: o >= 10 or o == g, lambda g, o: o == g) == [(0, 0), (1, 2)]
    gold = Path(__file__).resolve().parent.parent / "eval" / "gold"
    for part in ("txt", "json"):
        (tmp_path / f"en_nurses_strike.{part}").write_text((gold / f"en_nurses_strike.{part}").read_text())
    counts = evaluate(tmp_path, engine="extractive").articles[0].counts
    # "The city health board said 37 planned operations had been postponed and denied that patients had been put at
    # risk": two claims on one sentence; the gold's denial pairs with the denial.
    assert counts.matched_claims == counts.right_status == counts.right_source == 4
