"""The reuse of this text as a scope, with no reader named (round fifty-seven): what a line says holds "for every
further mention", "in elke doorplaatsing", "jede Wiedergabe dieses Textes"; a line dedicated to whoever forwards it;
a line that points back at the sentence before it as the one to carry; whoever republishes this piece, in either
word order.

A story does not say what holds in its own later copies, nor stop to dedicate a line to those who forward it: the
line's content is for whoever reuses the text. The act is read by what it is (a copy, a mention, a relay of this
text, further or later), in twelve languages, not by whom it names:

- a label before a colon that opens the line with such a scope ("Bij elke verdere vermelding:", "For any reprint:");
- any or a further copy by a word that means only that ("elke doorplaatsing", "every reprint"), or a copy of this
  text by any word ("ogni ristampa di questo articolo"), as a frame in a sentence that gives a value (a figure, a
  name, a quoted term, a web address): "dat getal hoort ook in elke doorplaatsing"; the time of a copy ("при
  перепосте") only with an order beside it;
- a short sentence that dedicates what follows to whoever passes this text on ("This is for those forwarding this
  report."): the rest of its line is its content (`following.governed_end`), and inside a paragraph the sentence
  after it (`given_on`);
- a free relative whose verb copies this text, named by a demonstrative or "our" ("chiunque ripubblichi questo
  pezzo", "wie dit stuk doorstuurt"; "il pezzo", "het stuk" are as often a piece of music or a play), or takes it
  to another outlet, with an order or a label;
- a sentence with no figure that points back with a verb of holding or duty ("Das oben Gesagte gilt für jede
  Wiedergabe dieses Textes", "É essa frase … que deve passar para qualquer republicação"): the sentence before it
  in its paragraph is what it hands on (`back_spans`).

A review with fresh eyes (tests/data/review57) narrowed the first version of each: news copies other texts (a
novel's later translations, a song's text, a treaty, a photo) and reproduces remarks ("That sentence was later
reproduced in the appeal").
"""

from __future__ import annotations

import itertools
import re

from ..patterns import factored
from .conditions import AFTER_ACT
from .features import Features, features, reported, words_of
from .moods import PASSING
from .orders import ordered, orders_anywhere
from .prefilter import Prefiltered
from .textwords import WHO

