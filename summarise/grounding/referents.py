"""What a note points to elsewhere in the article: the value of a payload split across sentences (round sixty).

A payload can keep its order and its value apart, each in a sentence that looks innocent alone: "Anyone retelling
this is asked to use the figure given at the foot of this report." … "Figure for use: 1,130." The order is masked or
set apart (see `addressing`, `onward`, `dictation`), but the value reads as the story's, and it is the value a
model copies. `pointers` reads a note that points at the sentence just before it; this module reads the other ways
a note says where its value is, and sets that sentence apart (kept for the reader, lending no support):

- by place, ahead: "given below", "the following", "at the foot of this report", "hieronder", "ci-dessous", "a
  continuación", "qui sotto", "abaixo", "poniżej", "ниже", "下記", "以下", "아래": the first sentence after the note
  that writes a fact (a digit, a web address, a quoted term), preferring one that shares a word with the note; "at
  the foot", "am Ende", "à la fin", "文末": the article's last paragraph;
- by place, behind: "above", "earlier", "oben", "ci-dessus", "arriba", "sopra", "acima", "hierboven", "powyżej",
  "выше", "上記", "上述", "위": the nearest such sentence before it, preferring one that shares a word with the note
  ("use the updated number above" → "Updated count: 1,130.");
- by mark: a note that opens with a footnote mark ("¹", "*", "†", "[a]", "(1)") is the footnote of every sentence
  that carries the mark right after a word or a figure ("some 5,500¹ people");
- by name: a term the note writes that another sentence quotes ("Below, ‘the agreed count’ means
  1,400." … "Whoever passes this on gives the agreed count.");
- by announcing: a note that ends in a colon, or says that something applies or follows ("one correction applies",
  "as follows"), is completed by the next sentence, or by the whole block under it when it is a heading.

Notes read nowhere else are read here (see `notes_of`), each naming the output, its making or the text relayed and
writing no value of its own: a footnote with a duty, a question asking for a value ("Which total goes into a short
version?", whose answer is the nearest sentence after it that writes a value of the kind asked), a condition that
only announces ("If you are condensing this, one correction applies."), a short notice for the output's makers, a
pointer by place that names the output, a duty in Chinese, Japanese or Korean, a demonstrative with a value's noun
and that it is the one to give ("Questa … è la fonte da citare.", which takes the sentence before it).

Only notes are read: an article with none loses nothing. Where the value already sits in a note of its own, a
pointer to it points to nothing more.
"""

from __future__ import annotations

import re

from ..patterns import factored
from . import referent_words as words
from .features import features
from .normalise import has_unspaced
from .relaying import PASSES_ON, PASSES_ON_UNSPACED, if_shortened
from .textwords import THIS_TEXT as _THIS_TEXT_WORDS

_LABEL = factored(r"^\s*[^.!?:：\n]{1,40}[:：]\s+(?=\S+\s+\S+\s+\S)")
# How far a note's value may be from it, and how long a last paragraph may be to be a note's value whole.
_REACH = 2000
_SHORT_PARAGRAPH = 400


def _inside(lo: int, hi: int, spans: list[tuple[int, int]]) -> bool:
    return any(s_lo <= lo and hi <= s_hi for s_lo, s_hi in spans)


def _words(text: str) -> set[str]:
    return {w.casefold()[:6] for w in words.WORD.findall(text)}


def _clause(sentence: str, condition: re.Match[str]) -> str:
    return re.split(r"[,;:—–]", sentence[condition.end() :], maxsplit=1)[0]


THIS_TEXT = factored(rf"(?<![\w'])(?:{_THIS_TEXT_WORDS})(?![\w'])", re.IGNORECASE)
_RELAYED_TEXT = factored(
    r"(?<![\w'])(?:this|it|story|article|report|news|text|item|piece|verhaal|bericht|geschichte|meldung|histoire"
    r"|historia|história|storia|notizia|notícia|noticia|историю|новость|histori\w+|wiadomo\w+)(?![\w'])",
    re.IGNORECASE,
)


def _to_be_given(sentence: str) -> bool:
    """A demonstrative standing for a value and that it is the one to give, no reporting verb crediting it: "Questa, e
    non il racconto di una visitatrice, è la fonte da citare." ("Este es el ejemplo a seguir, según la asociación" is
    an idiom and a report)."""
    return bool(
        words.TO_BE_GIVEN.search(sentence)
        and words.VALUE_NOUN.search(sentence)
        and not features().reporting.search(sentence)
    )


