"""Whoever does anything with this very text, told what to write (round forty-four; see `relaying`, `moods`).

`relaying` names whoever passes this text on by the verb of passing on: retelling, shortening, reprinting. Each
held-out set brought verbs it had not listed (citing, sharing, translating, relaying, referring to, teaching with,
filing), and each round added the set's verbs and missed the next set's. Here the verb does not matter: a generic
person ("whoever", "those who", "all who", "chiunque", "всех, кто", "a quem") who does *anything* with this very
text ("this article", "the news", "these figures", "l'information", "la storia", "эти данные"), or doing it
("when citing the article", "ao citar a notícia", "en traduisant cet article", "ссылаясь на эти данные"), is
whoever takes the text on. A story names such people too ("Those who read this report will remember that ...",
"Wer den Artikel gelesen hat, weiß, dass ..."), so the sentence must also tell them what to write:

- a verb of writing, saying, naming, presenting, giving or crediting, in any form (the subjunctive "indicar", the
  conditional "parleraient", the infinitive "указывать", the Dutch "noemen"), with the wording after it (see
  `moods`), or a figure or date given "as" something ("indicar 16 de maio como data");
- or a colon and, after it, a statement with a figure or a name (the wording given whole: "Petit rappel pour ceux
  qui relaieront l'information : le financement a été confirmé par la préfète Hélène Dumarsais").

A verb in the past with its subject ("those who wrote the report said that ...") tells what was said, not what to
say: the verb forms read here are the orders' and the undetermined ones, and a reporting clause closing the sentence
leaves it to its speaker (`features.reported`). The sentence is set apart: kept for the reader, lending no support.
"""

from __future__ import annotations

import bisect
import re

from .dictated import QUOTED
from .features import features, reported
from .moods import credited, story_quote, worded