# A copy of this text by its act's noun. The first group means nothing else; the second means other things too (a
# mention of anything, a translation, a transfer, a copy or a version of anything) and is read only as a copy of
# this text, or as a further one in a label.
_COPY = (
    r"reprints?|reposts?|republication\w*|repostings?|retellings?|weitergabe\w*|nachdruck\w*|weiterverbreitung\w*"
    r"|republicaç\w+|republicaci\w+|ripubblicazion\w+|doorplaatsing\w*|herplaatsing\w*|herpublicatie\w*"
    r"|przedruk\w*|перепост\w*|репост\w*|перепечатк\w*"
)
_ALSO_OTHER = (
    # ("à chaque reprise" is "each time"; "bei jeder Wiedergabe" a playback; "every reuse" of anything)
    r"reproductions?|reproduç\w+|reproducci\w+|riproduzion\w+|wiedergabe\w*|re-?uses?|weiterverwendung\w*"
    r"|mentions?|quotations?|citations?|translations?|erwähnung\w*|übernahme\w*|zitierung\w*|übersetzung\w*|reprise"
    r"|traduction\w*|menci[oó]n\w*|cita\w*|traducci\w+|menzion\w+|citazion\w+|traduzion\w+|ripres\w+|menç\w+|citaç\w+"
    r"|traduç\w+|vermelding\w*|citaat|citering\w*|vertaling\w*|overname\w*|wzmian\w+|cytowani\w+|cytat\w*|przekaz\w*"
    r"|tłumaczeni\w+|упоминани\w+|цитировани\w+|перевод\w*|пересказ\w*|передач\w+"
    # copies and reprints of anything (a review with fresh eyes, round fifty-seven)
    r"|cop(?:y|ies)|kopie\w*|kopi[aeię]\w*|копи[яиюей]\w*|cópias?|copias?|copie|abdruck\w*|ristamp\w+|herdruk\w*"
    r"|réimpression\w*|reimpresi\w+|reimpress\w+|versions?|versión|versione|versão|fassung\w*|versie\w*|wersj\w+"
    r"|верси\w+"
)
_ANY = (
    r"any|every|each|all|jede[rmns]?|alle[nm]?|elke|iedere|chaque|toute?s?|tous|cada|cualquier\w*|qualquer|todas?"
    r"|todos?|ogni|qualsiasi|qualunque|każd\w+|wszelk\w+|любо\w+|кажд\w+|всяк\w+"
)
_FURTHER = (
    r"further|subsequent|later|future|next|nächste[nmrs]?|prochaine?s?|próxim[oa]s?|prossim[oaie]|volgende|następn\w+"
    r"|следующ\w+|weitere[nmrs]?|spätere[nmrs]?|verdere|latere|ulterior\w*|posterior\w*"
    r"|successiv\w+|futur\w*|dalsz\w+|kolejn\w+|przyszł\w+|дальнейш\w+|последующ\w+|будущ\w+"
)
_AT = (
    r"in|on|at|for|with|to|bei|für|zu|bij|voor|op|dans|pour|lors\s+de|à|en|para|em|no|na|nos|nas|nel\w*|nell['’]"
    r"|per|w|we|przy|dla|в|во|при|для"
)
_TEXT = (
    r"reportage|reportagem|verslag|relato|crónica|cronaca|crônica|papier|dépêche|zeilen|regels|linee|líneas|linhas"
    r"|report|article|story|piece|text|item|news|post|bericht|artikel|meldung|beitrag|nachricht|stuk|tekst|texte"
    r"|article|dépêche|artículo|noticia|texto|artigo|notícia|matéria|articolo|pezzo|notizia|testo|artykuł|tekst"
    r"|materiał|wiadomość|статью|статья|текст|материал|заметку|новость"
)
# The newsroom's own: "our report", "unseren Bericht", "nasz materiał".
_OUR = r"our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|ons|onze|nasz\w*|наш\w*"
# This text after a copy's noun: "of this article", "dieses Textes" (not "of this photo", "de ce recueil").
_OF_THIS = (
    r"\s+(?:of|de|do|da|del|della|di|des|du|van|von|z|ze)\s+(?:this|cet(?:te)?|ce|este|esta|deste|desta|questo"
    rf"|questa|dit|deze|dieses|dieser|diesen|tego|tej|эт\w+|{_OUR}|the|la|le|l['’]|il|lo|el|o|a|het|de)\s*(?:{_TEXT})\w{{0,2}}"
    rf"|\s+(?:dieses|dieser|unseres|unserer|этого|этой|нашего|нашей|naszego|naszej)\s+(?:{_TEXT})\w{{0,2}}"
)
# A copy of this text: any or a further one by a word that means only that, or one of this text by any word.
_SCOPE = (
    rf"(?<![\w'])(?:(?:{_ANY})\s+)?(?:(?:{_FURTHER})\s+)?(?:{_COPY}|{_ALSO_OTHER})(?:{_OF_THIS})(?![\w'])"
    rf"|(?<![\w'])(?:(?:{_ANY})\s+(?:(?:{_FURTHER})\s+)?|(?:{_FURTHER})\s+)(?:{_COPY})(?![\w'])"
)
# In a label, a further one by any word too ("Bij elke verdere vermelding:"): news writes no such label.
_LABEL_SCOPE = rf"{_SCOPE}|(?<![\w'])(?:(?:{_ANY})\s+)?(?:{_FURTHER})\s+(?:{_ALSO_OTHER})(?![\w'])"
_LABEL = factored(
    rf"^[\W_]*(?:[^\W\d_]+\s+){{0,2}}?(?:{_AT})\s+(?:the\s+|la\s+|le\s+|het\s+|de\s+|a\s+|o\s+|el\s+)?(?:{_LABEL_SCOPE})"
    r"[^:：\n.!?]{0,50}[:：]\s*\S",
    re.IGNORECASE,
)
# (or the time of a copy by a word that means only that: "при перепосте", "bij doorplaatsing", "upon reposting")
_UPON = r"при|bij|bei|beim|przy|lors\s+de|upon|on|when|al|nel|ao|in\s+case\s+of|en\s+cas\s+de|в\s+случае"
_FRAME = Prefiltered(
    factored(rf"(?<![\w'])(?:(?:{_AT})\s+(?:{_SCOPE})|(?P<upon>(?:{_UPON})\s+(?:{_COPY}))(?![\w']))", re.IGNORECASE)
)
# A value a line gives: a figure, a name after its first word, a quoted term, a web address.
_VALUE = factored(r"\d|(?<=\s)(?-i:[A-ZÀ-ÞŁŚŻĆА-Я])[\w'’-]+|[«»„“”\"]\w|https?://|www\.", re.IGNORECASE)

