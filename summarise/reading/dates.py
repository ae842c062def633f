"""Dates as articles write them ('on Thursday', 'yesterday', 'last week', '12 March 2026'), resolved to ISO dates.

Deterministic: a relative date is resolved against the publication date only,
never against today: the one given, the page's, or the one the text's own opening
lines print (`published_in`: "Published: 27 Dec. 2024", "입력 2024.12.27 17:32").
What cannot be resolved is left alone; what reads two ways (a weekday that
disagrees with the date beside it, '03/04/2026' on an English page, 'will meet on
Thursday' in an article published on a Thursday) is reported as a conflict, not
guessed. A past event on the publication's own weekday is that day.

Languages (the words are in `datewords`): the words for days counted from the
publication ('yesterday', 'gestern', 'hier', 'ayer', 'ieri', 'ontem', 'вчера',
'вчора', '昨天', '昨日', '어제', 'أمس'), weekdays with 'last' and 'next' and the week
before or after ('jeudi dernier', 'الخميس الماضي', '上周五', '다음 주 월요일'), and
written dates (day-month-year with a month's name in twelve languages, '2024年12月27日',
'2024년 12월 27일', '2024.12.27', a day of the month alone, '26日', '30일', with the
month before it, '다음 달 1일'); English in full ('N days ago', 'last week').
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..patterns import factored
from ..results import GroundedEvent, ResolvedDate
from . import datewords
from .text import SCRAPER_DATE, date_line, page_line

_WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}  # fmt: skip
# Every weekday and month name of the languages above, and of Italian and Portuguese, for readers that only need to
# know a word is one ("Domenica la temperatura …", "212,000 homes last March").
WEEKDAY_NAMES = frozenset(
    [name for names in _WEEKDAYS.values() for name in names]
    + ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    + ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
)
MONTH_NAMES = frozenset(name for names in _MONTHS.values() for name in names)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


@dataclass(frozen=True)
class Resolution:
    """A date expression read as a day (start == end) or a span of days, or a conflict with no date."""

    start: date | None
    end: date | None
    relative: bool
    conflict: str | None = None


def _name(day: int) -> str:
    return _WEEKDAYS["en"][day].capitalize()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _off_calendar(year: int | None, month: int, day: int) -> Resolution | None:
    """A conflict for a day and month that look like a date but name no day of the calendar ('31 February 2026',
    '31 April', '2026-02-30'); None when they are a day, or do not look like a date at all (month 13, day 0 or 45)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    # With no year, the longest the month can be: 29 February is a day in a leap year.
    days = calendar.monthrange(year if year is not None else 2000, month)[1]
    if day <= days:
        return None
    month_year = _MONTHS["en"][month - 1].capitalize() + (f" {year}" if year is not None else "")
    return Resolution(
        None, None, relative=False, conflict=f"there is no {day} {month_year} ({month_year} has {days} days)"
    )


def _nearest_year(month: int, day: int, published: date | None) -> date | None:
    """A day and month with no year: the year that puts it nearest the publication date."""
    if published is None:
        return None
    options = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - published).days)) if options else None


