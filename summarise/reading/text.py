"""Sentences and words with offsets: the grid every other reader works on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import factored
from .datewords import DIGITS, month_number, weekday_in

# A sentence ends at . ! ? followed by a space or the end (so "6.5" and "U.S." do not end one), at the
# full-width and Arabic marks, which need no space, or at a line end.
_SENTENCE = factored(
    r"(?:[^\n.!?。！？؟]|[.!?](?!\s|$))+(?:[.!?]+[\"'”’»)」』]*(?=\s|$)|[。！？؟]+[”」』]*|$)", re.MULTILINE
)
# An abbreviation or an initial does not end a sentence: "Gen. Smith", "J. Doe", "St. Petersburg".
_ABBREVIATION = factored(
    r"(?:\b[A-ZА-ЯІЇЄ]|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|St|Jr|Sr|No|Nr|Co|Inc|Ltd|Corp|vs|etc"
    r"|bzw|ca|Dr|Hr|Fr|Abs|Art|Mme|Mlle|M|Sra|Sr|Dña|г|ул|им|тыс|млн|млрд|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
    r"|Dec|janv|févr|avr|juil|sept|oct|nov|déc|ene|dic))\.$"
)


# Lines that describe the page, not the story: "Published: 27 Dec. 2024", "Published 3 December 2026, 08:14",
# "Aktualisiert am 04.12.2026", "Updated ...", "BY KIM MIN-YOUNG".
METADATA = factored(
    r"(?:(?i:(?:first |last )?(?:published|updated|posted))(?:\s+on)?|Veröffentlicht|Aktualisiert|Publié|Mis à jour|"
    r"Publicado|Publicada|Actualizado|Atualizado|Pubblicato|Aggiornato|Опубликовано|Обновлено|Опубліковано|Оновлено)"
    r"(?:\s*:|\s+(?:am\s+|on\s+|le\s+|el\s+|em\s+|il\s+|in\s+data\s+)?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"\d|\s+(?:on\s+)?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d)"
    r"|(?:Date|Datum|Fecha|Data|Дата(?: публикации| публікації)?|Publication date)\s*:\s*\d"
    r"|(?:By|BY|Von|Par|Por)\s+[A-ZÀ-Þ]{2,}|(?:기사)?입력\s|수정\s|发布时间|发布日期|更新|公開日|配信日|掲載日"
)
# Labels that are also words of a story ("업데이트 이후 앱 먹통", "公開3日で", "نشر 10 آلاف شرطي"), and a byline with
# its date ("本报记者 高雅琪 2026年12月2日"): a page's line only when a date alone follows them.
_DATE_LABEL = factored(
    r"(?:업데이트|등록|配信|公開|掲載|نُشر|نشر|تاريخ النشر|آخر تحديث|تم النشر"
    r"|(?:本报记者|本報記者|记者|記者)\s*[\u4e00-\u9fff]{2,4})(?:\s+(?:في|بتاريخ))?\s*[:：]?\s*"
)


# A scraper's tag before the headline: "date 2024-12-27 North Korean soldier …". The date is the page's (see
# `reading.published`); the headline starts after it, and a tag alone on its line is no sentence.
_SPACES = re.compile(r"\s*")
SCRAPER_DATE = factored(r"(?i:date)\s*:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*$)", re.MULTILINE)


_DATELINE = factored(
    # (서울=한빛통신) 정다은 기자 = ; [서울=연합뉴스] ; 【ソウル=共同】; 【北京共同】
    r"\s*(?:[(\[][^()\[\]\n]{1,30}=[^()\[\]\n]{1,30}[)\]]\s*(?:\S{2,4}\s*기자\s*=\s*)?|【[^【】\n]{1,20}】\s*"
    r"|[（(](?:共同|時事|ロイター|AFP|AP|新華社)[）)]\s*(?:[-—–]\s+)?"
    # 本报临江12月1日电（记者 陈思远）; 路透北京4月12日 -
    r"|(?:本报|新华社|中新社)[^\s，。（(]{0,12}电\s*(?:[（(](?:记者|記者|通讯员)[^）)\n]{1,20}[）)])?\s*"
    r"|(?:路透社?|法新社|美联社|彭博社?|共同社|中新网|央视网)[^\s，。（(-]{0,8}?\d{1,2}月\d{1,2}日(?:电\s*|\s*[-—–]\s+)"
    r"|[（(](?:记者|記者|通讯员)[^）)\n]{1,20}[）)]\s*"  # （记者 王磊）
    # LISBRIDGE, Dec 1 (Reuters) — (spaces counted: a run of them was read every way, its square)
    r"|[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’ -]{2,30},?[ \t]{0,3}(?:[^—–\n]{0,30}?)?[ \t]{0,3}[—–]\s*"
    # MONTFERRAND-LES-BOIS (Loiret), 14 mars (AFP) - ; Robledillo del Cerro (Ávila), 12 ago (EFE).-
    r"|[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+(?:\s(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]+|de|del|la|las|los|sur|am|an))*\s*\([^()\n]{2,20}\)"
    r"(?:,\s*[^()\n]{1,20}\([^()\n]{2,12}\))?\.?\s*[—–-]\s*"
    r"|[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’ -]{2,30},\s*[^.\n]{0,20}\.\s*/[^/\n]{1,15}/\.?\s*)"  # ЗАРЕЧИНСК, 30 ноября. /ТАСС/.  # noqa: E501
)


# A dateline set off by a hyphen, at the start of the story's first line or after a dateline cut off before it
# (elsewhere a hyphen or a dash joins words or sets off an aside: "Der Kanzler – sichtlich verärgert – …",
# "Инфляция — главная угроза", "NATO - the alliance's members - agreed"), before a capital: "LONDON, 12 February
# (Reuters) - ", "FREIBURG - ", "MADRID, 2 feb (EFE).- ", "SPRINGFIELD, Ill. (AP) - ".
_DATELINE_HYPHEN = factored(
    r"\s*(?:(?:[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’ -]{2,30}?(?:,[^\n]{1,45}?)?|\([A-Z][\w&. ]{0,20}\))"
    r"(?:[ \t]+-|\)\.?-|\.-)"
    # (a town written in small letters needs a dash: "München – ", "Potsdam (dpa) – ")
    r"|[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+(?:\s[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+)?[ \t]+[–—])[ \t]+(?=[\"“„«‘]?[A-ZÀ-ÞА-ЯІЇЄҐ\d])"
)
# A dateline that the sentence splitter cut off on its own: "ЗАРЕЧИНСК, 30 ноября.", "/ТАСС/.", "SPRINGFIELD, Ill.".
_DATELINE_ALONE = factored(
    r"[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’ -]{2,30},\s*(?:\d{1,2}\s+\w+\.?|[A-Z][A-Za-z.]{1,5}\.)|/[^/\n]{1,15}/\.?"
)
# An agency's name closing a dateline's sentence: "АНКАРА, 11 июня — РИА Новости.".
_AGENCY_CLOSING = factored(r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w-]{1,20}(?:\s[A-ZÀ-ÞА-ЯІЇЄҐ][\w-]{1,20}){0,2}\.")
# A byline or a photo's credit on a line of its own below the headline: "By Margaret Okafor", "Von Katrin Albers,
# dpa", "di Paolo Montanari", "Por Javier Ruiz | Madrid", "Автор: Иван Петров", "记者 王磊", "김민수 기자", "Photo: Jan
# Berg/AFP".
_BYLINE = factored(
    r"(?:(?i:by|von|par|por|di|door|przez|av|af|от)\s+|(?i:автор|текст|text|texto|texte|testo)\s?:\s*)"
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]*|de|da|del|dos|van|von|der|di|la|le))*"
    r"(?:\s*(?:[,|/–—(]|\s-\s|\s(?:and|und|et|y|e|и|і)\s)[^\n]{0,80}?)?"
    r"|(?:新华社|本报|人民网|央视)?(?:记者|記者)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*"
    r"|[\uac00-\ud7af]{2,4}\s?기자(?:\s+\S+@\S+)?|기자\s[\uac00-\ud7af]{2,4}"
    r"|(?i:photo|foto|фото)\s?:\s*[^\n]{1,60}|(?:写真|照片|사진)\s*[:：=]\s*[^\n]{1,40}|[^\n]{1,80}[=＝]\s?撮影[^\n]{0,20}"
)
# A name alone on its line above the story ("Иван Петров", "Anna Weiss"): two to four capitalised words.
_NAME_ALONE = factored(r"[A-ZÀ-ÞĀ-ŽА-ЯЁ][^\W\d_]+(?:[ -][A-ZÀ-ÞĀ-ŽА-ЯЁ][^\W\d_]+){1,2}")
# What closes a sentence, and the quotation marks and brackets that may follow it.
_CLOSED = factored(r"[.!?。！？؟:：][\"'”’»」』)）\]]*$")
_QUOTES = factored(r"[\"“”„«»「」『』]")
_BYLINE_CHARS = 120
# How far down the page a byline or a dateline set off by a hyphen may stand: in lines (blank ones counted), and below
# how many sentences of the body (a standfirst, a caption).
_TOP_LINES = 12
_TOP_SENTENCES = 3


# An ordinal's stop ("am 4. Mai", "vom 12. bis 14. März", "der 3. Platz") ends no sentence before a month or a
# lowercase word.
_ORDINAL = factored(r"(?<![\d.,])\b\d{1,2}\.$")
_ORDINAL_NEXT = factored(
    r" (?:[a-zäöüß]|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
)
_AGENCY_ALONE = factored(r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w-]{1,20}\.")


# Units and counts written short ("40 тис. мешканців", "5 тыс. кв. м"): they end a sentence only before a capital.
_UNIT_ABBREVIATION = factored(
    r"\b(?:тис|тыс|млн|млрд|грн|руб|коп|кв|км|м|см|мм|кг|ч|мин|сек|ст|п|пп|тт|ca|bzw|Mio|Mrd|Tsd|Std|min|km|kg|approx|"
    r"mln|mld|env|aprox|tys|ok|godz|proc|mill)\.$"
)

# Longer than any abbreviation above with its stop and the word boundary before it.
_ABBREVIATION_TAIL = 16


@dataclass(frozen=True)
class Sentence:
    """One sentence: its offsets into the article, and whether it is the article's headline line."""

    start: int
    end: int
    headline: bool = False


