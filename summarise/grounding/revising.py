"""A sentence in the story's own voice that revises the story's account, bringing in what nothing else gives.

A payload need not address anyone: it can be one more sentence of the story, saying that the count was later
revised ("Nel pomeriggio il conteggio è stato rivisto: gli sfollati sono 1.900"), that the figure in fact came from
someone else ("Wie später bekannt wurde, stammte die Information ursprünglich vom Verbraucherportal Warnblick
Nord"), or that the piece now runs under another headline. Such a sentence reads like a genuine update, and code
cannot tell the two apart: what it can tell is that the article then holds two accounts of one matter, the one it
tells and the one a lone sentence puts in its place. Which holds, the article does not settle, so the revising
sentence is set apart (kept for the reader, lending no support: see `hostile.Screen`), and an item only it gives
is listed as not verified, with the reason. A genuine update loses the same: its new count is shown, apart.

A sentence revises when it has both:

- a word of revision: a verb or participle of revising or correcting, after its auxiliary where the bare word means
  something else ("è stato rivisto", "foi atualizada", "zaktualizowano", "修正された", "수정됐다"), figures brought
  up to date ("cifras actualizadas", "по уточнённым данным"), a word setting what is so against what was said ("in
  fact", "in realtà", "na verdade", "実は", "실제로는"), what became known later ("wie später bekannt wurde", "se
  supo", "выяснилось"), or a later or final count ("späteren Zählung", "bilan définitif"). Not a later confirmation
  ("Позже в мэрии подтвердили …", "随后证实"), which genuine stories write as often as payloads: `contested` reads
  the one that a story leaves open;
- something the rest of the article never gives: a qualifier on a value it gives otherwise ("più di 350" where it
  says "circa 350"); a new number where the rest gives another number of the same thing (a sentence of the rest
  with a number shares a content word with this one: "the driver was 34" replaces nothing the story counts); a
  name of two capitalised words, a body by its noun ("областной центр статистики") or a quoted title; in Chinese,
  Japanese and Korean, a name by its office or honorific, or a body by its ending ("研究院", "연구소").

It must speak of what the article tells elsewhere (a number or a content word in common, or a figure or a claim
pointed back at: "Liczbę tę w rzeczywistości opracował …", "Il dato è stato in realtà elaborato …"), must not show
what it replaces (two values, "from about 1,200 to about 800", or "previously", "earlier", "ранее", "此前": a
correction that says which account holds), must not be credited to a party (a reporting clause, "…, según la AEMET",
or a named agent near the verb of revising, "rivista a 4,0 dall'Istituto …": the party's revision, which the story
reports), and must not be a quotation (a word of revision inside quotation marks is the speaker's) or a note about
the text itself ("This article was updated …", read by `superseding`). A review with fresh eyes found the genuine
forms that remain: an uncredited "in fact" that brings in a name ("Later bleek dat …", "実は、…") is set apart.
"""

from __future__ import annotations

import re

from ..patterns import factored
from .brief import units
from .contested import _FUNCTION
from .features import features, reported
from .normalise import unspaced
from .numbers import find_figures
from .prefilter import Prefiltered
from .superseding import _SELF_SUBJECT

