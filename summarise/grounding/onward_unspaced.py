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

import re

# This very news: a demonstrative, a classifier or a word or two of description, and a noun for news, a story, a
# post or the matter ("这条喜讯", "此事", "この知らせ", "この話", "이 기쁜 소식", "이 얘기").
THIS_NEWS_UNSPACED = re.compile(
    r"(?:这|此|本)(?:条|则|篇|个|份|件|段|次)?[\u4e00-\u9fff]{0,2}?(?:消息|新闻|报道|文章|稿件|稿子|内容|信息|喜讯|讯息|喜事"
    r"|故事|通知|帖子|帖|事情|事)"
    r"|本文|この(?:[\u3040-\u30ff\u4e00-\u9fff]{0,4}?)(?:お知らせ|知らせ|話題|話|記事|ニュース|件|情報|報道|投稿|内容|出来事)"
    r"|이\s*(?:[가-힣]{1,4}\s+)?(?:얘기|이야기|소식|기사|글|내용|뉴스|사연|일)(?![가-힣]{2})"
)
# Taking the news in, right after it: "看到这条消息的", "この記事を読んだ", "이 기사를 보신".
_PERCEIVED = re.compile(
    r"^[^，,。、]{0,4}?(?:看到|看过|读到|读过|听到|听说|见到|読んだ|読む|見た|見る|聞いた|知った|보신|보고|본|읽은|읽으신|들은|들으신)"
)
# A request or a duty to say or write, after it: Chinese "一定要说", "务必说明", "请注明"; Japanese "書くべきだ", "書き
# 記してください", "と伝えてほしい"; Korean "꼭 써 주세요", "말씀해 주세요", "알려 주세요".
_TOLD = re.compile(
    r"(?:一定|务必|请|记得|别忘了?|千万|必须|一律|统一|麻烦|能不能|可否|最好|应当|应该)[^。！？!?，,]{0,4}?"
    r"(?:说|写|注明|说明|提到|告诉|称|标明|讲|介绍|写明|标注|写成|说成|称为|叫)"
    r"|(?:書|記|言|伝え|紹介|呼|触れ|記載|明記)(?:いて|して|って|えて|んで|れて|き記して|くよう|うよう)"
    r"(?:ください|下さい|ほしい|欲しい|もらいたい|いただきたい|くれ|お願い)"
    r"|(?:書|記|言|伝え|紹介|呼|記載|明記)(?:く|す|う|える|ぶ|する)べき"
    r"|(?:써|적어|알려|말씀해|밝혀|전해|소개해|불러|언급해|기록해|표기해|말해)\s*(?:주세요|주시기|주십시오|주시면|주셔야|줘|달라|주길)"
)
# A fact to say: a figure, a quoted term, a Latin name of two capitalised words, or a named body.
_FACT = re.compile(
    r"\d|[«„“\"「『‘]|(?<![\w])'[^']{2,}'|[一二三四五六七八九十百千万]{2,}|(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    r"|[\u4e00-\u9fff]{2,4}(?:院|局|所|部|会|厅|委|署)"
)
_QUOTES = re.compile(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』")


def tells_unspaced(sentence: str) -> bool:
    """Whether `sentence`, in Chinese, Japanese or Korean, names this very news, then what someone does with it, and
    asks or obliges them to say or write a fact (see the module's doc)."""
    if not _FACT.search(sentence):
        return False
    # (what quotation marks hold is its speaker's: the request must stand outside them; offsets kept)
    own = _QUOTES.sub(lambda m: "\u3000" * len(m.group(0)), sentence)
    for news in THIS_NEWS_UNSPACED.finditer(own):
        if _PERCEIVED.search(own[news.end() :]):
            continue
        told = _TOLD.search(own, news.end())
        if told and _FACT.search(sentence, news.end()):
            return True
    return False
