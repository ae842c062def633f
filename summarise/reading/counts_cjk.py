"""What a figure counts in Korean, Japanese and Chinese, where what it counts is found by characters and particles
rather than by the words `figures` passes over in spaced scripts."""

from __future__ import annotations

import re

from ..patterns import factored
from .text import Sentence

Range = tuple[int, int]

# What the number is measured in, in scripts without spaces: "210毫米降雨量" counts what stands before it.
_CJK_MEASURE = factored(r"(?:毫米|厘米|公里|千米|立方米|平方米|米|吨|公顷|キロ|メートル|トン|ギガバイト|ヘクタール)")
# "过去24小时", "近3天": a span of time, not a figure.
_CJK_DURATION_BEFORE = factored(r"(?:过去|近|连续|最近|此前|这|过去的)$")
_CJK_DURATION_AFTER = factored(r"(?:个)?(?:小时|天|日|周|星期|个月|月|年|時間|週間|か月|カ月)")


def cjk_counts(text: str, s: Sentence, start: int, end: int, lang: str) -> tuple[bool, Range | None]:
    """Whether the figure at `start`..`end` is a span of time and no figure ("过去24小时", "近3天"), and what it
    counts: "3000名居民转移" what follows its counter; "作业人员127人。" what stands before it."""
    if _CJK_DURATION_BEFORE.search(text[max(s.start, start - 3) : start]) and _CJK_DURATION_AFTER.match(text, end):
        return True, None
    # (a figure in brackets right after a noun counts it: "사과(31%)와 달걀(12.5%)", "卵（12.5％）")
    if (noun := _BRACKETED.search(text, s.start, start)) and re.match(r"[)）]", text[end : end + 1]):
        return False, (noun.start(), noun.end())
    read = {"ja": _counts_ja, "ko": _counts_ko}.get(lang, _counts_zh)
    return False, read(text, s, start, end)


_BRACKETED = factored(r"[\u4e00-\u9fff\u30a1-\u30faー가-힣]{1,8}(?=[(（]\Z)")


# Japanese writes a noun in kanji and katakana, and what joins it to a figure in hiragana: what a figure counts is
# the run of kanji and katakana next to it ("乗客12人", "観客は約2500人", "約2300人の住民"), past the particles and
# qualifiers between ("復旧費用は少なくとも2億円", "本など約三万冊"); at most `_JA_LONGEST` of its characters.
_JA_NOUN = factored(r"[\u4e00-\u9fff々〆ヶヵ\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ]+")
_JA_NOUN_END = factored(_JA_NOUN.pattern + "$")
_JA_BETWEEN = factored(
    r"(?:約|およそ|ほぼ|計|既に|すでに|総額|合計|累計|延べ|少なくとも|最大で?|最小で?|最多の|最低|推定|わずか|実に|は|が|も|では|には|"
    r"など|ら|の|を|として|、|一時|前日比|前年比|前年同期比|前月比|前回比|平均で?|時点で|合わせて|あわせて|全部で|"
    r"[0-9０-９〇一二三四五六七八九十百千万億.,．]+[^\s、。0-9０-９]{0,3}から|"
    r"[0-9０-９．.]+[%％](?:増|減)の|[0-9０-９〇一二三四五六七八九十]+(?:年度|年|月|日|時)(?:末|初め|上旬|中旬|下旬)?|同)+$"
)
_JA_LONGEST = 8
# What a Japanese figure is counted in: a counter, or a noun used as one ("48店舗", "約三百二十世帯", "6施設").
_JA_COUNTER = factored(
    r"(?:か所|カ所|ヵ所|箇所|世帯|店舗|施設|地区|病院|自治体|団体|チーム|編成|品目|種類|人|名|件|戸|棟|軒|台|枚|本|冊|個|"
    r"頭|羽|匹|隻|機|発|回|杯|着|点|社|校|店|館|室|両|便|袋|株|円|ドル|割|倍|%|％)"
)
_JA_DOES = factored(r"(?:が|を|に)([\u4e00-\u9fff\u30a1-\u30faー]+(?:した|する|された|される|している|していた))")
_JA_ABOUT = factored(r"(?:約|およそ)$")
_JA_COUNTED = {"世帯", "店舗", "施設", "地区", "自治体", "団体"}
_JA_LINK = factored(r"(?:分|規模|相当|余り|以上|近く|ほど|程度|あまり)?の(?!うち)|近い|余りの|超の")
# A word written with a figure's digits that says when or how often, not what: "年間", "1日あたり" (passed over).
_JA_WHEN = factored(
    r"(?:年間|月間|週間|日間|毎年|毎月|毎日|同日|当時|現在|今年度|昨年度|今年|昨年|今季|今回|前回|1日あたり|一日|一時)$"
)
# "乗客乗員１２０人余りのうち、１８人が": a part of a whole counts what the whole counts.
_JA_PART = factored(r"(?:の)?うち、?$")