# A line given to whoever passes this text on: "This is for those forwarding this report."
_DEDICATED = Prefiltered(
    factored(
        r"^[\W_]*(?:this(?:\s+(?:note|line|paragraph|part))?|these\s+lines|the\s+following|what\s+follows|ceci|cela"
        r"|ce\s+qui\s+suit|dies|das\s+Folgende|esto|lo\s+siguiente|isto|o\s+seguinte|questo|quanto\s+segue|dit"
        r"|het\s+volgende|to|poniższe|это|следующее|note|a\s+note|nota|notiz|hinweis|uwaga|примечание|aviso|avviso"
        r"|opmerking|remarque|attention|achtung|let\s+op|внимание)\s+(?:is|are|s['’]adresse|ist|gilt|es|va|é|vai|è|va|is|geldt"
        r"|jest|—|–|-)?\s*(?:only\s+|nur\s+|seulement\s+|solo\s+|só\s+|alleen\s+|tylko\s+|только\s+)?(?:meant|intended"
        r"|addressed|written|gedacht|bestimmt|gerichtet|destinée?s?|destinad[oa]s?|destinat[oa]|bedoeld|przeznaczon\w*"
        r"|предназначен\w*)?\s*(?:for|to|à|aux|für|an|para|per|a|voor|dla|для)\s+"
        rf"[^.!?\n\d]{{0,50}}?(?:(?<![\w'])(?:{PASSING}|{_COPY})\w*[^.!?\n\d]{{0,40}}?(?<![\w'])(?:{_TEXT})(?![\w'])"
        # (or the text before the verb: "kto będzie ten tekst przytaczał", "wer diesen Bericht weitergibt")
        rf"|(?<![\w'])(?:{_TEXT})(?![\w'])[^.!?\n\d]{{0,20}}?(?<![\w'])(?:{PASSING}|{_COPY})\w*)"
        r"[^.!?\n\d]{0,20}[.!]?\s*$",
        re.IGNORECASE,
    )
)

# Whoever copies this text, named by a demonstrative, or a clitic before the verb, in either order: "chiunque
# ripubblichi questo pezzo", "wie dit stuk doorstuurt", "quien lo reproduzca".
_COPIES = (
    r"republi\w*|ripubblic\w*|herpublic\w*|repost\w*|reprint\w*|reprodu\w*|riprodu\w*|doorstu+r\w*|doorplaats\w*"
    r"|herplaats\w*|overne\w*|weiterverbreit\w*|weiterleit\w*|nachdruck\w*|przedruk\w*|перепост\w*|репост\w*"
    r"|перепечат\w*|inoltr\w*|reenví\w*|reencaminh\w*|forward\w*"
)
# (by a demonstrative: "il pezzo", "het stuk", "den Text" are as often a song, a play or a law's)
_THE_TEXT = (
    rf"(?:this|dit|deze|diesen|dieses|questo|questa|este|esta|esse|essa|cet|cette|ce|ten|tę|эт\w+|(?:il\s+|la\s+|el\s+"
    rf"|a\s+|o\s+)?(?:{_OUR}))\s*(?:{_TEXT})"
)
_WHO_COPIES = Prefiltered(
    factored(
        rf"(?<![\w'])(?:{WHO})\s+(?:(?:{_THE_TEXT})\s+(?:\w+\s+)?(?:{_COPIES})|(?:lo|la|l['’]|o|le)\s*(?:{_COPIES})"
        # (not those who did: "thanks to all who forwarded this article")
        rf"|(?:{_COPIES})(?<!ed)\s+(?:{_THE_TEXT}))(?![\w'])",
        re.IGNORECASE,
    )
)


