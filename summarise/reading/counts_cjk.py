"""What a figure counts in Korean, Japanese and Chinese, where what it counts is found by characters and particles
rather than by the words `figures` passes over in spaced scripts."""

from __future__ import annotations

import re

from .text import Sentence

Range = tuple[int, int]

_LINK = re.compile(r"\s?(?:(?:원|円|달러|ドル)\s?)?(?:(?:分|規模|相当|규모|상당|어치)\s?)?(?:の(?!うち)|의)\s?")
# What the number is measured in, in scripts without spaces: "210毫米降雨量" counts what stands before it.
_CJK_MEASURE = re.compile(r"(?:毫米|厘米|公里|千米|立方米|平方米|米|吨|公顷|キロ|メートル|トン|ギガバイト|ヘクタール)")
# "过去24小时", "近3天": a span of time, not a figure.
_CJK_DURATION_BEFORE = re.compile(r"(?:过去|近|连续|最近|此前|这|过去的)$")
_CJK_DURATION_AFTER = re.compile(r"(?:个)?(?:小时|天|日|周|星期|个月|月|年|時間|週間|か月|カ月)")
_COUNTER = re.compile(r"(?:人|名|个|個|件|户|戸|起|辆|輛|台|座|家|所|头|只|艘|架|次|枚|本|棟|軒|隻)")
_CJK_STOP = '，。、；：“”"《》（）()「」『』！？,.;:'
_CJK_LEADING = re.compile(r"^(?:(?:的|が|を|は|の|に|で|と|へ|も|、)+|(?:이|가|을|를|은|는|의|에|로|으로)(?=\s))")
_CJK_TRAILING = re.compile(
    r"(?:达到|达|为|是|约为|约|超过|近|共|累计|有|は|が|の|を|に|で|約|およそ|이|가|은|는|을|를|의|약|총)+$"
)


def cjk_counts(text: str, s: Sentence, start: int, end: int, lang: str) -> tuple[bool, Range | None]:
    """Whether the figure at `start`..`end` is a span of time and no figure ("过去24小时", "近3天"), and what it
    counts: "3000名居民转移" what follows its counter; "作业人员127人。" what stands before it."""
    if _CJK_DURATION_BEFORE.search(text[max(s.start, start - 3) : start]) and _CJK_DURATION_AFTER.match(text, end):
        return True, None
    counter = _COUNTER.match(text, end) or _CJK_MEASURE.match(text, end)
    after = counter.end() if counter else end
    # "約4万3000件分の個人情報", "약 120억 원 규모의 가상자산": a linking particle after the figure hands it
    # to what follows ("乗客約210人のうち" and "調査官３人を" count what stands before).
    link = _LINK.match(text, after) if lang in ("ja", "ko") else None
    after = link.end() if link else after
    return False, _counts_unspaced(text, s, start, after, prefer_after=lang == "zh" or link is not None)


def _counts_unspaced(text: str, s: Sentence, start: int, end: int, prefer_after: bool) -> Range | None:
    def after() -> Range | None:
        hi = end
        while hi < s.end and hi - end < 8 and text[hi] not in _CJK_STOP:
            hi += 1
        chunk = text[end:hi]
        lead = _CJK_LEADING.match(chunk)
        lo = end + (lead.end() if lead else 0)
        # Korean is written in words: the first word after the figure, without its particle.
        word = re.match(r"\s*([가-힣]+?)(?:이|가|을|를|은|는|의|에|로|으로|도)?(?=\s|[.,]|$)", text[lo:hi])
        if word and re.match(r"[가-힣]", text[lo:hi].lstrip()):
            return lo + word.start(1), lo + word.end(1)
        return (lo, hi) if hi - lo >= 1 and text[lo:hi].strip() else None

    def before() -> Range | None:
        lo = start
        while lo > s.start and start - lo < 8 and text[lo - 1] not in _CJK_STOP:
            lo -= 1
        raw = text[lo:start]
        # Past another number and its unit: "过去24小时降雨量" keeps "降雨量".
        tail = re.split(r"[0-9０-９]+(?:个)?(?:小时|天|日|周|月|年|時間|日間)?", raw)[-1]
        lo += len(raw) - len(tail)
        chunk = _CJK_TRAILING.sub("", tail.rstrip())
        # The last words before the figure, past a time or place phrase: "过去24小时降雨量" keeps "降雨量".
        hi = lo + len(chunk)
        if " " in chunk:
            tail = chunk.split()[-1]
            lo = hi - len(tail)
            tail = _CJK_TRAILING.sub("", tail)
            hi = lo + len(tail)
        return (lo, hi) if hi > lo else None

    first, second = (after, before) if prefer_after else (before, after)
    return first() or second()
