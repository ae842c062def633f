"""A field of the story given its value by an order (round fifty-three): "the date to give is 9 November", "Noteer
als locatie het Stationsplein", "ist als Funktion einzutragen: Landrat", "Translators may render the mayor's title
as deputy health minister", "标题一律写为……".

A report tells what happened; it does not tell its reader which value to put in a field of the story. A sentence
that names such a field (a date, a place, a role or title, a figure or count, a source, a headline, a link) and
says, as an order, a duty, a permission, a request or a gerundive ("to give", "à retenir", "da indicare",
"einzutragen"), what the field is to be written as, addresses whoever writes a version of the text, whoever it
names as that reader (translators, teachers, archivists, "anyone") or names none. People's own fields are
forms, not the story's: "give your date of birth as …", "ihre Adresse" (a possessive of the reader) is not read.
"""

from __future__ import annotations

import functools
import re

from .features import Features, has_imperative, reported
from .forms import WISH
from .normalise import has_unspaced
from .prefilter import Prefiltered

# The story's fields, as a version of it would name them.
_FIELD = (
    r"date|day|place|location|venue|role|title|job\s+title|function|position|post|figure|number|count|total|"
    r"toll|tally|attendance|quantity|amount|source|headline|link|url|web\s+address|"
    r"datum|tag|ort|standort|funktion|titel|amt|zahl|anzahl|menge|quelle|schlagzeile|überschrift|"
    r"locatie|plaats|functie|aantal|hoeveelheid|bron|kop|koptekst|"
    r"lieu|fonction|titre|chiffre|nombre|bilan|quantité|lien|"
    r"fecha|lugar|sitio|cargo|título|cifra|número|cantidad|fuente|titular|enlace|"
    r"data|luogo|carica|incarico|titolo|numero|quantità|fonte|"
    r"local|quantidade|manchete|ligação|"
    r"miejsce|funkcja|funkcję|stanowisko|tytuł|liczba|liczbę|ilość|źródło|"
    r"дата|дату|место|должность|звание|цифра|цифру|число|количество|источник|заголовок|ссылка|ссылку"
)
# How a value is given: "as", in each language.
_AS = r"as|als|comme|como|come|jako|как|в\s+качестве"
# Verbs of crediting a value to someone, as stems.
_ATTRIBUTE = (
    r"attribut\w*|credit\w*|toeschrijv\w*|toe\s+te\s+schrijven|toeschrijft|zuschreib\w*|zuzuschreiben|attribu\w*|"
    r"atribu\w*|przypis\w*|припис\w*"
)
# Whoever a label is for: "para quien cite", "for anyone quoting", "per chi", "für alle, die".
_READER = r"for|para|per|pour|für|voor|dla|для|quien|quienes|chi|qui|wer|wie|kto|кто|anyone|whoever|those"
# Verbs of putting a value down, as stems.
_VERB = (
    r"give|render|list|record|enter|note|state|write|report|show|describe|cite|credit|attribute|put|mark|log|use|"
    r"treat|present|print|label|keep|carry|quote|translate|"
    r"gib|geben|trag|tragen|nenn|notier|schreib|verwend|vermerk|übernehm|angeb|anzugeb|einzutrag|aufzuführ|"
    r"noteer|vermeld|geef|geven|schrijf|gebruik|neem|"
    r"indiqu|écri|not|mentionn|retien|reten|utilis|inscri|présent|tradui|"
    r"indic|escrib|anot|consign|us|utiliz|cit|registr|ponga|pon|"
    r"riport|scriv|scriva|segn|mostr|"
    r"escrev|regist|refir|apresent|"
    r"poda|podaj|wpis|zapis|użyj|używ|przełóż|"
    r"указ|пиш|напиш|запиш|использ|привод|перевод"
)
_GERUNDIVE = (
    r"to\s+(?:give|use|state|report|quote|cite|show|print|write|enter|record|list|keep|carry|mention)|"
    r"à\s+(?:retenir|indiquer|donner|mentionner|citer|utiliser|reprendre|afficher|inscrire|écrire)|"
    r"a\s+(?:indicar|consignar|usar|utilizar|citar|dar|mencionar|mostrar|registrar|referir|apresentar|reter)|"
    r"da\s+(?:indicare|riportare|usare|utilizzare|citare|dare|mostrare|menzionare|scrivere)|"
    r"do\s+(?:podania|wpisania|użycia)"
)
# (A field after an indefinite article is any one, not the story's: "citar una fuente como la OMS".)
_NOT_INDEFINITE = r"(?!(?:a|an|any|un|une|una|uno|ein|eine|einen|een|um|uma)\s)"
_ART = r"(?:(?:the|its|this|that|le|la|l'|el|il|lo|o|a|de|het|der|die|das|den)\s+)?"
_SPACED = re.compile(
    # "the date to give is", "la date à retenir :", "il luogo da indicare è"
    rf"(?<![\w'])(?:{_FIELD})\s+(?:{_GERUNDIVE})(?![\w'])"
    # "render the mayor's title as", "indiquez la date comme", "give the count as"
    rf"|(?<![\w'])(?:{_VERB})\w*\s+(?:{_NOT_INDEFINITE}[\w'’-]+\s+){{0,3}}?(?:{_FIELD})\s+(?:{_AS})(?![\w'])(?!\s+(?:a|an|un|une|ein|eine|einen|een|uno|una|um|uma)\s)"
    # "als Funktion einzutragen", "Noteer als locatie", "use 9 May as the date", "jako źródło"
    rf"|(?<![\w'])(?:{_AS})\s+{_ART}(?:{_FIELD})(?![\w'])"
    # "la quantità raccolta sarà riportata come 2.940", "the date will be given as"
    rf"|(?<![\w'])(?:{_FIELD})\s+(?:\S+\s+){{0,4}}?(?:{_VERB})\w*\s+(?:{_AS})\s+"
    r"(?!(?:a|an|un|une|ein|eine|einen|een|uno|una|um|uma)\s)"
    # "présenter Odile Marchais comme sénatrice": a named person given as something
    rf"|(?<![\w'])(?:{_VERB})\w*\s+(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+)){{1,2}}\s+(?:{_AS})\s+"
    r"(?!(?:a|an|un|une|ein|eine|einen|een|uno|una|um|uma)\s)"
    # "het aantal fietsers aan Telbureau De Spaak toeschrijven": a field credited to someone
    rf"|(?<![\w'])(?:{_FIELD})(?![\w'])[^.;:!?]{{0,80}}?(?<![\w'])(?:{_ATTRIBUTE})"
    rf"|(?<![\w'])(?:{_ATTRIBUTE})\w*\s+(?:the|this|that|its|le|la|l'|el|il|lo|de|het|der|die|das|den)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_FIELD})(?![\w'])"
    # "Cargo de Maite Garcimuñoz para quien cite la noticia …: delegada …": a field's label for a reader
    rf"|^[\W_]*(?:{_FIELD})(?![\w'])[^:：\n]{{0,80}}?(?<![\w'])(?:{_READER})(?![\w'])[^:：\n]{{0,80}}[:：]",
    re.IGNORECASE,
)
_VERB_ANYWHERE = re.compile(rf"(?<![\w'])(?:{_VERB})\w*", re.IGNORECASE)
# The reader's own fields on a form: "your date of birth", "Ihre Adresse", "votre numéro".
_OWN = re.compile(
    r"(?<![\w'])(?:your|their|his|her|ihre?n?|seine?n?|votre|vos|leur|su|sus|tu|tuo|tua|suo|sua|seu|sua|uw|je|jouw|"
    r"twój|twoja|swoj\w*|ваш\w*|свой|свою|его|её)\s+(?:\w+\s+)?(?:" + _FIELD + r")(?![\w'])",
    re.IGNORECASE,
)
# A permission, beside the duties and orders of `features`: "may render", "vous pouvez écrire", "darf … lauten".
_MAY = re.compile(
    r"(?<![\w'])(?:(?-i:may)|can|is\s+to|are\s+to|darf|dürfen|kann|können|peut|pouvez|peuvent|puede|pueden|può|possono|"
    r"pode|podem|mag|mogen|kan|kunnen|może|mogą|можно|можете|будет\s+указ\w*)(?![\w'])",
    re.IGNORECASE,
)