def _explicit(text: str, published: date | None, day_first: bool = False, before: str = "") -> Resolution | None:
    """A date written out: ISO, day-month(-year), month-day(-year), or all in digits (with dots always day first;
    with slashes day first when `day_first`, else a date that reads two ways is a conflict)."""
    lowered = text.lower()
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)", lowered):
        found = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return Resolution(found, found, relative=False) if found else _off_calendar(int(m[1]), int(m[2]), int(m[3]))
    # ("2024.12.27", "2024/12/27": year first, as Korean, Chinese and Japanese pages write it)
    if m := re.search(r"\b(\d{4})([./])(\d{1,2})\2(\d{1,2})\b", lowered):
        found = _safe_date(int(m[1]), int(m[3]), int(m[4]))
        return Resolution(found, found, relative=False) if found else _off_calendar(int(m[1]), int(m[3]), int(m[4]))
    if (m := datewords.CJK_DATE.search(lowered)) and m[2]:
        given, on = (int(m[1]) if m[1] else None), (int(m[2]), int(m[3]))
        # (a year named by a word before it: "올해 1월 5일", "去年12月3日")
        if (
            given is None
            and published is not None
            and (shift := datewords.year_shift(before + lowered[: m.start()])) is not None
        ):
            given = published.year + shift
        if off := _off_calendar(given, *on):
            return off
        found = _safe_date(given, *on) if given is not None else _nearest_year(*on, published)
        return Resolution(found, found, relative=given is None) if found else None
    if m := re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", lowered):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        day_month = _safe_date(year, second, first)
        month_first = _safe_date(year, first, second)
        if day_month and (day_first or m[0][len(m[1])] == "."):
            month_first = None
        if day_month is None and month_first is None:
            # '31/02/2026' and '02/31/2026' name no day either way.
            return _off_calendar(year, second, first) or _off_calendar(year, first, second)
        if day_month and month_first and day_month != month_first:
            return Resolution(
                None,
                None,
                relative=False,
                conflict=f"{m[0]!r} reads as {day_month.isoformat()} or {month_first.isoformat()}",
            )
        found = day_month or month_first
        return Resolution(found, found, relative=False) if found else None
    word = r"([^\W\d_]{3,}\.?)"
    for pattern, day_group, month_group in (
        (rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?(?:\s+de)?\s+{word}(?:\s+de)?(?:,?\s+(\d{{4}}))?", 1, 2),
        (rf"\b{word}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", 2, 1),
    ):
        for m in re.finditer(pattern, lowered):
            month = datewords.month_number(m[month_group])
            if month is None:
                continue
            day = int(m[day_group])
            written = int(m[3]) if m[3] else None
            if off := _off_calendar(written, month, day):
                return off
            found = _safe_date(written, month, day) if written is not None else _nearest_year(month, day, published)
            if found is None:
                if written is not None:
                    return None
                # No year and no publication date, or only a 29 February with no leap year beside it: nothing to fix
                # the day to.
                continue
            return Resolution(found, found, relative=not m[3])
    return None


def _weekday(target: int, published: date, qualifier: str | None, future: bool) -> Resolution:
    """A weekday, counted from the publication date: 'last' and 'next' strictly before and after it."""
    gap_back = (published.weekday() - target) % 7
    gap_forward = (target - published.weekday()) % 7
    if qualifier in ("last", "past"):
        day = published - timedelta(days=gap_back or 7)
    elif qualifier == "next":
        day = published + timedelta(days=gap_forward or 7)
    elif qualifier in ("last week", "next week"):
        day = published + timedelta(days=target - published.weekday(), weeks=-1 if qualifier == "last week" else 1)
    elif qualifier == "this":
        day = published + timedelta(days=target - published.weekday())
    elif gap_back == 0 and not future:
        # A past event on the publication's own weekday is that day: news names today's day ("said on Friday" in
        # Friday's paper), and a week before as "last Friday" or by its date.
        day = published
    elif gap_back == 0:
        return Resolution(
            None,
            None,
            relative=True,
            conflict=f"the article was published on a {_name(target)}: '{_name(target)}' may be that day or "
            "a week later",
        )
    else:
        day = published + timedelta(days=gap_forward) if future else published - timedelta(days=gap_back)
    return Resolution(day, day, relative=True)


def _span(lowered: str, published: date, weekday: int | None = None) -> Resolution | None:
    """Weeks, months and years before or after the publication date, and 'N days ago' (in another language than
    English, only where no weekday is named: "上周五" is a day of last week)."""
    number = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"
    if m := re.search(rf"\b{number}\s+(day|week)s?\s+ago\b", lowered):
        count = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        if m[2] == "day":
            day = published - timedelta(days=count)
            return Resolution(day, day, relative=True)
        monday = published - timedelta(days=published.weekday(), weeks=count)
        return Resolution(monday, monday + timedelta(days=6), relative=True)
    if m := re.search(r"\b(last|this|next|earlier this|later this)\s+(week|month|year)\b", lowered):
        which, unit = m[1], m[2]
    elif weekday is None and (spanned := datewords.span_of(lowered)):
        which, unit = spanned
    else:
        return None
    shift = {"last": -1, "next": 1}.get(which, 0)
    if unit == "week":
        start = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        end = start + timedelta(days=6)
    elif unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        start = date(month_index // 12, month_index % 12 + 1, 1)
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    else:
        start, end = date(published.year + shift, 1, 1), date(published.year + shift, 12, 31)
    if which == "earlier this":
        end = min(end, published)
    elif which == "later this":
        start = max(start, published)
    return Resolution(start, end, relative=True)


def resolve(text: str, published: date | None, context: str = "", day_first: bool = False) -> Resolution | None:
    """Read the date expression `text` (as the article writes it) as ISO dates.

    `published` anchors relative expressions; `context` (the sentence around
    the expression) tells a coming weekday ('will meet on Thursday') from a past
    one. Returns None when `text` holds no date that can be fixed, and a
    Resolution with a `conflict` and no date when it reads two ways.
    """
    lowered = text.lower().strip().translate(datewords.DIGITS)
    # (the sentence before the time and after it: "다음 달 1일부터", "올해 1월 5일", "announced on Monday that it will")
    around = context.lower().translate(datewords.DIGITS)
    at = around.find(lowered) if context else -1
    before, after = (around[:at], around[at + len(lowered) :]) if at >= 0 else (around, "")
    explicit = _explicit(lowered, published, day_first, before)
    weekday = datewords.weekday_in(lowered)
    if explicit is not None and explicit.start is not None and weekday not in (None, explicit.start.weekday()):
        return Resolution(
            None,
            None,
            relative=explicit.relative,
            conflict=f"the article says {_name(weekday)}, but {explicit.start.isoformat()} is a "
            f"{_name(explicit.start.weekday())}",
        )
    if explicit is not None:
        return explicit
    if published is None:
        return None
    try:
        return _relative(lowered, published, weekday, before, after)
    except (OverflowError, ValueError):
        # A publication date near the calendar's ends (0001-01-01, 9999-12-31) puts 'yesterday' or 'next year'
        # outside it: such a date is not resolved.
        return None


def _relative(lowered: str, published: date, weekday: int | None, before: str, after: str) -> Resolution | None:
    """Day words, spans and weekdays, counted from the publication date."""
    if (days := datewords.days_from_publication(lowered)) is not None:
        day = published + timedelta(days=days)
        return Resolution(day, day, relative=True)
    future = bool(datewords.FUTURE.search(before + " " + lowered) or datewords.FUTURE_AFTER.match(after))
    # (a day of the month with the month named before it, in the time or the sentence: "다음 달 1일", "来月3日")
    if (m := datewords.CJK_DATE.search(lowered)) and not m[2]:
        if shift := datewords.month_shift(before + lowered[: m.start()]):
            index = published.year * 12 + published.month - 1 + shift
            found = _safe_date(index // 12, index % 12 + 1, int(m[3]))
            return Resolution(found, found, relative=True) if found else None
        return _day_of_month(int(m[3]), published, future)
    if (span := _span(lowered, published, weekday)) is not None:
        return span
    if weekday is not None:
        m = re.search(r"\b(last|past|next|this)\s+[^\W\d_]+", lowered)
        qualifier = m[1] if m else datewords.last_or_next(lowered) or datewords.last_or_next_beside(before, after)
        return _weekday(weekday, published, qualifier, future)
    return None


def _day_of_month(day: int, published: date, future: bool) -> Resolution | None:
    """A day of the month alone ("26日夜", "27일"): the latest such day on or before the publication date, or the
    first on or after it when the sentence speaks of the future."""
    months = [(published.year * 12 + published.month - 1 + shift) for shift in ((0, 1) if future else (0, -1))]
    for index in months:
        found = _safe_date(index // 12, index % 12 + 1, day)
        if found is not None and (found >= published if future else found <= published):
            return Resolution(found, found, relative=True)
    return None


def _sentence_around(article: str, start: int, end: int) -> str:
    left = max(article.rfind(mark, 0, start) for mark in ".!?\n")
    rights = [i for mark in ".!?\n" if (i := article.find(mark, end)) >= 0]
    return article[left + 1 : min(rights) if rights else len(article)]


def resolve_event(event: GroundedEvent, article: str, published: date | None) -> tuple[GroundedEvent, list[str]]:
    """The event with its located time read as ISO dates (`when_resolved`, and `when_iso` for one day), and the
    conflicts to flag: a time that reads two ways, or a model's date that disagrees with the article's words.

    A time that names no day, or a relative one with no publication date, leaves the event as it was.
    """
    if not event.when or event.when_span is None:
        return event, []
    context = _sentence_around(article, event.when_span.start, event.when_span.end)
    found = resolve(event.when, published, context)
    if found is None:
        return event, []
    if found.conflict is not None or found.start is None or found.end is None:
        return event.model_copy(update={"when_iso": None, "when_resolved": None}), [
            f"the time {event.when!r} is not resolved: {found.conflict}"
        ]
    resolved = ResolvedDate(
        text=event.when, start=found.start.isoformat(), end=found.end.isoformat(), anchored=found.relative
    )
    one_day = found.start == found.end
    conflicts = []
    given = event.when_iso
    if given and not (resolved.start <= given <= resolved.end):
        anchor = f" against the publication date {published.isoformat()}" if found.relative and published else ""
        conflicts.append(
            f"the model's date {given} disagrees with {event.when!r}, read{anchor} as "
            f"{resolved.start if one_day else resolved.start + ' to ' + resolved.end}"
        )
    when_iso = resolved.start if one_day else (given if given and not conflicts else None)
    return event.model_copy(update={"when_iso": when_iso, "when_resolved": resolved}), conflicts


# A line that gives when the page was updated, not when it was published; and an update's date later in a line
# that first gives the publication's ("Published: 27 December 2024 (last updated 2024-12-28)").
_UPDATE_WORDS = (
    r"(?:last )?(?:updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|обновлено|оновлено)"
    r"|수정|업데이트|更新|آخر تحديث"
)
_UPDATED = factored(r"\W*" + _UPDATE_WORDS, re.IGNORECASE)
_UPDATED_LATER = factored(_UPDATE_WORDS, re.IGNORECASE)
# A label in a language that writes its dates day first: "Publié le 12/11/2024", "Pubblicato: 09/04/2025".
_DAY_FIRST_LABEL = factored(
    r"\W*(?:Veröffentlicht|Publié|Publicado|Publicada|Pubblicato|Опубликовано|Опубліковано|Дата|Datum|Fecha|Data"
    r"|نُشر|نشر|تاريخ النشر|تم النشر)",
    re.IGNORECASE,
)
_YEAR = factored(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# How far the page's own lines may stand before the story: the headline, a byline, the date, a kicker (lines with
# text; a page pasted with a blank line between each is read as far).
_OPENING_LINES = 6
_LONGEST_LINE = 200


def published_in(text: str) -> date | None:
    """The publication date the text's own opening lines give, as a page prints it: a scraper's tag before the
    headline ("date 2024-12-27 …"), a labelled line ("Published: 27 Dec. 2024, 17:32", "입력 2024.12.27 17:32",
    "Опубликовано: 27 декабря 2024"), or a line that is only one date ("2024年12月27日 12:40"); never an update's
    date, a date that reads two ways, or one with no year."""
    if (tag := SCRAPER_DATE.match(text)) and (day := _safe_date(*map(int, tag[1].split("-")))):
        return day
    at, lines = 0, 0
    while lines < _OPENING_LINES and at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip() if end - at <= _LONGEST_LINE else "-"
        at = end + 1
        if not line:
            continue
        lines += 1
        if _UPDATED.match(line):
            continue
        if (later := _UPDATED_LATER.search(line, 1)) is not None:
            line = line[: later.start()]
        # (one date: "12 March 1940 – 26 December 2024" under an obituary's name is no page's date)
        if not page_line(line, 0, len(line)) or (date_line(line, 0, len(line)) and len(_YEAR.findall(line)) > 1):
            continue
        # (a page that labels its date in a language that writes it day first: "12/11/2024"; an English one, or
        # none, reads "03/04/2025" two ways)
        found = resolve(line, None, day_first=bool(_DAY_FIRST_LABEL.match(line)))
        if found is not None and found.start is not None and found.start == found.end and not found.relative:
            return found.start
    return None
