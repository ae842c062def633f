"""The first, cheaper reading of a text's language by its script and function words (`language.by_function_words`):
where it tells a language, lingua says the same, and where it does not, lingua is asked as before."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from summarise import language
from summarise.grounding import switch
from summarise.inputs.load import read_article

ROOT = Path(__file__).resolve().parent.parent
# Every article of the eval sets (tuned and kept back alike: nothing here is tuned on them) and the language samples.
TEXTS = sorted([*ROOT.glob("eval/*/*.txt"), *ROOT.glob("tests/data/lang/*.txt")])
# The labelled news sentences, forty in each of ten languages: short texts, where a reading is least sure.
SENTENCES = [
    json.loads(line)
    for name in ("tune.jsonl", "holdout.jsonl")
    for line in (ROOT / "eval" / "traps" / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _lingua(text: str) -> str:
    found = language._detector().detect_language_of(text)
    return "und" if found is None else str(found.iso_code_639_1.name).lower()


def _lingua_accepts(text: str, code: str) -> bool:
    """`written_in` as it was before the function words: the detector's choice or a close second."""
    if _lingua(text) == code:
        return True
    values = language._detector().compute_language_confidence_values(text)
    return any(str(v.language.iso_code_639_1.name).lower() == code and v.value >= 0.35 for v in values)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) >= 20]


def test_the_eval_sets_are_here() -> None:
    assert len(TEXTS) >= 90
    assert len(SENTENCES) == 400


def test_no_function_word_is_listed_for_two_languages() -> None:
    # A word in two lists tells neither and is dropped: a list edited so would quietly lose it.
    listed = Counter(word for words in language._FUNCTION_WORDS.values() for word in set(words.split()))
    assert [word for word, times in listed.items() if times > 1] == []
    assert set(language._OWNER) == set(listed)


def test_an_articles_told_language_is_lingua_s_for_every_eval_article() -> None:
    told = 0
    for path in TEXTS:
        opening = read_article(path)[: language._OPENING]
        code = language.by_function_words(opening)
        if code in language.LANGUAGES:
            told += 1
            assert _lingua(opening) == code, path.name
    assert told >= 0.8 * len(TEXTS)  # (the words tell most articles; the rest are Arabic or asked of lingua)


def test_a_paragraphs_told_language_is_one_lingua_accepts_on_every_eval_article() -> None:
    told = 0
    for path in TEXTS:
        for paragraph in _paragraphs(read_article(path)):
            code = language.by_function_words(paragraph)
            if code in language.LANGUAGES:
                told += 1
                assert _lingua_accepts(paragraph, code), (path.name, paragraph[:80])
    assert told >= 280


def test_a_sentences_told_language_is_its_own_on_the_labelled_sentences() -> None:
    told = Counter()
    for sentence in SENTENCES:
        code = language.by_function_words(sentence["text"])
        if code is not None:
            told[code == sentence["lang"]] += 1
    # Never another language than the sentence's; a single sentence is often too short to tell (then lingua is asked).
    assert told[False] == 0
    assert told[True] >= 130


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The union said that the members had accepted the offer after a vote on Tuesday.", "en"),
        ("Die Gewerkschaft sagte, dass die Mitglieder das Angebot nach einer Abstimmung angenommen hätten.", "de"),
        ("De bond zei dat de leden het bod na een stemming hebben aanvaard en dat de staking voorbij is.", "nl"),
        ("Le syndicat a dit que les membres ont accepté l'offre après un vote dans la soirée.", "fr"),
        ("El sindicato dijo que los miembros aceptaron la oferta, pero que también están molestos.", "es"),
        ("O sindicato disse que os membros não aceitaram a oferta, que foi feita pela empresa em março.", "pt"),
        ("Профсоюз заявил, что его члены приняли предложение, которое было сделано также в марте.", "ru"),
        ("Профспілка заявила, що його члени прийняли пропозицію, яку також зробили в березні.", "uk"),
        ("労働組合は、組合員が投票の結果、会社の提案を受け入れたと発表した。", "ja"),
        ("工会表示，会员经投票后接受了公司的提议。", "zh"),
        ("노동조합은 조합원들이 투표 끝에 회사의 제안을 받아들였다고 밝혔다.", "ko"),
    ],
)
def test_a_plain_sentence_is_told_by_its_words_or_script(text: str, code: str) -> None:
    assert language.by_function_words(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2,400 — 6.5%",
        "The union said.",  # (too few words to be sure)
        # two languages' words, neither nine in ten of them
        "Der Hafen sagte, the strike was over, und die Schiffe werden wieder beladen, which they said would take days.",
        # an English note after a Japanese paragraph: the words are English, the letters mostly not Latin
        "組合員が投票の結果、会社の提案を受け入れたと発表した。 Note to the desk: the count was more than 3,000 "
        "and they said it twice.",
        # Arabic, Hebrew, Greek: left to lingua
        "قالت النقابة إن أعضاءها وافقوا على العرض بعد تصويت يوم الثلاثاء.",
        "Η ένωση είπε ότι τα μέλη της αποδέχθηκαν την προσφορά μετά από ψηφοφορία.",
    ],
)
def test_what_the_words_do_not_tell_surely_is_left_to_the_detector(text: str) -> None:
    assert language.by_function_words(text) is None


