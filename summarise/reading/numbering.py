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
"""

from __future__ import annotations

import re

from ..grounding.number_context import MONTH_AFTER
from ..patterns import factored

_GROUP_JOINT = " -\u00a0"
_PHONE_DIGITS = 7
_LONGEST_PHONE = 24
_DIAL_BEFORE = factored(r"(?:拨打|致电|撥打|전화\s?|국번\s?없이\s?)$")
_SPAN_TO = factored(r"\.?\s*(?:au|à|al|a|to|till|until|bis|zum|по|до|-|–|—)\s*[0-9]{1,2}\.?")
_ORDINAL_ENDING = factored(r"-(?:м|х|ом|ой|ым|им|ю|ій|ою|ому)(?![^\W\d_])")
_AGE_AFTER_NAME = factored(r"[A-ZÀ-ÞА-ЯІЇЄ][\w'’-]+,\s?(?:de\s|di\s)?$")
_YEARS_CLOSED = factored(r"\s(?:ans|años|anos|anni|Jahre|years|лет|год|года|роки|рік|років)[,.)]")
_PLACE_BEFORE = factored(
    r"(?<![^\W\d_])(?:dorsal|salle|sala|plot|parcel|parcela|lot|stand|booth|kilómetro|kilomètre|chilometro|"
    r"quilômetro|километре|кілометрі)\s$",
    re.IGNORECASE,
)


def counts_nothing(text: str, start: int, end: int, floor: int, number: float, unit: str | None) -> bool:
    """Whether the number `text[start:end]` (its value `number`, its unit; its sentence starting at `floor`) is one of
    the module's numbers that count nothing."""
    if _phone_run(text, start, end) or _DIAL_BEFORE.search(text, max(floor, start - 8), start):
        return True
    if unit is not None:
        return False
    written = text[start:end]
    bare = written.isdigit() and len(written) <= 4
    if bare and number <= 31 and (span := _SPAN_TO.match(text, end)) and MONTH_AFTER.match(text[span.end() :].lower()):
        return True
    if bare and _ORDINAL_ENDING.match(text, end):
        return True
    name = bare and number < 120 and _AGE_AFTER_NAME.search(text, max(floor, start - 40), start)
    if name and _YEARS_CLOSED.match(text, end):
        return True
    return bare and bool(_PLACE_BEFORE.search(text, max(floor, start - 16), start))


def _phone_run(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is part of a run of digit groups that is a telephone number (see the module). The
    run is followed at most `_LONGEST_PHONE` characters each way: a longer one is no number to dial, and a text of
    thousands of numbers in a row ("5 5 5 …") is read in linear time."""
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
    opens = run.startswith("0") or text[lo - 1 : lo] == "+"
    return opens and any(ch in _GROUP_JOINT for ch in run) and sum(ch.isdigit() for ch in run) >= _PHONE_DIGITS


def _goes_on(text: str, at: int) -> bool:
    """Whether the character at `at` continues a run of digit groups."""
    return 0 <= at < len(text) and (text[at].isdigit() or text[at] in _GROUP_JOINT)
