"""Actor candidates: who can act or speak in a story, with a guess at what kind of actor each is.

A name is kept when something in the article makes it an actor: it is the source of a reporting clause,
it carries a title ("Regional governor Alis Dunmore", "副市长王立新", "김민준 군수"), an organisation or
outlet word ("Northwater Utilities", "东川市应急管理局", "«Металлист»"), or, in a cased script, it is a run of
capitalised words named twice. Places, weekdays, months, bylines and datelines are never actors.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..grounding.prefilter import Prefiltered
from ..models import ActorKind
from ..patterns import factored
from .people import named_people, party_named, pieces
from .text import Sentence

Range = tuple[int, int]


@dataclass(frozen=True)
class ReadName:
    span: Range
    kind: ActorKind
    role: Range | None  # the title or description the article gives, when it gives one


_MEDIA = Prefiltered(
    factored(
        r"(?:\b(?:Times|News|Post|Courier|Gazette|Herald|Journal|Tribune|Radio|TV|Television|Press|Daily|Telegraph|"
        r"Observer|Chronicle|Reuters|Bulletin|Zeitung|Rundschau|Anzeiger|Kurier|Echo|Écho|Dépêche|Diario|Noticias|"
        r"Militarnyi|Agence|Agencia|Presse|media|Medien|médias|medios)\b|газет|радио|радіо|телеканал|агентств|новост|новин|"
        r"日报|晚报|早报|新闻|电视台|通讯社|时报|일보|신문|방송|통신|뉴스|新聞|新報|地元紙|テレビ|通信|放送|صحيفة|قناة|وكالة|جريدة)",
        re.I,
    )
)
_ARMED = factored(
    r"\b(?:Army|Forces|Troops|Militia|Brigade|Rebels|Guard|Battalion|Regiment|Hamas|Hezbollah)\b|армия|войска|"
    r"ВСУ|ЗСУ|бригад|部队|武装|军队|解放军|군대|부대|무장|自衛隊|جيش|قوات|كتائب|ميليشيا",
    re.I,
)
_ORGANISATION = factored(
    r"\b(?:Ministry|Ministerium|Ministère|Ministerio|Department|Office|Agency|Authority|Service|Services|Council|"
    r"Committee|Commission|Association|Union|Federation|Party|Company|Corporation|Group|Utilities|Shipping|Bank|"
    r"Court|Police|Guild|Partido|Confederación|Hidrográfica|Klinikum|Klinik|Initiative|Bürgerinitiative|Chemie|Institute|University|Hospital|Fund|Foundation|Board|Bureau|Directorate|Inc|Ltd|Corp|GmbH|AG|"
    r"SA|plc|Gewerkschaft|Verband|Behörde|Amt|Polizei|Bahn|Werke|Stadtwerke|Feuerwehr|Regierung|Rathaus|Konzern|"
    r"syndicat|mairie|préfecture|Préfecture|Syndicat|ayuntamiento|Ayuntamiento|Sindicato|sindicato|Gobierno|"
    r"Junta|Consejo|Comisión|Tribunal|Policía|Bomberos|Mairie|Conseil|Hôpital|Hospital|NIS|DIU|UN|NATO|EU)\b"
    r"|(?:union|ministry|council|association|agency|authority|police|government|company|management|operator|board|"
    r"préfecture|mairie|hôpital|association|ayuntamiento|gobierno|junta|partido|confederación|office|department|"
    r"service|rettung|wacht|dienst|protección civil|defensa civil|bomberos|guardia|"
    r"ministère|syndicat|gouvernement|ministerio|gobierno|sindicato|Ministerium|Regierung|Gewerkschaft)"
    r"|министерств|міністерств|профсоюз|профспілк|дирекци|дирекці|мэри|мері|администраци|адміністраці|"
    r"правительств|уряд|служб|компани|компані|завод|комбинат|полици|поліці|прокуратур|суд\b|штаб|"
    r"(?:局|部|厅|委员会|委|公司|集团|政府|医院|台|会|署|院|所|办|办公室|中心|银行|协会|工会|"
    r"본부|청|부|처|위원회|협회|회사|건설|단체|시청|군청|구청|도청|노조|공사|재단|경찰|소방서|병원|은행|"
    r"省|庁|会社|組合|委員会|協会|銀行|病院|警察|消防|市役所|役場|電力|"
    r"وزارة|هيئة|شركة|نقابة|جمعية|بلدية|مجلس|منظمة|الأمم|الحكومة|الشرطة|الدفاع المدني)",
)
_TITLE = Prefiltered(
    factored(
        r"(?:\b(?:President|Prime Minister|Minister|minister|Secretary|secretary|Governor|governor|Mayor|mayor|"
        r"spokesman|spokeswoman|spokesperson|Spokesman|chief|Chief|director|Director|head|Head|CEO|chairman|Chairman|"
        r"chairwoman|General|Gen\.|Colonel|Col\.|Senator|Sen\.|Dr\.|Mr\.|Mrs\.|Ms\.|Judge|Commissioner|commissioner|"
        r"leader|Leader|official|officer|manager|Manager|expert|analyst|professor|Professor|King|Queen|Pope|"
        r"Minister(?:in)?|Bürgermeister(?:in)?|Sprecher(?:in)?|Präsident(?:in)?|Chef(?:in)?|Leiter(?:in)?|"
        r"ministre|maire|préfet|porte-parole|président(?:e)?|directeur|directrice|ministro|ministra|alcalde|"
        r"alcaldesa|portavoz|presidente|presidenta|director(?:a)?|consejero|consejera|secretario|secretaria)"
        r"\s+(?:of\s+[\w\s]{0,30}?\s+)?)$"
        r"|(?:министр|губернатор|мэр|глава|директор|президент|председатель|представитель|пресс-секретарь|"
        r"міністр|голова|речник|речниця|мер|очільник|командувач|генерал|спикер|прокурор)\s+(?:[\wа-яіїє-]+\s+){0,3}$"
        r"|(?:副?市长|局长|部长|主任|发言人|书记|主席|总统|总理|省长|县长|区长|院长|董事长|总经理|经理|专家|教授|官员|负责人)$"
        r"|(?:وزير|الوزير|رئيس|الرئيس|المتحدث|متحدث|محافظ|المحافظ|مدير|المدير|العميد|اللواء|الناطق)\s+(?:\S+\s+){0,3}$"
    )
)
_TITLE_AFTER = factored(
    r"^\s?(?:군수|시장|장관|대변인|대표|위원장|청장|본부장|사장|회장|의원|교수|국장|과장|구청장|도지사|총리|대통령|소장|"
    r"대령|장군|씨)|^(?:市長|知事|大臣|長官|社長|会長|教授|氏|さん|報道官|議員|部長|署長|所長)"
)
_PLACE_BEFORE = factored(
    r"(?:\b(?:in|at|near|from|to|outside|across|into|toward|towards|of the (?:village|town|city|region|province)"
    r" of|village of|town of|city of|im|in der|bei|nach|aus|à|au|aux|près de|en|de la ville de|desde|hacia|"
    r"cerca de)|(?<!\w)(?:в|во|на|из|под|около|у|біля|під|з|із))\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|el\s+)?$",
    re.I,
)
_NOT_A_NAME = factored(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|The|This|That|These|Those|It|He|She|They|We|I|A|An|But|And|"
    r"However|Meanwhile|Also|In|On|At|After|Before|According|Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|"
    r"Una|Он|Она|Они|Він|Вона|Вони|По|За|В|На|У|И|І)$"
)
_CAP_RUN = factored(
    r"(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’\-]*\.?)(?:\s+(?:(?:of|the|de|del|da|di|du|la|le|von|van|der|den|al|el|bin|y|and|&)\s+)*"
    r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’\-]*\.?)*"
)
_QUOTED = factored(r"[«„“\"《「『]([^»“”\"》」』\n]{2,40})[»“”\"》」』]")
# Words of a clause, not a name: four words, or in Korean and Japanese a topic or case particle with a verb's ending.
_SPEECH = factored(
    r"^\S+(?:\s+\S+){3,}$|[은는이가을를](?:\s|\S*\s).*(?:다|것|요|까)$|[はがをに].*(?:ない|ている|た|る|だ|です|ます)$"
)
_OUTLET_NOUN = factored(
    r"(?i:газета|издание|портал|видання|телеканал|журнал|сайт|newspaper|daily|diario|periódico|journal|quotidien|"
    r"zeitung|tageszeitung|blatt)"
)
_BYLINE = factored(
    r"^(?:By|BY|Von|Par|Por|От|Від|记者|기자|بقلم)\b|^(?:with|for) the\b|^[A-ZÀ-ÞА-ЯІЇЄҐ\s,.'-]{6,}$|기자$|记者", re.M
)


def kind_of(name: str, context_before: str = "") -> ActorKind:
    """A guess at what kind of actor a name is, from its own words and the words before it."""
    if _MEDIA.search(name):
        return ActorKind.MEDIA_OUTLET
    if _ARMED.search(name):
        return ActorKind.ARMED_GROUP
    if _ORGANISATION.search(name):
        return ActorKind.ORGANISATION
    if re.search(r"(?:news outlet|newspaper|newsletter|broadcaster|outlet|channel|media|Zeitung|journal|газета|"
                 r"издание|портал|видання|телеканал|журнал|periódico|diario|quotidien|媒体|매체)\s*[«„“\"]?$",
                 context_before, re.I):  # fmt: skip
        return ActorKind.MEDIA_OUTLET
    if re.search(r"(?:operator|owner|firm|company|group|carrier|insurer|builder|contractor|Betreiber|opérateur|"
                 r"empresa|société|entreprise|Firma|Unternehmen|компани\w*|компані\w*|организаци\w*|організаці\w*)"
                 r"\s*[«„“\"]?$", context_before, re.I):  # fmt: skip
        return ActorKind.ORGANISATION
    return ActorKind.PERSON


def _is_byline(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) < 60 and bool(_BYLINE.search(line))


def _role(text: str, s: Sentence, span: Range) -> Range | None:
    before = text[max(s.start, span[0] - 40) : span[0]]
    m = _TITLE.search(before)
    if m and m.group().strip():
        lo = span[0] - len(before) + m.start()
        words = text[lo : span[0]].strip()
        # The whole title phrase: "Regional governor", "Transport minister", "Директор завода".
        head = text[max(s.start, lo - 25) : lo]
        extra = re.search(r"(?:[\w'’-]+\s+){0,2}$", head)
        lo2 = lo - len(extra.group()) if extra and head.endswith(" ") and extra.group()[:1].isupper() else lo
        return (lo2, lo2 + len(text[lo2 : span[0]].rstrip())) if words else None
    after = _TITLE_AFTER.match(text[span[1] : span[1] + 8])
    if after:
        return span[1] + (1 if text[span[1]] == " " else 0), span[1] + after.end()
    return None


class _Within:
    """Ranges, for asking whether one of them holds a span without looking at each (a long article names many)."""

    def __init__(self, ranges: list[Range]) -> None:
        ordered = sorted(ranges)
        self.starts = [lo for lo, _ in ordered]
        # The furthest end among the ranges that start at or before each: one of them holds a span if that end does.
        self.reach = list(itertools.accumulate((hi for _, hi in ordered), max))

    def holds(self, span: Range) -> bool:
        i = bisect.bisect_right(self.starts, span[0]) - 1
        return i >= 0 and span[1] <= self.reach[i]


def find_names(text: str, sentences: list[Sentence], lang: str, sources: list[Range]) -> list[ReadName]:
    """The article's actors: sources, titled people, organisations and outlets, each once (first mention)."""
    candidates: list[tuple[Range, ActorKind | None]] = []
    titles: dict[Range, Range] = {}
    for whole in sources:
        party = party_named(text, whole, _ORGANISATION)
        if party is None:
            continue  # (a document credited with a claim, a party the article does not name: see `people`)
        whole = party
        span, title = split_title(text, whole)
        if title is not None:
            titles[span] = title
        # A title makes a person ("Transport minister Greta Voss") unless it says what kind of body the name is
        # ("The regional newspaper Valmera Courier").
        if title is not None:
            candidates.append((span, kind_of(text[span[0] : span[1]], text[title[0] : title[1]])))
        else:
            candidates.append((span, None))
    cased = lang in ("en", "de", "fr", "es", "ru", "uk", "be")
    counts: dict[str, int] = {}
    runs: list[tuple[Range, Sentence]] = []
    for s in sentences:
        if cased:
            for start, word in pieces(_CAP_RUN.finditer(text, s.start, s.end), lang):
                if _NOT_A_NAME.match(word.split()[0]) and len(word.split()) == 1:
                    continue
                span = (start, start + len(word))
                if _NOT_A_NAME.match(word.split()[0]):
                    first = word.split()[0]
                    span = (start + len(first) + 1, span[1])
                    word = text[span[0] : span[1]]
                    if not word:
                        continue
                # "North Korean soldier": a demonym before a lower-case noun describes, it does not act.
                if re.search(r"(?:an|ese|ish|ic|i)$", word) and re.match(
                    r"\s+[a-zа-яіїє]", text[span[1] : span[1] + 3]
                ):
                    continue
                # ("Газета «Северогорский курьер»": the outlet's common noun, not a name; the quoted name is)
                if _OUTLET_NOUN.fullmatch(word) and re.match(r"\s?[«„“\"]", text[span[1] : span[1] + 2]):
                    continue
                counts[word] = counts.get(word, 0) + 1
                runs.append((span, s))
        for m in _QUOTED.finditer(text, s.start, s.end):
            inner = m.group(1)
            if _SPEECH.search(inner):
                continue  # (a quoted clause is what someone said: "다음 달부터는 상승 폭이 줄어들 것")
            if kind_of(inner) != ActorKind.PERSON or _MEDIA.search(text[max(0, m.start() - 20) : m.start()]):
                candidates.append(((m.start(1), m.end(1)), None))
        if not cased:
            for m in re.finditer(r"[^\s，。、；：“”\"《》（）()「」『』！？,.]{2,14}", text[s.start : s.end]):
                chunk = m.group()
                org = _ORGANISATION.search(chunk)
                if org and org.end() == len(chunk) and lang in ("zh", "ja"):
                    # The organisation name ends at its suffix; drop words before it that belong to the clause.
                    lo = s.start + m.start()
                    candidates.append(((lo, lo + org.end()), None))
    for span, s in runs:
        word = text[span[0] : span[1]]
        before = text[max(s.start, span[0] - 40) : span[0]]
        sentence_start = text[s.start : span[0]].strip() == ""
        titled = _TITLE.search(before) is not None
        if _PLACE_BEFORE.search(before) and not (_ORGANISATION.search(word) or titled):
            continue
        if (
            _ORGANISATION.search(word)
            or _MEDIA.search(word)
            or titled
            or (counts.get(word, 0) >= 2 and len(word.split()) >= 2 and not sentence_start and lang != "de")
        ):
            candidates.append((span, None))
    candidates += named_people(text, runs, sentences, lang)
    found: list[ReadName] = []
    seen: list[str] = []
    in_title = _Within(list(titles.values()))
    starts = [s.start for s in sentences]
    for span, kind in sorted(candidates, key=lambda c: c[0]):
        name = text[span[0] : span[1]].strip()
        # "Union" in "Union organiser Dev Malhotra" is part of a title, not an actor of its own.
        if in_title.holds(span):
            continue
        if not name or _NOT_A_NAME.match(name) or _is_byline(text, span[0]) or len(name) > 60:
            continue
        if re.search(r"\d", name) or re.fullmatch(r"[\W_]+", name):
            continue
        folded = re.sub(r"^(?:the|der|die|das|le|la|les|l'|el|los|las)\s*", "", name.lower())
        if any(folded == other or (folded in other and len(folded) > 3) for other in seen):
            continue
        seen = [other for other in seen if other not in folded]
        found = [n for n in found if text[n.span[0] : n.span[1]].lower() not in folded]
        at = bisect.bisect_right(starts, span[0]) - 1
        # The sentences are in order and apart, so the one that holds the name is the last to start at or before it.
        held = at >= 0 and span[0] < sentences[at].end
        sentence = sentences[at] if held else Sentence(span[0], span[1])
        guessed = kind or kind_of(name, text[max(0, span[0] - 30) : span[0]])
        found.append(ReadName(span, guessed, titles.get(span) or _role(text, sentence, span)))
        seen.append(folded)
    return _spelt_out(text, found)


