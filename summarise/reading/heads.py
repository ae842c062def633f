"""The words a figure counts, cut to the noun phrase that names it: a run of words after a figure ("212,000 homes
across the region", "450 pompiers restaient mobilisés mardi", "2.300 Patienten gescheitert") ends where its noun
phrase does, keeping a unit with what it measures ("2,300 hectares of forest", "40 сантиметров снега").

Where the phrase ends, by language (no dictionary, the words' forms only):
- German writes its nouns capitalised: up to the first capitalised word ("neue Wohnungen"); none when there is none.
- Russian, Ukrainian and Polish put adjectives first, in their own endings: over those, then the noun ("новых рабочих
  мест"), and a unit or a classifier takes the noun after it ("кубометров ила", "одиниць техніки").
- English puts modifiers first: over an adjective of a short list, over a word before a noun of a compound ("police
  officers", "speed limit"), then the noun; a plural, a time, a preposition or a verb's past ends it ("iPhones last
  year", "people died"); "of" and a noun phrase may follow ("cubic metres of water").
- French, Spanish, Italian and Portuguese put the noun first (after a few adjectives: "nuevos casos"), then up to two
  words that qualify it, up to a preposition, an article, a time or a word of a verb's form ("medios aéreos
  trabajaban", "personas abandonaron"); "de" and a noun with no article join it ("demandeurs d'asile").
- Arabic: the noun and the word after it, unless that is a preposition or has a pronoun's ending; Dutch: the noun,
  after a few adjectives.

A run of words before a figure ("Sales volumes dropped 5.1%", "Die Pro-Kopf-Verschuldung liege bei rund 1.560 Euro")
ends on its noun too (`before`): not on a verb, an adverb, a time or a month ("dropped", "liege", "in January"), and
not past an auxiliary ("la participation s'est établie à 58,3 %").
"""

from __future__ import annotations

import unicodedata

from ..patterns import factored
from .dates import MONTH_NAMES, WEEKDAY_NAMES

Word = tuple[int, int, str]  # (start, end, the word lower-cased)

_OF = {"of", "de", "d", "des", "du", "di", "del", "della", "dei", "degli", "delle", "da", "do", "dos", "das"}
_DETERMINERS = {
    "the", "a", "an", "its", "their", "his", "her", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il",
    "lo", "gli", "o", "os", "as", "su", "sus", "son", "sa", "ses", "leur", "leurs", "suo", "sua", "suoi", "sue", "seu",
    "seus", "suas", "sein", "seine", "ihr", "ihre",
}  # fmt: skip
_QUANTIFIERS = {"all", "them", "whom", "which", "these", "those", "our", "ses", "leurs", "sus", "suoi"}
_JOINED = {"en": {"of"}, "fr": {"de", "d"}, "es": {"de"}, "it": {"di"}, "pt": {"de"}}