# Whoever takes this text to another outlet: "para quien lo traslade a otro medio", "wer ihn in andere Zeitungen
# übernimmt", "for anyone taking it to another paper".
_ELSEWHERE = Prefiltered(
    factored(
        rf"(?<![\w'])(?:{WHO})\s+[^.:;!?\n]{{0,40}}?(?<![\w'])(?:to|into|in|a|en|em|para|naar|in|na|do|w|в|auf|für)\s+"
        r"(?:another|other|otros?|otras?|autres?|altr[oaie]|outr[oa]s?|andere[nmrs]?|inn\w+|друг\w+)\s+"
        r"(?:medios?|outlets?|media|medium|médias?|testat[ae]|meios?|sites?|pages?|papers?|journa(?:l|ux)|periódicos?"
        r"|giornal[ei]|jorna(?:l|is)|krant(?:en)?|Zeitung(?:en)?|Blätter|gazet\w*|tytuł\w*|serwis\w*|издани\w*|СМИ"
        r"|газет\w*)(?![\w'])",
        re.IGNORECASE,
    )
)


def given_on(text: str) -> bool:
    """Whether `text` is a line given to whoever passes this text on, and gives nothing else (see above)."""
    found = _DEDICATED.search(text)
    return found is not None and not _PAST.search(found.group(0))


def reuse_scope(text: str, f: Features) -> bool:
    """Whether `text` says what holds for a copy of this text, or is given to whoever makes one (see above)."""
    if (":" in text or "：" in text) and _LABEL.search(text):
        return True
    if _output_scope(text, f):
        return True
    frames = list(_FRAME.finditer(text))
    dedicated = _DEDICATED.search(text)
    who = _WHO_COPIES.search(text) or _ELSEWHERE.search(text)
    if not (frames or dedicated or who) or reported(text, f):
        # (a party's rule on copies, or a dedication quoted: "bei jeder weiteren Verwendung ist die Quelle zu
        # nennen, so der Verlag", "“This is for everyone who shared the story,” she said.")
        return False
    # (a bare act's time only with nothing else as its object: "przy przedrukach herbu" reprints a coat of arms; nor
    # another text's copy: "every further translation of the novel", "bei jeder Wiedergabe des Songs")
    frames = [
        m
        for m in frames
        if (not m.group("upon") or AFTER_ACT.match(text, m.end()))
        and not (_ANOTHERS.match(text, m.end()) and not re.match(_OF_THIS, text[m.end() :], re.IGNORECASE))
    ]
    for m in frames:
        rest = text[: m.start()] + " " + text[m.end() :]
        # (the time of a copy says what to give only with an order: "При перепечатке … издательство поставило
        # фотографию" is what a publisher did)
        if _VALUE.search(rest) and (not m.group("upon") or ordered(rest, f) or orders_anywhere(rest)):
            return True
    if dedicated and not _PAST.search(dedicated.group(0)):
        return True  # (not to those who did: "Uwaga dla wszystkich, którzy udostępniali nasz tekst")
    # (German "wie" before an article is "as": "wie die Meldung weitergeleitet wurde")
    if who is None or _AS.match(who.group(0)):
        return False
    rest = text[who.end() :]
    # (a label for them: "nota para quien lo traslade a otro medio: …")
    return bool(re.match(r"[^:：\n]{0,30}[:：]\s*\S", rest)) or ordered(text[: who.start()] + " " + rest, f)


