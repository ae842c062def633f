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

from ..patterns import factored
from .brief import units
from .prefilter import Prefiltered

# A confirmation: the status word of the languages read here.
_CONFIRMS = Prefiltered(
    factored(r"confirm|verifi|bestätig|conferm|bevestig|potwierd|подтвер[дж]|证实|确认|證實|確認|확인", re.IGNORECASE)
)
# A confirmation negated, or a matter said to be open: not confirmed, not disclosed, under investigation, suspected.
_NOT = r"(?:not|never|no|nicht|kein\w*|pas|non|não|niet|nie|не|ни)"
_OPEN = Prefiltered(
    factored(
        rf"\b{_NOT}\b[^.!?。\n]{{0,25}}(?:confirm|verifi|bestätig|conferm|bevestig|potwierd|подтвер[дж])"
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
        # Round thirty-seven: a confirmation negated in Chinese, Japanese and Korean as well.
        r"|尚未|未经?(?:证实|确认|公布)|疑似|不明|(?:正在|仍在|还在)调查|调查之中|没有(?:得到)?(?:官方)?(?:证实|确认)"
        r"|確認されていない"
        r"|확인되지|확인할 수 없|공개되지|추정|조사 중|조사하고 있|확인(?:해 주|하)지 않",
        re.IGNORECASE,
    )
)
# A matter said to have been open at first: the story says what changed ("Zunächst war unklar, ob Verletzungen
# gemeldet wurden. Am Dienstagnachmittag bestätigte das Landesamt, ..."), and a later confirmation is its own.
_EARLIER = factored(
    r"(?<!\w)(?:at first|initially|originally|zunächst|anfangs|ursprünglich|au départ|dans un premier temps"
    r"|initialement|al principio|inicialmente|en un primer momento|inizialmente|in un primo momento|all'inizio"
    r"|a princípio|aanvankelijk|in eerste instantie|początkowo|najpierw|сначала|поначалу|изначально)(?!\w)"
    r"|起初|最初|当初|一开始|처음에는|당초",
    re.IGNORECASE,
)
_STATUS_STEMS = frozenset(
    {"confi", "verif", "bestä", "confe", "beves", "potwi", "подтв", "证实", "确认", "確認", "證實", "확인"}
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
_NAME = factored(
    r"(?<!\w)(?!(?:The|La|Le|Les|El|Los|Las|Il|Lo|Der|Die|Das|De|Het|Een|An|Un|Une|Uno|Una|Os|As|O|A)\s)"
    r"[A-ZÀ-ÞА-Я][a-zß-ÿа-я'-]+\s+[A-ZÀ-ÞА-Я][a-zß-ÿа-я'-]{2,}"
)


def _content(sentence: str) -> set[str]:
    return {u[:5] for u in units(sentence) if len(u) >= 4 or not u.isascii()} - _STATUS_STEMS


# The agent of a passive, with up to five words between it and the name ("by county structural engineer").
# It follows the status word, with at most a short time phrase between ("confirmed on Friday by").
_AGENT = factored(
    r"\w*\s+(?:\S+\s+){0,3}?(?:by|par|von|por|da|door|przez)\s+(?:\S+\s+){0,5}?"
    r"(?=[A-ZÀ-ÞА-Я][a-zß-ÿа-я'-]+\s+[A-ZÀ-ÞА-Я])"
)
_CYRILLIC_VERB = factored(r"подтверд\w*\s")
# A person named by an office in Chinese, or by "씨" in Korean, or "氏" and "さん" in Japanese: "县长贺延川",
# "문화과장 도경민 씨", "課長の田中氏" (round thirty-seven).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤蒲邝鲍骆柳樊葛邢安齐易乔伍庞颜倪温"
)
_NAME_UNSPACED = factored(
    rf"(?:县长|市长|局长|科长|处长|部长|书记|主任|院长|校长|经理|主席|总监|镇长|区长|厅长|村长)([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
    r"|(?<![가-힣])([가-힣]{2,4})\s씨(?=[가는를의와도에께]|[\s,.]|$)"
    r"|(?<![摂摄姓同\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?<![手者員長師官士婦人])(?:氏|さん)"
)


def _new_party(sentence: str, story: str) -> bool:
    """Whether the party that confirms in `sentence` is a person the rest of `story` never writes: two capitalised
    words before the status word, or anywhere in a sentence that puts its verb first ("Перенос цеха уже подтвердил
    глава администрации Аркадий Звягинцев"), or a name by its office or its honorific in Chinese, Korean, Japanese."""
    status = _CONFIRMS.search(sentence)
    head = sentence[: status.start()] if status else ""
    names = [m.group(0).split()[-1] for m in _NAME.finditer(head)]
    if status is not None:
        # After the status word, the party is its agent ("confirmed on Friday by engineer Neil Haverstock"), or in
        # Russian, which puts its subject after the verb, the first name that follows.
        after = _AGENT.match(sentence, status.end())
        name = _NAME.search(sentence, after.end()) if after else None
        if name is None and not names and _CYRILLIC_VERB.match(sentence, status.start()):
            name = _NAME.search(sentence, status.end(), status.end() + 80)
        names += [name.group(0).split()[-1]] if name else []
    names += [next(g for g in m.groups() if g) for m in _NAME_UNSPACED.finditer(sentence)]
    return any(story.count(name) == sentence.count(name) for name in names)


# An open sentence that points back at the claim it leaves open: "Urząd miasta nie potwierdził tych słów", "The
# council has not confirmed this claim", "Le maire n'a pas confirmé ces propos" (round fifty-three). The matter is
# the sentence before it, whose words count as the open sentence's own.
_POINTS_BACK = factored(
    r"(?<!\w)(?:this|these|that|those|it|tych|tego|tej|te|to|diese\w*|dies|das|ces|cette|ce|cela|esta|estas|este|"
    r"estos|eso|esa|questa|queste|questo|ciò|dit|deze|dat|essa|esse|isso|это|эти|этого|этих|этой)\s+"
    r"(?:\w+\s+)?(?:słów|słowa|zapowiedzi|informacji|twierdze\w*|claims?|words?|statements?|figures?|account|"
    r"forecast|prediction|angaben|aussage\w*|behauptung\w*|prognose|propos|affirmations?|déclarations?|chiffres?|"
    r"prévisions?|afirmaci\w*|declaraci\w*|cifras?|previsi\w*|affermazion\w*|dichiarazion\w*|cifre|bewering\w*|"
    r"uitspra\w*|cijfers?|voorspelling|слов\w*|заявлени\w*|данн\w*|прогноз\w*)(?!\w)",
    re.IGNORECASE,
)


def _matter(claim: str) -> set[str]:
    """The content words of the claim an open sentence points back at, without its names: the claim's matter, not
    its claimant, is what a later confirmation would share."""
    return _content(_CAPITALISED.sub(" ", claim))


_CAPITALISED = factored(r"(?<!\w)[A-ZÀ-ÞА-ЯŁŚŻŹĆŃÓ][\w'-]*")


def contested_spans(story: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `story` (its spans in `sentences`) that confirm a matter another of its sentences leaves
    open (see the module's docstring)."""
    said = [(lo, hi, story[lo:hi]) for lo, hi in sentences if story[lo:hi].strip()]
    open_ = [
        (text, _content(text) | (_matter(said[i - 1][2]) if i and _POINTS_BACK.search(text) else set()))
        for i, (_, _, text) in enumerate(said)
        if _OPEN.search(text) and not _EARLIER.search(text[:40])
    ]
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