# A word of revising or correcting: a participle after its auxiliary where the bare word means something else
# ("revisado" is also "inspected", "rivista" a magazine), "уточнённые данные" but not "уточнили" (a reporting verb;
# a later one, "Позже организаторы уточнили", is a later count: `_LATER_WHAT`).
_REVISED = (
    r"revised|corrected|amended|rectified|(?:was|were|been)\s+updated|revidiert\w*|korrigiert\w*"
    r"|berichtigt\w*|nach\s+(?:oben|unten)\s+(?:korrigiert|angepasst)\w*|révisée?s?|corrigée?s?|rectifiée?s?"
    r"|revue?s?\s+à\s+la\s+(?:hausse|baisse)|(?:fue|fueron|ha\s+sido|han\s+sido|se)\s+(?:\w+\s+)?(?:revisad|corregid"
    r"|rectificad)[oa]s?|corrigió|rectificó|(?:è|sono|è\s+stat[oa]|sono\s+stat[ie]|viene|vengono)\s+(?:\w+\s+)?"
    r"(?:rivist|corrett|rettificat)[oaie]|(?:foi|foram|tinha\s+sido)\s+(?:\w+\s+)?(?:revist|corrigid|retificad)[oa]s?"
    r"|reviu|corrigiu|retificou|herzien\w*|gecorrigeerd\w*|bijgesteld\w*|rechtgezet|skorygowan\w*|poprawion\w*"
    r"|zrewidowan\w*|skorygował\w*|пересмотрен\w*|пересмотрел\w*|исправлен\w*|исправил\w*|скорректир\w*"
    r"|уточн[её]нн\w*"
    # figures or a version brought up to date: "Cifras actualizadas", "versione aggiornata dei dati"
    r"|(?:updated|revised)\s+(?:figures|data|numbers|count|version)|(?:cifras|datos|números|balance)\s+actualizad[oa]s"
    r"|(?:dati|cifre|numeri|versione)\s+aggiornat[aie]|(?:dados|números|balanço)\s+atualizad[oa]s|zaktualizowano"
    r"|(?:foi|foram)\s+(?:\w+\s+)?atualizad[oa]s?|(?:final|definitive|définitif|définitive|definitivo|definitiva"
    r"|endgültige\w*|definitieve|ostateczn\w*|окончательн\w*)\s+(?:count|tally|toll|figures?|bilan|balance|balanço"
    r"|bilancio|conteggio|contagem|recuento|zählung|bilanz|telling|cijfers|liczba|bilans|данн\w*|число|подсч\w*)"
    r"|données\s+actualisées|bijgewerkte\s+cijfers|zaktualizowan\w+\s+dan\w+|aktualisierte[nr]?\s+(?:zahlen|angaben"
    r"|fassung)|обновл[её]нн\w+\s+данн\w+"
)
# What is so set against what was said, and what became known only later.
_REALLY = (
    r"in\s+fact|in\s+reality|in\s+truth|it\s+(?:later\s+)?emerged|(?:became|was\s+later)\s+known"
    r"|tatsächlich|in\s+wahrheit|in\s+wirklichkeit|stellte\s+sich\s+(?:\w+\s+)?heraus|sich\s+herausstellte|(?:später|nachträglich)\s+bekannt\s+wurde|en\s+réalité"
    r"|s'est\s+avéré\w*|en\s+realidad|se\s+supo|in\s+realtà|si\s+è\s+(?:poi\s+)?(?:saputo|scoperto|appreso)|è\s+emers[oa]"
    r"|na\s+verdade|na\s+realidade|soube-se|revelou-se|in\s+werkelijkheid|(?:later|achteraf)\s+bleek|bleek\s+(?:later"
    r"|achteraf)|w\s+rzeczywistości|w\s+istocie|(?:później|potem)\s+okazało\s+się|okazało\s+się\s+(?:później|potem)|на\s+самом\s+деле|в\s+действительности|выяснилось"
    r"|sich\s+später\s+zeigte|zeigte\s+sich\s+später"
    # Where a source's item first came from: "stammte ursprünglich vom", "originally from".
    r"|(?:ursprünglich|originally|originalmente|originariamente|oorspronkelijk|pierwotnie|первоначально|изначально)"
    r"\s+(?:vo[nm]|from|de|del|da|dal|do|van|od|от)"
)
# A count, figures or a source that came later: "a later count", "later traced to", "Według późniejszych danych".
_LATER = (
    r"later|subsequently|später\w*|nachträglich|plus\s+tard|más\s+tarde|posteriormente|in\s+seguito|successivamente"
    r"|mais\s+tarde|achteraf|później|późniejsz\w*|позже|позднее|впоследствии"
)
_LATER_WHAT = (
    r"count\w*|tally|recount\w*|zählung|comptage|recuento|conteo|conteggio|contagem|telling|hertelling|liczeni\w*"
    r"|подсч[её]т\w*|number|figures|toll|total|traced|attributed|credited|daten|data|cijfers|données|datos|dati|dados"
    r"|danych|данн\w*|уточн\w*"
)
_CUE = Prefiltered(
    factored(
        rf"(?<![\w'])(?:{_REVISED}|{_REALLY}|(?:{_LATER})\s+(?:\w+\s+){{0,3}}?(?:{_LATER_WHAT})"
        rf"|(?:{_LATER_WHAT})\s+(?:\w+\s+){{0,2}}?(?:{_LATER}))(?![\w'])"
        r"|随后更新|更新为|最终统计|最終集計|최종\s*집계|수정됐|修正された|後に分かった|のちに判明|更正后|后来补充|据后来|最新统计|实际上|事实上|其实|訂正|実際には|(?<!事)実は|判明|その後の集計|정정됐|바로잡"
        r"|실제로는|사실은|밝혀졌다|이후\s*집계",
        re.IGNORECASE,
    )
)
# A figure or a claim pointed back at, which speaks of what the article tells as a number or a word in common does
# ("Liczbę tę w rzeczywistości opracował …", "Il dato è stato in realtà elaborato …"; round fifty-two): a
# demonstrative or a definite article and a noun of a count or a statement.
_BACK = Prefiltered(
    factored(
        r"(?<![\w'])(?:"
        # en
        r"(?:the|this|that|these|those)\s+(?:\w+\s+)?(?:figures?|numbers?|count|tally|estimates?|data|statistics"
        r"|claims?|statements?|allegations?|accusations?|assertions?|information|remarks?)"
        # de
        r"|(?:die|diese|der|dieser|das|dieses|jene[rs]?)\s+(?:\w+\s+)?(?:zahl(?:en)?|angaben?|zählung|schätzung|daten|statistik"
        r"|behauptung|aussage|vorwurf|vorwürfe|information(?:en)?|äußerung|pläne|erhebung)"
        # fr
        r"|(?:l['’]\s*|(?:le|la|les|ce|cet|cette|ces)\s+)(?:\w+\s+)?(?:chiffres?|nombres?|bilan|comptage|estimations?|données"
        r"|statistiques|affirmations?|déclarations?|accusations?|informations?|propos)"
        # es, it, pt
        r"|(?:l['’]\s*|(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|il|lo|i|le|questo|questa|questi|queste|quel"
        r"|quella|quei|quelle|o|a|os|as|estes|esse|essa|esses|essas|dich[oa]s?)\s+)(?:\w+\s+)?(?:cifras?|cifre|números?|numer[oi]"
        r"|recuento|conteggio|contagem|balance|bilancio|balanço|estimaci[oó]n|stima|estimativa|datos|dat[oi]|dados"
        r"|estad[ií]sticas|statistiche|estatísticas|afirmaci[oó]n|affermazione|afirmação|declaraci[oó]n"
        r"|dichiarazione|declaração|acusaci[oó]n|accusa|acusação|informaci[oó]n|informazione|informação|denuncia"
        r"|denúncia|frase|notizia)"
        # nl
        r"|(?:de|het|dit|deze|die|dat)\s+(?:\w+\s+)?(?:cijfers?|getal(?:len)?|aantal|telling|schatting|gegevens|data|bewering"
        r"|uitspraak|beschuldiging|informatie|verklaring)"
        # pl
        r"|(?:ta|te|ten|tę|tych|tej|tego)\s+(?:\w+\s+)?(?:liczb\w*|dane|danych|szacun\w*|twierdzeni\w*|wypowied\w*"
        r"|oskarżeni\w*|informacj\w*)|(?:liczb\w*|dane|danych|informacj\w*)\s+t[aeęy]\w*|podan\w+\s+liczb\w*|wyliczeni\w*|informacj\w+\s+o"
        # ru
        r"|(?:эт[аиоуе]\w*|данн[аыо]\w*|указанн\w*)\s+(?:\w+\s+)?(?:цифр\w*|числ\w*|данн\w*|подсч\w*|оценк\w*|заявлени\w*"
        r"|утверждени\w*|обвинени\w*|информаци\w*|сведени\w*)"
        r")(?![\w'])"
        r"|(?:这一|这个|这项|该|此|上述|这些)(?:数字|数据|人数|统计|说法|主张|指控|消息)"
        r"|(?:この|その|これらの|同|上記の)(?:数値|数字|人数|データ|統計|主張|発言|指摘|情報)|という(?:数字|数値|主張)"
        r"|(?:이|그|이러한|해당|같은)\s?(?:수치|숫자|인원|통계|데이터|주장|발언|의혹|정보)|(?:관중|인원|참석자)\s?수는",
        re.IGNORECASE,
    )
)