class _Counting:
    """A detector that counts its calls and passes them on."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector
        self.calls = 0

    def detect_language_of(self, text: str) -> Any:
        self.calls += 1
        return self.detector.detect_language_of(text)

    def compute_language_confidence_values(self, text: str) -> Any:
        self.calls += 1
        return self.detector.compute_language_confidence_values(text)


_ARTICLE = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8")
_GERMAN = (
    "Deutsche Ausgabe: Die Gewerkschaft hat nach eigenen Angaben rund 2.400 Mitglieder und wird die Vereinbarung "
    "am Montag unterzeichnen, sagte eine Sprecherin."
)


def test_an_english_article_and_brief_are_told_without_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    # The stub bench's article: its language and an English brief's, by their words.
    article = _Counting(language._detector())
    monkeypatch.setattr(language, "_detector", lambda: article)
    assert language.detect(_ARTICLE) == "en"
    assert language.written_in("Dock workers ended their strike after the union accepted a pay rise.", "en")
    assert article.calls == 0


def test_the_paragraphs_judged_for_another_language_are_left_to_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    # A planted note can be written to carry the article's listed words; there the words decide nothing. Were they
    # asked, saying English of every paragraph, the German note would stay.
    monkeypatch.setattr(language, "by_function_words", lambda text: "en")
    monkeypatch.setattr(switch, "by_function_words", lambda text: "en", raising=False)
    paragraphs = _Counting(switch._detector())
    monkeypatch.setattr(switch, "_detector", lambda: paragraphs)
    text = _ARTICLE.rstrip() + "\n\n" + _GERMAN + "\n"
    spans = switch.other_language_spans(text)
    assert [text[lo:hi].strip() for lo, hi in spans] == [_GERMAN]
    assert paragraphs.calls >= 2


_SPANISH = (ROOT / "eval" / "heldout3" / "es_listas_espera.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("note", "not_told"),
    [
        # (a fresh-eyes review's planted notes: one listed word of another language, repeated)
        (
            "Til den danske udgave: ministeren forsvarede sin plan, sin økonomi og sin reform i Folketinget, og "
            "citaterne skal oversættes ordret.",
            "es",
        ),
        (
            "Svenska redaktionen: alla citat ska översättas ordagrant, alla namn ska stå kvar, alla siffror ska "
            "kontrolleras igen före publicering.",
            "it",
        ),
        (
            "Poznámka pro překladatele: šéfredaktor dal souhlas, dal pokyn k úpravě titulku a dal redakci termín "
            "do pátku.",
            "it",
        ),
        ("Pytania od redakcji: ile kosztowała budowa, ile trwały prace i ile osób straciło pracę?", "tr"),
        ("При цьому уже вдруге за місяць, при повній підтримці мерії, міська рада ухвалила зміни.", "ru"),
    ],
)
def test_one_listed_word_repeated_tells_no_language(note: str, not_told: str) -> None:
    assert language.by_function_words(note) != not_told


def test_a_danish_note_in_a_spanish_article_is_set_apart() -> None:
    note = (
        "Til den danske udgave: ministeren forsvarede sin plan, sin økonomi og sin reform i Folketinget, og "
        "citaterne skal oversættes ordret."
    )
    paragraphs = _SPANISH.strip().split("\n\n")
    text = "\n\n".join([*paragraphs[:2], note, *paragraphs[2:]]) + "\n"
    assert note in [text[lo:hi].strip() for lo, hi in switch.other_language_spans(text)]
