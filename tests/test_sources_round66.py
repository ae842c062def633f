"""Who said it, and who is an actor, round sixty-six: a relay whose verb follows the party cited ("со ссылкой на
жителей сообщил, что"), an outlet's common noun before its quoted name, Chinese "according to a reckoning" and "did
not disclose", a Chinese denial followed by what the party says instead, a Korean topic after a describing verb and
a Korean outlet relaying, quoted speech that is no name, French "selon lui", hearsay "aurait" and "rejeter" an
amount, Spanish "según" before a verb and "que" before a subject; documents and unnamed parties credited with a claim
are not listed as actors (the body a Korean official speaks for is)."""

from __future__ import annotations

import pytest

from summarise.reading import read


def _attributions(text: str, lang: str) -> list[tuple[str | None, str | None, str, str | None]]:
    """(source, via, status, claim) of each attribution."""
    reading = read(text, lang)
    return [
        (reading.at(a.source), reading.at(a.via), a.status.value, reading.at(a.claim)) for a in reading.attributions
    ]


def _names(text: str, lang: str) -> dict[str, str]:
    reading = read(text, lang)
    return {reading.at(n.span) or "": n.kind.value for n in reading.names}


def test_a_russian_relay_ends_the_party_cited_at_the_verb_and_leaves_the_outlet_out_of_the_claim() -> None:
    text = (
        "Паводок\n\nВода поднялась на 3 метра, сообщили спасатели. Местный портал «Вельские новости» со ссылкой на "
        "жителей сообщил, что сирены оповещения в двух сёлах не сработали."
    )
    assert _attributions(text, "ru")[1] == (
        "жителей",
        "Вельские новости",
        "reported",
        "сирены оповещения в двух сёлах не сработали",
    )


def test_a_ukrainian_relay_with_iz_is_a_relay() -> None:
    text = (
        "Школи\n\nШколу закриють у вересні, сказав він. Газета «Вербівський вісник» із посиланням на працівників "
        "управління повідомила, що школу закриють."
    )
    assert _attributions(text, "uk")[-1][:3] == ("працівників управління", "Вербівський вісник", "reported")


def test_an_outlets_common_noun_before_its_quoted_name_is_no_actor_and_the_name_is_an_outlet() -> None:
    text = (
        "Выборы\n\nГазета «Северогорский курьер» со ссылкой на наблюдателей сообщила, что на двух участках "
        "оказалось больше бюллетеней."
    )
    names = _names(text, "ru")
    assert "Газета" not in names
    assert names["Северогорский курьер"] == "media_outlet"


@pytest.mark.parametrize("opener", ["据测算", "据了解", "据统计", "据初步统计"])
def test_according_to_a_reckoning_credits_no_party_in_chinese(opener: str) -> None:
    text = f"水库\n\n省财政厅证实，中央财政将承担总投资的40%。{opener}，工程建设高峰期将提供约8,000个就业岗位。"
    assert [a[0] for a in _attributions(text, "zh")] == ["省财政厅"]


def test_a_chinese_party_that_did_not_disclose_claims_nothing_and_who_would_not_give_a_name_describes_the_party() -> (
    None
):
    text = "审计\n\n市审计局证实，已对该项目开展专项审计，但未透露审计结果。一位不愿透露姓名的官员说，工程将延期。"
    assert [(a[0], a[2]) for a in _attributions(text, "zh")] == [
        ("市审计局", "confirmed"),
        ("一位不愿透露姓名的官员", "claimed"),
    ]


def test_a_chinese_denial_then_what_the_party_says_instead_are_two_claims_of_one_party() -> None:
    text = "水库\n\n省生态环境厅否认评估程序存在问题，称调查“完全符合规定”。"
    assert _attributions(text, "zh") == [
        ("省生态环境厅", None, "denied", "评估程序存在问题"),
        ("省生态环境厅", None, "claimed", "调查“完全符合规定”。"),
    ]


def test_a_korean_topic_after_a_verb_that_describes_it_and_an_outlet_that_relays() -> None:
    text = (
        '물가\n\n서울 한솔시장에서 채소 가게를 하는 김영숙(63) 씨는 "손님이 작년보다 30% 가까이 줄었다"고 말했다. '
        "지역 일간지 해솔일보는 한 제약 유통업체 관계자를 인용해 일부 백신의 납품이 2주가량 늦어질 수 있다고 "
        "보도했다."
    )
    found = _attributions(text, "ko")
    assert found[0][0] == "김영숙(63) 씨"
    assert found[1][1:] == ("해솔일보", "reported", "일부 백신의 납품이 2주가량 늦어질 수 있다고")


