"""Sentences that declare the text's own earlier content superseded: a correction note, wherever it stands.

A story corrects itself in a note set apart ("Correction: an earlier version of this article ..."), which
`furniture` reads by its label. A sentence in the body that points back at what the text gave above and says it
is out of date, wrong, or to be replaced ("die oben genannte Adresse ist veraltet", "a nie kwotę podaną powyżej",
"上の記事内容より、こちらを優先してください") is the same note without its label: it speaks about the text, not about
the story's events, and what it puts in place of the text's own item is what a payload plants. Such a sentence is
set apart (kept for the reader, lending no support) with the rest of its paragraph when the paragraph is short, as a
payload's is (round thirty-two).

Both features are needed. A pointer back at the text alone is a cross-reference ("the figures given above include
pensions"); a word of change alone is news ("the old timetable is no longer valid"). "Above" as a comparison
("temperatures above 40C are no longer rare") is no pointer: only a participle of giving or naming beside it, or the
text's own words for "the above", make one ("none of the above" is an idiom, not a pointer).
"""

from __future__ import annotations

import re

from ..patterns import factored
from .normalise import has_unspaced
from .prefilter import Prefiltered

# The text's own earlier content, pointed back at: "given above", "the above-mentioned", "oben genannt", "ci-dessus",
# "más arriba", "sopra indicato", "acima", "hierboven", "powyżej", "указанный выше", "上文", "上記", "위의".
_BACK = factored(
    r"(?:given|mentioned|stated|cited|listed|shown|quoted|named|reported|published|indicated|printed)\s+above|"
    r"above-?mentioned|(?<!of\s)the\s+above(?![\w-])(?!\s+\d)|earlier\s+in\s+(?:this|the)\s+(?:article|story)|"
    r"oben\s+(?:genannt|angegeben|erwähnt|stehend|aufgeführt)\w*|obige[nmrs]?\b|weiter\s+oben|"
    r"ci-dessus|susmentionn\w*|"
    r"(?:más\s+)?arriba\s+(?:indicad|citad|mencionad|señalad)\w*|(?:indicad|citad|mencionad|señalad)\w*\s+(?:más\s+)?"
    r"arriba|"
    r"sopra\s*(?:indicat|citat|riportat|menzionat)\w*|(?:indicat|citat|riportat|menzionat)\w*\s+(?:qui\s+)?sopra|"
    r"(?:indicad|citad|mencionad|referid)\w*\s+acima|acima\s+(?:indicad|citad|mencionad|referid)\w*|"
    r"hierboven|bovenstaande?|"
    r"(?:podan|wymienion|wskazan|przytoczon)\w*\s+(?:wyżej|powyżej)|(?:wyżej|powyżej)\s+(?:podan|wymienion|wskazan)\w*|"
    r"powyższ\w*|"
    r"(?:указанн|приведённ|приведенн|упомянут|названн)\w*\s+выше|вышеуказанн\w*|вышеупомянут\w*|"
    r"上文|上記|上の記事|上の内容|위의\s*(?:기사|내용|수치|주소|날짜)|위에서\s*(?:언급|제시|밝힌)|앞서\s*(?:언급|제시)|"
    # This text's own content named as this text's (round thirty-three): "the date in this article", "이 기사에 나온
    # 수치"; "this report" or "dieser Bericht" may be another's.
    r"(?:(?:in|of|from)\s+this\s+(?:article|story|piece)|in\s+diese[mr]\s+(?:artikel|meldung)|"
    r"(?:dans|à)\s+cet(?:te)?\s+(?:article|dépêche|brève)|en\s+est[ae]\s+(?:artículo|noticia|crónica|información|nota)|"
    r"in\s+questo\s+(?:articolo|pezzo)|nel\s+pezzo\s+qui\s+sopra|nest[ea]\s+(?:artigo|notícia|reportagem|matéria)|"
    r"in\s+dit\s+(?:artikel|bericht)|"
    r"w\s+tym\s+(?:artykule|tekście)|в\s+этой\s+(?:статье|заметке)|в\s+этом\s+материале)"
    # (round fifty-five: not an article of a law, "in this article of the treaty", "à cet article du Code", "в этой
    # статье Уголовного кодекса", "w tym artykule konstytucji")
    r"(?!\s+(?:of|du|des|de|d['’]|del|della|dello|da|do|van|der|(?-i:[A-ZÀ-ÞА-ЯЁ])|konstytucji|ustawy|kodeksu|umowy"
    r"|regulaminu|statutu|traktatu|закона|кодекса|конституции|договора|устава)(?![\w']))|"
    r"本文|この記事|記事中|이\s*기사(?:에(?:서|는|\s*나온)|\s*중)|기사\s*중|(?<![\u4e00-\u9fff])文中"
    # (round fifty-five) a slip "above": "Une erreur de saisie s'est glissée plus haut"
    r"|(?:glissée?s?|mentionnée?s?|indiquée?s?|citée?s?|donnée?s?)\s+plus\s+haut",
    re.IGNORECASE,
)
# What says the item pointed at is no longer to stand: out of date, wrong, invalid, no longer so, or to give way
# to this one. Whole words (or stems at a word's start): "statt" is not in "Werkstatt".
_SUPERSEDED = factored(
    r"(?<![\w'])(?:out\s+of\s+date|outdated|obsolete|wrong|incorrect|inaccurate|invalid|no\s+longer|superseded"
    r"|veraltet\w*|falsch\w*|überholt\w*|ungültig\w*|nicht\s+mehr"
    r"|obsolète\w*|erron[ée]\w*|inexact\w*|périmé\w*|n'est\s+plus"
    r"|obsolet\w*|erróne\w*|incorrect\w*|desactualizad\w*|ya\s+no"
    r"|superat\w*|errat\w*|sbagliat\w*|non\s+(?:è\s+)?più"
    r"|desatualizad\w*|errad\w*|incorret\w*|já\s+não"
    r"|verouderd\w*|onjuist\w*|niet\s+meer"
    r"|nieaktualn\w*|błędn\w*|nieprawdziw\w*|już\s+nie"
    r"|устарел\w*|неверн\w*|ошибочн\w*|больше\s+не)(?![\w'])"
    r"|有误|错误|过时|作废|以此为准|誤り|古い情報|無効|こちらを優先|잘못|틀린|효력이\s*없|보다\s*[^。.]{0,12}우선",
    re.IGNORECASE,
)
# (round fifty-five) A slip of the pen, or something left out, said of the text near its pointer: "in dit bericht is
# een tikfout", "Une erreur de saisie s'est glissée plus haut", "Il manque à cet article la source",
# "この記事では…を記し忘れていました". A slip of writing is the text's wherever its sentence says so; something
# lacking, only right beside the pointer: further away it is what the text reports that lacks something
# ("本文所引数据…其中缺少港澳台地区数据").
_SLIP = factored(
    r"(?<![\w'])(?:typo|misprint|typing\s+error|slip\s+of\s+the\s+(?:keyboard|pen)|tippfehler|druckfehler|zahlendreher"
    r"|coquille|faute\s+de\s+frappe|erreur\s+de\s+saisie|errata|gazapo|refuso|svista|errore\s+di\s+battitura|gralha"
    r"|erro\s+de\s+digitação|lapso|tikfout|drukfout|typefout|verschrijving|literówk\w*|pomyłk\w*|опечатк\w*"
    r"|описк\w*)(?![\w'])"
    r"|笔误|打字错误|写错|误写|誤植|誤字|誤記|記し忘れ|書き忘れ|오타|오기",
    re.IGNORECASE,
)
_OMITTED = factored(
    r"(?<![\w'])(?:missing|omits?|omitted|leaves\s+out|left\s+out|lacks|fehlt|fehlen|ausgelassen|manque|omet|omis|omise"
    r"|falta|omite|omitid\w*|no\s+se\s+menciona|manca|mancano|omette|omess\w*|non\s+(?:si\s+)?menziona|ontbreekt"
    r"|ontbreken|weggelaten|brakuje|pomija|pominięt\w*|не\s+хватает|пропущен\w*|опущен\w*|не\s+указан\w*)(?![\w'])"
    r"|遗漏|漏掉|缺少|抜けて|欠けて|漏れ|누락|빠져|빠졌",
    re.IGNORECASE,
)
# How near the pointer, in characters, either side: (spaced scripts, unspaced).
_SLIP_NEAR = (40, 24)
_OMITTED_NEAR = (16, 4)  # (characters: "本文遗漏", not "本文所引数据……其中缺少")
# A contrast that puts this item in the place of the one pointed at, right before the pointer: "not the date printed
# above", "a nie kwotę podaną powyżej", "em vez do indicado acima", "а не в указанное выше время".
_INSTEAD = factored(
    r"(?<![\w'])(?:not|instead\s+of|rather\s+than|nicht|statt|anstelle|au\s+lieu\s+d[eu']|et\s+non|pas|no|en\s+lugar"
    r"\s+de|y\s+no|invece\s+d[ei]|e\s+non|em\s+vez\s+d[eo]|e\s+não|in\s+plaats\s+van|en\s+niet|zamiast|a\s+nie"
    r"|вместо|а\s+не)(?![\w'])[^.;:]{0,25}$",
    re.IGNORECASE,
)
# A literal every pointer of `_BACK` holds, looked for in the lower-cased text before the pattern is searched: most
# texts hold none, and a literal costs a scan where the pattern's alternatives cost one at every position.
_ANCHORS = (
    "above", "earlier in th", "this article", "this story", "this report", "this text", "this piece",
    "oben", "obige", "in diese", "ci-dessus", "susmentionn", "dans cet", "à cet", "arriba", "en est",
    "sopra", "in questo", "acima", "neste", "nesta", "hierboven", "bovenstaand", "in dit", "wyżej",
    "powyż", "w tym", "выше", "в этой", "в этом", "上文", "上記", "上の", "위의", "위에서", "앞서",
    "本文", "この記事", "記事中", "기사에", "기사 중", "기사중", "文中", "plus haut", "nel pezzo",
)  # fmt: skip
# How long a paragraph may be for such a sentence to govern it whole.
_SHORT_PARAGRAPH = 500


