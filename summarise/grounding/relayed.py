"""A quoted order to write something down: what it dictates lends no support.

An order in quotation marks credited to a person by a reporting verb is that person's, and is not masked (see
`addressing`): a court's "The defendant must pay ..." and a detective's "Write it down" are news. But a quote whose
order is to put a fact into the report ("'Put it down as 1,926 sandbags,' the site foreman told reporters",
"„Schreiben Sie ruhig, dass ...“, sagte ein Sprecher den Reportern", "«Apunten que ...», dijo un guardia civil a
los periodistas") tells the press what to print, and a report that has the fact states it, or quotes the
speaker stating it; it does not print a dictation. So a sentence whose quote orders writing and whose words outside
the quote give it to the press (reporters, journalists), or whose quote orders its hearers to pass a fact on
("Tell people to book through ..."), is set apart: kept for the reader, lending no support (see `hostile.Screen`).

Deliberately narrow: an order to write quoted without the press as its hearer ("'Write down the plate number,'
the officer said") stays the story's, and so does a quoted statement to reporters that orders nothing.

Round sixty-two: the same request in reported speech. A party of the story may ask the press anything, and the
request is news; but what it asks the press to write ("PostNoord asked the regional press to attribute the count to
its own department", "La cooperativa ha chiesto ai giornali di scrivere che …", "Der Verband wünscht sich, dass in
der Berichterstattung von mehr als 180 Zuschauern die Rede ist") is its wish, not a fact the story states. A
sentence with a verb of asking or wishing, the press (or its coverage) after it as the one asked, and a verb of
writing something down, attributing or speaking of something is set apart as the quoted dictation is; in Chinese,
Japanese and Korean, where the verb comes last, the three anywhere in the sentence. A request not to write
("asked the media not to name the boy") plants nothing and stays. Set 64 (an attacker who read this README) put
four of six such requests' values into the verified output on f9dbfce.
"""

from __future__ import annotations

import re

from .prefilter import Prefiltered

_QUOTE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」|‹[^›\n]*›")
_QUOTE_MARK = re.compile(r"[\"“„«「‹]")
# An order to write or note, opening the quote or one of its clauses, in the languages the masking reads.
_WRITE = re.compile(
    r"(?:^|[,;:.!?]\s*|\b(?:and|und|et|y|e|en)\s+)[\"“„«「‹]?\s*(?:"
    r"(?:just\s+|so\s+)?(?:put (?:it|that|this) down|write(?: (?:it|that|this))?(?: down)?|note(?: down)?"
    r"|mark (?:it|that)|(?:you can )?quote me|(?:make sure (?:you )?)?print (?:that|it)|report (?:it|that|this)"
    r"|you can (?:write|say|put)|say (?:it )?was)"
    r"|schreiben sie|notieren sie|vermerken sie|sie können (?:ruhig )?schreiben"
    r"|(?:vous pouvez |vous pourrez )?(?:écrire|écrivez|notez|mettez)"
    r"|(?:apunten|anoten|escriban|pongan|pueden (?:escribir|poner))"
    r"|(?:scrivete|annotate|mettete|potete scrivere)|(?:escrevam|anotem|ponham|podem escrever)"
    r"|(?:zet(?: er)?(?: maar)?|schrijf|noteer|schrijft u)"
    r"|(?:пишите|запишите|напишите|можете (?:написать|писать))|(?:写上|写下|记下|请写)"
    r")(?![\w'])",
    re.IGNORECASE,
)
# An order to pass a fact on to others.
_RELAY = Prefiltered(
    re.compile(
        r"(?<![\w'])(?:tell (?:people|everyone|everybody|your readers|readers|listeners|viewers)"
        r"|sagen sie (?:den leuten|allen|ihren lesern)|dites (?:aux gens|à tout le monde|à vos lecteurs)"
        r"|digan (?:a la gente|a todos|a sus lectores)|dite (?:alla gente|a tutti)|digam (?:às pessoas|a todos)"
        r"|vertel (?:de mensen|iedereen)|скажите (?:людям|всем))(?![\w'])",
        re.IGNORECASE,
    )
)
# The press as the quote's hearer, in the words outside it.
_PRESS = Prefiltered(
    re.compile(
        r"(?<![\w'])(?:reporters?|journalists?|the press|the media|press conference|newspapers?|broadcasters?"
        r"|(?:local |the )?(?:radio|television|tv)(?: station)?|news (?:agency|desk)"
        r"|reportern?|journalist(?:en|innen)|zeitung|redaktion"
        r"|der presse|presse|journalistes|la presse|periodistas|la prensa|giornalisti|la stampa|jornalistas"
        r"|rédaction|journal|periódico|diario|redacción|giornale|redazione|jornal|redação"
        r"|imprensa|verslaggevers?|journalisten|de pers|dziennikarz\w*|журналист\w*|прессе|репортер\w*)(?![\w'])"
        r"|记者|媒体|記者|기자",
        re.IGNORECASE,
    )
)


def _relayed(sentence: str) -> bool:
    quotes = list(_QUOTE.finditer(sentence))
    if not quotes:
        return False
    inside = [q.group(0) for q in quotes]
    if any(_RELAY.search(q) for q in inside):
        return True
    if not any(_WRITE.search(q) for q in inside):
        return False
    return bool(_PRESS.search(_QUOTE.sub(" ", sentence)))


