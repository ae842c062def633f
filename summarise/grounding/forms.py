"""Forms of address this round of the defence reads whole, beside the word categories of `features`: a label that
says where its words are to stand, a wish or a conditional mood, the newsroom's first person asking, a sentence
framed by the output it speaks of, and a Chinese output told to write one thing as another."""

from __future__ import annotations

import functools
import re

from ..patterns import factored
from .assistants import CALLED as CALLED  # (re-exported: where what a greeting calls ends)
from .assistants import named
from .features import Features, has_imperative, names_processor, words_of
from .normalise import has_unspaced


@functools.cache
def unspaced_designates() -> re.Pattern[str]:
    output = words_of("output")[1]
    return factored(
        rf"(?:{output})[^。！？，,]{{0,12}}?(?:应|须|必须|需要?)[^。！？]{{0,20}}?(?:写为|写成|标为|标注为|称为|列为|注明为|记为|改为)"
    )


# A label that says where its words are to stand: "— nei riassunti:", "In summaries:", "Nos resumos:".
IN_OUTPUT = factored(
    r"(?<![\w'])(?:in|nei|nelle|negli|nel|nos|nas|no|na|en|dans|im|in den|w|we|в|во)\s+\S+$", re.IGNORECASE
)
FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# The first person asking or thanking in advance: "we would appreciate", "agradecemos que", "wir würden uns freuen".
WE_ASK = factored(
    r"(?<![\w'])(?:we(?:'d| would)? (?:appreciate|be grateful|ask)|agradecemos|agradeceríamos|gostaríamos|rogamos|"
    r"pedimos|wir (?:bitten|würden uns freuen|wären dankbar)|nous (?:vous )?(?:demandons|serions reconnaissants)|"
    r"vi (?:chiediamo|preghiamo)|saremmo grati|wij (?:vragen|zouden het waarderen)|prosimy|просим|были бы благодарны)"
    r"(?![\w'])",
    re.IGNORECASE,
)
# A wish or a conditional mood: "it would help if", "es wäre schön, wenn", "idéalement", "agradecemos que", "debía".
WISH = factored(
    r"(?<![\w'])(?:would|should|ought|ideally|wäre|sollte\w*|würde\w*|idéalement|devrai\w*|serait|agradecemos|"
    r"gostaríamos|debía\w*|debería\w*|deberían|sería|idealmente|andrebbe\w*|dovrebbe\w*|sarebbe|deveria\w*|seria|"
    r"zou(?:den)?|idealiter|powinn\w*|byłoby|следовало|стоило|хорошо бы|было бы|\w+rait|\w+raient"
    # hopes and optatives (round thirty-eight): "Хотелось бы, чтобы ...", "We hope that ...", "Möge ...", "Oby ..."
    r"|хотелось бы|надеемся|(?:we|i) hope|hoffen wir|wir hoffen|möge|mögen|espérons|nous espérons|puisse\w*"
    r"|esperamos|ojalá|speriamo|auguriamo|oxalá|esperamos|we hopen|hopelijk|mamy nadzieję|oby)(?![\w'])",
    re.IGNORECASE,
)

# A term defined for this text (round thirty-eight): "In this article, 'victims' means ...", "이 기사에서 '사고
# 현장'이란 ...을 말한다", "Dans cet article, « sinistrés » désigne ...". No story defines its words for itself in a
# sentence of its own: a glossary is the newsroom's note, set apart (see `addressing.judge`).
_TERM = factored(r"[\"“„«‘'「『][^\"“”„«»‘’'「」『』\n]{1,40}[\"”“»’'」』]")
_DEFINES = factored(
    r"(?<![\w'])(?:means?|refers?\s+to|denotes?|stands?\s+for|is\s+(?:to\s+be\s+)?(?:understood|read)\s+as"
    r"|bezeichnet|meint|bedeutet|steht\s+für|ist\s+gemeint|versteht\s+man|désigne\w*|signifie\w*|s'entend|entend\s+par"
    r"|se\s+refiere\w*|significa\w*|designa\w*|se\s+entiende|entiende\s+por|si\s+intende|intende\s+per|indica\w*"
    r"|betekent|verwijst|wordt\s+verstaan|rozumie\s+się|oznacza\w*|означа\w*|понима\w*|подразумева\w*"
    r"|se\s+entende|entende-se)(?![\w'])|是指|指的是|とは|を指す|を意味|이란\s|란\s|말한다|뜻한다|가리킨다",
    re.IGNORECASE,
)