def sentences(text: str) -> list[Sentence]:
    """The article's sentences, in order, trimmed, with offsets; the first line is the headline when it stands
    alone above a blank line and carries no sentence mark of its own."""
    found: list[Sentence] = []
    tag = SCRAPER_DATE.match(text)
    opening = _SPACES.match(text, tag.end()).end() if tag else 0  # type: ignore[union-attr]
    first_break = text.find("\n", opening)
    headline_end = -1
    # The first line is the headline when it is short and carries no sentence mark of its own.
    if 0 < first_break - opening < 200:
        line = text[opening:first_break].rstrip()
        if line and not _CLOSED.search(line):
            headline_end = opening + len(line)
    pending: int | None = None
    after_dateline: int | None = None
    told = False  # (whether a sentence of the story has been told: a name alone above it is its writer's)
    body_before = 0
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < opening:
            start = opening  # (the scraper's tag)
        if start >= end:
            continue
        if pending is not None:
            start = pending
            pending = None
        # Join a sentence cut after an abbreviation to the one after it, on the same line. (An abbreviation is a few
        # letters before the end: looked for there, not along a sentence joined so far, which "Mr. Mr. Mr. ..." makes
        # grow with each join, its cost with the square of its length.)
        tail = max(start, end - _ABBREVIATION_TAIL)
        unit = _UNIT_ABBREVIATION.search(text, tail, end) and re.match(r" [^\W_A-ZÀ-ÞА-ЯІЇЄҐ]", text[end : end + 2])
        ordinal = _ORDINAL.search(text, tail, end) and _ORDINAL_NEXT.match(text, end)
        if (_ABBREVIATION.search(text, tail, end) or unit or ordinal) and text[end : end + 1] == " ":
            pending = start
            continue
        line_start = start == 0 or text[start - 1] == "\n"
        early = (
            line_start
            and start > opening
            and body_before <= _TOP_SENTENCES
            and text.count("\n", 0, start) <= _TOP_LINES
        )
        if (
            page_line(text, start, end)
            or _DATELINE_ALONE.fullmatch(text, start, end)
            or (early and byline(text, start, end))
            or (early and not told and _name_alone(text, start, end))
        ):
            after_dateline = end
            continue
        # "ЯСЕНІВ, 3 грудня. Укрінформ. У ніч …": the agency's name after a dateline is no sentence.
        if (
            after_dateline is not None
            and _AGENCY_ALONE.fullmatch(text, start, end)
            and "\n" not in text[after_dateline:start]
        ):
            continue
        # A dateline or a byline before the first words of the story is not part of its sentence. (The headline's
        # label is the headline's: "【速報】…", "Ставищанам — 400 років".)
        headline = start == opening and end <= headline_end
        dateline = _DATELINE.match(text, start, end)
        if (
            headline
            and dateline
            and dateline.end() < end
            and text[dateline.start() : dateline.end()].strip()[:1] != "【"
        ):
            headline = False  # (a lead with its dateline, pasted without a headline)
        elif headline:
            dateline = None
        if not (headline or (dateline and dateline.end() < end)) and (
            early or (after_dateline is not None and "\n" not in text[after_dateline:start])
        ):
            dateline = _DATELINE_HYPHEN.match(text, start, end)
        after_dateline = None
        if dateline and dateline.end() < end:
            if _AGENCY_CLOSING.fullmatch(text, dateline.end(), end):
                after_dateline = end
                continue
            start = dateline.end()
        found.append(Sentence(start, end, headline=headline))
        told = told or (not headline and _CLOSED.search(text, start, end) is not None)
        body_before += not headline
    if pending is not None:
        found.append(Sentence(pending, len(text.rstrip())))
    return found