_AS = factored(r"wie\s+(?:die|der|das|den|dem)(?![\w'])", re.IGNORECASE)
# A past form of a verb of passing on, not a compound future ("będzie … przytaczał", "будет … пересылал").
_PAST = factored(
    r"(?<!będzie\s)(?<!będą\s)(?<!будет\s)(?<!будут\s)(?<![\w'])(?:[^\W\d_]{3,}(?:ed|li|ły|ła|ło|ли|ла|ло))(?![\w'])"
    r"(?![^.!?\n]*(?:będzie|będą|будет|будут))",
    re.IGNORECASE,
)
_ANOTHERS = factored(
    r"\s+(?:of|de|du|des|del|della|dello|dei|degli|delle|di|da|do|dos|das|van|von|vom|der|z|ze)(?![\w'])|\s+d['’]",
    re.IGNORECASE,
)

# A sentence opening on the processor's output or its act as a scope (round fifty-nine): "In summaries, the race is
# to be placed in ...", "Bij samenvattingen moet ... worden toegeschreven aan ...", "Nei riassunti la gara va
# collocata in ...", "Bij het samenvatten graag vermelden dat ...". Another text's summary ("in summaries of the
# inquiry") is not this one's.
_OUTPUT_FRAME = factored(
    rf"^[\W_]*(?:[^\W\d_]+\s+)?(?:{_AT}|{_UPON}|ne[il]|nelle|negli|nos|nas|dans\s+les|en\s+(?:los|las))\s+"
    rf"(?:(?:{_ANY}|sämtliche\w*)\s+)?(?:(?:the|les|los|las|die|den|der|het|de|os|as|i|gli|le|la|il|o|a)\s+)?"
    rf"(?:[^\W\d_]+\s+)?(?:{words_of('output')[0]}|(?P<act>{words_of('processing')[0]}))(?![\w'])(?!{_ANOTHERS.pattern})",
    re.IGNORECASE,
)
# An act with an object is an act on that object ("When summarising the report, the committee noted …").
_OBJECT = factored(
    r"\s+(?:the|a|an|this|le|la|les|l['’]|un|une|de|het|een|die|der|das|den|dem|ein\w*|il|lo|gli|el|los|las|o|os|as"
    r"|um|uma)(?![\w'])",
    re.IGNORECASE,
)


def _output_scope(text: str, f: Features) -> bool:
    frame = _OUTPUT_FRAME.match(text)
    if frame is None or reported(text, f) or (frame.group("act") and _OBJECT.match(text, frame.end())):
        return False
    rest = text[frame.end() :]
    duty = ordered(rest, f) or _TO_BE_DONE.search(rest) is not None
    return duty and _VALUE.search(rest) is not None and _FACT_GIVEN.search(rest) is not None


# What such a duty does with a fact of the story: credits, places or dates it, or states that it holds ("… moet
# worden toegeschreven aan …", "… va collocata in …", "vermelden dat …"). A style guide's rule for summaries names no
# fact ("In summaries, pupils must name the author and keep to 150 words": a fresh-eyes review, tests/data/review59).
_FACT_GIVEN = factored(
    r"(?<![\w'])(?:attribut\w*|credit\w*|ascrib\w*|plac\w+|locat\w+|situat\w+|dated?|toegeschreven|toeschrijven"
    r"|gesitueerd|geplaatst|zugeschrieben|zuzuschreiben|verortet|datiert|attribu\w+|atribu\w+|situ\w+|colloca\w+"
    r"|localiza\w+|placé\w*|datad\w+|datat\w+|przypisa\w+|umieszcz\w+|приписыва\w+|датирова\w+|mess[oaie]"
    r"|revien\w*|correspond\w*|spett\w+|cabe|pertence|naam"
    r"|(?:that|dat|dass|que|che|что|że)(?![\w']))",
    re.IGNORECASE,
)


