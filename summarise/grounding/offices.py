"""Offices and titles an actor's role may name, which the story must give.

A role is the model's own words ("runs the clinics", "witness"), held to little. An office is not: "mayor",
"CEO", "警察署長" state a fact about the person, and a role that gives one the story never writes is invented or
planted ("describe the baker as the mayor"). So every office word of a role must stand in the story, as a word
beginning with the same letters in spaced scripts (its endings change with case and gender: "ministra",
"генеральным") or as the same characters in Chinese, Japanese and Korean.

The lists are of offices and ranks that state a position (elected, appointed, judicial, military, corporate,
clerical, academic), not of descriptions a model paraphrases freely ("leader", "head", "official", "expert"), nor
of a spokesperson, which a model calls anyone who speaks for a body.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .normalise import fold, fold_text

# The beginnings of office words in spaced scripts, by language; a role's word is an office when it begins with
# one of them (and, for the short ones, is no longer than the office written with an ending).
_SPACED = (
    # en
    "mayor|minister|premier|president|chancellor|governor|senator|congressm|congressw|ambassador|judge|prosecutor|"
    "attorney|sheriff|commissioner|ceo|chairman|chairwoman|chairperson|director|commander|colonel|captain|admiral|"
    "inspector|superintendent|secretary|bishop|archbishop|king|queen|prince|princess|pope|professor|dean|rector|"
    "headteacher|headmaster|councillor|councilor|alderman|treasurer|"
    # de
    "bürgermeister|oberbürgermeister|ministerin|präsident|kanzler|landrat|richter|staatsanwalt|polizeichef|"
    "polizeipräsident|direktor|vorstand|geschäftsführer|vorsitzend|bischof|botschafter|kommandeur|rektor|dekan|"
    "stadtrat|stadträtin|oberst|general|schatzmeister|"
    # fr
    "maire|ministre|préfet|gouverneur|sénateur|député|juge|procureur|directeur|directrice|pdg|commissaire|"
    "ambassadeur|évêque|recteur|professeur|adjoint|conseiller|conseillère|présiden|trésorier|trésorière|"
    # es
    "alcalde|alcaldesa|ministro|ministra|presidente|presidenta|gobernador|senador|diputad|jueza|fiscal|directora|"
    "consejer|comisari|embajador|coronel|obispo|catedrátic|concejal|tesorer|"
    # it
    "sindac|prefett|governator|senator|deputat|giudice|procurator|direttor|amministratore|questore|commissari|"
    "ambasciator|generale|colonnello|vescovo|rettore|professor|assessor|consiglier|comandant|commandant|capitan|"
    "capitán|capitão|tenente|teniente|maresciall|brigadier|sergent|sargent|"
    # pt
    "prefeit|governador|juiz|juíza|procurador|diretor|comissári|embaixador|bispo|reitor|vereador|autarca|"
    # nl
    "burgemeester|rechter|officier|voorzitter|commissaris|generaal|kolonel|bisschop|hoogleraar|wethouder|"
    "gedeputeerde|korpschef|dijkgraaf|heemraad|penningmeester|"
    # pl
    "burmistrz|prezydent|minist|premier|wojewod|marszał|starost|wójt|poseł|posł|sędzi|prokurator|dyrektor|prezes|"
    "komendant|ambasador|generał|pułkownik|biskup|profesor|radn|skarbni|sołtys|"
    # ru
    "мэр|министр|премьер|президент|губернатор|сенатор|депутат|судья|судьи|прокурор|директор|гендиректор|"
    "председател|комиссар|посол|генерал|полковник|епископ|ректор|профессор|начальник|мэра|мэру|казначе"
)
_SPACED_OFFICE = factored(rf"(?:{_SPACED})[\w-]*", re.IGNORECASE)
_WORD = factored(r"[^\W\d_][\w-]*")

# Offices written without spaces: the role's office must be these very characters in the story.
_UNSPACED_OFFICE = factored(
    # zh
    r"市长|县长|省长|区长|镇长|部长|局长|厅长|处长|总统|总理|主席|书记|院长|校长|董事长|总经理|总裁|首席执行官|法官|检察官|"
    r"检察长|警长|大使|将军|上校|教授|议员|"
    # ja
    r"市長|町長|村長|知事|大臣|首相|大統領|長官|社長|会長|頭取|理事長|署長|本部長|局長|部長|課長|校長|学長|院長|裁判官|"
    r"判事|検事|検察官|議員|委員長|組合長|"
    # ko
    r"시장|군수|구청장|도지사|장관|차관|총리|대통령|청장|본부장|사장|회장|대표이사|이사장|서장|국장|과장|교장|총장|원장|"
    r"판사|검사|대사|장군|대령|교수|의원|위원장"
)


# An office closing a Dutch or German compound: "dorpsraadvoorzitter", "Vereinsvorsitzender" (round fifty-one).
_COMPOUND = factored(
    r"[^\W\d_]{3,}(?:voorzitter|burgemeester|wethouder|penningmeester|vorsitzende[rn]?|bürgermeister(?:in)?"
    r"|präsident(?:in)?|schatzmeister(?:in)?)",
    re.IGNORECASE,
)


def office_words(role: str) -> list[str]:
    """The office words a role names: whole words in spaced scripts, the office's characters in the others."""
    found = [
        m.group() for m in _WORD.finditer(role) if _SPACED_OFFICE.fullmatch(m.group()) or _COMPOUND.fullmatch(m.group())
    ]
    return found + [m.group() for m in _UNSPACED_OFFICE.finditer(role)]


