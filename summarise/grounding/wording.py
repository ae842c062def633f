"""Checks on what a model writes in its own words: a claim's statement, a headline, a brief sentence.

A statement must say what its evidence says: its numbers are the evidence's, and (in the article's
language) its words come from it. A number in a brief keeps its context: the period, the place and the
thing counted that the brief puts beside it must stand in the figure's own sentence of the article. Text
that carries markup or prompt delimiters, or that is cut off, is not shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..models import ClaimStatus
from ..patterns import factored
from ..results import GroundedFigure
from .check import quote
from .normalise import fold_text, has_unspaced, unspaced
from .numbers import find_figures, same_number
from .offices import unwritten_former, unwritten_office, unwritten_rank

# Share of a statement's words (character pairs in scripts without spaces) that must stand in its evidence.
MIN_STATEMENT_SUPPORT = 0.7
# At least this share of a label's content words (a figure's counted thing, an actor's role) is the article's.
MIN_LABEL_SUPPORT = 0.5

_MARKUP = factored(
    r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?>|```|\*\*|__|^#{1,6}\s|\[/?(?:INST|SYS)\]|<\|[^|]{1,30}\|>"
    r"|(?:^|\s)(?:JSON|Headline|Lead|Article|Brief|Facts|Answer|Summary)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_END = factored(r"[.!?。！？؟…][\"'”’»)」』]*\s*$|[\"”»」』]\s*$")
_OPENERS = {"(": ")", "«": "»", "“": "”", "「": "」", "『": "』", "[": "]"}
_TIME_WORDS = factored(
    r"\b(?:quarter|year|years|annual|annually|month|monthly|week|weekly|daily|today|yesterday|tomorrow|first|second|"
    r"third|fourth|last|next|previous|half|q[1-4]|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"quartal|jahr|jahres|monat|woche|vorjahr|trimestre|année|an|mois|semaine|año|mes|semana|квартал\w*|"
    r"\w+(?:woche|wochen|monat|monate|quartal)|"
    r"год\w*|месяц\w*|недел\w*|рік|року|місяц\w*|тижн\w*|(?:1[89]|20)\d\d)\b"
    r"|季度|上半年|下半年|全年|去年|今年|明年|本月|上月|四半期|前年|昨年|今年|분기|상반기|하반기|작년|올해|지난해|"
    r"الربع|العام|الشهر|الأسبوع",
    re.IGNORECASE,
)
_PLACE_WORD = factored(
    r"\b(?:in|at|near|across|throughout|im|in der|à|au|en|dans|в|у|на|في)\s+(?:(?:the|its|their|les|la|le|l'|los|"
    r"las|el|der|die|dem)\s+)?([A-ZÀ-ÞА-ЯІЇЄҐ][\w'-]+(?:-[A-ZÀ-ÞА-ЯІЇЄҐ][\w'-]+)?)"
)


def _units(text: str) -> list[str]:
    """Words of three letters or more (their first five, folded), or character pairs in unspaced scripts."""
    folded = fold_text(text)
    if re.search(r"[가-힣]", folded):
        # Korean is written in words with particles attached: a word's first two syllables stand for it.
        return [w[:2] for w in re.findall(r"[가-힣]{2,}", folded)]
    if has_unspaced(folded):
        chars = [ch for ch in folded if ch.isalnum()]
        return ["".join(chars[i : i + 2]) for i in range(len(chars) - 1)]
    return [w[:5] for w in re.findall(r"[^\W\d_]{3,}", folded)]


def label_problem(label: str, passage: str, what: str) -> str | None:
    """Why a few words of the model's own (what a figure counts, an actor's role) are not drawn from `passage`
    (the figure's own sentences; the article, for a role): fewer than half of their content words are in it.
    A label is a description, so words of the model's own may stand beside the article's."""
    units = [u for u in _units(label) if u not in _FUNCTION_STEMS]
    if not units or (label.strip() and label.strip().lower() in passage.lower()):
        return None
    have = set(_units(passage))
    # A word's first four letters also stand for it: "duración" is "durará" changed in form, not a new word.
    stems = {u[:4] for u in have if len(u) >= 5}
    folded = fold_text(passage)
    missing = list(
        dict.fromkeys(u for u in units if u not in have and u not in folded and not (len(u) >= 5 and u[:4] in stems))
    )
    if len(missing) > len(units) * (1 - MIN_LABEL_SUPPORT):
        return f"its {what} {quote(label)} is not drawn from the article (no {quote(', '.join(missing[:3]))} there)"
    return None


_NAME_WORD = factored(r"(?<!^)(?<![.!?:]\s)\b[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]{2,}")


def role_problem(role: str, article: str, lang: str | None, holder: str | None = None) -> str | None:
    """Why an actor's role brings in what the article does not give: a number, an office (see `offices`; written
    of `holder`, the actor, when given) or a capitalised name, not in it. A role is otherwise a description in the
    model's own words ("runs the clinics"), so its other words are free."""
    for number in find_figures(role, lang):
        written = role[number.span_start : number.span_end]
        if written not in article and not any(same_number(number.value, f.value) for f in find_figures(article, lang)):
            return f"its role {quote(role)} gives {quote(written)}, which the article does not"
    if office := unwritten_office(role, article):
        return f"its role {quote(role)} gives the office {quote(office)}, which the story does not"
    # (German writes every noun in capitals, so a name in apposition cannot be told from one: held to the story.)
    if holder and (lang or "en") != "de" and (office := unwritten_office(role, article, holder)):
        return f"its role {quote(role)} gives the office {quote(office)}, which the story gives another person"
    if rank := unwritten_rank(role, article):
        return f"its role {quote(role)} gives the rank {quote(rank)}, which the story gives no one"
    if former := unwritten_former(role, article, holder):
        return f"its role {quote(role)} makes the office a past one ({quote(former)}), which the story does not"
    if (lang or "en") == "de":
        return None  # every German noun is capitalised: a capital marks no name
    folded = fold_text(article)
    for m in _NAME_WORD.finditer(role):
        # A name changes its ending with its case ("Лорнвіль", "Лорнвіля"): its first five letters stand for it.
        if fold_text(m.group())[:5] not in folded:
            return f"its role {quote(role)} names {quote(m.group())}, which the article does not"
    return None