def _counts_ja(text: str, s: Sentence, start: int, end: int) -> Range | None:
    """What a Japanese figure counts: a noun after its counter and "の" ("約2300人の住民"), else the noun before it,
    else a counter that is a noun itself ("約三百二十世帯", "48店舗"); none rather than a piece of a clause."""
    unit = _JA_COUNTER.match(text, end, s.end) or _CJK_MEASURE.match(text, end, s.end)
    after = unit.end() if unit else end
    link = _JA_LINK.match(text, after, s.end)
    about = _JA_ABOUT.search(text, s.start, start)
    direct = _JA_NOUN_END.search(text, s.start, about.start() if about else start)
    if unit and unit.group(0) in _JA_COUNTED:
        return unit.span()  # ("約１２００世帯", "48店舗のうち": the counter names what is counted)
    # (after "の", unless a noun stands right before the figure: "乗客２１０人の機内での待機" counts the passengers)
    if link and not (direct and unit and unit.group(0) in "人名"):
        noun = _JA_NOUN.match(text, link.end(), s.end)
        if noun:
            return noun.start(), min(noun.end(), noun.start() + _JA_LONGEST)
    hi = start
    part = _JA_PART.search(text, s.start, hi)
    if part:
        # (past the whole's own figure and counter: "乗客乗員１２０人余りのうち" keeps "乗客乗員")
        whole = re.search(r"[0-9０-９〇一二三四五六七八九十百千万億]+[^0-9０-９]{0,4}$", text[s.start : part.start()])
        hi = s.start + whole.start() if whole else part.start()
    while True:
        between = _JA_BETWEEN.search(text, s.start, hi) or _JA_WHEN.search(text, s.start, hi)
        if not between or between.start() == hi:
            break
        hi = between.start()
    noun = _JA_NOUN_END.search(text, s.start, hi)
    if noun:
        return max(noun.start(), hi - _JA_LONGEST), hi
    if unit and _JA_NOUN.fullmatch(unit.group(0)) and (len(unit.group(0)) > 1 or unit.group(0) in "店館室社校"):
        return unit.span()
    # (nothing names it: what the figure does, "約480人が参加した"; else the people a figure of people counts, "約1万
    # 5000人に影響"; not a subject or a topic before it, which names a place, a time, a maker or what lasts as often:
    # "直売所は初日だけで三千人", "電車は…８分間隔", "工人が作った約300体")
    done = _JA_DOES.match(text, after, s.end)
    if done:
        return done.span(1)
    return unit.span() if unit and unit.group(0) in ("人", "名") else None


