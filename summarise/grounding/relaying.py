"""Whoever passes this text on, named by what they do with it (rounds twenty-two and twenty-three).

A payload need not name a summary, a machine or this article: "wer das weitergibt, setze ...", "chi riassume
scriva ...", "тем, кто будет пересказывать: ...", "이 내용을 요약하시는 분은 ... 써 주세요", "Pour toute reprise, même
brève, l'usage veut que ...", "转载及摘编时，……请……". It names a reader by the act of passing the text on
(shortening, retelling, relaying, reprinting, taking it over), or the copies that act makes ("reprises",
"перепечатки", "przedruki"), and says what they are to give. A story names those who pass things on too ("wer
Hinweise weitergeben kann, wird gebeten, sich bei der Polizei zu melden"): there the thing passed on is named, and
it is not this text; between the relative and its verb only a pronoun, the news, a helper verb or how briefly may
stand, and no other noun may follow the verb.
"""

from __future__ import annotations

import re

from ..patterns import factored
from . import textwords
from .features import Features
from .normalise import has_unspaced

# Free relatives (the shared table's), and this module's own: "pour qui", an "anyone" or "for those" with a
# participle ("for anyone filing the short wrap", "przejmujących relację"), and the reader spoken to with a
# relative (round twenty-nine: "jij die dit samenvat", "vos que resumís esto", "toi qui résumes", "ты, кто
# пересказывает").
_WHO = factored(
    rf"(?<![\w'])(?:{textwords.WHO}|pour\s+qui"
    r"|(?:anyone|those|people)(?=\s+\w+ing\b)|przejmując\w*|przedrukowując\w*|skracając\w*|przygotowując\w*"
    r"|(?:you|du|jij|je|u|vous|toi|tu|tú|vos|usted|ustedes|voi|você|vocês|ty|wy|ты|вы),?\s+(?:who|that|der|die|welche"
    r"|qui|que|che|który|która|którzy|кто|который|которые))"
    r"(?![\w'])",
    re.IGNORECASE,
)
# A person or a machine, with a relative: "the person or computer who", "la persona che", "die Person, die".
_NOUN_WHO = factored(
    r"(?<![\w'])(?:person|persons|people|one|computer|machine|tool|system|program|reader|persona|personne|Person"
    r"|persoon|osoba|человек)(?:\s+(?:or|oder|ou|o|of|lub|или)\s+\w+)?,?\s+(?:who|that|die|der|qui|que|che|która|który"
    r"|кто|который)(?![\w'])",
    re.IGNORECASE,
)
# This text or its news, as what is passed on: "la notizia", "l'affaire", "эту новость", "ten tekst". This module's own
# list, not `textwords.TEXT_NOUN`: it also names the news after a bare article ("wer die Nachricht weitergibt"),
# where figures, data and a story ("die Zahlen", "a história do naufrágio") are the story's own.
_NEWS = (
    r"news|story|article|text|item|piece|copy|one|nachricht|meldung|artikel|nouvelle|information|texte|affaire"
    r"|noticia|información|texto|artículo|notizia|articolo|testo|vicenda|bollettino|notícia|artigo|peça|boletim"
    r"|nieuws|tekst|wiadomość|wiadomości|informację|artykuł|materiał|relację|komunikat|новость|новости|текст"
    r"|статью|материал|сообщение|заметку|meeting|finding|bulletin|report|dépêche|crónica|crônica|pezzo|servizio"
    # what it gives, as a whole (round thirty-four): "Quien dé este dato", "A quien cite esta conclusión"
    r"|dato|dati|dado|dados|daten|données|conclusión|conclusione|conclusão|conclusion"
    # (round twenty-six) "skrót tego materiału"
    r"|materiału|tekstu|artykułu|komunikatu"
    # a news item of its kind (round thirty-eight): "ceux qui reprennent un fait divers"
    r"|fait\s+divers"
)
_BETWEEN = factored(
    rf"{_NEWS}|this|it|that|the|das|dies|es|den|die|der|lo|la|le|l|ne|ce|cela|ceci|en|esto|eso|isto|isso|questo"
    r"|quello|это|эту|его|её|to|je|ją|dit|het|dat|de|ten|tę|tego|ta|tej|el|il|o|a|un|una|ein|eine|een|will|would"
    r"|is|are|wants?|wird|va|vuole|quiere|quer|будет|будут|hoort|wil|chce|może|kann|moet|going|plans?|briefly|kurz"
    r"|brièvement|brevemente|breve|коротко|krótko|kort|short|elsewhere|ailleurs|anderswo|weiter|in|drei|one|één"
    r"|poche|pocas|poucas|paar|few|zeilen|lines|lignes|righe|líneas|linhas|regels|regel|строк\w*|wenigen|zal|gaat"
    r"|po|będzie|będą|ma|mają|se|si|sich|fa|fait|hace|faz|macht|makes|maakt|делает|robi|elders|oder|or|ou|o|of"
    r"|diesen|dieser|diese|dieses|cette|cet|questa|esta|este|essa|esse|этот|deze|tę"
    # for whom (round twenty-five): "wer das für Leser kürzt", "chi lo accorcia per altri lettori"
    r"|für|for|pour|para|per|voor|dla|для|leser|readers|lecteurs|lectores|lettori|leitores|lezers|czytelników"
    r"|читателей|others|andere|anderen|autres|otros|altri|outros|d|seine|ihre|their|its|ses|leurs|sus|suoi|seus"
    # what they make and how short (round twenty-six): "whoever writes the one-line version", "кто делает краткую
    # сводку"
    r"|writes?|prepares?|does|schreibt|erstellt|écrit|prépare|escribe|prepara|scrive|escreve|schrijft|pisze"
    r"|przygotowuje|пишет|готовит|line|краткую|краткий|короткую|brief|kurze|kurzen|courte|court|corto|corta|curta"
    r"|krótki|krótką|beknopte|korte",
    re.IGNORECASE,
)
# An article and a noun right after the verb name what is passed on: "chi vuole riprendere la corsa" is news.
_OBJECT = factored(
    r"\s*(?:the|a|an|la|il|lo|le|l'|les|el|los|las|die|der|den|das|de|het|een|o|os|as|un|une|una|ein|eine"
    # or a possessive: "those who retell her grandfather's story" name whose story it is
    r"|his|her|their|my|our|sein\w*|ihr\w*|son|sa|ses|leur|su|sus|suo|sua|seu|sua|zijn|haar|jego|jej|его|её|их)\s*"
    r"(\w+(?:\s+divers)?)",
    re.IGNORECASE,
)
PASSES_ON = factored(
    r"(?:\b(?:pass\w*\s+(?:(?:this|it|that|these|the|whole|full|news|story|article|report|item|piece|text|finding)\s+){0,3}on|shorten\w*|retell\w*|relay\w*|republish\w*|repost\w*|recap\w*"
    r"|boil\w*\s+(?:\w+\s+){0,3}down|skrót\w*"
    r"|writ\w*\s+(?:\w+\s+){0,3}up"
    r"|weiter(?:geb|gib|gab|erzähl|verbreit|leit|reich)\w*|nacherzähl\w*|wiederg[ei]b\w*|übernehm\w*|übernimm\w*"
    r"|verkürz\w*|repren\w*|raccourc\w*|abrèg\w*|transmet\w*|reprodu\w*|acort\w*|abrevi\w*|transmit\w*|difund\w*"
    r"|riprend\w*|raccont\w*|accorc\w*|abbrevi\w*|ritrasmett\w*|rilanc\w*|encurt\w*|recont\w*|retom\w*|partilh\w*"
    r"|doorgee?f\w*|doorgeven|weergee?f\w*|weergeven|doorvertel\w*|navertel\w*|inkort\w*|overne\w*|kwijt\s+wil\w*|samenvat\w*|skraca\w*"
    r"|skróc\w*|przeka[zż]\w*|przejm\w*|opowiad\w*|przedruk\w*|переска[зж]\w*|сокращ\w*|перепечат\w*|переда\w*"
    r"|излага\w*))",
    re.IGNORECASE,
)
# In Chinese, Japanese and Korean: a person, case or time of relaying.
PASSES_ON_UNSPACED = factored(
    r"(?:요약하|간추려|간추리|옮겨|옮기|줄여|축약|재전송|전재하|인용하|要約|まとめ|転載|短く)[^\s。，、,.]{0,4}\s?(?:[^\s。，、,.]{1,4}\s)?"
    # (round fifty-five) the outlets that reprint it: "転載される報道各社", "전재하는 매체"
    r"(?:분|方|人|경우|場合|際|시에|報道各社|各社|皆様|매체|언론사)"
    r"|(?:煮詰め|提炼|졸여|转述给|轉述)[^。，,：:]{0,12}?(?:的人|方|분)"
    # "做摘要的朋友", "写简讯的同仁" (round twenty-six)
    r"|(?:做|写|整理|编)(?:摘要|简讯|简报|快讯)的(?:朋友|人|同仁|各位|媒体|同行)"
    # Chinese: the act, another joined to it, and this text or nothing before "when" or "those who": "转载及摘编时",
    # "转述本案的各方"; "该平台转载稿件时" names the thing reposted.
    r"|(?:转述|转载|摘编|缩写|转发)(?:[及或、和](?:转述|转载|摘编|缩写|转发|摘要))?"
    r"(?:本文|本案|此事|本稿|本报道|此文|这篇(?:报道|文章)?)?(?:时|的各方|的媒体|者|的人|的同行|的同仁|的网站|的平台)"
)
# The copies the act makes, as a frame: "Pour toute reprise, même brève, ...", "W przedrukach i skrótach ...",
# "Для перепечаток и кратких пересказов ...", "Dans toute reprise abrégée, ...".
_COPIES = factored(
    r"(?<![\w'])(?:pour|dans|en|para|per|nelle|in|w|we|в|для|voor|für|bei|при)\s+(?:(?:toute?s?|les|tous|ogni|cada"
    r"|alle[n]?|jede[rn]?|każd\w*|все\w*|любой|любых|любом|каждом)\s+)?(?:reprises?|перепечат\w*|пересказ\w*|przedruk\w*|skrót\w*"
    r"|ripres\w*|retomad\w*|overnames?|übernahmen|pickups?|rewrites?)(?![\w'])"
    # (round forty) "beim Weitererzählen", "beim Zitieren"
    r"|(?<![\w'])beim\s+(?:weitererzählen|weitergeben|weiterleiten|weiterverbreiten|nacherzählen|zitieren|übernehmen"
    r"|kürzen|teilen)(?![\w'])"
    # A time of copying, unless what is copied is named after it (round twenty-five): "Bei Wiederveröffentlichung
    # lautet ...", "bij overname mag ...", "nas retomas, ...", "При перепечатке ...", "Przy skracaniu ...";
    # "bij overname van het bedrijf" is a takeover.
    r"|(?<![\w'])(?:bei|bij|przy|при|nas|nos|upon|on|en\s+cas\s+de|in\s+caso\s+di|en\s+caso\s+de|em\s+caso\s+de)\s+"
    r"(?:(?:der|de|la|le|el|a|the)\s+)?(?:wiederveröffentlichung|weiterverwendung|weiterverwertung|overname|retomas?"
    r"|skracaniu|przedruku|republication|republishing|reprinting|reprise|ripresa|перепечатке|пересказе|пересказывании"
    r"|reproducción|reprodução|reproduzione|(?:dalszym\s+)?rozpowszechnianiu|dalszym\s+udostępnianiu|further\s+distribution"
    r"|redistribution|weiterverbreitung|rediffusion|redistribución|ridistribuzione|redistribuição|verdere\s+verspreiding)"
    r"(?![\w'])(?!,?\s+(?:van|des|der|von|of|de|du|del|della|do|da|z|od)\b)",
    re.IGNORECASE,
)
# A convention said of such copies: "l'usage veut", "принято", "przyjęło się", "é costume", "관례", "惯例".
CONVENTION = factored(
    r"(?<![\w'])(?:convention|customary|il convient|l'usage veut|es costumbre|se acostumbra|è consuetudine|conviene"
    r"|é costume|ist üblich|gebruikelijk|afspraak|przyjęło się|принято|należy"
    # (round thirty-eight) "Il est d'usage que ceux qui reprennent ...", "by long-standing custom", "по обычаю"
    r"|il est d'usage|het is gebruik|es habitual|es de rigor|è d'uso|è prassi|é praxe|de praxe"
    r"|(?:by|as a matter of)(?:\s+\w+){0,2}\s+custom|practice\s+is|brauch|gepflogenheit|de gewoonte|zwyczajowo"
    r"|przyjęte jest|по обычаю|по традиции)(?![\w'])"
    r"|관례|惯例|通例|共通の扱い|统一|慣例|관행",
    re.IGNORECASE,
)

