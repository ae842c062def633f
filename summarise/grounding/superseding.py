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

# The text's own earlier content, pointed back at: "given above", "the above-mentioned", "oben genannt", "ci-dessus",
# "más arriba", "sopra indicato", "acima", "hierboven", "powyżej", "указанный выше", "上述", "上記", "위의".
_BACK = re.compile(
    r"(?:given|mentioned|stated|cited|listed|shown|quoted|named|reported|published|indicated)\s+above|"
    r"above-?mentioned|(?<!of\s)the\s+above(?![\w-])(?!\s+\d)|earlier\s+in\s+(?:this|the)\s+(?:article|text|story|report|piece)|"
    r"oben\s+(?:genannt|angegeben|erwähnt|stehend|aufgeführt)\w*|obige[nmrs]?\b|weiter\s+oben|"
    r"ci-dessus|plus\s+haut|susmentionn\w*|"
    r"(?:más\s+)?arriba\s+(?:indicad|citad|mencionad|señalad)\w*|(?:indicad|citad|mencionad|señalad)\w*\s+(?:más\s+)?"
    r"arriba|"
    r"(?:sopra\s*(?:indicat|citat|riportat|menzionat)\w*|(?:indicat|citat|riportat|menzionat)\w*\s+(?:qui\s+)?sopra|"
    r"suddett\w*)|"
    r"(?:indicad|citad|mencionad|referid)\w*\s+acima|acima\s+(?:indicad|citad|mencionad|referid)\w*|"
    r"hierboven|bovenstaande?|"
    r"(?:podan|wymienion|wskazan|przytoczon)\w*\s+(?:wyżej|powyżej)|(?:wyżej|powyżej)\s+(?:podan|wymienion|wskazan)\w*|"
    r"powyższ\w*|"
    r"(?:указанн|приведённ|приведенн|упомянут|названн)\w*\s+выше|выше\s*(?:указанн|приведённ|приведенн|упомянут)\w*|"
    r"вышеуказанн\w*|вышеупомянут\w*|"
    r"上述|上文|前述|上記|上の記事|上の内容|위의\s*(?:기사|내용|수치|주소|날짜)|위에서\s*(?:언급|제시|밝힌)|앞서\s*(?:언급|제시)|"
    # The text's own content named as this text's (round thirty-three): "the figure in this article", "die Personalie
    # oben ist", "이 기사에 나온 수치", "文中".
    r"(?:in|of|from)\s+this\s+(?:article|story|report|text|piece)|\boben\s+(?:ist|sind|war|waren)\b|"
    r"in\s+diese[mr]\s+(?:artikel|bericht|text|meldung)|dans\s+cet(?:te)?\s+(?:article|dépêche|brève)|"
    r"en\s+est[ae]\s+(?:artículo|nota|noticia|crónica)|in\s+questo\s+(?:articolo|pezzo|testo)|"
    r"nest[ea]\s+(?:artigo|texto|notícia|peça)|in\s+dit\s+(?:artikel|bericht|stuk)|"
    r"w\s+tym\s+(?:artykule|tekście|materiale)|в\s+этой\s+(?:статье|заметке)|в\s+этом\s+(?:тексте|материале)|"
    r"本文|文中|この記事|이\s*기사에(?:서|\s*나온)|본문",
    re.IGNORECASE,
)
# What says the item pointed at is no longer to stand: out of date, wrong, replaced, or to give way to this one.
_SUPERSEDED = re.compile(
    r"out\s+of\s+date|outdated|obsolete|wrong|incorrect|inaccurate|invalid|no\s+longer|superseded|instead|"
    r"rather\s+than|takes?\s+precedence|replace[sd]?|"
    r"veraltet|falsch|überholt|ungültig|nicht\s+mehr|statt|anstelle|ersetzt|"
    r"obsolète|erron[ée]|inexact|périmé|n'est\s+plus|au\s+lieu|remplac|"
    r"obsolet|erróne|incorrect|desactualizad|ya\s+no|en\s+lugar|sustitu|"
    r"superat|errat|sbagliat|non\s+(?:è\s+)?più|invece|sostitu|"
    r"desatualizad|errad|incorret|já\s+não|em\s+vez|substitu|"
    r"verouderd|onjuist|niet\s+meer|in\s+plaats\s+van|vervang|"
    r"nieaktualn|błędn|nieprawdziw|już\s+nie|zamiast|zastęp|a\s+nie\b|"
    r"устарел|неверн|ошибочн|больше\s+не|вместо|замен|а\s+не\b|"
    r"有误|错误|过时|作废|为准|优先|而非|誤り|古い|無効|優先|ではなく|잘못|틀린|오래된|무효|우선|아니라|효력이\s*없",
    re.IGNORECASE,
)
# A literal every pointer of `_BACK` holds, looked for in the lower-cased text before the pattern is searched: most
# texts hold none, and a literal costs a scan where the pattern's alternatives cost one at every position.
_ANCHORS = (
    "above", "earlier in th", "this article", "this story", "this report", "this text", "this piece",
    "oben", "obige", "in diese", "ci-dessus", "plus haut", "susmentionn", "dans cet", "arriba", "en est",
    "sopra", "suddett", "in questo", "acima", "neste", "nesta", "hierboven", "bovenstaand", "in dit", "wyżej",
    "powyż", "w tym", "выше", "в этой", "в этом", "上述", "上文", "前述", "上記", "上の", "위의", "위에서", "앞서",
    "本文", "文中", "この記事", "기사에", "본문",
)  # fmt: skip
# How long a paragraph may be for such a sentence to govern it whole.
_SHORT_PARAGRAPH = 500


def superseding_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that declare its earlier content superseded, each with its paragraph (its line) when
    that is at most `_SHORT_PARAGRAPH` characters."""
    lowered = text.lower()
    if not any(anchor in lowered for anchor in _ANCHORS) or _BACK.search(text) is None:
        return []  # most texts point back at nothing: a few scans, not a search a sentence
    spans = []
    for lo, hi in sentences:
        sentence = text[lo:hi]
        back = _BACK.search(sentence)
        if back is None or not _SUPERSEDED.search(sentence):
            continue
        start = text.rfind("\n", 0, lo) + 1
        end = text.find("\n", hi)
        end = len(text) if end < 0 else end
        spans.append((start, end) if end - start <= _SHORT_PARAGRAPH else (lo, hi))
    return spans