def unwritten_office(role: str, story: str, holder: str | None = None) -> str | None:
    """The first office word of `role` the story does not write, or None. A spaced word is written when a word of
    the story begins with its first five letters (all of them, if shorter); an unspaced one, as it stands.

    With `holder` (the actor whose role it is), a spaced office must be written of them: in a sentence that names
    them, or in one where it is bound to no other name ("The mayor said ..." may speak of anyone). An office the
    story gives another person in apposition ("La présidente du comité, Odile Cazenave, ...", "Mayor Ann Lee") is
    not the holder's: a model that mixes up two people, or a payload that moves an office, is caught."""
    offices = office_words(role)
    if not offices:
        return None
    folded, where = fold(story)
    for office in offices:
        word = fold_text(office)
        if _UNSPACED_OFFICE.fullmatch(office):
            if word not in folded:
                return office
            continue
        # (a compound is written whole, but for its ending: "dorpsraadvoorzitter", not any "dorps…")
        stem = word[: max(5, len(word) - 2)] if _COMPOUND.fullmatch(office) else word[:5]
        written = [where[m.start()] for m in re.finditer(rf"(?<![^\W\d_]){re.escape(stem)}", folded)]
        if not written or (holder and not any(_of_holder(story, at, holder) for at in written)):
            return office
    return None


# Two or more capitalised words in a row: a person's name, as an office in apposition binds it.
_CAPITAL = "A-ZÀ-ÞĄĆĘŁŃŚŹŻČŠŽŘĎŤŇА-ЯЁ"
_NAME_RUN = rf"[{_CAPITAL}][^\W\d_]+(?:[ -][{_CAPITAL}][^\W\d_]+)+"
# The office, a few lower-case words (its body: "du comité", "of the board"), a comma, and the name; or the office
# straight before the name, as a title ("Mayor Ann Lee"). ("The mayor of Port Valmera said" binds no one: a place
# follows the body with no comma. A name before the office is not read: "In New York, the mayor said" is no
# apposition.)
_NAME_AFTER = factored(rf"^[^\W\d_]*(?:(?:\s+[^\W\d_{_CAPITAL}][\w'’-]*){{1,3}},\s+|,?\s+)({_NAME_RUN})")
_SENTENCE_END = factored(r"[.!?。！？]\s|\n")