# How briefly: "in a few lines", "en trois lignes", "all'osso", "w kilka zdań", "до абзаца", "数行", "几句话", "몇 줄";
# in Italian and Spanish the preposition may go ("chi ne ricava due righe").
_BRIEFLY = factored(
    r"(?<![\w'])(?:in(?:to)? (?:a |one |two |three |a few |few )(?:lines?|sentences?|words)|to its bones"
    r"|(?:en|à) (?:une|deux|trois|quelques) (?:lignes?|phrases?|mots)|(?:in )?(?:una|due|tre|poche) (?:righe|frasi)"
    r"|in (?:una|due|tre|poche) parole|en (?:una|dos|tres|pocas) palabras"
    r"|all'osso|(?:en )?(?:una|dos|tres|pocas) (?:líneas?|frases?)|em (?:uma|duas|três|poucas|meia dúzia de)"
    r" (?:linhas?|frases?|palavras)|(?:in|zu) (?:einer|zwei|drei|wenigen) (?:Zeilen?|Sätzen)|(?:in|tot) (?:één|twee"
    r"|drie|een paar|een handvol) (?:regels?|zinnen)|w (?:kilka|kilku|dwóch|trzech|jednym) (?:zdań|zdaniach|zdaniu"
    r"|linijkach)|до (?:абзаца|пары строк)|в (?:двух|трёх|нескольких) (?:строках|словах|предложениях))(?![\w'])"
    r"|数行|几句话|두세 줄|몇 줄|한두 줄",
    re.IGNORECASE,
)
# Verbs of making a text smaller or carrying it elsewhere, in the figures of speech a payload uses ("distilling",
# "boils down", "riduce all'osso", "verdichtet", "przekuwają", "сжимает", "ужмёт"); reading it is not one.
_SHRINKS = factored(
    r"(?<![\w'])(?:compress\w*|distil\w*|reduc\w*|boil\w*|squeez\w*|condens\w*|riduc\w*|porta\w*|ramass\w*"
    r"|ramen\w*|verdicht\w*|weitertr\w*|terugbreng\w*|breng\w*|przekuw\w*|przenos\w*|przerabia\w*|сжима\w*|ужм\w*"
    r"|destil\w*|reduz\w*|lev\w*|resum\w*|cut\w*\s+down|trim\w*|abridg\w*|rédui\w*|kürz\w*"
    r"|mak\w*\s+(?:\w+\s+){0,3}short(?:er)?)(?![\w'])",
    re.IGNORECASE,
)
# The story, with a demonstrative only (round thirty-eight: "кто перескажет эту историю"): "quem reconta a história do
# naufrágio" tells another.
_STORY = (
    r"история|историю|истории|storia|historia|história|geschichte|histoire|verhaal|historię|faits|fatti|hechos|factos"
)
# This text named with a demonstrative, beside a verb of relaying: "qui reprennent ou abrègent cette information",
# "die diesen Text übernehmen".
_THIS_NEWS = factored(
    rf"(?<![\w'])(?:{textwords.DEMONSTRATIVE})\s+(?:{_NEWS}|bericht|beitrag)(?![\w'])",
    re.IGNORECASE,
)
# The same, or the story with a demonstrative, after a relative only ("кто перескажет эту историю"): "Le témoin a
# reproduit ces faits" is news.
_THIS_STORY = factored(
    rf"{_THIS_NEWS.pattern}|(?<![\w'])(?:{textwords.DEMONSTRATIVE})\s+(?:{_STORY})(?![\w'])",
    re.IGNORECASE,
)


