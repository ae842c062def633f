"""Who speaks in Korean, Chinese and Japanese: the topic or the subject right before the verb in Korean; the phrase
before the cue, or the sentence's topic, in Chinese and Japanese (`sources` reads the spaced scripts)."""

from __future__ import annotations

import re

from ..patterns import factored
from .cues import Cue
from .text import Sentence, trim

Range = tuple[int, int]


_KO_PARTICLE = factored(r"(?:은|는|이|가|께서|에서)$")


_KO_SKIP = {"이날", "앞서", "한편", "또", "또한", "그러나", "하지만", "이어", "이에", "당시", "현재"}


def korean_source(text: str, s: Sentence, cue: Cue, at: Range) -> Range | None:
    before = text[s.start : at[0]]
    if re.search(r"에\s?따르면$|의\s?말에\s?따르면$", text[s.start : at[1]]) or cue.relay:
        words = list(re.finditer(r"\S+", before))
        picked = [w for w in words[-3:] if not re.search(r"[,.]$", w.group())][-2:]
        return (s.start + picked[0].start(), s.start + picked[-1].end()) if picked else None
    words = list(re.finditer(r"\S+", before))
    # "…했다고 군청이 밝혔다": the word right before the cue, after a quoted clause.
    if (
        len(words) >= 2
        and re.search(r"(?:고|며|라고|다고)$", words[-2].group())
        and _KO_PARTICLE.search(words[-1].group())
    ):
        word = words[-1]
        end = s.start + word.end() - len(_KO_PARTICLE.search(word.group()).group())  # type: ignore[union-attr]
        return s.start + word.start(), end
    # "김민준 군수는 …라고 말했다": the sentence's topic.
    floor = 0
    for i, word in enumerate(words[:8]):
        if word.group() in _KO_SKIP or word.group().endswith(","):
            continue
        # ("채소 가게를 하는 김영숙(63) 씨는": a verb in -는 after its object or place describes the topic after it)
        if i and re.search(r"(?:을|를|에서|에게|와|과|로)$", words[i - 1].group()) and word.group().endswith("는"):
            floor = i + 1
            continue
        if i >= 5 and not re.search(r"씨는$", word.group()):
            continue
        if re.search(r"(?:은|는)$", word.group()) or (i == 0 and re.search(r"(?:이|가)$", word.group())):
            # (not the comma a second clause opens with: ", 시공사 대한건설은 이를 부인했다")
            first = next((j for j in range(i + 1) if words[j].group() not in _KO_SKIP and words[j].group() != ","), i)
            first = max(first, i - 2, floor)
            end = s.start + word.end() - 1
            return s.start + words[first].start(), end
    return None


def korean_relay_speaker(text: str, s: Sentence, at: Range, chunk: str) -> Range | None:
    """Who relays in Korean: the topic before the party cited, whole ("일간 한빛의약신문은 회사 내부 관계자를 인용해"),
    else the words just before the cue."""
    topic = [m.span() for m in re.finditer(r"\S+(?=[은는]\s)", text[s.start : at[0]])][-1:]
    if topic:
        return s.start + topic[0][0], s.start + topic[0][1]
    return (at[0] - len(chunk.rstrip()), at[0]) if chunk.split() else None


def japanese_topic(text: str, s: Sentence, at: Range) -> Range | None:
    """Who relays in Japanese: the sentence's first topic ("一方、地元紙の潮風新報は、町関係者の話として")."""
    topic = re.search(r"(?:^|、)((?:[^、。「」]|「[^」]*」){1,40}?)は、", text[s.start : at[0]])
    return (s.start + topic.start(1), s.start + topic.end(1)) if topic else None


ZH_TIME = factored(
    r"(?:周[一二三四五六日天]|星期[一二三四五六日天]|今天|昨天|当天|当日|日前|此前|随后|近日|今日|昨日|同日|也|还|则|均|都|"
    r"[0-9０-９]+日|上午|下午|晚间|早些时候|曾|已|亦|再次|公开|正式|在.{0,8}时|は|が|、|又|再|补充|进一步)+$"
)


_ZH_SUBJECT = factored(
    r"([^，。、；：“”\"《》（）\s]{2,12}?)(?:当天|当日|当晚|昨天|今天|日前|随后|此前|周[一二三四五六日天]|[0-9０-９]+日|上午|下午|"
    r"晚间|在|于|向|对|通过|发布|发表|表示|称)"
)


_IMPERSONAL = factored(r"(?:初步|不完全)?(?:测算|估算|了解|统计|悉|估计|预测|报道|介绍|调查|分析|观察|计算|推算|核算)")
_HAN = factored(r"[\u3400-\u9fff]")
_ZH_STOP = '，。、；：“”"《》（）()「」『』！？ '


def cjk_source(text: str, s: Sentence, cue: Cue, at: Range, lang: str) -> Range | None:
    if cue.side == "after" or (lang == "zh" and cue.relay):
        lo = at[1]
        hi = lo
        while hi < s.end and hi - lo < 16 and text[hi] not in '，。；：“”"':
            hi += 1
        chunk = text[lo:hi]
        end = re.search(r"(?:的话|报道|消息|称|说|表示|透露|介绍|指出|,|，)", chunk)
        hi = lo + end.start() if end else hi
        # "据测算", "据了解", "据统计": according to a reckoning, to what is known: no party.
        if _IMPERSONAL.fullmatch(text, lo, hi):
            return None
        return trim(text, lo, hi) if hi > lo else None
    if lang == "ja":
        head = text[s.start : at[0]]
        if re.search(r"(?:によると|によれば)$", text[s.start : at[1]]) or cue.relay:
            lo = max(s.start + i + 1 for i in [-1, *(k for k, ch in enumerate(head) if ch in "、。「」")])
            return trim(text, lo, at[0]) if at[0] > lo else None
        # The sentence's topic ("同社は、…と述べた"), after a leading time or place phrase ("30日、").
        # "…については", "…では" are not a topic of the sentence's own.
        marker = r"(?<!について)(?<!で)(?<!に)(?<!と)(?<!へ)は"
        topic = re.match(rf"([^、。]{{1,24}}?){marker}", head) or re.match(
            rf"[^、。「」]{{0,12}}、([^、。]{{1,24}}?){marker}", head
        )
        if topic and "によると" not in topic.group(1):
            lo, hi = s.start + topic.start(1), s.start + topic.end(1)
            return trim(text, lo, hi)
        return None
    lo = at[0]
    while lo > s.start and at[0] - lo < 24 and text[lo - 1] not in _ZH_STOP:
        lo -= 1
    chunk = text[lo : at[0]]
    # "…一名工作人员向记者证实": the addressee is not the source.
    chunk = re.sub(r"(?:向|对|接受)(?:记者|媒体|本报|采访)\S{0,4}$", "", chunk)
    trimmed = ZH_TIME.sub("", chunk)
    hi = lo + len(trimmed)
    # (a clause after an earlier cue of its sentence, "…否认评估程序存在问题，称…", has that cue's party for subject)
    if hi - lo < 2 and lang == "zh" and not _HAN.match(text, s.start - 1 if s.start else 0):
        # "星途汽车当天晚间发布声明，否认…": the subject opens the sentence.
        subject = _ZH_SUBJECT.match(text, s.start, at[0])
        if subject:
            return s.start, s.start + len(subject.group(1))
    # "《东川晚报》援引…": a quoted title just before.
    if hi == lo and text[lo - 1 : lo] == "》":
        title_start = text.rfind("《", s.start, lo)
        if title_start >= 0:
            return title_start + 1, lo - 1
    return (lo, hi) if hi - lo >= 2 else None