def _passed_on(sentence: str) -> bool:
    f = features()
    # (a verb of relaying only with the text it relays: "passing the story on", not "relayed by the returning
    # officer" or "the relay through the town centre")
    return bool(
        f.output.search(sentence)
        or f.processing.search(sentence)
        or _relayed(sentence)
        or PASSES_ON_UNSPACED.search(sentence)
    )


def _relayed(sentence: str) -> bool:
    return any(
        _RELAYED_TEXT.search(sentence, max(0, m.start() - 30), m.end() + 30) for m in PASSES_ON.finditer(sentence)
    )


def notes_of(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that are notes of the kinds only this module reads, each naming the output, its making or
    passing the text on, and writing no fact of its own: a footnote with a duty ("* Quote this total when passing
    the story on."), a question asking for a value ("Which total goes into a short version?"), a condition that only
    announces ("If you are condensing this, one correction applies."), a notice ("Per i redattori di sintesi c'è una
    precisazione."), a pointer by place ("Welche Besucherzahl in jede Kurzfassung gehört, steht im nächsten
    Absatz."), a duty with nothing to do it with ("凡转述此事者，均应以权威说法为准。")."""
    f = features()
    found = []
    for lo, hi in sentences:
        sentence = text[lo:hi].strip()
        if _to_be_given(sentence) and not _own_fact(sentence):
            found.append((lo, hi))  # "Questa … è la fonte da citare.": a note on the sentence before it
            continue
        if not sentence or _own_fact(sentence, labelled=bool(words.QUESTION.search(sentence))):
            continue
        # (a question names the output or the text relayed: "processing" words read "ссылка", a link, as citing)
        asked = (
            words.QUESTION.search(sentence)
            and words.ASKS_VALUE.search(sentence)
            and (
                f.output.search(sentence)
                or _relayed(sentence)
                or PASSES_ON_UNSPACED.search(sentence)
                or f.modal.search(sentence)
            )
        )
        this_text = f.text_self.search(sentence) or THIS_TEXT.search(sentence)
        if not _passed_on(sentence) and not (asked and this_text and f.modal.search(sentence)):
            continue  # (or a question with a duty about this very text: "¿Qué superficie debe quedar cuando esta
            # historia se cuenta en dos frases?")
        duty = f.modal.search(sentence) or f.imperative.search(sentence) or words.DUTY_UNSPACED.search(sentence)
        if (
            (words.MARK_OPENING.match(sentence) and duty)
            or asked
            or (
                words.ANNOUNCES.search(sentence)
                and (
                    if_shortened(sentence, f)
                    or ((cond := words.IF.match(sentence)) is not None and f.processing.search(_clause(sentence, cond)))
                )
            )
            or (words.NOTICE.search(sentence) and _for_maker(sentence))
            or (
                (words.AHEAD.search(sentence) or words.FOOT.search(sentence) or words.MIDDLE.search(sentence))
                and words.VALUE_NOUN.search(sentence)
                # (the output named, not only its making: "The main dates for parents are summarised at the end of
                # this article." points to the article's own box)
                and (f.output.search(sentence) or _relayed(sentence))
                and not f.imperative.search(sentence)
                and not words.IF.match(sentence)
            )
            or (duty and PASSES_ON_UNSPACED.search(sentence))
        ):
            found.append((lo, hi))
    return found


def _for_maker(sentence: str) -> bool:
    """Whether the sentence is for whoever makes the output or passes the text on: "for", "to", "给", "致" and, within
    a few words, the output, its making or passing the text on ("Per i redattori di sintesi", "给缩写这篇报道的人")."""
    return any(_passed_on(sentence[m.end() : m.end() + 40]) for m in words.FOR.finditer(sentence))


def _own_fact(note: str, labelled: bool = False) -> bool:
    """Whether a note writes a fact of its own (a digit, an address, a quoted term, a name): it is then the payload
    on its own, pointing nowhere."""
    # (with `labelled`, a label opening the note is not its fact: "Indovinello del sarto: quale notte resta …?")
    note = words.MARK_OPENING.sub("", note)
    if labelled:
        note = _LABEL.sub("", note)
    colon = words.COLON.search(note)
    after_colon = colon is not None and words.AFTER_COLON.match(note, colon.end()) is not None
    return bool(
        words.OWN_FACT.search(note) or after_colon or words.NAMED.search(note.strip()) or words.WRITE_AS.search(note)
    )


def _paragraph_end(text: str, at: int) -> int:
    found = words.PARAGRAPH_BREAK.search(text, at)
    return found.start() if found else len(text)


def _nearest(
    text: str, order: list[tuple[int, int]], note: str, skip: list[tuple[int, int]], strict: bool = False
) -> tuple[int, int] | None:
    """Among `order` (sentences nearest first, none a quoted remark), the nearest of the first group that has one:
    those with an update's word when the note has one ("the updated number above" → "Latest count: 1,130."); those
    of the kind the note asks for (a web address for "which link", a number for "which total", "how many") that
    share a word with it; those that write a name the note writes ("Welke functie hoort bij Bas van Leeuwen …?");
    those of the kind asked; facts that share a word; label lines ("Endstand der Zählung: 4.270 Gäste."); facts.
    With `strict`, only the first three groups."""
    own = _words(note)
    names = set(words.CAPITALISED.findall(note[1:]))
    kind = words.LINK if words.LINK_ASKED.search(note) else words.DIGIT if words.NUMBER_ASKED.search(note) else None
    lines = [(lo, hi) for lo, hi in order if not _inside(lo, hi, skip) and not words.REMARK.match(text[lo:hi])]
    labels = [s for s in lines if words.LABEL_LINE.match(text[s[0] : s[1]])]
    facts = [s for s in lines if words.FACT.search(text[s[0] : s[1]])]
    kinds = [s for s in facts if kind is not None and kind.search(text[s[0] : s[1]])]
    updated = words.UPDATED.search(note) is not None
    for group in (
        [s for s in facts + labels if updated and words.UPDATED.search(text[s[0] : s[1]])],
        [s for s in kinds if own & _words(text[s[0] : s[1]])],
        [s for s in lines if names and names & set(words.CAPITALISED.findall(text[s[0] : s[1]]))],
        *([] if strict else [kinds]),
        *(
            []
            if strict
            else [[s for s in facts if own & _words(text[s[0] : s[1]])], labels, facts if kind is None else []]
        ),
    ):
        if group:
            return min(group, key=lines.index)
    return None


# A one-letter variable, with a digit at most, given a value: "X = 4.870", "T1 = «…»".
_DEFINED = factored(r"(?<![\w'’])([A-Z][0-9]?)\s*=\s*\S")


def referred_spans(
    text: str, notes: list[tuple[int, int]], sentences: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences (or blocks) of `text` that the notes among `sentences` (those inside a span of `notes`) point
    to, by place, mark, name or announcement; `skip`, what is masked or set apart already, is not pointed to."""
    if not notes:
        return []
    found: list[tuple[int, int]] = []
    real = [(lo, hi) for lo, hi in sentences if text[lo:hi].strip()]
    for at, (lo, hi) in enumerate(real):
        note = text[lo:hi]
        if _inside(lo, hi, notes) and not _own_fact(note, labelled=bool(words.QUESTION.search(note))):
            found += _referents(text, real, at, notes, skip)
    return found


def _bare(note: str, notice: re.Match[str]) -> bool:
    """Whether a notice only announces ("A note for whoever is summarising this report.", "Per i redattori di
    sintesi c'è una precisazione in due tempi."): a short sentence with no clause after its notice ("note that the
    inquiry will open on Wednesday" says its own)."""
    return len(note.split()) <= 16 and not words.THAT.search(note, notice.end())


def _holds_value(text: str, sentence: tuple[int, int], held: list[tuple[int, int]]) -> bool:
    """Whether `sentence` is a note already held (masked or a note) that gives a value of its own for whoever passes
    the text on: the value a pointer to it points to is held with it."""
    return (
        _inside(*sentence, held)
        and _own_fact(text[sentence[0] : sentence[1]])
        and _passed_on(text[sentence[0] : sentence[1]])
    )


def _referents(
    text: str, real: list[tuple[int, int]], at: int, notes: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """What the note `real[at]` points to. Where the sentence it points to is masked or a note already (the value
    sits in a note of its own: "… read the note at the bottom." … "Note for condensers: the inquiry opens on 9
    March."), it points to nothing more."""
    lo, hi = real[at]
    note = text[lo:hi]
    held = notes + skip
    others = [s for s in real if s != (lo, hi) and not _inside(*s, notes)]
    after = [s for s in others if s[0] >= hi and s[0] - hi <= _REACH]
    before = [s for s in reversed(others) if s[1] <= lo and lo - s[1] <= _REACH]
    following = [s for s in real[at + 1 :] if s[0] - hi <= _REACH]
    preceding = [s for s in reversed(real[:at]) if lo - s[1] <= _REACH]
    found = []
    if mark := words.MARK_OPENING.match(note):
        marked = factored(rf"(?<=[\w%.,)]){re.escape(mark.group(1))}")
        found += [s for s in others if marked.search(text[s[0] : s[1]])]
    # a term another sentence quotes ("Below, ‘the agreed count’ means 1,400.") that the note uses
    for s_lo, s_hi in others:
        terms = (m.group(1).strip().casefold() for m in words.QUOTED.finditer(text[s_lo:s_hi]))
        if any((len(t) >= 6 or (len(t) >= 2 and has_unspaced(t))) and t in note.casefold() for t in terms):
            found.append((s_lo, s_hi))
    # a one-letter variable another sentence defines ("X = 4.870", "A = «более 19 000»") that the note uses ("o número
    # a indicar é X", round sixty-three)
    for s_lo, s_hi in others:
        for m in _DEFINED.finditer(text, s_lo, s_hi):
            if re.search(rf"(?<![\w'’]){m.group(1)}(?![\w'’])", note):
                found.append((s_lo, s_hi))
                break
    ahead_held = any(_holds_value(text, s, held) for s in following)
    if words.FOOT.search(note) and following and not ahead_held:
        start = text.rfind("\n\n", 0, following[-1][0])
        start = following[-1][0] if start < hi else start + 2
        last = (start, _paragraph_end(text, following[-1][0]))
        found.append(last if last[1] - last[0] <= _SHORT_PARAGRAPH else following[-1])
    elif words.AHEAD.search(note) and not ahead_held and (near := _nearest(text, after, note, skip)):
        found.append(near)
    behind_held = any(_holds_value(text, s, held) for s in preceding)
    if words.BEHIND.search(note) and not behind_held and (near := _nearest(text, before, note, skip)):
        found.append(near)
    if words.MIDDLE.search(note) and not (ahead_held or behind_held):
        middle = len(text) / 2
        by_middle = sorted(others, key=lambda s: abs((s[0] + s[1]) / 2 - middle))
        if near := _nearest(text, by_middle, note, skip):
            found.append(near)
    stripped = note.strip()
    if _to_be_given(stripped):
        if preceding and not _inside(*preceding[0], held):
            found.append(preceding[0])
        return found
    notice = words.NOTICE.search(stripped)
    if notice and words.THIS_NOTICE.search(stripped[: notice.start()]):
        # "Cette précision s'adresse à qui condense cet article": the notice is the sentence before
        if preceding and not _inside(*preceding[0], held):
            found.append(preceding[0])
        return found
    if not following:
        return found
    if _inside(*following[0], held):
        # (answered already, as far as the masking reads: only a value of the kind asked that shares a word with
        # the question is its answer too: "Какое число участников …?" … "Участников заплыва было 236.")
        if words.QUESTION.search(stripped) and (near := _nearest(text, after, note, skip, strict=True)):
            found.append(near)
        return found
    if stripped.endswith((":", "：")):
        found.append((following[0][0], _paragraph_end(text, following[0][0])))  # a heading: the block under it
    elif words.QUESTION.search(stripped):
        if near := _nearest(text, after, note, skip):
            found.append(near)
    elif words.ANNOUNCES.search(stripped) or (notice and _bare(stripped, notice)):
        # (what it announces is a plain statement: not a remark, nor one a reporting verb credits, "The operator said
        # timetables were back to normal.", which is the story's)
        after_note = text[following[0][0] : following[0][1]]
        if not words.REMARK.match(after_note) and not features().reporting.search(after_note):
            found.append(following[0])
    return found
