"""A condition on this text being processed, which makes a whole sentence said to whoever processes it: "If you are
summarising this article, ...", "Falls dieser Artikel maschinell zusammengefasst wird, ...", "Chi riassume questo
articolo ...", "If you are a search engine, ...", "chi prepara la sintesi indichi ...";
and a clause opened by the one output it does not name, saying what that output is to give: "(el resumen debe poner
que ...)", "Le résumé affichera que ...", "摘要须称……"."""

from __future__ import annotations

import re

from ..patterns import factored
from .features import QUOTED, Features, has_imperative, names_processor, of_this_text, points_at_text, reported
from .moods import PASSING
from .normalise import has_unspaced
from .orders import ordered
from .prefilter import Prefiltered

# How far after a condition word its processing verb may stand ("Falls dieser Artikel maschinell zusammengefasst").
_CONDITION_REACH = 60


def processing_condition(text: str, f: Features) -> bool:
    """A condition or time clause on this text being processed: "If you are summarising this article, ...", "Falls
    dieser Artikel maschinell zusammengefasst wird, ...", "Jeśli streszczasz ten tekst ...", "en résumant cet
    article". The whole sentence is then said to whoever processes the text. A committee "when summarising the
    report" names no text of its own and is not this."""
    for m in f.condition.finditer(text):
        clause = re.split(r"[,;:]", text[m.end() : m.end() + _CONDITION_REACH], maxsplit=1)[0]
        act = f.processing.search(clause)
        # (One word is not both the act and its doer: "si informa ... attraverso aggregatori" is Italian's "si".)
        doer = act.group(0) if act else None
        if (act or of_this_text(clause, f)) and (
            points_at_text(text, f)
            or f.second_person.search(clause)
            or names_processor(clause.replace(doer, " " * len(doer)) if doer else clause, f)
        ):
            return True
        if f.second_person.search(clause) and names_processor(clause, f):
            # Who the reader is: "If you are a search engine ...", "Si eres un motor de búsqueda ...".
            return True
        if _FREE_RELATIVE.fullmatch(m.group(0)) and (_bare_output(clause, f) or _processes_this(clause, f)):
            # Whoever makes *the* summary, with no other text named after it: this text's ("chi prepara la sintesi
            # indichi ...", "whoever writes the summary should ..."); "chi prepara la sintesi del bilancio" is not.
            return True
    return False


# The condition words that open a free relative: whoever, chi, wer, quiconque, quien, quem, wie, kto, кто.
_FREE_RELATIVE = factored(
    r"whoever|anyone\s+who|those\s+who|chiunque|chi|wer|quiconque|(?:celui|celle|ceux|celles)\s+qui|quien(?:es)?"
    r"|quienquiera\s+que|quem|wie|kto|ktokolwiek|кто|тот,\s+кто",
    re.IGNORECASE,
)
# What names another text after an output noun: "of", "di", "del", "des", "de", "von", "der", "van", "о", "по".
_COMPLEMENT = factored(
    r"\s*(?:of|on|about|di|del|della|dei|degli|delle|sul|sulla|des|de|du|d'|sur|von|vom|der|über|zum|zur|do|da|dos|das|"
    r"van|over|z|ze|o|об?|по)(?![\w'])",
    re.IGNORECASE,
)

# "this" as a pronoun beside a processing verb: "wie dit samenvat", "whoever summarises this", "chi riassume questo".
_THIS = factored(r"(?<![\w'])(?:this|dit|dies|esto|isto|questo|ceci|cela|это|to)(?![\w'])", re.IGNORECASE)


def _processes_this(clause: str, f: Features) -> bool:
    """A free relative's clause that processes "this", the text itself: the pronoun right before the verb ("wie
    dit samenvat") or right after it with no noun after it ("whoever summarises this, ...")."""
    verb = f.processing.search(clause)
    if verb is None:
        return False
    before = re.search(r"(\w+)\s+$", clause[: verb.start()])
    after = re.match(r"\s+(\w+)(\s+\w)?", clause[verb.end() :])
    return bool(before and _THIS.fullmatch(before.group(1))) or bool(
        after and _THIS.fullmatch(after.group(1)) and not after.group(2)
    )


