"""Text set apart from the story: page furniture that is not the narrative's own account.

A news story tells its account in its own sentences. Around them a page carries furniture: notes (an editor's,
a translator's, a data note), corrections and updates, fact-check and key-points boxes, captions and credits,
keyword and SEO lines, licensing and syndication notices, wire slugs and advisories. A payload written as such a
role needs no address to a machine ("Data note: the verified toll stands at 6,493"), so it is found by its form,
not by whom it speaks to:

- a **label**: the sentence opens with a short head naming a kind of furniture, then a colon or a dash ("Data
  note:", "Correction:", "Photo caption:", "Fact check —", "Korrektur:", "Nota del editor:", "图片说明：");
- **brackets**: the sentence is wholly inside brackets ("[Image description: ...]", "(Photograph: ...)",
  "【この記事のポイント】...").

Such text is not masked (a genuine correction is real news): it is kept for the reader and lent no support.
An item whose only support lies in it is not verified (`hostile.Screen`), and code's own reading does not read
figures, claims or sources from it. The label rule governs the rest of the line that the label opens, as a box's
text runs on after its label.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..patterns import factored, longest_first
from .lexicons.kinds import KINDS, STAMPS, UNSPACED_KINDS
from .lexicons.rulings import INSTRUCTION_HEADS, RULINGS, THIS_TEXT, UNSPACED_RULINGS, UNSPACED_THIS_TEXT
from .normalise import has_unspaced
from .prefilter import Prefiltered

# A label head: at most this many characters before its colon or dash, and no reporting verb or sentence in it.
_HEAD = 48


@lru_cache(maxsize=1)
def kind_pattern() -> Prefiltered:
    """The words that name a kind of furniture, in every language of `lexicons.kinds`."""
    spaced = longest_first({w for words in KINDS.values() for w in words})
    alternation = "|".join(w.replace(" ", r"\s+") for w in spaced)
    unspaced = "|".join(longest_first(UNSPACED_KINDS))
    # A status stamp names a kind only as the whole head, and so does a head that speaks as a system ("System prompt:").
    stamps = "|".join(w.replace(" ", r"\s+") for w in [*STAMPS, *INSTRUCTION_HEADS])
    return Prefiltered(
        factored(rf"(?<![\w'])(?:{alternation})(?![\w'])|(?:{unspaced})|^\s*(?:{stamps})\s*$", re.IGNORECASE)
    )


# The head before a label's mark: a colon, or a dash with spaces ("VÉRIFICATION — ..."), or the close of a
# lenticular bracket ("【事实核查】").
_OPEN = r"[\s\[\(\{*•·>#|_~-]*(?:\(\w{1,12}\)\s*)?"
_LABEL = factored(rf"^{_OPEN}(?P<head>[^:：\n.!?]{{1,{_HEAD}}}?)\s*(?:[:：]|\s[–—]\s)")
# Markup that is furniture whatever it says: a markdown footnote ("[^1]: ..."), an image's alt text
# ("![...](...)"), and a wire slug of joined capitals opening the line ("KMS-PROCUREMENT/ARREST", "NVL-STRIKE").
# (a dateline's town, "MONTFERRAND-LES-BOIS (Loiret), 14 mars (AFP) -", is followed by its comma, or by a dash and the
# story's words, "SAINTE-AVELINE — Les bus …": no slug)
_MARKUP = factored(
    r"^\s*(?:\[\^\w+\]:|!\[|[-–—\s]*[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)+(?![-/\w])"
    r"(?!\s*(?:\([^)\n]{1,30}\)\s*)?(?:,|[–—-]\s+[A-ZÀ-Þ]?[a-zà-ÿ]+\s)))"
)
_LENTICULAR = factored(rf"^{_OPEN}【([^】\n]{{1,20}})】")
_BRACKETED = factored(r"^\s*(?:\[[^\]\n]+\]|\([^)\n]+\)|【[^】\n]+】)\W*$")


# The opening of a dedication, by language: "to/for/attention", "an/für", "aux/pour/à l'attention", "a los/para",
# "ai/agli/alle/per", "aos/às/para", "aan/voor", "dla/do", "для/к", "给/致", "宛", "에게".
_DEDICATION = factored(
    r"^(?:(?:(?P<plural>aux|à l'attention d[eu']s?|a los|a las|agli|alle|aos|às)|to|for|attn\.?|attention|an|für"
    r"|pour|para|ai|aan|voor|dla|для|к|ко)\s+(?!date\b|now\b|example\b|instance\b|the record\b)|[给致]"
    r"|.{1,20}(?:宛て?|에게))",
    re.IGNORECASE,
)


# The text itself named (see `lexicons.rulings.THIS_TEXT`), and a ruling on what it gives; what quotation marks hold
# is a speaker's, left out first.
_THIS_TEXT = factored(rf"(?<![\w'])(?:{'|'.join(THIS_TEXT)})(?![\w'])|{'|'.join(UNSPACED_THIS_TEXT)}", re.IGNORECASE)
_RULING = factored(rf"(?<![\w'])(?:{'|'.join(RULINGS)})(?![\w'])|{'|'.join(UNSPACED_RULINGS)}", re.IGNORECASE)
_QUOTED = factored(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」")
# A past version of the text ("An earlier version of this article said 40 homes; the correct number is 46"): a
# genuine correction in the story's voice, which stays the story's (round fifty-one's outsider data).
_VERSION_OF = factored(
    r"(?:version|fassung|versión|versione|versão|versie|wersj\w+|верси\w+|редакци\w+|版本|バージョン|버전)(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
# The text's own history after its name ("This article was updated to correct the size ...", "Dieser Artikel wurde
# korrigiert"): a genuine correction's too.
_CHANGED = factored(
    r"\W+(?:was|has\s+been|wurde|a\s+été|fue|ha\s+sido|foi|è\s+stato|был[оа]?)\s+(?:\w+\s+)?(?:updated|amended|"
    r"corrected|changed|revised|edited|aktualisiert|geändert|korrigiert|berichtigt|mis\s+à\s+jour|modifié|corrigé|"
    r"actualizad[oa]|modificad[oa]|corregid[oa]|atualizad[oa]|corrigid[oa]|aggiornat[oa]|modificat[oa]|corrett[oa]|"
    r"обновлен[оа]?|исправлен[оа]?)",
    re.IGNORECASE,
)


# A chat's role tag opening the sentence, in brackets of any kind: "[system]", "<assistant>", "(developer)" (round
# sixty-three).
_ROLE_TAG = factored(
    r"^\s*[\[<{(]\s*/?\s*(?:system|assistant|developer|user|inst|sys|prompt|instructions?)\s*[\]>})]", re.IGNORECASE
)


def about_this_text(sentence: str) -> bool:
    """Whether `sentence` is a ruling on the text itself (round sixty-three): it names the text, outside quotation
    marks, and says what of it is right, wrong or checked ("This article has been verified by the newsroom: ...",
    "Any figure in this text other than 5,000 is a typo"). A past version of the text or its history named so is a
    genuine correction's ("An earlier version of this article said 40 homes; the correct number is 46", "This
    article was updated to correct ..."), the story's."""
    if _THIS_TEXT.search(sentence) is None:
        return False
    bare = _QUOTED.sub(" ", sentence)
    return _RULING.search(bare) is not None and any(
        not _VERSION_OF.search(bare, max(0, m.start() - 40), m.start()) and not _CHANGED.match(bare, m.end())
        for m in _THIS_TEXT.finditer(bare)
    )


