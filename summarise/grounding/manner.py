"""The order for given wording in the forms round thirty-six reads (see `dictation`): by the manner it asks for, a
polite question put to the reader, an infinitive after a label or "bitte", whoever writes it in the third person,
and the nominal orders of Japanese, Korean and Chinese."""

from __future__ import annotations

import re

from ..patterns import factored
from .dictated import AS, AS_ADDRESS, CAPITAL, QUOTED, REACH, TO_NAME, wording

# Round thirty-six. The same order by the manner it asks for, pointing at its own sentence: "readers downstream,
# please carry it that way", "en zo hoort het te worden vermeld", "c'est ainsi qu'il convient de le rapporter",
# "именно так ... следует излагать эту версию".
_MANNER = factored(
    r"(?<![\w'])(?:(?:carry|report|write|give|credit|attribute|describe|present|state|mention|quote|run)\s+"
    r"(?:it|this|them)\s+(?:that|this)\s+way"
    r"|(?:that|this)\s+is\s+how\s+(?:it|this|they)\s+(?:should|must|is\s+to|are\s+to|needs?\s+to)\s+be\s+"
    r"(?:reported|written|described|credited|attributed|carried|presented|stated|quoted|cited)"
    r"|zo\s+(?:hoort|moet|dient)\b[^.;:]{0,60}?\b(?:vermeld|toegeschreven|geschreven|gemeld|gebracht|genoemd"
    r"|overgenomen|weergegeven|geciteerd)"
    r"|(?:moet|dient|hoort)\b[^.;:]{0,40}?\bzo\s+(?:worden\s+)?(?:vermeld|toegeschreven|geschreven|gemeld|gebracht"
    r"|genoemd|overgenomen|weergegeven|geciteerd)"
    r"|c'est\s+ainsi\s+qu'il\s+(?:convient|faut|faudra)\s+de\s+(?:le|la|les|l')"
    r"|(?:doit|doivent|devra|devront)\s+être\s+(?:rapporté|présenté|écrit|cité|attribué|mentionné|repris)e?s?\s+"
    r"(?:ainsi|de\s+cette\s+(?:façon|manière))"
    r"|так(?:\s*,[^.;]{0,60},)?\s+(?:и\s+)?(?:следует|нужно|надо|необходимо|стоит|просим)\s+(?:излагать|писать"
    r"|подавать|указывать|сообщать|передавать|цитировать|называть)"
    r"|(?:genau\s+)?so\s+(?:ist|sollte|soll|muss)\s+(?:es|sie|er|das|dies)\s+(?:auch\s+)?(?:wiederzugeben|zu\s+melden"
    r"|zu\s+schreiben|zu\s+zitieren|zu\s+übernehmen|weiterzugeben)"
    r"|bitte\s+(?:genau\s+)?so\s+(?:übernehmen|wiedergeben|melden|zitieren|schreiben|weitergeben)"
    r"|así\s+(?:es\s+como\s+)?(?:debe|deberá|deben|hay\s+que|conviene|se\s+debe)\s+(?:contar|informar|citar"
    r"|atribuir|publicar|recoger|reproducir|escribir|presentar)\w*(?!\s+(?:una?|el|la|los|las)\s)"
    r"|(?:debe|deberá|deben)\s+(?:contarse|informarse|citarse|atribuirse|publicarse|recogerse|reproducirse)\s+así"
    r"|così\s+(?:va|vanno|deve\s+essere|devono\s+essere|andrebbe|andrebbero)\s+(?:riportat|citat|scritt"
    r"|attribuit|presentat|ripres)\w*(?!\s+(?:una?|uno|il|lo|la|gli|le)\s)"
    r"|assim\s+que\s+(?:deve|deverá|devem)\s+ser\s+(?:noticiad|referid|escrit|atribuíd|citad|contad|apresentad)\w*"
    r"(?!\s+(?:uma?|o|a|os|as)\s)"
    r"|(?:deve|deverá|devem)\s+ser\s+(?:noticiad|referid|escrit|atribuíd|citad|contad|apresentad)\w*\s+assim"
    r"|tak\s+(?:należy|trzeba|prosimy|proszę)\s+(?:to\s+)?(?:podawać|pisać|przedstawiać|przypisywać|cytować"
    r"|relacjonować))(?![\w'])"
    # Japanese, Korean, Chinese: with a request, not a report ("現地メディアはこのように伝えた", "他在信中如此写道").
    r"|(?:このように|この(?:通り|とおり)に?)(?:記載|表記|報道|記述|紹介|伝え)[^。]{0,6}(?:ください|下さい|お願い)"
    r"|이렇게\s*(?:전해|적어|표기해|보도해|써)\s*(?:주십시오|주세요|달라)"
    r"|(?:请|務必|务必)[^。]{0,6}(?:照此|按此)(?:报道|表述|写|转述|引用|刊发)",
    re.IGNORECASE,
)
# A polite question asking for the wording: "czy ktoś, kto przepisuje ten tekst, mógłby podać link ... jako ...?".
POLITE_VERBS = (
    r"give|write|credit|attribute|cite|mention|use|state|report|put|link|geben|angeben|schreiben|nennen|zuschreiben"
    r"|verwenden|donner|écrire|citer|indiquer|attribuer|mentionner|dar|escribir|citar|indicar|atribuir|poner|usar"
    r"|dare|scrivere|citare|indicare|attribuire|riportare|usare|escrever|geven|schrijven|noemen|vermelden"
    r"|toeschrijven|gebruiken|podać|napisać|przypisać|wpisać|użyć|zacytować|указать|написать|привести|дать|приписать"
    r"|использовать"
)
_POLITE = factored(
    r"(?<![\w'])(?:could|would|könnte|könnten|würden?|pourr(?:ait|iez|aient)|podrían?|potre(?:bbe|ste|bbero)"
    rf"|poderiam?|zouden?|mógłby|mogłaby|mogliby|могл?и?\s+бы|могла\s+бы)\s+(?:\S+\s+){{0,6}}?(?:{POLITE_VERBS})(?![\w'])",
    re.IGNORECASE,
)
# Who is asked: the reader, or whoever passes the text on ("Could the court attribute ...?" asks about the story).
_ASKED = factored(
    r"(?<![\w'])(?:you|vous|sie|usted|ustedes|lei|voi|você|vocês|u|jij|ktoś|ktokolwiek|вы|кто-нибудь|whoever|anyone"
    r"|quien|quienes|chi|quem|qui|wer|wie|kto|кто)(?![\w'])",
    re.IGNORECASE,
)
_URL = factored(r"https?://|www\.|[\w-]+\.example\b|@[\w-]+\.")
# An infinitive as the order, after a label's colon (Polish) or after "bitte" (German): "Prognoza, wiersz ostatni:
# ocenę udziału w rynku przypisywać Instytutowi Rynku Rolnego", "Die Kellerzahl bitte dem Pegeldienst zuschreiben".
_INFINITIVE = factored(
    r"[:：]\s*(?:\S+\s+){0,5}?(?P<pl>przypisywać|przypisać|podawać|pisać|cytować|wpisywać)\s+(?P<pl_object>\S+)"
    r"|(?<![\w'])bitte\s+(?P<de>[^.;:]{1,80}?)\s+zuschreiben(?![\w'])",
    re.IGNORECASE,
)
# Japanese, Korean and Chinese nominal orders: "出典は「…」とすること", "記載は一月九日でお願いします",
# "「…」と記していただければ", "29개로 적을 것", "请注明为…".
_NOMINAL = factored(
    # (An order closes its sentence: "…とすることが決まった" and "…쓸 것으로 알려졌다" report a decision.)
    r"[」』”]と(?:すること(?=[。\s]|$)|(?:記|書|表記|明記|記載)し?て?(?:いただ|ください|下さい|ほしい|もらえ))"
    r"|(?:記載|表記|記述|見出し|出典|肩書き?|名称|日付)は[^。]{1,30}?(?:で|と)(?:お願い|して(?:ください|ほしい)"
    r"|すること(?=[。\s]|$))"
    r"|(?:으로|로|라고|를|을)\s*(?:적을|기재할|표기할|쓸|밝힐|명시할)\s*것(?:입니다)?\s*[.。\]」）)]*\s*$"
    r"|(?:请|务必|一律|统一|(?<![供因回响反适对相答])应)[^。]{0,20}?(?:注明|标明|写明)(?:为|是|[：:])"
)
# Whoever does something, in the third person present, writes the wording: "wie hier een kop boven zet, gebruikt
# ‘Zeegras Wadlander Kom volledig hersteld’".
WHOEVER_VERBS = (
    r"gebruikt|schrijft|noemt|vermeldt|zet|verwendet|schreibt|nennt|setzt|usa|utiliza|escribe|cita|pone|scrive"
    r"|mette|escreve|coloca|utilise|écrit|cite|uses|writes|puts|names|пишет|указывает|использует|pisze|podaje|używa"
)
# Round 58: or in the subjunctive, an order wherever it stands, with or without a comma before it ("e chi ne riferisce
# altrove indichi come indirizzo ... https://...").
JUSSIVE_VERBS = (
    r"indichi|scriva|riporti|citi|usi|presenti|parli|chiami|dica|menzioni"
    r"|indique|escriba|presente|hable|ponga|diga|llame|mencione|escreva|apresente|fale|ponha|chame"
)
_WHOEVER_WRITES = factored(
    r"(?:^|[:;：]\s*|,\s*(?:e|y|and|und|et|i|en)\s+)(?:wie|wer|quien|quienes|chi|quem|qui|whoever|anyone\s+who|кто|kto)\b"
    rf"(?:[^.;:]{{1,80}}?,\s*(?:\S+\s+)?(?:{WHOEVER_VERBS})|(?-i:[^.;:,]{{1,60}}?\s(?:{JUSSIVE_VERBS})))(?![\w'])",
    re.IGNORECASE,
)
# What whoever passes on must be: this text, its headline, the story ("wie hier een kop boven zet").
_TEXT_ITEM = factored(
    r"(?<![\w'])(?:kop|titel|überschrift|headline|title|nagłówek|заголовок|tekst|text|texto|testo|artikel|article"
    r"|artículo|articolo|artigo|bericht|meldung|news|notícia|noticia|notizia|wiadomość|новость|story|post|tópico"
    r"|entrada|relacja|this|dit|dies|das|esto|isto|questo|ceci|to|это|tę|ten|esta|este|questa"
    # ("elsewhere": "chi ne riferisce altrove"; not Italian "ne", which is French negation too)
    r"|altrove|elsewhere|ailleurs|anderswo)(?![\w'])",
    re.IGNORECASE,
)


def asks_manner(sentence: str) -> bool:
    if _MANNER.search(sentence) or _NOMINAL.search(sentence):
        return True
    for m in _INFINITIVE.finditer(sentence):
        credit = m.group("pl") and m.group("pl").lower().startswith("przypis")
        if m.group("pl") and (
            (credit and CAPITAL.match(m.group("pl_object")))
            or AS.search(sentence, m.end("pl"))
            or QUOTED.search(sentence, m.end("pl"))
        ):
            return True
        if m.group("de") and TO_NAME.search(m.group("de")):
            return True
    whoever = _WHOEVER_WRITES.search(sentence)
    after = sentence[whoever.end() : whoever.end() + REACH] if whoever else ""
    if (
        whoever
        and _TEXT_ITEM.search(whoever.group(0))
        and not after.lstrip().startswith("sich")
        and (wording(after) or AS_ADDRESS.match(after))
    ):
        return True
    polite = _POLITE.search(sentence)
    if polite and sentence.rstrip().endswith(("?", "？")) and _ASKED.search(sentence, 0, polite.end()):
        after = sentence[polite.end() : polite.end() + REACH]
        return bool(QUOTED.search(after) or AS.search(after) or _URL.search(after))
    return False