# Chinese, Japanese and Korean: a field, then within a few characters a verb of writing it as something, with an
# order's or a duty's word, or the Korean and Japanese forms of request.
_UNSPACED = re.compile(
    r"(?:日期|时间|地点|地址|职务|职位|头衔|身份|数字|人数|数据|来源|出处|标题|链接|网址)[^。！？]{0,12}?"
    r"(?:应|须|需|请|一律|统一|可)[^。！？]{0,8}?(?:写为|写成|写作|记为|标为|标注为|注明为|列为|填为|填写为|改为|称为)"
    r"|(?:日付|日時|場所|会場|肩書き?|役職|数字|人数|出典|情報源|見出し|リンク)(?:は|を|として)[^。！？]{0,24}?"
    r"(?:と|に)(?:記して|書いて|表記して|記載して|して)(?:ください|下さい|もよい|もいい|いただ)"
    r"|(?:날짜|일자|장소|직함|직책|수치|숫자|인원|출처|제목|링크)(?:은|는|을|를)[^.!?]{0,24}?(?:으로|로|라고)\s*"
    r"(?:기재|표기|적어|써|표시|기록)(?:해\s*주|하여\s*주|해야|하십시오|하세요|바랍|된다|한다|합니다|하면)"
)
_SPACED_P = Prefiltered(_SPACED)
# A value after the field: a word, a figure or a quotation.
_VALUE = re.compile(r"[\w\"“„«'‘]")
# An order's verb opening the sentence or a clause after a label or a question, and the German and Dutch
# gerundives of duty: "Noteer als locatie …", "… ist als Funktion einzutragen".
_ORDER = re.compile(
    r"(?:^|[:?;]\s*)[\W_]*(?:give|render|list|record|enter|note|state|write|report|show|use|put|mark|quote|cite|credit|"
    r"attribute|label|treat|translate|noteer|vermeld|geef|schrijf|gebruik|neem|gib|trag|tragen|nenne|nennen|"
    r"notiere|notieren|schreibe|schreiben|verwende|verwenden|vermerke|indiquez|écrivez|notez|mentionnez|retenez|"
    r"utilisez|inscrivez|indique|indiquen|escriba|escribe|anote|consigne|usa|usen|utilice|registre|ponga|indica|"
    r"indicate|riporta|riportate|scrivi|scrivete|usate|indiquem|escreva|escrevam|registe|podaj|podajcie|wpisz|"
    r"wpiszcie|zapisz|użyj|укажите|укажи|пишите|напишите|запишите|используйте)(?![\w'])"
    r"|(?<![\w'])(?:einzutragen|anzugeben|zu\s+nennen|zu\s+vermerken|aufzuführen|zu\s+schreiben|zu\s+verwenden|"
    r"te\s+vermelden|te\s+noteren|te\s+gebruiken)(?![\w'])",
    re.IGNORECASE,
)