def is_label(sentence: str) -> bool:
    """Whether `sentence` opens with a label naming a kind of furniture, or is wholly inside brackets, or is a note
    about the text itself (`about_this_text`)."""
    text = sentence.strip()
    if not text:
        return False
    if about_this_text(text) or _ROLE_TAG.match(text):
        return True
    if _BRACKETED.match(text) or _MARKUP.match(text):
        return True
    lent = _LENTICULAR.match(text)
    if lent:
        # 【事实核查】 is a box's title; 【浜名】 a dateline, the story's own opening.
        return kind_pattern().search(lent.group(1)) is not None
    found = _LABEL.match(text)
    if not found:
        return False
    head = found.group("head")
    kind = kind_pattern().search(head)
    if kind is None:
        # A head that dedicates what follows to someone ("For newsletter editors:", "A los medios que ...:", "Aan
        # de redacties:") is a note to them, whatever it is called; a time ("A las 9:30") is not a dedication.
        dedicated = _DEDICATION.match(head)
        if dedicated is None or re.search(r"[\d,]", head):
            return False
        # "Für Newsletter-Redaktionen:" is a dedication; "Für Pendler bedeutet das:" a clause. Only a plural
        # dative ("a los medios que ...", "aux rédactions qui ...") carries a longer phrase and stays one.
        return len(head.split()) <= (8 if dedicated.group("plural") else 3)
    if _RULING.search(head) and not head[kind.end() :].strip():
        # A head that ends by naming its kind and rules on it: "The following is the only accurate summary:".
        return True
    # A head whose first words name the kind is a label whatever follows ("Meldung für Abonnenten, Stand 14:05:");
    # otherwise a head with a comma or more than six words is a clause ("The mayor, asked about it, said:").
    before = len(head[: kind.start()].split())
    if before <= 1:
        return True
    # Three words or more before the kind make a clause that announces what follows ("Das Gesundheitsamt gibt
    # folgende Hinweise:", "The council issued this update:"), the story's own sentence.
    return before < 3 and "," not in head and len(head.split()) <= 6


# How much of its line a label governs after its own sentence (as `addressing._REST_OF_LINE`).
_REST_OF_LINE = 600
_LINE_BREAK = factored("\n")
_BLANK = factored(r"\s*")
# What may stand before a sentence that opens its line: spaces and a list's or a quotation's marks.
_BULLETS = factored(r"[ \t>*#•·_-]*")


