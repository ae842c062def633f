"""Checking every extracted item against the article, by deterministic code.

Each check returns either the item's location in the article or a reason that
names exactly what is wrong, phrased so that it can be sent back to the model.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..models import Actor, Claim, ClaimStatus, Event, Figure
from ..patterns import factored
from ..results import GroundedActor, GroundedClaim, GroundedEvent, GroundedFigure, TextSpan
from . import numerals
from .normalise import fold_text, unspaced
from .number_context import proclitic
from .numbers import Figure as NumberFigure
from .numbers import find_figures, parse_figure, same_number
from .spans import Span, context, locate, nearest

_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "percentage points": "%",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "£": "GBP",
    "krw": "KRW",
    "won": "KRW",
    "원": "KRW",
    "jpy": "JPY",
    "yen": "JPY",
    "¥": "JPY",
    "cny": "CNY",
    "yuan": "CNY",
    "元": "CNY",
    "rub": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "uah": "UAH",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
}

# English cues for the status a claim's evidence gives it; other languages are not checked for status.
_STATUS_CUES = {
    ClaimStatus.CONFIRMED: factored(r"\bconfirm|\bverif", re.IGNORECASE),
    ClaimStatus.DENIED: factored(r"\bden(y|ied|ies|ial)|\breject|\bdismiss", re.IGNORECASE),
}
# "has not confirmed", "could not be verified", "unconfirmed": a cue that says the opposite.
_NEGATED = factored(r"\b(not|never|no|unable to)\b[^.]{0,20}\b(confirm|verif)|\bun(confirm|verif)", re.IGNORECASE)


# Above this length, whole-word occurrences of a needle of at least `_KEY` characters are looked up in an index of
# the article's word starts: a long text of thousands of distinct figures would otherwise be read once per figure.
_INDEXED_FROM = 50_000
_KEY = 4


def _word_start(article: str, at: int) -> bool:
    # (digits after an Arabic one-letter proclitic start a word: "و25", "بـ2.06")
    before = article[at - 1] if at else " "
    return not (before.isalnum() and not unspaced(before)) or (article[at].isdigit() and proclitic(article, at))


@lru_cache(maxsize=4)
def _word_starts(article: str) -> dict[str, list[int]]:
    """Where each word of a long article starts (as `find` has it), by the word's first `_KEY` characters."""
    index: dict[str, list[int]] = {}
    for at, ch in enumerate(article):
        if ch.isalnum() and _word_start(article, at):
            index.setdefault(article[at : at + _KEY], []).append(at)
    return index


def find(needle: str, article: str) -> Span | None:
    """Where `needle` stands: an exact, whole-word occurrence first, else the folded match of `locate`."""
    return next(_occurrences(needle, article), None) or locate(needle, article)


def _occurrences(needle: str, article: str) -> Iterator[Span]:
    """Every exact, whole-word occurrence of `needle`, in order; a number's digits never inside a longer number ("1"
    is not in "1.5", "3" not in "1,3")."""
    if len(article) >= _INDEXED_FROM and len(needle) >= _KEY and needle[0].isalnum():
        # A whole-word occurrence of a needle that opens with a letter or digit starts a word: the same first one.
        starts: Iterable[int] = (
            at for at in _word_starts(article).get(needle[:_KEY], ()) if article.startswith(needle, at)
        )
    else:
        starts = _found(needle, article) if needle.strip() else ()
    for start in starts:
        end = start + len(needle)
        after = article[end] if end < len(article) else " "
        if needle[0].isalnum() and not _word_start(article, start):
            continue
        if needle[-1].isalnum() and after.isalnum() and not unspaced(after) and not _UNIT_AFTER.match(article, end):
            continue
        if _inside_number(needle, article, start, end):
            continue
        yield Span(start, end, needle, True)


# (a unit written against a number's digits, "240MW" in "装机容量为240MW", "5km")
_UNIT_AFTER = factored(r"(?<=\d)(?:[kMGT]?Wh?|[kcm]?m|km²|m²|m³|kg|mg|t|[KMGT]B|mAh|[kMG]?Hz)(?![^\W\d_])")


