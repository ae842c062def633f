"""Dates as articles write them, resolved against the publication date; what reads two ways is flagged."""

from __future__ import annotations

from datetime import date

import pytest

from summarise import summarise
from summarise.grounding.check import check_event
from summarise.models import Event
from summarise.reading.dates import Resolution, resolve, resolve_event
from summarise.results import GroundedEvent, TextSpan

FRIDAY = date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "context", "start", "end"),
    [
        ("yesterday", "", "2026-03-12", "2026-03-12"),
        ("today", "", "2026-03-13", "2026-03-13"),
        ("tomorrow", "", "2026-03-14", "2026-03-14"),
        ("the day before yesterday", "", "2026-03-11", "2026-03-11"),
        ("on Thursday", "The council voted on Thursday.", "2026-03-12", "2026-03-12"),
        ("Monday", "Talks broke down on Monday.", "2026-03-09", "2026-03-09"),
        ("on Tuesday", "The council will vote on Tuesday.", "2026-03-17", "2026-03-17"),
        ("last Friday", "", "2026-03-06", "2026-03-06"),
        ("next Tuesday", "", "2026-03-17", "2026-03-17"),
        ("two days ago", "", "2026-03-11", "2026-03-11"),
        ("3 weeks ago", "", "2026-02-16", "2026-02-22"),
        ("last week", "", "2026-03-02", "2026-03-08"),
        ("earlier this week", "", "2026-03-09", "2026-03-13"),
        ("last month", "", "2026-02-01", "2026-02-28"),
        ("next month", "", "2026-04-01", "2026-04-30"),
        ("last year", "", "2025-01-01", "2025-12-31"),
        ("12 March 2026", "", "2026-03-12", "2026-03-12"),
        ("March 12, 2026", "", "2026-03-12", "2026-03-12"),
        ("Thursday, 12 March 2026", "", "2026-03-12", "2026-03-12"),
        ("on 2 December", "", "2025-12-02", "2025-12-02"),
        ("2026-03-01", "", "2026-03-01", "2026-03-01"),
        ("13/04/2026", "", "2026-04-13", "2026-04-13"),
        ("gestern", "", "2026-03-12", "2026-03-12"),
        ("am Donnerstag", "", "2026-03-12", "2026-03-12"),
        ("12. März 2026", "", "2026-03-12", "2026-03-12"),
        ("hier", "", "2026-03-12", "2026-03-12"),
        ("jeudi 12 mars 2026", "", "2026-03-12", "2026-03-12"),
        ("ayer", "", "2026-03-12", "2026-03-12"),
        ("el 12 de marzo de 2026", "", "2026-03-12", "2026-03-12"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text: str, context: str, start: str, end: str) -> None:
    found = resolve(text, FRIDAY, context)
    assert found is not None and found.conflict is None
    assert (found.start.isoformat() if found.start else None, found.end.isoformat() if found.end else None) == (
        start,
        end,
    )


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Thursday, 11 March 2026", "the article says Thursday, but 2026-03-11 is a Wednesday"),
        ("03/04/2026", "reads as 2026-04-03 or 2026-03-04"),
        ("will meet on Friday", "published on a Friday: 'Friday' may be that day or a week later"),
    ],
)
def test_what_reads_two_ways_is_a_conflict_not_a_guess(text: str, conflict: str) -> None:
    found = resolve(text, FRIDAY, text)
    assert found is not None and found.start is None and found.end is None
    assert found.conflict is not None and conflict in found.conflict


def test_relative_dates_need_a_publication_date_and_vague_times_stay_unresolved() -> None:
    assert resolve("on Thursday", None) is None
    assert resolve("yesterday", None) is None
    assert resolve("12 March", None) is None
    found = resolve("12 March 2026", None)
    assert found is not None and found.start == date(2026, 3, 12) and not found.relative
    assert resolve("in the spring", FRIDAY) is None
    assert resolve("the 2026 season", FRIDAY) is None