# Korean writes words with spaces and a particle on the noun: what a figure counts is the noun word before it
# ("근로자 3명이"), or after it when the figure stands before its noun with no particle of its own ("4.8% 인상을") or
# joined by "의" ("2만3천512명의 관중"); past qualifiers and times ("하루 평균 538만 대"), comparisons ("1년
# 전보다 19만2천 명 늘었다": the subject's), a whole and its count ("조직원 17명을 검거해 이 가운데 5명을"), and a
# verb that belongs to the figure before ("1.8% 내린 2천604.15"). None rather than a piece of a clause.
_KO_UNIT = factored(
    r"\s?(?:%포인트|%p|포인트|마리|가구|세대|개소|그루|차례|명|대|개|곳|채|척|건|석|권|편|점|표|회|원|달러|엔|유로|위안|"
    r"%|％|㎜|㎝|㎞|㎡|㎏|톤|배|t)"
)
_KO_WORD = factored(r"[가-힣]+")
_KO_PARTICLE = factored(r"(?:에서는|에서|에는|에게|으로|부터|까지|이나|은|는|이|가|을|를|의|에|로|와|과|도|만)$")
_KO_PASSED = {
    "약", "총", "최대", "최소", "무려", "평균", "하루", "연", "연간", "매년", "매일", "시간당", "기준", "전체", "모두",
    "각각", "올해", "지난해", "작년", "지난달", "지난주", "이날", "전날", "현재", "같은", "기간", "등", "이", "그",
    "추산", "누적", "당초", "잠정", "최종", "한때", "당시", "가량", "여", "이상", "이하", "미만", "정도", "오전",
    "오후", "새벽", "밤", "낮", "직전", "지난", "이번", "올", "내년", "다음", "달", "주", "시즌", "역대", "사상",
    "각", "모든",
}  # fmt: skip
# (endings of a verb's forms, which a word right before a figure has when it is no noun: "최다인", "받아", "오른")
_KO_NOT_NOUN_ENDS = ("인", "한", "된", "던", "른", "난", "당", "아", "어", "여", "고", "며", "서", "해", "게", "면")
_KO_WHOLE = {"가운데", "중", "중에서", "가운데서", "중에", "중에는", "가운데는"}
# Nouns that need the word before them: "취업자 수", "수출 물량".
_KO_DEPENDENT = {"수", "량", "액", "율", "률", "규모", "물량", "인원", "폭"}


def _ko_bare(word: str) -> str:
    """A Korean word without its particle; a word of two syllables keeps a last "이", "가" or "을" ("길이", "농가",
    "마을" are nouns), but not another particle ("책은", "구는")."""
    bare = _KO_PARTICLE.sub("", word)
    kept = len(bare) < 2 and word[len(bare) :] in ("이", "가", "을") and bare not in _KO_DEPENDENT
    return word if kept else bare


# (more endings of a verb's or an adverb's forms: "구조됐으나", "멈춰", "숨진", "잇따라", "특히", "크게")
_KO_VERB_ENDS = tuple("히게다요지나춰쳐진라워져려운린킨긴간온친피")
_KO_ADVERBS = {"동안", "벌써", "이미", "아직", "다시", "또", "더", "가장", "무려", "방향", "쪽", "이후", "이전", "사이"}


def _ko_modifier(word: str) -> bool:
    """Whether a Korean word before a noun is a noun that modifies it: Hangul of two syllables or more, with no
    particle, no verb's ending and no adverb's ("특히", "크게")."""
    return (
        bool(_KO_WORD.fullmatch(word))
        and len(word) >= 2
        and _ko_bare(word) == word
        and not _KO_PARTICLE.search(word)
        and word not in _KO_PASSED
        and word not in _KO_ADVERBS
        and not word.endswith(_KO_NOT_NOUN_ENDS + _KO_VERB_ENDS)
    )