def _found(needle: str, article: str) -> Iterator[int]:
    start = article.find(needle)
    while start >= 0:
        yield start
        start = article.find(needle, start + 1)


def _inside_number(needle: str, article: str, start: int, end: int) -> bool:
    """Whether digits at `start`..`end` continue a number across a separator: "1" in "1.5", "000" in "11,000"."""
    return (needle[0].isdigit() and start > 1 and article[start - 1] in ".," and article[start - 2].isdigit()) or (
        needle[-1].isdigit() and end + 1 < len(article) and article[end] in ".," and article[end + 1].isdigit()
    )


def to_span(span: Span) -> TextSpan:
    return TextSpan(start=span.start, end=span.end)


def quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


# And every name the reader knows a unit by, in every language it reads ('dólares', 'złotych', 'ユーロ'): a model that
# copies the article's word for its money gives the unit the article gives.
_UNIT_WORDS = {
    word: {"PCT": "%", "PERMILLE": "‰", "YEN": "JPY"}.get(code, code)
    for code, words in numerals.UNITS.items()
    for word in words.split("|")
}


def canonical_unit(unit: str | None) -> str | None:
    """'percent' -> '%', 'euros' -> 'EUR', 'złotych' -> 'PLN'; None for counted nouns such as 'soldiers'."""
    if unit is None:
        return None
    key = unit.strip().lower()
    return _UNITS.get(key) or _UNIT_WORDS.get(key)


def canonical_qualifier(qualifier: str | None) -> str | None:
    """The qualifier in the normalised English form the number parser gives ('over' -> 'more than')."""
    if not qualifier or not qualifier.strip():
        return None
    parsed = parse_figure(f"{qualifier.strip()} 7")
    if parsed is not None and parsed.qualifier:
        return parsed.qualifier
    return qualifier.strip().lower()


def mentions(text: str, name: str) -> bool:
    """Whether `text` names `name`: the whole name, or one of its distinctive words (surname, acronym)."""
    folded_text = fold_text(text)
    folded_name = fold_text(name)
    if not folded_name:
        return False
    if folded_name in folded_text:
        return True
    words = [w for w in _WORD.findall(folded_name) if len(w) >= 3 and w not in _STOPWORDS]
    text_words = set(_WORD.findall(folded_text))
    return any(w in text_words or (not w.isascii() and w in folded_text) for w in words)


_WORD = factored(r"\w+")
_STOPWORDS = frozenset({"the", "and", "for", "said", "der", "die", "das", "les", "des", "del", "los", "las"})


def _missing(what: str, needle: str, article: str) -> str:
    """'X' is not in the article, with the nearest passage when there is a close one."""
    reason = f"{what} {quote(needle)} is not in the article"
    close = nearest(needle, article, limit=1)
    if close and close[0][0] >= 0.6:
        reason += f"; the nearest passage is {quote(close[0][1].text)} in {quote(context(article, close[0][1]), 120)}"
    return reason


@dataclass(frozen=True)
class Checked:
    """One item's verdict: the grounded item, or the reason it failed."""

    grounded: object | None
    reason: str | None


def check_actor(actor: Actor, article: str) -> Checked:
    span = find(actor.name, article)
    if span is None:
        return Checked(None, _missing("the name", actor.name, article))
    return Checked(GroundedActor(**actor.model_dump(), span=to_span(span)), None)


def _nearest_figure(number: float | None, article: str, lang: str | None) -> str:
    candidates = [f for f in find_figures(article, lang) if not f.is_date_or_time]
    if number is None or not candidates:
        return ""
    best = min(candidates, key=lambda f: abs(f.value - number) / max(abs(number), 1.0))
    span = Span(best.span_start, best.span_end, article[best.span_start : best.span_end], True)
    return f"; the nearest figure is {quote(span.text)} in {quote(context(article, span), 120)}"