_ACRONYM = factored(r"(?:(?:the|The|der|die|das|le|la|les|el|los|las)\s+)?([A-ZÄÖÜÉ]{2,7})")
_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "del", "für", "der", "und"}


def _spelt_out(text: str, found: list[ReadName]) -> list[ReadName]:
    """An acronym the article spells out is the actor it stands for, not another one: "National Intelligence Service
    (NIS)" and "NIS" are one actor, named as the article first spells it out (with the acronym in its span when the
    article writes it in brackets right after the name)."""
    names = [text[n.span[0] : n.span[1]] for n in found]
    kept: list[ReadName] = []
    for n, name in zip(found, names, strict=True):
        acronym = _ACRONYM.fullmatch(name)
        if acronym and any(_spells(text, o, other, acronym.group(1)) for o, other in zip(found, names, strict=True)):
            continue
        bracket = re.match(r"\s?\(([A-ZÄÖÜÉ]{2,7})\)", text[n.span[1] : n.span[1] + 12])
        if bracket and _initials(name) == bracket.group(1):
            n = ReadName((n.span[0], n.span[1] + bracket.end()), n.kind, n.role)
        kept.append(n)
    return kept


def _spells(text: str, other: ReadName, name: str, acronym: str) -> bool:
    """Whether `other` (written `name`) is what `acronym` stands for: it writes the acronym in brackets, in its name or
    right after it, or its words' initials are the acronym."""
    if name == acronym or _ACRONYM.fullmatch(name):
        return False
    after = text[other.span[1] : other.span[1] + len(acronym) + 4]
    return name.endswith(f"({acronym})") or bool(re.match(rf"\s?\({acronym}\)", after)) or _initials(name) == acronym