def markup_problem(text: str) -> str | None:
    """Why `text` carries markup or a prompt's delimiters, if it does."""
    m = _MARKUP.search(text)
    return f"it carries markup or a prompt delimiter, {quote(m.group().strip())}" if m else None


def cut_off_problem(text: str, article: str, *, sentence: bool) -> str | None:
    """Why `text` looks cut off: an unfinished word, an open bracket or quote, or (for a sentence) no end mark."""
    stripped = text.strip()
    if not stripped:
        return None
    for opener, closer in _OPENERS.items():
        if stripped.count(opener) > stripped.count(closer):
            return f"it is cut off: {quote(opener)} is never closed"
    if stripped.endswith(("-", "–", ",", "，", "、", ":", "：")):
        return f"it is cut off after {quote(stripped[-20:])}"
    last = re.search(r"([^\W\d_]{4,})$", fold_text(stripped))
    if last and not unspaced(last.group(1)[-1]):
        vocabulary = set(re.findall(r"[^\W\d_]+", fold_text(article)))
        word = last.group(1)
        if word not in vocabulary and any(w.startswith(word) for w in vocabulary):
            return f"it is cut off mid-word, at {quote(word)}"
    if sentence and not _END.search(stripped):
        return f"it is cut off: it ends on {quote(stripped[-20:])} with no full stop"
    return None