# What tells a correction that shows what it replaces ("revised from about 1,200 to about 800", "first given as
# four", "Ranee my soobshchali"): the article then says itself which account holds.
_SHOWN = factored(
    r"(?<![\w'])(?:previously|earlier|first\s+(?:given|reported|said|stated)|früher\w*|zuvor|vorher|précédemment"
    r"|auparavant|anterior\w*|in\s+precedenza|precedentemente|eerder|wcześniej|ранее|прежде)(?![\w'])"
    r"|此前|之前|先に|앞서|이전",
    re.IGNORECASE,
)
# The agent of a revision, named, near its verb ("vom" or "dalla" elsewhere is where a thing came from): "by the
# Harwick Almanac Society", "dall'Istituto", "vom Deutschen GFZ".
_AGENT = factored(
    r"(?<![\w'])(?:by|dall['’]|dal|dalla|dai|vom|von\s+der|von\s+dem|par\s+l['’]|par\s+l[ae]|por\s+el|por\s+la|pelo|pela"
    r"|door\s+de|door\s+het|przez)\s*(?:the\s+)?[A-ZÀ-ÞА-ЯЁ]"
)
# A sentence that opens a quotation is a speaker's words, not the story's revision.
_QUOTED = factored(r"^[\s*_>#-]*[\"“„«‘'「『]")
_INNER_QUOTE = factored(r"[\"“„«「『][^\"“”»」』\n]*[\"”“»」』]")
_DIGITS = factored(r"\d(?:[\d.,\u00a0\u202f\u2009' ]*\d)?")
# A title in quotation marks or brackets: "«El último luthier deja un taller»", "《…》", "「…」".
_TITLE = factored(r"[«„“\"《「『]([^»“”\"》」』\n]{6,})[»“”\"》」』]")
# A name in a spaced script: two capitalised words in a row, or joined by "of", "di", "de" ("Warnblick Nord",
# "Soprintendenza di Valdimonte"), not opening the sentence; one capitalised word would be any German noun.
_NAME = factored(
    r"(?<=[\s(,;:–—'’-])[A-ZÀ-ÞА-ЯЁ][\w'-]+(?:\s+(?:(?:&|of|di|de|du|del|della|des|do|da|van|von)\s+)?[A-ZÀ-ÞА-ЯЁ][\w'-]+)+"
)
# A name or a body in Chinese, Japanese or Korean: after an office or an expert's title, before an honorific, or a
# body by its ending ("专家龚德元", "大槻修平氏", "省水利设计研究院", "경찰청").
_UNSPACED_NAME = factored(
    r"(?:专家|教授|研究员|所长|院长|主任|局长|课长|課長|部長|署長|처장|과장|국장|팀장)([\u4e00-\u9fff\uac00-\ud7af]{2,3})"
    r"|([\u4e00-\u9fff]{2,4})(?:氏|さん)|([\uac00-\ud7af]{2,4})\s?씨"
    r"|([\u4e00-\u9fff]{2,8}(?:研究院|研究所|协会|協会|中心|委员会|委員会|基金会|公司|会社|学会|研究会))"
    r"|([\uac00-\ud7af]{2,8}(?:연구원|연구소|협회|위원회|재단|센터))"
)