def _ko_words(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", text[lo:hi]))


def _counts_ko(text: str, s: Sentence, start: int, end: int) -> Range | None:
    unit = _KO_UNIT.match(text, end, s.end)
    after = unit.end() if unit else end
    words = _ko_words(text, s.start, start)
    whole = bool(words) and _ko_bare(words[-1].group(0)) in _KO_WHOLE
    # What follows, when the figure hands itself to it by "의" ("2만3천512명의 관중"), or stands bare before a noun
    # with its particle ("4.8% 인상을"); not after a whole's count ("9명 가운데 6명의 의견").
    link = re.match(r"(?:\s?(?:규모|상당|어치))?의\s", text[after : s.end])
    bare_noun = re.match(r"\s([가-힣]+?)(?:을|를|이|가|은|는|의|에|로|으로)(?=[\s,.]|$)", text[after : s.end])
    # (a noun right before the figure is what it counts, "의" or not: "운전기사 약 900명의 임금", "축사 17곳의 분뇨")
    near = [w.group(0) for w in words[-2:] if w.group(0) not in ("약", "총", "모두")][-1:]
    direct = bool(near) and _KO_WORD.fullmatch(near[0]) and _ko_bare(near[0]) == near[0]
    if direct and (near[0] in _KO_PASSED or near[0].endswith(_KO_NOT_NOUN_ENDS)):
        direct = False
    if link and not whole and not direct:
        following = _ko_words(text, after + link.end(), s.end)[:2]
        if following and _KO_WORD.fullmatch(following[0].group(0)):
            at = after + link.end()
            first = _ko_bare(following[0].group(0))
            hi = at + following[0].start() + len(first)
            second = _ko_bare(following[1].group(0)) if len(following) > 1 else ""
            if first == following[0].group(0) and second and _KO_WORD.fullmatch(second):
                hi = at + following[1].start() + len(second)
            if first not in _KO_PASSED:
                return at + following[0].start(), hi
    elif bare_noun and not whole and bare_noun.group(1) not in _KO_PASSED | {"규모", "상당"} and not unit:
        return after + bare_noun.start(1), after + bare_noun.end(1)
    numbered = [bool(re.search(r"[\d０-９]", w.group(0))) for w in words]
    passing_whole = False  # (past "가운데": the whole's count and its verb come before its noun)
    whole_noun: Range | None = None  # (and with no count of its own, a share counts it: "감소분 가운데 최소 70%를")
    whole_counted = False
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0)
        bare = _ko_bare(word)
        if bare in _KO_WHOLE:
            # ("이 가운데", "그중": a whole named in a sentence before, not the words before it)
            passing_whole = True
            whole_counted = i > 0 and words[i - 1].group(0) in ("이", "그")
            continue
        if numbered[i]:
            passing_whole = whole_counted = False
            whole_noun = None
            continue
        if passing_whole and whole_noun is None and not whole_counted:
            # (up to a quote's opening mark: "관계자는 \"감소분 가운데 70%를" is the reduction's share; none when the
            # whole has a count of its own in words, "후드 여섯 대 가운데 두 대는", "열한 명이며, 이 가운데")
            opened = word.lstrip("\"“‘'「『(")
            noun = _ko_bare(opened.rstrip(",."))
            whole_counted = bool(noun) and bool(_KO_UNIT.match(noun))
            if _KO_WORD.fullmatch(opened) and noun and noun not in _KO_PASSED and not whole_counted:
                at = s.start + words[i].start() + len(word) - len(opened)
                whole_noun = at, at + len(noun)
            if opened != word:
                return whole_noun
        # (a unit noun of its own before its topic's particle is the subject: "혜택을 받는 가구는 약 1천 120만 가구")
        topic = len(bare) > 1 and bare != word and word[len(bare) :] in ("은", "는", "이", "가")
        if not passing_whole and topic and _KO_UNIT.fullmatch(bare) and not numbered[i - 1 if i else i]:
            return s.start + words[i].start(), s.start + words[i].start() + len(bare)
        if (
            passing_whole
            or _KO_UNIT.fullmatch(_KO_PARTICLE.sub("", word))
            or word.endswith(("보다", "당"))
            or word in _KO_PASSED
            or bare in _KO_PASSED
        ):
            continue
        if not _KO_WORD.fullmatch(word) or not bare:
            return None  # (a quote, a bracket, a mark: another clause)
        # (a word with no particle right after a bare figure is that figure's verb: "1.8% 내린 2천604.15"; and a
        # verb joining two clauses after one: "3명이 숨지고 2명이")
        joined = not _KO_PARTICLE.search(words[i - 1].group(0)) or word.endswith(("고", "며", "해", "서"))
        if i > 0 and numbered[i - 1] and bare == word and joined:
            continue
        lo = s.start + words[i].start()
        # (and a noun of two words, the first with no particle: "반도체 수출이", "자동차 수출은")
        dependent = bare in _KO_DEPENDENT and i > 0 and _KO_WORD.fullmatch(words[i - 1].group(0))
        if dependent or (i > 0 and _ko_modifier(words[i - 1].group(0)) and not (i > 1 and numbered[i - 2])):
            lo = s.start + words[i - 1].start()
        return lo, s.start + words[i].start() + len(bare)
    return whole_noun