_EN_ADJECTIVES = {
    "new", "old", "young", "more", "other", "additional", "extra", "small", "large", "big", "local", "foreign", "full",
    "part", "senior", "junior", "elderly", "main", "major", "minor", "top", "key", "free", "public", "private",
    "civilian", "military", "daily", "weekly", "monthly", "annual", "yearly", "high", "low", "long", "short", "fresh",
    "first", "last", "second", "third", "further", "unpaid", "paid", "illegal", "legal", "rural", "urban", "total",
    "net", "gross", "average", "median", "fewer", "several", "british", "german", "french", "american", "new-build",
    "front-line", "frontline", "full-time", "part-time", "overseas", "domestic", "wild", "serious", "earlier",
    "previous", "former",
}  # fmt: skip
# (a plural: "homes", "people"; not "serious", "bus", "glass")
_EN_PLURAL = factored(r".{2,}[^su']s$|^(?:people|children|men|women|cattle|sheep)$")
_EN_PAST_OR_ADVERB = factored(r"(?:.{2,}[^e]ed|.+ied|.{2,}ly)$")
# (what cannot continue an English noun phrase: a time, a preposition, a pronoun, an adverb or a common verb)
_EN_ENDS = {
    "last", "next", "this", "that", "these", "those", "yesterday", "today", "tonight", "tomorrow", "ago", "later",
    "each", "per", "apiece", "a", "an", "the", "across", "near", "around", "along", "during", "under", "over", "above",
    "below", "about", "into", "onto", "through", "throughout", "including", "against", "among", "than", "more", "less",
    "fewer", "higher", "lower", "up", "down", "off", "out", "away", "back", "here", "there", "so", "too", "very",
    "just", "only", "also", "even", "ever", "never", "not", "no", "who", "which", "whose", "whom", "where", "he",
    "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "your", "be", "been", "being",
    "do", "did", "does", "can", "could", "should", "may", "might", "must", "shall", "got", "went", "came", "left",
    "took", "made", "gave", "saw", "told", "fled", "lost", "won", "held", "paid", "sent", "kept", "met", "ran", "fell",
    "rose", "grew", "died", "spent", "became", "remain", "remained", "june", "thursday", "year", "years", "for", "in",
    "on", "at", "to", "from", "by", "with", "and", "or", "as", "while", "but", "after", "before", "since", "when",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says",
}  # fmt: skip