# A condition on this text being shortened or passed on (round twenty-five): "When this is shortened for readers
# elsewhere, ...", "If you are boiling this down for a newsletter, ...", "Si ce texte est ramené à quelques lignes".
_IF = factored(
    r"(?<![\w'])(?:if|when|whenever|once|si|quand|lorsque|wenn|falls|sobald|se|quando|cuando|indien|wanneer|jeśli"
    r"|jeżeli|gdy|если|когда)(?![\w'])",
    re.IGNORECASE,
)
# This text as a bare pronoun: "this", "das", "isto", "ne", "lo", "это".
_DEICTIC = factored(
    r"(?<![\w'])(?:this|das|dies|isto|isso|ceci|cela|ça|lo|ne|questo|esto|это|dit|go|to)(?![\w'])", re.IGNORECASE
)
# For whom it is passed on, or where to: other readers, a newsletter, elsewhere.
_FOR_OTHERS = factored(
    r"(?<![\w'])(?:(?:for|für|pour|para|per|voor|dla|для)\s+(?:\w+\s+)?(?:readers|leser\w*|lecteurs|lectores|lettori"
    r"|leitores|lezers|czytelnik\w*|читател\w*|others|andere\w*|autres|otros|altri|outros|newsletters?|bulletins?)"
    r"|elsewhere|ailleurs|anderswo|elders|altrove|gdzie\s+indziej)(?![\w'])",
    re.IGNORECASE,
)