# A line that gives only a date and a clock time, as a page prints its own ("Friday 27 December 2024 17:32",
# "2024年12月27日 12:40", "27.12.2024, 09:15 Uhr"): the words a date may hold besides its numbers, and a year with a
# day ("May 2025", "Mars 2030" are headlines as likely).
_DATE_LINE_WORDS = factored(r"(?:[^\W\d_]+|\d+(?:[:.,/年月日년월일時分시분-]\d*)*)")
_DATE_LINE_OTHER = frozenset(
    {
        "de", "del", "em", "à", "a", "um", "at", "on", "h", "uhr", "am", "pm", "p", "m", "utc", "gmt", "cet", "cest",
        "kst", "jst", "msk", "t", "z", "et", "est", "edt", "pst", "pdt", "bst", "г", "года", "р", "року", "le", "el",
        "il", "o", "y", "年", "月", "日", "時", "分", "년", "월", "일", "시", "분", "오전", "오후",
        "上午", "下午", "午前", "午後", "الساعة",
    }
)  # fmt: skip
_YEAR = factored(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_BESIDE = factored(r"\s+[-–—|·•]\s+")
_DAY_NUMBER = factored(r"(?<!\d)\d{1,2}(?!\d)")


def _only_date(line: str) -> bool:
    """Whether `line` gives only a date with a year and a day (and a weekday or a clock time)."""
    line = line.translate(DIGITS)
    if len(line) > 60 or not _YEAR.search(line) or not _DAY_NUMBER.search(line):
        return False
    for word in _DATE_LINE_WORDS.findall(line.lower()):
        if word[0].isdigit() or word in _DATE_LINE_OTHER or month_number(word) or weekday_in(word) is not None:
            continue
        return False
    return True


def date_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a line of its own that gives only a date (see `_only_date`)."""
    if end - start > 60 or not (start == 0 or text[start - 1] == "\n") or text[end : end + 1] not in ("", "\n"):
        return False
    return _only_date(text[start:end])


def byline(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a byline or a photo's credit (see `_BYLINE`): the whole of a short line."""
    return (
        end - start <= _BYLINE_CHARS
        and text[end : end + 1] in ("", "\n", "\r")
        and not _CLOSED.search(text, start, end)
        and not _QUOTES.search(text, start, end)
        and _BYLINE.fullmatch(text, start, end) is not None
    )


def _name_alone(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] in ("", "\n", "\r") and _NAME_ALONE.fullmatch(text, start, end) is not None


def page_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a line a page prints about itself: its date, an update's, a byline (`METADATA`),
    a date alone, or a label a story also writes with a date alone after it."""
    if METADATA.match(text, start, end) or date_line(text, start, end):
        return True
    label = _DATE_LABEL.match(text, start, end)
    # (up to what a page sets beside its date: "نُشر في 27 ديسمبر 2024 - قسم الأحداث", "… | بقلم: …")
    return label is not None and label.end() < end and _only_date(_BESIDE.split(text[label.end() : end], 1)[0])


def trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    """`text[lo:hi]` without the spaces and punctuation at its ends, as offsets."""
    while lo < hi and (text[lo].isspace() or text[lo] in ",.;:'\"“”«»„-–—()，。、：；،؛"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",.;:'\"“”„-–—(，、：；،؛"):
        hi -= 1
    if text[lo:hi].count("«") < text[lo:hi].count("»"):
        hi -= 1
        # (« Le feu a pris très vite », …: the space inside the closing mark goes with it)
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
    return lo, hi


# An adverb that may stand before a verb whose subject is dropped: "Також додала, що …", "Además, añadió que …".
ALSO = factored(
    r"(?i)(?:також|также|кроме того|крім того|además|asimismo|también|also|auch|zudem|aussi|en outre|par ailleurs)"
)


def verb_first(text: str, lo: int, at: int) -> bool:
    """Whether a verb at `at` opens what starts at `lo` (quotation marks aside), or follows such an adverb only."""
    also = ALSO.match(text, lo, at)
    return not text[also.end() if also else lo : at].strip(' "“”«»,')


def inside_quote(text: str, lo: int, at: int) -> bool:
    """Whether offset `at` stands inside quoted speech that opens after `lo`."""
    before = text[lo:at]
    straight = before.count('"') % 2 == 1
    if "„" in before:
        # German opens with „ and closes with “ or ” („Wir haben …“, sagte …): there “ closes what „ opened.
        curly = before.count("„") > before.count("“") + before.count("”")
    else:
        curly = before.count("“") > before.count("”")
    # (German also writes »…«: a » that comes first, with a word right after it, opens)
    first = before.find("»")
    german = first >= 0 and "«" not in before[:first] and before[first + 1 : first + 2].isalnum()
    opens, closes = ("»", "«") if german else ("«", "»")
    guillemets = before.count(opens) > before.count(closes)
    return straight or curly or guillemets or before.count("「") > before.count("」")


def without_determiner(text: str, start: int, end: int) -> int:
    """Where a party's name starts once its determiner is dropped: "the regional health ministry" and "The union"
    give "regional health ministry" and "union"; "The Edrin Courier", a name, keeps its "The"."""
    article = re.match(r"(?:the|der|die|das|le|la|les|el|los|las)\s+(?=\S)", text[start:end]) or re.match(
        r"(?:The|Der|Die|Das|Le|La|Les|El|Los|Las)\s+(?=[^\W\d_A-ZÀ-ÞА-Я])", text[start:end]
    )
    return start + article.end() if article and end - start - article.end() >= 3 else start
