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
from ..patterns import factored
from .text import Sentence

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


# French past participles of saying, after "a", "ont" ("a déclaré", "C'est ce qu'a annoncé …").
_FR_SAID = (
    "déclaré|dit|affirmé|indiqué|annoncé|expliqué|assuré|ajouté|estimé|précisé|souligné|averti|écrit|prévenu|martelé|"
    "reconnu|dénoncé|rappelé|accusé|insisté|promis|admis|jugé|répondu|confié|raconté|fait savoir|regretté|déploré|"
    "révélé|plaidé|argué|concédé|avoué|signalé|chiffré|évalué"
)
# ("a rejeté près de 12 000 mètres cubes d'effluents": to discharge an amount, not to deny)
_FR_AMOUNT = r"(?!\s+(?:(?:près|plus|moins) d[e'’]\s*|environ\s+|quelque\s+)?\d)"
# An auxiliary, with its inverted pronoun and an adverb or a linking phrase before the participle ("a en revanche
# confirmé", "a-t-elle ajouté", "ont également démenti"), and its negation ("n'a pas confirmé": no claim, but a party).
_FR_AUX = (
    r"(?:n['’])?(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?(?:\s+\w+ment|\s+(?:en revanche|toutefois|"
    r"cependant|pourtant|déjà|aussi|également|par ailleurs|néanmoins|encore|enfin|ensuite|pas|jamais|toujours pas|"
    r"pas encore))?\s+"
)
# Their present tense ("déclare", "explique-t-elle").
_FR_SAYS = (
    "déclare|déclarent|dit|disent|affirme|affirment|indique|indiquent|annonce|annoncent|explique|assure|assurent|"
    "ajoute|estime|estiment|précise|souligne|dénonce|dénoncent|rappelle|accuse|accusent|raconte|reconnaît|admet|"
    "revendique|revendiquent|insiste|promet|confie|regrette|déplore|martèle|prévient|avertit|témoigne|réclament|"
    "critiquent|demandent|craint|craignent"
)

