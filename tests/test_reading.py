"""The code's own reading of an article: reporting cues in each of the ten languages, the traps a figure
finder must not take, the extractive engine end to end, and the rule that nothing code found is lost when a
model's answer leaves it out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise import summarise
from summarise.cli import main
from summarise.models import ActorKind, ClaimStatus
from summarise.reading import read

from .fakes import completion, scripted_server

# (language, article, the source the reader must find, the status its cue implies). Each article is one
# headline line and a body, written for this test.
CUES = [
    ("en", "Port closed\n\nThe harbour authority said the port would stay closed until Friday.", "harbour authority",
     ClaimStatus.CLAIMED),
    ("en", "Mill fire\n\nThe operator, Brant Mills, denied that it had ignored the alarms.", "Brant Mills",
     ClaimStatus.DENIED),
    ("en", "Bridge shut\n\n\"The bridge is unsafe,\" said Mayor Ida Kern on Tuesday.", "Ida Kern", ClaimStatus.CLAIMED),
    ("en", "Talks stall\n\nThe Varro Herald, citing two negotiators, reported that the talks had stalled.",
     "two negotiators", ClaimStatus.REPORTED),
    ("de", "Streik\n\nDie Gewerkschaft der Pfleger bestätigte am Montag den Streik.", "Gewerkschaft der Pfleger",
     ClaimStatus.CONFIRMED),
    ("de", "Brand\n\nDer Schaden ist groß, teilte die Feuerwehr Lennstadt am Abend mit.", "Feuerwehr Lennstadt",
     ClaimStatus.CLAIMED),
    ("fr", "Grève\n\nSelon la préfecture du Morvel, la route restera fermée jusqu'à jeudi.", "préfecture du Morvel",
     ClaimStatus.CLAIMED),
    ("fr", "Usine\n\nLa direction de l'usine a démenti toute fermeture du site.", "direction de l'usine",
     ClaimStatus.DENIED),
    ("es", "Sequía\n\nEl alcalde Tomás Rivas dijo que el agua se cortará por la noche.", "Tomás Rivas",
     ClaimStatus.CLAIMED),
    ("es", "Puerto\n\nLa naviera Olmar negó que hubiera despidos en el puerto.", "naviera Olmar",
     ClaimStatus.DENIED),
    ("ru", "Авария\n\nОб аварии сообщил губернатор области Игорь Панов.", "Игорь Панов", ClaimStatus.CLAIMED),
    ("ru", "Завод\n\nДирекция завода опровергла сообщения о сокращениях.", "Дирекция завода", ClaimStatus.DENIED),
    ("uk", "Паводок\n\nЗа даними ДСНС, вода підтопила понад 200 будинків.", "ДСНС", ClaimStatus.CLAIMED),
    ("uk", "Міст\n\nМіська рада підтвердила закриття мосту на ремонт.", "Міська рада", ClaimStatus.CONFIRMED),
    ("ko", "산불\n\n산불로 주민 300명이 대피했다고 소방청이 밝혔다.", "소방청", ClaimStatus.CLAIMED),
    ("ko", "공사\n\n시공사 한빛건설은 부실 공사 의혹을 부인했다.", "시공사 한빛건설", ClaimStatus.DENIED),
    ("zh", "暴雨\n\n市应急管理局周三表示，已有2000名居民转移。", "市应急管理局", ClaimStatus.CLAIMED),
    ("zh", "工厂\n\n该公司随后否认了裁员的说法。", "该公司", ClaimStatus.DENIED),
    ("ja", "大雨\n\n気象庁によると、雨は明日まで続く見込みだ。", "気象庁", ClaimStatus.CLAIMED),
    ("ja", "事故\n\n鉄道会社は、ブレーキの故障を否定した。", "鉄道会社", ClaimStatus.DENIED),
    ("ar", "فيضانات\n\nقال وزير الداخلية سامي الحداد إن المياه غمرت 300 منزل.", "سامي الحداد", ClaimStatus.CLAIMED),
    ("ar", "مصنع\n\nنفت شركة النور وجود أي تسرب في المصنع.", "شركة النور", ClaimStatus.DENIED),
    ("es", "Incendio\n\nEl fuego obligó a evacuar a 300 vecinos, según informó la protección civil regional.",
     "protección civil regional", ClaimStatus.CLAIMED),
    ("de", "Lawine\n\nVier Skifahrer wurden verschüttet, wie die Bergrettung mitteilte.", "Bergrettung",
     ClaimStatus.CLAIMED),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "article", "source", "status"), CUES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CUES)])
def test_each_language_cue_gives_its_source_and_status(
    lang: str, article: str, source: str, status: ClaimStatus
) -> None:
    reading = read(article, lang)
    found = [(reading.at(a.source), a.status) for a in reading.attributions]
    assert any(source in (got or "") and got_status == status for got, got_status in found), found


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("球赛\n\n赛后，体育场方面又补充说，观众总数为八千四百人。", "体育场方面"),
        ("暴雨\n\n市应急管理局进一步表示，已有2000名居民转移。", "市应急管理局"),
    ],
)
def test_a_chinese_source_stops_before_the_adverbs_of_its_verb(article: str, source: str) -> None:
    # "又补充说" (added, said), "进一步表示" (further stated): the adverbs belong to the verb, not to the party.
    assert [read(article, "zh").at(a.source) for a in read(article, "zh").attributions] == [source]


def test_a_relayed_claim_keeps_both_parties() -> None:
    reading = read(
        "Talks stall\n\nThe Varro Herald, citing two negotiators, reported that the talks had stalled.", "en"
    )
    (claim,) = reading.attributions
    assert reading.at(claim.via) == "The Varro Herald"
    assert reading.at(claim.source) == "two negotiators"


def test_a_negated_confirmation_credits_no_claim() -> None:
    """ "Did not confirm" is neither a confirmation nor a claim of the ministry's; "said" in the next sentence is."""
    article = "Plant\n\nThe ministry did not confirm that the plant would close. The union said it would."
    reading = read(article, "en")
    assert [(reading.at(a.source), a.status) for a in reading.attributions] == [("union", ClaimStatus.CLAIMED)]


