"""Wire copy as it is pasted (session 72): a byline, a dateline and an agency's tag are the page's, not the story's;
the brief opens with the lead and shows the headline as the article writes them. The articles are written for these
tests; bench/wirecopy (an outsider's set, half kept back) is scored by bench/wirecopy.py, not read here."""

from __future__ import annotations

import pytest

from summarise import summarise
from summarise.reading import text as reading_text

from .test_hostile_runs import at_most

BODY = "The council approved the plan on Tuesday. It will cost 4 million pounds, the mayor said."


def _sentences(article: str) -> list[str]:
    return [article[s.start : s.end] for s in reading_text.sentences(article)]


BYLINES = [
    "By Margaret Okafor",
    "By Marcus Bell and Dana Whitfield, Associated Press",
    "By Daniel Ortiz, Courts Reporter",
    "Von Katrin Albers, dpa",
    "Par Claire Dubois",
    "Por Javier Ruiz | Madrid",
    "di Paolo Montanari",
    "Por Ana Sousa, Lusa",
    "Автор: Иван Петров",
    "记者 王磊",
    "新华社记者 李明",
    "김민수 기자",
    "Photo: Jan Berg/AFP",
    "Иван Петров",
]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_byline_below_the_headline_is_no_sentence(byline: str) -> None:
    article = f"Council approves new bridge\n\n{byline}\n\n{BODY}"
    found = _sentences(article)
    assert byline not in found
    assert found[:2] == ["Council approves new bridge", "The council approved the plan on Tuesday."]


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, the council had approved the plan.",  # a sentence of the story, closed by its stop
        "Par ailleurs, le maire a confirmé le budget.",
    ],
)
def test_a_sentence_opening_with_a_word_for_by_stays_one(line: str) -> None:
    article = f"Council approves new bridge\n\n{line}\n{BODY}"
    assert line in _sentences(article)


def test_a_headline_that_opens_with_a_word_for_by_stays_the_headline() -> None:
    article = f"By Popular Demand\n\n{BODY}"
    summary = summarise(article, engine="extractive", language="en")
    assert summary.brief.headline == "By Popular Demand"


def test_a_name_alone_is_dropped_only_above_the_story() -> None:
    article = f"Council approves new bridge\n\n{BODY}\n\nAnna Weiss\n\nShe said it would open in May."
    assert "Anna Weiss" in _sentences(article)


DATELINES = [
    ("LONDON, 12 February (Reuters) - ", "en"),
    ("SANTA RITA, California, Aug 19 (Reuters) - ", "en"),
    ("FREIBURG - ", "de"),
    ("München – ", "de"),
    ("PARIS, 17 mars (AFP) - ", "fr"),
    ("MADRID, 2 feb (EFE).- ", "es"),
    ("ROMA, 3 marzo (ANSA) - ", "it"),
    ("LISBOA, 5 mar (Lusa) - ", "pt"),
]


@pytest.mark.parametrize(("dateline", "lang"), DATELINES)
def test_a_dateline_set_off_by_a_hyphen_or_a_dash_is_not_the_leads(dateline: str, lang: str) -> None:
    lead = "Halvorsen Foods said on Thursday its profit fell 18% to 412 million."
    article = f"Profit falls at Halvorsen\n\n{dateline}{lead} Shares fell 6%.\n"
    assert _sentences(article)[1] == lead
    summary = summarise(article, engine="extractive", language=lang)
    assert summary.event.what == lead
    assert summary.brief.sentences[0].text == lead


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        ("SPRINGFIELD, Ill. (AP) - ", "A federal judge on Monday sentenced the former mayor to seven years in prison."),
        ("АНКАРА, 11 июня — РИА Новости. ", "Министр во вторник прибыл с визитом в Турцию."),
        ("【ソウル=共同】", "韓国統計庁は26日、出生数が前年比3.1％増の約23万8千人だったと発表した。"),
        ("【北京共同】", "中国商務省は5日、輸出規制の対象に加えると発表した。"),
        ("[서울=연합뉴스] 김민수 기자 = ", "반도체 수출 호조에 힘입어 지난달 수출이 14% 늘었다."),
        ("路透北京4月12日 - ", "中国汽车行业协会周五公布的数据显示，一季度汽车出口量同比增长33%。"),
    ],
)
def test_an_agency_dateline_is_not_the_leads(opening: str, lead: str) -> None:
    article = f"Headline of the story\n\n{opening}{lead}\n\nMore follows here.\n"
    assert lead in _sentences(article)
    assert not any(opening.strip() in s for s in _sentences(article))


