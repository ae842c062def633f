"""Reading figures as news articles write them: '11,000', 'more than 3.000', '4,2 Mrd. €', '1만 1천 명'.

These readers turn a model's figures and the article's into values ('11 000' in French grounds '11,000' in English).
Text is scanned after a one-to-one character mapping (_prepare): every offset is an offset into the caller's text.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from . import compound, number_context, numberwords, numerals
from .normalise import unspaced
from .number_context import (
    APPROX_ATTACHED,
    CJK_DATE,
    CJK_LONE_COUNT,
    COMMA_DECIMAL,
    CONNECTOR,
    CURRENCY_BEFORE,
    CURRENCY_SYMBOLS,
    DATE_HYPHEN,
    DAY_TAIL,
    DECADE,
    DIGIT_RUN,
    HARD_SPACE,
    LONG_SCALE,
    MONTH_AFTER,
    MONTH_BEFORE,
    NUMERIC_DATE,
    ORDINAL,
    QUALIFIER_AFTER_RE,
    QUALIFIER_OF,
    SCALE_AFTER,
    SCALE_ATTACHED,
    SCALE_OF,
    SEASON,
    SPACE_GROUPS,
    TENTHS,
    TIME,
    UNIT_AFTER,
    YEAR_CONTEXT_AFTER,
    YEAR_CONTEXT_BEFORE,
    glued_end,
    negative,
    powered,
    qualifier_before,
)
from .values import render, same_number  # noqa: F401  (re-exported: values compared and written)


@dataclasses.dataclass(frozen=True)
class Figure:
    """A number as an article wrote it.

    value is what it means ('1,5 млн' -> 1500000.0, 'two-thirds' -> 0.666...); qualifier is one of
    'more than', 'less than', 'at least', 'at most', 'about', 'nearly', 'up to' or None; unit is '%',
    '‰', an ISO currency code or None; text[span_start:span_end] is the whole expression, qualifier
    and unit included. For dates and times, is_date_or_time is True and value is the first number.
    """

    value: float
    qualifier: str | None
    unit: str | None
    span_start: int
    span_end: int
    is_date_or_time: bool = False
    first: float | None = None  # (of a figure written in two parts, the first's value: "six years and four months")


_PREPARED = {"−": "-", "－": "-", "％": "%", "﹪": "%", "٪": "%", "＄": "$", "￥": "¥", "￡": "£", "￦": "₩", "’": "'"}


@lru_cache(maxsize=8192)
def _prepare_char(ch: str) -> str:
    if ch < "\x80":
        return " " if ch.isspace() else ch.lower()
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    if ch in "\u00a0\u202f\u2009\u2007\u200a\u2008":
        return HARD_SPACE
    if ch.isspace():
        return " "
    lower = _PREPARED.get(ch, ch.lower())
    return lower if len(lower) == 1 else ch


class _PreparedChars(dict[int, str]):
    """`_prepare_char` as a table for `str.translate`, filled as characters are met: one pass in C over the text."""

    def __missing__(self, code: int) -> str:
        prepared = self[code] = _prepare_char(chr(code))
        return prepared


_PREPARED_CHARS = _PreparedChars()


def _prepare(text: str) -> str:
    """text with digits as ASCII, spaces as ' ' or NBSP and letters lower-cased, one character for one."""
    return text.translate(_PREPARED_CHARS)


def _base_lang(lang: str | None) -> str | None:
    return (lang.strip().lower().replace("_", "-").split("-")[0] or None) if lang else None


def _digits_value(groups: list[str], seps: list[str], lang: str | None) -> float | None:
    """Value of digit groups joined by separators, or None when they do not form one number."""
    if not seps:
        return float(groups[0])
    last = seps[-1]
    if last == "٫":
        decimal = True
    elif last not in ",.":
        decimal = False
    elif len(seps) > 1:
        decimal = seps[0] != last
    elif groups[0] == "0" or len(groups[0]) > 3 or len(groups[1]) != 3:
        decimal = True
    else:  # '11,000' or '11.000': the language decides
        decimal = (last == ",") == (lang in COMMA_DECIMAL)
    if decimal and last == "," and len(seps) == 1 and lang is not None and lang not in COMMA_DECIMAL:
        return None
    whole, group_seps = (groups[:-1], seps[:-1]) if decimal else (groups, seps)
    if group_seps:
        sep = group_seps[0]
        if any(s != sep for s in group_seps) or sep == "٫" or len(whole[0]) > 3 or len(whole[-1]) != 3:
            return None
        if sep == " " and lang not in SPACE_GROUPS:
            return None
        middle = {len(g) for g in whole[1:-1]}
        indian = sep == "," and middle <= {2} and len(whole[0]) <= 2 and len(whole) > 2
        if middle - {3} and not indian:
            return None
    return float("".join(whole) + ("." + groups[-1] if decimal else ""))


def _read_digits(ps: str, pos: int, lang: str | None) -> tuple[float, int] | None:
    """The longest number written in digits at pos, as (value, end)."""
    m = DIGIT_RUN.match(ps, pos)
    if not m:
        return None
    parts = re.split(r"([,.'٬٫\u00a0 ])", m.group())
    for k in range(len(parts) // 2, -1, -1):
        value = _digits_value(parts[0 : 2 * k + 1 : 2], parts[1 : 2 * k : 2], lang)
        if value is not None:
            return value, pos + sum(map(len, parts[: 2 * k + 1]))
    return None


def _is_year(ps: str, start: int, end: int, value: float) -> bool:
    return end - start == 4 and ps[start:end].isdigit() and 1900 <= value <= 2100


def _spaced_letter(ch: str) -> bool:
    return ch.isalpha() and not unspaced(ch)


class _Scanner:
    """One pass over prepared text, remembering where the last figure and the last date ended."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text, self.ps = text, _prepare(text)
        self.lang = _base_lang(lang)
        self.done = 0  # nothing before this offset may become part of a new figure
        self.last_date_end = -1

    def figures(self) -> Iterator[Figure]:  # (with those written in two parts read as one: `compound`)
        yield from compound.merged(self.ps, self.lang, list(self._numbers()), self._widen)

    def _numbers(self) -> Iterator[Figure]:
        pos, start = 0, numberwords.start(self.lang)  # (with the language's number words)
        while (m := start.search(self.ps, pos)) is not None:
            figure, resume = self._read(m.start(), m.group())
            if figure is not None and math.isfinite(figure.value):
                self.done = figure.span_end
                if figure.is_date_or_time:
                    self.last_date_end = figure.span_end
                yield figure
            pos = max(resume, m.start() + 1)

    def _widen(self, start: int, end: int, value: float, first: float | None, floor: int) -> Figure:
        self.done = floor
        return dataclasses.replace(self._quantity(start, end, value, chain=True), first=first)

    def _atom(self, ps: str, pos: int) -> tuple[float, int] | None:
        return _read_digits(ps, pos, self.lang)

    def _date(self, start: int, end: int, value: float) -> tuple[Figure, int]:
        return Figure(value, None, None, start, end, is_date_or_time=True), end

    def _read(self, i: int, token: str) -> tuple[Figure | None, int]:
        ps = self.ps
        if token == "百分之":
            read = numerals.parse_chain(ps, i + 3, self._atom)
            if read is None:
                return None, i + 3
            return self._quantity(i, read[1], read[0], chain=True, percent=True), read[1]
        if token[0] in numerals.CJK_DIGITS or token in ("十", "百", "千"):
            read = numerals.parse_chain(ps, i, self._atom)
            # A lone numeral is part of a word (一些) but counts before a counter (两名); 第: an ordinal; 十分: very.
            lone = read is not None and read[1] - i < 2 and not CJK_LONE_COUNT.match(ps, i)
            if read is None or lone or ps[i - 1 : i] == "第" or number_context.CJK_VERY.match(ps, i):
                return None, i + 1
            value, end, _ = read
            dated = self._dated_after(i, end, value)
            return dated or (self._quantity(i, end, value, chain=True), end)
        if numberwords.is_word(token, self.lang):  # another language's number word: "cinq", "fünf", "пять"
            return numberwords.read_figure(ps, i, token, self.lang, self._quantity, self.text)
        if not token[0].isdigit():
            words = numerals.parse_words(ps, i)
            if words is None:
                return None, i + len(token)
            return self._quantity(i, words[1], words[0], chain=True), words[1]
        return self._read_digits_at(i)

    def _read_digits_at(self, i: int) -> tuple[Figure | None, int]:
        ps = self.ps
        before = ps[i - 1] if i else " "
        hyphenated = (
            before == "-" and i > 1 and _spaced_letter(ps[i - 2]) and not DATE_HYPHEN.search(ps, max(0, i - 8), i)
        )
        if (_spaced_letter(before) and not number_context.proclitic(ps, i)) or before == "第" or hyphenated:
            return None, DIGIT_RUN.match(ps, i).end()  # type: ignore[union-attr]  # 'G7', 'COVID-19'
        if (m := NUMERIC_DATE.match(ps, i)) and self._plausible_date(m):
            return self._date(i, m.end(), float(m.group("y") or m.group("a")))
        if m := TIME.match(ps, i):
            return self._date(i, m.end(), float(re.match("[0-9]+", m.group()).group()))  # type: ignore[union-attr]
        read = _read_digits(ps, i, self.lang)
        if read is None:
            return None, i + 1
        value, end = read
        chain = False
        if (raised := powered(ps, i, end, value)) is not None:
            value, end = raised
        elif (word_end := glued_end(ps, end, _spaced_letter)) is not None:
            return None, word_end
        elif end < len(ps) and ps[end] in numerals.UNIT_CHARS:
            linked = numerals.parse_chain(ps, i, self._atom)
            if linked is not None and linked[2]:
                value, end, chain = linked[0], linked[1], True
        plain_int = not chain and ps[i:end].isdigit()
        if plain_int:
            if (_is_year(ps, i, end, value) or end - i == 2) and (m := DECADE.match(ps, end)):
                return self._date(i, m.end(), value)
            ordinal = ORDINAL.match(ps, end)
            if ordinal and not MONTH_BEFORE.search(ps, max(self.done, i - 20), i):
                return None, ordinal.end()
            dated = self._dated(i, end, value)
            if dated:
                return dated
        elif value.is_integer() and (dated := self._dated_after(i, end, value)):
            return dated
        sign = int(i > 0 and ps[i - 1] == "-" and (i == 1 or not ps[i - 2].isalnum()) and i - 1 >= self.done)
        figure = self._quantity(i - sign, end, -value if sign else value, chain=chain)
        return figure, figure.span_end

    def _plausible_date(self, m: re.Match[str]) -> bool:
        if m.group("y"):
            return 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31
        a, b = int(m.group("a")), int(m.group("b"))
        return 1 <= min(a, b) <= 12 and max(a, b) <= 31

    def _dated_after(self, start: int, end: int, value: float) -> tuple[Figure, int] | None:
        """A CJK or Korean date or time ('12월', '27日', '17时') or a year with its marker ('2024年')."""
        ps = self.ps
        if (m := CJK_DATE.match(ps, end)) and (
            (m.group("month") and 1 <= value <= 12)
            or (m.group("day") and 1 <= value <= 31)
            or (m.group("hour") and 0 <= value <= 24)
            or (m.group("minute") and 0 <= value < 60 and start - 2 <= self.last_date_end >= 0)  # '9시 3분'
        ):
            return self._date(start, m.end(), value)
        if 1900 <= value <= 2100 and (m := YEAR_CONTEXT_AFTER.match(ps, end)):
            return self._date(start, m.end(), value)
        return None

    def _dated(self, start: int, end: int, value: float) -> tuple[Figure, int] | None:
        """Whether a plain integer is part of a date: next to a month name, a year marker or a date word."""
        ps = self.ps
        lo = max(self.done, start - 40)
        if value <= 31 or _is_year(ps, start, end, value):
            if m := MONTH_BEFORE.search(ps, lo, start):
                tail = DAY_TAIL.match(ps, end)
                return self._date(m.start(), tail.end() if tail else end, value)
            if m := MONTH_AFTER.match(ps, end):
                return self._date(start, m.end(), value)
        if dated := self._dated_after(start, end, value):
            return dated
        year = _is_year(ps, start, end, value)
        # '2019 to 2021', 'Dec. 26-27': a number joined to the date just before it belongs to it.
        joined = start - 12 <= self.last_date_end >= 0 and CONNECTOR.match(ps, self.last_date_end, start)
        if (value <= 31 or year) and joined:
            return self._date(start, end, value)
        if year and (YEAR_CONTEXT_BEFORE.search(ps, lo, start) or SEASON.match(ps, end)):
            season = SEASON.match(ps, end)
            return self._date(start, season.end() if season else end, value)
        return None

    def _quantity(self, start: int, end: int, value: float, chain: bool = False, percent: bool = False) -> Figure:
        """Widen a number to its qualifier, currency, scale and unit."""
        ps = self.ps
        lo = max(self.done, start - 40)
        unit = "%" if percent else None
        currency = CURRENCY_BEFORE.search(ps, lo, start)
        if currency:
            start = currency.start()
            sym = currency.group("glyph") or currency.group("code") or "$"
            unit = self._currency_code(sym)
        if not chain:
            scale = SCALE_AFTER.match(ps, end)
            # '10k' always; '£2m', '$3b' and '1.2m' but not '100m' (metres) or '3b' (a flat).
            attached = SCALE_ATTACHED.match(ps, end)
            if scale is None and attached and (attached.lastgroup == "K" or currency or "." in ps[start:end]):
                scale = attached
            if scale:
                key = scale.lastgroup or "K"
                value *= 1e12 if key == "LB" and self.lang in LONG_SCALE else SCALE_OF.get(key, 1e9)
                end = scale.end()
        if unit is None and (tenths := TENTHS.get(self.lang or "")) and tenths.match(ps, end):  # ("約4割": about 40%)
            value, unit, end = value * 10, "%", end + 1
        qualifier = None
        if m := APPROX_ATTACHED.match(ps, end):
            qualifier, end = "more than", m.end()
        if unit is None and (m := UNIT_AFTER.match(ps, end)):
            unit, end = self._unit_code(m.lastgroup or ""), m.end()
        if value > 0 and (signed := negative(ps, lo, start, end)):
            value, (start, end) = -value, signed
        if before := qualifier_before(ps, lo, start, end):
            phrase = before.group("w") or before.group("k") or before.group("c")
            qualifier, start = QUALIFIER_OF.get(" ".join(phrase.split())), before.start()
        elif qualifier is None and (m := QUALIFIER_AFTER_RE.match(ps, end)):
            qualifier, end = QUALIFIER_OF.get(m.group("q")), m.end()
        return Figure(value, qualifier, unit, start, end)

    def _currency_code(self, symbol: str) -> str:
        if symbol == "¥":
            return "CNY" if self.lang == "zh" else "JPY"
        return CURRENCY_SYMBOLS.get(symbol, symbol.upper())

    def _unit_code(self, group: str) -> str:
        return {"PCT": "%", "PERMILLE": "‰", "YEN": self._currency_code("¥")}.get(group, group)


# Grounding reads the same values and windows once per check and again for the model's answer: each text is read once.
@lru_cache(maxsize=4096)
def parse_figure(text: str, lang: str | None = None) -> Figure | None:
    """The first numeric expression in text, or None when it has none. lang (ISO 639-1, optionally with a region)
    decides between '11.000' as eleven thousand (de, es, fr, ...) and as eleven (en and when None), and allows
    plain-space thousands ('11 000') where a language writes them. Dates and times come back flagged
    is_date_or_time=True; a day's name with no number ('on Friday') and vague amounts ('dozens') give None."""
    return next(_Scanner(text, lang).figures(), None)


def find_figures(text: str, lang: str | None = None) -> list[Figure]:
    """Every numeric expression in text, in order and not overlapping, dates and times left out."""
    return list(_found(text, lang))


# Some of the texts are whole articles: a few articles' worth are kept, not a batch's.
@lru_cache(maxsize=256)
def _found(text: str, lang: str | None) -> tuple[Figure, ...]:
    return tuple(f for f in _Scanner(text, lang).figures() if not f.is_date_or_time)