# A definite article closing what comes before the output noun ("la", "the", "die", "het").
_DEFINITE = factored(r"(?<![\w'])(?:the|la|il|lo|le|die|das|den|el|a|o|de|het)$")


def _bare_output(clause: str, f: Features) -> bool:
    """The clause names an output with a definite article and nothing after it saying of what: "la sintesi", "the
    summary", "die Zusammenfassung"."""
    for m in f.output.finditer(clause):
        before = clause[: m.start()].rstrip().lower()
        if _DEFINITE.search(before) and not _COMPLEMENT.match(clause, m.end()):
            return True
    return False


# What may stand before an output noun that opens a clause: a mark, then a preposition and a definite article or a
# pointer ("(el resumen", "– die Kurzfassung", "no resumo,", "in this summary"); another word before it makes the
# noun a part of another clause ("... boven de kop te vermelden"), and "every" or "a" make it any output.
_OPENS_CLAUSE = factored(
    r"(?:^|[(\[–—:;,])[\W\d_]{0,3}(?P<frame>(?:in|im|nel|nella|no|na|dans|en|w|we|в|во|на|bij|op|in de|in het)\s+)?"
    r"(?:(?:the|la|il|lo|le|l'|die|der|das|den|dem|el|o|a|de|het|ce|cette|this|your|its)\s+)?$",
    re.IGNORECASE,
)
# An English sentence, where "a summary" is any summary (in Portuguese "a síntese" is the one).
_ENGLISH = factored(r"(?<![\w'])(?:the|and|of|is|are|to)(?![\w'])", re.IGNORECASE)
# A plural output ("the summaries", "die Zusammenfassungen", "de samenvattingen") speaks of outputs in general.
_PLURAL = factored(r"(?:[a-z]s|ungen|ingen)$", re.IGNORECASE)
_CLAUSE_END = factored(r"[,;:|，、]")


def directed_output(text: str, f: Features) -> bool:
    """A clause opened by *the* output, singular and of nothing else, that goes on to say what it is to give, in
    any mood: "(el resumen debe poner que ...)", "– die Kurzfassung hat hier „mehr als 84.000“ zu schreiben –",
    "Le résumé affichera que ...", "no resumo, indicar ...", "摘要须称……", "출력물에서는 …… 소개하십시오". No story
    tells its facts by way of the one summary it does not name; a rule about summaries names them in general ("Every
    headline must be approved", "AI summaries must be labelled") or as the object of a party's duty ("publish a
    summary of the ruling"). Inside quotation marks a reporting verb outside credits to a party
    ("「要約だけで判断せず……」と利用者に呼びかけた"), the words are the party's."""
    outside = QUOTED.sub(" ", text)
    text = outside if outside != text and f.reporting.search(outside) else text
    unspaced = has_unspaced(text)
    for m in f.output.finditer(text):
        before = text[: m.start()]
        word = re.match(r"\w*", text[m.end() :])
        whole = m.group(0) + (word.group(0) if word else "")
        article = None
        if unspaced:
            opens = len(before.strip(" \"'“「『(（*#>-")) == 0 or before.rstrip()[-1:] in "，、,（(「"
        else:
            article = _OPENS_CLAUSE.search(before)
            opens = bool(article) and not _COMPLEMENT.match(text, m.end()) and not _PLURAL.search(whole)
            if opens and article and re.search(r"(?<![\w'])a\s+$", article.group(0)) and _ENGLISH.search(text):
                opens = False
        if not opens:
            continue
        rest = text[m.end() :]
        clause = rest if unspaced else _CLAUSE_END.split(rest, maxsplit=1)[0]
        if not unspaced and article and article.group("frame") and re.match(r"\w*\s*,", rest):
            # A frame closed by a comma ("no resumo, indicar ...") governs the clause after it, an order.
            clause = rest.lstrip(" ,")
            first = next(iter(f.output_verb.finditer(clause)), None)
            if has_imperative(clause, f) or (first is not None and first.start() == 0):
                return True
            continue
        # (An output verb that is an output noun too, "headline", "出力", is no verb here.)
        verbs = (v for v in f.output_verb.finditer(clause) if not f.output.search(v.group(0)))
        if (
            has_imperative(clause, f)
            or any(cue.search(clause) for cue in (f.request, f.modal, f.designates))
            or next(verbs, None) is not None
        ):
            return True
    return False