@pytest.mark.parametrize(
    "headline",
    ["【速報】みどり野市の商業ビルで火災　客ら約300人が避難", "Ставищанам — 400 років", "Berlin – ein Jahr danach"],
)
def test_a_headlines_own_label_or_dash_leaves_it_the_headline(headline: str) -> None:
    article = f"{headline}\n\n{BODY}"
    first = reading_text.sentences(article)[0]
    assert first.headline and article[first.start : first.end] == headline


def test_the_lead_with_an_age_and_years_opens_the_brief() -> None:
    article = (
        "Addio a Giulia Ferraresi, la scienziata delle comete\n\n"
        "di Paolo Montanari\n\n"
        "ROMA - È morta ieri a Padova, all'età di 84 anni, Giulia Ferraresi, che nel 2014 guidò la missione. "
        "Lo ha annunciato la famiglia.\n\n"
        "Il progetto, costato circa 1,4 miliardi di euro, coinvolse 14 Paesi europei.\n"
    )
    summary = summarise(article, engine="extractive", language="it")
    texts = [s.text for s in summary.brief.sentences]
    assert texts[0].startswith("È morta ieri a Padova, all'età di 84 anni")
    assert not any("Montanari" in t for t in texts)


def test_a_headline_with_a_year_is_shown() -> None:
    article = (
        "Metro de Lisboa vai contratar 150 maquinistas até ao final de 2025\n\n"
        "O Metropolitano de Lisboa vai contratar 150 maquinistas até ao final de 2025, anunciou hoje a empresa.\n"
    )
    summary = summarise(article, engine="extractive", language="pt")
    assert summary.brief.headline == "Metro de Lisboa vai contratar 150 maquinistas até ao final de 2025"


def test_a_lead_giving_a_number_the_article_leaves_unsettled_is_not_shown() -> None:
    article = (
        "Feria de rebajas en la calle Real\n\n"
        "Alrededor de 40 comercios de Calzada de Oropesa sacarán sus productos a la calle el próximo sábado.\n"
        "La calle Real estará cortada al tráfico. Comercios participantes: más de 40 comercios, dijo Tomás Ibarra.\n"
        "El ayuntamiento aporta 12.000 euros para la feria.\n"
    )
    summary = summarise(article, engine="extractive", language="es")
    assert summary.brief.sentences
    assert all("40" not in s.text for s in summary.brief.sentences)


@pytest.mark.parametrize(
    "article",
    [
        "T\n\nBy " + "Ab " * 100_000,
        "T\n\n" + "ABC, " * 50_000 + " - x",
        "T\n\n" + "【" * 100_000,
        "T\n\n路透" + "x" * 100_000 + " - y",
        "T\n\n" + "Ab-Cd " * 40_000 + "\n",
        "T\n\n" + "ABC - " * 50_000,
    ],
)
def test_hostile_openings_are_read_in_time(article: str) -> None:
    with at_most(10):
        reading_text.sentences(article)