def statement_problem(
    statement: str, evidence: str, same_language: bool, lang: str | None, context: str | None = None
) -> str | None:
    """Why a claim's statement says more than its evidence: a number the evidence does not give, or (in the
    evidence's own language) words that are not in it, or, when the evidence points back ("this figure", "cette
    information"), in `context` (the evidence with the sentence before it)."""
    if statement.strip() and statement.strip() in evidence:
        return None  # the evidence's own words say no more than the evidence
    given = [f for f in find_figures(evidence, lang) if not f.is_date_or_time]
    for number in find_figures(statement, lang):
        if number.is_date_or_time:
            continue
        written = statement[number.span_start : number.span_end]
        if written in evidence:
            continue  # the evidence's own words ("6.40" of "6.40 a.m.", read alone as a number)
        if not any(same_number(number.value, f.value) for f in given):
            return f"its statement says {quote(written)}, which its evidence does not give"
    if same_language:
        units = [u for u in _units(statement) if u not in _FUNCTION_STEMS]
        # Words may come from the sentence before only when the evidence points back to it ("this figure").
        source = context if context and _ANAPHOR.search(evidence) else evidence
        evidence_units = set(_units(source))
        if units:
            folded_evidence = fold_text(source)
            missing = [u for u in units if u not in evidence_units and u not in folded_evidence]
            # A share for short statements; a count for long ones, where an invented clause is a small share.
            if missing and (1 - len(missing) / len(units) < MIN_STATEMENT_SUPPORT or len(set(missing)) >= 3):
                words = ", ".join(dict.fromkeys(missing[:4]))
                return f"its statement says what its evidence does not (no {quote(words)} in the evidence)"
    return None


_SENTENCE_END = factored(r"[.!?](?=\s)|[。！？؟]|\n")
_CLAUSE_CUT = factored(
    r"[,;:，；、]|\s(?:and|but|while|whereas|that|und|aber|dass|et|mais|que|y|pero|и|а|но|что|і|та|але|що)\s"
)
# Words of the brief that fix what a number means: its period, its place and scope, the thing it counts.
_SCOPE = factored(
    r"nationwide|nationally|worldwide|countrywide|bundesweit|landesweit|weltweit|deutschlandweit|"
    r"(?:à l'échelle|dans tout le) (?:nationale|pays)|en todo el país|a nivel nacional|по всей стране|по всій країні|"
    r"全国|全國|전국|全世界|各地",
    re.IGNORECASE,
)
_CJK_TIME = factored(r"(?:周|星期|小时|个月|天|月|年|季度|週|時間|か月|日間|주|개월|시간|년)")
_COUNTERS = "人名个個件户戸起辆輛台座家所头只艘架次枚本棟軒隻명개건곳채마리대척"


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_FUNCTION = _words(
    "the and that was were has have had been with for from this which their its his her they said would "
    "will der die das dem den des ein eine einer einem einen und dass wurde wurden worden haben hat sich "
    "ist sind sei seien nicht mit von bei auf für aus zum zur noch nach über wie als auch oder que qui "
    "les des une est sont dans pour par avec sur pas cette ces son ses leur été avait los las del una con "
    "por para han fue sus este esta como más что это как его она они был была были при для это которые що "
    "це був була були для про яка який які "
)


_ANAPHOR = factored(
    r"\b(?:this|that|these|those|it|such|dies\w*|das|cette|ce|ces|cela|esto|esta|este|eso|esa|это\w*|этот|эту|эти|"
    r"це|цю|ці|цей|цієї)\b|这|该|此|其|이를|그|이번|これ|それ|同|هذا|هذه|ذلك|تلك",
    re.IGNORECASE,
)
_FUNCTION_STEMS = frozenset(w[:5] for w in _FUNCTION)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    following = _SENTENCE_END.search(text, end)
    return lo, following.end() if following else len(text)