def _initials(name: str) -> str:
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\([^)]*\)", "", name))
    words = [w for w in words if w.lower() not in _SMALL_WORDS]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


_TITLE_WORD = factored(
    r"^(?:president|prime|minister|secretary|governor|mayor|spokes\w*|chief|director|head|ceo|chair\w*|general|"
    r"organi[sz]er|commander|coordinator|inspector|superintendent|executive|officer|captain|operator|owner|"
    r"builder|contractor|betreiber|"
    r"\w*(?:leiter|leiterin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|chef|chefin|meister|führer|"
    r"führerin)|group|association|insurers['’]? group|"
    r"colonel|senator|judge|commissioner|leader|official|manager|professor|king|queen|minister\w*|bürgermeister\w*|"
    r"sprecher\w*|präsident\w*|chef\w*|leiter\w*|ministre|maire|préfet|porte-parole|président\w*|directeur|"
    r"directrice|ministr[oa]|alcalde\w*|portavoz|president[ea]|director[a]?|consejer[oa]|secretari[oa]|"
    r"министр\w*|губернатор\w*|мэр\w*|глава|директор\w*|президент\w*|председатель\w*|представитель\w*|"
    r"пресс-секретарь|міністр\w*|голова|речни\w*|мер\w*|очільни\w*|командувач\w*|генерал\w*|спикер\w*|"
    r"прокурор\w*|newspaper|newsletter|outlet|broadcaster|channel|agency|daily|weekly|magazine|website|station|"
    r"وزير|الوزير|رئيس|الرئيس|المتحدث|متحدث|محافظ|المحافظ|مدير|المدير|العميد|اللواء|الناطق)$",
    re.I,
)
_TITLE_PREFIX_UNSPACED = factored(
    r"^(?:副?市长|局长|部长|主任|发言人|书记|主席|总统|总理|省长|县长|区长|院长|董事长|总经理|经理|专家|教授|官员|负责人)"
)


