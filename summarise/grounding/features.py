"""The features a sentence is judged by (see `addressing`): each found by the per-language lexicons of
`addressing_words`, and the few combinations of them that make a sentence's form an address on its own (a
dedication, a condition on the text being processed, a rule's content reported)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..patterns import factored, longest_first
from .addressing_words import LEXICONS, UNSPACED, WORD_START
from .dictated import SPELLED, STATUS
from .normalise import has_unspaced
from .prefilter import Prefiltered

QUOTED = factored(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」|‘[^’\n]*’")


def _alternation(words: list[str]) -> str:
    # Spaces match any run of spaces.
    ordered = longest_first(set(words))
    return "|".join(w.replace(" ", r"\s+") for w in ordered)


def words_of(category: str) -> tuple[str, str]:
    spaced = [w for lang, lex in LEXICONS.items() if lang not in UNSPACED for w in lex.get(category, [])]
    unspaced = [w for lang, lex in LEXICONS.items() if lang in UNSPACED for w in lex.get(category, [])]
    return _alternation(spaced), _alternation(unspaced)


def _any(category: str, start: str = r"(?<![\w'])") -> re.Pattern[str]:
    """A category's words: at word edges (at `start`) in spaced languages, anywhere in unspaced ones."""
    spaced, unspaced = words_of(category)
    # (A category no unspaced language fills has no second branch: an empty one would match everywhere.)
    return factored(rf"{start}(?:{spaced})(?![\w'])" + (rf"|(?:{unspaced})" if unspaced else ""), re.IGNORECASE)


@dataclass(frozen=True)
class Features:
    processor: Prefiltered
    weak: Prefiltered
    qualifier: Prefiltered
    output: Prefiltered
    owned_output: Prefiltered
    text_self: Prefiltered
    imperative: Prefiltered
    directs_content: Prefiltered
    output_verb: Prefiltered
    modal: Prefiltered
    apart: Prefiltered
    apart_word: Prefiltered
    forward: Prefiltered
    reporting: Prefiltered
    second_person: Prefiltered
    request: Prefiltered
    greeting: Prefiltered
    purpose: Prefiltered
    marked_imperative: Prefiltered
    benefactive: Prefiltered
    designates: Prefiltered
    condition: Prefiltered
    processing: Prefiltered
    framing: Prefiltered
    first_person: Prefiltered
    asks: Prefiltered


# Where a clause starts: the sentence start (after a bracket, a dash or a bullet), after a colon, a semicolon or a
# comma, after "and"/"then" joining a second order, or after a word of politeness.
_CLAUSE = (
    r"(?:^[\s\[\(\{*•·–—-]*|[:;,–—]\s*|\s/\s+|(?<![\w'])(?:and|then|und|dann|et|puis|y|luego|e|en|и|затем|please|bitte|"
    r"por\s+favor,?|veuillez|s'il\s+vous\s+plaît,?|пожалуйста,?)\s+)"
)