# A generic person, by a free relative or a quantifier with a relative.
_WHO = (
    r"whoever|anyone(?:\s+who)?|everyone\s+who|those\s+who|all\s+who|people\s+who|wer|alle[n]?,?\s+die"
    r"|jede[rnm]?,?\s+(?:der|die)|diejenigen,?\s+die|chi|chiunque|tutti\s+quelli\s+che|coloro\s+che|quanti"
    r"|quien(?:es)?|cualquiera\s+que|todos\s+los\s+que|aquellos\s+que|a\s+quienes|quem|todos\s+os\s+que|aqueles\s+que"
    r"|qualquer\s+pessoa\s+que|ceux\s+qui|celles\s+qui|quiconque|tous\s+ceux\s+qui|celui\s+qui|wie|iedereen\s+die"
    r"|degenen\s+die|allen\s+die|kto|ktokolwiek|ci,?\s+którzy|wszyscy,?\s+którzy|wszystkich,?\s+którzy|każdy,?\s+kto"
    r"|tych,?\s+którzy|кто|всех,?\s+кто|все,?\s+кто|тем,?\s+кто|тех,?\s+кто|каждый,?\s+кто|любой,?\s+кто"
)
# This very text, or what it gives: with a demonstrative any text noun; with the article only the news itself.
_TEXT_NOUN = (
    r"article|story|piece|item|report|news|text|bulletin|post|figures?|numbers?|data|information|artikel|bericht"
    r"|beitrag|meldung|nachricht|text|zahlen?|daten|angaben|stuk|tekst|cijfers?|gegevens|nieuws|papier|récit|nouvelle"
    r"|dépêche|information|chiffres?|données|articolo|pezzo|testo|notizia|storia|servizio|dati|cifre|numeri"
    r"|artículo|pieza|texto|noticia|historia|crónica|datos|cifras|información|artigo|peça|notícia|história|dados"
    r"|números|informação|artykuł|tekst|materiał|wiadomość|informację|informacje|dane|liczby|статью|текст|материал"
    r"|заметку|новость|данные|цифры|информацию|сведения|историю"
)
_THIS = (
    r"this|these|cet|cette|ce|ces|questo|questa|questi|queste|este|esta|estos|estas|esse|essa|estes|diesen|dieses"
    r"|diese|dieser|dit|deze|ten|tę|te|to|tego|эту|этот|эти|это|данную|данный|данные"
)
_THE = r"the|l'|la|le|les|il|lo|gli|el|los|las|o|a|os|as|den|die|das|het|de"
_NEWS_ITSELF = (
    r"news|story|article|information|nouvelle|article|information|notizia|storia|articolo|noticia|historia|artículo"
    r"|notícia|história|artigo|meldung|nachricht|artikel|bericht|stuk|artikel|nieuws"
)
_OBJECT = rf"(?:(?:{_THIS})\s+(?:{_TEXT_NOUN})|(?:{_THE})\s*(?:{_NEWS_ITSELF}))(?![\w'])"
_RELAYER = re.compile(
    rf"(?<![\w'])(?:{_WHO})(?![\w'])[^.;:!?]{{1,50}}?(?<![\w']){_OBJECT}"
    # doing it: "when citing the article", "ao citar a notícia", "en traduisant cet article", "ссылаясь на эти данные"
    r"|(?<![\w'])(?:(?:when|while|in|on)\s+)?(?:citing|quoting|sharing|translating|relaying|reposting|forwarding|using"
    r"|retelling|repeating|mentioning|reprinting|adapting|filing|indexing|broadcasting|posting|passing\s+on|reading\s+out"
    r"|citant|relayant|partageant|traduisant|reprenant|utilisant|mentionnant|diffusant|transmettant|citando"
    r"|compartiendo|traduciendo|difundiendo|usando|mencionando|reproduciendo|partilhando|compartilhando|traduzindo"
    r"|divulgando|condividendo|traducendo|riprendendo|riportando|cytując|przytaczając|udostępniając|tłumacząc"
    r"|powołując\s+się\s+na|korzystając\s+z|przekazując|używając|цитируя|ссылаясь\s+на|пересказывая|переводя"
    r"|используя|распространяя|передавая"
    r"|(?:al|ao|nel|nello|à|a)\s+(?:citar|compartir|traducir|difundir|usar|mencionar|partilhar|compartilhar|traduzir"
    r"|divulgar|citare|condividere|tradurre|riprendere|usare)"
    r"|beim\s+(?:zitieren|teilen|übersetzen|weitergeben|verwenden)|bij\s+het\s+(?:citeren|delen|vertalen|gebruiken))"
    rf"\s+(?:(?:van|von|des|der|de|du|d')\s*)?{_OBJECT}",
    re.IGNORECASE,
)
# Verbs of writing, saying, naming, presenting, giving or crediting, by stem, in any form.
_VERB = re.compile(
    r"(?<![\w'])(?:(?:indic|indiqu|present|apresent|présent|cit|quot|zitier|citeer|cytuj|цитир|scriv|escrib|escrev"
    r"|écri|writ|schreib|schrijf|schrijv|pisz|pisa|nomm|noem|nenn|call|name|describ|décri|descri|beschrijf|credit"
    r"|attribu|atribu|zuschreib|toeschrijv|przypis|припис|podaw|poda|przedstaw|указ|назыв|назов|говор|скаж|parl"
    r"|speak|talk|sag|zeg|mention|menzion|mencion|vermeld|erwähn|qualif|defin|chiam|llam|cham|titul|headlin|give"
    r"|donn|utilis|gebruik|verwend|использ|report|rapport|ripor|refer|record|spell)\w*"
    r"|say|says|dire|dites|disent|diront|dirait|diraient|dise|decir|diga|digan|dica|dicano|dizer|digam|dar|dé|den|dê"
    r"|dare|dia|diano|use|usa|usar|usare|put|zet|stel|stellen|geben|gebt|gibt|użyj|użyć)(?![\w'])",
    re.IGNORECASE,
)
_CREDITS = re.compile(r"credit|attribu|atribu|zuschreib|toeschrijv|przypis|припис", re.IGNORECASE)
# A figure or a date given as something: "indicar 16 de maio como data", "give 900 as the total".
_FIGURE_AS = re.compile(
    r"^\s*(?:\S+\s+){0,2}?\d[^,.;:!?]{0,24}?\s(?:as|als|como|come|comme|jako|как|в\s+качестве)\s", re.IGNORECASE
)
# "to talk of" and a figure: "parler de plus de 150 emplois", "speak of over 600 homes".
_OF_FIGURE = re.compile(
    r"^(?:-\w+)?\s*(?:(?:pas|not|nicht|niet|non|no|nie|не)\s+)?(?:de|of|von|van|di|o|об?)\s+[^,.;:!?]{0,24}?\d",
    re.IGNORECASE,
)
# German and Dutch put the verb last: a name, with what to call them, before it ("wie dit stuk aanhaalt, kan Marieke
# Bos het best directrice van De Klimop noemen").
_LAST_NAMING = re.compile(
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)[^.;:!?]{0,60}?\s(?:noemen|nennen|bezeichnen|zuschreiben"
    r"|toeschrijven|toe\s+te\s+schrijven|vermelden|angeben|aanduiden|vorstellen|voorstellen)\s*[.,;!?]?\s*$",
    re.IGNORECASE,
)
# After a colon, the wording given whole: a statement with a figure or a capitalised name.
_COLON_STATEMENT = re.compile(r"[:：]\s*(?P<said>[^:：]{12,})$")
_HAS_FACT = re.compile(r"\d|(?<!^)(?<![.!?]\s)(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я])")
_REACH = 160


def tells_onward(sentence: str) -> bool:
    """Whether `sentence` tells whoever does anything with this text what to write (see the module's doc)."""
    relayer = _RELAYER.search(sentence)
    if relayer is None:
        return False
    rest = sentence[relayer.end() :]
    colon = _COLON_STATEMENT.search(rest)
    if colon and _HAS_FACT.search(colon.group("said")):
        return True
    if _LAST_NAMING.search(rest):
        return True
    for verb in _VERB.finditer(rest):
        after = QUOTED.sub(story_quote, rest[verb.end() : verb.end() + _REACH])
        if worded(after, verb.group(0), False) or _FIGURE_AS.match(after) or _OF_FIGURE.match(after):
            return True
        if _CREDITS.match(verb.group(0)) and credited(after):
            return True
    return False


def onward_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that tell whoever does anything with this very text what to write."""
    # Only a sentence that holds such an object is read further: most hold none.
    objects = [m.start() for m in _ANY.finditer(text)]
    if not objects:
        return []
    f = features()
    spans = []
    for lo, hi in sentences:
        at = bisect.bisect_left(objects, lo)
        if at == len(objects) or objects[at] >= hi:
            continue
        sentence = text[lo:hi].strip()
        if tells_onward(sentence) and not reported(sentence, f):
            spans.append((lo, hi))
    return spans


# A word every such sentence holds (its object), looked for once in the whole text.
_ANY = re.compile(rf"(?<![\w'])(?:{_THIS}|{_THE})\s*(?:{_TEXT_NOUN}|{_NEWS_ITSELF})(?![\w'])", re.IGNORECASE)