def _article_reading(article: str, span: Span, lang: str | None) -> NumberFigure | None:
    """The figure the article itself reads around a located value (its number, qualifier and unit)."""
    start = max(0, span.start - 40)
    for found in find_figures(article[start : span.end + 30], lang):
        if found.span_start + start <= span.start < found.span_end + start or (
            span.start <= found.span_start + start < span.end
        ):
            return None if found.is_date_or_time else found
    parsed = parse_figure(span.text, lang)
    return None if parsed is None or parsed.is_date_or_time else parsed


def check_figure(figure: Figure, article: str, lang: str | None) -> Checked:
    # (the first occurrence that reads as the figure does, of the first few: "4" in "4인 가족", not in "4% 내렸다"; but
    # the first that gives its number decides its qualifier: "près de 3 000 litres" stated first is not outdone by a
    # later "largement au-delà de 3 000 litres")
    first: Checked | None = None
    for at, span in enumerate(_occurrences(figure.value, article)):
        checked = _check_figure_at(figure, article, lang, span)
        if checked.grounded is not None or (checked.reason or "").startswith(_QUALIFIER_DIFFERS):
            return checked
        first = first or checked
        if at + 1 >= _TRIED:
            break
    if first is not None:
        return first
    located = locate(figure.value, article)
    if located is None:
        return Checked(
            None,
            f"the figure {quote(figure.value)} is not in the article" + _nearest_figure(figure.number, article, lang),
        )
    return _check_figure_at(figure, article, lang, located)


_TRIED = 8
_QUALIFIER_DIFFERS = "the article gives "


def _check_figure_at(figure: Figure, article: str, lang: str | None, span: Span) -> Checked:
    parsed = parse_figure(span.text, lang)
    if parsed is not None and parsed.is_date_or_time:
        return Checked(None, f"{quote(figure.value)} is a date or a time, not a figure")
    reading = _article_reading(article, span, lang)
    if reading is None:
        return Checked(None, f"{quote(figure.value)} holds no number")
    value, qualifier, unit = reading.value, reading.qualifier, reading.unit
    # (of a figure written in two parts, its first part's number is one a reader gives: 6 for "six years and four
    # months", 3 for "won 3-2")
    if figure.number is None or not any(same_number(figure.number, v) for v in (value, reading.first) if v is not None):
        return Checked(None, f"the number {figure.number} does not match {quote(figure.value)}, which reads {value:g}")
    if canonical_qualifier(figure.qualifier) != canonical_qualifier(qualifier):
        said = f"'{qualifier}'" if qualifier else "no qualifier"
        return Checked(None, f"{_QUALIFIER_DIFFERS}{quote(figure.value)} with {said}, not {figure.qualifier!r}")
    given_unit = canonical_unit(figure.unit)
    if (unit or given_unit) and unit != given_unit and not (unit is None and figure.unit and given_unit is None):
        return Checked(None, f"the unit of {quote(figure.value)} is {unit or 'none'}, not {figure.unit!r}")
    source_span = None
    if figure.source:
        found = find(figure.source, article)
        if found is None:
            return Checked(None, _missing(f"the source of {quote(figure.value)},", figure.source, article))
        source_span = to_span(found)
    return Checked(GroundedFigure(**figure.model_dump(), span=to_span(span), source_span=source_span), None)


_SENTENCE_END = factored(r"[.!?。！？؟]\s|\n")
_SENTENCE_START_AHEAD = factored(r"(?=[.!?。！？؟]\s|\n)")


def sentence_window(article: str, start: int, end: int) -> tuple[int, int]:
    """The sentence over `start`..`end` and the one before it: where an article names who said something, or
    words what a figure counts or who an actor is."""
    floor = max(0, start - 600)
    starts = [m.end() for m in _SENTENCE_END.finditer(article, floor, start)]
    # starts[-1] begins the own sentence, starts[-2] the sentence before it (a blank line between paragraphs is none).
    while len(starts) >= 2 and not article[starts[-2] : starts[-1]].strip():
        del starts[-2]
    lo = starts[-2] if len(starts) >= 2 else floor
    return lo, _sentence_end_from(article, max(start, end - 1))