# Romance adjectives that stand before their noun.
_BEFORE_NOUN = {
    "nuevos", "nuevas", "nuevo", "nueva", "otros", "otras", "primeros", "primeras", "últimos", "últimas", "grandes",
    "pequeños", "pequeñas", "nouveaux", "nouvelles", "nouveau", "nouvelle", "autres", "premiers", "premières",
    "derniers", "dernières", "petits", "petites", "grands", "jeunes", "anciens", "anciennes", "vieux", "nuovi",
    "nuove", "nuovo", "nuova", "altri", "altre", "primi", "prime", "ultimi", "ultime", "piccoli", "piccole", "grandi",
    "giovani", "novos", "novas", "novo", "nova", "outros", "outras", "primeiros", "primeiras", "pequenos", "pequenas",
    "jovens", "antiguos", "antiguas", "ex",
}  # fmt: skip
# What ends a Romance noun phrase: an article, a preposition, a time, an adverb, a conjunction.
ROMANCE_ENDS = {
    "le", "la", "les", "l", "un", "une", "el", "los", "las", "una", "unos", "unas", "il", "lo", "gli", "i", "uno", "o",
    "os", "as", "um", "uma", "au", "aux", "al", "del", "dello", "della", "dei", "degli", "delle", "do", "da", "dos",
    "das", "no", "na", "nos", "nas", "nel", "nella", "nei", "negli", "ao", "aos", "à", "a", "par", "entre", "sous",
    "sin", "senza", "sem", "sans", "hacia", "verso", "contra", "contre", "chez", "durante", "pendant", "ya", "déjà",
    "già", "já", "ora", "ahora", "maintenant", "agora", "hoy", "aujourd", "oggi", "hoje", "ayer", "hier", "ieri",
    "ontem", "mañana", "demain", "domani", "amanhã", "année", "año", "anno", "ano", "mois", "mes", "mese", "semaine",
    "semana", "settimana", "martes", "venerdì", "e", "ne", "ni", "né", "nem", "mais", "pero", "ma", "mas", "aussi",
    "también", "anche", "também", "très", "muy", "molto", "muito", "plus", "más", "più", "moins", "menos", "meno",
    "cada", "chaque", "ogni", "por", "per", "pour", "para", "se", "si", "s", "sí", "ci", "c", "lui", "elle", "ils",
    "elles", "ellos", "ellas", "loro", "eles", "elas", "qui", "que", "che", "quien", "quienes", "cui", "dont", "donde",
    "dove", "onde", "où", "après", "avant", "después", "antes", "dopo", "prima", "depois", "hasta", "jusqu", "fino",
    "até", "vers", "dès", "tras", "presso", "lors", "ce", "cet", "cette", "ces", "este", "esta", "estos", "estas",
    "questo", "questa", "questi", "queste", "esse", "essa", "sono", "è", "era", "erano", "sont", "est", "étaient",
    "était", "son", "es", "eran", "fueron", "fue", "são", "é", "foi", "foram", "ha", "han", "hanno", "ont", "têm",
    "tem", "ser", "être", "essere", "seront", "serán",
    "em", "num", "numa", "pelo", "pela", "pelos", "pelas",
}  # fmt: skip
# A Romance word of a finite verb's form ("restaient", "visitaron", "trabajaban", "risultavano", "ficaram").
ROMANCE_VERB = factored(
    r".{2,}(?:aient|ait|èrent|eront|eraient|ont|ent|aron|ieron|aban|ían|aba|ía|arán|erán|irán|avano|evano|ivano|arono"
    r"|erono|irono|ranno|rono|aram|eram|iram|avam|iam|ão|ou|ó|ò|ès)$"
)
# (what a run of words before a figure cannot end on: as `ROMANCE_VERB`, less the endings nouns share, "gouvernement",
# "inflação", "progrès", and with the future's, "invertirá", "aumenterà")
_ROMANCE_VERB_BEFORE = factored(
    r".{2,}(?:aient|ait|èrent|eront|eraient|aron|ieron|aban|ían|aba|arán|erán|irán|ará|erá|irá|erà|irà|arà|avano"
    r"|evano|ivano|arono|erono|irono|ranno|aram|eram|iram|avam|iam|ou|ió|ó)$"
)
_SLAVIC_ADJECTIVE = factored(r".{2,}(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ої|ою|ими|ыми|ым|им)$")
# (Ukrainian plural adjectives end in -і: "183 населені пункти", "нові")
_UKRAINIAN_ADJECTIVE = factored(_SLAVIC_ADJECTIVE.pattern[:-2] + r"|ні|ві|кі|ті|лі|чі|жі|ші|щі)$")
_POLISH_ADJECTIVE = factored(
    r".{2,}(?:ych|ich|ymi|imi|ego|emu|ej|ym|im|owe|owa|owy|ne|na|ny|ni|nia|ęte|ęty|ęta|ane|any|ana|one|ony|ona)$"
)
# A unit or a classifier, which takes the noun after it in the genitive: "кубометров ила", "одиниць техніки".
_SLAVIC_UNIT = factored(
    r"(?:(?:санти|милли|кило|мілі|кіло)?метр\w*|тонн\w*|литр\w*|літр\w*|гектар\w*|кубометр\w*|баррел\w*|барел\w*|"
    r"килограмм\w*|кілограм\w*|мешк\w*|ящик\w*|вид\w*|единиц\w*|одиниц\w*|штук\w*|пар|партий|тон|ton\w*|litr\w*|"
    r"hektar\w*|metr\w*|kilogram\w*|sztuk\w*|rodzaj\w*|jednost\w*)$"
)
_DUTCH_ADJECTIVES = {
    "andere", "nieuwe", "grote", "kleine", "eerste", "laatste", "oude", "jonge", "extra", "vorige", "volgende",
    "verschillende", "zware", "lichte", "lege", "hele", "halve", "nieuw", "groot", "klein",
}  # fmt: skip
_DUTCH_PARTICIPLE = factored(r"ge.{3,}[dt]e$")
_PREPOSITIONS = {
    "nl": {
        "naar",
        "van",
        "voor",
        "met",
        "op",
        "bij",
        "aan",
        "uit",
        "over",
        "door",
        "tot",
        "om",
        "na",
        "in",
        "te",
        "of",
    },
    "pl": {"z", "ze", "w", "we", "na", "do", "od", "dla", "po", "przez", "o", "przy", "lub", "i", "oraz", "a"},
}
_ARABIC_ENDS = factored(
    r"(?:في|من|على|إلى|خلال|بعد|قبل|بين|حتى|منذ|عن|مع|بسبب|لدى|نحو|إثر|وفق|حسب|.+(?:هم|ها|هن|كم|نا)|(?:لل|بال|وال|فال|كال|لأ|بأ).+)$"
)
# A word that says "of" before another number: "14 из 15 членов Совета", "12 of 15 members".
_OF_ANOTHER = {"из", "з", "із", "of", "von", "de", "di", "z", "van", "sur", "su", "em"}
# Pronouns after a number: "duas delas", "zwei von ihnen" (no noun of their own).
_OF_THEM = {"delas", "deles", "ihnen", "них", "loro", "ellos", "ellas", "them", "eux", "elles", "essi", "esse"}
_GERMAN_NOUN = factored(r"[A-ZÄÖÜ]")
_GERMAN_UNIT = factored(
    r"(?:tonnen|liter|kilo|kilogramm|gramm|meter|kubikmeter|quadratmeter|hektar|barrel|stück|paar|säcke|kisten"
    r"|flaschen|kilometer|millionen|milliarden|tausend|hunderte|tausende|megawattstunden|terawattstunden"
    r"|gigawattstunden|kilowattstunden)$"
)
_WHICH = {"without", "ohne", "sans", "sin", "senza", "sem", "без", "بدون", "across", "nationwide"}