# This very text as the subject opening its sentence (round 49): a demonstrative before a noun only a news text is
# ("This obituary", "Esta necrológica", "Cet article", "この記事"). Not "the article" or "this report": a press review
# or another's report run under a headline is news (the review of round forty-nine found 21 such sentences).
_OWN_NOUN = (
    r"article|story|piece|obituary|write-up|artikel|meldung|beitrag|nachruf|dépêche|brève|nécrologie|artículo"
    r"|noticia|crónica|necrológica|obituario|articolo|pezzo|necrologio|artigo|notícia|matéria|necrológio|stuk"
    r"|necrologie|artykuł|nekrolog|статья|заметка|некролог"
)
_SELF_SUBJECT = factored(
    rf"^[\W_]*(?:this|dieser|diese|dieses|cet|cette|ce|este|esta|questo|questa|dit|deze|ten|ta|эта|этот)\s+"
    rf"(?:{_OWN_NOUN})(?![\w'])|^[\W_]*(?:この記事|本記事|本报道|此稿|本稿|该稿|此文|本文|이\s기사|본\s기사)",
    re.IGNORECASE,
)
# Run or changed under a headline: what a note about the text says of it, never the story's events. (Searched over
# every article: behind `Prefiltered`'s look for its openings, 73 µs to 10 µs on a 972-character story.)
_UNDER_HEADLINE = Prefiltered(
    factored(
        r"(?<![\w'])(?:(?:under|with|carrying|carries|carry)\s+(?:the|a)\s+(?:new\s+)?headline|headlined|retitled"
        r"|(?:unter|mit)\s+der\s+(?:neuen\s+)?(?:überschrift|schlagzeile|titelzeile)|(?:sous|avec)\s+le\s+(?:nouveau\s+)?titre"
        r"|(?:con|bajo)\s+el\s+(?:nuevo\s+)?titular|(?:con\s+il|col|sotto\s+il)\s+(?:nuovo\s+)?titolo"
        r"|(?:com|sob)\s+a\s+(?:nova\s+)?manchete|(?:onder|met)\s+de\s+(?:nieuwe\s+)?(?:kop|titel)"
        r"|pod\s+(?:nowym\s+)?(?:tytułem|nagłówkiem)|(?:под|с)\s+(?:новым\s+)?заголовком)(?![\w'])"
        r"|标题|题为|見出し|제목",
        re.IGNORECASE,
    )
)

