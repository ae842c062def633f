"""The event: the lead sentence, and the place and time it gives (or, failing that, the headline or the first
sentence that gives one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grounding.numbers import find_figures
from ..patterns import factored
from . import dates
from .leads import news_index
from .places import find_place
from .text import Sentence

Range = tuple[int, int]


@dataclass(frozen=True)
class ReadEvent:
    lead: Range | None
    where: Range | None
    when: Range | None


_WEEKDAY_WORDS = (
    # (the day before yesterday, a weekend, a morning or night of today, before the days they hold)
    "the day before yesterday|vorgestern|avant-hier|anteayer|antes de ayer|позавчера|позавчора|أول أمس|أول من أمس|"
    "(?:over|during|at) the weekend|last weekend|am (?:vergangenen )?Wochenende|le week-end dernier|"
    "el fin de semana(?: pasado)?|на выходных|в выходные|у вихідні|на вихідних|"
    "عطلة نهاية الأسبوع|نهاية الأسبوع|ce matin|ce soir|cet après-midi|cette nuit|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last week|earlier this week|"
    "this week|overnight|this morning|this afternoon|this evening|last night|earlier today|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|anoche|esta mañana|esta tarde|esta madrugada|"
    "понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье|вчера|сегодня|"
    "понеділок|вівторок|середу|середа|четвер|п'ятницю|п’ятницю|суботу|субота|неділю|неділя|учора|вчора|сьогодні|"
    "минулої ночі|минулої доби|"
    "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|أمس|اليوم|"
    "l'altro ieri|ieri|oggi|stamattina|stasera|stanotte|"
    "anteontem|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|ontem|hoje"
)
_WEEKDAYS_AR = "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"
_NIGHT_TO = (
    r"Nacht\s+(?:zum|zu|auf)\s+(?:den\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"|ночь\s+на\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\d{1,2}\s+\w+)"
    r"|ніч\s+на\s+(?:понеділок|вівторок|середу|четвер|п[’']ятницю|суботу|неділю|\d{1,2}\s+\w+)"
)
_WHEN = factored(
    # "مساء أمس السبت", "اليوم الجمعة", "Nacht zum Mittwoch", "ночь на среду": the day with its part.
    rf"(?:(?:فجر|صباح|مساء|ظهر|ليل|ليلة)\s+)?(?:اليوم|أمس)\s+(?:{_WEEKDAYS_AR})|{_NIGHT_TO}"
    # (an Italian day's name made an attribute is none, "la newsletter del venerdì", nor one that recurs, "ogni
    # sabato", "la domenica")
    r"|(?<![\w'’])(?<!\bdel\s)(?<!\bogni\s)(?<!\bil\s)(?<!\bla\s)(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica)"
    r"(?:\s+(?:sera|mattina|pomeriggio|notte))?(?![\w'’])"
    # (nor a day that recurs: "every Friday", "cada sábado", "chaque lundi", "jeden Montag")
    r"|(?<![\w'’])(?<!\bevery\s)(?<!\beach\s)(?<!\bcada\s)(?<!\bchaque\s)(?<!\bjeden\s)(?<!\bjeder\s)"
    rf"(?:{_WEEKDAY_WORDS})(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?(?:\s+(?:night|morning|evening|afternoon|abend|morgen|nacht|soir|matin|"
    rf"noche|mañana|tarde|вечером|утром|ночью|ввечері|вранці|уночі|sera|mattina|pomeriggio|notte|"
    rf"(?:à|de) (?:manhã|tarde|noite)))?(?![\w'’])"
    r"|[월화수목금토일]요일(?:\s?(?:새벽|오전|오후|밤|저녁))?|(?:어제|오늘(?!날)|그저께|그제(?!서야))(?:\([0-9]{1,2}일\))?(?:\s?(?:새벽|오전|오후|밤|저녁))?"
    r"|지난주"
    # The week before, and a night across two days ("dans la nuit de lundi à mardi", "la noche del lunes al martes").
    r"|(?:минулого|цього) тижня|на (?:минулому|цьому) тижні|на (?:прошлой|этой) неделе|(?:letzte|vergangene) Woche|"
    r"la semaine dernière|la semana pasada|الأسبوع الماضي|上周(?![一二三四五六日天末])|先週(?:[月火水木金土日]曜日?)?"
    r"|(?:la )?nuit (?:de|du) \w+ (?:à|au) \w+|(?:la )?noche del \w+ al \w+"
    # (not "每周一次", once a week, nor "一周五天", five days a week)
    r"|[上本下]?(?<![每一二三四五六七八九十两几])(?:周|星期)[一二三四五六日天](?![次天])(?:凌晨|上午|下午|晚间|晚上)?|昨天|今天|昨日|今日|当天|昨晚|昨夜|今晨|前天"
    r"|밤사이|지난밤|지난 주말"
    r"|一昨日|おととい|今朝|今夜|今晩|昨夜|昨晩|先週末|上周末"
    r"|[月火水木金土日]曜(?:日)?(?:未明|朝|夜|午後|午前)?",
    re.I,
)


# "LISBRIDGE, Dec 1 (Reuters) -", "VALDEMORAL (Toledo), 2 dic (EFE).-", or a town's name and its agency's:
# "Altenwald (lnd) –".
_DATELINE = factored(
    r"([A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'-]{2,}(?:\s[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'-]{2,})?)(?:\s*\([^()\n]{2,30}\))?\s*[,—–-]"
    r"|([A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+(?:\s(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+|de|del|la|las|los|sur|am|an))*)\s*\([^()\n]{2,20}\)"
    r"(?:,\s*[^()\n]{1,20}\([^()\n]{2,30}\))?\.?\s*[—–-]"
)


_D = "[0-9０-９]"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    "jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|"
    "juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    "ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # noqa: SIM905
# The hurt taken to hospital: "were taken to", "ins Krankenhaus gebracht", "hospitalisés", "trasladados al",
# "доставлены в больницу", "госпіталізовано до", "نقلوا إلى مستشفى", "送往医院", "病院に搬送", "병원으로 이송".
_TAKEN_TO = factored(
    r"(?i:(?:taken|rushed|flown|airlifted|transferred|admitted)\s+to|hospitali[sz]ed|Krankenhaus|Klinik|"
    r"eingeliefert|hospitalisée?s?|transportée?s?|trasladad[ao]s?|hospitalizad[ao]s?|ingresad[ao]s?|"
    r"доставлен\w*|госпитализ\w*|госпіталізов\w*|лікарн\w*|больниц\w*)|مستشفى|送往|送医|搬送|病院|병원|이송"
)


def _untaken(text: str, s: Sentence, first: Sentence) -> int:
    """Where a sentence's search for the event's place ends: before the hurt are taken to hospital, after the
    first sentence read."""
    if s is first or s.headline or not (taken := _TAKEN_TO.search(text, s.start, s.end)):
        return s.end
    return taken.start()


# A dateline of Korean and Japanese agencies, the place before the agency: "(청운=한빛뉴스)", "【ワシントン=共同】".
_PLACE_IS_AGENCY = factored(r"[(（【]\s?([^\s()（）【】=＝\d]{2,12})\s?[=＝][^()（）【】\n]{2,20}[)）】]")


# A day written out: "30 ноября", "4 June", "June 4", "12月1日", "30日午前8時15分ごろ", "9일 오전".
_DATE = factored(
    rf"(?<![\w.])(?:{_D}{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_NAMES})\b\.?(?:\s+{_D}{{4}})?"
    rf"|(?:{_MONTH_NAMES})\.?\s+{_D}{{1,2}}\b(?:,?\s+{_D}{{4}})?)"
    rf"|(?:{_D}{{2,4}}年)?(?:{_D}{{1,2}}月)?{_D}{{1,2}}日(?:[^\s，。、]{{0,2}}?(?:凌晨|上午|下午|晚间|晚上|傍晚|中午|早上|深夜|午前|午後|未明|朝|夜|晚))?"
    rf"(?:{_D}{{1,2}}時(?:{_D}{{1,2}}分)?(?:ごろ|頃)?)?"
    rf"|(?:{_D}{{1,2}}월\s?)?{_D}{{1,2}}일(?:\s?(?:오전|오후|새벽|밤|저녁|낮))?",
    re.I,
)


# A date in digits ("am 12.03.", "on 3/12", "le 12/03", "14.03.2026"): after a word that introduces a date, or with
# its year.
_NUMERIC_DATE = factored(
    r"(?:(?<![\w.])(?i:am|vom|on|le|du|el|del|от|з|від|بتاريخ|يوم)\s+)?"
    r"(?<![\d.,/:])(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])(?:[./](?:19|20)\d{2})?\.?(?![\d/:%]|[.,]\d)"
)


_WEEKDAY_GAP = factored(r",?\s+(?:(?:the|den|le|el)\s+)?")


_VAGUE = factored(
    r"(?i)overnight|(?:earlier )?this week|last week|letzte Woche|vergangene Woche|(?:over|during|at) the weekend|"
    r"last weekend|am (?:vergangenen )?Wochenende|le week-end dernier|el fin de semana(?: pasado)?|на выходных|"
    r"в выходные|у вихідні|на вихідних|(?:عطلة )?نهاية الأسبوع|지난 주말|先週末|上周末"
)


# A deadline is no time of what happened: "by 31 March", "bis zum 12. Februar", "jusqu'au 15 décembre", "hasta el
# jueves", "до 1 июня", "까지", "まで", "本月15日前". A time marked as still to come ("next Tuesday", "für den 12.
# Februar", "le 15 avril prochain", "15 أكتوبر المقبل", "来月5日", "明年1月1日", "다음 달 12일", "오는 5일") is read
# only where no other time is (a story about a thing to come).
_DEADLINE_BEFORE = factored(
    r"(?<![\w'’])(?i:by|until|till|bis(?:\s+(?:zum|zur|spätestens))?|jusqu'(?:au|à)|jusqu’(?:au|à)|hasta(?:\s+el)?|до|"
    r"не позднее|не пізніше|fino\s+a(?:l|lla)?|entro(?:\s+(?:il|la))?|até(?:\s+(?:ao|à|a))?"
    r"(?:\s+às\s+\d{1,2}h\d{0,2}\s+de)?)\s+(?:(?:the|le|el|den|dem)\s+)?$"
)
_DEADLINE_AFTER = factored(r"까지|まで")
_COMING_BEFORE = factored(
    r"(?:(?<![\w'’])(?i:next|coming|for|für|pour|para|nächsten|kommenden|prochain|prochaine|próximo|próxima|"
    r"следующ\w*|наступн\w*|предстоящ\w*)\s+(?:(?:the|le|el|den|dem)\s+)?"
    r"|来月|来週|来年|下个?月|下周|明年|다음\s?달\s?|다음\s?주\s?|내달\s?|내년\s?|오는\s?)$"
)
_COMING_AFTER = factored(r"\s*(?:المقبل|القادم|المقبلة|القادمة|prochain|prochaine|próximo|próxima|que viene)(?!\w)")


# "no abrirá hasta el 3 de mayo", "will not reopen until 14 March": not before then is when it happens, no deadline.
_NOT_BEFORE = factored(r"(?<![\w'’])(?i:no|not|never|nicht|pas|non|não|не|ні)(?![\w'’])|n[’']t(?!\w)")


def _deadline(text: str, lo: int, m: re.Match[str], lang: str) -> bool:
    if before := _DEADLINE_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
        clause = max(lo, text.rfind(",", lo, before.start()) + 1, before.start() - 60)
        return not _NOT_BEFORE.search(text, clause, before.start())
    return bool(
        _DEADLINE_AFTER.match(text, m.end())
        or (lang == "zh" and text[m.end() : m.end() + 1] == "前" and text[m.end() + 1 : m.end() + 2] != "后")
    )


def _coming(text: str, lo: int, m: re.Match[str]) -> bool:
    return bool(_COMING_BEFORE.search(text, max(lo, m.start() - 30), m.start()) or _COMING_AFTER.match(text, m.end()))


def _time(text: str, lo: int, hi: int, lang: str, coming: bool = False) -> Range | None:
    # "本报临江12月1日电": the date a dispatch was filed is no time of the event.
    found = [
        m
        for m in (*_WHEN.finditer(text, lo, hi), *_DATE.finditer(text, lo, hi))
        if text[m.end() : m.end() + 1] != "电"
        and not _deadline(text, lo, m, lang)
        and (coming or not _coming(text, lo, m))
    ]
    if found:
        # "overnight" or "this week" beside a day ("… overnight, and on Tuesday …") gives way to the day.
        days = [m for m in found if not _VAGUE.fullmatch(m.group(0))]
        m = min(days or found, key=lambda m: m.start())
        start, end = m.start(), m.end()
        # "Thursday, 12 March 2026", "jeudi 12 mars": the weekday and the date beside it are one time, read together
        # (a date that is no day of the calendar is then not read as the weekday alone).
        if (gap := _WEEKDAY_GAP.match(text, end, hi)) and (date := _DATE.match(text, gap.end(), hi)):
            end = date.end()
        # A stop after a month's whole name ends the sentence ("… на 2 грудня."); after a short one, it is the
        # abbreviation's ("Nov. 29").
        if text[end - 1] == "." and re.findall(r"\w+", text[start:end])[-1].casefold() not in _MONTH_SHORT:
            end -= 1
        return start, end
    for m in _NUMERIC_DATE.finditer(text, lo, hi):
        written = m.group(0)
        year = re.search(r"[./]\d{4}", written)
        if written[0].isdigit() and not year:
            continue  # (no word before it and no year: a number, a score or a ratio as likely as a date)
        # (a stop after a year or after "12/03" ends the sentence; "12.03." keeps its own)
        return m.start(), m.end() - (1 if (year or "/" in written) and written.endswith(".") else 0)
    for f in find_figures(text[lo:hi], lang):
        if f.is_date_or_time:
            written = text[lo + f.span_start : lo + f.span_end]
            if dates.resolve(written, None) is not None or re.search(r"[^\d\s:.]", written):
                return lo + f.span_start, lo + f.span_end
    return None


# A line of its own that gives only where and when the report was filed: "TORREALBA, 30 de noviembre",
# "بيت الزين - 1 ديسمبر/كانون الأول". It is no lead.
_FILED_FROM = factored(r"[^\W\d]+(?:[\s'’-][^\W\d]+){0,3}\s*[,–—-]\s*")


def _filing_line(text: str, s: Sentence) -> bool:
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    head = _FILED_FROM.match(line)
    date = _DATE.match(line, head.end()) if head else None
    return date is not None and len(line) - date.end() <= 20


def _label(text: str, s: Sentence) -> bool:
    """A word or two in capitals above the story: "EXCLUSIVE", "ÚLTIMA HORA.", "МОЛНИЯ"."""
    words = text[s.start : s.end]
    return len(words) <= 40 and words.upper() == words and words.lower() != words


# A sentence that opens with a quotation ("«Hoy empieza otra forma de hacer política», escribió …"): a voice, set
# before the event the next sentence reports.
_QUOTE_OPENS = factored(r"\s*[\"“„«‹「『‘]")


def _dateline_only(text: str, s: Sentence) -> bool:
    """ "СТАРОКАМ'ЯНКА, 15 травня /«Поділля-Інфо»/.": a dateline standing as a sentence of its own."""
    line = text[s.start : s.end].rstrip(" .")
    head = _FILED_FROM.match(line)
    date = _DATE.match(line, head.end()) if head else None
    if date is None:  # "TALBRÜCK (nwp)."
        return re.fullmatch(r"[^\W\d]+(?:[\s'’-][^\W\d]+){0,3}\s*\([^()\n]{2,30}\)", line) is not None
    return re.fullmatch(r"\s*(?:[/(][^/()\n]{1,40}[/)])?\s*[.,:]?", line[date.end() :]) is not None


def find_event(text: str, sentences: list[Sentence], lang: str) -> ReadEvent:
    """The lead sentence (the first after the headline, or the one of the next two that reports the headline's news
    where the first does not), and where and when from it, else from the headline, else from the first sentence
    that names them; a lead that opens with a quotation is read last."""
    body = [
        s
        for s in sentences
        if not s.headline and not _filing_line(text, s) and not _label(text, s) and not _dateline_only(text, s)
    ]
    heads = [s for s in sentences if s.headline]
    if not body:
        return ReadEvent(None, None, None)
    lead = body[0]
    order = [lead, *heads, *body[1:4]]
    if len(body) > 1 and _QUOTE_OPENS.match(text, lead.start):
        # (the voice is set before the news: the news is the lead, the next sentence or, where that one only names
        # the voice ("村支书刘建国说。"), the one after it that reports the headline's news)
        lead, voice = body[1 + news_index(text, heads, body[1:], lang)], lead
        order = [lead, *heads, *[s for s in body[1:4] if s is not lead], voice]
    elif (news := news_index(text, heads, body, lang)) and _time(text, lead.start, lead.end, lang) is None:
        # (a byline or background before the news: the news is the lead, the sentences before it are read last)
        lead = body[news]
        order = [lead, *heads, *body[news + 1 : news + 3], *body[:news]]
    # (after the first sentence read, one that takes the hurt to hospital names where they were taken from there on)
    where = next((p for s in order if (p := find_place(text, s.start, _untaken(text, s, order[0]), lang))), None)
    # "总部位于南屿市的星驰汽车12月2日宣布": where the announcing company sits, when the lead names it and no
    # other place.
    where = where or find_place(text, lead.start, lead.end, lang, seats=True)
    # "LISBRIDGE, Dec 1 (Reuters) -": a dateline names where the report comes from when the lead names no place.
    dateline = _DATELINE.match(text, text.rfind("\n", 0, lead.start) + 1)
    if dateline and find_place(text, lead.start, lead.end, lang) is None:
        group = 1 if dateline.group(1) else 2
        where = dateline.start(group), dateline.end(group)
    elif (
        agency := _PLACE_IS_AGENCY.search(text, max(heads[-1].end if heads else 0, lead.start - 200), lead.end)
    ) and not find_place(text, lead.start, lead.end, lang):
        where = agency.start(1), agency.end(1)
    # (the date a dateline gives is the day the report was filed: a time of the story's own comes first)
    spans = [(s.start, s.end) for s in order]
    if dateline and lead.start <= dateline.end() < lead.end and order[0] is lead:
        spans = [(_after_dateline(text, dateline.end()), lead.end), *spans[1:], (lead.start, lead.end)]
    when = next((t for lo, hi in spans if (t := _time(text, lo, hi, lang))), None) or next(
        (t for lo, hi in spans if (t := _time(text, lo, hi, lang, coming=True))), None
    )
    return ReadEvent((lead.start, lead.end), where, when)


_AGENCY_DASH = factored(r"\s*(?:\([^()\n]{2,30}\))?\s*\.?\s*[—–-]+")


def _after_dateline(text: str, at: int) -> int:
    """Where the story starts after a dateline's place: past its date and agency ("KESTON VALE, Oct 14 (Northline
    News) –")."""
    while at < len(text) and text[at] in " ,":
        at += 1
    if date := _DATE.match(text, at):
        at = date.end()
    tail = _AGENCY_DASH.match(text, at)
    return tail.end() if tail else at