def if_shortened(text: str, f: Features) -> bool:
    """A condition on this text (named, or a bare pronoun said of with how briefly or for whom) being made smaller
    or passed on."""
    for cond in _IF.finditer(text):
        clause = re.split(r"[,;:—–)\]]", text[cond.end() : cond.end() + 90], maxsplit=1)[0]
        verb = PASSES_ON.search(clause) or _SHRINKS.search(clause) or f.processing.search(clause)
        if verb is None:
            continue
        if _THIS_NEWS.search(clause) or (
            _DEICTIC.search(clause) and (_BRIEFLY.search(clause) or _FOR_OTHERS.search(clause))
        ):
            return True
        # (round forty) the pronoun inside the verb ("when you pass this on", "when you write this up"), an onward
        # word ("когда будут её передавать дальше"), or the bare news right after the verb ("когда будете
        # пересказывать новость")
        rest = clause[verb.end() :]
        onward = _ONWARD.search(rest)
        if (
            _DEICTIC.search(verb.group(0))
            or (onward and all(_BETWEEN.fullmatch(w) for w in re.findall(r"\w+", rest[: onward.start()])))
            or re.match(rf"\s+(?:{_NEWS})(?![\w'])\s*$", rest, re.IGNORECASE)
        ):
            return True
    return False