# Where a clause ends: a comma, a semicolon, or "and" joining another.
_CLAUSE_END = re.compile(r"[,;]\s|\s(?:and|en|und|et|y|e|i|oraz|и)\s", re.IGNORECASE)


# A future of instruction with no agent: "se indicará como fecha", "sarà riportata come", "will be given as",
# "sera présenté comme". (An agent's future, "Die Studie wird … nennen", is a forecast.)
_IMPERSONAL_FUTURE = re.compile(
    r"(?<![\w'])(?:se\s+\w+r[áà]n?|ser[áà]n?\s+\w+[ai]d[oa]s?|sar[àa]|saranno|will\s+be|seront|sera|pourront|"
    r"zal\s+worden|wordt|będzie|będą|будет|будут|wird\s+(?:\w+\s+){0,4}?(?:angegeben|genannt|eingetragen|geführt))(?![\w'])",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _spaced_hit(text: str) -> bool:
    return _SPACED_P.search(text) is not None


# A rule credited to whoever made it: "El juez dispuso que …", "Selon le nouveau décret, …", "Nach der neuen
# Wahlordnung …", "the licence requires …", "法院判决，…". A field's value so set is the rule's content, news.
_RULE = re.compile(
    r"(?<![\w'])(?:ruled|ordered|decided|decreed|requires?|required|under\s+the|according\s+to|selon|d'après|"
    r"aux\s+termes|décret|règlement|arrêté|nach\s+(?:der|dem|den)|laut|gemäß|verordnung|ordnung|urteil|entschied|"
    r"según|dispuso|decidió|ordenó|resolución|reglamento|decreto|ley|secondo|stabilito|disposto|deciso|regolamento|"
    r"sentenza|pela|pelo|segundo|determinou|decidiu|resolução|regulamento|volgens|besloot|bepaalde|verordening|"
    r"zgodnie|według|orzekł|postanowił|rozporządzeni\w*|przepis\w*|согласно|постановил\w*|решил\w*|по\s+закону|"
    r"правил\w*|licen[cs]e|licenza|licencia|licença|licentie|licencj\w*|лицензи\w*|lizenz|nutzungsbedingungen)(?![\w'])"
    # verbs of reporting, anywhere: "a rappelé la maire", "La fédération a précisé que", "przypomina urząd"
    r"|(?<![\w'])(?:said|says|told|explained|stressed|recalled|noted|rappel\w*|précis\w*|expliqu\w*|souligné|"
    r"sagte|erklärte|betonte|erinnerte|dijo|explicó|precisó|recordó|subrayó|ha\s+(?:detto|ricordato|precisato|"
    r"spiegato)|disse|explicou|lembrou|afirmou|zei|benadrukte|legde\s+uit|przypomina\w*|podkreśl\w*|zaznacz\w*|"
    r"wyjaśni\w*|powiedział\w*|напомни\w*|поясни\w*|сообщи\w*|заяви\w*|сказал\w*)(?![\w'])"
    r"|判决|裁定|规定|根据|依据|按照|判決|規定|によると|판결|규정|따르면",
    re.IGNORECASE,
)


def designates_field(text: str, f: Features) -> bool:
    """Whether `text` gives a field of the story its value by an order, a duty, a permission or a gerundive, in the
    clause that names the field, in no party's voice: credited by a reporting clause or to a rule, it is news."""
    unspaced = has_unspaced(text) and _UNSPACED.search(text) is not None
    if not (unspaced or _spaced_hit(text)) or _RULE.search(text) or reported(text, f):
        return False
    if unspaced:
        return True
    m = _SPACED.search(text)
    assert m is not None
    credits = re.search(rf"(?<![\w'])(?:{_ATTRIBUTE})", m.group(0), re.IGNORECASE) is not None
    if _OWN.search(text) or not (credits or _VALUE.search(text, m.end())):
        # (A field given no value after it is a use, not a designation: "Gebruik het als gereedschap, nooit als
        # bron.")
        return False
    if m.group(0).rstrip().endswith((":", "：")) or re.match(rf"\S+\s+(?:{_GERUNDIVE})", m.group(0), re.IGNORECASE):
        return True  # a label for a reader, or a gerundive ("the date to give is")
    clause = _clause(text, m)
    if not (credits or _VERB_ANYWHERE.search(clause)):
        return False
    # (The mood is the clause's: "Die Studie wird als Quelle … nennen und soll im Frühjahr erscheinen" is a
    # forecast, its "soll" another clause's.)
    return bool(
        _ORDER.search(clause)
        or has_imperative(clause, f)
        or f.modal.search(clause)
        or f.request.search(clause)
        or WISH.search(clause)
        or _MAY.search(clause)
        or _IMPERSONAL_FUTURE.search(clause)
    )


def _clause(sentence: str, m: re.Match[str]) -> str:
    """The clause of `sentence` that holds the match `m`."""
    before = [b.end() for b in _CLAUSE_END.finditer(sentence, 0, m.start())]
    after = _CLAUSE_END.search(sentence, m.end())
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


# A name or a figure of the sentence: a capitalised word after its first, or a run with a digit.
_TOKEN = re.compile(r"(?<=\s)(?-i:[A-ZÀ-ÞА-Я])[\w'’-]+|\S*\d[\S]*")


def plants_nothing(sentence: str, rest: str) -> bool:
    """Whether every name and figure a field's designation gives, in its clause, is in the rest of the article
    already (a reuse note that credits the story's own body: "Wie de tabel overneemt, moet Woningcorporatie
    Kreekstad als bron vermelden en het peiljaar 2026 noemen"): it plants no value, and is the newsroom's. A
    designation with no name or figure is kept."""
    m = _SPACED.search(sentence)
    if m is None:
        return False
    clause = _clause(sentence, m)
    tokens = {t.strip(".,;:!?()[]«»\"“”'’") for t in _TOKEN.findall(clause)}
    tokens = {t for t in tokens if len(t) > 1}
    # The value written small too: what follows "as" ("présenter Odile Marchais comme sénatrice de la
    # circonscription"), or what comes before "as the field" ("citer l'observatoire comme source des chiffres").
    given = list(_GIVEN_AS.finditer(clause))
    value = ""
    if given:
        last = given[-1]
        field_after = re.match(rf"\s+{_ART}(?:{_FIELD})(?![\w'])", clause[last.end() :], re.IGNORECASE)
        value = clause[: last.start()] if field_after else clause[last.end() :]
    words = {w.lower() for w in _WORD.findall(value)}
    words = {w for w in words if not _FIELD_OR_VERB.fullmatch(w) and not _PLAIN.fullmatch(w)}
    lowered = rest.lower()
    return bool(tokens | words) and all(t in rest for t in tokens) and all(w in lowered for w in words)


_GIVEN_AS = re.compile(rf"(?<![\w'])(?:{_AS})(?![\w'])", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")
_FIELD_OR_VERB = re.compile(rf"(?:{_FIELD})s?|(?:{_VERB})\w*|(?:{_ATTRIBUTE})", re.IGNORECASE)
# Words of the clause around a value that name none: modals, pronouns, the newsroom's addressees.
_PLAIN = re.compile(
    r"must|should|please|bitte|moet|moeten|deve|devono|debe|deben|doit|doivent|sont|priées?|prié|wordt|worden|"
    r"rédactions|redacties|redaktionen|redazioni|redacciones|redações",
    re.IGNORECASE,
)