def after(words: list[Word], text: str, lang: str) -> list[Word]:
    """The noun phrase at the start of `words`, the run of words after a figure (see the module's docstring)."""
    words = _joined(list(words), text)
    # ("14 из 15 членов Совета": what the second number counts)
    if len(words) >= 2 and words[0][2] in _OF_ANOTHER and any(c.isdigit() for c in text[words[0][1] : words[1][0]]):
        words = words[1:]
    if any(w[2] in _OF_THEM for w in words[:2]):
        return []
    while len(words) >= 2 and (words[0][2] in _OF or words[0][2] in _DETERMINERS):
        words = words[1:]
    if not words:
        return words
    if lang in _PREPOSITIONS and words[0][2] in _PREPOSITIONS[lang]:
        return []
    head = _head(words, text, lang)
    if head < 0:
        return []
    last = _extend(words, head, text, lang)
    # (a phrase that says which of them: "homes without power", "Haushalte ohne Strom")
    if last == head and head + 2 < len(words) and words[head + 1][2] in _WHICH:
        last = head + 2
        while last + 1 < len(words) and words[last][2] in _DETERMINERS:
            last += 1
    return words[: last + 1]


# (auxiliaries a Romance verb's participle follows, by language: what stands before one is the subject; "a" only in
# French, where it is no article)
_ROMANCE_AUXILIARIES = {
    "fr": {"s'est", "s’est", "s'était", "s’était", "a", "ont", "avait", "avaient", "s'", "s’"},
    "es": {"ha", "han", "había", "habían", "se"},
    "it": {"ha", "hanno", "è", "sono", "aveva", "avevano", "si", "s'", "s’"},
    "pt": {"tem", "têm", "tinha", "tinham", "foi", "foram", "se"},
}
_EN_AUXILIARIES = {
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "shall", "do", "does", "did",
}  # fmt: skip


def names_the_figure(word: str) -> bool:
    """Whether a verb (lower-cased) says what a sum or a count is: "cost", "voted", "fordert"."""
    return bool(_NAMING_VERB.match(word))


def auxiliary(word: str, lang: str) -> bool:
    """Whether `word` (lower-cased) is an auxiliary a participle follows, in English or a Romance language."""
    return word in (_EN_AUXILIARIES if lang == "en" else _ROMANCE_AUXILIARIES.get(lang, set()))


def before(words: list[Word], text: str, lang: str) -> list[Word]:
    """The noun phrase a run of words before a figure ends on (see the module's docstring): none when no noun is
    left."""
    words = list(words)
    auxiliaries = _EN_AUXILIARIES if lang == "en" else _ROMANCE_AUXILIARIES.get(lang)
    if auxiliaries:
        aux = next((i for i, w in enumerate(words) if w[2] in auxiliaries), None)
        # (not before a verb that says what the figure is: "la obra ha costado")
        if aux is not None and not (aux + 1 < len(words) and _NAMING_VERB.match(words[aux + 1][2])):
            words = words[:aux]
    while words and _no_noun_end(words[-1][2], text[words[-1][0]], lang):
        words.pop()
    # (a verb before its object: "kept interest rates" is of the rates)
    while len(words) > 1 and lang == "en" and _no_noun_end(words[0][2], text[words[0][0]], lang):
        words.pop(0)
    return words