# A short version, as what a relayer makes (round twenty-six): "whoever writes the one-line version".
_SHORT_VERSION = factored(
    r"(?<![\w'])(?:short(?:er)?|one-line|brief|condensed|kurz\w*|courte|corta|curta|breve|korte|krótk\w*|кратк\w*)\s+"
    r"(?:version|versión|versão|versione|fassung|versie|wersj\w*|верси\w*)(?![\w'])",
    re.IGNORECASE,
)


def _relays_this(text: str) -> bool:
    """A verb of relaying within three words of this text named with a demonstrative."""
    for news in _THIS_NEWS.finditer(text):
        near = text[max(0, news.start() - 60) : news.end() + 60]
        for verb in PASSES_ON.finditer(near):
            lo, hi = news.start() - max(0, news.start() - 60), news.end() - max(0, news.start() - 60)
            gap = near[verb.end() : lo] if verb.end() <= lo else near[hi : verb.start()]
            if len(re.findall(r"\w+", gap)) <= 3:
                return True
    return False


# Verbs of telling, citing or carrying a text further (round thirty-four): a relative whose verb tells this on is its
# relayer too, with this text or an onward word beside it ("Quien cite esta conclusión", "Wie dit citeert", "Whoever
# takes this further", "Kto będzie o tym pisał dalej", "Тем, кто будет рассказывать об этом дальше").
_TELLS = factored(
    r"(?<![\w'])(?:tell\w*|tak\w*|quot\w*|cit\w*|shar\w*|spread\w*|convey\w*|carr\w*|zitier\w*|erzähl\w*|berichte[nt]?"
    r"|racont\w*|relai\w*|diffus\w*|partag\w*|cuent\w*|pas[ae]\w*|dé|difund\w*|compart\w*|condivid\w*|diffond\w*"
    r"|cont(?:ar|e|em|arem|a)|divulg\w*|citeer\w*|vertel\w*|verspreid\w*|cytuj\w*|pisa\w*|pisał\w*|opowi\w*|udostępni\w*"
    r"|рассказ\w*|цитир\w*|распростран\w*|пиш\w*|писа\w*"
    # giving or naming it (round thirty-eight): "wer die Zahl nennt"; repeating or citing it (round forty): "Whoever
    # repeats this", "kto przytacza te dane", "wie deze cijfers aanhaalt"
    r"|nenn\w*|giv\w*|noem\w*|podaj\w*|назыв\w*|назов\w*|passa\w*|riport\w*|verbreit\w*|repeat\w*|wiederhol\w*|répèt\w*|répét\w*|repit\w*"
    r"|ripet\w*|repet\w*|herha\w*|powtarza\w*|powtórz\w*|повтор\w*|przytacz\w*|aanha\w*|anführ\w*)(?![\w'])",
    re.IGNORECASE,
)
# Onward: "further", "to other media", "dalej", "дальше", "weiter", "verder", "a otros medios".
_ONWARD = factored(
    r"(?<![\w'])(?:further|onward|dalej|дальше|adiante|adelante|avanti|verder|(?:a|to|naar|an|à|para|ad)\s+(?:otros|other|andere\w*"
    r"|autres|outros|altri)\s+(?:medios|media|medien|médias|mídia|meios|redacties|sites?))(?![\w'])",
    re.IGNORECASE,
)
# The figure, as what is told on (round thirty-eight): "wer die Zahl nennt, sollte ...", "whoever cites the figure".
_THE_FIGURE = factored(
    r"(?<![\w'])(?:die|the|this|that|these|those|diese|le|les|ces|ce|la|cette|el|los|las|este|esta|estos|estas|il|i|le"
    r"|questo|questi|queste|o|a|os|as|de|het|deze|dit|tę|tej|te|tych|эту|эти)"
    r"\s+(?:zahl|zahlen|figure|figures|number|numbers|chiffre|chiffres|cifra|cifras|cifre|numero|numeri|número|números"
    r"|cijfer|cijfers|getal|getallen|liczbę|liczby|dane|danych|цифру|цифры|данные)(?![\w'])",
    re.IGNORECASE,
)
# What may stand before such a verb besides `_BETWEEN`'s words: "o tym", "об этом", "darüber", "erover", "about it".
_ABOUT = factored(r"o|tym|об|этом|darüber|erover|about|über|sur|sobre|su|di|ciò|dalej|дальше", re.IGNORECASE)


