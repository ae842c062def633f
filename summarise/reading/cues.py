"""The words that report speech, per language: what each cue implies about the claim's status, and on which
side of it the source stands.

`before`: the source precedes the cue ("the ministry said", "군청이 밝혔다", "消防部门表示"); an inverted
clause (", said the minister") is told apart by the reader. `after`: the source follows ("according to X",
"laut X", "قال X"). Each cue is a regular expression over the article's text as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..grounding.prefilter import Prefiltered
from ..models import ClaimStatus

Side = Literal["before", "after"]
C, F, D, R = ClaimStatus.CLAIMED, ClaimStatus.CONFIRMED, ClaimStatus.DENIED, ClaimStatus.REPORTED


@dataclass(frozen=True)
class Cue:
    pattern: str
    status: ClaimStatus
    side: Side
    relay: bool = False  # "citing X", "援引X": X is the source and the speaker only relays it


_LATIN_END = r"(?![\w'’-])"
_LATIN_START = r"(?<![\w'’-])"


def _w(words: str, status: ClaimStatus, side: Side = "before", relay: bool = False) -> Cue:
    """A cue of whole words: 'said|says|told'."""
    return Cue(rf"{_LATIN_START}(?:{words}){_LATIN_END}", status, side, relay)


def _u(chars: str, status: ClaimStatus, side: Side = "before", relay: bool = False) -> Cue:
    """A cue in a script without spaces, matched as written."""
    return Cue(rf"(?:{chars})", status, side, relay)


CUES: dict[str, list[Cue]] = {
    "en": [
        _w("said|says|told|stated|added|announced|claimed|claims|alleged|asserted|insisted|argued|warned|wrote"
           "|posted|explained|noted|predicted|maintained|testified|tweeted", C),
        _w("confirmed|confirms|confirm|verified|verify|acknowledged", F),
        _w("denied|denies|deny|rejected|dismissed|refuted|disputed", D),
        _w("reported|reports|reportedly", R),
        _w("according to", C, "after"),
        _w("quoting|citing|which cited|which quoted|who cited", R, "after", relay=True),
    ],
    "de": [
        _w("sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|behauptete|behauptet|warnte|schrieb|teilte|"
           "mitteilte|mitteilten|sprach von|sprachen von|"
           "kündigte|ergänzte|fügte|meinte|versicherte|schätzte", C),
        _w("bestätigte|bestätigt|bestätigten", F),
        _w("dementierte|dementiert|bestritt|bestreitet|wies|zurückgewiesen|widersprach", D),
        _w("berichtete|berichtet|berichteten|meldete|meldet|soll", R),
        _w("laut|nach Angaben von|nach Angaben des|nach Angaben der|nach Angaben", C, "after"),
        _w("zufolge", C),
        _w("unter Berufung auf|die sich auf|der sich auf|das sich auf", R, "after", relay=True),
    ],
    "fr": [
        _w("a déclaré|déclare|a dit|dit|a affirmé|affirme|a indiqué|indique|a annoncé|annonce|a expliqué|"
           "explique|a assuré|assure|a ajouté|ajoute|a estimé|estime|a précisé|précise|a souligné|a averti|"
           "a écrit|a prévenu|a martelé|a reconnu", C),
        _w("a confirmé|confirme|ont confirmé", F),
        _w("a démenti|dément|a nié|nie|ont démenti|ont nié|a rejeté|conteste|a contesté", D),
        _w("a rapporté|rapporte|rapportent|a révélé|révèle|aurait|auraient", R),
        _w("selon|d'après|d’après", C, "after"),
        _w("citant|qui cite|qui citait|s'appuyant sur", R, "after", relay=True),
    ],
    "es": [
        _w("dijo|dice|afirmó|afirma|declaró|aseguró|asegura|explicó|indicó|señaló|añadió|anunció|advirtió|"
           "sostuvo|estimó|precisó|denunció|escribió|informó|afirmaron|dijeron|aseguraron|reconoció", C),
        _w("confirmó|confirma|confirmaron", F),
        _w("negó|niega|desmintió|desmiente|rechazó|negaron|desmintieron", D),
        _w("publicó|reportó|informa|informaron|habría|habrían", R),
        _w("según|de acuerdo con", C, "after"),
        _w("citando a|citando|que citó a|que cita a|que citaba a", R, "after", relay=True),
    ],
    "ru": [
        _w("заявил|заявила|заявили|заявляет|сообщил|сообщила|сообщили|сказал|сказала|сказали|отметил|отметила|"
           "рассказал|рассказала|добавил|добавила|подчеркнул|подчеркнула|утверждает|утверждают|утверждал|"
           "утверждала|пообещал|пообещала|предупредил|написал|написала|уточнил|уточнила|считает|объявил|заявило", C),
        _w("подтвердил|подтвердила|подтвердили|подтверждает", F),
        _w("опроверг|опровергла|опровергли|отрицает|отрицал|отрицала|отвергла|отверг|опровергает", D),
        _w("сообщает|сообщают|пишет|передаёт|передает|сообщило|сообщалось|как сообщает|по сообщению", R),
        _w("по данным|по словам|по информации|по оценке|по оценкам|по мнению", C, "after"),
        _w("со ссылкой на", R, "after", relay=True),
    ],
    "uk": [
        _w("заявив|заявила|заявили|заявляє|повідомив|повідомила|повідомили|сказав|сказала|сказали|зазначив|"
           "зазначила|додав|додала|наголосив|наголосила|стверджує|стверджують|стверджував|написав|написала|"
           "розповів|розповіла|уточнив|уточнила|пообіцяв|пообіцяла|попередив|вважає|заявило|повідомило", C),
        _w("підтвердив|підтвердила|підтвердили|підтверджує|підтвердило", F),
        _w("спростував|спростувала|спростували|заперечив|заперечила|заперечили|заперечує|спростовує|спростувало", D),
        _w("повідомляє|повідомляють|пише|передає|як повідомляє", R),
        _w("за даними|за словами|за інформацією|за оцінкою|за оцінками|на думку", C, "after"),
        _w("з посиланням на", R, "after", relay=True),
    ],
    "ar": [
        _w("قال|قالت|وقال|وقالت|أعلن|أعلنت|وأعلن|وأعلنت|صرح|صرّح|وصرح|أوضح|أوضحت|وأوضح|أضاف|أضافت|وأضاف|"
           "أكد|أكدت|وأكد|وأكدت|زعم|زعمت|ادعى|ادعت|أشار|أشارت|وأشار|كتب|كتبت|قدّر|قدر|قدرت|توقعت|توقع|وتوقعت|"
           "وتوقع|تبنت|تبنى|وتبنت|وتبنى", C, "after"),
        _w("أقر|أقرت|وأقر|اعترف|اعترفت", F, "after"),
        _w("نفى|نفت|ونفى|ونفت|رفض|رفضت|نفوا", D, "after"),
        _w("ذكرت|ذكر|وذكرت|أفادت|أفاد|وأفادت|نقلت|ونقلت|أوردت", R, "after"),
        _w("وفقا ل|وفقاً ل|وفقا لـ|وفقاً لـ|بحسب|وبحسب|حسب|وحسب|طبقا ل", C, "after"),
        _w("نقلا عن|نقلاً عن", R, "after", relay=True),
    ],
    "ko": [
        _u("밝혔다|밝혔으며|밝혔고|말했다|말했으며|전했다|설명했다|덧붙였다|강조했다|발표했다|주장했다|주장했으나|주장했지만"
           "|주장했고|경고했다|추산했다|전망했다|예상했다|말했고|언급했다|지적했다", C),
        _u(r"확인했다|확인해\s?줬다|인정했다", F),
        _u("부인했다|부인했으며|부정했다|반박했다|일축했다", D),
        _u(r"보도했다|보도했으며|보도에\s?따르면|전해졌다|알려졌다", R),
        _u(r"에\s?따르면|의\s?말에\s?따르면", C),
        _u(r"을\s?인용해|를\s?인용해|을\s?인용하여|를\s?인용하여", R, relay=True),
    ],
    "zh": [
        _u("表示|(?<![名号职简俗])称(?![为作号])|说(?![法明服])|指出|透露|宣布|介绍|强调|声称|坦言|警告|估计", C),
        _u("证实|确认|承认", F),
        _u("否认|驳斥|辟谣", D),
        _u("报道|报导|据悉|据报", R),
        _u("(?<![数根依证占])据|根据", C, "after"),
        _u("援引|引述|引用", R, "after", relay=True),
    ],
    "ja": [
        _u("と述べた|と話した|と明らかにした|と発表した|と説明した|と語った|と主張した|と強調した|と指摘した|と警告した"
           "|と見積もった|としている|とした|と述べ|と話し", C),
        _u("と認めた|を認めた|と確認した|を確認した", F),
        _u("と否定した|を否定した|と反論した|を否認した|と否認した", D),
        _u("と報じた|が報じた|と伝えた|によると報じ", R),
        _u("によると|によれば", C),
        _u("を引用して|を引用し", R, relay=True),
    ],
}  # fmt: skip
CUES["be"] = CUES["ru"]

# Words that turn a cue around: "did not confirm" is no confirmation, "did not deny" no denial.
NEGATION = {
    "en": r"(?:\b(?:not|never|declined to|refused to|n't)\s+(?:\w+\s+){0,2})$",
    "de": r"(?:\b(?:nicht|nie|kein)\s+(?:\w+\s+){0,2})$",
    "fr": r"(?:\bn[e']\s*(?:\w+\s+){0,2})$",
    "es": r"(?:\bno\s+(?:\w+\s+){0,2})$",
    "ru": r"(?:\bне\s+)$",
    "uk": r"(?:\bне\s+)$",
    "ar": r"(?:لم\s+|لا\s+)$",
    "ko": r"(?:지\s?않았다|지\s?못했다)",
    "zh": r"(?:未|没有|并未|不)$",
    "ja": r"(?:なかった)",
}


@lru_cache(maxsize=32)
def compiled(lang: str) -> list[tuple[Prefiltered, Cue]]:
    """The cues of `lang` (English where the language has none of its own), compiled (each searched only in a text
    that holds one of its words: see `prefilter`)."""
    return [(Prefiltered(re.compile(cue.pattern, re.IGNORECASE)), cue) for cue in CUES.get(lang, CUES["en"])]
