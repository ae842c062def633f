"""Numbers written with words: English number words, Chinese, Japanese and Korean unit chains, and
the vocabulary around numbers (qualifiers, units, scales, months) that numbers.py compiles.

The readers work on text already lower-cased character by character (see numbers._prepare) and
return the end offset with the value, so the caller can keep offsets into the original.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..patterns import factored


def words(spaced: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(spaced.split())


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_SMALL: dict[str, int] = {word: n for n, word in enumerate(f"{_ONES} seventeen eighteen nineteen".split())}
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS: dict[str, int] = {word: 10 * n for n, word in enumerate(_TENS_WORDS.split(), start=2)}
_SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

# Words that can begin an English number; the scanner only calls parse_words where one stands.
START_WORDS: frozenset[str] = frozenset({"a", "an", "half", *_SMALL, *_TENS})

_TOKEN = factored(r"[a-z]+")
# At most this many words are read from a place.
_MOST = 12
# The words from a place joined by single spaces or hyphens: one match, not two a word.
_JOINED = factored(rf"[a-z]+(?:[ \u00a0-][a-z]+){{0,{_MOST - 1}}}")


def _tokens(text: str, pos: int) -> list[tuple[str, int]]:
    """Words from pos joined by single spaces or hyphens (at most `_MOST`), each with its end offset."""
    run = _JOINED.match(text, pos)
    if run is None:
        return []
    return [(m.group(), m.end()) for m in _TOKEN.finditer(text, pos, run.end())]


def parse_words(text: str, pos: int) -> tuple[float, int] | None:
    """English number words at pos ('twenty-five', 'a hundred', 'two-thirds', 'half a million').

    Returns (value, end) or None. Vague plurals ('dozens', 'thousands of') are not numbers and give
    None, as does a lone 'a'. Fractions are values below one: 'two-thirds' is 2/3.
    """
    tokens = _tokens(text, pos)
    if not tokens:
        return None
    words = [w for w, _ in tokens]
    first = words[0]
    if first == "half":
        if len(words) >= 3 and words[1] in ("a", "an") and words[2] in _SCALES:
            return 0.5 * _SCALES[words[2]], tokens[2][1]
        return 0.5, tokens[0][1]
    count = 1 if first in ("a", "an", "one") else _SMALL.get(first)
    if count and count <= 10 and len(words) >= 2 and words[1] in _DENOMINATORS:
        return count / _DENOMINATORS[words[1]], tokens[1][1]
    return _cardinal(tokens)


def _cardinal(tokens: list[tuple[str, int]]) -> tuple[float, int] | None:
    total = 0.0
    group = 0.0
    last_scale = math.inf
    previous = ""  # kind of the previous token
    best: tuple[float, int] | None = None
    for i, (word, end) in enumerate(tokens):
        if word in ("a", "an"):
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if previous or (nxt != "hundred" and nxt != "dozen" and nxt not in _SCALES):
                break
            group, previous = 1, "a"
            continue
        if word == "and":
            if previous not in ("hundred", "scale"):
                break
            previous = "and"
            continue
        if word in _SMALL:
            if previous in ("unit", "teen", "dozen") or (previous == "tens" and _SMALL[word] >= 10):
                break
            if word == "zero" and previous:
                break
            group += _SMALL[word]
            previous = "unit" if _SMALL[word] < 10 else "teen"
        elif word in _TENS:
            if previous in ("unit", "teen", "tens", "dozen"):
                break
            group += _TENS[word]
            previous = "tens"
        elif word == "hundred":
            if previous not in ("a", "unit", "teen") or group >= 100:
                break
            group *= 100
            previous = "hundred"
        elif word == "dozen":
            if previous not in ("a", "unit", "teen", "tens"):
                break
            group *= 12
            previous = "dozen"
        elif word in _SCALES:
            scale = _SCALES[word]
            if previous in ("", "and", "scale") or scale >= last_scale:
                break
            total += group * scale
            group, last_scale, previous = 0, scale, "scale"
        else:
            break
        best = (total + group, end)
    return best


CJK_DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Units inside a section (below ten thousand), and section units, in Chinese/Japanese and Korean.
_SMALL_UNITS: dict[str, float] = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_BIG_UNITS: dict[str, float] = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_BIG_UNITS.update({"만": 1e4, "억": 1e8, "조": 1e12})
UNIT_CHARS: frozenset[str] = frozenset(_SMALL_UNITS) | frozenset(_BIG_UNITS)
# What makes 千 "kilo" and 兆 "mega" in a unit's name rather than a multiplier.
_PREFIXED: dict[str, tuple[str, ...]] = {
    "千": ("米", "克", "瓦", "卡", "焦", "伏", "帕", "赫", "字节", "比特"),
    "兆": ("瓦", "赫", "字节", "帕", "焦", "欧", "比特"),
}
_ASCII_DIGITS = "0123456789"

Atom = Callable[[str, int], "tuple[float, int] | None"]


def parse_chain(text: str, pos: int, atom: Atom) -> tuple[float, int, int] | None:
    """A number built of numerals and CJK/Korean units at pos: '1万1000', '1.1万', '三千五百', '1만 1천'.

    atom reads a number written in digits at a position. Returns (value, end, units used) or None
    when nothing numeric stands at pos. Korean may put a space between sections ('1만 1천'); that
    space is crossed only when a digit and a unit follow it.
    """
    total = 0.0
    section = 0.0
    pending: float | None = None
    pending_cjk = False  # pending was spelled with CJK digits, which may continue positionally (二〇二四)
    last_big = last_small = math.inf
    units = 0
    i = pos
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in CJK_DIGITS:
            if pending is not None and not pending_cjk:
                break
            pending = (pending or 0) * 10 + CJK_DIGITS[ch]
            pending_cjk = True
            i += 1
            continue
        if text.startswith(_PREFIXED.get(ch, ()), i + 1) and (pending is not None or section or total):
            break  # (an SI prefix, not a multiplier: "3千米" is 3 km, "24万千瓦" 240,000 kW, "240兆瓦" 240 MW)
        if ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            # (a number may open on 十, and on 百 or 千 only with a digit after it: "百八十", "千五百"; "百货", "千万")
            leading = pending is None and i == pos and unit != 10 and text[i + 1 : i + 2] not in CJK_DIGITS
            if unit >= last_small or leading:
                break
            section += (1 if pending is None else pending) * unit
            last_small, pending = unit, None
        elif ch in _BIG_UNITS:
            unit = _BIG_UNITS[ch]
            if unit >= last_big or (pending is None and not section):
                break
            total += (section + (pending or 0)) * unit
            section, pending, last_big, last_small = 0, None, unit, math.inf
        elif (pending is None and ch in _ASCII_DIGITS) or (ch == " " and units and text[i + 1 : i + 2].isdigit()):
            read = atom(text, i + (ch == " "))
            # (past a space, a section of its own, "1만 1천", or the places below the last unit, "6천 200원")
            below = min(last_small, last_big)
            lower = read is not None and read[0] < below and read[0] == int(read[0]) and pending is None
            if read is None or (ch == " " and text[read[1] : read[1] + 1] not in UNIT_CHARS and not lower):
                break
            pending, pending_cjk, i = read[0], False, read[1]
            continue
        else:
            break
        units += 1
        i += 1
    if i == pos:
        return None
    return total + section + (pending or 0), i, units


# The words around a number, as alternations ('|') of lower-case phrases; numbers.py compiles them.
# Qualifiers in normalised English: written before the number, in spaced scripts and in CJK and Korean
# (which may attach them), and written after it ('1만 명 이상', '3000人左右', '20 or more').
QUALIFIERS: dict[str, str] = {
    "more than": "more than|over|above|in excess of|upwards of|just over|well over|mehr als|über|plus de|más de"
    "|более|больше|свыше|понад|більше|أكثر من"
    # Italian, Portuguese, Dutch and Polish, which the hostile-text sets write in too (round 49).
    "|più di|oltre|mais de|meer dan|ruim|ponad|przeszło"
    # (session 55: "supérieures à", "superior a", "superiore a")
    "|supérieur à|supérieure à|supérieurs à|supérieures à|superior a|superiores a|superiore a|superiori a",
    "less than": "less than|fewer than|under|below|weniger als|unter|moins de|menos de|менее|меньше|менше|أقل من"
    "|meno di|minder dan|mniej niż|inférieur à|inférieure à|inférieurs à|inférieures à|inferior a|inferiores a"
    "|inferiore a|inferiori a",
    "at least": "at least|no fewer than|no less than|mindestens|wenigstens|au moins|al menos|por lo menos|не менее"
    "|не меньше|как минимум|щонайменше|принаймні|ما لا يقل عن|almeno|pelo menos|minstens|co najmniej|ten minste"
    "|tenminste|minimaal|per lo meno|perlomeno|ao menos|cuando menos|como mínimo|quanto meno",
    "at most": "at most|no more than|höchstens|au plus|como máximo|не более|не больше|щонайбільше|maximaal|hoogstens"
    "|al massimo|no máximo|maksymalnie|najwyżej|au maximum",
    "about": "about|around|approximately|approx.|some|roughly|an estimated|estimated|circa|ca.|etwa|rund|ungefähr"
    "|zirka|environ|quelque|alrededor de|unos|unas|aproximadamente|около|примерно|порядка|приблизно|близько|نحو"
    "|حوالي|حوالى|زهاء|ongeveer|zo'n|około|ok.|intorno a|zowat|plus ou moins|más o menos|più o meno|mais ou menos",
    "nearly": "nearly|almost|close to|just under|fast|knapp|beinahe|nahezu|près de|presque|casi|cerca de|почти"
    "|майже|ما يقرب من|ما يقارب|قرابة|quasi|quase|bijna|prawie|niemal|blisko",
    # Not 'до', 'hasta', 'حتى': after a verb of change they mean 'to' ('rose to 172'), not 'up to'.
    "up to": "up to|as many as|bis zu|jusqu'à|jusqu'a|nawet",
}
QUALIFIERS_CJK: dict[str, str] = {
    "more than": "超过|超過|逾",
    "less than": "不到|不足|少于|少於",
    "at least": "至少",
    "at most": "最多",
    "about": "约|大约|大約|約|およそ",
    "nearly": "近|将近|將近|接近|ほぼ",
    "up to": "多达|多達|最大",
}
QUALIFIERS_KO: dict[str, str] = {"at least": "최소|적어도", "about": "약|대략", "nearly": "거의", "up to": "최대"}
QUALIFIERS_AFTER: dict[str, str] = {
    "at least": "이상|以上|or more",
    "at most": "이하|以下",
    "less than": "미만|未満",
    "more than": "초과|넘게|넘는|넘어|超|余り|余|-plus",
    "about": "가량|정도|쯤|안팎|내외|左右|上下|前後|程度|or so",
    "nearly": "가까이|近く",
}
COUNTERS = "명|개|건|곳|채|마리|대|척|톤|人|名|个|個|件|户|戸"
# Units by code; PCT is '%', PERMILLE '‰', YEN JPY or CNY by language.
UNITS: dict[str, str] = {
    "PCT": "%|percent|per cent|pct|prozent|pour cent|por ciento|процент|процента|процентов|відсоток|відсотки"
    "|відсотків|відсотка|퍼센트|프로|في المئة|في المائة|بالمئة|بالمائة"
    # (session 55: Polish, Dutch, Italian, Portuguese and Japanese; and points of a percentage, which a model's
    # "percentage points" is taken for, "%")
    "|proc.|procent|procentów|procenta|procentach|per cento|percento|por cento|パーセント"
    "|percentage points|percentage point|prozentpunkte|prozentpunkten|prozentpunkt|points de pourcentage"
    "|point de pourcentage|puntos porcentuales|punto porcentual|pontos percentuais|ponto percentual"
    "|punti percentuali|punto percentuale|procentpunt|procentpunten|punktów procentowych|punkty procentowe"
    "|punkt procentowy|процентных пункта|процентного пункта|процентных пунктов|процентный пункт"
    "|відсоткових пункти|відсоткового пункту|відсоткових пунктів|个百分点|個百分點|퍼센트포인트",
    "PERMILLE": "‰|per mille|promille",
    "EUR": "€|eur|euro|euros|евро|євро|유로|欧元|歐元|يورو|ユーロ",
    "USD": "$|usd|us dollars|us dollar|dollars|dollar|dólares|dólar|доллар|доллара|долларов|долар|долара|доларів"
    "|달러|美元|دولار|دولارا|ドル|dollari|dolarów|dolary|dolara|dolar",
    "GBP": "£|gbp|pounds sterling|pounds|pound|pfund|libras|파운드|英镑|英鎊|ポンド|sterline|sterlina",
    "KRW": "₩|krw|won|원|韩元|韓元|ウォン",
    # (session 55: Polish and Swiss money, and the Japanese and other languages' names of the others)
    "PLN": "zł|złotych|złote|złoty|zlotys|zloty|pln",
    "CHF": "chf|swiss francs|swiss franc|francs suisses|franc suisse|franken|franchi svizzeri|francos suizos"
    "|franków szwajcarskich|franki szwajcarskie|швейцарских франков|швейцарских франка",
    "YEN": "¥",
    "JPY": "jpy|yen|円|日元|엔",
    "CNY": "cny|rmb|yuan|renminbi|元|人民币|위안",
    "RUB": "₽|rub|rubles|ruble|roubles|rouble|рублей|рубля|рубль|руб.|卢布|루블|ルーブル",
    "UAH": "₴|uah|hryvnias|hryvnia|гривень|гривні|гривня|гривен|грн.|грн",
}
# Scales by size; LB is 'billion', a thousand millions in English and a million millions in German or French.
SCALES: dict[str, str] = {
    "B": "mil millones|milliarde|milliarden|milliard|milliards|mrd.|mrd|md|mds|bn|bln|млрд.|млрд|миллиард|миллиарда"
    "|миллиардов|мільярд|мільярда|мільярдів|мільярди|مليار|مليارات|mil milhões|bilhão|bilhões|miliardo|miliardi"
    "|miljard|miljarden|miliard|miliardy|miliardów|mld.|mld",
    "LB": "billion|billions",
    "T": "trillion|trillions|tn|trn|billionen|bio.|billón|billones|трлн.|трлн|триллион|триллиона|триллионов"
    "|трильйон|трильйона|трильйонів|تريليون|bilião|biliões",
    "M": "million|millions|millionen|mio.|mio|mn|mln|millón|millones|млн.|млн|миллион|миллиона|миллионов|мільйон"
    "|мільйона|мільйонів|мільйони|مليون|ملايين|milhão|milhões|milione|milioni|miljoen|miljoenen|milion|miliony"
    "|milionów|mill.",
    "K": "thousand|tsd.|tsd|tausend|mil|тыс.|тыс|тысяч|тысячи|тысяча|тис.|тис|тисяч|тисячі|тисяча|ألف|آلاف|ألفا"
    "|mille|mila|duizend|tysiąc|tysiące|tysięcy|tys.|tys",
}
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    "|jul|aug|sep|sept|oct|nov|dec|januar|jänner|jän|februar|märz|mai|juni|juli|oktober|okt|dezember|dez|janvier"
    "|janv|février|févr|fév|mars|avril|avr|juin|juillet|juil|août|septembre|octobre|novembre|décembre|déc|enero"
    "|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня"
    "|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو"
    "|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    # (Italian and Portuguese, which the hostile-text sets write in too: "dal 6 al 24 dicembre", "5 de novembro")
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho"
    "|julho|setembro|outubro|novembro|dezembro"
)