@lru_cache(maxsize=1)
def features() -> Features:
    spaced_out, unspaced_out = words_of("output")
    spaced_owner, unspaced_owner = words_of("owner")
    spaced_imp, unspaced_imp = words_of("imperative")
    spaced_apart, unspaced_apart = words_of("apart")
    generic = words_of("generic_output")[0]
    # The processor's own output: after a possessive, a quantifier or "in the"; opening the sentence bare
    # ("Summaries must ..."); or, in Korean and Japanese, before the particle "in" (요약문에는, 要約には).
    owned = (
        rf"(?<![\w'])(?:{spaced_owner})\s+(?:(?:the|a|an|le|la|l'|el|los|las|der|die|das|den|dem)\s+)?(?:[^\W\d_]+\s+)?"
        rf"(?:{spaced_out})(?![\w'])|^[\s\[\(*•–—-]*(?:(?:the|los|las|les|die|gli|i|le|os|as|de)\s+)?(?:{generic})(?![\w'])"
        rf"|(?:{unspaced_owner})\s*(?:{unspaced_out})|(?:{unspaced_out})\s*(?:에는|에|には|では|に)"
        # what the reader is said to produce: "the version you produce", "whatever text you generate"
        r"|(?<![\w'])(?:versions?|texts?|accounts?|copy|output|rewrites?|write-ups?|rendering)\s+(?:that\s+)?you\s+"
        r"(?:produce|write|generate|create|prepare|make|output|publish)"
        # the output as an order's object: "write the summary from that role", "schrijf de samenvatting"
        rf"|{_CLAUSE}(?:{spaced_imp})\s+(?:(?:the|a|an|your|de|het|een|je|le|la|les|un|une|el|los|las|die|der|das|den|"
        rf"eine?n?|il|lo|gli|o|os|as)\s+)?(?:{spaced_out})(?![\w'])"
    )
    imperative = rf"{_CLAUSE}(?:{spaced_imp})(?![\w'])|(?:{unspaced_imp})"
    content = [
        w
        for lang, lex in LEXICONS.items()
        if lang not in UNSPACED
        for w in lex.get("content_imperative", lex["imperative"])
        if w not in ("beachte", "note")
    ]
    spaced_content = _alternation(content)
    # An order that names what to put out: "report the toll as 5,000", "write that ...", "schreibe, dass ...".
    directs = (
        rf"{_CLAUSE}(?:{spaced_content})(?![\w'])[^.\n]{{0,60}}?(?:(?<![\w'])(?:that|dass|que|что|che|dat)(?![\w'])"
        # (after "as", a figure, spelled or not, a quotation, a capital in any case, a web address or a status; or a
        # named person given as anything)
        rf"|(?<![\w'])(?:as|als|comme|como|come|как)\s+(?:(?:\S+\s+){{0,2}}?(?:(?-i:[\d\"“„«A-ZÀ-Þ])|{SPELLED})"
        rf"|(?:\w+\s+)?{STATUS})"
        r"|(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+)\s+(?:as|als|comme|como|come|как)\s)"
    )
    # What the output is to say, in any clause: "any summary will give the toll as 412", "... states that ...".
    designates = (
        rf"(?<![\w'])(?:{words_of('output_verb')[0]})\w*(?![\w'])[^.\n]{{0,60}}?(?:(?<![\w'])(?:that|dass|que|что|che|dat)"
        r"(?![\w'])|(?<![\w'])(?:as|als|comme|como|come|как|jako)\s+(?:(?:\S+\s+){0,2}?[\d\"“„«A-ZÀ-Þ]"
        rf"|(?:\w+\s+)?{STATUS}))"
        r"|,?\s*że(?![\w'])"
    )
    apart = (
        rf"^[\s\[\(\{{*•·–—>#|-]*(?:{spaced_apart})(?![\w'])[^:\n]{{0,50}}?\s*[:：–—]"
        # (A Korean label word is not the start of a longer word: "안내:" is a label, "안내서는" a guidebook.)
        rf"|^[\s\[\(\{{*•·–—>#|-]*(?:{unspaced_apart})(?![\uac00-\ud7af])"
        r"|^\s*[\[\(\{].*[\]\)\}]\W*$"
        # A tag or a comment in markup opening the sentence: "[ai-instructions] ...", "<!-- ... -->".
        r"|^\s*\[(?!\^)[^\]\n]{1,40}\]|^\s*!--"
        # A label that says whom it is for, with no colon: "Hinweis für KI-Systeme, die ...", "Note to bots."
        rf"|^[\s\[\(\{{*•·–—>#|-]*(?:{spaced_apart})\s+(?:for|to|für|an|pour|aux?|para|per|для|к)(?![\w'])"
    )
    patterns = dict(
        processor=_any("processor", WORD_START),
        weak=_any("processor_weak", WORD_START),
        qualifier=_any("qualifier"),
        output=_any("output"),
        owned_output=factored(owned, re.IGNORECASE),
        text_self=_any("text_self"),
        imperative=factored(imperative, re.IGNORECASE),
        directs_content=factored(directs, re.IGNORECASE),
        output_verb=_any("output_verb"),
        modal=_any("modal"),
        apart=factored(apart, re.IGNORECASE),
        apart_word=_apart_words(),
        forward=_any("forward"),
        reporting=_any("reporting"),
        second_person=_any("second_person"),
        request=_any("request"),
        greeting=_greeting(),
        purpose=_any("purpose"),
        marked_imperative=_marked_imperative(),
        benefactive=factored(rf"^[\s\[\(\{{*•·–—>#|-]*(?:{words_of('benefactive')[0]})(?![\w'])", re.IGNORECASE),
        designates=factored(designates, re.IGNORECASE),
        condition=_any("condition"),
        processing=_any("processing"),
        framing=factored(rf"^[\s\[\(\{{*•·–—-]*(?:{words_of('framing')[0]})(?![\w'])", re.IGNORECASE),
        first_person=_any("first_person"),
        asks=_any("asks"),
    )
    # Each is looked for only in a text that holds one of its openings (see `prefilter`): most sentences hold none.
    # (Two are searched form by form, each behind its own looks: most sentences hold a word of one form only.)
    split = {"owned_output", "designates"}
    return Features(**{name: Prefiltered(pattern, split=name in split) for name, pattern in patterns.items()})


