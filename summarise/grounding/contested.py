"""A confirmation that the story itself leaves open: its sentence lends no support.

A story that says a matter is not confirmed, not disclosed or still under investigation ("Le nombre de logements
concernés n'a pas été communiqué", "The cause has not been confirmed") cannot also have it confirmed in a lone
sentence elsewhere ("Selon des sources à la mairie, confirmées par la préfecture, 1 762 logements sont
concernés"), not without saying what changed. One of the two is not the story's account; the open one is the
cautious one, so the confirming sentence is set apart (kept for the reader, lending no support: see
`hostile.Screen`), and an item only it supports is listed as not verified, with the reason.

Round six: a confirmation credited to a person the story names nowhere else (a new official, "Detective Inspector
Carla Wenlock confirmed on Monday that ...") needs only one content word in common with the open sentence, since
a story that leaves a matter open does not then bring in a new party to settle it without saying so; the open
sentence's own words are read past the function words that a four-letter stem counts ("that", "been", "stata").

Both sentences must be about the same matter, or "the préfecture confirmed one death; the authorities have not
confirmed a second" would lose its confirmed death: the confirming sentence and the open one share at least
`_SHARED` content words (stems of four letters or more; pairs of characters in Chinese and Japanese; the status
words left out), and these are at least `_SHARE` of the smaller one's. Negated confirmations and open-status
words are read in en, de, fr, es, it, pt, nl, ru, zh, ko.
"""

from __future__ import annotations

import re

from .brief import units
from .prefilter import Prefiltered

# A confirmation: the status word of the languages read here.
_CONFIRMS = Prefiltered(
    re.compile(r"confirm|verifi|bestätig|conferm|bevestig|подтверд|证实|确认|證實|確認|확인", re.IGNORECASE)
)
# A confirmation negated, or a matter said to be open: not confirmed, not disclosed, under investigation, suspected.
_NOT = r"(?:not|never|no|nicht|kein\w*|pas|non|não|niet|не|ни)"
_OPEN = Prefiltered(
    re.compile(
        rf"\b{_NOT}\b[^.!?。\n]{{0,25}}(?:confirm|verifi|bestätig|conferm|bevestig|подтверд)"
        r"|\b(?:un(?:confirmed|verified)|suspected|alleged(?:ly)?|under (?:investigation|review)|investigating"
        r"|not (?:yet )?(?:been )?(?:announced|established|known|disclosed|released|made public)|unclear"
        r"|unbestätigt|mutmaßlich|nicht (?:bekannt|mitgeteilt|genannt)|unklar"
        r"|bestätigt (?:ist|wurde) (?:das|dies|es)\b[^.!?\n]{0,20}\bnicht"
        r"|présumée?s?|pas (?:encore )?(?:été )?(?:communiquée?s?|rendue?s? publi\w*|précisée?s?)|on ignore"
        r"|sin confirmar|presunt[oaie]s?|supuestamente|no (?:ha )?(?:sido )?(?:comunicad|precisad)\w*|se desconoce"
        r"|non (?:è )?(?:stat[oa] )?(?:comunicat|res[oa] not)\w*|non è chiaro"
        r"|não (?:foi )?divulgad\w*|suposto|suspeit\w*"
        r"|onbevestigd|vermoedelijk"
        r"|предположительно|неподтвержд\w*|не (?:сообща|раскрыва|называ)\w*|неизвестно)\b"
        r"|尚未|未经?(?:证实|确认|公布)|疑似|不明|(?:正在|仍在|还在)调查|调查之中"
        r"|확인되지|확인할 수 없|공개되지|추정|조사 중|조사하고 있",
        re.IGNORECASE,
    )
)
_STATUS_STEMS = frozenset(
    {"confi", "verif", "bestä", "confe", "beves", "подтв", "证实", "确认", "確認", "證實", "확인"}
)
_SHARED = 2
_SHARE = 0.4
# Function words that a stem of four letters or more counts as content (stems are a word's first five letters).
_FUNCTION = frozenset(
    w[:5]
    for w in [
        "that",
        "been",
        "this",
        "have",
        "with",
        "from",
        "were",
        "will",
        "there",
        "dass",
        "wurde",
        "sind",
        "nicht",
        "aber",
        "bisher",
        "mais",
        "pour",
        "dans",
        "elle",
        "était",
        "pero",
        "para",
        "como",
        "está",
        "stata",
        "stato",
        "sono",
        "mentre",
    ]
)
# A person's name: two capitalised words, the first not an article ("La Fédération" is no person).
_NAME = re.compile(
    r"(?<!\w)(?!(?:The|La|Le|Les|El|Los|Las|Il|Lo|Der|Die|Das|De|Het|Een|An|Un|Une|Uno|Una|Os|As|O|A)\s)"
    r"[A-ZÀ-ÞА-Я][a-zß-ÿа-я'-]+\s+[A-ZÀ-ÞА-Я][a-zß-ÿа-я'-]{2,}"
)


def _content(sentence: str) -> set[str]:
    return {u[:5] for u in units(sentence) if len(u) >= 4 or not u.isascii()} - _STATUS_STEMS


def _new_party(sentence: str, story: str) -> bool:
    """Whether the party that confirms in `sentence` is a person (two capitalised words before the status word) that
    the rest of `story` never writes."""
    status = _CONFIRMS.search(sentence)
    head = sentence[: status.start()] if status else ""
    return any(story.count(m.group(0).split()[-1]) == head.count(m.group(0).split()[-1]) for m in _NAME.finditer(head))


def contested_spans(story: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `story` (its spans in `sentences`) that confirm a matter another of its sentences leaves
    open (see the module's docstring)."""
    said = [(lo, hi, story[lo:hi]) for lo, hi in sentences if story[lo:hi].strip()]
    open_ = [(text, _content(text)) for _, _, text in said if _OPEN.search(text)]
    if not open_:
        return []
    spans = []
    for lo, hi, text in said:
        if not _CONFIRMS.search(text) or _OPEN.search(text):
            continue
        words = _content(text)
        new = _new_party(text, story)
        for other, left in open_:
            shared = words & left
            if other == text:
                continue
            if (new and shared - _FUNCTION) or (
                len(shared) >= _SHARED and len(shared) >= _SHARE * min(len(words), len(left))
            ):
                spans.append((lo, hi))
                break
    return spans
