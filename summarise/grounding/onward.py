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

from ..patterns import factored
from . import textwords
from .dictated import QUOTED
from .features import features, reported
from .fields import FIELD
from .moods import PASSING_VERB, credited, story_quote, worded
from .normalise import has_unspaced
from .onward_unspaced import THIS_NEWS_UNSPACED, tells_unspaced
from .prefilter import Prefiltered

_WHO = textwords.WHO
# This very text, or what it gives: with a demonstrative any text noun; with the article only the news itself.
_TEXT_NOUN = textwords.TEXT_NOUN
_THIS = textwords.DEMONSTRATIVE
_THE = r"the|la|le|les|il|lo|gli|el|los|las|den|die|das|het|de"
_NEWS_ITSELF = (
    r"news|story|article|information|nouvelle|article|information|notizia|storia|articolo|noticia|historia|artículo"
    r"|notícia|história|artigo|meldung|nachricht|artikel|bericht|stuk|artikel|nieuws|histoire|geschichte|verhaal"
    # (round fifty-five) the wire, the report, the text: "il lancio", "a reportagem", "o texto", "la dépêche"
    r"|lancio|reportagem|matéria|texto|dispatch|dépêche|despacho"
)
_OBJECT = (
    rf"(?:(?:{_THIS})\s+(?:{_TEXT_NOUN})|(?:(?:{_THE})\s+|l['’]\s*)(?:{_NEWS_ITSELF})"
    # (Portuguese "a", "o": not English "a news summary")
    r"|(?:a|o)\s+(?:notícia|história|artigo|informação|reportagem|matéria|texto)"
    # (Polish and Russian have no article: the noun alone, round fifty-five)
    r"|artykuł|tekst|materiał|статью|заметку|материал)(?![\w'])"
)
# News outlets that take this text on, with a relative (round fifty-five): "Les journaux qui reprennent l'article",
# "Medien, die diesen Bericht übernehmen", "издания, которые перепечатывают эту заметку".
_OUTLETS = (
    r"(?:newspapers|papers|outlets|media|sites|websites|blogs|newsletters|publications|broadcasters|agencies"
    r"|channels|journaux|médias|agences|chaînes|agencias|canales|agenzie|canali|agências|canais|agenturen|kanäle"
    r"|persbureaus|zenders|agencje|kanały|агентства|телеканалы"
    r"|rédactions|titres|medios|periódicos|diarios|sitios|portales|emisoras|giornali|testate|siti|emittenti|jornais"
    r"|veículos|portais|emissoras|kranten|redacties|omroepen|zeitungen|medien|portale|redaktionen|sender|gazety"
    r"|redakcje|serwisy|издания|сми|сайты|редакции|газеты),?\s+(?:that|which|who|qui|que|che|die|welche"
    r"|które|którzy|которые)"
)
# Whoever takes it on, named by a participle (round fifty-five): "Übernehmende Redaktionen werden gebeten, …",
# "Перепечатывающим заметку следует …".
_TAKING_ON = Prefiltered(
    factored(
        r"(?<![\w'])(?:übernehmende|zitierende|weitergebende|nachdruckende|перепечатывающ\w+|цитирующ\w+"
        r"|пересказывающ\w+|przedrukowując\w+|cytując\w+|przejmując\w+)(?![\w'])",
        re.IGNORECASE,
    )
)
# Whoever writes it, a copy of it or a version of it (round fifty-six): "quem a escrever deve atribuir …", "Quien
# redacte la notificación debe poner …", "whoever drafts the alert".
_WRITES = (
    r"write|writes|draft|drafts|compose|composes|escrever|escreva|escreve|redigir|redija|redige|redacte|redacta"
    r"|redactar|escriba|escribe|scriva|scrive|rédige|rédigera|écrira|écrit|schreibt|verfasst|schrijft|opstelt|pisze"
    r"|napisze|przygotuje|пишет|напишет|составляет|составит"
)
_WRITER = factored(
    rf"(?<![\w'])(?:{_WHO})\s+(?:(?:a|o|la|lo|le|l['’]|it|es|ihn|sie|het|go|ją|его|её)\s+)?(?:{_WRITES})(?![\w'])"
    r"(?:\s+(?:the|la|el|le|il|o|a|die|den|de|het)\s+(?:notification|notificación|notificação|notifica|alert|alerta"
    r"|allerta|alerte|script|guion|guião|copione|bulletin|boletín|boletim|post|publicación|publicação|entry|ficha"
    r"|fiche|scheda|caption|leyenda|legenda|didascalia))?",
    re.IGNORECASE,
)
# The writer's verbs alone: most texts hold none, and the free relatives before them cost a search of their own.
_WRITING = Prefiltered(factored(rf"(?<![\w'])(?:{_WRITES})(?![\w'])", re.IGNORECASE))
_RELAYER = factored(
    rf"(?<![\w'])(?:{_WHO}|(?P<outlets>{_OUTLETS}))(?![\w'])[^.;:!?]{{1,50}}?(?<![\w']){_OBJECT}"
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
_VERB = factored(
    # (after French "d'", the verb's infinitive: "sont priés d'ajouter", "merci d'indiquer")
    r"(?<=[dD]['’])(?:ajout|indiqu|présent|mentionn|attribu|écri|utilis|cit|précis|nomm)\w*"
    r"|(?<![\w'])(?:(?:indic|indiqu|present|apresent|présent|cit|quot|zitier|citeer|cytuj|цитир|scriv|escrib|escrev"
    r"|écri|writ|schreib|schrijf|schrijv|pisz|pisa|nomm|noem|nenn|call|name|describ|décri|descri|beschrijf|credit"
    r"|attribu|atribu|zuschreib|toeschrijv|przypis|припис|podaw|poda|przedstaw|указ|назыв|назов|говор|скаж|parl"
    r"|speak|talk|sag|zeg|mention|menzion|mencion|vermeld|erwähn|qualif|defin|chiam|llam|cham|titul|headlin|give"
    r"|donn|utilis|gebruik|verwend|использ|report|rapport|ripor|refer|record|spell)\w*"
    r"|say|says|dire|dites|disent|diront|dirait|diraient|dise|decir|diga|digan|dica|dicano|dizer|digam|dar|dé|den|dê"
    r"|dare|dia|diano|use|usa|usar|usare|put|zet|stel|stellen|geben|gebt|gibt|użyj|użyć"
    # adding what the text is said to lack (round fifty-five): "sont priés d'ajouter cette source"
    r"|add|adds|adding|ajout\w*|hinzuzufügen|hinzufügen|ergänz\w*|aggiung\w*|añad\w*|agreg\w*|acrescent\w*"
    r"|segnal\w*|inform\w*|consign\w*|angeben|anzugeben|bezeichn\w*|state|list|wpis\w*|привод\w*|именова\w*"
    r"|poner|ponga|pongan|pôr|ponha|mettre|mettez|mettere|mettete|zetten|wstaw\w*|постав\w*"
    r"|toevoeg\w*|toe\s+te\s+voegen|dodaj\w*|dodawa\w*|добав\w*|сказа\w*)(?![\w'])",
    re.IGNORECASE,
)
# Seeing, reading, hearing or following a text is taking it in, not passing it on.
_PERCEIVES = factored(
    r"(?<![\w'])(?:see|sees|saw|seen|read|reads|watch\w*|follow\w*|hear\w*|learn\w*|sieht|sah|gesehen|lies|liest"
    r"|las|gelesen|hört|gehört|verfolg\w*|voi\w*|vu|lu|lit|lisent|appris|apprend\w*|suiv\w*|vio|vieron|ve|ven|leyó"
    r"|leyeron|leer|lee|leen|sigue\w*|oye\w*|viu|viram|leu|leram|lê|leem|segue\w*|acompanh\w*|ouv\w*|vede|vist\w*"
    r"|legg\w*|lett\w*|segu\w*|zie\w*|zag|zagen|lees|lezen|volg\w*|hoor\w*|widzi\w*|widział\w*|czyta\w*"
    r"|przeczyta\w*|śledz\w*|słysz\w*|видел\w*|видит|видят|увид\w*|читал\w*|читает|читают|прочита\w*|прочт\w*"
    r"|следит|следят|слышал\w*|узнал\w*)(?![\w'])",
    re.IGNORECASE,
)
# A verb's past, by its ending, and a perfect's helper before it: what those people said, not what to say.
_PAST = factored(
    r"(?:ed|é|ée|és|ées|ó|ió|aron|ieron|ou|eu|aram|eram|iram|ato|ati|ito|iti|ute|uto|te|ten|ла|ли|ло|ал|ил|ał|ała|ali"
    r"|ały|ił|iła|ili)$",
    re.IGNORECASE,
)
_PERFECT = factored(
    r"(?<![\w'])(?:ont|a|avaient|avait|han|ha|hanno|têm|hat|haben|hebben|heeft|has|have|had)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
# What to write given by pointing back at what the text said (round fifty-five): "sont priés d'ajouter cette
# source", "give that figure", "diese Zahl nennen" (the sentence pointed at is the note's: see `pointers`).
_POINTED_OBJECT = factored(
    r"^\s*(?:this|that|these|those|cette|cet|ces|ce|diese[nrsm]?|este|esta|estos|estas|ese|esa|esos|esas|questo|questa"
    r"|questi|queste|quel|quella|quelle|quei|esse|essa|tal|tale|tales|deze|dit|dat|ten|tę|tego|tej|tych|powyższ\w+"
    r"|эт(?:от|а|о|и|у|ого|ой|их)|указанн\w+|вышеуказанн\w+)"
    # (an item of the story, as `fields` names them: not "say that the …", "reporting this morning")
    rf"\s+(?:{FIELD}|name|nom|nombre|nome|naam|imię|имя|фамилию|datę|dzień|créneau|horaire|heure|hora|ora|uhrzeit|godzin\w*"
    r"|время|time)(?![\w'])",
    re.IGNORECASE,
)
# A relative clause in the past or the perfect (a verb's past ending, a perfect's helper, or a common irregular
# past): "that published", "qui ont repris", "que reprodujeron", "die het bericht overnamen", "które przedrukowały".
_DONE = factored(
    r"(?<![\w'])(?:\w+(?:ed|aron|ieron|eron|aram|eram|iram|ały|ali|ili|ił|ała|ли|ла|ten)|broke|took|ran|brought"
    r"|overnamen|namen|brachten|gaven|übernahmen|reprirent|ripresero|fecero|trouxeram|fizeram"
    # a perfect: its helper and a participle ("qui ont repris", "che hanno diffuso", "die … haben übernommen"; not
    # "têm de mencionar", "a reportagem")
    r"|(?:ont|a|avaient|avait|han|ha|hanno|hebben|heeft|have|has|had|haben|hat|hatten|têm|tem)\s+(?:\w+\s+){0,2}?"
    r"\w+(?:é|ée|és|ées|is|it|u|us|ado|ada|ados|adas|ido|ida|idos|idas|so|sa|si|se|to|ta|ti|te|ed|en|t|d))(?![\w'])",
    re.IGNORECASE,
)
# A participle after a word of duty is an order, not a past: "è quel luogo che va indicato", "doit être cité",
# "must be given", "ma być podawany" (round fifty-five).
_DUTY_BEFORE = factored(
    r"(?<![\w'])(?:va|vanno|andrà|deve\s+essere|devono\s+essere|doit\s+être|doivent\s+être|debe\s+ser|deben\s+ser"
    r"|deve\s+ser|devem\s+ser|muss|müssen|moet|moeten|ma\s+być|mają\s+być|należy|должн\w*\s+быть|must\s+be"
    r"|should\s+be|is\s+to\s+be|are\s+to\s+be|t[êe]m\s+(?:de|que)|ha[sv]e?\s+to|han\s+de|ha\s+de)\s+$",
    re.IGNORECASE,
)
_CREDITS = factored(r"credit|attribu|atribu|zuschreib|toeschrijv|przypis|припис", re.IGNORECASE)
# A figure or a date given as something: "indicar 16 de maio como data", "give 900 as the total".
_FIGURE_AS = factored(
    r"^\s*(?:\S+\s+){0,2}?\d[^,.;:!?]{0,24}?\s(?:as|als|como|come|comme|jako|как|в\s+качестве)\s", re.IGNORECASE
)
# "to talk of" and a figure: "parler de plus de 150 emplois", "speak of over 600 homes".
_OF_FIGURE = factored(
    r"^(?:-\w+)?\s*(?:(?:pas|not|nicht|niet|non|no|nie|не)\s+)?(?:de|of|von|van|di|o|об?)\s+[^,.;:!?]{0,24}?\d",
    re.IGNORECASE,
)
# German and Dutch put the verb last: a name, with what to call them, before it ("wie dit stuk aanhaalt, kan Marieke
# Bos het best directrice van De Klimop noemen").
_LAST_NAMING = factored(
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)[^.;:!?]{0,60}?\s(?:noemen|nennen|bezeichnen|zuschreiben"
    r"|toeschrijven|toe\s+te\s+schrijven|vermelden|angeben|aanduiden|vorstellen|voorstellen)\s*[.,;!?]?\s*$",
    re.IGNORECASE,
)
# After a colon, the wording given whole: a statement with a figure or a capitalised name.
_COLON_STATEMENT = factored(r"[:：]\s*(?P<said>[^:：]{12,})$")
_HAS_FACT = factored(r"\d|(?<!^)(?<![.!?]\s)(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я])")
_REACH = 160


def _clause_end(sentence: str, at: int) -> int:
    comma = factored(r"[,;:，、]").search(sentence, at)
    return comma.start() if comma else len(sentence)


def tells_onward(sentence: str) -> bool:
    """Whether `sentence` tells whoever does anything with this text what to write (see the module's doc)."""
    if passes_this_on(sentence) or (has_unspaced(sentence) and tells_unspaced(sentence)):
        return True
    relayer = _RELAYER.search(sentence) or _TAKING_ON.search(sentence) or _WRITER.search(sentence)
    # (the relative clause runs to its comma: German and Dutch put its verb after the object)
    if relayer is None or _PERCEIVES.search(sentence, relayer.start(), _clause_end(sentence, relayer.end())):
        return False  # (those who saw, read, heard or follow the news say what they think: "Wer diese Zahlen sieht")
    if relayer.re is _RELAYER and _ANOTHER.match(sentence, relayer.end()):
        return False  # (another's text: "Para quienes copian el texto de otros autores: …")
    clause_end = _clause_end(sentence, relayer.end())
    if relayer.re is _RELAYER and relayer.group("outlets") and _DONE.search(sentence, relayer.start(), clause_end):
        return False  # (what outlets did with a text is news: "Newspapers that published the article say that …")
    rest = sentence[relayer.end() :]
    colon = _COLON_STATEMENT.search(rest)
    if colon and _HAS_FACT.search(colon.group("said")):
        return True
    if _LAST_NAMING.search(rest):
        return True
    for verb in _VERB.finditer(rest):
        duty = _DUTY_BEFORE.search(rest, max(0, verb.start() - 24), verb.start()) is not None
        if not duty and (_PAST.search(verb.group(0)) or _PERFECT.search(rest, 0, verb.start())):
            continue  # what was said: "People who watched the news reported that ...", "ont qualifié"
        after = QUOTED.sub(story_quote, rest[verb.end() : verb.end() + _REACH])
        if worded(after, verb.group(0), False) or _FIGURE_AS.match(after) or _OF_FIGURE.match(after):
            return True
        if _POINTED_OBJECT.match(after):
            return True
        if _CREDITS.match(verb.group(0)) and credited(after):
            return True
    return False


def onward_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that tell whoever does anything with this very text what to write."""
    # Only a sentence that holds such an object is read further: most hold none.
    lower = text.lower()
    spaced = _ANY_LOWER.finditer(lower) if len(lower) == len(text) else _ANY.finditer(text)
    objects = [m.start() for m in spaced]
    # (or whoever writes a version of it, or takes it on, named by a participle: round fifty-six; the writer's verb
    # looked for first, the free relative before it only then)
    writers = _WRITER.finditer(text) if _WRITING.search(text) else iter(())
    objects = sorted(objects + [m.start() for m in (*writers, *_TAKING_ON.finditer(text))])
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
_ANY = factored(
    rf"(?<![\w']){_OBJECT}"
    r"|这条|这篇|本文|此文|这件事|这则|この記事|この話|これ|この件|このニュース|이\s*기사|이거|이\s*소식|이\s*글|이\s*내용"
    rf"|{THIS_NEWS_UNSPACED.pattern}",
    re.IGNORECASE,
)
# (searched in the lower-cased text, as `moods` does, at a quarter of the case-blind search's cost; no escape whose
# case matters stands in it: tests/test_textwords.py)
_ANY_LOWER = factored(_ANY.pattern.lower())


# Round forty-five: the passing on of this very text, by whoever and in whatever mood, beside a fact to pass on.
# Sets 41 to 43 were written after rounds forty-two to forty-four were frozen, and each round moved its held-out set
# by no case: every set brought new subjects ("les correspondants ... qui reprennent l'histoire", "那些转发这条消息
# 的群主们"), new moods ("diz-se que", "il doit être dit", "소개해 줘") and new verbs. What they keep is the act of
# passing this text on, next to this text, and a fact. A story tells of other people's passing on other texts ("Those
# who shared the video were questioned"), of news spreading ("die Nachricht verbreitete sich schnell"), of a quoted
# appeal to share a warning, and of this very text rarely but in its notes, which are set apart anyway.
# A verb of the news spreading by itself: "die Nachricht verbreitete sich", "a notícia espalhou-se".
_ITSELF = factored(r"(?:-se|\s+(?:sich|se|si|się|zich))(?![\w'])|(?<=ся)|(?<=сь)", re.IGNORECASE)
_PASSING_VERB = PASSING_VERB
# Filing or cataloguing this text is passing it on to an archive (round fifty-six): "clippings staff will file this
# report under 9 November".
_PASSING_OR_FILING = factored(
    rf"{PASSING_VERB.pattern}|(?<![\w'])(?:file|files|filing|archive|archives|archiving|catalogue|catalogues|catalog"
    r"|catalogs|cataloguing|archiver|archivera|archivar|archivará|archiviare|archivierà|schedare|schederà"
    r"|archivieren|archiveren|archiwizować|zarchiwizuje|архивировать)(?![\w'])",
    re.IGNORECASE,
)
_PASSING_UNSPACED = factored(
    r"(?:转发|转述|转载|分享|引用|翻译|讲给|传给|转给)[^。，,！？!?]{0,12}?(?:本文|此文|这件事|(?:这|此|本)(?:条|篇|则|个)?(?:消息|报道|文章|新闻|稿件|内容|信息))"
    r"|(?:本文|此文|这件事|(?:这|此|本)(?:条|篇|则|个)?(?:消息|报道|文章|新闻|稿件|内容|信息))[^。，,！？!?]{0,8}?(?:转发|转述|转载|分享|引用|翻译)"
    r"|(?:この記事|この話|これ|この件|このニュース)を?[^。！？]{0,10}?(?:転載|引用|翻訳|シェア|拡散|伝え|話す|話し|紹介)"
    r"|(?:이\s*기사|이거|이\s*소식|이\s*글|이\s*내용)[^.。!?]{0,16}?(?:퍼\s*나르|퍼\s*가|공유|인용|번역|전하|전달|옮기|소개)"
)
# A fact to pass on: a figure, a name of two capitalised words, a confirmation, a quotation, or (round 58) a web
# address written bare ("deixe o endereço ajuda-agora.example").
_FACT = factored(
    r"\d|(?<![\w.@-])[a-z\d][\w-]*(?:\.[\w-]+)*\.(?:example|com|org|net|info|eu|[a-z]{2})(?:/\S*)?(?![\w-]|\.\w)"
    r"|(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-Я][\w'’-]+)|confirm|bestätig|confirmad|conferm"
    r"|bevestig|potwierdz|подтверд|[«„“\"「『]|证实|确认|確認|확인|[\u4e00-\u9fff]{2,4}(?:院|局|所|部|会|厅)",
    re.IGNORECASE,
)
# A news noun with a complement names another text: "la noticia falsa", "the story of the flood".
_ANOTHER = factored(
    r"\s+(?:falsa|falso|false|fake|fausse|falsche\w*|nep|fałszyw\w*|ложн\w*|of|about|sobre|über|von|du|des|del|della"
    r"|do|da|van|o|об|о|de|ihres|seines|ihrer|seiner|his|her|their|its|sa|son|ses|leur|su|sus|suo|sua|seu|zijn|haar"
    r"|jego|jej|его|её|их)(?![\w'])",
    re.IGNORECASE,
)


def passes_this_on(sentence: str) -> bool:
    """Whether `sentence` speaks of passing this very text on, beside a fact (round forty-five); what a quotation
    holds is its speaker's ("请把这条预警转发给家里的老人")."""
    if not _FACT.search(sentence) or _SANCTION.search(sentence):
        return False
    own = _QUOTES.sub(" ", sentence)
    if _PASSING_UNSPACED.search(own):
        return True
    for obj in re.finditer(_OBJECT, own, re.IGNORECASE):
        if _ANOTHER.match(own, obj.end()):
            continue
        lo = max(0, obj.start() - 40)
        for verb in _PASSING_OR_FILING.finditer(own, lo, obj.end() + 30):
            # (not the news spreading by itself, nor what others did with it: "Those who shared the story were ...")
            if not (
                _ITSELF.match(own, verb.end()) or _PAST.search(verb.group(0)) or _PERFECT.search(own, 0, verb.start())
            ):
                return True
    return False


# A sanction for passing it on is a warning, not an order: "Тем, кто распространяет это сообщение, полиция грозит
# штрафом …", "Quem partilha este boletim falso arrisca uma multa".
_SANCTION = factored(
    r"(?<![\w'])(?:fine[ds]?|penalt\w*|prosecut\w*|amende\w*|poursuiv\w*|multa\w*|sanci[oó]n\w*|sanzion\w*"
    r"|Strafe\w*|Bußgeld\w*|boete\w*|grzywn\w*|kar[aąy]\w*|штраф\w*|арест\w*|наказ\w*)(?![\w'])",
    re.IGNORECASE,
)


_QUOTES = factored(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』")