# A body by its noun, in scripts that write it in lower case ("областной центр статистики", "the regional
# observatory"): new when the rest never writes the noun.
_BODY = factored(
    r"(?<!\w)(?:centr\w*|center|zentr\w*|institut\w*|instytut\w*|agenc\w*|agentur\w*|agentschap|служб\w*"
    r"|bureau|büro|biur\w*|observato\w*|обсерватор\w*|лаборатор\w*|laborator\w*|фонд\w*|stiftung|fundaç\w*"
    r"|fundaci\w*|fondazion\w*|associa\w*|verein\w*|vereniging|stowarzysz\w*|ассоциац\w*|институт\w*|центр\w*"
    r"|агентств\w*|управлени\w*|комитет\w*|комисси\w*|инспекци\w*|gabinet\w*|oficin\w*|uffici[oi])(?![\w'])",
    re.IGNORECASE,
)


_SENTENCE = factored(r"(?<=[.!?。！？])\s+|\n+")


def written_numbers(text: str) -> set[str]:
    """The numbers `text` writes in digits, separators taken out ("1.900" and "1 900" are "1900")."""
    return {re.sub(r"\D", "", m.group(0)) for m in _DIGITS.finditer(text)}


def _figures(text: str) -> set[tuple[float, str | None]]:
    return {(round(f.value, 6), f.qualifier) for f in find_figures(text)}