CUES: dict[str, list[Cue]] = {
    "en": [
        _w("said|says|say|told|tells|stated|added(?! up)|announced|announces|claimed|claims|alleged|asserted|"
           "insisted|insists|argued|argues|warned|warns|wrote|writes|posted|explained|explains|noted|predicted|"
           "maintained|testified|tweeted|admitted|admits|accuses|stressed|emphasised|emphasized|"
           "pledged|promised|revealed|believe|believes|replied|"
           "responded|countered|complained|acknowledges|(?<![Aa]n )estimated|urged|urges|cautioned|"
           "criticised|criticized|conceded|accused|estimate(?= that)", C),
        _w("confirmed|confirms|confirm|verified|verify|acknowledged", F),
        _w("denied|denies|deny|rejected|dismissed|refuted|disputed", D),
        _w("reported|reports|reportedly", R),
        _w("according to", C, "after"),
        _w("quoting|citing|which cited|which quoted|who cited", R, "after", relay=True),
    ],
    "de": [
        _w("sagte|sagt|sagten|sagen|erklärte|erklärt|erklärten|erklären|betonte|betont|betonten|behauptete|behauptet|"
           "behaupten|warnte|warnt|warnten|schrieb|schreibt|teilte|teilt|teilten|mitteilte|mitteilten|sprach von|"
           "sprachen von|kündigte|ergänzte|fügte|meinte|meint|versicherte|schätzte|"
           "warf|wirft|unterstrich|verwies|verweist|argumentierte|beklagte|berichtete von|"
           "gab an|gaben an|gibt an|geben an|sagte zu|versprach|verspricht|hob hervor|stellte klar|schätzt|schätzen|"
           "begründete|begründet|nannte|nennt(?! [^.!?]{0,60}\\bbitte\\b)|kritisierte|kritisiert|kritisierten|"
           "forderte|fordert|forderten|mahnte|"
           "befürchtet|befürchtete|rechnet mit|rechnete mit|verteidigte|beziffert|bezifferte|bekanntgab|bekanntgaben|"
           "bekannt gab|gab bekannt|gaben bekannt|gab(?:en)?(?= [^.!?]{1,60}? bekannt\\b)|"
           "führte(?= [^.!?]{1,60}? zurück\\b)", C),
        _w("bestätigte|bestätigt|bestätigten", F),
        _w("dementierte|dementiert|bestritt|bestreitet|bestritten|wies|zurückgewiesen|widersprach", D),
        _w("berichtete|berichtet|berichteten|meldete|meldet|soll", R),
        _w("laut|nach Angaben von|nach Angaben des|nach Angaben der|nach Angaben|nach Überzeugung|nach Schätzungen|"
           "so(?= (?:der|die|das|ein|eine|ihr|"
           "sein|seine|ihre) )|hieß es (?:aus|von|bei|im|in der|in)|heißt es (?:aus|von|bei|im|in der|in)", C, "after"),
        _w("zufolge", C),
        _w("unter Berufung auf|die sich auf|der sich auf|das sich auf", R, "after", relay=True),
    ],
    "fr": [
        _w(f"{_FR_AUX}(?:{_FR_SAID})|{_FR_SAYS}", C),
        _w(f"{_FR_AUX}confirmé|confirme|confirment", F),
        _w(f"{_FR_AUX}(?:démenti|nié|rejeté{_FR_AMOUNT}|"
           f"contesté|réfuté)|dément|démentent|nie|nient|conteste|contestent|rejette{_FR_AMOUNT}|réfute", D),
        # ("aurait" alone is hearsay about its subject, "L'intrusion aurait duré …": a party only with a verb of saying)
        _w("a rapporté|rapporte|rapportent|a révélé|révèle|aurai(?:t|ent)\\s+(?:déclaré|dit|affirmé|indiqué|annoncé|"
           "confié|assuré|reconnu|admis|expliqué|précisé|confirmé)", R),
        # ("« … », dit-elle", "explique-t-il": a present tense inverted with its pronoun after a quotation)
        Cue(rf"(?<=, )(?:{_FR_SAYS}|poursuit|résume|note|observe|détaille|témoigne|commente|conclut|nuance|tempère|"
            r"glisse|lance|sourit|s'inquiète|s’inquiète)(?=-(?:t-)?(?:il|elle|ils|elles)(?![\w'’-]))", C, "before"),
        # ("C'est ce qu'a annoncé la préfecture": the auxiliary joined to "qu'", after a pointer back only)
        Cue(rf"(?i)(?<=ce qu['’])(?:a|ont|avait|avaient)\s+(?:{_FR_SAID})(?![\w'’-])", C, "before"),
        Cue(r"(?i)(?<=ce qu['’])(?:a|ont|avait|avaient)\s+confirmé(?![\w'’-])", F, "before"),
        # ("L'information a été confirmée par le rectorat", after that pointer back only)
        Cue(r"(?i)(?<=information a été )confirmée(?![\w'’-])", F, "before"),
        Cue(r"(?i)(?<=information a été )(?:annoncée|révélée|rapportée|donnée)(?![\w'’-])", C, "before"),
        _w("selon|d'après|d’après", C, "after"),
        _w("citant|qui cite|qui citait|s'appuyant sur", R, "after", relay=True),
    ],
    "es": [
        _w("dijo|dice|dicen|afirmó|afirma|afirman|declaró|declararon|aseguró|asegura|aseguran|explicó|explica|"
           "explicaron|indicó|indica|indicaron|señaló|señala|señalaron|añadió|agregó|anunció|anunciaron|advirtió|"
           "advierte|sostuvo|sostiene|estimó|estima|estiman|precisó|denunció|denuncia|denunciaron|escribió|informó|"
           "afirmaron|dijeron|aseguraron|reconoció|reconoce|admitió|admite|acusó|acusa|apuntó|subrayó|destacó|"
           "insistió|recordó|lamentó|prometió|respondió|consideró|considera|manifestó|expresó|comentó|relató|contó|"
           "detalló|defendió|alertó|matizó|zanjó|remarcó|aclaró|enfatizó|puntualizó|calculó|calcula|calculan|justificó|"
           "pidió|reclamó|criticó|calificó|exigió|cifró|valoró|avisó|sostienen|opinó|admitieron|explicaba|atribuyó", C),
        # (the perfect of Spain's press: "ha explicado", "han confirmado")
        _w("(?:ha|han|había|habían) (?:dicho|afirmado|declarado|asegurado|explicado|indicado|señalado|añadido|"
           "agregado|anunciado|advertido|sostenido|estimado|precisado|denunciado|informado|reconocido|admitido|"
           "acusado|apuntado|subrayado|destacado|insistido|recordado|lamentado|prometido|respondido|manifestado|"
           "expresado|comentado|relatado|detallado|defendido|alertado|aclarado|asegurado)", C),
        _w("confirmó|confirma|confirmaron|(?:ha|han|había|habían) confirmado", F),
        _w("negó|niega|niegan|desmintió|desmiente|rechazó|rechaza|negaron|desmintieron|rechazaron|"
           "(?:ha|han|había|habían) (?:negado|desmentido|rechazado)", D),
        _w("publicó|reportó|informa|informaron|habría|habrían", R),
        Cue(r"(?i)(?<=lo )publica(?![\w'’-])", R, "before"),  # ("Así lo publica el diario", not "publica la lista")
        _w("según|de acuerdo con", C, "after"),
        _w("citando a|citando|que citó a|que cita a|que citaba a", R, "after", relay=True),
    ],
    "ru": [
        _w("заявил|заявила|заявили|заявляет|сообщил|сообщила|сообщили|сказал|сказала|сказали|отметил|отметила|"
           "рассказал|рассказала|добавил|добавила|подчеркнул|подчеркнула|утверждает|утверждают|утверждал|"
           "утверждала|пообещал|пообещала|предупредил|написал|написала|уточнил|уточнила|считает|объявил|заявило|"
           "признал|признала|признали|пояснил|пояснила|пояснили|объяснил|объяснила|отметили|подчеркнули|добавили|"
           "рассказали|считают|говорит|говорят|обвинил|обвинила|обвинили|пообещали|заверил|заверила|отмечает|"
           "подчеркивает|подчёркивает|указал|указала|указали|напомнил|напомнила|полагает|полагают|заявляют|"
           "предупредила|предупредили|сообщил журналистам|ответил|ответила|назвал|назвала|оценил|оценила|объявила|"
           "объявили|объявило|призвал|призвала|призвали|потребовал|потребовала|потребовали|раскритиковал|"
           "раскритиковала|пожаловался|пожаловалась|пожаловались|прогнозирует|прогнозируют|оценили|считал(?=,)|считала(?=,)|"
           "назвали|обещают|обещает|жалуются", C),
        _w("подтвердил|подтвердила|подтвердили|подтверждает|подтвердило", F),
        _w("опроверг|опровергла|опровергли|отрицает|отрицал|отрицала|отвергла|отверг|опровергает|опровергло|отвергло|"
           "отрицают", D),
        _w("сообщает|сообщают|пишет|передаёт|передает|сообщило|сообщалось|по сообщению", R),
        _w("как сообщает|как сообщают|как стало известно", R, "after"),
        _w("как сообщил|как сообщила|как сообщили|как заявил|как заявила|как рассказал|как рассказала|как отметил|"
           "как отметила|как пояснил|как пояснила|как уточнил|как уточнила|как уточнили|как пояснили|как отметили", C,
           "after"),
        _w("по данным|по словам|по информации|по оценке|по оценкам|по мнению|по расч[её]там|по подсч[её]там|"
           "по прогнозам|по прогнозу|согласно", C, "after"),
        # ("По его словам, …": whose words, the pronoun between)
        Cue(r"(?i)(?<![\w-])по(?= (?:его|её|ее|их) (?:словам|оценке|оценкам|мнению|подсч[её]там)\b)", C, "after"),
        # (", говорится в сообщении мэрии": what a body's document says is the body's claim)
        _w("(?:говорится|сказано) (?:в|во) (?:сообщении|заявлении|пресс-релизе|релизе|документе|отч[её]те|докладе|"
           "письме|обращении|постановлении|приказе|публикации|телеграм-канале|канале)", C, "after"),
        _w("со ссылкой на|ссылаясь на", R, "after", relay=True),
    ],
    "uk": [
        _w("заявив|заявила|заявили|заявляє|повідомив|повідомила|повідомили|сказав|сказала|сказали|зазначив|"
           "зазначила|додав|додала|наголосив|наголосила|стверджує|стверджують|стверджував|написав|написала|"
           "розповів|розповіла|уточнив|уточнила|пообіцяв|пообіцяла|попередив|вважає|заявило|повідомило|каже|кажуть|"
           "визнав|визнала|визнали|пояснив|пояснила|пояснили|відповів|відповіла|назвав|назвала|наголосили|"
           "зазначили|додали|розповіли|запевнив|запевнила|нагадав|нагадала|підкреслив|підкреслила|вважають|"
           "звинуватив|звинуватила|звинуватили|пообіцяли|заявляють|попередила|попередили|оцінив|оцінила|оголосив|"
           "оголосила|оголосили|оголосило|закликав|закликала|закликали|вимагає|вимагають|розкритикував|"
           "розкритикувала|поскаржився|поскаржилася|прогнозує|прогнозують|радить|радять|оцінили|назвали|обіцяє|обіцяють|"
           "називають|називає|скаржаться|скаржиться", C),
        _w("підтвердив|підтвердила|підтвердили|підтверджує|підтвердило", F),
        _w("спростував|спростувала|спростували|заперечив|заперечила|заперечили|заперечує|спростовує|спростувало", D),
        _w("повідомляє|повідомляють|пише|передає", R),
        _w("як повідомляє|як повідомляють|як стало відомо", R, "after"),
        _w("як повідомив|як повідомила|як повідомили|як заявив|як заявила|як розповів|як розповіла|як зазначив|"
           "як зазначила|як пояснив|як пояснила|як уточнив|як уточнила|як уточнили|як пояснили|як зазначили", C,
           "after"),
        _w("за даними|за словами|за інформацією|за оцінкою|за оцінками|на думку|за розрахунками|за прогнозами|згідно з|"
           "згідно із", C, "after"),
        Cue(r"(?i)(?<![\w-])за(?= (?:його|її|їх) (?:словами|оцінкою|оцінками|підрахунками|даними)\b)", C, "after"),
        _w("(?:йдеться|ідеться|говориться|сказано) (?:в|у) (?:повідомленні|заяві|пресрелізі|прес-релізі|документі|"
           "звіті|листі|зверненні|постанові|публікації|телеграм-каналі|каналі)", C, "after"),
        _w("(?:з|із|зі) посиланням на|посилаючись на", R, "after", relay=True),
    ],
    "ar": [
        _w("قال|قالت|وقال|وقالت|أعلن|أعلنت|وأعلن|وأعلنت|صرح|صرّح|وصرح|أوضح|أوضحت|وأوضح|أضاف|أضافت|وأضاف|"
           "أكد|أكدت|وأكد|وأكدت|زعم|زعمت|ادعى|ادعت|أشار|أشارت|وأشار|كتب|كتبت|قدّر|قدر|قدرت|توقعت|توقع|وتوقعت|"
           "وتوقع|تبنت|تبنى|وتبنت|وتبنى|يقول|تقول|ويقول|وتقول|يقولون|ويقولون|تعهد|وتعهد|تعهدت|وتعهدت|اتهم|واتهم|"
           "وأشارت|وأوضحت|وقدرت|وقدّرت|قدّرت|ويتوقع|وتتوقع|حذر|حذّر|وحذر|وحذّر|حذرت|وحذرت|دعا|ودعا|دعت|ودعت|"
           "أوصى|وأوصى|أوصت|وأوصت|"
           "اتهمت|واتهمت|شدد|وشدد|شددت|وشددت|لفت|ولفت|أفاد|يؤكد|ويؤكد|تؤكد|وتؤكد|يرى|ويرى|ترى|وترى", C, "after"),
        _w("أقر|أقرت|وأقر|اعترف|اعترفت|(?:و)?(?:أكد|أكدت) (?:ذلك|هذا)", F, "after"),
        _w("نفى|نفت|ونفى|ونفت|رفض|رفضت|نفوا|ينفي|تنفي|وينفي|وتنفي", D, "after"),
        _w("ذكرت|ذكر|وذكرت|أفادت|أفاد|وأفادت|نقلت|ونقلت|أوردت", R, "after"),
        _w("وفقا ل|وفقاً ل|وفقا لـ|وفقاً لـ|بحسب|وبحسب|حسب|وحسب|طبقا ل", C, "after"),
        # ("جاء ذلك في بيان لوزارة النقل": what was said before, in a body's statement)
        _w("(?:و)?جاء ذلك (?:في|خلال) (?:بيان|تصريح|تصريحات|كلمة|مؤتمر صحفي|منشور|رسالة)"
           "(?: عقده| عقدته)?", C, "after"),
        _w("نقلا عن|نقلاً عن", R, "after", relay=True),
    ],
    "ko": [
        _u("밝혔다|밝혔으며|밝혔고|말했다|말했으며|전했다|설명했다|덧붙였다|강조했다|발표했다|주장했다|주장했으나|주장했지만"
           "|주장했고|경고했다|추산했다|전망했다|예상했다|말했고|언급했다|지적했다|당부했다|요구했다|촉구했다|비판했다|분석했다"
           "|평가했다|예측했다|호소했다|설명했으며|강조했으며|지적했으며|요구하고 있다|주장하고 있다|밝히고 있다", C),
        _u(r"확인했다|확인해\s?줬다|인정했다", F),
        _u("부인했다|부인했으며|부정했다|반박했다|일축했다", D),
        _u(r"보도했다|보도했으며|보도에\s?따르면|전해졌다|알려졌다", R),
        _u(r"에\s?따르면|의\s?말에\s?따르면", C),
        _u(r"을\s?인용해|를\s?인용해|을\s?인용하여|를\s?인용하여", R, relay=True),
    ],
    "zh": [
        _u("表示|(?<![名号职简俗])称(?![为作号])|说(?![法明服])|指出|透露|宣布|介绍|强调|声称|坦言|警告|估计|认为"
           "|呼吁", C),
        _u("证实|确认|承认", F),
        _u("否认|驳斥|辟谣", D),
        _u("报道|报导|据悉|据报", R),
        _u("(?<![数根依证占])据|根据", C, "after"),
        _u("援引|引述|引用", R, "after", relay=True),
    ],
    "ja": [
        _u("と述べた|と話した|と明らかにした|と発表した|と説明した|と語った|と主張した|と強調した|と指摘した|と警告した"
           "|と見積もった|としている|とした|と述べ|と話し|とコメントした|と訴えた|と訴えている|と試算している|と試算した"
           "|とみている|と予想している|と予想した|と批判した|と求めた|と呼びかけた|と語っている|と話している|と投稿した"
           "|ことを明らかにした", C),
        _u("と認めた|を認めた|と確認した|を確認した", F),
        _u("と否定した|を否定した|と反論した|を否認した|と否認した", D),
        _u("と報じた|が報じた|と伝えた|によると報じ", R),
        _u("によると|によれば", C),
        _u("を引用して|を引用し|の話として", R, relay=True),
    ],
}  # fmt: skip
CUES["be"] = CUES["ru"]

