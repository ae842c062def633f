"""More numbers that count nothing (session 64, from the first measure of eval/heldout5): a telephone number written
in digit groups, the first day of a span of dates, a Russian or Ukrainian ordinal ending, an age after a name, and
a place numbered after its noun.

- **A telephone in groups**: a run of digit groups joined by single spaces or dashes that opens with 0 or after "+"
  and holds seven digits or more is one number to dial, whatever piece of it the scanner read ("Гаряча лінія: 0 800
  30 12 12", "（0267-42-1100）", "拨打0575-8612 3300"); so is a number after a verb of dialling ("拨打12333",
  "국번 없이 110으로"). A thousands separator does not open with 0 ("1 912 contributions").
- **A span of dates**: a day before "to" and another day and a month is the first day of the span, not a count ("du 3
  au 28 juin", "с 12 по 20 апреля", "del 3 al 28 de junio").
- **An ordinal ending** in Russian and Ukrainian cases the readers of `notfigures` did not list: "в 9-м туре",
  "2-м с нового стартового стола", "в 90-х".
- **An age after a name and a comma**, with "de" or without, in years of any case: "Kiprono, de 27 años,", "Виктор
  Ларин, 61 год,", "Ірина Савчук, 34 роки,".
- **A numbered place or bib**: "dorsal 105", "la salle 12", "plot 17", "en el kilómetro 35".
- **A German ordinal** after an article and before a noun (round sixty-five): "erst der 3. Schneeleoparden-Nachwuchs".
"""

from __future__ import annotations

import re

from ..grounding.number_context import MONTH_AFTER
from ..patterns import factored

_GROUP_JOINT = " -\u00a0"
_PHONE_DIGITS = 7
_LONGEST_PHONE = 24
_GROUPS = factored(r"[0-9]+")
# (not before a classifier of people or times: "致电3000名客户" phones three thousand customers)
_DIAL_BEFORE = factored(r"(?:拨打|致电|撥打|전화\s?|국번\s?없이\s?)$")
_COUNTED_AFTER_DIAL = factored(r"[名位次个家人]")
_SPAN_TO = factored(r"\.?\s*(?:au|à|al|a|to|till|until|bis|zum|по|до|-|–|—)\s*[0-9]{1,2}\.?")
# ("-х" and "-ю" end cardinals as often: "в течение 2-х лет", "с 10-ю обвиняемыми")
_ORDINAL_ENDING = factored(r"-(?:м|ом|ой|ым|им|ій|ою|ому)(?![^\W\d_])")
_DE_ORDINAL_AFTER = factored(r"\.\s[A-ZÄÖÜ][a-zäöüß]")
_DE_ORDINAL_BEFORE = factored(
    r"(?<![\w-])(?:der|die|das|dem|den|des|zum|zur|am|im|vom|beim|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen)\s$",
    re.I,
)
# A person's name before the age: a first name and a surname, or one name ("Kiprono, de 27 años,", "explica Pilar, de
# 81 años"); not a firm after "with" ("El contrato con Repsol, de 10 años,": a contract's length).
_FULL_NAME_AGE = factored(r"(?<![\w'’-])[A-ZÀ-ÞА-ЯІЇЄ][\w'’-]+\s+[A-ZÀ-ÞА-ЯІЇЄ][\w'’-]+,\s?(?:de\s|di\s)?$")
_ONE_NAME_AGE = factored(r"(?<![\w'’-])[A-ZÀ-ÞА-ЯІЇЄ][\w'’-]+,\s?(?:de\s|di\s)?$")
# What makes one name a firm's or a list's: a preposition before it ("con Repsol", "avec Carrefour") or a colon
# ("Penas: Silva, 12 anos").
_NOT_A_PERSON_BEFORE = factored(
    r"(?:(?<![\w'’])(?:con|with|avec|com|mit|by|par|por|para|pour|for|sobre|contra|against|с|со|з|от|від)\s+"
    r"(?:(?:la|el|le|la|a|o|the|der|die|das)\s+)?|:\s*)$",
    re.IGNORECASE,
)
# (English "years" is as often a term as an age: "Kohl, 16 years, and Merkel, 16 years")
_YEARS_CLOSED = factored(r"\s(?:ans|años|anos|anni|Jahre|лет|год|года|роки|рік|років)[,.)]")
_PLACE_BEFORE = factored(
    r"(?<![^\W\d_])(?:dorsal|salle|sala|plot|parcel|parcela|lot|stand|booth|kilómetro|kilomètre|chilometro|"
    r"quilômetro|километре|кілометрі)\s$",
    re.IGNORECASE,
)
# What follows a numbered place: a mark, a preposition or a conjunction, never what a count counts ("in the parking
# lot 200 cars", "dans la salle 500 personnes", "cada parcela 12 olivos" are counts).
_PLACE_AFTER = factored(
    r"\s*(?:[,.;:)!?]|$|(?:of|de|du|des|del|della|do|da|in|en|on|at|au|durante|during|para|por|per|pour|for|with|con"
    r"|avec|com|mit|where|où|donde|and|et|y|e|und"
    r"|и|і)(?![^\W\d_]))",
    re.IGNORECASE,
)