# The words by which `_CLAUSE` lets a second order follow a first ("... and write that ...").
_JOINED = factored(r"\W*(?:and|then|und|dann|et|puis|y|luego|e|и|затем)\s", re.IGNORECASE)


def has_imperative(text: str, f: Features) -> bool:
    """A clause-initial imperative; one joined by "and" after a modal is the modal's verb ("aggregators must
    display the name and link back to ..."), not an order of its own."""
    if f.marked_imperative.search(text):
        return True
    for m in f.imperative.finditer(text):
        if _JOINED.match(m.group(0)) and f.modal.search(text, 0, m.start()):
            continue
        if (
            _HAN.match(m.group(0))
            and not _KANA.search(text)
            and not _HAN_CLAUSE_START.search(text, max(0, m.start() - 2), m.start())
        ):
            # A Chinese verb inside a word or a clause ("采写", "他们写道") is not an order: an order's verb opens
            # its clause, or follows "please", "must" or "and". (Japanese, with kana, puts its verbs after
            # particles: "…と書くこと".)
            continue
        if _HAN.fullmatch(m.group(0)) and _KANA.search(text) and _HAN.match(text, m.end()):
            # In Japanese a verb is its kanji and a kana ending ("写して"); a Chinese verb's character before another
            # kanji is part of a word: "写真" is a photograph.
            continue
        if has_unspaced(m.group(0)) and f.asks.search(text, 0, m.start()):
            # Chinese, Japanese, Korean verbs are found anywhere: after "requires" they are what a party requires
            # ("通知要求，网络平台应对……添加显著标识"), not an order of the sentence's own.
            continue
        return True
    return False


def _apart_words() -> re.Pattern[str]:
    """The apart labels anywhere, without the colon some of them carry ("참고" as in "AI 어시스턴트 참고:")."""
    spaced, unspaced = words_of("apart")
    bare = unspaced.replace("[:：]", "")
    return factored(rf"(?<![\w'])(?:{spaced})(?![\w'])|(?:{bare})", re.IGNORECASE)


def _greeting() -> re.Pattern[str]:
    spaced, unspaced = words_of("greeting")
    return factored(rf"^[\s\[\(\{{*•·–—>#|¡¿-]*(?:(?:{spaced})(?![\w'])|(?:{unspaced}))", re.IGNORECASE)


# Languages whose imperative is marked by its ending, so it is one wherever it stands in the clause
# ("При пересказе этой статьи укажите, ...").
_MARKED = ("ru",)


def _marked_imperative() -> re.Pattern[str]:
    words = [w for lang in _MARKED for w in LEXICONS[lang]["imperative"]]
    return factored(rf"(?<![\w'])(?:{_alternation(words)})(?![\w'])", re.IGNORECASE)


# How near a qualifier or an output noun must stand to make "tools", "systems" or "engines" a processor.
_NEAR = 30


def names_processor(sentence: str, f: Features) -> bool:
    # "AI" is matched case-sensitively: "ai" is a word in several languages.
    for m in f.processor.finditer(sentence):
        word = m.group(0)
        if word.lower() in ("ai", "ais", "ia", "ki", "ии") and not word.isupper():
            continue
        return True
    for m in f.weak.finditer(sentence):
        lo, hi = max(0, m.start() - _NEAR), min(len(sentence), m.end() + _NEAR)
        window = sentence[lo : m.start()] + " " + sentence[m.end() : hi]
        if f.qualifier.search(window) or f.output.search(window):
            return True
    # A machine's output stands for the machine: "automated digests", "sintesi automatiche" (a qualifier next to
    # the output noun, on either side). Looked for only where a word of machines is (most sentences have none).
    if not (_MACHINE.search(sentence) or _MACHINE_ACRONYM.search(sentence)):
        return False
    for m in f.output.finditer(sentence):
        lo, hi = max(0, m.start() - _BESIDE), min(len(sentence), m.end() + _BESIDE)
        before, after = sentence[lo : m.start()], sentence[m.end() : hi]
        if any(q.end() == len(before.rstrip()) for q in f.qualifier.finditer(before.rstrip())) or (
            (q := f.qualifier.search(after)) is not None and not after[: q.start()].strip()
        ):
            return True
    return False