@pytest.mark.parametrize(
    ("article", "news"),
    [
        (
            "Dockers block the port\n\n« On ne lâchera rien », lance Yannick Le Bihan, délégué syndical.\n"
            "Depuis mercredi, quelque 300 dockers bloquent le terminal du port.\n",
            "Depuis mercredi, quelque 300 dockers bloquent le terminal du port.",
        ),
        (
            "石门村乡村图书馆开放\n\n“孩子们再也不用走十几里山路去镇上借书了。”村支书刘建国说。"
            "6月1日上午，一座乡村图书馆在青石镇石门村正式开放。\n",
            "6月1日上午，一座乡村图书馆在青石镇石门村正式开放。",
        ),
    ],
)
def test_a_story_that_opens_with_a_voice_leads_with_its_news(article: str, news: str) -> None:
    summary = summarise(article, engine="extractive")
    assert summary.event.what == news
    assert summary.brief.sentences[0].text == news


# The fresh-eyes review's cases (session 72).


@pytest.mark.parametrize(
    "line",
    [
        "Der Kanzler – sichtlich verärgert – kündigte am Montag Neuwahlen an.",
        "Инфляция — главная угроза для экономики, заявил министр.",
        "Pedro Sánchez – que busca apoyos – se reunió con los socios.",
        "NATO - the alliance's 32 members - agreed on Tuesday to raise spending.",
        "COVID - cases rose again in March.",
        "彭博电视报道，该公司周五宣布裁员。",
        "路透社看到的一份电子邮件显示，该公司计划裁员。",
    ],
)
def test_a_subject_set_off_by_a_dash_is_not_a_dateline(line: str) -> None:
    article = f"Headline of the story\n\n{line}\n\nMore follows here.\n"
    assert line in _sentences(article)


def test_a_dash_in_a_later_paragraph_is_not_a_dateline() -> None:
    later = "Joe Biden — who had lobbied for the bill — called it a victory."
    article = f"Senate passes the bill\n\nThe Senate passed the bill on Friday.\n\n{later}\n"
    assert later in _sentences(article)


def test_a_lead_with_its_dateline_pasted_without_a_headline_is_no_headline() -> None:
    article = (
        "WASHINGTON (AP) — The Senate on Friday passed a $1.2 trillion spending bill, averting a shutdown that the "
        "White House said “would have hurt millions.”\nThe House passed it on Thursday.\n"
    )
    summary = summarise(article, engine="extractive", language="en")
    assert summary.brief.headline == ""
    assert summary.event.what is not None and summary.event.what.startswith("The Senate on Friday passed")


def test_a_headline_number_no_figure_gives_keeps_the_headline_out() -> None:
    article = (
        "Fire kills 12 in apartment block\n\nA fire killed 9 people in an apartment block on Sunday, police said.\n"
    )
    summary = summarise(article, engine="extractive", language="en")
    assert summary.brief.headline == ""


@pytest.mark.parametrize(
    "line",
    [
        'By Friday, the minister said, "the strike will be over."',
        "Di Maio e Salvini hanno firmato l'accordo: «Andiamo avanti»",
        "By Tuesday, the council had received the following complaints:",
    ],
)
def test_a_line_that_opens_like_a_byline_but_tells_the_story_stays(line: str) -> None:
    article = f"Headline of the story\n\n{line}\n\nMore follows here.\n"
    assert line in _sentences(article)


def test_names_listed_after_a_quoted_sentence_stay() -> None:
    article = (
        'New cabinet named\n\nThe prime minister said: "These are the new ministers."\nRachel Reeves\nYvette Cooper\n'
    )
    found = _sentences(article)
    assert "Rachel Reeves" in found and "Yvette Cooper" in found


def test_a_headline_of_four_capitalised_words_below_a_section_label_stays() -> None:
    article = "POLITICS\nBiden Wins Michigan Primary\n\nJoe Biden won the Michigan primary on Tuesday.\n"
    assert "Biden Wins Michigan Primary" in _sentences(article)


def test_a_run_of_spaces_after_a_capital_word_is_read_in_time() -> None:
    with at_most(10):
        reading_text.sentences("Head\n\nLONDON" + " " * 100_000 + "x")