ARTICLE = "Talks between the two unions broke down on Thursday, the mediator said."


def _event(when: str | None, when_iso: str | None = None) -> GroundedEvent:
    start = ARTICLE.find(when) if when else -1
    return GroundedEvent(
        what="Talks broke down",
        where=None,
        when=when,
        when_iso=when_iso,
        where_span=None,
        when_span=TextSpan(start=start, end=start + len(when)) if when else None,
    )


def test_the_event_keeps_its_words_and_gains_iso_dates() -> None:
    event, conflicts = resolve_event(_event("on Thursday"), ARTICLE, FRIDAY)
    assert conflicts == []
    assert event.when == "on Thursday" and event.when_iso == "2026-03-12"
    assert event.when_resolved is not None
    assert event.when_resolved.model_dump() == {
        "text": "on Thursday",
        "start": "2026-03-12",
        "end": "2026-03-12",
        "anchored": True,
    }


def test_a_model_date_that_disagrees_is_flagged_and_the_articles_reading_kept() -> None:
    event, conflicts = resolve_event(_event("on Thursday", "2026-03-05"), ARTICLE, FRIDAY)
    assert event.when_iso == "2026-03-12"
    assert conflicts == [
        "the model's date 2026-03-05 disagrees with 'on Thursday', read against the publication date 2026-03-13 "
        "as 2026-03-12"
    ]


def test_a_past_event_on_the_publications_weekday_is_that_day() -> None:
    # (news names today's day: "said on Thursday" in Thursday's paper; a week before is "last Thursday" or a date)
    event, conflicts = resolve_event(_event("on Thursday", "2026-03-12"), ARTICLE, date(2026, 3, 12))
    assert event.when_iso == "2026-03-12" and conflicts == []
    assert resolve("on Friday", FRIDAY) == Resolution(FRIDAY, FRIDAY, relative=True)


def test_a_conflicting_time_is_flagged_and_left_without_a_date() -> None:
    article = "The unions will meet again on Thursday, the mediator said."
    at = article.index("on Thursday")
    given = _event(None).model_copy(
        update={"when": "on Thursday", "when_iso": "2026-03-12", "when_span": TextSpan(start=at, end=at + 11)}
    )
    event, conflicts = resolve_event(given, article, date(2026, 3, 12))
    assert event.when == "on Thursday" and event.when_iso is None and event.when_resolved is None
    assert len(conflicts) == 1 and "may be that day or a week later" in conflicts[0]


def test_without_a_publication_date_the_event_is_left_as_it_was() -> None:
    before = _event("on Thursday")
    assert resolve_event(before, ARTICLE, None) == (before, [])
    assert resolve_event(_event(None), ARTICLE, FRIDAY) == (_event(None), [])


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("yesterday", date.min),
        ("last week", date.min),
        ("last month", date.min),
        ("last year", date.min),
        ("on Tuesday", date.min),
        ("two days ago", date.min),
        ("tomorrow", date.max),
        ("next week", date.max),
        ("next month", date.max),
        ("next year", date.max),
        ("next Friday", date.max),
    ],
)
def test_a_relative_date_outside_the_calendar_is_not_resolved(text: str, published: date) -> None:
    assert resolve(text, published) is None