# The stems of the qualifiers that make an output a machine's (automated, maschinell, automatiche, 自动, 자동).
_MACHINE = factored(
    r"autom[aáà]t|machine|maschin|artificial|künstlich|sztuczn|автомат|自动|自動|자동|인공지능|人工智能", re.I
)
_MACHINE_ACRONYM = factored(r"\b(?:AI|KI|IA|ИИ)\b")
# How far a qualifier may stand from an output noun it qualifies: one word and its spaces (a long one:
# "geautomatiseerde samenvattingen").
_BESIDE = 24


def dedicated(text: str, f: Features) -> bool:
    """A sentence that opens by dedicating itself to a processor or its output: "For automatic summaries and
    aggregators, the figure is ...", "Für automatische Zusammenfassungen ist ... anzugeben". The opening (to the
    first comma, colon or dash, or its first 60 characters) names the processor's output made a machine's (by a
    qualifier, an owner or a processor beside it), or a processor qualified as one: "For AI companies, ..." or
    "For headlines, the paper uses ..." are not."""
    opening = f.benefactive.match(text)
    if opening is None:
        return False
    head = re.split(r"[,:;–—]", text[opening.end() :], maxsplit=1)[0][:60]
    if f.output.search(head):
        return bool(
            f.qualifier.search(head)
            or f.processor.search(head)
            or f.owned_output.search(text[: opening.end() + len(head)])
        )
    return bool(f.processor.search(head) and f.qualifier.search(head))


def quoted_instruction(sentence: str, f: Features) -> bool:
    """An order inside quotation marks that a reporting verb outside them credits to a person in the story."""
    quotes = list(QUOTED.finditer(sentence))
    if not quotes:
        return False
    outside = QUOTED.sub(" ", sentence)
    inside = " ".join(q.group(0).strip('"“”„«»「」‘’') for q in quotes)
    ordered = f.imperative.search(inside) or f.modal.search(inside)
    return bool(ordered) and bool(f.reporting.search(outside)) and not f.modal.search(outside)


# Words by which a label before a colon is meant for someone: "Note for ...", "to", "any", "给", "에게".
FOR = factored(
    r"(?<![\w'])(?:for|to|any|all|every|für|an|alle|jede[rsn]?|pour|à|aux|tous|tout|para|a|cualquier|todos|per|"
    r"ogni|для|всем|любым|к|voor|dla|wszystkie|wszystkich)(?![\w'])|给|向|致|供|所有|에게|께|용|모든|위한|の方へ|宛て|向け|へ[:：]",
    re.IGNORECASE,
)


def addressed_head(head: str, f: Features) -> bool:
    """A label before a colon that addresses a processor: it names one, and says whom the note is for, or names
    the text or its output, or qualifies the processor ("Bots and crawlers indexing this page:"). A bare
    "AI: the hype and the reality" is a headline about AI, not an address."""
    # A comma makes a head a clause ("To AI firms, the message was clear:"), except in a dedication that goes on to
    # describe its addressee by what it does ("To anyone re-posting, shortening or aggregating this article:").
    dedicated = FOR.match(head.strip(" *_#>[(")) and f.qualifier.search(head.split(",", 1)[-1])
    if len(head) > (90 if dedicated else 70) or ("," in head and not dedicated) or not names_processor(head, f):
        return False
    return bool(
        FOR.search(head)
        or f.text_self.search(head)
        or f.output.search(head)
        or f.qualifier.search(head)
        or f.apart_word.search(head)
    )


def points_at_text(text: str, f: Features) -> bool:
    """The sentence names the text itself ("this article", "dieser Artikel"), not only a processing of it ("when
    summarising", which a committee's report can also be)."""
    return any(not f.processing.search(m.group(0)) for m in f.text_self.finditer(text))


