"""Numbers written as words in languages other than English ("cinq habitants", "fünf Bewohner", "пять человек",
"خمسة أشخاص"), read only in a text of that language.

A word that is a number in one language is often an ordinary word in another ("sept" abbreviates September in
English, "dos" is Portuguese for "of the", "elf" is an elf), so each language's words are read only when the text
is said to be in it. What is read: single words from two to nineteen and the round tens up to ninety, with their case
forms where the language declines them (Russian, Ukrainian, Polish) and the collective forms ("двое суток"). Left
out on purpose:
- "one" ("un", "une", "ein", "uno", "um", "один", "jeden", "واحد"): the same word as the article "a" in most of
  these languages, and "one of" more often than a count;
- a word that is also a common word of its own language: French "neuf" (new), Italian "sei" (you are) and "otto"
  (a name), Arabic "ست" (a lady) and "عشر" (a part of the teens);
- the hundreds but a lone "cien", "cem", "сто", "sto": "cent" and "cento" are in "pour cent" and "per cento" (per
  cent), and "hundert", "honderd" mostly begin a longer number;
- a larger number written in several words ("vingt-cinq", "vinte e dois", "восемьдесят два", "trois cents",
  "cztery tysiące"; "sechsundzwanzig" is one word and not listed): it is not read at all rather than read in part
  (a scale the scanner knows is read: "cinco millones", "тридцати тысяч");
- two after a definite article ("les deux", "los dos", "i due"): that is "both" more often than a count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..patterns import factored, longest_first
from .number_context import MONTH_AFTER, START, START_FIGURES
from .numerals import START_WORDS

# Per language, its number words: the value, then the word's forms ("|" between them).
_FORMS: dict[str, str] = {
    "de": "2 zwei; 3 drei; 4 vier; 5 fünf; 6 sechs; 7 sieben; 8 acht; 9 neun; 10 zehn; 11 elf; 12 zwölf; "
    "13 dreizehn; 14 vierzehn; 15 fünfzehn; 16 sechzehn; 17 siebzehn; 18 achtzehn; 19 neunzehn; "
    "20 zwanzig; 30 dreißig; 40 vierzig; 50 fünfzig; 60 sechzig; 70 siebzig; 80 achtzig; 90 neunzig",
    "nl": "2 twee; 3 drie; 4 vier; 5 vijf; 6 zes; 7 zeven; 8 acht; 9 negen; 10 tien; 11 elf; 12 twaalf; "
    "13 dertien; 14 veertien; 15 vijftien; 16 zestien; 17 zeventien; 18 achttien; 19 negentien; "
    "20 twintig; 30 dertig; 40 veertig; 50 vijftig; 60 zestig; 70 zeventig; 80 tachtig; 90 negentig",
    "fr": "2 deux; 3 trois; 4 quatre; 5 cinq; 6 six; 7 sept; 8 huit; 10 dix; 11 onze; 12 douze; 13 treize; "
    "14 quatorze; 15 quinze; 16 seize; 20 vingt; 30 trente; 40 quarante; 50 cinquante; 60 soixante",
    "es": "2 dos; 3 tres; 4 cuatro; 5 cinco; 6 seis; 7 siete; 8 ocho; 9 nueve; 10 diez; 11 once; 12 doce; "
    "13 trece; 14 catorce; 15 quince; 16 dieciséis; 17 diecisiete; 18 dieciocho; 19 diecinueve; "
    "20 veinte; 30 treinta; 40 cuarenta; 50 cincuenta; 60 sesenta; 70 setenta; 80 ochenta; 90 noventa; "
    "100 cien",
    "pt": "2 dois|duas; 3 três; 4 quatro; 5 cinco; 6 seis; 7 sete; 8 oito; 9 nove; 10 dez; 11 onze; 12 doze; "
    "13 treze; 14 catorze|quatorze; 15 quinze; 16 dezasseis|dezesseis; 17 dezassete|dezessete; "
    "18 dezoito; 19 dezanove|dezenove; 20 vinte; 30 trinta; 40 quarenta; 50 cinquenta; 60 sessenta; "
    "70 setenta; 80 oitenta; 90 noventa; 100 cem",
    "it": "2 due; 3 tre; 4 quattro; 5 cinque; 7 sette; 9 nove; 10 dieci; 11 undici; 12 dodici; 13 tredici; "
    "14 quattordici; 15 quindici; 16 sedici; 17 diciassette; 18 diciotto; 19 diciannove; 20 venti; "
    "30 trenta; 40 quaranta; 50 cinquanta; 60 sessanta; 70 settanta; 80 ottanta; 90 novanta",
    "ru": "2 два|две|двух|двум|двумя|двое|двоих; 3 три|трёх|трех|трём|трем|тремя|трое|троих; "
    "4 четыре|четырёх|четырех|четырём|четырем|четырьмя|четверо|четверых; "
    "5 пять|пяти|пятью|пятеро|пятерых; 6 шесть|шести|шестью|шестеро; 7 семь|семи; "
    "8 восемь|восьми|восемью; 9 девять|девяти|девятью; 10 десять|десяти|десятью; "
    "11 одиннадцать|одиннадцати; 12 двенадцать|двенадцати; 13 тринадцать|тринадцати; "
    "14 четырнадцать|четырнадцати; 15 пятнадцать|пятнадцати; 16 шестнадцать|шестнадцати; "
    "17 семнадцать|семнадцати; 18 восемнадцать|восемнадцати; 19 девятнадцать|девятнадцати; "
    "20 двадцать|двадцати|двадцатью; 30 тридцать|тридцати|тридцатью; 40 сорок|сорока; "
    "50 пятьдесят|пятидесяти|пятьюдесятью; "
    "60 шестьдесят|шестидесяти; 70 семьдесят|семидесяти; 80 восемьдесят|восьмидесяти; "
    "90 девяносто|девяноста; 100 сто|ста",
    "uk": "2 два|дві|двох|двом|двома|двоє; 3 три|трьох|трьом|трьома|троє; "
    "4 чотири|чотирьох|чотирьом|чотирма|четверо; 5 п'ять|п'яти|п'ятьма|п'ятеро|п'ятьох; "
    "6 шість|шести|шістьма|шестеро; 7 сім|семи|сімома; 8 вісім|восьми|вісьмома; "
    "9 дев'ять|дев'яти|дев'ятьма; 10 десять|десяти|десятьма; 11 одинадцять|одинадцяти; "
    "12 дванадцять|дванадцяти; 13 тринадцять|тринадцяти; 14 чотирнадцять|чотирнадцяти; "
    "15 п'ятнадцять|п'ятнадцяти; 16 шістнадцять|шістнадцяти; 17 сімнадцять|сімнадцяти; "
    "18 вісімнадцять|вісімнадцяти; 19 дев'ятнадцять|дев'ятнадцяти; 20 двадцять|двадцяти|двадцятьма; "
    "30 тридцять|тридцяти|тридцятьма; 40 сорок|сорока; 50 п'ятдесят|п'ятдесяти; 60 шістдесят|шістдесяти; "
    "70 сімдесят|сімдесяти; 80 вісімдесят|вісімдесяти; 90 дев'яносто|дев'яноста; 100 сто|ста",
    "pl": "2 dwa|dwie|dwóch|dwu|dwoma|dwoje; 3 trzy|trzech|trzem|trzema|troje; "
    "4 cztery|czterech|czterem|czterema|czworo; 5 pięć|pięciu|pięcioro; 6 sześć|sześciu; "
    "7 siedem|siedmiu; 8 osiem|ośmiu; 9 dziewięć|dziewięciu; 10 dziesięć|dziesięciu; "
    "11 jedenaście|jedenastu; 12 dwanaście|dwunastu; 13 trzynaście|trzynastu; 14 czternaście|czternastu; "
    "15 piętnaście|piętnastu; 16 szesnaście|szesnastu; 17 siedemnaście|siedemnastu; "
    "18 osiemnaście|osiemnastu; 19 dziewiętnaście|dziewiętnastu; 20 dwadzieścia|dwudziestu; "
    "30 trzydzieści|trzydziestu; 40 czterdzieści|czterdziestu; 50 pięćdziesiąt|pięćdziesięciu; "
    "60 sześćdziesiąt|sześćdziesięciu; 70 siedemdziesiąt|siedemdziesięciu; "
    "80 osiemdziesiąt|osiemdziesięciu; 90 dziewięćdziesiąt|dziewięćdziesięciu; 100 sto",
    # (Korean's own numbers, read only before a counter: see `pattern`)
    "ko": "2 두|둘; 3 세|셋; 4 네|넷; 5 다섯; 6 여섯; 7 일곱; 8 여덟; 9 아홉; 10 열; 20 스무|스물",
    "ar": "2 اثنان|اثنين|اثنتان|اثنتين; 3 ثلاثة|ثلاث; 4 أربعة|أربع|اربعة|اربع; 5 خمسة|خمس; 6 ستة; 7 سبعة|سبع; "
    "8 ثمانية|ثماني; 9 تسعة; 10 عشرة; 20 عشرين|عشرون; 30 ثلاثين|ثلاثون; 40 أربعين|أربعون; "
    "50 خمسين|خمسون; 60 ستين|ستون; 70 سبعين|سبعون; 80 ثمانين|ثمانون; 90 تسعين|تسعون; 100 مئة|مائة",
}
# Korean's own numbers count before a counter, with a particle or none: "두 명이", "세 곳의", "네 가구"; not before 번
# or 차례 ("두 차례", twice) nor 살 (an age). ("세" is also a tax, "네" yes, "열" heat: the counter tells them apart.)
_KOREAN_COUNTER = (
    r"(?=\s(?:명|곳|개국|개|채|마리|대|척|건|가구|사람|가지|군데|그루|벌|켤레|권|장)"
    r"(?:이|가|을|를|은|는|의|에서|에게|에|도|과|와|만|으로|로|씩|이나|째|까지|부터|보다|마다|한테|께)?(?![가-힣]))"
)
# (nor the ones of a Korean number whose tens are written apart: "열 두 명", "스물 두 명")
_KOREAN_TENS = "".join(f"(?<!{t} )" for t in ["열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"])
# Arabic writes "and" joined to the next word: "وخمسة" is "and five".
_JOINED_AND = {"ar": "و"}
# Two after these is "both" more often than a count.
_BOTH_AFTER = {
    "fr": ("les",),
    "es": ("los", "las"),
    "pt": ("os", "as"),
    "it": ("i", "le", "gli"),
}

# The words of hundreds, thousands and more: a number word before one is part of a larger number ("trois cents",
# "cztery tysiące", "около двух миллионов"). Where the scanner reads the scale ("cinco millones") it takes it; where it
# does not, nothing is read rather than a wrong value.
_BIGGER: dict[str, str] = {
    "de": "hundert|tausend|millionen|million|milliarden|milliarde|dutzend|einhalb",
    "nl": "honderd|duizend|miljoen|miljard|dozijn|en een half",
    "fr": "cent|cents|vingts|mille|million|millions|milliard|milliards|douzaine|douzaines|et demi|et demie",
    "es": "cien|ciento|cientos|doscientos|doscientas|trescientos|trescientas|cuatrocientos|cuatrocientas|quinientos|"
    "quinientas|seiscientos|seiscientas|setecientos|setecientas|ochocientos|ochocientas|novecientos|novecientas|mil|"
    "millón|millones|docena|docenas|y medio|y media",
    "pt": "cem|cento|centos|duzentos|duzentas|trezentos|trezentas|quatrocentos|quatrocentas|quinhentos|quinhentas|"
    "seiscentos|seiscentas|setecentos|setecentas|oitocentos|oitocentas|novecentos|novecentas|mil|milhão|milhões|"
    "milhar|milhares|bilião|biliões|bilhão|bilhões|dúzia|dúzias|e meio|e meia",
    "it": "cento|duecento|trecento|quattrocento|cinquecento|seicento|settecento|ottocento|novecento|mila|mille|"
    "milione|milioni|miliardo|miliardi|dozzina|dozzine|e mezzo|e mezza",
    "ru": "сто|ста|сот|двести|двухсот|триста|трёхсот|трехсот|четыреста|четырёхсот|пятьсот|шестьсот|семьсот|"
    "восемьсот|девятьсот|тысяча|тысячи|тысяч|миллион|миллиона|миллионов|миллиард|миллиарда|миллиардов|"
    "с половиной|дюжина|дюжины",
    "uk": "сто|ста|сот|двісті|триста|чотириста|п'ятсот|шістсот|сімсот|вісімсот|дев'ятсот|тисяча|тисячі|тисяч|"
    "мільйон|мільйона|мільйони|мільйонів|мільярд|мільярда|мільярди|мільярдів|з половиною|дюжина",
    "pl": "sto|set|stu|dwieście|dwustu|trzysta|trzystu|czterysta|czterystu|pięćset|pięciuset|sześćset|sześciuset|"
    "siedemset|siedmiuset|osiemset|ośmiuset|dziewięćset|dziewięciuset|tysiąc|tysiące|"
    "tysięcy|milion|miliony|milionów|miliard|miliardy|miliardów|i pół|tuzin",
    "ar": "مئة|مائة|مئتان|مئتين|مائتان|مائتين|ثلاثمائة|ثلاثمئة|أربعمائة|أربعمئة|خمسمائة|خمسمئة|ستمائة|ستمئة|"
    "سبعمائة|سبعمئة|ثمانمائة|ثمانمئة|تسعمائة|تسعمئة|ألف|آلاف|مليون|ملايين|مليار|مليارات|عشر|عشرة",
}
# Hundreds and thousands written in one word with the number before them: "zweitausend fünf", "duemila cinque".
_GLUED_BIGGER = {"de": r"\w+(?:tausend|hundert)", "nl": r"\w+(?:duizend|honderd)", "it": r"\w+(?:mila|cento)"}
# "One" is not read (see above), but it makes a larger number with another: "vingt et un", "treinta y una",
# "двадцать один", "واحد وعشرون".
_ONES: dict[str, str] = {
    "fr": "un|une",
    "es": "uno|una|un",
    "pt": "um|uma",
    "it": "uno|una|un",
    "ru": "один|одна|одно|одного|одной|одним|одному",
    "uk": "один|одна|одне|одного|одній|одним",
    "pl": "jeden|jedna|jedno|jednego|jednej",
    "ar": "واحد|واحدة|أحد|إحدى",
    "de": "ein|eins",
    "nl": "een",
}
# "and" inside a compound number: "vinte e dois", "dreiundzwanzig" is one word, "خمسة وعشرون".
_AND = {"de": "und", "nl": "en", "fr": "et", "es": "y", "pt": "e", "it": "e", "ru": "и", "uk": "і|й|та", "pl": "i"}

# "uno su tre", "un lettore su tre", "un sur cinq", "uno de cada cuatro", "um em cada três", "één op de vier",
# "einer von fünf", "один из трёх", "jeden na pięć": a share, one in so many.
_ONE_IN = factored(
    r"(?<!\w)(?:uno|una|un|une|um|uma|één|ein|eine|einer|один|одна|одно|jeden|jedna|jedno)\s+(?:\w+\s+)?"
    r"(?:su|sur|de cada|em cada|op de|von|из|з|із|na)\s+\Z"
)

WORDS: dict[str, dict[str, int]] = {
    lang: {
        form: int(value) for item in table.split("; ") for value, forms in [item.split()] for form in forms.split("|")
    }
    for lang, table in _FORMS.items()
}
# (Ukrainian writes its apostrophe as "'", "’" or "ʼ"; the scanner reads "’" as "'", not "ʼ")
for _words in WORDS.values():
    _words.update({form.replace("'", "ʼ"): value for form, value in _words.items() if "'" in form})


@lru_cache(maxsize=32)
def pattern(lang: str | None) -> str | None:
    """A regex alternation of `lang`'s number words, each a whole word (not inside another, nor joined by a hyphen
    or an apostrophe); None for a language without them here. Text is matched lower-cased, with "’" as "'"."""
    words = WORDS.get(lang or "")
    if not words:
        return None
    joined = _JOINED_AND.get(lang or "", "")
    alternation = "|".join(re.escape(w) for w in longest_first(words))
    prefix = f"(?:{joined})?" if joined else ""
    counter = _KOREAN_COUNTER if lang == "ko" else ""
    tens = _KOREAN_TENS if lang == "ko" else ""
    return rf"{tens}(?<![\w'-]){prefix}(?:{alternation})(?![\w-]|'\w){counter}"


@lru_cache(maxsize=32)
def _neighbours(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes a number word part of a larger number: another number word or a bigger one just before it or
    just after it (with an "and" between or not), and a bigger one just after it."""
    listed = [*WORDS[lang], *_BIGGER[lang].split("|"), *_ONES.get(lang, "").split("|")]
    words = "|".join(re.escape(w) for w in longest_first(filter(None, listed)))
    joined = _JOINED_AND.get(lang)
    gap = rf"[ \u00a0]+(?:{joined})?" if joined else rf"[ \u00a0]+(?:(?:{_AND[lang]})[ \u00a0]+)?"
    before = factored(rf"(?:(?<![\w'])(?:{words})|{_GLUED_BIGGER.get(lang, '(?!)')}){gap}\Z")
    after = factored(rf"{gap}(?:{words})(?![\w'])")
    bigger = factored(rf"[ \u00a0]+(?:{'|'.join(map(re.escape, _BIGGER[lang].split('|')))})(?![\w'])")
    return before, after, bigger