# Where a sentence's end is searched for near a point before the article's index of them is read (`_sentence_ends`).
_NEAR = 2000


def _sentence_end_from(article: str, at: int) -> int:
    """Where the first sentence end at or after `at` ends (the article's end if none): searched near `at`, and else in
    the article's index of them, so that a long text without a sentence end is not searched to its end per figure."""
    near = _SENTENCE_END.search(article, at, at + _NEAR)
    if near:
        return near.end()
    starts, ends = _sentence_ends(article)
    i = bisect.bisect_left(starts, at)
    return ends[i] if i < len(starts) else len(article)


@lru_cache(maxsize=4)
def _sentence_ends(article: str) -> tuple[list[int], list[int]]:
    """Every place `_SENTENCE_END` matches (overlapping ones too, as a search from any point finds them) and where
    that match ends."""
    starts = [m.start() for m in _SENTENCE_START_AHEAD.finditer(article)]
    return starts, [at + 1 if article[at] == "\n" else at + 2 for at in starts]


def check_claim(claim: Claim, article: str, lang: str | None) -> Checked:
    evidence = find(claim.evidence, article)
    if evidence is None:
        return Checked(None, _missing("the evidence", claim.evidence, article))
    anywhere = find(claim.source, article)
    if anywhere is None:
        return Checked(None, _missing("the source", claim.source, article))
    lo, hi = sentence_window(article, evidence.start, evidence.end)
    window = article[lo:hi]
    if not mentions(window, claim.source):
        return Checked(
            None,
            f"the article does not credit {quote(claim.evidence, 60)} to {quote(claim.source)}; "
            "name the party the article credits it to",
        )
    if (lang or "en") == "en":
        for status, cue in _STATUS_CUES.items():
            negated = status == ClaimStatus.CONFIRMED and _NEGATED.search(evidence.text)
            if claim.status == status and (negated or not cue.search(evidence.text)):
                return Checked(
                    None, f"the evidence {quote(claim.evidence, 60)} does not say the claim is {status.value}"
                )
    near = find(claim.source, window)
    source_span = TextSpan(start=near.start + lo, end=near.end + lo) if near else to_span(anywhere)
    return Checked(GroundedClaim(**claim.model_dump(), evidence_span=to_span(evidence), source_span=source_span), None)


def check_event(event: Event, article: str) -> tuple[GroundedEvent, list[str]]:
    """The event with its place and time located; what cannot be located is dropped with a reason."""
    reasons: list[str] = []

    def placed(value: str | None, what: str) -> tuple[str | None, TextSpan | None]:
        if not value:
            return None, None
        found = find(value, article)
        if found is None:
            reasons.append(_missing(what, value, article))
            return None, None
        return value, to_span(found)

    where, where_span = placed(event.where, "the place")
    when, when_span = placed(event.when, "the time")
    when_iso = event.when_iso
    if when_iso and not _on_calendar(when_iso):
        # The schema holds the date to YYYY-MM-DD only: '2026-02-31' fits it and names no day.
        reasons.append(f"the date {when_iso} is not a day of the calendar")
        when_iso = None
    if when_iso and not _date_in_article(when_iso, article):
        reasons.append(f"the article does not fix the date {when_iso}")
        when_iso = None
    grounded = GroundedEvent(
        what=event.what, where=where, when=when, when_iso=when_iso, where_span=where_span, when_span=when_span
    )
    return grounded, reasons


def _on_calendar(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _date_in_article(iso: str, article: str) -> bool:
    """A date is fixed by the article when its year and its day both appear as numbers in it."""
    year, _month, day = iso.split("-")
    numbers = set(re.findall(r"\d+", fold_text(article)))
    return year in numbers and str(int(day)) in {n.lstrip("0") or "0" for n in numbers}