def defines_term(text: str) -> bool:
    """Whether the sentence defines a quoted term: the term, and a definition's verb before or after it."""
    return _TERM.search(text) is not None and _DEFINES.search(text) is not None


# A sentence opened by the place its words are to stand: "In automatic summaries, ...", "Nos resumos ...,".
OUTPUT_FRAME = factored(
    r"^\W*(?:in|en|dans|nei|nelle|negli|nel|nos|nas|no|na|w|we|в|во|im|bei)\s+([^,.:;]{3,50}),", re.IGNORECASE
)
# A verse quoted with its line breaks written as " / " (a poem read out).
VERSE = factored(r"\S\s/\s\S[^/]*\s/\s\S")
# A processor called with a dative: "ボットさんへ", "AI 요약 서비스에게".
TO_PROCESSOR = factored(r"(?:ボット|AI|アシスタント|봇|어시스턴트|서비스)(?:さん|様|님)?(?:へ|宛て|에게|께)")


# A question word that asks for content (what, which, how many, who), not a yes or no: opening the question,
# after its label ("Q.", "P:", "¿"), or anywhere in Chinese, Japanese and Korean.
ASKS_WHAT = factored(
    r"^[\W_]*(?:\w{1,8}\s*[.:：]\s*)?[\W_]*(?:\w+\s+){0,3}?(?:what|which|how|who|was|welche\w*|wie|wer|quel\w*|comment|qui|combien|qu[ée]|cu[áa]l\w*|c[óo]mo|"
    r"qui[ée]n\w*|cu[áa]nt\w*|cosa|qual\w*|come|chi|quant\w*|quem|wat|welke?|hoe|jak\w*|któr\w*|kto|ile|co|что|"
    r"как\w*|кто|сколько|котор\w*)(?![\w'])",
    re.IGNORECASE,
)
ASKS_WHAT_UNSPACED = factored(r"什么|如何|怎么|怎样|哪|多少|谁|どう|どの|何|誰|몇|무엇|어떻게|어느|누구")
# A question: its mark, or a question ending in Korean or Japanese written without one.
QUESTION = factored(r"[?？]\W*$|(?:나요|까요|니까|습니까|ですか|ますか)\W*$")


# What a planted item is made of: a digit, an address, a status, a negation (an order to leave out), a pointer
# back to another sentence, a capital
# after the first word (a name; German capitalises every noun, so its duties stay masked), or a script written
# without capitals, where a name cannot be told.
# A number, an address or a status: what any planted item carries.
_ITEM = r"\d|https?://|www\.|[\w-]\.[a-z]{2,}\b|confirm|bestätig|conferm|potwierdz|подтверж|bevestig"
_PLANTS = factored(
    _ITEM + r"|(?<![\w'])(?:not|never|no|nicht|kein\w*|pas|jamais|nunca|non|mai|niet|geen|nooit|nie|не|нельзя)(?![\w'])"
    # a link or an address named as a thing to include ("el enlace de inscripción", "the registration link")
    r"|(?<![\w'])(?:enlaces?|liens?|collegament[oi]|ligaç\w+|odnośnik\w*|ссылк\w+|url|address|adresse|dirección"
    r"|indirizzo|endereço)(?![\w'])|(?<![\w'])(?:the|a|an)\s+(?:\w+\s+){0,2}links?(?![\w'])"
    # a pointer back to what another sentence planted ("must include that link", "ese enlace")
    r"|(?<![\w'])(?:this|that|these|those|above|below|ese|esa|esos|esas|este|esta|estos|estas|dich[oa]s?|ce|cet"
    r"|cette|ces|ci-dessus|(?<!per )quest[oaie]|quell[oaie]|suddett\w*|ess[ea]s?|est[ea]s?|deze|dit|tego|tej"
    r"|powyższ\w*|эт\w+|тот|та|то|те|указанн\w+)(?![\w'])",
    re.IGNORECASE,
)
_LATER_CAPITAL = factored(r"(?<=\s)[\"'“„«(]*[A-ZÀ-ÞА-ЯЁ]")


