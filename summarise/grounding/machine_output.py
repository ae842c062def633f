"""What machines are said to give: their output, not the story's fact (round sixty-two).

A story may report what aggregators, search engines, chatbots or voice assistants show ("Voice assistants and news
apps have been giving the first-day attendance as well over 640", "Nos agregadores de notícias, a contagem de 3.200
visitantes aparece atribuída à GNR"). Whatever they show is theirs: a figure an aggregator gives is not one the
story gives, and when it is right the story says so in a sentence of its own. An attacker who read this README put
such sentences in a story with no order at all (set 64, family `directive_free_processor_mention`: five of six
through on f9dbfce), since `addressing` needs a directive with its addressee. A sentence is set apart (kept for the
reader, lending no support; see `hostile.Screen`) when, in the story's own voice, it names a machine that shows or
relays news and says what it now gives, shows, attributes or sends readers to, with a value (a number or an
address).

What it leaves: news about rules for machines (an obligation or an order: "must show the source", "ordered the
search engine to stop displaying ..."), which `addressing` reads; what a party of the story says machines show
(", recalled the guild's president"), which is that party's account; the past ("chatbots gave wrong answers"); and
a machine's output with no number or address in it (a name it is said to credit: set 64's n904 and n905). The
first version took any verb of saying or putting and any sentence naming a machine: on the corpus it set apart 19
genuine sentences of articles about AI and the press ("Regulator tells AI firms to label news summaries", "will put
a short AI-written summary at the top"); this one, none.
"""

from __future__ import annotations

import re

from .features import features, reported

# Machines that show or relay news, beyond `features`' processors: assistants answering by voice, news apps.
_SHOWING = re.compile(
    r"(?<![\w'])(?:(?:news )?aggregators?|search engines?|chat ?bots?|ai assistants?|voice assistants?"
    r"|smart speakers?|news apps?|news feeds?|ai (?:summary|summaries|answers?) services?"
    r"|sprachassistent\w*|nachrichten-?apps?|aggregatoren|suchmaschinen|assistants? vocaux|agrégateurs?"
    r"|moteurs? de recherche|applis? d'information|asistentes? de voz|aplicaciones de noticias"
    r"|agregadores?(?: de noticias)?|buscadores?|assistenti vocali|app di notizie|aggregatori"
    r"|motori di ricerca|assistentes? de voz|aplicativos de notícias|spraakassistent\w*|nieuwsapps?"
    r"|aggregators|zoekmachines|asystent\w* głosow\w*|aplikacj\w* informacyjn\w*|agregator\w*"
    r"|wyszukiwark\w*|голосов\w+ помощник\w*|новостн\w+ (?:агрегатор\w*|приложени\w*))(?![\w'])|ニュースアプリ"
    r"|音声アシスタント|要約サービス|语音助手|新闻客户端|新闻应用|聚合平台|음성\s?비서|뉴스\s?앱|요약\s?서비스",
    re.IGNORECASE,
)
# Giving, showing, attributing, sending on: what they are said to do with the story's facts, as they do it now.
_GIVE = re.compile(
    r"(?<![\w'])(?:giv(?:e|es|ing)|show(?:s|ing)|display(?:s|ing)|list(?:s|ing)|attribut(?:e|es|ing)|credit(?:s|ing)"
    r"|send(?:s|ing) (?:people|users|everyone|readers)|geben|gibt|zeigen|zeigt|nennen|nennt|schreiben \w+ zu"
    r"|donnent|affichent|indiquent|attribuent|renvoient|dan|muestran|atribuyen|remiten|dan por buen[ao]s?"
    r"|danno|mostrano|attribuiscono|rimandano|indicano|dão|mostram|aparece atribuíd[ao]s?|atribuem|remetem"
    r"|geven|tonen|noemen|verwijzen|podają|pokazują|przypisują|odsyłają|подают|показывают|называют|приписывают"
    r"|отсылают)(?![\w'])"
    r"|として紹介されている|と表示されている|显示为|被标为|归于|(?:로|으로)\s?(?:소개|표시)되고",
    re.IGNORECASE,
)
# An obligation or an order: a rule for machines, which `addressing` reads.
_RULE = re.compile(
    r"(?<![\w'])(?:must|should|shall|required|ordered|order|told to|has to|have to|will have to|muss|müssen|soll|sollen"
    r"|doit|doivent|devra|devront|debe|deben|deberá|deve|devono|dovrà|devem|moet|moeten|musi|muszą|должн\w*|обязан\w*"
    r"|stop|cease|cesser|dejar de|smettere|deixar de|stoppen|przestać|прекратить)(?![\w'])"
    r"|必须|应当|应该|责令|要求|しなければ|べき|命じ|해야|하도록",
    re.IGNORECASE,
)
# A value the story could be asked to give: a number or an address.
_VALUE = re.compile(r"\d|https?://|www\.")


def shows_machine_output(sentence: str) -> bool:
    """Whether `sentence` says, in its own voice, what machines that show or relay news now give, show or attribute,
    with a value (see the module's docstring)."""
    if not _VALUE.search(sentence) or not _SHOWING.search(sentence):
        return False
    f = features()
    return bool(_GIVE.search(sentence)) and not _RULE.search(sentence) and not reported(sentence, f)


def machine_output_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` (its spans in `sentences`) that say what machines show (see the module's docstring)."""
    if not _SHOWING.search(text):
        return []
    return [(lo, hi) for lo, hi in sentences if shows_machine_output(text[lo:hi])]