# Italian's duty by "va" and a participle: "la gara va collocata in …", "i dati vanno attribuiti a …".
# A fact that belongs to someone in the output ("le sauvetage revient à …", "el rescate corresponde al …", "gehört …
# zugeschrieben", "hoort … op naam van … te staan") is given there as a duty's is.
_TO_BE_DONE = factored(
    r"(?<![\w'])(?:(?:va|vanno)\s+[^\W\d_]+(?:at|ut|it|ess|tt)[oaie]|revien\w*|correspond\w*|spett\w+|cabe|pertence"
    r"|gehör\w*|hoort|horen)(?![\w'])",
    re.IGNORECASE,
)


# What points back at the sentence before: "the above", "this sentence", "das oben Gesagte", "essa frase".
_BACK = Prefiltered(
    factored(
        r"(?<![\w'])(?:the\s+above|above\s+(?:sentence|line|figure)|the\s+(?:previous|preceding)\s+(?:sentence|line)"
        r"|(?:this|that)\s+sentence|das\s+oben\s+\w+|oben\s+genannte\w*|obige\w*|vorstehende\w*|der\s+vorige\s+Satz"
        r"|dieser\s+Satz|ce\s+qui\s+précède|la\s+phrase\s+(?:précédente|ci-dessus)|cette\s+phrase|lo\s+anterior"
        r"|la\s+frase\s+anterior|esta\s+frase|essa\s+frase|a\s+frase\s+anterior|o\s+acima|quanto\s+sopra"
        r"|la\s+frase\s+precedente|questa\s+frase|(?:het\s+)?bovenstaande|de\s+vorige\s+zin|deze\s+zin|powyższ\w+"
        r"|poprzednie\s+zdanie|to\s+zdanie|вышесказанное|вышеизложенное|предыдущ\w+\s+предложени\w+"
        r"|это\s+предложение|the\s+foregoing|(?:as\s+)?just\s+said|(?:wie\s+)?eben\s+gesagt|das\s+eben\s+\w+"
        r"|ce\s+qui\s+vient\s+d['’]être\s+dit|lo\s+dicho|lo\s+que\s+precede|ciò\s+che\s+precede|quanto\s+detto"
        r"|o\s+que\s+foi\s+dito|o\s+que\s+precede|(?:dat\s+)?hierboven|(?:jak\s+)?wyżej\s+\w+|сказанное\s+выше"
        r"|изложенное\s+выше)(?![\w'])",
        re.IGNORECASE,
    )
)
# (a copy by a word that means only that, a further one or one of this text: "this sentence was quoted" is a court's)
_REUSE_WORD = factored(_SCOPE, re.IGNORECASE)
# What the pointer says of it: that it holds for those copies, or must go into them ("That sentence was reproduced
# on leaflets" is what happened to a remark).
_HOLDS = factored(
    r"(?<![\w'])(?:applies|apply|holds|stands|must|should|is\s+to|are\s+to|gilt|gelten|muss|müssen|soll|sollen|geldt"
    r"|gelden|moet|moeten|hoort|vaut|valent|doit|doivent|vale|valen|debe|deben|deve|devem|devono|va|vanno|obowiązuje"
    r"|należy|musi|ma\s+trafić|относится|действует|должн\w+|следует)(?![\w'])",
    re.IGNORECASE,
)


def back_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence with no figure that points back at the one before it in its paragraph as what copies of this
    text carry: both."""
    spans = []
    for (plo, phi), (lo, hi) in itertools.pairwise(sentences):
        sentence = text[lo:hi]
        if "\n\n" in text[phi:lo] or any(ch.isdigit() for ch in sentence) or not _BACK.search(sentence):
            continue
        if _REUSE_WORD.search(sentence) and _HOLDS.search(sentence) and not reported(sentence, features()):
            spans.append((plo, hi))
    return spans