@pytest.mark.parametrize(
    ("lang", "text", "speech"),
    [
        (
            "ko",
            '물가\n\n국가통계원 박지훈 과장은 "작황이 나빠진 영향이 크다"며 "다음 달부터는 상승 폭이 줄어들 것"이라고 '
            "말했다.",
            "다음 달부터는 상승 폭이 줄어들 것",
        ),
        (
            "ja",
            "研究\n\n大学側はこれを否定し、「製薬会社は資金にも分析にも関与していない」とコメントした。",
            "製薬会社は",
        ),
    ],
)
def test_quoted_speech_is_no_name(lang: str, text: str, speech: str) -> None:
    assert not [name for name in _names(text, lang) if speech in name]


def test_french_selon_lui_is_the_person_named_before() -> None:
    text = (
        "Rivière\n\nPour le président de Rivières vivantes, Julien Morvan, la décision « envoie un signal ». "
        "Selon lui, la population de truites a chuté de 40 % depuis la pollution."
    )
    assert _attributions(text, "fr")[-1][0] == "Julien Morvan"
    assert "lui" not in _names(text, "fr")


def test_french_hearsay_about_a_subject_and_an_amount_discharged_are_no_claims_of_it() -> None:
    text = (
        "Vol\n\nL'intrusion aurait duré moins de 9 minutes, a précisé le procureur. L'usine a rejeté près de 12 000 "
        "mètres cubes d'effluents. Le maire a rejeté ces accusations. Le ministre aurait déclaré que la mine ouvrira."
    )
    assert [(a[0], a[2]) for a in _attributions(text, "fr")] == [
        ("procureur", "claimed"),
        ("maire", "denied"),
        ("ministre", "reported"),
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "El Metro subirá el billete a 1,60 euros, según aprobó este lunes su consejo de administración.",
            "su consejo de administración",
        ),
        ("Según informó ayer el ministerio, la obra costará 3 millones.", "el ministerio"),
        ("Según Pedro Carbó, la obra costará 3 millones.", "Pedro Carbó"),
        (
            "La asociación calificó la medida de «injusta» y recordó que el alcalde prometió congelar las tarifas.",
            "alcalde",
        ),
    ],
)
def test_spanish_sources_after_a_verb_or_a_complementiser(sentence: str, source: str) -> None:
    assert _attributions(f"Metro\n\n{sentence}", "es")[-1][0] == source


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("fr", "Pollution\n\nSelon le jugement, l'entreprise a déversé des eaux usées dans la rivière.", "jugement"),
        ("zh", "楼市\n\n报告称，第三季度成交量下降。", "报告"),
        (
            "en",
            "Deal\n\nThe round values the company at $540 million, according to two people familiar with the deal.",
            "two people familiar with the deal",
        ),
        ("fr", "Musée\n\nSelon le quotidien L'Écho, qui cite un enquêteur, les voleurs connaissaient la ronde.", None),
        ("zh", "楼市\n\n业内人士估计，今年房地产相关税收将减少超过12亿元。", "业内人士"),
    ],
)
def test_a_document_or_an_unnamed_party_is_credited_but_not_listed_as_an_actor(
    lang: str, text: str, source: str | None
) -> None:
    found = _attributions(text, lang)
    if source is not None:
        assert source in [a[0] for a in found]
    names = _names(text, lang)
    assert not [n for n in names if n in ("jugement", "报告", "业内人士", "un enquêteur") or n.startswith("two people")]


def test_the_body_a_korean_official_speaks_for_is_the_actor() -> None:
    text = (
        '해킹\n\n금융감독원 관계자는 "거래소의 보안 관리 실태를 점검할 계획"이라고 말했다. '
        '시 관계자는 "조사 중"이라고 밝혔다.'
    )
    names = _names(text, "ko")
    assert "금융감독원" in names
    assert not [n for n in names if "관계자" in n]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A Russian opener before the body a plural verb speaks for.
        (
            "ru",
            "Турнир\n\nВместе с тем в федерации подтвердили, что проверки на электронные устройства проводились.",
            ("федерации", None, "confirmed"),
        ),
        # A German adjective after its article is part of the party cited.
        (
            "de",
            "Brücke\n\nWie der Erlenbacher Anzeiger unter Berufung auf ein internes Prüfprotokoll berichtete, waren "
            "die Risse seit 2019 bekannt.",
            ("ein internes Prüfprotokoll", "Erlenbacher Anzeiger", "reported"),
        ),
        # "citing" after what an outlet reported: the party cited said it, relayed by the outlet.
        (
            "en",
            "Port\n\nThe Harlow Bay Courier reported that two large customers were already diverting cargo to Fennick "
            "Docks, citing shipping agents at the terminal.",
            ("shipping agents", "The Harlow Bay Courier", "reported"),
        ),
        # A Japanese outlet relaying what someone told it ("の話として"), after an opener.
        (
            "ja",
            "脱線\n\n一方、地元紙の北浜新報は、複数の関係者の話として、同じ区間で先月にもひび割れが見つかっていたと報じた。",
            ("複数の関係者", "地元紙の北浜新報", "reported"),
        ),
        # An Arabic subject with its article before the verb, after "غير أن".
        ("ar", "جراد\n\nغير أن الوزارة نفت وجود أي نقص في المبيدات.", ("الوزارة", None, "denied")),
    ],
)
def test_more_parties_read_round66(lang: str, text: str, expected: tuple[str, str | None, str]) -> None:
    assert _attributions(text, lang)[-1][:3] == expected


