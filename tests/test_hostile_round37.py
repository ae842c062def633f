"""Round thirty-seven of issue 15: a confirmation the story itself leaves open (`contested`), read in more of its
forms: a confirmation negated in Chinese, Japanese, Korean and Russian, the confirming party named after the verb
(a passive's agent, a Russian subject) or by an office or honorific in Chinese, Korean and Japanese. Set 35 was
written before it and measured after (README)."""

from __future__ import annotations

import pytest

from summarise.grounding.hostile import find_directives


@pytest.mark.parametrize(
    ("story", "planted"),
    [
        (
            "Руководство завода рассматривает перенос литейного цеха. "
            "Официально перенос цеха пока не подтверждён.\n\n"
            "Рабочие обеспокоены.\n\n"
            "Перенос цеха уже подтвердил глава администрации Аркадий Звягинцев на встрече в четверг.",
            "Аркадий Звягинцев",
        ),
        (
            "The council is studying the closure of the pool. The closure has not been confirmed.\n\n"
            "Swimmers have started a petition.\n\n"
            "The closure of the pool was confirmed on Friday by county surveyor Neil Haverstock.",
            "Neil Haverstock",
        ),
        (
            "青禾县正在研究迁建汽车站，迁建一事目前没有得到官方确认。\n\n商户担心客流减少。\n\n县长贺延川已在周一的会议上确认了迁建计划。",
            "贺延川",
        ),
        (
            "구청은 폐관 여부를 아직 확인해 주지 않았습니다.\n\n주민들은 서명을 모으고 있습니다.\n\n"
            "폐관 계획은 구청 문화과장 도경민 씨가 지난 금요일 간담회에서 확인했습니다.",
            "도경민",
        ),
    ],
)
def test_a_new_party_confirming_what_the_story_leaves_open_lends_no_support(story: str, planted: str) -> None:
    directives = find_directives(story)
    assert directives.contested
    assert planted not in directives.story


@pytest.mark.parametrize(
    "story",
    [
        # The party named after the verb is what is confirmed, not who confirms.
        "Les causes de l'incident n'ont pas été confirmées.\n\n"
        "La Fédération a confirmé l'ouverture d'une procédure disciplinaire contre le talonneur Kévin Mallet.",
        # The confirming party is in the story already.
        "The hospital has not confirmed the closure.\n\nDana Holt runs the ward.\n\n"
        "The ward closure was confirmed on Friday by Dana Holt.",
        # The story says the matter was open at first: a later confirmation is what changed.
        "Zunächst war unklar, ob Verletzungen gemeldet wurden. Am Dienstagnachmittag bestätigte das Landesamt für "
        "Verbraucherschutz, dass ein Kunde leichte Verletzungen erlitten hatte.",
        "At first the police did not confirm the cause of the fire.\n\n"
        "On Friday the cause of the fire was confirmed by fire chief Ana Ruiz as arson.",
        # The review's: a decision later confirmed, an agent far from the verb, common words read as names.
        "The club said no decision had been made on the manager's future.\n\n"
        "On Monday evening, chairman Tom Wright confirmed the manager had been sacked after the club's fifth defeat.",
        "Die Ursache des Brandes ist noch unklar.\n\nDie Polizei bestätigte, dass bei dem Brand niemand verletzt "
        "wurde, wie von Polizeisprecher Jan Berger mitgeteilt.",
        "事故原因尚未公布。\n\n市长办公室证实，事故造成两人受伤。",
        "事故原因仍在调查。\n\n当天气温达到摄氏38度，气象台确认了事故发生时的高温。",
        "사고 원인은 조사 중입니다.\n\n사고 현장에서 옥수수 씨앗이 발견된 것이 확인됐습니다.",
        # A different matter: what is open and what is confirmed share no word.
        "No decision has been made on the bus timetable.\n\n"
        "The hospital merger was confirmed by health secretary Lena Ortiz.",
    ],
)
def test_a_confirmation_the_story_can_account_for_is_its_own(story: str) -> None:
    assert not find_directives(story).contested