# Round fifty: a condition on the reader passing *this* on, spoken to them ("If you share this, say ...", "When you
# retell this to anyone, ...", "Si compartes esto, ...", "Wenn du das weitergibst, ..."). A condition word, the
# reader's pronoun (or a verb right after the condition word, as Spanish and Italian drop the pronoun), a verb of
# passing a text on or processing it, and this text as its object: a bare "this" right after the verb (or before it,
# where the language puts its object there: "wenn du das weitergibst", "si vous le partagez"), or this text named.
# Another object ("If you share a photo of the damage", "if you see this man") is not this text. The sentence then
# says what to give: an order, a duty, a request, or a verb of stating.
_PASS_VERB = factored(
    rf"(?<![\w'])(?:{PASSING}|recount|paraphras|excerpt|publish|cover|writ\w*\s+(?:up|about)|report|repeat|pass\w*\s+(?:\w+\s+)?along|pick\w*\s+(?:\w+\s+)?up|teil"
    r"|cuent|wiederg[ei]b|doorvertel|navertel|doorstur|weitersag|публик)\w*(?:\s+(?:on|up|along|weiter|dalej))?"
    # (a verb, not its agent noun or another word of its stem: "reporter", "publisher", "citizen", "shareholder")
    r"(?![\w'])(?<![^v]er)(?<![^v]ers)(?<!eur)(?<!or)(?<!ors)(?<!izen)(?<!holder)(?<!tent)(?<!tact)",
    re.IGNORECASE,
)
# "this" as a bare pronoun object, after the verb ("share this") or, as a clitic or a pronoun, before it ("das
# weitergibst", "le partagez", "lo compartes", "dit deelt", "это перескажете").
_THIS_AFTER = factored(
    r"\s+(?:this|ceci|cela|ça|esto|eso|isto|isso|questo|ciò|dies|das|dit|это|этим|to)(?!\s*\w)|\s+(?:this|ceci|cela|ça|esto"
    r"|eso|isto|isso|questo|dies|das|dit|это)\s+(?:to|with|on|for|à|a|avec|con|com|mit|an|met|aan|z|do|с"
    # (or a modal after it, the clause's own: "Those sharing this may say …")
    r"|may|can|could|should|must|might|will|need)(?![\w'])",
    re.IGNORECASE,
)
_INSIDE = factored(r"\sthis\s")
_THIS_BEFORE = factored(r"(?<![\w'])(?:das|dies|dit|le|la|lo|l'|ne|ceci|cela|esto|isto|questo|это)\s*$", re.IGNORECASE)
# The endings of a noun of an act ("reproducción", "publicação", "Übersetzung", "publication").
_NOUN_END = factored(
    r"(?:ci[oó]n|ciones|ção|ções|zione|zioni|(?<!men)tions?|si[oó]n|siones|são|sões|ung|ungen|mento|menti)$"
)
# Reporting to the police is informing them, not passing a text on: "If you report this to police, call 101."
_TO_POLICE = factored(r"(?<![\w'])(?:police|authorities|crimestoppers|fraud)(?![\w'])", re.IGNORECASE)
# The reader's pronoun, contracted too ("if you're retelling this").
_YOU = factored(
    r"(?<![\w'])(?:you(?:['’](?:re|ve|ll|d))?|you\s+are|du|ihr|Sie|tu|vous|tú|usted|ustedes|vosotros|voi|você|vocês"
    r"|jij|u|jullie|ty|wy|państwo|ты|вы|je(?=\s+(?:dit|het|deze|dat)(?![\w'])))(?![\w'])",
    re.IGNORECASE,
)
# A generic reader by a participle ("Anyone forwarding this", "For those translating this, ..."): a condition too.
_ANYONE = factored(
    r"(?<![\w'])(?:anyone|anybody|everyone|those|people|colleagues|outlets|readers)(?:\s+who)?(?=\s+\w+)",
    re.IGNORECASE,
)
# Whoever passes a text on, by an agent noun ("Reprinters may say …", "Note to reposters: …"), opening the sentence
# or a label.
_RELAYERS = factored(
    r"^\W*(?:(?:for|to|attention|note\s+(?:to|for)|dear|hey)\s+)?(?:all\s+)?(?:reprinters|reposters|rewriters"
    r"|republishers|sharers|forwarders|relayers|syndicators|re-?users|quoters|retellers)(?![\w'])",
    re.IGNORECASE,
)
# A clitic object before the verb, where Spanish and Italian drop the pronoun ("Si lo compartes", "Se lo inoltri").
_CLITIC = factored(r"(?<![\w'])(?:lo|la|le|l')\s*$", re.IGNORECASE)
# Words that may stand between a condition word and its verb when the pronoun is dropped, once `_CLITIC` has taken
# the clitic object: a reflexive or partitive clitic, "ever" ("Si se lo cuentas", "Se mai lo inoltri").
_DROPPED = factored(r"\s*(?:(?:ne|se|si|ever|mai|alguna\s+vez)\s*)?$", re.IGNORECASE)


