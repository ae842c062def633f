"""Whoever does anything with this very news, told what to say, in Chinese, Japanese and Korean (round forty-six;
see `onward`).

`onward` reads the spaced languages: a free relative ("whoever", "chi", "кто") and this very text, then a verb of
writing with its wording. Chinese, Japanese and Korean name the same people by what they do with the news, as a
modifier of a noun or a clause of time or condition ("大家转发这条喜讯的时候", "この話をよそで取り上げる人は",
"이 소식을 이웃들과 나누신다면"), with verbs no list holds (转发, 传出去, 取り上げる, 語り継ぐ, 올리다, 퍼뜨리다,
나누다). What does not change is the order of the parts: this very news first, whatever is done with it, then a
request or a duty to say or write (一定要说, 务必说明, 書くべきだ, 써 주세요, 말씀해 주세요), and a fact to say (a
figure, a quoted title, a named body).

A story tells such things too, but as what a party said ("警方提醒：……", a quotation) or what people did with the
news; those are left to `features.reported` and to the quotation marks, outside which the request must stand. Seeing
or reading the news is taking it in ("看到这条消息的市民", "この記事を読んだ人"), not passing it on.
"""

from __future__ import annotations

from ..patterns import factored

# This very news: a demonstrative, a classifier or a word or two of description, and a noun for news, a story or a
# post ("这条喜讯", "此事", "この知らせ", "この話", "이 기쁜 소식", "이 얘기"). Not 本 or 此 inside a word (日本, 基本,
# 因此, 如此), nor the Korean subject particle 이 ("경찰이 일부 …"): the demonstrative stands alone, and 이 is spaced.
THIS_NEWS_UNSPACED = factored(
    r"(?<![日基版成资根剧样课书原文因如彼从在])(?:这|此)(?:条|则|篇|个|份|段)?[一-鿿]{0,2}?"
    r"(?:消息|新闻|报道|文章|稿件|稿子|喜讯|讯息|喜事|故事|帖子)"
    r"|(?:这件事|这事|此事)(?![故件先业务实])|本文|本(?:条|篇|则)?(?:消息|新闻|报道|報道|記事|稿)"
    r"|この(?:[\u3040-\u30ff\u4e00-\u9fff]{0,4}?)(?:お知らせ|知らせ|話|記事|ニュース|情報|報道|投稿)"
    r"|(?<![가-힣])이\s+(?:[가-힣]{1,4}\s+)?(?:얘기|이야기|소식|기사|글|내용|뉴스|사연)(?![가-힣]{2})"
)
# Taking the news in, right after it ("この記事を読んだ", "이 기사를 보신") or, in Chinese, right before it
# ("看到这条消息的", "读到这篇报道后").
_PERCEIVED = factored(
    r"^[^，,。、]{0,4}?(?:看到|看过|读到|读过|听到|听说|见到|読んだ|読む|見た|見る|聞いた|知った|보신|보고|본|읽은|읽으신|들은|들으신)"
)
_PERCEIVED_BEFORE = factored(r"(?:看到|看过|读到|读过|听到|听说|见到|看了|读了)$")
# A request or a duty to say or write, opening its own clause after the news and closing its sentence: Chinese
# "，一定要说", "，能不能务必说明", "，麻烦写明" (a party's request reported in the story's voice, "市卫健委提醒市民
# 一定要说清楚", "区教育局要求各校必须写明", opens no clause); Japanese "書くべきだ。", "書き記してください。" (not
# "…してほしいと要望した", "…べきではない"); Korean "꼭 써 주세요.", "말씀해 주세요" (not a reported "달라고 요구했다").
_TOLD = factored(
    r"(?:^|[，,：:；;])\s*(?:大家|你们|您|你|各位|诸位)?(?:一定要|一定|务必|请|记得|别忘了?|千万|必须|一律|麻烦|能不能|可否"
    r"|最好)[^。！？!?，,]{0,4}?(?:说|写|注明|说明|提到|告诉|讲|介绍|写明|标注|写成|说成)"
    # (round fifty-six) "请将受损屋顶的数量读作2160处": a value to read out or record as
    r"|(?:请|务必|一律|须)将[^。！？!?，,]{0,16}?(?:读作|读成|念作|记为|记作|写为|写作|标为|表述为|播报为)"
    r"|(?:書|記|言|伝え|紹介|呼|触れ|記載|明記)(?:いて|して|って|えて|んで|れて|き記して)(?:おいて)?"
    r"(?:ください|下さい|ほしい|欲しい|もらいたい|いただきたい|くれ)(?=[。！!？?]|\s*$)"
    r"|(?:書|記|言|伝え|紹介|呼|記載|明記)(?:く|す|う|える|ぶ|する)べき(?:だ|です)?(?=[。！!]|\s*$)"
    r"|(?:써|적어|알려|말씀해|밝혀|전해|소개해|불러|언급해|기록해|표기해|말해)\s*(?:주세요|주십시오|주시기\s*바랍니다"
    r"|주셔야\s*(?:합니다|해요)|주길\s*바랍니다|줘요?)(?=\s*[.!?。！？…~]|\s*$)"
)
# A fact to say: a figure, a quoted term, a Latin name of two capitalised words, or a named body.
_FACT = factored(
    r"\d|[«„“\"「『‘]|(?<![\w])'[^']{2,}'|[一二三四五六七八九十百千万]{2,}|(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    r"|[\u4e00-\u9fff]{2,4}(?:院|局|所|部|会|厅|委|署)"
)
_QUOTES = factored(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』")


def tells_unspaced(sentence: str) -> bool:
    """Whether `sentence`, in Chinese, Japanese or Korean, names this very news, then what someone does with it, and
    asks or obliges them to say or write a fact (see the module's doc)."""
    if not _FACT.search(sentence):
        return False
    # (what quotation marks hold is its speaker's: the request must stand outside them; offsets kept)
    own = _QUOTES.sub(lambda m: "\u3000" * len(m.group(0)), sentence)
    for news in THIS_NEWS_UNSPACED.finditer(own):
        if _PERCEIVED.search(own[news.end() :]) or _PERCEIVED_BEFORE.search(own, 0, news.start()):
            continue
        told = _TOLD.search(own, news.end())
        if told and _FACT.search(sentence, news.end()):
            return True
    return False