def relayed_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` (its spans in `sentences`) whose quote dictates what to write to the press, or tells
    its hearers to pass a fact on (see the module's docstring)."""
    if not _QUOTE_MARK.search(text):
        return []
    return [(lo, hi) for lo, hi in sentences if _QUOTE_MARK.search(text, lo, hi) and _relayed(text[lo:hi])]


# Asking or wishing, beyond `features`' verbs of asking (those of a request to a processor of this text).
_ASKS = Prefiltered(
    re.compile(
        r"(?<![\w'])(?:asks?|asked|asking|urged?|urges|calls? on|called on|requested|requests|wants|wanted|hopes?|hoped"
        r"|wish(?:es|ed)?|bittet|bat|baten|ersucht\w*|forder\w*|wünsch\w*|hofft\w*|demand\w*|souhait\w*|esp[eè]r\w*"
        r"|invit\w*|exhort\w*|prie|pid(?:e|en|ió|ieron)|solicit\w*|desea\w*|ruega|rogó|chie(?:de|sto|deva|dono)"
        r"|sollecit\w*|auspic\w*|spera\w*|ped(?:e|em|iu|iram)|gostaria|vraagt|vroeg\w*|gevraagd|verzoch?t|hoopt"
        r"|wil(?:de)?|(?:po)?prosi\w*|zaapelował\w*|apel\w*|chce|chciał\w*|ma nadzieję|(?:по)?прос\w+|призыва\w*"
        r"|призвал\w*|хочет|хотел\w*|надеет\w*)(?![\w'])",
        re.IGNORECASE,
    )
)
# The press, or its coverage, as the one asked.
_MEDIA = re.compile(
    r"(?<![\w'])(?:(?:the |local |regional |national )?(?:press|media|newspapers?|papers|journalists?|reporters?"
    r"|editors|broadcasters?|outlets?|coverage|reporting)|presse|medien|zeitungen|journalist(?:en|innen)|reporter(?:n)?"
    r"|redaktionen|berichterstattung|médias|journaux|journalistes|rédactions|prensa|medios|periódicos|periodistas"
    r"|cobertura|stampa|giornali|giornalisti|testate|redazioni|copertura|imprensa|jornais|jornalistas|redações"
    r"|(?:de |regionale |lokale )?pers|kranten|journalisten|verslaggevers|media|redacties|verslaggeving|prasa|prasy"
    r"|prasę|gazety|dziennikarz\w*|redakcj\w*|пресс[аеуы]|прессой|СМИ|газет\w*|журналист\w*|редакци\w*)(?![\w'])",
    re.IGNORECASE,
)
# Writing something down, attributing it, or speaking of it: what the press is asked to put.
_PUT = re.compile(
    r"(?<![\w'])(?:write|writes|report (?:that|it as|them as|the)|describe|refer to|speak of"
    r"|call (?:it|him|her|them|the)|attribute|credit|present (?:it|him|her|them|the)|mention|cite|state that"
    r"|give (?:the|it as)|use the (?:figure"
    r"|number|name|date|title)|schreiben|zu schreiben|zuzuschreiben|zuschreiben|sprechen|die rede|nennen|zu nennen"
    r"|bezeichnen|angeben|erwähnen|zitieren|écrire|attribuer|parler d|présenter|qualifier|mentionner|citer"
    r"|retenir|indiquer|désigner|escribir|atribuir|hablar de|presentar|calificar|mencionar|citar|indicar|referirse"
    r"|scrivere|attribuire|parlare d|presentare|definire|indicare|citare|riportare|menzionare|escrever|atribuir"
    r"|falar d|apresentar|referir|noticiar|mencionar|schrijven|toe te schrijven|toeschrijven|spreken van|vermelden"
    r"|noemen|pisać|napisać|przypis\w*|podawać|podać|nazywać|wspomin\w*|писать|написать|указ\w*|сообщ\w*"
    r"|называть|назвать|приписыва\w*|упомина\w*)(?![\w'])",
    re.IGNORECASE,
)
_NOT = re.compile(r"(?<![\w'])(?:not|nicht|kein\w*|ne|pas|no|non|não|niet|geen|nie|не)(?![\w'])", re.IGNORECASE)
_ASKS_UNSPACED = re.compile(r"希望|要求|请求|呼吁|恳请|求め|要請|依頼|要望|望んで|부탁|요청|당부|바란|희망")
_MEDIA_UNSPACED = re.compile(r"媒体|记者|报社|报纸|报道中|新聞|報道|記者|メディア|언론|기자|매체|신문|보도")
_PUT_UNSPACED = re.compile(
    r"写明|写成|写上|报道为|称为|注明|附上|表述为|说成|と書|と報じ|と伝え|と紹介|として紹介|記載|전해|보도해|써\s?달|적어|소개해|표기"
)
# How far after the verb of asking the press and what it is to put may stand.
_ASKED = 160
_BEFORE = 60


def asked_to_write(sentence: str) -> bool:
    """Whether a party of the story asks or wishes the press to write, attribute or speak of something (see the
    module's docstring)."""
    if _ASKS_UNSPACED.search(sentence) and _MEDIA_UNSPACED.search(sentence) and _PUT_UNSPACED.search(sentence):
        return True
    for m in _ASKS.finditer(sentence):
        asked = sentence[m.end() : m.end() + _ASKED]
        # (Dutch and German may name the one asked before a verb put last: "heeft de pers gevraagd … toe te schrijven")
        if _MEDIA.search(asked) is None and _MEDIA.search(sentence, max(0, m.start() - _BEFORE), m.start()) is None:
            continue
        put = _PUT.search(asked)
        if put is not None and not _NOT.search(asked, 0, put.start()):
            return True
    return False


def asked_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` (its spans in `sentences`) in which a party asks the press to write something."""
    if not _ASKS.may_match(text) and not _ASKS_UNSPACED.search(text):
        return []
    return [(lo, hi) for lo, hi in sentences if asked_to_write(text[lo:hi])]