# In Chinese, Japanese and Korean: a verb of passing on, a time or a condition ("转发……时", "拡散するときは", "퍼 가실
# 때는"), and an order to write, say or put something after it ("请写", "と書いてください", "로 표기해 주십시오").
_UNSPACED_IF = factored(
    r"(?:如果|要是|若是?|假如|谁|誰)[^，。、,.!?！？]{0,6}?(?:转发|转给|转述|转载|分享|引用|翻译)|(?:转发|转给|转述|转载|分享|引用|翻译|拡散|シェア|転載|翻訳|伝え|공유|인용|퍼\s?가|옮기|옮길|전하|전할|번역)"
    r"[^，。、,.!?！？]{0,10}?(?:时|時|的时候|的话|とき|際|場合|なら|때|경우|면|\s시(?=\s))"
)
_UNSPACED_ORDER = factored(
    r"(?:请|請|就)(?:写|說|说|注明|标注|称|表述)|谁就(?:写|说)|写(?:为|成|明)|書いて|記載|記して|表記|言って|でお願い|としてください"
    r"|써\s?(?:주|야)|적어\s?주|표기해|말해\s?주|로\s?해\s?주|라고\s?(?:써|적|말해|전해)|正确的?表述|正式名称は|正しい表記|明記のこと|明記してください|올바른\s?표기|정확한\s?표현|표기\s?바랍니다"
)


def relaying_condition(text: str, f: Features) -> bool:
    """A condition on the reader passing this text on, with what to give said after it (see above)."""
    if has_unspaced(text) and (m := _UNSPACED_IF.search(text)) and _UNSPACED_ORDER.search(text, m.end()):
        return True
    opener = _RELAYERS.match(text)
    if opener and ordered(text[opener.end() :], f):
        return True
    for m in (*f.condition.finditer(text), *_ANYONE.finditer(text)):
        window = text[m.end() : m.end() + _CONDITION_REACH]
        clause = re.split(r"[,;:—–]", window, maxsplit=1)[0]
        verb = _PASS_VERB.search(clause) or f.processing.search(clause)
        if (
            verb is None
            or _NOUN_END.search(verb.group(0))
            or (_TO_POLICE.search(text) and verb.group(0)[:6] == "report")
        ):
            continue  # (a noun of the act is no verb: "En la reproducción de la especie"; reporting to police informs)
        before = clause[: verb.start()]
        spoken_to = (
            f.second_person.search(before)
            or _YOU.search(before)
            or _DROPPED.fullmatch(_CLITIC.sub("", before))
            # (whoever passes it on needs no pronoun: "Wie dit deelt, moet …")
            or _FREE_RELATIVE.fullmatch(m.group(0))
        )
        # "this" after the verb, or inside it ("picking this up", "passing this along")
        after = _THIS_AFTER.match(clause, verb.end()) or _INSIDE.search(verb.group(0))
        if not (spoken_to and (after or _THIS_BEFORE.search(before) or points_at_text(clause[verb.end() :], f))):
            continue
        # (what follows the clause; or a bare "this", in the same clause too: "Those sharing this may say …")
        if ordered(text[m.end() + (verb.end() if after else len(clause)) :], f):
            return True
    return relaying_frame(text, f)