def in_larger(text: str, start: int, end: int, lang: str | None, figure_end: int) -> bool:
    """Whether the number word at text[start:end] is part of a larger number written in words that is not read
    whole: another number word next to it ("vinte e dois", "восемьдесят два", "vingt et un"), a word of hundreds,
    thousands or a half after it that the scanner did not take as its scale ("trois cents", "cztery tysiące",
    "две с половиной"), or one after the scale it took ("две тысячи пятьсот": `figure_end` is where the figure,
    scale included, ends)."""
    if not lang or lang not in _BIGGER:
        return False
    before, after, _ = _neighbours(lang)
    if before.search(text, max(0, start - 30), start):
        return True
    return bool((after.match(text, end) and figure_end <= end + 1) or after.match(text, figure_end))


# English number words that are common words of another language: Dutch "ten minste 200" (at least 200), "ten
# noorden", "half acht" (half past seven), Polish "ten rok" (this year), "one" (they), French "le four" (the oven);
# Spanish "ten cuidado" (take care), German "half" (helped); and French "six", read as French ("vingt-six" is no 6).
_NOT_ENGLISH = {"nl": ("ten", "half"), "de": ("half",), "pl": ("ten", "one"), "fr": ("four", "six"), "es": ("ten",)}


@lru_cache(maxsize=32)
def start(lang: str | None) -> re.Pattern[str]:
    """Where a number may start in a text of `lang`: digits, CJK numerals and English number words in every language
    (a model may write English into any article's summary: its numbers are checked), but not the English words that
    are `lang`'s own common words; and `lang`'s own number words."""
    where = START
    if lang in _NOT_ENGLISH:
        english = longest_first(START_WORDS - set(_NOT_ENGLISH[lang]))
        where = factored(rf"{START_FIGURES.pattern}|\b(?:{'|'.join(english)})\b")
    words = pattern(lang)
    return where if words is None else factored(f"{where.pattern}|{words}")