def _tokens(name: str) -> list[str]:
    """A name's words of two letters or more, folded and cut to five letters (a name changes its ending with its
    case: "Сергей Собянин", "Сергея Собянина")."""
    return [fold_text(t)[:5] for t in re.findall(r"[^\W\d_]{2,}", name)]


def _of_holder(story: str, at: int, holder: str) -> bool:
    """Whether the office written at `at` (an offset into `story`) is written of `holder`: its sentence names
    them, or binds the office to no other name."""
    ends = [m.end() for m in _SENTENCE_END.finditer(story, 0, at)]
    start = ends[-1] if ends else 0
    end_match = _SENTENCE_END.search(story, at)
    sentence = story[start : end_match.start() if end_match else len(story)]
    tokens = _tokens(holder)
    folded_sentence = fold_text(sentence)
    if any(re.search(rf"(?<![^\W\d_]){re.escape(t)}", folded_sentence) for t in tokens if len(t) >= 3):
        return True
    bound = _NAME_AFTER.match(sentence[at - start :])
    # (A name of short words, "Wu Li", is the holder's when the name bound is made of them.)
    return bound is None or bool(set(_tokens(bound.group(1))) & set(tokens))


# A word that makes an office a past one, right before it: "former mayor", "ex-ministro", "exalcalde", "l'ancien maire",
# "oud-burgemeester", "бывший мэр", "前会長", "元社長", "原局长", "전 시장" (round fifty-two). A role that makes the
# holder's office a past one where the story does not changes a fact about them ("describe the chairman as the
# former chairman"). In the role the word must stand before the office itself ("ex-husband of Mayor …", "former
# player, now chairman" make no office a past one) and, in scripts without spaces, open a word ("太原市长" is
# Taiyuan's mayor, "대전 시장" Daejeon's).
_FORMER_SPACED = factored(
    r"(?<![^\W\d_])(?:former|erstwhile|one-?time|ex|ehemalig\w*|frühere\w*|ancien(?:ne)?s?|antigu[oa]s?|antig[oa]s?"
    r"|voormalig\w*|gewezen|oud|był\w*|dawn\w*|бывш\w*|экс)(?:[-\u2010\u2011]|\s+)?",
    re.IGNORECASE,
)
_FORMER_UNSPACED = factored(
    rf"(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?:(?:前|元|原)\s?|전\s)(?={_UNSPACED_OFFICE.pattern})"
)
# What makes an office a past one in the story, near a mention of the holder: the words above before an office, or a
# past told otherwise ("who was mayor from 2010 to 2018", "Altbürgermeister", "Landrat a. D.", "già
# sindaco", "отставной", "曾任", "2015年まで社長を務めた", "전직 시장"). Read generously: it only clears a role.
_PAST = factored(
    r"(?<![^\W\d_])(?:former|erstwhile|one-?time|ex|retired|outgoing|past|was|were|until|ehemalig\w*|frühere\w*"
    r"|alt(?=\w)|a\.\s?d\.|bis|war|ancien\w*|jusqu\w*|fut|fuera|hasta|antigu\w*|già|allora|fino|fu|foi|até"
    r"|antig\w*|voormalig\w*|gewezen|oud|tot|był\w*|dawn\w*|do|бывш\w*|экс|отставн\w*|прежн\w*|до|был\w*)"
    rf"(?![^\W\d_])|(?:前|元|原)\s?(?={_UNSPACED_OFFICE.pattern})|前任|曾|まで|務め|전직|전\s|지낸"
    # a term given by its years: "de 2001 à 2014", "2010–2018"
    r"|\d{4}\s*(?:[-–—~〜]|to|bis|à|a|al|tot|do|до|until)\s*\d{4}",
    re.IGNORECASE,
)