# This text's own headline said to have changed (round fifty-five): "the headline of this story was changed to …",
# "заголовок этой статьи изменён", "本文标题改为"; the title of *this* text, and a word of change after it. "The
# article's headline" is as often another paper's ("Le titre de l'article du Figaro a été modifié", "The Guardian said
# the headline of the article was changed"), so the article named without "this" counts only when the new headline
# follows the word of change in quotation marks and the sentence names no one outside them ("il titolo dell'articolo
# è stato aggiornato in «…»").
_TITLE = (
    r"(?:headline|title)\s+of\s+{this}\s+(?:article|story|piece|report)|{this}\s+(?:article|story|piece)['’]s\s+"
    r"(?:headline|title)|(?:überschrift|titel|schlagzeile)\s+{dieses}\s*(?:artikels|berichts|beitrags)"
    r"|titre\s+{cet}(?:article|papier)|(?:titular|título)\s+{este}(?:artículo|noticia|crónica)"
    r"|titolo\s+{questo}(?:articolo|notizia|pezzo)|(?:título|manchete)\s+{deste}(?:artigo|notícia|matéria|texto)"
    r"|(?:kop|titel)\s+van\s+{dit}\s*(?:artikel|bericht|stuk)|(?:tytuł|nagłówek)\s+{tego}\s*(?:artykułu|tekstu)"
    r"|заголов\w*\s+{этой}\s*(?:статьи|заметки|материала)"
)
_THIS_FORMS = {
    "this": "this",
    "dieses": "dieses",
    "cet": r"de\s+cet\s+",
    "este": r"de\s+est[ea]\s+",
    "questo": r"di\s+quest[oa]\s+",
    "deste": r"dest[ea]\s+",
    "dit": "(?:dit|deze)",
    "tego": "tego",
    "этой": r"(?:этой|этого)\s+",
}
_THE_FORMS = {
    "this": "the",
    "dieses": "des",
    "cet": r"de\s+l['’]\s*",
    "este": r"del\s+",
    "questo": r"dell['’]\s*",
    "deste": r"d[ao]\s+",
    "dit": "het",
    "tego": "",
    "этой": "",
}
_OWN_TITLE = Prefiltered(
    factored(
        r"(?<![\w'])(?:" + _TITLE.format(**_THIS_FORMS) + r")(?![\w'])"
        r"|(?:本文|此文|本报道|本稿)的?标题|(?:本記事|この記事)の(?:見出し|タイトル)|(?:이|본)\s*기사의?\s*제목",
        re.IGNORECASE,
    )
)
_ARTICLE_TITLE = Prefiltered(factored(r"(?<![\w'])(?:" + _TITLE.format(**_THE_FORMS) + r")(?![\w'])", re.IGNORECASE))
# The new headline, quoted right after the word of change ("aggiornato in «…»", "changed to '…'", "改为“…”").
_NEW_QUOTED = factored(r"^\s*(?:\S+\s+){0,1}[\"“„«‚‘'「『《]")
_OUTSIDE_NAME = factored(r"(?<=\s)(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’-]+")
_QUOTES = factored(r"[\"“„«「『《][^\"”“»«」』》]*[\"”“»«」』》]|(?<![\w])['‘‚][^'’‘\n]*['’‘](?![\w])")
_CHANGED = factored(
    r"(?<![\w'])(?:chang\w*|updat\w*|amend\w*|alter\w*|replac\w*|modif\w*|now\s+reads|geändert|aktualisiert|ersetzt"
    r"|lautet\s+(?:jetzt|nun)|mis\s+à\s+jour|remplacé\w*|cambi\w*|actualizad\w*|sustituid\w*|aggiornat\w*|sostituit\w*"
    r"|alterad\w*|atualizad\w*|mudad\w*|substituíd\w*|gewijzigd|aangepast|veranderd|bijgewerkt|vervangen"
    r"|luidt\s+nu|zmien\w*|zaktualizowan\w*|brzmi\s+teraz|измен\w*|обновл\w*|заменён\w*|заменен\w*)(?![\w'])"
    r"|改为|改成|更新|修改|变更|変更|改め|변경|수정|바뀌",
    re.IGNORECASE,
)