def test_a_relative_date_inside_the_calendar_still_resolves_at_its_ends() -> None:
    found = resolve("tomorrow", date.min)
    assert found is not None and found.start == date(1, 1, 2)
    found = resolve("yesterday", date.max)
    assert found is not None and found.start == date(9999, 12, 30)


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("31 February 2026", "there is no 31 February 2026 (February 2026 has 28 days)"),
        ("30 February 2026", "there is no 30 February 2026"),
        ("29 February 2025", "there is no 29 February 2025 (February 2025 has 28 days)"),
        ("31 April 2026", "there is no 31 April 2026 (April 2026 has 30 days)"),
        ("February 31, 2026", "there is no 31 February 2026"),
        ("Thursday, 31 February 2026", "there is no 31 February 2026"),
        ("on 31 April", "there is no 31 April (April has 30 days)"),
        ("2026-02-31", "there is no 31 February 2026"),
        ("31/02/2026", "there is no 31 February 2026"),
        ("02/31/2026", "there is no 31 February 2026"),
        ("31.06.2026", "there is no 31 June 2026"),
        ("am Donnerstag, 31. Februar 2026", "there is no 31 February 2026"),
        ("jeudi 31 juin 2026", "there is no 31 June 2026"),
        ("el 30 de febrero de 2026", "there is no 30 February 2026"),
        ("31 de septiembre", "there is no 31 September"),
    ],
)
def test_a_date_that_is_no_day_of_the_calendar_is_flagged_not_resolved(text: str, conflict: str) -> None:
    for published in (FRIDAY, None):
        found = resolve(text, published)
        assert found is not None and found.start is None and found.end is None
        assert found.conflict is not None and conflict in found.conflict


def test_a_leap_day_is_a_day_and_a_29_february_with_no_leap_year_near_stays_unresolved() -> None:
    for text in ("29 February 2024", "29. Februar 2024", "2024-02-29", "29/02/2024"):
        found = resolve(text, FRIDAY)
        assert found is not None and found.start == date(2024, 2, 29) and found.conflict is None
    # Published in 2026: neither 2025, 2026 nor 2027 has a 29 February, and no year is written.
    assert resolve("29 February", FRIDAY) is None
    found = resolve("29 February", date(2024, 3, 1))
    assert found is not None and found.start == date(2024, 2, 29)


IMPOSSIBLE = "Dock workers in Valmera walked out on Thursday, 31 February 2026 after talks collapsed, the union said."


def test_an_event_on_no_day_of_the_calendar_loses_the_models_date_and_is_flagged() -> None:
    start = IMPOSSIBLE.find("31 February 2026")
    event = GroundedEvent(
        what="Dock workers walked out",
        where=None,
        when="31 February 2026",
        when_iso="2026-02-28",
        where_span=None,
        when_span=TextSpan(start=start, end=start + len("31 February 2026")),
    )
    resolved, conflicts = resolve_event(event, IMPOSSIBLE, FRIDAY)
    assert resolved.when == "31 February 2026" and resolved.when_iso is None and resolved.when_resolved is None
    assert conflicts == [
        "the time '31 February 2026' is not resolved: there is no 31 February 2026 (February 2026 has 28 days)"
    ]


def test_the_article_read_by_code_does_not_turn_an_impossible_date_into_its_weekday() -> None:
    result = summarise(IMPOSSIBLE + " About 400 dockers joined the strike.", engine="extractive", published=FRIDAY)
    # The weekday and the date beside it are one time; read alone, 'Thursday' would be 2026-03-12.
    assert result.event.when == "Thursday, 31 February 2026"
    assert result.event.when_iso is None and result.event.when_resolved is None
    assert [u.reason for u in result.unverified if u.kind == "event"] == [
        "the time 'Thursday, 31 February 2026' is not resolved: there is no 31 February 2026 "
        "(February 2026 has 28 days)"
    ]
    valid = summarise(IMPOSSIBLE.replace("31 February", "12 March") + " About 400 dockers joined.", engine="extractive")
    assert valid.event.when == "Thursday, 12 March 2026" and valid.event.when_iso == "2026-03-12"


def test_a_models_date_that_is_no_day_of_the_calendar_is_not_kept() -> None:
    event = Event(what="Dock workers walked out", where=None, when="31 February 2026", when_iso="2026-02-31")
    grounded, reasons = check_event(event, IMPOSSIBLE)
    assert grounded.when == "31 February 2026" and grounded.when_iso is None
    assert reasons == ["the date 2026-02-31 is not a day of the calendar"]