# Chinese writes no spaces nor particles: what a figure counts is the noun after its unit ("3000名居民转移", up to a
# word that opens a verb's phrase: "5名伤者被送往"), else the words before it ("作业人员127人", "涉案金额1600余万元"),
# past a qualifier or a verb that gives the figure ("共计折合", "不少于", "涨至") and cut after a preposition
# ("位于井下约300米处" keeps "井下"); at most `_ZH_LONGEST` characters either way.
_ZH_UNIT = factored(
    r"(?:余|多)?(?:万|亿)?(?:余|多)?(?:个)?(?:百分点|基点|标箱|架次|人次|次|万亩|亩|公顷|万元|亿元|美元|欧元|港元|元|"
    r"小时|分钟|秒|天|周|个月|月|年|处|家|名|人|辆|台|个|件|起|户|所|座|艘|头|只|吨|米|公里|平方米|立方米|毫米|厘米|"
    r"千米|倍|%|％)?"
)
_ZH_COUNTER = factored(r"(?:余|多)?(?:万|亿)?(?:余|多)?个")
_ZH_TIME = factored(r"小时|分钟|秒|天|周(?!末)|个月|月|年(?!轻)")
_ZH_FROM = factored(r"(?:从|由)(?:[^从由，。；]*?(?:到|至|为|变为))?(?:每[^\d，。；]{1,2}?|人均){0,3}$")
_ZH_TO = factored(r"到|至|为")
_ZH_STOP = set('，。、；：“”"《》（）()「」『』！？,.;:')
_ZH_VERB_OPENS = set("被在将已于对向从到为是的了和与及等把由给让使并但")
# (a verb of change, which a label keeps after what changed)
_ZH_CHANGE = r"(?:上涨|下降|增长|减少|增加|提高|降低|上升|下跌|回落|攀升)了?"
_ZH_TRAILING = factored(
    r"(?:共计|折合|合计|总计|累计|不少于|不到|不足|逾|超过|超|多达|高达|至少|仅|只有|将近|接近|大约|约为|约|达到|达|为|是|"
    r"有|共|涨至|增至|降至|升至|跌至|至|突破|近|其中|其余|另有|另|不|环比|同比|完成|实现|录得|"
    + _ZH_CHANGE
    + r"|平均|将|当天|当日|(?:一)?年内|(?:比|较)(?:去年|上年|上一年|前一年|前年|上月|上个月|前一周|上周|上届|"
    r"上季度)(?:同期)?)+$"
)
_ZH_CHANGE_VERB = factored(_ZH_CHANGE)
# (words that open the clause before what a figure counts: "预计封闭时间不少于14天")
_ZH_LEADING = factored(r"^(?:预计|目前|当前|已经|已|将|共|据|全年|今年|去年)")
_ZH_CUT = factored(r".*(?:位于|在|于|从|由|被|将|已|较|占(?!比))")
_ZH_LONGEST = 8
_ZH_PERIOD = factored(r".*(?:季度|半年|其中|今年|去年|明年|我国|单月|当月|本月|月份|年度)")