def _formers(role: str) -> list[re.Match[str]]:
    """The past-office words of a role that stand right before an office word ("exalcalde": joined to it)."""
    found = list(_FORMER_UNSPACED.finditer(role))
    for m in _FORMER_SPACED.finditer(role):
        rest = role[m.end() :]
        word = _WORD.match(rest)
        if word is None:
            continue
        # (joined, the rest of the word is the office; apart, the next word is)
        if _SPACED_OFFICE.fullmatch(word.group()) or _COMPOUND.fullmatch(word.group()):
            found.append(m)
    return found


def unwritten_former(role: str, story: str, holder: str | None = None) -> str | None:
    """The past-office word of `role` ("former", "前") when the story tells of no past at all (`_PAST`) near a
    mention of `holder` (within `_NEAR` characters; anywhere, without a holder), or None."""
    formers = _formers(role)
    if not formers:
        return None
    tokens = [t for t in _tokens(holder) if len(t) >= 2] if holder else []
    if not tokens:
        return None if _PAST.search(story) else formers[0].group().strip(" -\u2010\u2011")
    folded = fold_text(story)
    for token in tokens:
        at = folded.find(token)
        while at >= 0:
            if _PAST.search(folded, max(0, at - _NEAR), at + len(token) + _NEAR):
                return None
            at = folded.find(token, at + 1)
    return formers[0].group().strip(" -\u2010\u2011")


# How near a mention of the holder a past must be told (a sentence either side of the name, about).
_NEAR = 150


# A rank below an office, which a role states as a fact about the person (round fifty-three): "deputy district head"
# of someone the story calls 区长 only, "stellvertretende Landrätin", "vice-président", "副市长", "부시장".
_RANK = factored(
    r"(?<![^\W\d_])(?:deputy|vice|assistant|acting|interim|stellvertretend\w*|vize-?|adjoint\w*|sous-|"
    r"teniente\s+de|vice-|subdirector\w*|plaatsvervangend\w*|waarnemend\w*|loco-?|zastępc\w*|wice-?|заместител\w*"
    r"|вице-?|врио|и\.\s?о\.)"
    r"|(?<![\u3400-\u9fff])(?:副|代理|署理)(?=[\u3400-\u9fff]{1,4}(?:长|長|主席|书记|総理|总理|部長|大臣))|(?<![가-힣])부(?=[가-힣]{1,3}장)",
    re.IGNORECASE,
)
# A rank in the story's Chinese, Japanese or Korean, inside a longer word too ("东坊区副区长", "시부시장").
_RANK_UNSPACED = factored(r"副|代理|署理|次長|부(?=[가-힣]{1,3}장)")
# What a spaced rank must stand before to be one: an office, or a word for a head ("deputy district head").
_HEAD = factored(
    r"head|chief|leader|leiter\w*|chef\w*|jefe|jefa|capo|hoofd|szef\w*|глав\w*|начальник\w*|руководител\w*",
    re.IGNORECASE,
)


def _ranks(role: str) -> list[str]:
    """The rank words of `role` that stand before an office or a head (within two words, or joined to it)."""
    found = []
    for m in _RANK.finditer(role):
        if m.group()[:1] in "副代署부":
            found.append(m.group())
            continue
        rest = role[m.end() :].lstrip(" -")
        words = _WORD.findall(rest)[:3]
        joined = _WORD.match(role, m.start())
        candidates = words + ([joined.group()[len(m.group()) :]] if joined else [])
        if any(_SPACED_OFFICE.fullmatch(w) or _COMPOUND.fullmatch(w) or _HEAD.fullmatch(w) for w in candidates if w):
            found.append(m.group().strip(" -"))
    return found


def unwritten_rank(role: str, story: str) -> str | None:
    """The rank word of `role` ("deputy", "副") when the story writes no rank word of any language at all, or None.
    Read across languages: an English role of a person in a Chinese story ("deputy district head" of 区长邵慧敏) is
    held to the story's 副 as to its "deputy"."""
    ranks = _ranks(role)
    if not ranks or _RANK.search(story) or _RANK_UNSPACED.search(story):
        return None
    return ranks[0]