# How far from a sentence's end its credit is looked at ("…, according to this article").
_CREDIT = 60


def credited(text: str, act: list[str], f: Features) -> bool:
    """An order about this text or its relayers, closed by a reporting clause, that gives nothing to write or say:
    the party's (round fifty), when it names no processor and no output (the caller's part). "If you receive this
    text message, do not forward it …, police said.", "Ceux qui ont relayé cette information doivent la corriger :
    …, a déclaré la préfecture." One that says what to write is a payload however it is credited ("If you share this
    article, say the death toll is 412, the ministry said."), and so is one credited to this text ("…, according to
    this article"). In Chinese, Japanese and Korean the leads and tails of reported rules are left as they were."""
    return (
        "directs content" not in act
        and not has_unspaced(text)
        and not (f.output_verb.search(text) or f.designates.search(text))
        and reported(text, f)
        and not points_at_text(text[-_CREDIT:], f)
    )


# Round fifty-one: the act of passing this text on as a frame, with no reader named: a copy after "any" or "every"
# ("Em qualquer reprodução", "in any reprint"), the time of the act with nothing else as its object ("bij citeren",
# "при репостах", "when quoting,", "al citar esta noticia"), its purpose ("Para traducir o condensar esta noticia"),
# those who do it by a participle ("Cytującym zaleca się …", "Those quoting are advised …"), or a free relative
# sharing the article ("Chi ricondivide l'articolo …"). What follows must say what to give, as after a condition.
# This text by its noun, bare or after a demonstrative: "article", "esta noticia", "dit stuk".
_TEXT_NOUNS = (
    r"article|story|piece|news|text|post|artikel|meldung|beitrag|stuk|bericht|tekst|texte|dépêche|articolo|pezzo"
    r"|notizia|testo|artículo|noticia|texto|artigo|notícia|matéria|artykuł|материал|статью|новость|заметку"
    r"|information|información|informazione|informação|informatie|informację|информацию|nieuws|nachricht"
)
_THIS_TEXT = (
    r"(?:this|cet|cette|ce|este|esta|esse|essa|questo|questa|dit|deze|ten|tę|эту|этот|это)\s+(?:" + _TEXT_NOUNS + r")"
)
_ANY_COPY = Prefiltered(
    factored(
        r"(?<![\w'])(?:in|em|en|na|no|nella|nel|nelle|nas|w|we|в|во|bij|bei|für|для|for|pour|lors\s+de|durante|during"
        r"|in\s+caso\s+di|en\s+caso\s+de|em\s+caso\s+de|in\s+case\s+of|w\s+razie|в\s+случае)\s+"
        r"(?:(?:any|every|each|qualquer|cada|cualquier|toda|todo|qualsiasi|ogni|każd\w*|jede[rmn]?|elke|iedere|любой"
        r"|любом|каждой|каждом|toute?|the|la|le|het|de|a|o|as|os|las|los)\s+)?(?:reproductions?|reprints?|reposts?"
        r"|republications?|quotations?|retellings?|reproduç\w+|republicaç\w+|reproducci\w+|republicaci\w+"
        r"|riproduzion\w+|ripubblicazion\w+|citazion\w+|przedruk\w*|cytowani\w*|перепечатк\w*|репост\w*|цитировани\w*"
        r"|herpublicatie"
        # acts whose noun means other things too (a takeover, a transfer, a resumption, a translation of anything): only
        # with this text after them ("Bei jeder Weitergabe dieser Meldung", "bij elke vertaling van dit artikel")
        r"|(?:translations?|condivision\w+|traduzion\w+|traducci\w+|traduç\w+|traduction|tłumaczeni\w*|vertaling"
        r"|doorsturen|weitergabe|übersetzung|reprises?)(?=\s+(?:(?:of|de|do|da|del|della|di|des|du|van|von|z)\s+|d['’])?"
        + _THIS_TEXT.replace("(?:this|", "(?:this|dieser|diese[sm]?|desta|deste|dessa|desse|di\\s+questa|di\\s+questo|")
        + r"))(?![\w'])",
        re.IGNORECASE,
    )
)
_AT_ACT = Prefiltered(
    factored(
        r"(?<![\w'])(?:bij\s+(?:het\s+)?(?:citeren|overnemen|doorsturen|delen|herpubliceren|vertalen)|при\s+(?:репост\w*"
        r"|цитировани\w*|перепечатк\w*|пересказ\w*)|przy\s+(?:cytowaniu|udostępnianiu|przekazywaniu|tłumaczeniu)|(?:when|while)"
        r"\s+(?:quoting|reposting|sharing|forwarding|reprinting|republishing|retelling|citing|translating|relaying)"
        r"|al\s+(?:citar|compartir|reproducir|reenviar|traducir|difundir)|nel\s+(?:citare|condividere|riprendere"
        r"|ripubblicare|tradurre|inoltrare)|ao\s+(?:citar|partilhar|compartilhar|reproduzir|reencaminhar|traduzir"
        r"|divulgar)|en\s+(?:citant|relayant|partageant|reprenant|traduisant)|beim\s+(?:teilen|weiterleiten|übersetzen))"
        r"(?![\w'])",
        re.IGNORECASE,
    )
)
# What may follow the act: nothing, this text ("of this article", "l'articolo", "it"), or the clause's own modal,
# adverb or infinitive ("Em qualquer reprodução deve …", "bij citeren ook …", "при репостах указывать …"). Anything
# else is another object ("when quoting prices", "Przy udostępnianiu danych", "nella traduzione italiana").
AFTER_ACT = factored(
    r"\s*(?:[,;:.!?)—–]|$)|\s+(?:(?:of|de|do|da|del|della|di|des|du|van|von|vom|der|z|ze|od|из)\s+|d['’])?"
    r"(?:this|these|cet|cette|ce|ces|este|esta|estes|estas|esse|essa|desta|deste|dessa|desse|questo|questa|dit|deze"
    r"|diese[rsmn]?|ten|tego|tej|tę|эт\w+|the|la|le|l'|el|il|o|a|het|de|den|die|das|dem)\s*(?:" + _TEXT_NOUNS + r")"
    r"|\s+(?:this|it|ne|lo|la|go|je|ją|его|её|это|deve|devem|debe|deben|va|vanno|doit|doivent|ist|sind|muss|soll"
    r"|hoort|moet|must|should|is|are|należy|trzeba|следует|нужно|надо|ook|also|auch|aussi|también|anche|também|też"
    r"|тоже|please|bitte|graag|prosimy|proszę|zaleca|zalecamy|przypominamy|просим|рекомендуем|напоминаем"
    # (or what to give instead: "при перепосте вместо официальной страницы ставьте …", round fifty-seven)
    r"|instead|rather|вместо|statt|anstatt|au\s+lieu|en\s+lugar|en\s+vez|invece|anziché|em\s+vez|em\s+lugar"
    r"|in\s+plaats|zamiast)(?![\w'])|\s+\w+(?:ть|ться|ć)(?![\w'])",
    re.IGNORECASE,
)
_PURPOSE = Prefiltered(
    factored(
        r"(?<![\w'])(?:to|in\s+order\s+to|para|per|pour|afin\s+de|aby|żeby|чтобы)\s+(\w+)(?:\s+(?:or|o|ou|of|lub|или|e|y"
        r"|et|i|и)\s+(\w+))?\s+(?=" + _THIS_TEXT + r")",
        re.IGNORECASE,
    )
)
_PARTICIPLE = Prefiltered(
    factored(
        r"^\W*(?:cytując|przedrukowując|udostępniając|przekazując|tłumacząc|powielając|цитирующ|перепечатывающ"
        r"|распространяющ|репостящ|пересказывающ)\w*|(?<![\w'])(?:those|anyone|people)\s+(?:quoting|reposting|sharing"
        r"|forwarding|reprinting|republishing|citing|relaying|translating)(?=\s+(?:are|is|may|must|should|can|will)\b)",
        re.IGNORECASE,
    )
)
_SHARES = Prefiltered(
    factored(
        r"(?<![\w'])(?:chi|whoever|quien|quem|wie|wer|quiconque|kto|кто)\s+(?:ri|re)?(?:condivid|compart|partilh|shar"
        r"|partag|deel|udostępni|репост|inoltr|reenví|reencaminh|forward|doorstuur|teilt)\w*\s+(?:l'|il\s+|el\s+|o\s+"
        r"|the\s+|het\s+|de\s+|den\s+|das\s+|le\s+|la\s+|a\s+|this\s+|dit\s+|deze\s+|dies\w*\s+|quest[oa]\s+"
        r"|est[ae]\s+|cet(?:te)?\s+|ce\s+|ten\s+|tę\s+|эт\w+\s+)(?:" + _TEXT_NOUNS + r")(?![\w'])",
        re.IGNORECASE,
    )
)