def is_word(token: str, lang: str | None) -> bool:
    """Whether `token` (a match of `pattern(lang)` or of anything else) is one of `lang`'s number words."""
    words = WORDS.get(lang or "")
    if not words:
        return False
    joined = _JOINED_AND.get(lang or "")
    return token in words or bool(joined and token.startswith(joined) and token[len(joined) :] in words)


def read(text: str, pos: int, end: int, lang: str | None) -> tuple[float, int] | None:
    """The value of the number word matched at text[pos:end] (a match of `pattern(lang)`) and where the word starts
    (after a joined "and"), or None when it reads as no count here (one in so many)."""
    words = WORDS.get(lang or "", {})
    word = text[pos:end]
    joined = _JOINED_AND.get(lang or "")
    if word not in words and joined and word.startswith(joined):
        word, pos = word[len(joined) :], pos + len(joined)
    value = words.get(word)
    if value is None:
        return None
    if _ONE_IN.search(text, max(0, pos - 40), pos):
        return None  # ("uno su tre": a share)
    return float(value), pos


def read_figure(
    text: str, pos: int, token: str, lang: str | None, quantity: Callable[[int, int, float], Any], original: str
) -> tuple[Any, int]:
    """The figure of the number word `token` at `pos` of `text` (`original` lower-cased, one character for one),
    widened by `quantity` to its qualifier, scale and unit, and where to read on; None for the figure when the word
    reads as no count here or is part of a larger number."""
    end = pos + len(token)
    word = read(text, pos, end, lang)
    if word is None or _no_count(text, word[1], end, lang) or in_a_name(original, word[1]):
        return None, end
    figure = quantity(word[1], end, word[0])
    scaled = figure.value != word[0]
    if in_larger(text, word[1], end, lang, figure.span_end if scaled else end):
        return None, end
    if not scaled and word[0] == 2 and _both(text, word[1], lang):
        return None, end
    return figure, figure.span_end