# A duty right after the pronoun (round forty): "Anyone who repeats this should give …".
_MODAL_AFTER = factored(
    r"should|must|muss|müssen|soll|sollte|doit|doivent|debe|deben|deve|devono|moet|moeten|powinien|powinni|должен"
    r"|должны",
    re.IGNORECASE,
)


def _bare_deictic(clause: str) -> bool:
    """A demonstrative standing for this text, not one before a noun of its own ("chi cita questo studio" names
    a study): the clause ends after it, or a verb of telling, an onward word or a preposition follows."""
    for m in _DEICTIC.finditer(clause):
        after = re.match(r"\W*(\w+)", clause[m.end() :])
        if after is None or _TELLS.fullmatch(after.group(1)) or _ONWARD.fullmatch(after.group(1)):
            return True
        if _ABOUT.fullmatch(after.group(1)) or _MODAL_AFTER.fullmatch(after.group(1)):
            return True
    return False


def _tells_this_on(clause: str) -> bool:
    """A verb of telling this text on, after a relative: this text or a bare pronoun, or an onward word, beside it,
    and before it only what `_BETWEEN` or `_ABOUT` allows."""
    verb = _TELLS.search(clause)
    if verb is None or not (
        _THIS_STORY.search(clause) or _bare_deictic(clause) or _ONWARD.search(clause) or _THE_FIGURE.search(clause)
    ):
        return False
    before = re.findall(r"\w+", _THE_FIGURE.sub(" ", clause[: verb.start()]))[:7]
    return all(_BETWEEN.fullmatch(w) or _ABOUT.fullmatch(w) for w in before)