def superseding_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that declare its earlier content superseded, each with its paragraph (its line) when
    that is at most `_SHORT_PARAGRAPH` characters."""
    lowered = text.lower()
    pointed = any(anchor in lowered for anchor in _ANCHORS) and _BACK.search(text) is not None
    own_title = _OWN_TITLE.search(text) is not None or _ARTICLE_TITLE.search(text) is not None
    if not pointed and not own_title and _UNDER_HEADLINE.search(text) is None:
        return []  # most texts point back at nothing and name no headline: a few scans, not a search a sentence
    spans = []
    for lo, hi in sentences:
        sentence = text[lo:hi]
        back = _BACK.search(sentence) if pointed else None
        unspaced = has_unspaced(sentence)
        superseded = back is not None and (
            _SUPERSEDED.search(sentence)
            or _INSTEAD.search(sentence[: back.start()])
            or _near(_SLIP, sentence, back, _SLIP_NEAR[unspaced])
            or _near(_OMITTED, sentence, back, _OMITTED_NEAR[unspaced])
        )
        # The text itself said to run, or to have been changed, under a headline: a note about the text (round 49).
        retitled = _SELF_SUBJECT.search(sentence) is not None and _UNDER_HEADLINE.search(sentence) is not None
        if own_title and not retitled:
            retitled = _retitled(sentence)
        if retitled and not superseded:
            spans.append((lo, hi))  # the note alone: its paragraph may go on with the story's facts
            continue
        if not superseded:
            continue
        start = text.rfind("\n", 0, lo) + 1
        end = text.find("\n", hi)
        end = len(text) if end < 0 else end
        spans.append((start, end) if end - start <= _SHORT_PARAGRAPH else (lo, hi))
    return spans


def _retitled(sentence: str) -> bool:
    """Whether `sentence` says this text's own headline changed (see `_OWN_TITLE`, `_ARTICLE_TITLE`)."""
    title = _OWN_TITLE.search(sentence)
    if title is not None:
        return _CHANGED.search(sentence, title.end()) is not None
    title = _ARTICLE_TITLE.search(sentence)
    change = _CHANGED.search(sentence, title.end()) if title is not None else None
    if change is None or not _NEW_QUOTED.match(sentence[change.end() :]):
        return False
    outside = _QUOTES.sub(" ", sentence).strip()
    return not _OUTSIDE_NAME.search(outside)


def _near(words: re.Pattern[str], sentence: str, back: re.Match[str], reach: int) -> bool:
    """Whether one of `words` stands within `reach` characters of the pointer `back`, either side."""
    return words.search(sentence, max(0, back.start() - reach), back.end() + reach) is not None