def _both(text: str, pos: int, lang: str | None) -> bool:
    """ "les deux", "los dos", "i due": both, more often than a count."""
    before = text[max(0, pos - 6) : pos].split()
    return bool(lang in _BOTH_AFTER and before and text[pos - 1 : pos] == " " and before[-1] in _BOTH_AFTER[lang])


# A day of a month ("el dos de mayo", "le deux mai"), an hour ("a las once", "às dez", "sono le dieci", "в три часа
# ночи"), a fraction in Arabic (a number word before a definite noun: "خمس الميزانية", a fifth of the budget) and a
# few sayings ("de dos en dos", "à deux pas", "cien por cien", "na sto procent") are no count.
_HOUR_BEFORE = factored(
    r"(?:\ba las|\bde las|\bàs|\bdas|\balle|\bdalle|\bsono le|\bé a|\bson las|\bum|\bom|\bв|\bо|\bдо|\bс|\bпосле)\s+\Z"
)
_HOUR_AFTER = factored(
    r"\s*(?:[,.;:!?)]|\Z|(?:y|e|et|und|en|и|і|de la|da|del|du|часа|часов|часу|години|годині|uhr|uur|horas|heures|"
    r"утра|вечера|ночи|дня|ранку|вечора|ночі)"
    r"(?![\w']))"
)
_DECADE_BEFORE = factored(r"\b(?:anni|años|anos|années|jaren)\s+\Z")
_SAYINGS = factored(
    r"\bde (\w+) en \1\b|à deux pas|cien por cien|cem por cento|na sto procent|dos o tres|zwei, drei|два-три"
)


def _no_count(text: str, pos: int, end: int, lang: str | None) -> bool:
    if MONTH_AFTER.match(text, end):
        return True
    if any(m.start() <= pos < m.end() for m in _SAYINGS.finditer(text, max(0, pos - 16), end + 16)):
        return True
    if _HOUR_BEFORE.search(text, max(0, pos - 12), pos) and _HOUR_AFTER.match(text, end):
        return True
    if _DECADE_BEFORE.search(text, max(0, pos - 12), pos):
        return True  # ("negli anni settanta", "los años sesenta": a decade)
    return lang == "ar" and bool(re.match(r"\s+ال", text[end : end + 4]))


# Where a sentence or a clause starts: what a capitalised number word may follow and still be a number.
_OPENS = factored(r"(?:\A|[.!?:;–—\-\"«»„“”‘’'(\[\n*#])\s*\Z")


def in_a_name(original: str, pos: int) -> bool:
    """Whether the number word at `pos` is written with a capital inside a sentence: a name or a noun, not a count
    ("Tres Cantos", "Quatre Bras", "Seis Naciones", "la ONCE", German "die Elf", "außer Acht")."""
    return original[pos : pos + 1].isupper() and not _OPENS.search(original, max(0, pos - 4), pos)