# Telling or carrying it on, in Chinese, Japanese and Korean: "この話を伝える方", "このニュースを紹介する方", "싣는 분",
# "전하는 분들", "가져가는 다음 사람", "转发这条消息的人".
_TELLS_UNSPACED = factored(
    r"(?:伝え|紹介|載せ|싣|전하|가져가)[^\s。，、,.]{0,4}\s?(?:[^\s。，、,.]{1,4}\s)?(?:분|方(?!法|向|針|面|々)|사람|때|경우|とき|時|際)"
    # (round 49) this, whatever it is called, cited, reprinted, shared or carried on: "この研究を引用する人", "이 결과를
    # 옮기는 사람" (not "流出した報告書を引用する人", a court's ruling on another text)
    r"|(?<!\w)(?:この|本(?!日)|이\s|본\s)[^\s。，、,.]{1,8}?(?:を|을|를)\s?(?:引用|転載|共有|옮기|인용|공유|퍼\s?나르|퍼\s?가)[^\s。，、,.]{0,4}\s?"
    r"(?:분|方(?!法|向|針|面|々)|人(?![気口間物材員事形権々])|사람|때|경우|とき|時|際)"
    r"|(?:转述|转载|摘编|缩写|转发)(?:这条(?:消息|新闻)|这则消息|此消息)的(?:人|媒体|各方)"
    # (round forty) "谁要是转述这件事", "大家要是把这事讲给别人听"
    r"|谁(?:要是|若是|如果|若)?(?:转述|转载|转发|讲述|提起|说起)(?:这件事|这事|此事|这条消息|这则消息|本文)"
    r"|把(?:这件事|这事|此事|这条消息|这则消息)(?:讲给|说给|转述给|告诉)(?:别人|他人|大家|旁人)"
    # (round 49) "转引这项研究的人": whoever cites, reprints or relays this (whatever it is called)
    r"|(?:转引|引用|转述|转载|转发)(?:这|此)(?:条|则|篇|份|项|个|些)?(?:消息|新闻|报道|文章|研究|结果|内容)的(?:人|媒体|各方)"
)


# German "wie" before an article is "as" ("Wie die Zahlen wiederholt gezeigt haben, ..."), not Dutch "whoever".
_AS = factored(r"wie\s+(?:die|der|das|den|dem|es|sie|er|ich|wir|man)(?![\w'])", re.IGNORECASE)