def split_title(text: str, span: Range) -> tuple[Range, Range | None]:
    """A party's name without the title the article puts before or after it, and that title:
    "Regional governor Alis Dunmore" -> "Alis Dunmore" and "Regional governor"; "김민준 군수" -> "김민준" and
    "군수"; "副市长王立新" -> "王立新" and "副市长"."""
    phrase = text[span[0] : span[1]]
    words = list(re.finditer(r"\S+", phrase))
    titled = [i for i, w in enumerate(words[:-1]) if _TITLE_WORD.match(w.group())]
    if titled and words[titled[-1] + 1].group()[:1].isupper() and not re.search(r"[\u0600-\u06ff]", phrase):
        i = titled[-1]
        return (span[0] + words[i + 1].start(), span[1]), (span[0], span[0] + words[i].end())
    if len(words) >= 2:
        tail = next((i for i in range(len(words) - 1, -1, -1) if not words[i].group()[:1].isupper()), None)
        if tail is not None and tail < len(words) - 1 and any(_TITLE_WORD.match(w.group()) for w in words[: tail + 1]):
            name = (span[0] + words[tail + 1].start(), span[1])
            return name, (span[0], span[0] + words[tail].end())
        # Arabic writes the title first with no case: "وزير الصحة أحمد ...".
        if _TITLE_WORD.match(words[0].group()) and re.search(r"[\u0600-\u06ff]", phrase) and len(words) >= 3:
            return (span[0] + words[2].start(), span[1]), (span[0], span[0] + words[1].end())
        last = _TITLE_AFTER.match(" " + words[-1].group())
        if last and last.end() == len(words[-1].group()) + 1:
            return (span[0], span[0] + words[-2].end()), (span[0] + words[-1].start(), span[1])
    unspaced = _TITLE_PREFIX_UNSPACED.match(phrase)
    if unspaced and len(phrase) - unspaced.end() >= 2:
        return (span[0] + unspaced.end(), span[1]), (span[0], span[0] + unspaced.end())
    return span, None