def rule_content(text: str, f: Features) -> bool:
    """The sentence opens by citing a rule's source ("Under the draft code, AI tools must ...", "Nach dem
    Gesetzentwurf müssen Aggregatoren ..."): its obligations are the rule's content, reported. A rule framed as
    the outlet's own ("Under our licence terms, ...") or speaking of this very text is an order all the same."""
    framing = f.framing.match(text)
    return (
        framing is not None
        and not f.first_person.search(framing.group(0))
        and not points_at_text(text, f)
        and not f.second_person.search(text)
    )


# A reporting clause that closes the sentence: ", the ministry said.", ", según la policía."
# (A spaced dash closes a quote's lead as a comma does: "…, ten wie, że … – mówi dyrektorka.")
_TAIL = factored(r"(?:[,，、]|\s[–—])\s*([^,，、–—]{1,60})$")


# In Chinese the party and its verb come first: "新规规定，平台必须……" (the new rules stipulate that platforms must).
# The text's own voice ("本报要求，", "编辑部要求，") is no party of the story.
_LEAD_UNSPACED = factored(r"^(?!本|编辑|我)[^，,。:：\s]{1,16}?(?:规定|要求|指出|表示|明确|称)[，,:：]")


def reported(sentence: str, f: Features) -> bool:
    """An order given as what a party in the story said, in reported speech ("Any summary of the new rules should be
    checked against the official text, the ministry said.", "新规规定，平台必须……")."""
    if _LEAD_UNSPACED.match(sentence.strip()):
        return True
    tail = _TAIL.search(sentence.rstrip(" .。!?\"'”’»"))
    if tail is None:
        return False
    # A Chinese verb of saying after "please", "just", "don't", "be sure to" or "could you" is an order to say (rounds
    # forty and forty-six): "请说……", "就说超过四十人，别说大约", "能不能务必说明……".
    return any(not _ORDERED_SAY.search(tail.group(1), 0, m.start()) for m in f.reporting.finditer(tail.group(1)))


_ORDERED_SAY = factored(r"(?:[请就别要只必]|能不能|可否|记得|麻烦)$")


# A question rather than a request: "asked whether AI summaries ...".
_WHETHER = factored(r"\s*(?:whether|if|ob|si|se|czy|of|ли)(?![\w'])", re.IGNORECASE)
_ASKED_OBJECT = 120
# How near the text must follow its output or its processing: "summaries of this article", "streszczenia tego
# artykułu", "在转述本文时"; in Chinese, Japanese and Korean it may come first ("이 기사를 요약하거나").
_OF_TEXT, _OF_TEXT_UNSPACED = 30, 10


def asks_processor(sentence: str, f: Features) -> bool:
    """A request made in the third person of a processor of this very text: "The department asks news aggregators
    and AI summaries of this article to report ...". A party in the story may ask the media or AI firms for
    anything ("asked AI developers to cite this report"); only the text itself speaks of the summaries or the
    summarising of this article, so the object asked must hold both a processor and that phrase."""
    for m in f.asks.finditer(sentence):
        if has_unspaced(m.group(0)):
            # Chinese, Japanese, Korean: the object comes before the verb.
            return names_processor(sentence, f) and of_this_text(sentence, f, _OF_TEXT_UNSPACED)
        if _WHETHER.match(sentence, m.end()):
            continue
        asked = sentence[m.end() : m.end() + _ASKED_OBJECT]
        if names_processor(asked, f) and of_this_text(asked, f, _OF_TEXT):
            return True
    return False


def of_this_text(span: str, f: Features, near: int = _OF_TEXT) -> bool:
    """An output or a processing word with this very text named within `near` characters, after it ("summaries of
    this article") or before it ("KI-Dienste, die diesen Bericht zusammenfassen", "이 기사를 요약할 때")."""
    for m in (*f.output.finditer(span), *f.processing.finditer(span)):
        if f.text_self.search(span, m.end(), m.end() + near):
            return True
        if f.text_self.search(span, max(0, m.start() - near), m.start()):
            return True
    return False


_HAN = factored(r"[\u3400-\u9fff]")
_KANA = factored(r"[\u3040-\u30ff]")
_HAN_CLAUSE_START = factored(r"(?:^|[\s，,：:；;。！？!?“「『（(【\[]|请|务必|必须|须|应|应当|应该|将|并|再|时|后)$")
