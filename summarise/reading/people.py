"""Actors an article names without crediting them with a claim, by the way news writing introduces them.

- A person with the age the article gives: "Petra Alsdorf, 59, forderte …", "Gérard Lemaire, 61 ans, a été
  condamné", "Ірина Савчук, 34 роки", "Ana Ruiz (45)".
- A person after a title and a comma: "Le procureur, Antoine Ferrand, avait requis …", "son directeur, Jean Roux,".
- A person after a German title, which German capitalises into the run of the name: "Bürgermeister Uwe Krantz
  befürchtet …", "Verbandsgeschäftsführerin Petra Alsdorf".
- A Korean name of three syllables before a title ("대한약사연합회 최민정 부회장은", "김영숙(63) 씨"), a Japanese
  name before a title or honorific ("佐伯和也町長（66）", "松岡直美さん").
- A body after the noun that says what kind of body it is: "la société Aquaterra", "the insurers' group Coverwell",
  "частной компанией «Орбитек»", "der Naturschutzorganisation Bergwild" (an outlet after "newsletter", "Zeitung").

Each is a candidate the reader's other rules have not admitted (see `names.find_names`); a place after a kind noun
("the town Lissen") is not a body, so the kind nouns are bodies' only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import ActorKind
from ..patterns import factored
from .text import Sentence, trim

Range = tuple[int, int]

_AGE_AFTER = factored(
    r"\s*(?:,\s*(?:de\s+)?\d{1,3}(?:\s+(?:ans|años|anos|anni|Jahre|jaar|лет|года|год|років|роки|рік|years?(?:\s+old)?))?\s*"
    r"[,.;]|\(\d{1,3}\))"
)
_TITLE_COMMA = factored(
    r"(?i:\b(?:procureur|procureure|directeur|directrice|président|présidente|maire|préfet|préfète|adjointe?|"
    r"porte-parole|avocate?|secrétaire|ministre|fiscal|fiscala|director|directora|presidente|presidenta|"
    r"alcalde|alcaldesa|portavoz|abogad[oa]|consejer[oa]|secretari[oa]|minister|president|spokes(?:man|woman|person)|"
    r"chief executive|chief|head|mayor|prosecutor|lawyer|chairman|chairwoman|chair|leader|прокурор|директор|"
    r"глава|мэр|мер|голова|адвокат|речни(?:к|ця)|представитель|представник))(?:\s+[^\s,.;]+){0,4}\s*,\s*$"
)
# A lower-case description right before a name: a nationality or a place of origin, a position on a team, a trade
# ("El keniano David Kiprono", "la etíope Hirut Bekele", "l'ouvreur Hugo Castéra", "du peintre paysagiste Émile
# Varenne", "El delantero uruguayo Matías Ferreyra").
_DESCRIBED = factored(
    r"(?i:\b(?:el|la|le|l['’]|du|del|les|los|las|un|una|une|the)\s*)(?:[a-zà-ÿ][\w-]*\s+){0,2}?"
    r"(?:[a-zà-ÿ]+(?:ano|ana|ense|ino|ina|és|esa|ope|eño|eña|ais|aise|ois|oise|ien|ienne|ian|ish|ese)|"
    r"delantero|defensa|portero|centrocampista|entrenador|atleta|ciclista|tenista|piloto|ouvreur|talonneur|"
    r"demi|ailier|pilier|entraîneur|joueur|joueuse|coureur|coureuse|peintre|paysagiste|écrivain|écrivaine|"
    r"auteur|autrice|artiste|striker|midfielder|goalkeeper|coach|manager|painter|writer|artist|runner|rider)"
    r"(?:\s+de\s+[A-ZÀ-Þ][\w-]*)?\s+$"
)
_GERMAN_TITLE = factored(
    r"(?:Bürgermeister|Oberbürgermeister|Landrat|Landrätin|Staatsanwalt|Staatsanwältin|Richter|Richterin|Anwalt|"
    r"Anwältin|Professor|Professorin|Dr\.|[A-ZÄÖÜ]\w*(?:führer|führerin|leiter|leiterin|sprecher|sprecherin|"
    r"meister|meisterin|direktor|direktorin|präsident|präsidentin|minister|ministerin|vorsitzende|vorsitzender|chef|"
    r"chefin)|Bürgermeisterin|Oberbürgermeisterin)\s+(?=[A-ZÄÖÜ])"
)
_BODY_NOUNS = (
    r"(?i:\b(?:société|entreprise|groupe|association|compagnie|company|firm|group|operator|insurer|club|"
    r"organi[sz]ation|Naturschutzorganisation|Organisation|Firma|Unternehmen|Verein|Konzern|empresa|asociación|"
    r"compañía|sociedad|plataforma|colectivo|collectif|fédération|federación|компани\w*|организаци\w*|фирм\w*|"
    r"компані\w*|організаці\w*|фонд\w*|ассоциаци\w*|асоціаці\w*|объединени\w*|об['’]єднанн\w*))"
)
_OUTLET_NOUNS = (
    r"(?i:\b(?:newsletter|newspaper|magazine|website|journal|quotidien|hebdomadaire|diario|periódico|revista|"
    r"Zeitung|Magazin|издани\w*|газет\w*|журнал\w*|видання))"
)
# (the noun, then a few words that describe it: "la asociación de corredores populares Zancada Libre"; in German,
# whose nouns are all capitalised, the name right after it)
_BETWEEN = (
    r"(?:\s+(?i:de|du|des|of)\s+[^\s,.;]+|\s+[a-zà-ÿа-яіїєґ][\w'’-]*){0,3}"
    r"(?<!\bde)(?<!\bdu)(?<!\bdes)(?<!\bof)(?<!\bd['’])\s+[«„“\"]?$"  # (not a place of: "empresa de aguas de X")
)
_BODY_BEFORE = factored(_BODY_NOUNS + _BETWEEN)
_OUTLET_BEFORE = factored(_OUTLET_NOUNS + _BETWEEN)
_DE_BODY_BEFORE = factored(_BODY_NOUNS + r"\s+[«„“\"]?$")
_DE_OUTLET_BEFORE = factored(_OUTLET_NOUNS + r"\s+[«„“\"]?$")
# A body by its own name: German compounds ending in an office, a court, a council ("Kreisgesundheitsamt",
# "Landgericht Wallbrück", "Staatsanwaltschaft", "Betriebsrat", "Kreistag"), Spanish and French bodies and clubs.
_BODY_NAME = factored(
    r"(?:(?!Ehrenamt)[A-ZÄÖÜ]\w*(?:amt|gericht|anwaltschaft|verein|ministerium|behörde|verband|kammer|vertretung|gewerkschaft|"
    r"polizei|feuerwehr|stiftung)|(?:Betriebs|Stadt|Gemeinde|Aufsichts|Personal|Kreis|Orts)rat|(?:Kreis|Land|Bundes)tag|"
    r"Guardia Civil|Fiscalía|Audiencia|Gendarmerie|Real\s+[A-ZÀ-Þ][\w-]*)(?![\w-])"
)
_DE_KIND = factored(
    r"([A-ZÄÖÜ]\w*(?:organisation|verein|firma|unternehmen|konzern|gruppe|initiative|zeitung|blatt)|Organisation|"
    r"Verein|Firma|Unternehmen|Konzern|Gruppe|Initiative|Zeitung)\s+"
)
_KO_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_KO_TITLED = factored(
    r"(?<![가-힣])([가-힣]{3})\s?(?:\(\d{1,3}\)\s?)?(?:부회장|회장|사무국장|사무총장|이사장|위원장|대표|원장|국장|과장|"
    r"부장|팀장|실장|센터장|청장|처장|장관|차관|총장|교수|의원|군수|구청장|도지사|소장|감독|변호사|대변인|씨)"
    r"(?=[은는이가의도을를과와,\s])"
)
# A Korean body by the ending of its name ("대한약사연합회", "공정과세연대의", "한별바이오는"), four syllables at least.
_KO_BODY = factored(
    r"(?<![가-힣])([가-힣]{2,12}(?:협회|연합회|위원회|조합|재단|연대|연구원|연구소|병원|은행|대학교|시청|군청|구청|도청|"
    r"소방서|경찰서|법원|검찰청|제약|바이오|전자|건설|그룹|신문|일보|방송|통신))(?=[은는이가의도을를와과에측]|\s|$)"
)
_JA_TITLED = factored(
    r"(?:^|(?<=[、。「」\sのでは]))([一-龥々]{2}[一-龥々ァ-ヺ]{1,3}?)(?:町長|市長|村長|知事|会長|社長|部長|課長|局長|"
    r"所長|院長|准教授|教授|委員長|理事長|議員|氏|さん)(?:（\d{1,3}）)?"
)


_DOCUMENT = factored(
    r"(?i:(?:the|le|la|l['’]|les|el|los|las|der|die|das|den|dem|des)\s*)?(?:[a-zà-ÿа-яіїєґ][\w-]*\s+)?"
    r"(?i:reports?|study|survey|ruling|judgment|data|figures|statistics|documents?|filings?|records|rapport|"
    r"jugement|étude|données|chiffres|arrêt|décision|informe|estudio|sentencia|datos|cifras|Bericht|Studie|Urteil|"
    r"Daten|Zahlen|Statistik|отч[её]т\w*|доклад\w*|данны\w*|исследовани\w*|звіт\w*|дані|даних|"
    r"该?报告|批复文件|文件|数据|统计|보고서|자료|통계|報告書|調査|データ|التقرير|تقرير|بيانات|دراسة)"
)

_ANONYMOUS = factored(
    r"^(?i:(?:a|an|one|two|three|four|several|some|many|other)\s|(?:un|une|des|deux|trois|plusieurs|certains|"
    r"quelques)\s|d['’]|(?:un|una|unos|unas|dos|tres|varios|varias|algunos|algunas)\s|"
    r"(?:ein|eine|einer|zwei|drei|mehrere|einige)\s|(?:один|одна|одного|два|две|двух|трёх|трех|нескольк\w*|двох|"
    r"трьох|кількох)\s|(?:一名|一位|多名|多家|两名|几名|数名|一些|複数の)|(?:한|두|여러)\s)"
    r"|^(?i:sources?|people|fuentes|personas|источник\w*|джерел\w*|مصادر)\b|(?:kreise|人士|관계자|関係者)$"
)

_MEMBER_OF = factored(
    r"\s(?:de la|del|de los|de las|de l['’]|du|des|de|d['’]|of the|of|at the|at|в|у|во|из|із|з|der|des|bei|beim)\s*"
    r"(?=[A-ZÀ-ÞА-ЯІЇЄҐ«„\"]|(?:\w+\s+)?\w*(?:прокуратур|поліці|полици|министерств|міністерств|мэри|мері|адміністраці|"
    r"администраци))"
)

_UNSPACED_MEMBER = factored(r"(?:一名|一位|多名|两名)?(.*?)(?:官员|工作人员|人员|负责人|人士|关系者|関係者)?")

_KANA = factored(r"[\u3040-\u309f、]")  # (a clause's particles: "研究に協力した製薬会社の" is no body's name)

_OFFICIAL = factored(r"\s?(?:관계자|関係者|人士)$")


def named_people(
    text: str, runs: list[tuple[Range, Sentence]], sentences: list[Sentence], lang: str
) -> list[tuple[Range, ActorKind]]:
    """Candidates of the forms above: capitalised runs (`runs`, in a cased script) and, in Korean and Japanese, names
    before their title, with the kind each form says."""
    found: list[tuple[Range, ActorKind]] = []
    for (lo, hi), s in runs:
        before = text[max(s.start, lo - 60) : lo]
        if lang == "de" and (title := _GERMAN_TITLE.match(text, lo, hi)) and len(text[title.end() : hi].split()) >= 2:
            # (a name after the title, not the place of an office: "Bürgermeister von Tannrode")
            found.append(((title.end(), hi), ActorKind.PERSON))
        elif lang == "de" and (kind := _DE_KIND.match(text, lo, hi)) and kind.end() < hi:
            # ("der Naturschutzorganisation Bergwild": the kind of body, capitalised into the run of its name)
            media = kind.group(1).endswith(("zeitung", "blatt", "Zeitung"))
            found.append(((kind.end(), hi), ActorKind.MEDIA_OUTLET if media else ActorKind.ORGANISATION))
        elif _introduced(text, (lo, hi), s, before) or (
            len(text[lo:hi].split()) in (2, 3) and lang in ("es", "fr", "en", "it", "pt") and _DESCRIBED.search(before)
        ):
            found.append(((lo, hi), ActorKind.PERSON))
        elif _BODY_NAME.match(text, lo, hi):
            found.append(((lo, hi), ActorKind.ORGANISATION))
        elif (_DE_OUTLET_BEFORE if lang == "de" else _OUTLET_BEFORE).search(before):
            found.append((_quoted(text, lo, hi), ActorKind.MEDIA_OUTLET))
        elif (_DE_BODY_BEFORE if lang == "de" else _BODY_BEFORE).search(before):
            found.append((_quoted(text, lo, hi), ActorKind.ORGANISATION))
    for s in sentences if lang == "ko" else []:
        for m in _KO_BODY.finditer(text, s.start, s.end):
            if re.match(r"\s[가-힣]+[은는]\s", text[m.end() : s.end]):
                continue  # ("경제신문 한빛경제는": a common noun describing the name after it)
            media = m.group(1).endswith(("신문", "일보", "방송", "통신"))
            found.append((m.span(1), ActorKind.MEDIA_OUTLET if media else ActorKind.ORGANISATION))
    pattern = _KO_TITLED if lang == "ko" else _JA_TITLED
    for s in sentences if lang in ("ko", "ja") else []:
        for m in pattern.finditer(text, s.start, s.end):
            if lang == "ja" or m.group(1)[0] in _KO_SURNAMES:
                found.append((m.span(1), ActorKind.PERSON))
    return found


def _quoted(text: str, lo: int, hi: int) -> Range:
    """A run that opens a quoted name, as far as the name goes ("Компания «Молочный край»": the whole name)."""
    close = re.match(r"[^»“”\"\n]{0,40}[»“”\"]", text[hi:]) if lo and text[lo - 1] in '«„“"' else None
    return (lo, hi + close.end() - 1) if close else (lo, hi)


def _introduced(text: str, span: Range, s: Sentence, before: str) -> bool:
    """Whether a run of two to four capitalised words is a person by the age after it, or, of two or three, by the
    title and comma before it and a comma after it."""
    words = len(text[span[0] : span[1]].split())
    if 2 <= words <= 4 and _AGE_AFTER.match(text, span[1], s.end):
        return True
    return 2 <= words <= 3 and _TITLE_COMMA.search(before) is not None and text[span[1] : span[1] + 1] == ","


# (not "von der Leyen"; nor a body's genitive, "Verband der Transportunternehmer", "Ministerium des Innern")
_GERMAN_ARTICLE = factored(
    r"(?<!von)(?<!van)(\s(?:den|dem|die|das)\s|(?<!Verband)(?<!Ministerium)(?<!Amt)(?<!Institut)(?<!Bund)(?<!rat)"
    r"(?<!Kammer)(?<!Verein)(?<!schaft)(?<!ung)(?<!Stiftung)(?<!Behörde)\s(?:der|des)\s)"
)


def pieces(runs: Iterator[re.Match[str]], lang: str) -> Iterator[tuple[int, str]]:
    """Each capitalised run (without a final stop) and where it starts; in German, whose nouns are all capitalised,
    split at an article ("das Landgericht Wallbrück den Geschäftsführer" is two runs; "von der Leyen" is one)."""
    for m in runs:
        word = m.group().rstrip(".")
        at = m.start()
        for piece in re.split(_GERMAN_ARTICLE, word) if lang == "de" else [word]:
            if piece and not piece.startswith(" "):
                yield at, piece
            at += len(piece)


def party_named(text: str, whole: Range, organisation: re.Pattern[str]) -> Range | None:
    """The actor a claim's party names, or None when it names none: the body its official speaks for ("식약관리처
    관계자"), the body an unnamed member speaks for ("fuentes de la Comisión Europea", "un cadre d'Enerlis",
    "一名水利局官员"); no actor for a document ("Selon le jugement", "报告称") or a party the article does not name
    ("two people familiar with the talks", "un enquêteur", "业内人士", "시 관계자"). `organisation` is the reader's
    pattern of a body's words."""
    official = _OFFICIAL.search(text, *whole)
    body = text[whole[0] : official.start()].strip() if official else ""
    if official and re.fullmatch(r"[^\W\d\u3040-\u309f]{3,}", body) and body not in ("시민단체", "업계", "당국"):
        whole = trim(text, whole[0], official.start())
    if _ANONYMOUS.search(text[whole[0] : whole[1]]):
        member = _MEMBER_OF.search(text, *whole)
        inner = _UNSPACED_MEMBER.fullmatch(text, *whole)
        lo, hi = (member.end(), whole[1]) if member else inner.span(1) if inner else whole
        if lo < hi and (organisation.search(text, lo, hi) or text[lo].isupper()) and not _KANA.search(text, lo, hi):
            whole = lo, hi
    if _DOCUMENT.fullmatch(text, *whole) or _ANONYMOUS.search(text[whole[0] : whole[1]]):
        return None
    # ("Der Verband der Transportunternehmer schätzt": German capitalises the noun after its article too)
    article = re.match(r"(?:Der|Die|Das|Den|Dem|Des)\s+(?=[A-ZÄÖÜ]\w)", text[whole[0] : whole[1]])
    return (whole[0] + article.end(), whole[1]) if article else whole