def what_lasts(words: list[Word]) -> list[Word]:
    """A run of words before a span of time, less the months and days it ends on: what lasts is as often a verb's
    phrase ("jailed for four years", "the station spent two hours") as a noun, so a verb stays."""
    words = list(words)
    while words and (words[-1][2] in MONTH_NAMES or words[-1][2] in WEEKDAY_NAMES):
        words.pop()
    return words


# Verbs that say what a sum or a count is, kept after their subject ("the works have cost", "viajes costará",
# "councillors voted", "Die Gewerkschaft fordert"), and "against" after votes ("12 voix contre").
_NAMING_VERB = factored(
    r"(?:costs?|costed|costará|costó|costaron|costado|cuesta|cuestan|coûtent|coûte|coûté|coûtera|kostet|kosten"
    r"|kostete|kosteten|costa|costano|costato|costerà|custa|custam|custou|custará|voted|votaron|votó|voté|votè|votou"
    r"|votarono|votato|stimmten|stimmte|demands?|demanded|fordert|fordern|forderte|exige|exigen|exigió|reclama"
    r"|reclaman|chiede|chiedono|paid|pays|pagará|pagó|pagan|paie|paient|payé|zahlt|zahlen|zahlte|pagato|pagou"
    r"|received|receives|recibió|recibirá|recibe|reçoit|reçu|erhält|erhielt|riceve|ricevuto|recebe|recebeu|earns"
    r"|earned|cobrará|cobra|cobró|gagne|verdient|guadagna|ganha|spent|spends|gastó|gastará|dépense|dépensé"
    r"|invested|invests|invertirá|invierte|invirtió|investit|investi|investiert|investirà|investe|investiu"
    r"|aportará|aporta|aportó|rapporte|bringt|raised|recaudó|recaudará|sammelte|arrecadou"
    r"|against|contre|contra|gegen|contro)$"
)


def _no_noun_end(word: str, first: str, lang: str) -> bool:
    """Whether a phrase cannot end on `word` (`first` its first character as written): a verb's form, an adverb, a
    time, a month, a day; in German any word not capitalised. A verb that says what the figure is stays."""
    if word in MONTH_NAMES or word in WEEKDAY_NAMES:
        return True
    if _NAMING_VERB.match(word):
        return False
    if lang == "en":
        # (a name's word is no verb: "Penwick United")
        return word in _EN_ENDS or (
            bool(_EN_PAST_OR_ADVERB.match(word)) and word not in _EN_ADJECTIVES and not first.isupper()
        )
    if lang == "de":
        return not first.isupper()
    if lang in ("fr", "es", "it", "pt"):
        return word in ROMANCE_ENDS or bool(_ROMANCE_VERB_BEFORE.match(word))
    return False


def _joined(words: list[Word], text: str) -> list[Word]:
    """Words that only a combining mark parts joined again ("موظفًا" is one word, though its tanwin is no letter)."""
    out: list[Word] = []
    for a, b, low in words:
        if out and a > out[-1][1] and all(unicodedata.category(c).startswith("M") for c in text[out[-1][1] : a]):
            out[-1] = (out[-1][0], b, out[-1][2] + text[out[-1][1] : a].lower() + low)
        else:
            out.append((a, b, low))
    return out


