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

from ..models import ActorKind
from ..patterns import factored
from .text import Sentence

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
    r"chefin)|Bürgermeisterin|Oberbürgermeisterin)\s+"
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
_BETWEEN = r"(?:\s+(?i:de|du|des|of)\s+[^\s,.;]+|\s+[a-zà-ÿа-яіїєґ][\w'’-]*){0,3}\s+[«„“\"]?$"
_BODY_BEFORE = factored(_BODY_NOUNS + _BETWEEN)
_OUTLET_BEFORE = factored(_OUTLET_NOUNS + _BETWEEN)
_DE_BODY_BEFORE = factored(_BODY_NOUNS + r"\s+[«„“\"]?$")
_DE_OUTLET_BEFORE = factored(_OUTLET_NOUNS + r"\s+[«„“\"]?$")
# A body by its own name: German compounds ending in an office, a court, a council ("Kreisgesundheitsamt",
# "Landgericht Wallbrück", "Staatsanwaltschaft", "Betriebsrat", "Kreistag"), Spanish and French bodies and clubs.
_BODY_NAME = factored(
    r"(?:[A-ZÄÖÜ]\w*(?:amt|gericht|anwaltschaft|verein|ministerium|behörde|verband|kammer|vertretung|gewerkschaft|"
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
    r"(?:^|(?<=[、。「」\sのでは]))([一-龥々]{2}[一-龥々ぁ-ゖァ-ヺ]{1,3}?)(?:町長|市長|村長|知事|会長|社長|部長|課長|局長|"
    r"所長|院長|准教授|教授|委員長|理事長|議員|氏|さん)(?:（\d{1,3}）)?"
)


def named_people(
    text: str, runs: list[tuple[Range, Sentence]], sentences: list[Sentence], lang: str
) -> list[tuple[Range, ActorKind]]:
    """Candidates of the forms above: capitalised runs (`runs`, in a cased script) and, in Korean and Japanese, names
    before their title, with the kind each form says."""
    found: list[tuple[Range, ActorKind]] = []
    for (lo, hi), s in runs:
        before = text[max(s.start, lo - 60) : lo]
        if lang == "de" and (title := _GERMAN_TITLE.match(text, lo, hi)) and len(text[title.end() : hi].split()) >= 2:
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
            found.append(((lo, hi), ActorKind.MEDIA_OUTLET))
        elif (_DE_BODY_BEFORE if lang == "de" else _BODY_BEFORE).search(before):
            found.append(((lo, hi), ActorKind.ORGANISATION))
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


def _introduced(text: str, span: Range, s: Sentence, before: str) -> bool:
    """Whether a run of two to four capitalised words is a person by the age after it, or, of two or three, by the
    title and comma before it and a comma after it."""
    words = len(text[span[0] : span[1]].split())
    if 2 <= words <= 4 and _AGE_AFTER.match(text, span[1], s.end):
        return True
    return 2 <= words <= 3 and _TITLE_COMMA.search(before) is not None and text[span[1] : span[1] + 1] == ","