def _content(text: str) -> set[str]:
    # (a short word is no content in any spaced script: "è", "в", "für"; in one without spaces, a pair is)
    return {u[:5] for u in units(text) if len(u) >= 4 or unspaced(u[0])} - _FUNCTION


def _counted_elsewhere(sentence: str, rest: str) -> bool:
    """Whether a sentence of `rest` that gives a number shares a content word with `sentence`."""
    words = _content(_DIGITS.sub(" ", sentence))
    return any(_DIGITS.search(other) and words & _content(_DIGITS.sub(" ", other)) for other in _SENTENCE.split(rest))


def _new(sentence: str, rest: str) -> bool:
    """Whether `sentence` gives a number, a name or a title that `rest` (the article without it) never gives, and
    does not also give what it replaces (two values: "from about 1,200 to about 800")."""
    figures, elsewhere = _figures(sentence), _figures(rest)
    if len({value for value, _ in figures}) >= 2:
        return False
    # A figure with a qualifier that no other mention of its value has ("más de 40" where the story says "unos 40").
    values = {value for value, _ in elsewhere}
    if any(qualifier and value in values and (value, qualifier) not in elsewhere for value, qualifier in figures):
        return True
    # A new value, or a longer number find_figures leaves out as a date and that is not a year (a new day of the
    # month alone, "am 14. März", is not a count), where the story gives another number of the same thing: a
    # sentence of the rest with a number shares a content word with this one ("640 persone … sfollati" against
    # "gli sfollati sono 1.900"). A new number of its own ("the driver was 34") replaces nothing the story counts.
    longer = [n for n in written_numbers(sentence) - written_numbers(rest) if len(n) >= 3]
    if (
        any(value not in values for value, _ in figures)
        or any(not (n.startswith(("19", "20")) and len(n) == 4) for n in longer)
    ) and _counted_elsewhere(sentence, rest):
        return True
    if any(m.group(1).strip().lower() not in rest.lower() for m in _TITLE.finditer(sentence)):
        return True
    return new_party(sentence, rest) is not None


def new_party(sentence: str, rest: str) -> str | None:
    """A name of `sentence` that `rest` never gives: two capitalised words, a body by its noun, or in Chinese,
    Japanese and Korean a name by its office or honorific, a body by its ending."""
    lowered, said = rest.lower(), sentence.strip()
    for m in _NAME.finditer(said):
        if m.group(0).lower() not in lowered:
            return m.group(0)
    for m in _BODY.finditer(sentence):
        if m.group(0)[:5].lower() not in lowered:
            return m.group(0)
    for m in _UNSPACED_NAME.finditer(sentence):
        if (name := next(g for g in m.groups() if g)) not in rest:
            return name
    return None


def revised_spans(story: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `story` (its spans in `sentences`) that revise its account with something nothing else in
    it gives (see the module's docstring)."""
    if _CUE.search(story) is None:
        return []  # most stories revise nothing: one scan, not a search a sentence
    spans = []
    for lo, hi in sentences:
        sentence = story[lo:hi]
        # A word of revision inside a quotation is the speaker's ("…빨리 밝혀졌으면 좋겠다"고 말했다).
        if not sentence.strip() or _QUOTED.match(sentence) or _CUE.search(_INNER_QUOTE.sub(" ", sentence)) is None:
            continue
        # A note about the text itself ("This article was updated ...") is `superseding`'s; one that shows what it
        # replaces is the article's own correction.
        if _SELF_SUBJECT.search(sentence) or _SHOWN.search(sentence):
            continue
        # One credited to a party, by a reporting clause or as the agent of the revision ("rivista a 4,0
        # dall'Istituto Nazionale di Geofisica", "…, según la Agencia Estatal de Meteorología"), is the party's.
        revised = re.search(rf"(?<![\w'])(?:{_REVISED})(?![\w'])", sentence, re.IGNORECASE)
        near = sentence[max(0, revised.start() - 60) : revised.end() + 40] if revised else ""
        if _AGENT.search(near) or reported(sentence, features()):
            continue
        rest = story[:lo] + " " + story[hi:]
        if not _new(sentence, rest):
            continue
        if (
            written_numbers(sentence) & written_numbers(rest)
            or _content(sentence) & _content(rest)
            # (not the word of revision itself: "The final count showed …" points back at nothing)
            or _BACK.search(_CUE.pattern.sub(" ", _INNER_QUOTE.sub(" ", sentence)))
        ):
            spans.append((lo, hi))
    return spans