def _clause_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of text[lo:hi] around [start, end): between commas, semicolons, 'that' and 'and'/'but'."""
    left = max((m.end() for m in _CLAUSE_CUT.finditer(text, lo, start)), default=lo)
    right = min((m.start() for m in _CLAUSE_CUT.finditer(text, end, hi)), default=hi)
    return left, right


def _framing(text: str, start: int, end: int) -> list[str]:
    """The words of `text` that fix what the number at [start, end) means, within its clause."""
    lo, hi = _clause_bounds(text, 0, len(text), start, end)
    clause = text[lo:hi]
    words = [m.group() for m in _TIME_WORDS.finditer(clause)]
    words += [m.group() for m in _SCOPE.finditer(clause)]
    # A place may follow in the next clause ("…, dans les Alpes-Maritimes"); a time there belongs to its own verb.
    _, wider = _clause_bounds(text, 0, len(text), start, hi + 1) if hi < len(text) else (lo, hi)
    for m in _PLACE_WORD.finditer(text[lo:wider]):
        phrase = m.group(1)
        following = _PLACE_NOUN.match(text[lo:wider], m.end())
        words.append(f"{phrase} {following.group(1)}" if following else phrase)
    words += [f"{m.group(1)}" for m in _KO_PLACE.finditer(clause)]
    if has_unspaced(text[end : end + 3]) or has_unspaced(text[max(0, start - 2) : start]):
        words += [m.group() for m in _CJK_TIME.finditer(clause)]
        tail = text[end:hi].lstrip(_COUNTERS + "余多万亿")
        pair = re.match(r"[^\W\d_]{2}", tail)
        if pair and all(unspaced(ch) for ch in pair.group()):
            words.append(pair.group())
        return words
    # The thing counted: the first content word after the number ("11,000 soldiers", "1 800 Haushalte").
    for m in re.finditer(r"[^\W\d_][\w'-]*", text[end:hi]):
        word = m.group()
        if word.lower() in _FUNCTION or word.lower() in _UNIT_WORDS or len(word) < 4:
            continue
        words.append(word)
        break
    return words


# What happened to the people a figure counts: a brief that says they died where the article says they were
# injured (or evacuated, or missing) moves the figure to another count, whatever words it uses.
_OUTCOMES = {
    "dead": r"dead|died|die|dies|deaths?|killed|fatalit\w*|toll|tot|tote|getötet|starben|ums leben|morts?|décès|tués|"
    r"muert\w*|fallecid\w*|погиб\w*|убит\w*|смерт\w*|загину\w*|загибл\w*|死亡|遇难|身亡|死者|死亡者|사망|숨|"
    r"قتل\w*|وفا\w*|مقتل|حتفهم",
    "injured": r"injur\w*|wounded|hurt|verletzt\w*|blessé\w*|herid\w*|ранен\w*|пострада\w*|поранен\w*|травм\w*|"
    r"受伤|负伤|けが|負傷|부상|다쳤|جرح\w*|مصاب\w*|إصاب\w*",
    "missing": r"missing|vermisst\w*|disparu\w*|desaparecid\w*|пропа\w*|зник\w*|失踪|下落不明|실종|مفقود\w*",
    "evacuated": r"evacuat\w*|evakuiert\w*|évacu\w*|evacuad\w*|эвакуир\w*|евакуйов\w*|撤离|转移|避難|대피|إجلاء",
}
_OUTCOME = {kind: factored(rf"(?<!\w)(?:{words})", re.IGNORECASE) for kind, words in _OUTCOMES.items()}


def _outcome_problem(clause: str, contexts: list[str]) -> str | None:
    for pattern in _OUTCOME.values():
        said = pattern.search(clause)
        if said and not any(pattern.search(context) for context in contexts):
            return said.group()
    return None


_PLACE_NOUN = factored(
    r"\s+(terminal|port|plant|station|airport|mine|factory|district|region|province|county|area|bridge|road|river|"
    r"valley|harbour|harbor|site|field|camp|base|border|coast|island)\b",
    re.IGNORECASE,
)
_KO_PLACE = factored(r"([가-힣]{2,}(?:도|시|군|구|읍|면))(?=\s|에서|의)")
_UNIT_WORDS = _words(
    "percent per cent prozent pour cent por ciento million millions billion billions thousand euro euros "
    "dollars pounds millionen milliarden tausend millions milliards mille millones miles millón тысяч "
    "миллионов миллиардов тис млн млрд "
)


def context_problem(text: str, figures: Sequence[GroundedFigure], article: str, lang: str | None) -> str | None:
    """Why a number of `text` is used out of its figure's context: a period, a place or scope, or a counted thing
    beside it in `text` that the article does not give in the figure's own clause or before it in its sentence."""
    for number in find_figures(text, lang):
        if number.is_date_or_time:
            continue
        matching = [f for f in figures if f.number is not None and same_number(number.value, f.number)]
        if not matching:
            continue
        spans = {(f.span.start, f.span.end) for f in matching}
        lowered = article.lower()
        for f in matching:
            at = lowered.find(f.value.lower())
            while at >= 0:
                spans.add((at, at + len(f.value)))
                at = lowered.find(f.value.lower(), at + 1)
        # A period must stand before the figure or in its clause ("…gave way on Sunday night, the ministry said on
        # Monday" gives Sunday); a place may also stand in the clause after it ("…, dans le Var").
        times, places = [], []
        for start, end in spans:
            lo, hi = _sentence_bounds(article, start, end)
            _, right = _clause_bounds(article, lo, hi, start, end)
            _, further = _clause_bounds(article, lo, hi, start, min(hi, right + 1))
            times.append(_plain(article[lo:right]))
            places.append(_plain(article[lo:further]))
        written = text[number.span_start : number.span_end]
        lo, hi = _clause_bounds(text, 0, len(text), number.span_start, number.span_end)
        outcome = _outcome_problem(_plain(text[lo:hi]), [_plain(c) for c in places])
        if outcome:
            return f"it puts {quote(written)} with {quote(outcome)}, which the figure's own sentence does not say"
        for word in _framing(text, number.span_start, number.span_end):
            folded = _plain(word)
            contexts = times if _TIME_WORDS.fullmatch(word) or _CJK_TIME.fullmatch(word) else places
            # Stems, but long enough that "Streikwoche" does not pass for "Streiktag".
            needle = " ".join(w[: max(5, len(w) - 2)] for w in folded.split()) if not has_unspaced(folded) else folded
            if not any(all(part in context for part in needle.split()) and (" " not in needle or _near(needle, context))
                       for context in contexts):  # fmt: skip
                return f"it puts {quote(written)} with {quote(word)}, which the figure's own sentence does not say"
    return None


class _NoMarks(dict[int, str | None]):
    """A `str.translate` table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        kept = self[code] = None if unicodedata.combining(ch) else ch
        return kept


_NO_MARKS = _NoMarks()


def _plain(text: str) -> str:
    """`text` folded and without accents: "quittent" meets "quitté", "Dienstag" meets "dienstag"."""
    decomposed = unicodedata.normalize("NFKD", fold_text(text))
    return unicodedata.normalize("NFC", decomposed.translate(_NO_MARKS))


def _near(needle: str, context: str) -> bool:
    """Whether the stems of a two-word phrase stand next to each other in the context."""
    first, second = needle.split(" ", 1)
    return re.search(rf"{re.escape(first)}\w*\s+{re.escape(second)}", context) is not None


def status_problem(status: ClaimStatus, evidence: str, confirming: bool, denying: bool) -> str | None:
    """Why a claim's status is not what its evidence says: 'confirmed' and 'denied' need a cue of their own."""
    if status == ClaimStatus.CONFIRMED and not confirming:
        return f"its evidence {quote(evidence, 60)} does not say the claim was confirmed"
    if status == ClaimStatus.DENIED and not denying:
        return f"its evidence {quote(evidence, 60)} does not say the claim was denied"
    return None