def _head(words: list[Word], text: str, lang: str) -> int:
    """The index of the noun a run of words after a figure opens with, or -1 for none (see the module's docstring)."""
    if lang == "de":
        for i, (a, _, _) in enumerate(words[:3]):
            if _GERMAN_NOUN.match(text, a):
                return i
        return -1  # (no noun: "zwei von ihnen kamen")
    i = 0
    if lang in ("ru", "uk", "pl"):
        adjective = {"pl": _POLISH_ADJECTIVE, "uk": _UKRAINIAN_ADJECTIVE}.get(lang, _SLAVIC_ADJECTIVE)
        while i + 1 < len(words) and i < 3 and adjective.match(words[i][2]):
            i += 1
    elif lang == "nl":
        while (
            i + 1 < len(words) and i < 3 and (words[i][2] in _DUTCH_ADJECTIVES or _DUTCH_PARTICIPLE.match(words[i][2]))
        ):
            i += 1
    elif lang == "en":
        while i + 1 < len(words) and i < 3 and _modifies(words[i][2], words[i + 1][2]):
            i += 1
    elif i + 1 < len(words) and words[i][2] in _BEFORE_NOUN:
        i += 1  # ("212 nuevos casos", "trois nouveaux foyers", "350 anciens joueurs")
    return i


def _extend(words: list[Word], head: int, text: str, lang: str) -> int:
    """The index of the last word of the phrase whose noun is at `head`."""
    nxt = head + 1
    if nxt >= len(words):
        return head
    if lang in ("ru", "uk", "pl"):
        return nxt if _SLAVIC_UNIT.match(words[head][2]) else head
    if lang == "de":
        # ("rund 80.000 Tonnen Getreide": a unit and what it measures)
        unit = _GERMAN_UNIT.match(words[head][2]) and _GERMAN_NOUN.match(text, words[nxt][0])
        return nxt if unit and _adjacent(text, words[head], words[nxt]) else head
    if lang == "ar":
        return head if _ARABIC_ENDS.match(words[nxt][2]) else nxt
    if lang not in _JOINED:
        return head
    # (a noun with its complement and no article between: "demandeurs d'asile", "botes de harina", "cans of flour")
    if words[nxt][2] in _JOINED[lang] and nxt + 1 < len(words) and _adjacent(text, words[nxt], words[nxt + 1]):
        complement = words[nxt + 1][2]
        if complement not in _DETERMINERS and complement not in _QUANTIFIERS and len(complement) > 2:
            if lang == "en":
                rest = words[nxt + 1 :]
                return nxt + 1 + _head(rest, text, lang)
            last = nxt + 1
            # (a name: "diputados de Vía Verde")
            while last + 1 < len(words) and text[words[last][0]].isupper() and text[words[last + 1][0]].isupper():
                last += 1
            return last
    if lang in ("fr", "it") and words[nxt][2][:2] in ("d'", "d’") and len(words[nxt][2]) > 2:
        return nxt  # ("points d'eau")
    if lang == "en":
        return head
    last = head
    while last + 1 < len(words) and last - head < 2:
        word = words[last + 1][2]
        if (
            word in ROMANCE_ENDS
            or word in WEEKDAY_NAMES
            or word in _OF
            or ROMANCE_VERB.match(word)
            or not _adjacent(text, words[last], words[last + 1])
        ):
            break
        last += 1
    return last


def _adjacent(text: str, a: Word, b: Word) -> bool:
    """Whether only spaces stand between two words (no number, no mark)."""
    return not text[a[1] : b[0]].strip()


def _modifies(word: str, following: str) -> bool:
    """Whether an English `word` before `following` is a modifier of it rather than the noun a phrase ends on: a
    plural ends a phrase ("homes across the region", "iPhones last year"), and so does a word that cannot continue one
    (a time, a preposition, an adverb, a verb's past: "a 12-mile stretch reopened")."""
    if _EN_PLURAL.match(word) and word not in _EN_ADJECTIVES:
        return False
    if (
        following in _EN_ENDS
        or following in WEEKDAY_NAMES
        or following in MONTH_NAMES
        or following in _OF
        or (_EN_PAST_OR_ADVERB.match(following) and following not in _EN_ADJECTIVES)
    ):
        return word in _EN_ADJECTIVES and following.endswith("ed")
    return True