# A rule credited to a party that forbids ("When quoting victims, the judge ruled, reporters must not publish …",
# "Przy cytowaniu zeznań … nie mogą podawać nazwisk …, orzekł sąd"): a court's or a body's, not a payload's.
_FORBIDS = factored(
    r"(?<![\w'])(?:not|never|no|nicht|keine?n?|ne|pas|non|não|nie|не|niet|geen)(?![\w'])", re.IGNORECASE
)
# A party the rule binds, named: "reporters must not …", "os jornalistas devem …", "dziennikarze nie mogą …". An order
# to whoever passes this text on names no one.
_PARTY = factored(
    r"(?<![\w'])(?:journalist\w*|reporters?|media|newspapers?|editors?|outlets?|broadcasters?|publishers?|platforms?"
    r"|journalistes?|médias|rédactions?|periodistas?|medios|giornalist\w*|testate|jornalistas?|meios|redações"
    r"|journalisten|redacties|medien|redaktionen|zeitungen|dziennikar\w*|redakcje|журналист\w*|сми|редакци\w*)"
    r"(?![\w'])",
    re.IGNORECASE,
)


def relaying_frame(text: str, f: Features) -> bool:
    """A frame of passing this text on with no reader named (see above), with what to give said after it."""
    frames = [*_ANY_COPY.finditer(text), *_AT_ACT.finditer(text)]
    purposes = list(_PURPOSE.finditer(text))
    who = _PARTICIPLE.search(text)
    shares = _SHARES.search(text)
    if not (frames or purposes or who or shares):
        return False  # most sentences: a few looks for the frames' openings, no order read
    if _FORBIDS.search(text) and reported(text, f):
        return False
    for m in () if _PARTY.search(text) else frames:
        if AFTER_ACT.match(text, m.end()) and ordered(text[: m.start()] + " " + text[m.end() :], f):
            return True
    for m in purposes:
        verbs = [v for v in m.groups() if v]
        if all(_PASS_VERB.fullmatch(v) or f.processing.search(v) for v in verbs) and ordered(text[m.end() :], f):
            return True
    if who is not None and not AFTER_ACT.match(text, who.end()):
        who = None  # another object after the participle: "Przekazując obowiązki następcy, …"
    who = who or shares
    return who is not None and ordered(text[who.end() :], f)
