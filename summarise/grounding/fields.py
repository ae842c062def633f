"""A field of the story given its value by an order (round fifty-three): "the date to give is 9 November", "Noteer
als locatie het Stationsplein", "ist als Funktion einzutragen: Landrat", "标题一律写为……".

A report tells what happened; it does not tell its reader which value to put in a field of the story. A sentence
that names such a field (a date, a place, a role or title, a figure or count, a source, a headline, a link) and
says, as an order, a duty, a request, a wish or a gerundive ("to give", "à retenir", "da indicare",
"einzutragen"), what the field is to be written as, addresses whoever writes a version of the text, whoever it
names as that reader (translators, teachers, archivists, "anyone") or names none. A permission or a future ("may
render", "se indicará como fecha") counts only in a sentence that names a passing on of this text: parties are
allowed and forecast things in news ("The club can use the venue as its training base"). Not read: a field set by
a rule or a speaker the sentence credits (unless the rule is the paper's own), the reader's own field ("give your
date of birth as …"), a past duty ("should have been listed as"), "such as the date", "is to" (a plan), and a
party's duty to present a named person as something. A designation whose every name and figure the article gives
already plants nothing (`plants_nothing`, read by `addressing.addressing_spans`).
"""

from __future__ import annotations

import re

from ..patterns import factored
from .features import Features, has_imperative, reported
from .forms import WISH
from .moods import PASSING, PASSING_VERB
from .normalise import has_unspaced
from .prefilter import Prefiltered
from .textwords import THIS_TEXT