def counts_nothing(text: str, start: int, end: int, floor: int, number: float, unit: str | None) -> bool:
    """Whether the number `text[start:end]` (its value `number`, its unit; its sentence starting at `floor`) is one of
    the module's numbers that count nothing."""
    if unit is not None:
        return False
    if _phone_run(text, start, end) or (
        _DIAL_BEFORE.search(text, max(floor, start - 8), start) and not _COUNTED_AFTER_DIAL.match(text, end)
    ):
        return True
    written = text[start:end]
    bare = written.isdigit() and len(written) <= 4
    if bare and number <= 31 and _first_day(text, end):
        return True
    if bare and _ORDINAL_ENDING.match(text, end):
        return True
    # (a German ordinal after an article, before a noun: "erst der 3. Schneeleoparden-Nachwuchs", "beim 5. Versuch")
    if bare and _DE_ORDINAL_AFTER.match(text, end) and _DE_ORDINAL_BEFORE.search(text, max(floor, start - 8), start):
        return True
    if bare and number < 120 and _YEARS_CLOSED.match(text, end) and _named_before(text, floor, start):
        return True
    return (
        bare and bool(_PLACE_BEFORE.search(text, max(floor, start - 16), start)) and bool(_PLACE_AFTER.match(text, end))
    )


def _named_before(text: str, floor: int, start: int) -> bool:
    """Whether a person's name and a comma stand right before `start` (see `_FULL_NAME_AGE`)."""
    if _FULL_NAME_AGE.search(text, max(floor, start - 60), start):
        return True
    one = _ONE_NAME_AGE.search(text, max(floor, start - 40), start)
    return one is not None and not _NOT_A_PERSON_BEFORE.search(text, max(floor, one.start() - 16), one.start())


def _first_day(text: str, end: int) -> bool:
    """Whether a day number ending at `end` opens a span of dates: another day and a month after it, the month a
    word of its own ("20 to 30 may have died", "5 bis 10 Mai-Kundgebungen" name none)."""
    span = _SPAN_TO.match(text, end)
    month = MONTH_AFTER.match(text[span.end() :].lower()) if span else None
    if not span or not month:
        return False
    after = span.end() + month.end()
    said = text[span.end() : after].strip(" .").lower()
    return text[after : after + 1] != "-" and not (
        said in ("may", "march") and text[span.end() : after].strip(" .").islower()
    )


def _phone_run(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is part of a run of digit groups that is a telephone number (see the module). The
    run is followed at most `_LONGEST_PHONE` characters each way: a longer one is no number to dial, and a text of
    thousands of numbers in a row ("5 5 5 …") is read in linear time. A run whose groups after the first are all of
    three digits is a number with thousands ("+1 250 000"), and one with a group of a single digit past its first is a
    score ("0-6 6-4 7-6")."""
    lo, hi = start, end
    floor, ceiling = max(0, start - _LONGEST_PHONE), min(len(text), end + _LONGEST_PHONE)
    while lo > floor and (
        text[lo - 1].isdigit() or (text[lo - 1] in _GROUP_JOINT and lo > 1 and text[lo - 2].isdigit())
    ):
        lo -= 1
    while hi < ceiling and (
        text[hi].isdigit() or (text[hi] in _GROUP_JOINT and hi + 1 < len(text) and text[hi + 1].isdigit())
    ):
        hi += 1
    if (lo == floor and _goes_on(text, lo - 1)) or (hi == ceiling and _goes_on(text, hi)):
        return False  # (a run longer than a telephone's)
    run = text[lo:hi]
    groups = _GROUPS.findall(run)[1:]
    thousands = all(len(g) == 3 for g in groups) and not run.startswith("0")
    if not groups or thousands or any(len(g) == 1 for g in groups):
        return False
    opens = run.startswith("0") or text[lo - 1 : lo] == "+"
    return opens and sum(ch.isdigit() for ch in run) >= _PHONE_DIGITS


def _goes_on(text: str, at: int) -> bool:
    """Whether the character at `at` continues a run of digit groups."""
    return 0 <= at < len(text) and (text[at].isdigit() or text[at] in _GROUP_JOINT)