# Numbers that are not figures: a year, a date, a time, an ordinal, an age beside a name, a route, an article
# of a law, a phone number, a Korean year and a Chinese ordinal. The one true figure in each is listed.
TRAPS = [
    ("en", "Dam\n\nThe dam, built in 1987, held 2.4 million cubic metres of water.", ["2.4 million"]),
    ("en", "Vote\n\nThe council will vote on 4 June at 10:30 on the 3rd proposal, which costs $5 million.",
     ["$5 million"]),
    ("en", "Crash\n\nDriver Anna Berg, 34, said 12 cars were damaged on Route 9.", ["12"]),
    ("en", "Law\n\nUnder Article 5, the city fined 40 firms; call 555-0182 to complain.", ["40"]),
    ("ko", "산사태\n\n2020년 완공된 도로 옆에서 주민 120명이 대피했다.", ["120"]),
    ("zh", "工厂\n\n第3车间起火，约200名工人撤离。", ["约200"]),
    ("en", "Strike\n\nA three-day strike left 90 ships waiting, up from 58 four years ago.", ["90", "58"]),
    ("en", "Pay\n\nWorkers won a rise of 6.5 percent over two years.", ["6.5 percent"]),
    ("en", "Model\n\nThe model has 10^6 parameters and read 2×10^9 words; it scored 1O0 points.",
     ["10^6", "2×10^9"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "article", "figures"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_dates_years_ordinals_and_references_are_not_figures(lang: str, article: str, figures: list[str]) -> None:
    reading = read(article, lang)
    assert [reading.at(f.value) for f in reading.figures] == figures


def test_a_figure_counts_words_of_its_own_sentence() -> None:
    reading = read("Troops\n\nMore than 11,000 soldiers were deployed, the ministry said.", "en")
    (figure,) = reading.figures
    assert reading.at(figure.value) == "More than 11,000" and figure.qualifier == "more than"
    assert reading.at(figure.counts) == "soldiers"
    assert reading.at(reading.attribution_of(figure).source) == "ministry"  # type: ignore[union-attr]


def test_names_are_actors_but_weekdays_bylines_and_places_are_not() -> None:
    article = (
        "Strike at Port Edrin\n\nOn Monday the dockworkers' union said 300 members would strike at Port Edrin. "
        "Transport minister Greta Voss said talks would resume on Friday.\n\nBY KIM MIN-YOUNG"
    )
    reading = read(article, "en")
    names = {reading.at(n.span): n for n in reading.names}
    assert "Greta Voss" in names and names["Greta Voss"].kind == ActorKind.PERSON
    assert reading.at(names["Greta Voss"].role) == "Transport minister"
    assert names["dockworkers' union"].kind == ActorKind.ORGANISATION
    assert not {"Monday", "Friday", "KIM MIN-YOUNG", "Port Edrin", "On Monday"} & set(names)


SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "en_nk_soldier_kursk.txt"


def test_the_shared_sample_read_by_code() -> None:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples is not beside this checkout")
    summary = summarise(SAMPLE.read_text(encoding="utf-8").strip(), engine="extractive")
    figures = {f.value: f for f in summary.figures}
    assert figures["more than 11,000"].source is None
    zelensky = figures["more than 3,000"]
    assert zelensky.source == "Volodymyr Zelensky"
    (claim,) = [c for c in summary.claims if c.source == "Volodymyr Zelensky"]
    assert claim.channel == "on X" and claim.status == ClaimStatus.CLAIMED
    assert any(c.status == ClaimStatus.CONFIRMED and "death" in c.evidence for c in summary.claims)
    sources = {c.source for c in summary.claims}
    assert "Militarnyi" in sources and any("DIU" in s for s in sources)
    assert not {"KIM MIN-YOUNG", "Friday", "Korea JoongAng Daily"} & {a.name for a in summary.actors}
    # (the scraper's "date 2024-12-27" tag is no part of the headline; the page's date anchors "Friday")
    assert summary.brief.headline == "North Korean soldier captured by Ukrainian forces dies of wounds: NIS"
    assert summary.metadata.source is not None and summary.metadata.source.published == "2024-12-27"
    assert summary.event.when == "Friday" and summary.event.when_iso == "2024-12-27"


def test_the_extractive_engine_on_the_cli(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "port_strike.txt"
    result = CliRunner().invoke(main, [str(example), "--engine", "extractive", "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["metadata"]["engine"] == "extractive" and summary["metadata"]["attempts"] == []
    assert summary["figures"] and summary["claims"] and summary["event"]["where"]
    assert all(item["origin"] == "code" for kind in ("figures", "claims", "actors") for item in summary[kind])
    assert summary["brief"]["origin"] == "extracted"
    text = example.read_text(encoding="utf-8").strip()
    for sentence in summary["brief"]["sentences"]:
        assert sentence["text"] in text  # the article's own sentences, unchanged
    for figure in summary["figures"]:
        assert text[figure["span"]["start"] : figure["span"]["end"]] == figure["value"]


def test_nothing_code_found_is_lost_when_the_model_leaves_it_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model's answer with no figure and no claim still gives the figures and claims code found, marked as
    read by code; the model's own verified actor stays the model's."""
    article = (
        "Dam toll disputed\n\nAt least 14 people died when a dam at Mossbrae gave way on Sunday, the regional "
        "health ministry said. Governor Alis Dunmore said 650 homes had been flooded. The operator, Northwater "
        "Utilities, has not commented."
    )
    answer = {
        "event": {"what": "A dam gave way.", "where": None, "when": None, "when_iso": None},
        "actors": [{"name": "Alis Dunmore", "kind": "person", "role": "governor", "translation": None}],
        "figures": [],
        "claims": [],
        "brief": {"headline": "Dam gives way", "sentences": [
            {"text": "A dam gave way at Mossbrae.", "figures": [], "claims": []},
            {"text": "Homes were flooded.", "figures": [], "claims": []}]},
    }  # fmt: skip
    monkeypatch.setattr("summarise.defaults.KEEP_CODE_ITEMS", True)
    with scripted_server([completion(json.dumps(answer))]) as (url, _):
        summary = summarise(article, base_url=url, model="authored", api_key="test-key-0000", grounding_reasks=0)
    assert {f.value: f.origin for f in summary.figures} == {"At least 14": "code", "650": "code"}
    assert {c.source: c.origin for c in summary.claims} == {"regional health ministry": "code", "Alis Dunmore": "code"}
    actors = {a.name: a.origin for a in summary.actors}
    assert actors["Alis Dunmore"] == "model"
    assert actors["Northwater Utilities"] == "code", "an actor code found, though no source, is kept"
    assert summary.event.where == "Mossbrae" and summary.event.when == "Sunday"


def test_who_is_told_or_not_confirming_is_no_source() -> None:
    """A passive cue's subject is addressed, not quoted; "a figure X has not confirmed" credits X with nothing."""
    article = (
        "Fire\n\nResidents of 40 nearby homes were told to keep their windows shut. The paper reported that the "
        "fire cost 12 million euros, a figure the port authority has not confirmed."
    )
    reading = read(article, "en")
    assert [(reading.at(a.source), a.status) for a in reading.attributions] == [("paper", ClaimStatus.REPORTED)]
    assert [reading.at(f.value) for f in reading.figures] == ["40", "12 million euros"]


def test_a_title_gives_the_role_and_is_no_actor_of_its_own() -> None:
    reading = read("Buses\n\nUnion organiser Dev Malhotra said talks had broken down.", "en")
    assert [(reading.at(n.span), reading.at(n.role), n.kind) for n in reading.names] == [
        ("Dev Malhotra", "Union organiser", ActorKind.PERSON)
    ]


# Constructions met in articles written after the first tuning (eval/heldout), each written anew here.
SOURCES = [
    ("en", "Deal\n\nVarro Air is in talks to buy Lenmark, The Coast Ledger reported, citing two bankers.",
     "two bankers", ClaimStatus.REPORTED),
    ("ja", "事故\n\n同社は事故を認めた。一部報道については「事実ではない」と否定した。", "同社", ClaimStatus.DENIED),
    ("zh", "裁员\n\n星光电子当天晚间发布声明，否认大规模裁员。", "星光电子", ClaimStatus.DENIED),
    ("uk", "Вода\n\nУ компанії ТОВ «Аква-Сервіс» цю інформацію спростували.", "ТОВ «Аква-Сервіс»",
     ClaimStatus.DENIED),
    ("uk", "Вода\n\nУ місті працюють 25 пунктів видачі, повідомили в міському штабі.", "міському штабі",
     ClaimStatus.CLAIMED),
    ("ar", "حريق\n\nوقال مدير الميناء، يوسف الحداد، إن الحريق أُخمد.", "يوسف الحداد", ClaimStatus.CLAIMED),
    ("ar", "سد\n\nلكن وزارة الموارد المائية نفت انهيار السد.", "وزارة الموارد المائية", ClaimStatus.DENIED),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "article", "source", "status"), SOURCES, ids=[s[0] for s in SOURCES])
def test_harder_constructions_give_the_right_source(lang: str, article: str, source: str, status: ClaimStatus) -> None:
    reading = read(article, lang)
    found = [(reading.at(a.source), a.status) for a in reading.attributions]
    assert (source, status) in found, found


def test_a_dateline_is_neither_the_lead_nor_an_actor_and_gives_the_place() -> None:
    article = "Talks\n\nLISBRIDGE, Dec 1 (Reuters) — Varro Air said on Monday it would buy Lenmark."
    reading = read(article, "en")
    assert reading.at(reading.event.lead) == "Varro Air said on Monday it would buy Lenmark."
    assert reading.at(reading.event.where) == "LISBRIDGE" and reading.at(reading.event.when) == "Monday"
    assert "LISBRIDGE" not in [reading.at(n.span) for n in reading.names]


COUNTS = [
    ("zh", "矿难\n\n井下作业人员127人。", "127", "井下作业人员"),
    ("zh", "暴雨\n\n已有3000名居民紧急转移。", "3000", "居民紧急转移"),
    ("ja", "流出\n\n市民約4万3000件分の個人情報が流出した。", "約4万3000", "個人情報"),
    ("ko", "해킹\n\n약 120억 원 규모의 가상자산이 빠져나갔다.", "약 120억 원", "가상자산"),
    ("de", "Klinik\n\nDas Land bot einen Zuschuss von 2,5 Millionen Euro an.", "2,5 Millionen Euro", "Zuschuss"),
    ("es", "Sequía\n\nEl embalse cayó al 18 % de su capacidad.", "18 %", "El embalse"),
    ("de", "Brücke\n\nDie Umleitung ist etwa 23 Kilometer lang.", "etwa 23", "Die Umleitung"),
    ("es", "Metro\n\nLa tarifa del Metro subirá a 6.50 pesos.", "6.50", "La tarifa del Metro"),
    ("en", "Dam\n\nThe dam held about 2.4 million cubic metres of water.", "about 2.4 million",
     "cubic metres of water"),
    # Round 53: a sum "in the amount of", a currency after "of", a noun after a German unit, auxiliaries and a time
    # passed over, and never a word of the sentence's previous figure.
    ("ru", "Выплаты\n\nКаждой семье выплатят пособие в размере 12 тыс. рублей.", "12 тыс. рублей",
     "Каждой семье выплатят пособие"),
    ("uk", "Допомога\n\nМісто виділить допомогу у сумі 8 тис. грн.", "8 тис. грн.", "Місто виділить допомогу"),
    ("es", "Campo\n\nEl gobierno aprobó una ayuda de 450 millones de pesos para los agricultores.", "450 millones",
     "ayuda"),
    ("de", "Mühle\n\nDie Mühle verarbeitet rund 80.000 Tonnen Getreide im Jahr.", "rund 80.000", "Tonnen Getreide"),
    ("de", "Halle\n\nDer Bau habe bisher 7,5 Millionen Euro gekostet.", "7,5 Millionen Euro", "Der Bau"),
    ("de", "Konzern\n\nDer Gewinn des Konzerns sei im vergangenen Jahr um 4,2 Prozent gestiegen.", "4,2 Prozent",
     "Der Gewinn des Konzerns"),
    ("en", "Loan\n\nThe firm took a loan of $2 million at 3% interest.", "3%", "interest"),
    ("es", "Voto\n\nLa participación fue del 58 %.", "58 %", "participación"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "article", "first", "second"),
    [
        ("de", "Konzern\n\nDer Gewinn sei um 4,2 Prozent auf 3,1 Milliarden Euro gestiegen.", "4,2 Prozent",
         "3,1 Milliarden Euro"),
        # (a range, "between £2 million and £5 million", is one figure since round 67: tests/test_counts_round67.py)
    ],
)  # fmt: skip
def test_a_sum_after_another_with_only_to_or_and_between_counts_what_that_one_counts(
    lang: str, article: str, first: str, second: str
) -> None:
    reading = read(article, lang)
    found = {reading.at(f.value): reading.at(f.counts) for f in reading.figures}
    assert found.get(first) is not None and found.get(second) == found[first], found
    assert found[first] not in ("between", "Prozent")


@pytest.mark.parametrize(("lang", "article", "value", "counts"), COUNTS, ids=[c[0] for c in COUNTS])
def test_what_a_figure_counts_is_read_on_the_side_its_language_puts_it(
    lang: str, article: str, value: str, counts: str
) -> None:
    reading = read(article, lang)
    found = {reading.at(f.value): reading.at(f.counts) for f in reading.figures}
    assert found.get(value) == counts, found


def test_numbers_to_call_or_quote_are_no_figures() -> None:
    article = "Water\n\nThe hotline 0 800 301 540 is open; 60 people called under Article 367 of the Criminal Code."
    reading = read(article, "en")
    assert [reading.at(f.value) for f in reading.figures] == ["60"]


# Round 53: a period the story refers to ("within 48 hours"), a time ago, an age after "aged", a floor, a carriage's
# place in a train, a train's make and a hotline give no figure; the figure beside them stays.
NOT_FIGURES = [
    ("en", "Water\n\nSupply will return within 48 hours for 3,200 homes.", "3,200"),
    ("en", "Rail\n\nOver the past 12 months 4,100 trains ran late.", "4,100"),
    ("de", "Wasser\n\nIn den vergangenen 5 Jahren sanken die Kosten um 12 Prozent.", "12 Prozent"),
    ("de", "Verein\n\nDer Verein wurde vor 40 Jahren gegründet und hat 310 Mitglieder.", "310"),
    ("fr", "Eau\n\nLe service reprendra dans les 36 heures pour 900 foyers.", "900"),
    ("es", "Agua\n\nEl servicio volverá dentro de 48 horas para 1.500 hogares.", "1.500"),
    ("ru", "Вода\n\nЗа последние 36 часов воду вернули в 450 домов.", "450"),
    ("uk", "Вода\n\nНайближчі 36 годин воду повертатимуть у 450 будинків.", "450"),
    ("ar", "مياه\n\nستعود المياه خلال 48 ساعة إلى 900 منزل.", "900"),
    ("en", "Fire\n\nA man aged 81 and 14 neighbours were rescued.", "14"),
    ("ko", "화재\n\n불은 지상 4층 규모 창고 1층에서 시작돼 작업자 3명이 다쳤다.", "3명"),
    ("ko", "도로\n\n2년 전 보수한 다리에서 차량 15대가 멈췄다.", "15대"),
    ("ko", "신고\n\n신고는 120번으로 하면 되며 어제만 340건이 접수됐다.", "340건"),
    ("ja", "脱線\n\n6両編成の列車の3両目が脱線し、乗客12人がけがをした。", "12人"),
    ("zh", "塌陷\n\n市民可拨打12345热线咨询，已有300户居民转移。", "300"),
    ("ja", "開発\n\n研究チームは3年以内の実用化を目指し、40億円を投じる。", "40億円"),
    ("uk", "Суд\n\nПровадження відкрито за статтею 190, збитки сягають 2 млн грн.", "2 млн грн"),
    ("fr", "Route\n\nLa route départementale 25 reste fermée après la chute de 40 arbres.", "40"),
    # (the rules written on the trap sentences' tuning half, eval/traps/tune.jsonl)
    ("en", "Cup\n\nThe hosts trailed 1-3 at half-time before 22,100 fans.", "22,100"),
    ("es", "Copa\n\nEl Rayo perdía 0-1 al descanso ante 9.300 espectadores.", "9.300"),
    ("es", "Corte\n\nEl corte empezará a las 22.30 y afectará a 4.100 vecinos.", "4.100"),
    ("es", "Feria\n\nLa feria, abierta de 10 a 20 horas, recibió 7.800 visitas.", "7.800"),
    ("uk", "Пожежа\n\nПожежа почалася о 5 годині ранку, евакуювали 40 людей.", "40"),
    ("de", "Brand\n\nIm 4. Stock wurden 12 Menschen gerettet.", "12"),
    ("es", "Club\n\nEl club celebra su 60 aniversario con 310 socios.", "310"),
    ("fr", "Mairie\n\nLes dossiers sont reçus au 8 rue des Lilas par 3 agents.", "3"),
    ("ru", "Цех\n\nЦех на улице Заводской, 17, выпустил 900 насосов.", "900"),
    ("de", "Amt\n\nDas Amt in der Hauptstraße 3, 61234 Weilbach, stellt 25 Leute ein.", "25"),
    ("ko", "사기\n\n이모(41) 씨는 투자자 85명을 속였다.", "85명"),
    ("es", "Rescate\n\nUn hombre de 67 años rescató a 3 bañistas.", "3"),
    ("es", "Juicio\n\nEl expediente 311/2024 afecta a 52 familias.", "52"),
    ("en", "App\n\nVersion 3.2 of the app reached 800,000 downloads.", "800,000"),
    ("fr", "Étude\n\nSelon le tableau 6, 31 % des communes manquent de médecins.", "31 %"),
    ("ru", "ООН\n\nРезолюцию 2334 поддержали 14 стран.", "14"),
    ("de", "Post\n\nDie Postleitzahl 61234 gilt nun für 2.300 Haushalte.", "2.300"),
    ("ko", "방역\n\n코로나19 확진자는 1만 2천 명으로 늘었다.", "1만 2천 명"),
    ("zh", "学校\n\n这所建于20世纪50年代的学校有学生980名。", "980"),
    ("ja", "人口\n\n5年前に開いた店の客は1100人に増えた。", "1100人"),
    ("zh", "植树\n\n未来5年，该市计划种植3万棵树。", "3万"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "article", "figure"), NOT_FIGURES, ids=[f"{c[0]}{i}" for i, c in enumerate(NOT_FIGURES)]
)
def test_periods_ages_floors_and_hotlines_give_no_figure(lang: str, article: str, figure: str) -> None:
    reading = read(article, lang)
    found = [reading.at(f.value) for f in reading.figures]
    assert found and all(figure.startswith(value) or value.startswith(figure) for value in found), found


@pytest.mark.parametrize(
    ("lang", "article", "figures"),
    [
        ("es", "Análisis\n\nLos análisis de 9 de las 14 muestras dieron positivo.", ["9", "14"]),
        ("ja", "バス\n\n1日あたり約40便を運行する。", ["約40"]),
        ("ru", "Жильё\n\nЖильцам дома на улице Мира вернут 1,2 млн рублей.", ["1,2 млн рублей"]),
        ("zh", "选举\n\n最终选出县人大代表198名。", ["198"]),
        ("en", "Court\n\nKim, 34, was jailed for 6 years after the final ended 3-2.", ["6 years", "3-2"]),
        # (a fresh-eyes review's finds, round 53: "am" before a German day, an Arabic evening, "during" a news
        # duration, 品目 and 편 counters, "주 전량", a range "without breaks", a crowd on a square, a count after
        # "in", an idiom's "mesa", "nationale", 楼盘, "3 hotlines", a share "2/3")
        ("de", "Börse\n\nDer Dax verlor 1,5 Prozent am Freitag.", ["1,5 Prozent"]),
        ("de", "Tote\n\nDie Zahl der Toten stieg von 800 am Montag auf 1.200 am Dienstag.", ["800", "1.200"]),
        ("ar", "قتلى\n\nارتفع عدد القتلى إلى 45 مساء الأحد.", ["45"]),
        ("es", "Gobierno\n\nGobernó el país durante 30 años.", ["30 años"]),
        ("fr", "Patron\n\nIl a dirigé l'entreprise pendant 20 ans.", ["20 ans"]),
        ("ru", "Забастовка\n\nЗабастовка продолжалась в течение 3 дней.", ["3 дней"]),
        ("en", "Ban\n\nHe will be banned from driving for the next 3 years.", ["3 years"]),
        ("ja", "値上げ\n\n値上げされる食品は6699品目に上る。", ["6699"]),
        ("ko", "논문\n\n연구팀은 총 52편의 논문을 분석했다.", ["52"]),
        ("ko", "매각\n\n보유 주식 100만주 전량을 매각했다.", ["100만"]),
        ("uk", "Енергетики\n\nЕнергетики працювали 12-14 годин без перерв.", ["12"]),
        ("fr", "Place\n\nIls étaient 800 place de la République samedi.", ["800"]),
        ("es", "Plaza\n\nEn la plaza del pueblo, 300 vecinos se reunieron.", ["300"]),
        ("de", "Strom\n\nDer Strom fiel in 24000 Haushalten aus.", ["24000"]),
        ("es", "Fondos\n\nEl Gobierno pone sobre la mesa 3.000 millones de euros.", ["3.000 millones"]),
        ("zh", "楼市\n\n北京30楼盘降价促销。", ["30"]),
        ("en", "Lines\n\nThe government opened 3 hotlines for families.", ["3"]),
        ("en", "Vote\n\nOnly 2/3 of members voted for the plan.", ["2"]),
        # ("recall", "stellt" and "Hotel" hold "call" and "tel": no telephone number follows them)
        ("en", "Cars\n\nThe recall affects 4,000 cars, the company said.", ["4,000"]),
        ("de", "Hotel\n\nDer Hotelbetreiber stellt 40 Leute ein.", ["40"]),
    ],
)
def test_counts_beside_the_new_non_figure_words_stay_figures(lang: str, article: str, figures: list[str]) -> None:
    reading = read(article, lang)
    found = [reading.at(f.value) for f in reading.figures]
    assert all(any(v.startswith(f) or f.startswith(v) for v in found) for f in figures), found


GOLD_SETS = [Path(__file__).resolve().parents[1] / "eval" / name for name in ("gold", "heldout")]


@pytest.mark.parametrize("directory", GOLD_SETS, ids=lambda p: p.name)
def test_code_s_own_items_pass_the_checks_it_holds_a_model_to(directory: Path) -> None:
    """On ordinary articles nothing code reads is thrown out by the checks: its statements are its evidence's,
    its statuses and sources are its reporting clauses', its figures are the article's."""
    from summarise.evaluation import load_gold

    for item in load_gold(directory):
        summary = summarise(item.text, engine="extractive")
        assert summary.unverified == [], (item.name, [(u.kind, u.reason) for u in summary.unverified])
        assert summary.figures and summary.claims, item.name


# Constructions met in eval/heldout2 (measured once before tuning on it), each written anew here.
MORE_SOURCES = [
    ("es", 'Metro\n\n"Sin este aumento, el sistema no es viable", sostuvo el secretario de Movilidad, Arturo Ruiz.',
     "Arturo Ruiz", ClaimStatus.CLAIMED),
    ("en", "Strike\n\nUnion leader Dele Okoro, 47, told reporters the strike would go on.", "Dele Okoro",
     ClaimStatus.CLAIMED),
    ("es", "Incendio\n\nEl alcalde Ramón Gil dijo que el fuego avanza. Añadió que no hay heridos.", "Ramón Gil",
     ClaimStatus.CLAIMED),
    ("en", "Ferry\n\nAccording to the Lissen Post, which cited two crew members, the ferry was overloaded.",
     "two crew members", ClaimStatus.REPORTED),
    ("fr", "Grève\n\nSelon la DGAC, 900 vols sont annulés. Selon la même source, 120 000 passagers sont touchés.",
     "DGAC", ClaimStatus.CLAIMED),
    ("ru", "Рынок\n\nВладелец рынка, ООО «Восток-Инвест», опроверг информацию о нарушениях.", "ООО «Восток-Инвест»",
     ClaimStatus.DENIED),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "article", "source", "status"), MORE_SOURCES, ids=[s[0] for s in MORE_SOURCES])
def test_quotes_ages_dropped_subjects_and_relays(lang: str, article: str, source: str, status: ClaimStatus) -> None:
    reading = read(article, lang)
    found = [(reading.at(a.source), a.status) for a in reading.attributions]
    assert any(
        (source in (got or "") or (got or "-") in source) and got_status == status for got, got_status in found
    ), found


def test_times_ages_codes_and_grouped_phone_numbers_are_no_figures() -> None:
    cases = [
        ("fr", "Vols\n\nLa grève a commencé à 10 h 05 ; appelez le 05 47 21 33 90. "
               "Jean Roux, 52 ans, a perdu 30 euros."),
        ("de", "Brücke\n\nBürgermeister Jens Hoff (56) sagte, 40 Lastwagen stünden im Stau."),
        ("fr", "Usine\n\nSelon l'article L. 512 du Code de l'environnement, 12 sites sont visés."),
    ]  # fmt: skip
    wanted = [["30 euros"], ["40"], ["12"]]
    for (lang, article), figures in zip(cases, wanted, strict=True):
        reading = read(article, lang)
        assert [reading.at(f.value) for f in reading.figures] == figures, article


def test_a_readings_names_are_split_from_its_own_text_once_a_span() -> None:
    from summarise.reading.names import split_title

    governor = read("Regional governor Alis Dunmore said the road would reopen on Monday.", "en")
    mayor = read("The new mayor Sandor Keeley said the bridge would close on Friday.", "en")
    span = (0, 30)
    first = governor.name_in(span)
    # The same span of another text is that text's name, and asking again gives what was split the first time.
    assert first == split_title(governor.text, span)[0] == (18, 30)
    assert mayor.name_in(span) == split_title(mayor.text, span)[0] != first
    assert governor.name_in(span) == first and governor.name_in((0, 17)) == split_title(governor.text, (0, 17))[0]