# The story's fields, as a version of it would name them.
FIELD = (
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
# Verbs of crediting a value to someone.
_ATTRIBUTE = (
    r"attribut\w*|credit(?:s|ed|ing)?|toeschrijv\w*|toe\s+te\s+schrijven|toeschrijft|zuschreib\w*|zuzuschreiben|"
    r"attribu\w*|atribu\w*|przypis(?:ać|ywać|z|zcie|ujcie|ywany\w*)|приписыва\w*|припиши\w*"
)
# Whoever a label is for: "para quien cite", "for anyone quoting", "per chi", "für alle, die".
_READER = r"for|para|per|pour|für|voor|dla|для|quien|quienes|chi|qui|wer|wie|kto|кто|anyone|whoever|those"
# Verbs of writing a value down or naming a thing as something, in the forms an order, a duty or a passive takes
# (a short stem would be another word's start: "us" in "Users", "cit" in "cittadini", "mark" in "market").
_VERB = (
    r"give[ns]?|giving|state[ds]?|list(?:ed|s)?|record(?:ed|s)?|enter(?:ed|s)?|write|written|writes|report(?:ed|s)?|"
    r"render(?:ed|s)?|name[ds]?|cite[ds]?|describe[ds]?|present(?:ed|s)?|quote[ds]?|label(?:led|s)?|print(?:ed|s)?|"
    r"show(?:n|s)?|"
    r"gib|gibt|geben|angeben|anzugeben|angegeben|nenn\w*|genannt|einzutragen|eintragen|eingetragen|trag|tragen|"
    r"notier\w*|vermerk\w*|aufführ\w*|aufzuführen|aufgeführt|bezeichn\w*|schreib\w*|geschrieben|"
    r"noteer|noteren|vermeld\w*|geef|geven|gegeven|schrijf|schrijven|noem|noemen|genoemd|weergeven|weergegeven|"
    r"indiqu\w*|écri\w*|notez|noter|noté\w*|mentionn\w*|présent\w*|cit(?:er|ez|é|ée|és|ées)|inscri\w*|qualifi\w*|"
    r"désign\w*|"
    r"indic\w*|escrib\w*|escrit\w*|consign\w*|cit(?:ar|e|en|ad\w*)|nombr\w*|figur\w*|registr\w*|anot\w*|"
    r"riport\w*|scriv\w*|scritt\w*|cit(?:are|i|ate|at\w*)|chiam\w*|menzion\w*|"
    r"escrev\w*|refir\w*|refer\w*|regist\w*|apresent\w*|constar|nomea\w*|"
    r"poda(?:ć|wać|wajcie|j|jcie|wan\w*|n\w*)|wpis\w*|zapis(?:ać|z|zcie|ywać|an\w*)|przedstaw\w*|nazyw\w*|"
    r"określ\w*|"
    r"указ\w*|называ\w*|назови\w*|пиш\w*|напиш\w*|запиш\w*|записа\w*|представ\w*|привод\w*"
)
_GERUNDIVE = (
    r"to\s+(?:give|use|state|report|quote|cite|show|print|write|enter|record|list|mention)|"
    r"à\s+(?:retenir|indiquer|donner|mentionner|citer|utiliser|reprendre|afficher|inscrire|écrire)|"
    r"a\s+(?:indicar|consignar|usar|utilizar|citar|dar|mencionar|mostrar|registrar|referir|apresentar|reter)|"
    r"da\s+(?:indicare|riportare|usare|utilizzare|citare|dare|mostrare|menzionare|scrivere)|"
    r"do\s+(?:podania|wpisania|użycia)"
)
# (A field after an indefinite article is any one, not the story's: "citar una fuente como la OMS".)
_NOT_INDEFINITE = r"(?!(?:a|an|any|un|une|una|uno|ein|eine|einen|een|um|uma)\s)"
# What a value is not: an indefinite article, a possessive, a clause going on ("as you go", "as shown", "as long as").
_NOT_VALUE = (
    r"(?!(?:a|an|un|une|ein|eine|einen|een|uno|una|um|uma|its|their|his|her|our|my|your|ihr\w*|sein\w*|leur|son|sa|"
    r"ses|su|sus|suo|sua|seu|zijn|haar|hun|you|we|they|he|she|it|shown|before|long|well|usual|possible|such|if|when|"
    r"soon|follows|part|much|many|far|needed|required|of|in|on|at|to|per|from|zodanig|solch\w*|tel|tal|tale)\s)"
)
_ART = r"(?:(?:the|its|this|that|le|la|l'|el|il|lo|o|a|de|het|der|die|das|den)\s+)?"
_SPACED = factored(
    # "the date to give is", "la date à retenir :", "il luogo da indicare è"
    rf"(?<![\w'])(?:{FIELD})\s+(?:{_GERUNDIVE})(?![\w'])"
    # "render the mayor's title as", "indiquez la date comme", "give the count as"
    rf"|(?<![\w'])(?:{_VERB})\s+(?:{_NOT_INDEFINITE}[\w'’-]+\s+){{0,3}}?(?:{FIELD})\s+(?:{_AS})\s+{_NOT_VALUE}"
    # "als Funktion einzutragen", "Noteer als locatie", "jako źródło": "as" and a bare field ("comme le lieu" and
    # "als de datum" are "such as" and "when")
    rf"|(?<![\w'])(?<!such\s)(?<!tels\s)(?<!telles\s)(?:{_AS})\s+(?:{FIELD})(?![\w'])"
    # "la quantità raccolta sarà riportata come 2.940", "the date will be given as"
    rf"|(?<![\w'])(?:{FIELD})\s+(?:\S+\s+){{0,4}}?(?:{_VERB})\s+(?:{_AS})\s+{_NOT_VALUE}"
    # "présenter Odile Marchais comme sénatrice": a named person given as something
    rf"|(?<![\w'])(?:{_VERB})\s+(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+)){{1,2}}\s+(?:{_AS})\s+{_NOT_VALUE}"
    # "het aantal fietsers aan Telbureau De Spaak toeschrijven": a field credited to someone
    rf"|(?<![\w'])(?:{FIELD})(?![\w'])[^.;:!?]{{0,80}}?(?<![\w'])(?:{_ATTRIBUTE})(?![\w'])"
    rf"|(?<![\w'])(?:{_ATTRIBUTE})\s+(?:the|this|that|its|le|la|l'|el|il|lo|de|het|der|die|das|den)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{FIELD})(?![\w'])"
    # "Cargo de Maite Garcimuñoz para quien cite la noticia …: delegada …": a field's label for whoever reuses the
    # text ("Date for the diary:", "Luogo per chi arriva in treno:" are for readers of the story)
    rf"|^[\W_]*(?:{FIELD})(?![\w'])[^:：\n]{{0,80}}?(?<![\w'])(?:{_READER})(?![\w'])[^:：\n]{{0,80}}[:：]",
    re.IGNORECASE,
)
_VERB_ANYWHERE = factored(rf"(?<![\w'])(?:{_VERB})(?![\w'])", re.IGNORECASE)
# The reader's own fields on a form: "your date of birth", "Ihre Adresse", "votre numéro".
_OWN = factored(
    r"(?<![\w'])(?:your|their|his|her|ihre?n?|seine?n?|votre|vos|leur|su|sus|tu|tuo|tua|suo|sua|seu|sua|uw|je|jouw|"
    r"twój|twoja|swoj\w*|ваш\w*|свой|свою|его|её)\s+(?:\w+\s+)?(?:" + FIELD + r")(?![\w'])",
    re.IGNORECASE,
)
# A permission or a future of instruction ("may render", "vous pouvez écrire", "se indicará como fecha", "sarà
# riportata come"): an address only in a sentence that names a passing on of this text (see `designates_field`),
# since parties are allowed and forecast things in news ("The club can use the venue as its base").
_MAY = factored(
    r"(?<![\w'])(?:(?-i:may)|can|darf|dürfen|kann|können|peut|pouvez|peuvent|pourront|puede|pueden|può|possono|"
    r"pode|podem|mag|mogen|kan|kunnen|może|mogą|можно|можете|se\s+\w+r[áà]n?|ser[áà]n?\s+\w+[ai]d[oa]s?|sar[àa]|"
    r"saranno|will\s+be|seront|sera|zal\s+worden|wordt|będzie|będą|будет|будут|"
    r"wird\s+(?:\w+\s+){0,4}?(?:angegeben|genannt|eingetragen|geführt))(?![\w'])",
    re.IGNORECASE,
)
# A past duty is a correction of the paper's own error ("the figure should have been given as 1,400"), set apart
# by `furniture` under its label.
_PAST_DUTY = factored(
    r"(?<![\w'])(?:should\s+have|must\s+have|ought\s+to\s+have|hätte\w*|aurai[te]\w*\s+dû|habría|debería\s+haber|"
    r"deveria\s+ter|avrebbe\s+dovuto|had\s+moeten|powin\w*\s+był\w*|должн\w*\s+был\w*)(?![\w'])",
    re.IGNORECASE,
)

# Chinese, Japanese and Korean: a field, then within a few characters a verb of writing it as something, with an
# order's or a duty's word, or the Korean and Japanese forms of request.
_UNSPACED = factored(
    r"(?:日期|时间|地点|地址|职务|职位|头衔|身份|数字|人数|数据|来源|出处|标题|链接|网址)[^。！？]{0,12}?"
    r"(?:应|须|需|请|一律|统一)[^。！？]{0,8}?(?:写为|写成|写作|记为|标为|标注为|注明为|列为|填为|填写为|改为|称为)"
    r"|(?:日付|日時|場所|会場|肩書き?|役職|数字|人数|出典|情報源|見出し|リンク)(?:は|を|として)[^。！？]{0,24}?"
    r"(?:と|に)(?:記して|書いて|表記して|記載して|して)(?:ください|下さい|いただけ|いただきたい)"
    r"|(?:날짜|일자|장소|직함|직책|수치|숫자|인원|출처|제목|링크)(?:은|는|을|를)[^.!?]{0,24}?(?:으로|로|라고)\s*"
    r"(?:기재|표기|적어|써|표시|기록)(?:해\s*주|하여\s*주|해야|하십시오|하세요|바랍|하면\s*됩)"
)
# A Chinese, Japanese or Korean sentence that reports a request or a view ("…よう県に要望した", "との考えを示した").
_REPORTED_UNSPACED = factored(r"要望|求め|述べ|話した|考えを示|発表|表示|要求|称|요청했|밝혔|말했")
_SPACED_P = Prefiltered(_SPACED, split=True)
# A value after the field: a word, a figure or a quotation.
_VALUE = factored(r"[\w\"“„«'‘]")
# An order's verb opening the sentence or a clause after a label or a question, and the German and Dutch
# gerundives of duty: "Noteer als locatie …", "… ist als Funktion einzutragen".
_ORDER = factored(
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
_CLAUSE_END = factored(r"[,;]\s|\s(?:and|en|und|et|y|e|i|oraz|и)\s", re.IGNORECASE)


# A rule credited to whoever made it: "El juez dispuso que …", "Selon le nouveau décret, …", "Nach der neuen
# Wahlordnung …", "the licence requires …", "法院判决，…". A field's value so set is the rule's content, news.
_RULE = factored(
    r"(?<![\w'])(?:ruled|ordered|decided|decreed|requires?|required|under\s+the|according\s+to|selon|d'après|"
    r"aux\s+termes|décret|règlement|arrêté|nach\s+(?:der|dem|den)|laut|gemäß|\w+ordnung|urteil|entschied|"
    r"según|dispuso|decidió|ordenó|resolución|reglamento|decreto|ley|secondo\s+(?:il|la|le|i|gli|l')|stabilito|"
    r"disposto|deciso|regolamento|sentenza|de\s+acordo\s+com|conforme|determinou|decidiu|resolução|regulamento|"
    r"volgens|besloot|bepaalde|verordening|zgodnie|według|orzekł|postanowił|rozporządzeni\w*|przepisy|przepisów|"
    r"przepisami|согласно|постановил\w*|решил\w*|по\s+закону|правила|правилам|правилами|licen[cs]e|licenza|"
    r"licencia|licença|licentie|licencj\w*|лицензи\w*|lizenz|nutzungsbedingungen)(?![\w'])"
    # verbs of reporting, anywhere: "a rappelé la maire", "La fédération a précisé que", "przypomina urząd"
    r"|(?<![\w'])(?:said|says|told|explained|stressed|recalled|noted|a\s+(?:rappelé|précisé|expliqué|souligné|indiqué)|"
    r"rappelle|précise|explique|souligne|sagte|erklärte|betonte|erinnerte|dijo|explicó|precisó|recordó|subrayó|"
    r"ha\s+(?:detto|ricordato|precisato|spiegato)|disse|explicou|lembrou|afirmou|zei|benadrukte|legde\s+uit|"
    r"przypomina|przypomniał\w*|podkreśla|podkreślił\w*|zaznacza|zaznaczył\w*|wyjaśnia|wyjaśnił\w*|"
    r"powiedział\w*|напомнил\w*|напоминает|пояснил\w*|сообщил\w*|заявил\w*|сказал\w*)(?![\w'])"
    r"|判决|裁定|规定|根据|依据|按照|判決|規定|によると|판결|규정|따르면",
    re.IGNORECASE,
)
# The paper's own rule or agreement is no party's: "按照本报体例", "Zgodnie z umową z naszym partnerem", "under our
# style guide" (round fifty-three).
_OURS = factored(
    r"(?<![\w'])(?:our|ours|unser\w*|notre|nos|nuestr\w*|nostr\w*|noss\w*|onze|ons|nasz\w*|наш\w*|house)(?![\w'])"
    r"|本报|本報|本刊|本社|本紙|弊社|本台|当社|당사|본지",
    re.IGNORECASE,
)


def _credited_rule(text: str) -> bool:
    """Whether a rule or a speaker is credited in `text`, and is not the paper's own (`_OURS` within 40 characters
    after the rule's word)."""
    return any(_OURS.search(text, m.start(), m.end() + 40) is None for m in _RULE.finditer(text))


# A correction's label: the paper's own note on its past error (`furniture` sets it apart).
_CORRECTION = factored(
    r"^[\W_]*(?:correction|korrektur|berichtigung|rectificatif|erratum|corrección|fe\s+de\s+errores|rettifica|"
    r"correção|correctie|rectificatie|sprostowanie|поправка|исправление|更正|订正|訂正|정정)",
    re.IGNORECASE,
)


def designates_field(text: str, f: Features) -> bool:
    """Whether `text` gives a field of the story its value by an order, a duty, a request or a gerundive, or by a
    permission or a future in a sentence that names a passing on of this text, in the clause that names the field
    and in no party's voice: credited by a reporting clause or to a rule, it is news."""
    unspaced = has_unspaced(text) and _UNSPACED.search(text) is not None
    # (the prefiltered search, once: `addressing.judge` keeps its verdicts by the sentence)
    m = None if unspaced else _SPACED_P.search(text)
    if not (unspaced or m) or _credited_rule(text) or reported(text, f) or _CORRECTION.match(text):
        return False
    if m is None:
        return _REPORTED_UNSPACED.search(text) is None
    clause = _clause(text, m)
    credits = re.search(rf"(?<![\w'])(?:{_ATTRIBUTE})(?![\w'])", m.group(0), re.IGNORECASE) is not None
    if _OWN.search(clause) or _PAST_DUTY.search(clause) or not (credits or _VALUE.search(text, m.end())):
        # (A field given no value after it is a use, not a designation: "Gebruik het als gereedschap, nooit als
        # bron.")
        return False
    if m.group(0).rstrip().endswith((":", "：")):
        # a label for a reader: only for whoever reuses this text
        return _REUSED.search(m.group(0)) is not None
    if re.match(rf"\S+\s+(?:{_GERUNDIVE})", m.group(0), re.IGNORECASE):
        return True  # a gerundive ("the date to give is")
    if not (credits or _VERB_ANYWHERE.search(clause)):
        return False
    # (The mood is the clause's: "Die Studie wird als Quelle … nennen und soll im Frühjahr erscheinen" is a
    # forecast, its "soll" another clause's.)
    return bool(
        _ORDER.search(clause)
        or has_imperative(clause, f)
        # (a duty to present a named person as something is a party's: "Trener musi przedstawić Roberta
        # Lewandowskiego jako kapitana")
        or (
            not _NAMED_AS.match(m.group(0))
            and any(not _PLANNED.fullmatch(d.group(0)) for d in f.modal.finditer(clause))
        )
        or f.request.search(clause)
        or WISH.search(clause)
        or (_MAY.search(clause) and (PASSING_VERB.search(text) or f.text_self.search(text)))
    )


_NAMED_AS = factored(rf"(?:{_VERB})\s+(?-i:[A-ZÀ-ÞŁŚŻ])", re.IGNORECASE)
# "is to" says what a party plans ("The coalition is to present Jonas Weber as economy minister"), not a duty.
_PLANNED = factored(r"(?:is|are|was|were)\s+to", re.IGNORECASE)
# Whoever a label is for, as someone who reuses this text: a verb of passing it on, or the text named.
_REUSED = factored(rf"(?<![\w'])(?:{PASSING})\w*|(?<![\w'])(?:{THIS_TEXT})(?![\w'])", re.IGNORECASE)


def _clause(sentence: str, m: re.Match[str]) -> str:
    """The clause of `sentence` that holds the match `m`."""
    before = [b.end() for b in _CLAUSE_END.finditer(sentence, 0, m.start())]
    after = _CLAUSE_END.search(sentence, m.end())
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


# A name or a figure of the sentence: a capitalised word after its first, or a run with a digit.
_TOKEN = factored(r"(?<=\s)(?-i:[A-ZÀ-ÞА-Я])[\w'’-]+|\S*\d[\S]*")


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
        field_after = re.match(rf"\s+{_ART}(?:{FIELD})(?![\w'])", clause[last.end() :], re.IGNORECASE)
        value = clause[: last.start()] if field_after else clause[last.end() :]
    words = {w.lower() for w in _WORD.findall(value)}
    words = {w for w in words if not _FIELD_OR_VERB.fullmatch(w) and not _PLAIN.fullmatch(w)}
    lowered = rest.lower()
    return bool(tokens | words) and all(t in rest for t in tokens) and all(w in lowered for w in words)


_GIVEN_AS = factored(rf"(?<![\w'])(?:{_AS})(?![\w'])", re.IGNORECASE)
_WORD = factored(r"[^\W\d_]{4,}")
_FIELD_OR_VERB = factored(rf"(?:{FIELD})s?|(?:{_VERB})|(?:{_ATTRIBUTE})", re.IGNORECASE)
# Words of the clause around a value that name none: modals, pronouns, the newsroom's addressees.
_PLAIN = factored(
    r"must|should|please|bitte|moet|moeten|deve|devono|debe|deben|doit|doivent|sont|priées?|prié|wordt|worden|"
    r"rédactions|redacties|redaktionen|redazioni|redacciones|redações",
    re.IGNORECASE,
)