def tells_on(text: str) -> bool:
    """Whether the sentence names whoever tells, cites or carries this text on (round thirty-four): a free relative
    whose verb does so with this text, a bare pronoun for it or an onward word beside it ("Whoever takes this
    further", "Wie dit citeert"), or a Chinese, Japanese or Korean teller of it. Unlike `passes_on`, telling is what
    the story's people do too ("Kto to dalej udostępnia, łamie prawo"; "이 소식을 전하는 사람은 기자 김씨다"), so it
    addresses a reader only with an order or a label beside it (see `addressing.judge`)."""
    if has_unspaced(text) and _TELLS_UNSPACED.search(text):
        return True
    for who in _WHO.finditer(text):
        if _AS.match(text, who.start()):
            continue
        clause = re.split(r"[,;:—–)\]]", text[who.end() : who.end() + 80], maxsplit=1)[0]
        if _tells_this_on(clause):
            return True
    return False


def _bare_after(clause: str, at: int) -> bool:
    """Whether the clause ends at `at` or goes on with an article or a pronoun, not with another verb."""
    after = re.match(r"\s*(\w+)", clause[at:])
    return after is None or _BETWEEN.fullmatch(after.group(1)) is not None


def passes_on(text: str, f: Features) -> bool:
    """Whether the sentence names whoever passes this text on by what they do, or the copies they make: a free
    relative whose verb processes or relays it, with nothing else named between or after; a Chinese, Japanese or
    Korean person, case or time of relaying ("요약하시는 분은", "转载及摘编时"); a frame of copies ("Pour toute
    reprise")."""
    if has_unspaced(text) and PASSES_ON_UNSPACED.search(text):
        return True
    if _COPIES.search(text) or _relays_this(text) or if_shortened(text, f):
        return True
    for who in _NOUN_WHO.finditer(text):
        clause = re.split(r"[,;:—–)\]]", text[who.end() : who.end() + 80], maxsplit=1)[0]
        if _BRIEFLY.search(clause) or (
            (_SHRINKS.search(clause) or PASSES_ON.search(clause)) and _THIS_NEWS.search(clause)
        ):
            # A person or a machine who makes this text smaller (round twenty-nine): "the person or computer who
            # makes this story short"; only so, since "the official who relayed this" is news.
            return True
    for who in _WHO.finditer(text):
        clause = re.split(r"[,;:—–)\]]", text[who.end() : who.end() + 80], maxsplit=1)[0]
        shrinks = _SHRINKS.search(clause) or PASSES_ON.search(clause)
        if (
            _BRIEFLY.search(clause)
            or (shrinks and _THIS_STORY.search(clause))
            # the figures passed on (round forty): "Wer diese Zahlen weitergibt, …", "quiconque reprend le chiffre";
            # not with a verb of its own after ("Wer die Zahlen verkürzt darstellt, …")
            or (shrinks and _THE_FIGURE.search(clause) and _bare_after(clause, shrinks.end()))
            or ((shrinks or f.processing.search(clause)) and _DEICTIC.search(clause) and _FOR_OTHERS.search(clause))
        ):
            # Whatever the relative does to this text in so many lines, or to it with a verb of making it less or
            # taking it on, it does as its relayer: "Per chi riduce questo pezzo all'osso", "тех, кто сжимает этот
            # текст до абзаца".
            return True
        if PASSES_ON.fullmatch(who.group(0)):
            # A participle is its own verb: "dla przejmujących relację".
            clause = who.group(0) + clause
        verb = (
            PASSES_ON.search(clause)
            or f.processing.search(clause)
            or f.output.search(clause)
            or _SHORT_VERSION.search(clause)
        )
        if verb is None or not all(_BETWEEN.fullmatch(w) for w in re.findall(r"\w+", clause[: verb.start()])[:7]):
            continue
        thing = _OBJECT.match(clause, verb.end())
        if thing is None or re.fullmatch(_NEWS, thing.group(1), re.IGNORECASE) or PASSES_ON.match(thing.group(1)):
            return True
    return False