def test_an_anonymous_japanese_party_gives_no_actor_and_no_clause_as_a_body() -> None:
    text = (
        "研究\n\n地元の医療系ニュースサイト「メディカル北陵」は、研究に協力した製薬会社の関係者の話として、同社が"
        "結果を使う計画だと報じた。"
    )
    names = _names(text, "ja")
    assert not [n for n in names if "関係者" in n or "協力した" in n]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The union estimated the saving at more than £400,000 a year.", ("union", "estimated")),
        (
            "de",
            "Vorstandschef Ralf Kessler begründete den Schritt mit hohen Energiekosten.",
            ("Vorstandschef Ralf Kessler", "begründete"),
        ),
        ("de", "Die Patientenvertretung nannte das Programm unzureichend.", ("Die Patientenvertretung", "nannte")),
        (
            "es",
            "La gerente de Tranvega, Lucía Herrero, justificó la subida por los costes.",
            ("Lucía Herrero", "justificó"),
        ),
        (
            "fr",
            "« Je n'en irrigue plus que 35 », témoigne Bernard Castaing, éleveur à Saint-Aubrac.",
            ("Bernard Castaing", "témoigne"),
        ),
        (
            "ru",
            "Избирательная комиссия Северогорска в понедельник объявила, что победил Ларионов.",
            ("Избирательная комиссия Северогорска", "объявила"),
        ),
        (
            "ko",
            '대한약사연합회 최민정 부회장은 "복용을 중단해서는 안 된다"고 당부했다.',
            ("대한약사연합회 최민정 부회장", "당부했다"),
        ),
        ("ja", "同社広報部は「希望者は全員を受け入れる」とコメントした。", ("同社広報部", "とコメントした")),
        ("ar", "وقدّرت غرفة تجارة الزهراء أن المهرجان أدخل 7 ملايين دينار.", ("غرفة تجارة الزهراء", "وقدّرت")),
        ("zh", "澄州大学历史系教授林晓岚认为，新馆的开放有望带动当地文旅消费。", ("澄州大学历史系教授林晓岚", "认为")),
        # whose words: the person last named
        (
            "uk",
            "Голова профспілки Іван Петренко заявив, що школи закриті. За її словами, страйк охопив 23 школи.",
            ("Голова профспілки Іван Петренко", "За"),
        ),
        (
            "ru",
            "Глава района Пётр Сидоров выступил в мэрии. По его словам, вода поднимется ещё на метр.",
            ("Пётр Сидоров", "По"),
        ),
    ],
)
def test_more_verbs_of_saying_round66(lang: str, text: str, expected: tuple[str, str]) -> None:
    reading = read(f"T\n\n{text}", lang)
    last = reading.attributions[-1]
    assert (reading.at(last.source), reading.at(last.cue)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An estimated 300 people attended the vigil on Sunday."),
        ("ru", "Его сын вернулся домой в понедельник."),
        ("fr", "Le juge a condamné la société à une amende."),
        # (a suggestion and a reminder as nouns: "进行了安全提醒", "研究这一建议")
        ("zh", "事故发生后，出租车公司也对司机进行了安全提醒。"),
    ],
)
def test_what_is_no_verb_of_saying_round66(lang: str, text: str) -> None:
    assert read(f"T\n\n{text}", lang).attributions == []


def test_a_german_subjunctive_sentence_goes_on_with_the_report_before_it() -> None:
    text = (
        "Werk\n\nVorstandschef Ralf Kessler begründete den Schritt mit hohen Energiekosten. Diese seien am Standort "
        "seit 2021 um 48 Prozent gestiegen. Der Umsatz sei um 9 Prozent gefallen. Das Werk liegt am Rhein. "
        "„Ich habe keine Wahl“, sagte Kessler."
    )
    found = _attributions(text, "de")
    # (the second of the run is left: the check reads the sentence before a claim for who said it, no further)
    assert [(a[0], a[3]) for a in found[:2]] == [
        ("Vorstandschef Ralf Kessler", "den Schritt mit hohen Energiekosten"),
        ("Vorstandschef Ralf Kessler", "Diese seien am Standort seit 2021 um 48 Prozent gestiegen"),
    ]
    assert len(found) == 3 and found[2][3] == "Ich habe keine Wahl"