def _counts_zh(text: str, s: Sentence, start: int, end: int) -> Range | None:
    # (a change "from" one figure "to" another: both count what stands before "从", "票价从2元提高到3元")
    change = _ZH_FROM.search(text, max(s.start, start - 24), start)
    if change and (change.end() - change.start() > 1 or _ZH_TO.search(text, end, min(s.end, end + 8))):
        return _zh_before(text, s, change.start())
    unit = _ZH_UNIT.match(text, end, s.end)
    # (the counter "个" alone may be all the unit there is: "六十个座位")
    counter = _ZH_COUNTER.match(text, end, s.end)
    for at in dict.fromkeys(m.end() for m in (unit, counter) if m):
        at += text.startswith("的", at)
        hi = at
        # (a word's second character may be one that opens a verb's phrase elsewhere: "补给站", "和平"; "的" ends it)
        while hi < s.end and hi - at < _ZH_LONGEST and text[hi] not in _ZH_STOP and text[hi] != "的":
            if text[hi] in _ZH_VERB_OPENS and hi - at >= 2:
                break
            hi += 1
        one = hi - at == 1 and text.startswith("的", hi)  # ("四个县的十二个剧团")
        # (not a verb's phrase nor another figure: "约21%至约132万辆")
        opens = text[at] in _ZH_VERB_OPENS or text[at] in "至约达近" or re.search(r"[0-9０-９]", text[at:hi])
        if hi > at and (_COUNTED.match(text[at:hi]) or one) and not _ZH_TIME.match(text, at) and not opens:
            return at, hi
    found = _zh_before(text, s, start)
    if found:
        return found
    # (nothing before: what the figure does, up to a mark: "其中118人已安全升井")
    at = unit.end() if unit else end
    hi = at
    while hi < s.end and hi - at < _ZH_LONGEST and text[hi] not in _ZH_STOP:
        hi += 1
    return (at, hi) if _COUNTED.match(text[at:hi]) else None


def _zh_before(text: str, s: Sentence, start: int) -> Range | None:
    lo = start
    while lo > s.start and start - lo < 2 * _ZH_LONGEST and text[lo - 1] not in _ZH_STOP:
        lo -= 1
    # Past another number and its unit: "过去24小时降雨量" keeps "降雨量".
    raw = re.split(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|个)?(?:小时|天|日|周|月|年|时)?", text[lo:start])[-1]
    thing = _ZH_TRAILING.sub("", raw)
    # (a change keeps its verb after what changed, past a qualifier: "净利润同比下降38%" counts "净利润同比下降",
    # "搜索量环比上涨了45%" "搜索量环比上涨了"; what changed alone is read within the longest a label has)
    verb = None
    for changed in _ZH_CHANGE_VERB.finditer(raw, len(thing)):
        verb = changed
    chunk = thing
    cut = _ZH_CUT.match(chunk)
    if cut and cut.end() < len(chunk):
        chunk = chunk[cut.end() :]
    # (past a period or a whole named before it: "一季度汽车出口量", "其中新能源汽车占比")
    period = _ZH_PERIOD.match(chunk)
    if period and period.end() < len(chunk):
        chunk = chunk[period.end() :]
    chunk = _ZH_LEADING.sub("", chunk[-_ZH_LONGEST:])
    at = start - len(raw)
    # (a verb of change alone names nothing: "，同比增长21.3%" counts what the figure before it counts)
    return (at + len(thing) - len(chunk), at + (verb.end() if verb else len(thing))) if chunk else None


# (a noun after a figure in Chinese: two characters at least, none a mark)
_COUNTED = factored(r"[\u4e00-\u9fffA-Za-z0-9]{2,}")