# Words that turn a cue around: "did not confirm" is no confirmation, "did not deny" no denial.
NEGATION = {
    "en": r"(?:\b(?:not|never|declined to|refused to|n't)\s+(?:\w+\s+){0,2})$|\b(?:neither|nor|nobody|no one)\b.*$",
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


# The languages whose words are spaced apart (their cues read a party as words before or after the verb).
SPACED = {"en", "de", "fr", "es", "ru", "uk", "be", "ar"}


@lru_cache(maxsize=32)
def compiled(lang: str) -> list[tuple[Prefiltered, Cue]]:
    """The cues of `lang` (English where the language has none of its own), compiled (each searched only in a text
    that holds one of its words: see `prefilter`)."""
    return [(Prefiltered(factored(cue.pattern, re.IGNORECASE)), cue) for cue in CUES.get(lang, CUES["en"])]


def negated(text: str, s: Sentence, at: tuple[int, int], lang: str, status_word: bool = True) -> bool:
    """Whether the cue at `at` is negated ("has not confirmed", "did not deny", "확인하지 않았다")."""
    pattern = NEGATION.get(lang)
    if not pattern:
        return False
    if lang == "fr" and re.match(r"n['’]", text[at[0] : at[1]]):
        return True  # ("n'a pas confirmé": the negation read with its auxiliary)
    if lang in ("ko", "ja"):
        return re.search(pattern, text[at[0] : min(s.end, at[1] + 8)]) is not None
    if lang == "de" and re.search(r"^[^,;:„“\"]*\bnicht\b", text[at[1] : s.end], re.I) and status_word:
        return True  # ("bestätigte die Festnahme zunächst nicht": German puts "nicht" after its verb)
    return re.search(pattern, text[max(s.start, at[0] - 30) : at[0]], re.I) is not None


def status_of(cue: Cue, is_negated: bool, lang: str) -> ClaimStatus | None:
    """The status a cue implies; None when it is negated: "has not confirmed" and "did not deny" credit the party with
    no claim at all, nor, in a spaced language or in Chinese, does "did not say" ("但未透露")."""
    if is_negated and (cue.status in STATUS_WORDS or lang in SPACED or lang == "zh"):
        return None
    return cue.status


STATUS_WORDS = (ClaimStatus.CONFIRMED, ClaimStatus.DENIED)


# The channel a party speaks through.
_CHANNEL = factored(
    r"(?:\b(?:on|via|in|at|through)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|Weibo|social media|(?:state\s+|national\s+)?"
    r"(?:television|TV|radio)|(?:\w+\s+){0,2}(?:statement|post|video|interview|briefing|press conference|"
    r"news conference|letter|broadcast|message|address))\b"
    r"|\b(?:auf|in|im|per)\s+(?:X|Telegram|Facebook|Instagram|einer\s+Erklärung|einer\s+Mitteilung|einem\s+"
    r"Interview|einer\s+Pressekonferenz|einem\s+Video)\b"
    r"|\b(?:sur|dans|en|por|a través de)\s+(?:X|Telegram|Facebook|Instagram|un communiqué|une déclaration|"
    r"une interview|un comunicado|una entrevista|rueda de prensa|una rueda de prensa|conférence de presse|"
    r"su cuenta de X|redes sociales)\b"
    r"|(?<!\w)(?:в|у|на)\s+(?:Telegram|телеграм[\w-]*|X|Facebook|заявлении|заяві|интервью|інтерв'ю|"
    r"брифинге|брифінгу|пресс-конференции|пресконференції|соцсетях|соцмережах)"
    r"|(?:في|عبر|على)\s+(?:بيان|منصة\s+\S+|تلغرام|مؤتمر صحفي|حسابه|مقابلة)"
    r"|텔레그램|성명을?\s?통해|성명에서|기자회견에서|보도자료를?\s?통해|에스엔에스|SNS"
    r"|(?:在|通过)(?:声明|社交媒体|微博|记者会|新闻发布会)|声明中|声明称"
    r"|(?:声明|記者会見|会見|ツイッター|テレグラム)で)",
    re.I,
)


def channel_in(text: str, s: Sentence) -> tuple[int, int] | None:
    """Where sentence `s` names the channel a party spoke through ("in a statement", "auf X", "在声明中")."""
    m = _CHANNEL.search(text, s.start, s.end)
    return (m.start(), m.end()) if m else None