def test_a_chinese_pronouns_clause_after_a_quotation_claims_the_quotation() -> None:
    text = "楼市\n\n研究中心主任周立明表示，库存约6.3万套。“价格下行的压力短期内难以消除。”他说。"
    assert _attributions(text, "zh")[-1][::3] == ("研究中心主任周立明", "价格下行的压力短期内难以消除。")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La mairie a en revanche confirmé que le système devait être remplacé.", ("mairie", "confirmed")),
        ("fr", "Le parquet a également démenti cette version des faits.", ("parquet", "denied")),
        (
            "ru",
            "Министерство финансов области подтвердило, что на выплаты зарезервировано 40 млн рублей.",
            ("Министерство финансов области", "confirmed"),
        ),
        (
            "de",
            "Betroffen sind 620 Beschäftigte, wie das Unternehmen am Mittwoch in einer Pflichtmitteilung bekanntgab.",
            ("Unternehmen", "claimed"),
        ),
    ],
)
def test_an_adverb_after_the_auxiliary_a_neuter_confirmation_a_german_announcement(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = _attributions(f"T\n\n{text}", lang)
    assert (found[-1][0], found[-1][2]) == expected
    if lang == "de":
        assert found[-1][3] == "Betroffen sind 620 Beschäftigte"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Jungen kamen am 3. Mai zur Welt. Das gab der Zoo am Freitag bekannt.", ("Zoo", "gab")),
        ("de", "Stoltz hatte die Vorwürfe während des gesamten Verfahrens bestritten.", ("Stoltz", "bestritten")),
        (
            "de",
            "Amtsleiterin Sabine Vollrath führte den Anstieg vor allem auf Personalmangel zurück.",
            ("Amtsleiterin Sabine Vollrath", "führte"),
        ),
        (
            "ru",
            "По расчётам института, 14 марта 2031 года астероид пройдёт рядом с Землёй.",
            ("института", "По расчётам"),
        ),
        (
            "ru",
            "Как уточнили в «Полярных линиях», на борту находились 168 пассажиров.",
            ("Полярных линиях", "Как уточнили"),
        ),
        (
            "uk",
            "Згідно з пояснювальною запискою, у школах сьогодні навчаються 1 140 учнів.",
            ("пояснювальною запискою", "Згідно з"),
        ),
        (
            "fr",
            "La compagnie Air Lorvan a chiffré ses pertes à environ 3,5 millions d'euros par jour.",
            ("compagnie Air Lorvan", "a chiffré"),
        ),
        (
            "zh",
            '研究中心主任周立明表示，库存约6.3万套。"价格下行的压力短期内难以消除。"他说。',
            ("研究中心主任周立明", "说"),
        ),
    ],
)
def test_still_more_clauses_round66(lang: str, text: str, expected: tuple[str, str]) -> None:
    reading = read(f"T\n\n{text}", lang)
    last = reading.attributions[-1]
    assert (reading.at(last.source), reading.at(last.cue)) == expected


def test_a_passive_demand_is_no_claim() -> None:
    assert read("T\n\nMehr Personal wird seit Jahren gefordert.", "de").attributions == []


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("fr", "La préfecture n'a pas confirmé le chiffre de 40 000 voyageurs bloqués.", "préfecture"),
        ("fr", "Le parquet n'a pas confirmé l'ouverture d'une enquête.", "parquet"),
        ("es", "La presidencia del Congreso no confirmó que el tema esté en la agenda.", "presidencia del Congreso"),
    ],
)
def test_a_party_that_declines_to_confirm_claims_nothing_and_is_an_actor(lang: str, text: str, party: str) -> None:
    reading = read(f"T\n\n{text}", lang)
    assert reading.attributions == []
    assert party in [reading.at(n.span) for n in reading.names]


def test_a_declined_confirmation_then_a_second_verb_of_the_same_party() -> None:
    text = "T\n\nLe département n'a pas confirmé cette affirmation et indique qu'une enquête est en cours."
    assert [(a[0], a[2], a[3]) for a in _attributions(text, "fr")] == [
        ("département", "claimed", "une enquête est en cours")
    ]


def test_a_chinese_suggestion_as_a_noun_is_no_second_clause() -> None:
    assert [a[0] for a in _attributions("T\n\n园林局表示会研究这一建议。", "zh")] == ["园林局"]


def test_whose_words_are_read_only_when_the_sentence_before_names_the_person() -> None:
    text = (
        "Школи\n\nНачальниця управління освіти Тетяна Гнатюк заявила, що об'єднання дозволить заощаджувати кошти. "
        "«Ці гроші підуть на зарплати вчителям», — сказала вона. Скорочень педагогів, за її словами, не буде."
    )
    # (two sentences back: the checks, which read the sentence before a claim for its party, could not verify it)
    assert [a[0] for a in _attributions(text, "uk")] == ["Начальниця управління освіти Тетяна Гнатюк"] * 2