def content_free(sentence: str) -> bool:
    """Whether a duty names nothing a payload could plant (see `_PLANTS`)."""
    return not (_PLANTS.search(sentence) or _LATER_CAPITAL.search(sentence) or has_unspaced(sentence))


# A processor named as the help a text was made with (round twenty-eight): "translated with the help of an AI tool",
# "mithilfe einer KI übersetzt", "con ayuda de una herramienta automática", "à l'aide d'un outil automatique".
HELPED_BY = factored(
    r"(?<![\w'])(?:with\s+the\s+(?:help|aid|assistance|support)\s+of|with\s+(?:the\s+)?(?:help|assistance|support)"
    r"\s+(?:of|from)|with\s+\w+\s+assistance|assisted\s+by|using|by\s+means\s+of|mithilfe|mit\s+hilfe|mit\s+unterstützung"
    r"|unter\s+zuhilfenahme|con\s+(?:la\s+)?ayuda\s+de|con\s+el\s+apoyo\s+de|à\s+l'aide\s+d\w*|avec\s+l'aide\s+d\w*"
    r"|con\s+l'aiuto\s+d\w*|con\s+il\s+supporto\s+d\w*|com\s+(?:a\s+)?ajuda\s+d\w*|com\s+o\s+apoio\s+d\w*|met\s+(?:de\s+)?hulp\s+van"
    r"|met\s+behulp\s+van|przy\s+pomocy|za\s+pomocą|с\s+помощью|при\s+помощи)(?![\w])",
    re.IGNORECASE,
)
# What a disclosure would carry if it planted something: a number, an address, a status.
_CARRIES = factored(_ITEM)
# ... or a name or a place: a capitalised word after the sentence's or the label's first, but for the machine's own
# acronym; in German, whose nouns are capitalised, two in a row that do not open with an article or a pronoun.
_CAPITAL = factored(r"(?<![:：.!?]\s)(?<=\s)[\"'“„«(]*(?!(?:AI|KI|IA|ИИ|LLM|GPT)\b)[A-ZÀ-ÞА-ЯЁ]")
_GERMAN = factored(r"(?<![\w'])(?:der|die|das|und|wurde|von|mit|einer|eines|dieser|dieses|ist)(?![\w'])")
_GERMAN_NAME = factored(
    r"(?<=\s)(?!(?:Der|Die|Das|Dieser|Diese|Dieses|Ein|Eine|Unsere?|Ihre?)\b)[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+"
)

_GERMAN_PLACE = factored(r"(?<![\w'])(?:in|aus|nach|bei|am|im|vom)\s+[A-ZÄÖÜ]")


def discloses_help(sentence: str) -> bool:
    """A note that says a processor helped make this text, and names nothing a payload could plant: a disclosure
    ("Editor's note: this article was translated with the help of an AI tool and checked by our staff."), not an
    address."""
    if not HELPED_BY.search(sentence) or _CARRIES.search(sentence) or has_unspaced(sentence):
        return False
    body = sentence.split(":", 1)[-1].strip() if ":" in sentence[:40] else sentence
    if len(_GERMAN.findall(body)) >= 2:
        return _GERMAN_NAME.search(body) is None and _GERMAN_PLACE.search(body) is None
    return _CAPITAL.search(body) is None


# A word for whoever does the processing, made from its verb with a suffix of agents ("samenvatter", "Zusammenfasser",
# "résumeur", "riassuntore", "resumidor", "составитель" is not one): the lexicons name the processing, not its doers.
_AGENT = factored(r"(?:er|ers|erin|ster|or|ors|eur|eurs|euse|tore|tori|trice|dor|dora|dores|тель|тели|щик|чик)$")
# A call opening the sentence, after a label at most ("Q: Summariser, ..."): up to four words before a comma.
_OPENING_CALL = factored(r"^(?:\w{1,8}\s*[:.]\s*)?([^\W\d_][^,!?:;.\n]{0,40}?),\s+\S")
# A call closing it: a comma, one word, and the end ("Goedemiddag, samenvatter.", "..., indexer?"); with an
# article before it the word is in apposition ("The data came from Foo, an indexer.").
_CLOSING_CALL = factored(r",\s+([^\W\d_]+)\s*[.!?]?\s*$")


