"""The event: the lead sentence, and the place and time it gives (or, failing that, the headline or the first
sentence that gives one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grounding.numbers import find_figures
from . import dates
from .text import Sentence

Range = tuple[int, int]


@dataclass(frozen=True)
class ReadEvent:
    lead: Range | None
    where: Range | None
    when: Range | None


_CAP = r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’\-]+(?:\s+(?:(?:of|de|del|la|am|an|der|on|upon|sur)\s+)?[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’\-]+){0,3}"
_PLACE = {
    "en": rf"\b(?:in|at|near|outside|off)\s+(?:(?:its|the|their|a)\s+)?"
    rf"(?:(?:village|town|city|port|region|province|island|county|district|coast|state)\s+of\s+)?({_CAP})"
    rf"|\b(?:village|town|city|port|region|province)\s+of\s+({_CAP})",
    "de": rf"\b(?:in|im|bei|nahe|vor)\s+(?:der\s+Stadt\s+|dem\s+Ort\s+)?({_CAP})",
    "fr": rf"(?<!\w)(?:à|au|en|près de|dans la ville de|dans la commune de)\s+({_CAP})",
    "es": rf"\b(?:en|cerca de)\s+(?:la\s+(?:ciudad|localidad|provincia)\s+de\s+)?({_CAP})",
    "ru": rf"(?<!\w)(?:в|во|под|около|на)\s+({_CAP})",
    "uk": rf"(?<!\w)(?:в|у|біля|під|на)\s+({_CAP})",
    "ko": r"((?:\S+(?:도|시|군|구)\s)?\S+?(?:특별시|광역시|도|시|군|구|읍|면|리|동|항|섬))(?:에서|의|에)",
    "zh": r"(?:位于|在|于|到)?([^\s，。、；：“”《》（）()位在于]{1,6}?(?:省|市|县|区|镇|乡|村|州|港|岛))(?=[^\s，。]|，)",  # noqa: E501
    "ja": r"([^\s、。「」]{1,8}?(?:県|市|町|村|区|港|島|府|道))(?:で|の|に|内)",
    "ar": r"(?:في|بمدينة|مدينة|قرب|بلدة|محافظة)\s+((?:ال)?[\u0621-\u064a]{3,}(?:\s+(?:ال)[\u0621-\u064a]{3,})?)",
}
_WEEKDAY_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last week|this week|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|"
    "понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье|вчера|сегодня|"
    "понеділок|вівторок|середу|середа|четвер|п'ятницю|п’ятницю|суботу|субота|неділю|неділя|учора|вчора|сьогодні|"
    "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|أمس|اليوم"
)
_WHEN = re.compile(
    rf"(?<![\w'’])(?:{_WEEKDAY_WORDS})(?:\s+(?:night|morning|evening|afternoon|abend|morgen|nacht|soir|matin|"
    rf"noche|mañana|tarde|вечером|утром|ночью|ввечері|вранці|уночі))?(?![\w'’])"
    r"|[월화수목금토일]요일(?:\s?(?:새벽|오전|오후|밤|저녁))?|어제|오늘|지난주"
    r"|(?:周|星期)[一二三四五六日天](?:凌晨|上午|下午|晚间|晚上)?|昨天|今天|昨日|今日|当天"
    r"|[月火水木金土日]曜(?:日)?(?:未明|朝|夜|午後|午前)?",
    re.I,
)


_DATELINE = re.compile(r"([A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'-]{2,}(?:\s[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'-]{2,})?)\s*[,—–-]")


def _place(text: str, lo: int, hi: int, lang: str) -> Range | None:
    pattern = _PLACE.get(lang)
    if pattern is None:
        return None
    for m in re.finditer(pattern, text[lo:hi]):
        group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
        start, end = lo + m.start(group), lo + m.end(group)
        word = text[start:end]
        if re.match(rf"^(?:{_WEEKDAY_WORDS})$", word, re.I) or dates_like(word):
            continue
        return start, end
    return None


def dates_like(word: str) -> bool:
    return bool(re.match(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\b", word))  # fmt: skip


_D = "[0-9０-９]"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    "jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|"
    "juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    "ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
# A day written out: "30 ноября", "4 June", "June 4", "12月1日", "30日午前8時15分ごろ", "9일 오전".
_DATE = re.compile(
    rf"(?<![\w.])(?:{_D}{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_NAMES})\b\.?(?:\s+{_D}{{4}})?"
    rf"|(?:{_MONTH_NAMES})\.?\s+{_D}{{1,2}}\b(?:,?\s+{_D}{{4}})?)"
    rf"|(?:{_D}{{2,4}}年)?(?:{_D}{{1,2}}月)?{_D}{{1,2}}日(?:[^\s，。、]{{0,2}}?(?:凌晨|上午|下午|晚间|早上|午前|午後|未明|朝|夜))?"
    rf"(?:{_D}{{1,2}}時(?:{_D}{{1,2}}分)?(?:ごろ|頃)?)?"
    rf"|(?:{_D}{{1,2}}월\s?)?{_D}{{1,2}}일(?:\s?(?:오전|오후|새벽|밤|저녁|낮))?",
    re.I,
)


_WEEKDAY_GAP = re.compile(r",?\s+(?:(?:the|den|le|el)\s+)?")


def _time(text: str, lo: int, hi: int, lang: str) -> Range | None:
    found = [m for m in (_WHEN.search(text, lo, hi), _DATE.search(text, lo, hi)) if m]
    if found:
        m = min(found, key=lambda m: m.start())
        # "Thursday, 12 March 2026", "jeudi 12 mars": the weekday and the date beside it are one time, read together
        # (a date that is no day of the calendar is then not read as the weekday alone).
        if (gap := _WEEKDAY_GAP.match(text, m.end(), hi)) and (date := _DATE.match(text, gap.end(), hi)):
            return m.start(), date.end()
        return m.start(), m.end()
    for f in find_figures(text[lo:hi], lang):
        if f.is_date_or_time:
            written = text[lo + f.span_start : lo + f.span_end]
            if dates.resolve(written, None) is not None or re.search(r"[^\d\s:.]", written):
                return lo + f.span_start, lo + f.span_end
    return None


def find_event(text: str, sentences: list[Sentence], lang: str) -> ReadEvent:
    """The lead sentence (the first after the headline), and where and when from it, else from the headline,
    else from the first sentence that names them."""
    body = [s for s in sentences if not s.headline]
    heads = [s for s in sentences if s.headline]
    if not body:
        return ReadEvent(None, None, None)
    lead = body[0]
    order = [lead, *heads, *body[1:4]]
    where = next((p for s in order if (p := _place(text, s.start, s.end, lang))), None)
    # "LISBRIDGE, Dec 1 (Reuters) -": a dateline names where the report comes from when the lead names no place.
    dateline = _DATELINE.match(text, text.rfind("\n", 0, lead.start) + 1)
    if dateline and _place(text, lead.start, lead.end, lang) is None:
        where = dateline.start(1), dateline.end(1)
    when = next((t for s in order if (t := _time(text, s.start, s.end, lang))), None)
    return ReadEvent((lead.start, lead.end), where, when)
