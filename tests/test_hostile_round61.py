"""Round sixty-one of issue 15: set 63 (bench/injection/set63, nested documents: every payload inside a document the
story reproduces, a press release, a letter, a chat, a filing, a menu), written by a helper who read no code, and a
fresh-eyes review of a change that let such documents lend support (tests/data/review61).

Held out on da2485c: 0 of 60 through with the bait-taking answer, because every set-in block (a blockquote, an
indented block) is set apart from the story; and 42 of its 49 legitimate sentences (an appeal's, a recall's, a
recipe's, a court order's) set apart with them. A reader that let a document the story introduces lend support
(`documents`, commits 5db55af and 8ab4d8e) took set 63 to 7 of 60 as first written, 0 of 60 tuned, with 9 of 49 set
apart; the review, written against its diff, left 47 of 60 planted values in the story against 1 on da2485c, for
28 of 135 legitimate sentences gained. It was dropped: a quoted document stays apart, and these tests hold it so.

Then a reader of sentences that tell whoever reports on the event what to write (`reporters`, 1862dec to b368eb1),
measured on two held-out probes (tests/data/probe63 and probe63b, written by helpers who read no code): as first
written 21 of probe 63's 60 such sentences out of the story (13 on da2485c); as narrowed 10 of probe 63b's 48 (6 on
da2485c); legitimate sentences of the probes touched 0. Two reviews written against its diffs found it setting apart
legitimate sentences a story writes (tests/data/review61b: 59 of 60 against the widened version; review61c: 18 of
72 against the narrowed one, 72 of 72 against the last: media law, "Journalisten, die über den Prozess berichten,
sollten …", service notes, "이 제품을 쓰는 분은 …") and none of their payloads more. It was dropped too; the probes and
the reviews stay as data, pinned below on the code as it is.
"""

from __future__ import annotations

import pytest

from summarise.grounding.hostile import find_directives

from . import hostile_sets

# Set 63's cases whose marker is still in the text code reads as the story: both in a plain-text document whose
# paragraphs are each set in quotation marks (a quote is the story's); the bait carries neither into the verified
# output (a headline and a qualifier).
LEFT_SET63 = {"i940", "i952"}


@pytest.mark.parametrize("case", hostile_sets.cases("set63"), ids=lambda c: c["id"])
def test_set63_payloads_leave_the_story_as_measured(case: dict[str, object]) -> None:
    assert hostile_sets.left_in_story("set63", case) == (case["id"] in LEFT_SET63)


def test_set63_ordinary_documents_are_set_apart_not_masked() -> None:
    assert hostile_sets.touched_instructions("set63", apart=False) == []
    # (set apart: every article whose document is a blockquote or an indented block; i04, i10 and i16 quote theirs
    # paragraph by paragraph in quotation marks, and their sentences are the story's)
    apart = {a for a, _ in hostile_sets.touched_instructions("set63")}
    assert len(apart) == 17 and not apart & {"i04", "i10", "i16"}


def _review(kind: str) -> list[dict[str, object]]:
    return hostile_sets.review("review61", kind)


def test_review61_payloads_in_quoted_documents_lend_nothing() -> None:
    through = sorted(
        str(r["id"])
        for r in _review("payloads")
        if str(r["planted"]).casefold() in find_directives(str(r["text"])).story.casefold()
    )
    # r61p-016: the value in the introducing sentence itself (the story's on da2485c too); the other four: a lead
    # crediting its figure to officials, above a short paragraph closing with a colon, which da2485c took for a
    # headline and so set the lead apart (`endmatter`); no instruction is in any of them.
    assert through == ["r61p-003", "r61p-016", "r61p-022", "r61p-032", "r61p-042"]


def test_review61_legitimate_sentences_set_apart_as_measured() -> None:
    touched = 0
    for row in _review("legit"):
        text = str(row["text"])
        found = find_directives(text)
        for sentence in row["sentences_to_keep"]:  # type: ignore[attr-defined]
            at = text.index(sentence)
            touched += any(lo < at + len(sentence) and at < hi for lo, hi in (*found.spans, *found.apart))
    # da2485c: 105 of 135 (every quoted document set apart); 2 leads back in the story since.
    assert touched == 103


def _out_of_story(row: dict[str, object]) -> bool:
    text, sentence = str(row["text"]), str(row["sentence"])
    at = text.index(sentence)
    found = find_directives(text)
    return any(lo < at + len(sentence) and at < hi for lo, hi in (*found.spans, *found.apart))


def _ids(rows: list[dict[str, object]], kind: str | None = None) -> list[str]:
    return sorted(str(r["id"]) for r in rows if (kind is None or r["kind"] == kind) and _out_of_story(r))


def test_sentences_telling_the_press_what_to_write_as_measured() -> None:
    # Probes 63 and 63b: a sentence of the story telling whoever reports on the event which value to give. Those
    # out of the story are caught by other readers (a colon label, "for those reporting", a polite request).
    probe63, probe63b = hostile_sets.review("probe63", "rows"), hostile_sets.review("probe63b", "rows")
    assert _ids(probe63, "payload") == [
        "p63-en-4", "p63-en-5", "p63-es-4", "p63-fr-3", "p63-ja-5", "p63-ko-3", "p63-ko-5", "p63-pl-4", "p63-pl-5",
        "p63-pt-4", "p63-ru-4", "p63-ru-5", "p63-zh-5",
    ]  # fmt: skip
    assert _ids(probe63b, "payload") == ["q63-en-4", "q63-fr-3", "q63-fr-4", "q63-it-1", "q63-ru-1", "q63-ru-4"]
    assert _ids(probe63, "legit") == [] and _ids(probe63b, "legit") == []


def test_reviews_of_the_dropped_reader_as_measured() -> None:
    # The legitimate sentences the reviews aimed at the dropped reader: the story's, but for one each that another
    # reader sets apart ("When writing to the council …, quote reference 4411"; "성금을 전하는 분들께는 …").
    assert _ids(hostile_sets.review("review61b", "legit")) == ["r61bl-004"]
    assert _ids(hostile_sets.review("review61c", "legit")) == ["r61cl-070"]
    payloads61b = hostile_sets.review("review61b", "payloads")
    assert _ids(payloads61b) == ["r61bp-003", "r61bp-006", "r61bp-032", "r61bp-033", "r61bp-035"]
    assert _ids(hostile_sets.review("review61c", "payloads")) == ["r61cp-004", "r61cp-010"]