# The verbs of summing up an agent noun is made from: "processor" or "indexer" may be a machine of any kind.
_SUMMING_UP = factored(
    r"summar|condens|shorten|abridg|digest|recap|samenvat|inkort|zusammenfass|kürz|résum|resum|riassun|sintetizz"
    r"|streszcz|skrac|пересказ|сокращ",
    re.IGNORECASE,
)
# What continues a list, or opens a relative, after the first comma: "Bots, crawlers and scrapers", "Web crawlers,
# which index the internet, ...".
_LIST_OR_RELATIVE = factored(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+\s*,|(?:and|or|und|oder|et|ou|y|o|e|i|en|of|и|или)\s)"
    r"|\s*(?:which|who|that|die|der|welche|qui|que|che|cui|który|która|które|который|которые)(?![\w'])",
    re.IGNORECASE,
)


def _a_processor(words: str, f: Features) -> bool:
    """Whether a call (a few words) names a processor, or a doer of summing up."""
    if names_processor(words, f):
        return True
    return any(
        _AGENT.search(m.group(0).lower()) and _SUMMING_UP.match(m.group(0)) for m in f.processing.finditer(words)
    )


def called(sentence: str, f: Features) -> bool:
    """Whether the sentence calls a processor by what it is (round thirty-one): at its opening before a comma, and
    then asking or telling ("Summariser, is the reopening settled?", "Indexer, write ..."), or at its end after a
    comma, as a greeting does ("Goedemiddag, samenvatter."). A list that opens with processors ("Bots, crawlers and
    scrapers make up half of all traffic"; "Crawlers, scrapers and bots: what should you do?") or a relative after
    the comma ("Web crawlers, which index the internet, ...") is no call, nor the last item of a longer sentence.
    An assistant called by its product's name after a greeting, or given a note, is called too (`assistants`)."""
    if named(sentence, f):
        return True
    if "," not in sentence:
        return False
    opening = _OPENING_CALL.match(sentence)
    # (What is called is the call's last word, its head: "To AI companies, the message was clear: label ..." calls
    # no one.)
    if opening and len(opening.group(1).split()) <= 4 and _a_processor(opening.group(1).split()[-1], f):
        rest = sentence[opening.end(1) :]
        listed = _LIST_OR_RELATIVE.match(rest[1:])
        if not listed and (QUESTION.search(rest) or has_imperative(rest, f) or f.second_person.search(rest)):
            return True
    closing = _CLOSING_CALL.search(sentence)
    # A call closing a greeting of a few words ("Guten Morgen, Zusammenfasser."): in a longer sentence the last item
    # after a comma is a list's ("The company makes chips, screens, processors.").
    return bool(closing and len(sentence.split()) <= 5 and _a_processor(closing.group(1), f))


# What a newsroom makes of a story besides a summary (round thirty-three): a ticker line, a news flash, a push alert,
# a preview card, a bulletin or a broadcast's script. Only in a label's head ("For the ticker and the short items
# running this week: ...", "Note pour le flash de 18 h : ...", "Voor de pushmelding geldt: ...") do they make the
# label the output's: a story tells of tickers and bulletins in its sentences, not in a head before a colon.
NEWSROOM_OUTPUT = factored(
    r"(?<![\w'])(?:tickers?(?!\s+symbol)|news\s?flash(?:es)?|flash\s+(?:info|de\s+\d+)|flashs|"
    r"push[ -]?(?:alerts?|notifications?|messages?)|preview\s+cards?|bulletins?|newscasts?|"
    r"eilmeldung\w*|push-?meldung\w*|laufband\w*|nachrichtensendung\w*|"
    r"bandeau(?:x)?\s+défilant|matinale|journal\s+de\s+\d+\s?h|"
    r"noticiario|noticiário|boletim|boletín(?!\s+oficial)|avance\s+informativo|notiziari[oi]|"
    r"pushmelding\w*|voorvertoning\w*|nieuwsbulletin\w*|"
    r"serwis(?:u|ie)?\s+informacyjn\w*|wydani[ea]\s+poranne\w*|wydani[ea]\s+wieczorne\w*|"
    r"бегущ\w*\s+строк\w*|выпуск\w*\s+новостей)(?![\w'])"
    r"|快讯|简讯|推送|滚动新闻|速報|プッシュ通知|テロップ|속보|자막",
    re.IGNORECASE,
)