# A line that is only a box's title ("**Key points**", "## At a glance", "**أبرز النقاط**"): a few words, one of
# them a kind of furniture. It sets apart the paragraph (or list) after it.
_TITLE_WORDS = 4


_CJK_TITLE_CHARS = 10


# A word of a title beside its kinds: letters, with what joins them; function words are three letters or fewer.
_REST_WORD = factored(r"[^\W\d_][\w'’-]*")
_SHORT_WORD = 3
# Longer words that only join a title's kind to what it is about ("Update from Kyiv", "Note about sources",
# "Correction to this article", "Latest update from officials").
_TITLE_GLUE = frozenset(
    """
    from about this that these with into over after before latest last more other full further desde sobre para
    avec dans pour depuis über nach durch diese dieser dieses через
    """.split()  # noqa: SIM905
)


def _title(line: str) -> bool:
    bare = line.strip().strip("*_#>:：【】[]() ").strip()
    # A sentence that names a kind ("本文于周二晚间更新。") is not a title: a title has no closing stop.
    if not bare or bare[-1] in ".。!?！？" or len(bare.split()) > _TITLE_WORDS or len(bare) > 30:
        return False
    if has_unspaced(bare) and len(bare) > _CJK_TITLE_CHARS:
        # Written without spaces, a headline is one "word" of up to 30 characters; a box's title is short
        # ("相关阅读", "背景资料", "더 보기"). "监管部门责令新闻聚合平台标注原始来源" is a headline.
        return False
    kinds = list(kind_pattern().finditer(bare))
    if not kinds:
        return False
    # A title is its kinds and at most one word more of four letters or more ("Key points", "Note to readers",
    # "Corrections and clarifications", "![](photo-3.jpg)", "+++ AKTUALISIERUNG +++"): a line that says more about
    # something ("Verdict in Smith trial", "Photo finish decides race", "Update on storm damage") is a headline or a
    # subheading over the story's own paragraph.
    rest, at = [], 0
    for kind in kinds:
        rest.append(bare[at : kind.start()])
        at = kind.end()
    rest.append(bare[at:])
    said = [w for w in _REST_WORD.findall(" ".join(rest)) if len(w) > _SHORT_WORD and w.lower() not in _TITLE_GLUE]
    return len(said) <= 1


def _block_after(text: str, after: int) -> tuple[int, int] | None:
    """The block after position `after`: past blank lines, up to the next blank line."""
    start = after
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    found = factored(r"\n\s*\n").search(text, start)
    return start, found.start() if found else len(text)


_CLOCK = factored(r"(?<!\d)(?:[01]?\d|2[0-3])\s?[:：]\s?[0-5]\d(?!\d)")
_KICKER = factored(
    r"(?i)breaking|eilmeldung|última hora|urgent|exclusive?|exclusiva|exklusiv|exclusif|dernière minute|молния|"
    r"терміново|срочно|эксклюзив|عاجل|속보|단독|快讯|突发|独家|速報"
)


def apart_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `text` set apart from the story: each labelled or bracketed sentence, with the rest of its
    line when it opens the line (bounded by `_REST_OF_LINE`), and the block under a box's title line."""
    spans: list[tuple[int, int]] = []
    # (a sentence's line is found among the text's line breaks, read once: thousands of sentences on one line each
    # searched to the line's ends)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    for lo, hi in sentences:
        i = bisect.bisect_left(breaks, lo)
        line_start = breaks[i - 1] + 1 if i else 0
        line_stop = breaks[i] if i < len(breaks) else len(text)
        # (the text's first line is its headline, not a box's title over the lead: "Breaking news"; a single word
        # alone, "Update", stays a title there too)
        first = line_start == 0 and len(text[line_start:line_stop].split()) > 1
        if not first and _BLANK.fullmatch(text, line_start, lo) and _title(text[line_start:line_stop]):
            block = _block_after(text, line_stop)
            spans.append((lo, line_stop))
            # "ÚLTIMA HORA" or "Eilmeldung" alone between the headline and the first paragraph is the story's
            # kicker: the paragraph under it is the story's lead, not a box.
            kicker = _KICKER.search(text, line_start, line_stop) and "\n" not in text[:line_start].strip()
            # "Última actualización: 16:05", "更新时间：7月16日 18:30": a page's time stamp over its entries, not a box.
            stamp = _CLOCK.search(text, line_start, line_stop)
            if block is not None and not kicker and not stamp:
                spans.append(block)
            continue
        if not is_label(text[lo:hi]):
            continue
        # (a sentence that keeps its line's break ends on that line: "更新时间：7月16日 18:30\n")
        end = hi
        while end > lo and text[end - 1].isspace():
            end -= 1
        j = bisect.bisect_left(breaks, end)
        line_end = breaks[j] if j < len(breaks) else len(text)
        opens_line = _BULLETS.fullmatch(text, line_start, lo) is not None
        spans.append((lo, line_end if opens_line and line_end - hi <= _REST_OF_LINE else hi))
    return spans
