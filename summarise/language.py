"""Detecting an article's language offline: by its script and function words where they tell it surely
(`by_function_words`), otherwise with lingua.

lingua is chosen over langdetect and fastText's lid model because it is
maintained, ships its models inside the wheel (no download at run time) and is
the most accurate of them on short texts. Only the languages below are loaded,
lazily, which keeps start-up and memory small.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from .patterns import factored

# ISO 639-1 code -> English name, for the languages we detect and write briefs in.
LANGUAGES: dict[str, str] = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
}

UNDETERMINED = "und"

# Every ISO 639-1 code (the 183 of the standard's current list; the withdrawn 'sh' and the old 'iw', 'in', 'ji' are
# not among them). A brief may be asked for in any of them; only those in LANGUAGES are detected and checked.
# A block of codes reads better than 183 quoted strings, hence split().
ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
    en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
    iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt
    my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
    sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
    za zh zu
    """.split()  # noqa: SIM905
)


# A first, cheaper reading than lingua's: a language's commonest function words. An article's or a brief's language
# is mostly told by them at a fiftieth of the detector's cost (the detector takes a millisecond or so a text, run
# among the pipeline's own work). Each list holds words that language writes often and none of the others here
# writes often ("in", "de", "la", "die", "den", "per", "con" are nobody's; nor are "sur", Spanish for south, "dit",
# French for said, "sin", Scandinavian for his, "alla", Swedish for all, "are", Romanian for has, "more", Croatian
# for sea): a word in two lists would tell neither (a test keeps them apart). Danish and Norwegian share most of
# theirs, so their lists are short and they are mostly left to lingua. Only what is in these lists is told;
# everything else (Arabic, Hebrew, Hindi, Greek scripts; a text too short or mixed) is left to the detector.
# Checked against lingua on the team's 5,380 texts: the same article language for every one
# (tests/test_language_words.py holds the eval sets' part).
# Not used for the paragraphs that `grounding.switch` judges: a planted note in one language can be written to
# carry another's listed words ("sin plan, sin budget, sin reform" in Danish reads as Spanish by them), and a
# paragraph read wrongly there would go unset apart, or would take the article's own language from it. There the
# detector alone decides.
_FUNCTION_WORDS = {
    "en": "the and that with from which were this their would been after they said about there not but its "
    "she his when than what into",
    "de": "und nicht sich auf ist eine einen wurde sind auch nach bei zum zur sagte noch wird werden aus "
    "dass zu oder wurden seit einem einer eines gegen habe haben vom durch wegen über mehr",
    "nl": "het een niet zijn werd wordt voor naar ook bij heeft hebben maar deze zij worden",
    "sv": "och att för är inte till ett också hade vid från sina",
    "da": "havde hvad meget sagde",
    "nb": "etter ble hadde hva mye",
    "es": "los las sus fue según pero más también dijo cuando donde muy están había aunque hasta además "
    "fueron otros otras esto eso años hace tiene tienen puede pueden mientras después unos unas esa "
    "ese estos tras",
    "pt": "não uma ao pelo pela foi são também seus após ainda isso mesmo pelos pelas numa foram às têm anos",
    "fr": "une dans pour avec ont été aux elle cette selon leur également sont avait ces après depuis lors "
    "aussi être peut ils nous très encore qu",
    "it": "della che è sono nel gli anche questo stato delle degli sul dopo questa loro più nella nello "
    "negli agli sulla tra essere hanno sia",
    "ro": "și în cu pentru fost pe că sunt unui unei acest",
    "ca": "els amb dels aquesta també seva aquest pel",
    "pl": "się że jest przez dla są był była oraz który które która także",
    "cs": "že který která které není také byl jsou bylo řekl",
    "hr": "koji koja što nije bio kao također bila",
    "ru": "и что это как из его она был были также от он к чтобы после более который которые которая года "
    "этом этого будет сообщил заявил сказал или только если ещё их",
    "uk": "і що це як з від його вона був були також він які який яка після року буде вже повідомив заявив "
    "сказав або тільки лише якщо ще їх цього має під",
    "tr": "bir bu için olarak olan çok daha gibi ancak ise dedi",
    "fi": "että oli ovat mukaan myös hän joka mutta ole",
    "hu": "hogy egy már volt csak szerint pedig amely",
    "id": "ini itu dengan untuk dari tidak akan dalam pada juga oleh",
    "vi": "của và các có được những một không này đã với người",
}
_LISTED = Counter(word for words in _FUNCTION_WORDS.values() for word in set(words.split()))
_OWNER = {word: code for code, words in _FUNCTION_WORDS.items() for word in words.split() if _LISTED[word] == 1}
# How sure the words must be: at least `_LEAST` different ones of one language ("sin ... sin ... sin" is one word,
# and Danish), at least `_ONE_SHARE` of them that language's, making at least `_COVER` of the text's words; and at
# least `_SCRIPT_SHARE` of its letters in that language's script (so that an English note appended to a Japanese
# paragraph is left to the detector, whatever its words).
_LEAST = 3
_ONE_SHARE = 0.9
_COVER = 0.05
_SCRIPT_SHARE = 0.9
_WORDS = factored(r"[^\W\d_]+")
_NOT_LETTERS = factored(r"[\W\d_]+")
_NOT_LATIN = factored(r"[^A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_NOT_CYRILLIC = factored(r"[^\u0400-\u04ff]+")
_UNSPACED = factored(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
_HANGUL = factored(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = factored(r"[\u3040-\u30ff]")
_HAN = factored(r"[\u3400-\u9fff]")


def by_function_words(text: str) -> str | None:
    """The language `text` is written in as its script and function words tell it, or None when they do not tell
    it surely (then ask the detector). Korean by its script; Japanese by kana among Chinese characters, Chinese by
    Chinese characters without kana; the others by `_FUNCTION_WORDS`."""
    letters = len(_NOT_LETTERS.sub("", text))
    if not letters:
        return None
    if _UNSPACED.search(text):
        if len(_HANGUL.findall(text)) >= _SCRIPT_SHARE * letters:
            return "ko"
        kana, han = len(_KANA.findall(text)), len(_HAN.findall(text))
        if kana + han >= _SCRIPT_SHARE * letters:
            # (a Japanese sentence writes kana between its characters; a Chinese one none)
            return "ja" if kana >= 0.1 * (kana + han) else "zh" if kana == 0 else None
    words = _WORDS.findall(text.lower())
    hits = Counter(_OWNER[word] for word in words if word in _OWNER)
    if not hits:
        return None
    code, count = hits.most_common(1)[0]
    distinct = sum(1 for word in set(words) if _OWNER.get(word) == code)
    if distinct < _LEAST or count < _ONE_SHARE * hits.total() or count < _COVER * len(words):
        return None
    script = _NOT_CYRILLIC if code in ("ru", "uk") else _NOT_LATIN
    return code if len(script.sub("", text)) >= _SCRIPT_SHARE * letters else None


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


# The detector's time grows with the text. An article's opening tells its language: on the team's 1,763 texts longer
# than `_OPENING`, the opening and the first 4,000 characters gave the same language every time, at a quarter of
# the cost. A longer text's close is read too, and only when the two disagree (a preface in another language, an
# article in two) is the longer stretch read.
_OPENING = 1000
_LONGER = 4000


def _code(text: str) -> str:
    told = by_function_words(text)
    if told in LANGUAGES:
        return told
    language = _detector().detect_language_of(text)
    return UNDETERMINED if language is None else str(language.iso_code_639_1.name).lower()


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or 'und' when it cannot tell."""
    code = _code(text[:_OPENING])
    if len(text) > _OPENING and _code(text[-_OPENING:]) != code:
        return _code(text[:_LONGER])
    return code


def name_of(code: str) -> str:
    """English name of a language code; the code itself when it is not in the table."""
    return LANGUAGES.get(code, code)


def parse_languages(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """'en,ko' or ['en', 'ko'] -> ['en', 'ko'], lower-cased and de-duplicated; [] for None.

    Raises ValueError when `value` is not a string or a list of strings, names no code at all (',', ''), or
    holds anything that is not an ISO 639-1 code ('xx', 'en-US').
    """
    if value is None:
        return []
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        items = list(value)
    else:
        raise ValueError(
            f"the language must be an ISO 639-1 code or a list of them (such as 'en' or 'en,ko'), not {value!r}"
        )
    codes = list(dict.fromkeys(code.strip().lower() for code in items if code.strip()))
    for given in items:
        if given.strip() and given.strip().lower() not in ISO_639_1:
            raise ValueError(f"{given.strip()!r} is not an ISO 639-1 language code (such as 'en' or 'ko')")
    if not codes:
        raise ValueError(f"{value!r} names no language; give ISO 639-1 codes such as 'en' or 'en,ko'")
    return codes


def written_in(text: str, code: str) -> bool:
    """Whether `text` reads as the language `code`; True when the language is not one we detect."""
    if code not in LANGUAGES or not text.strip() or by_function_words(text) == code:
        return True
    from lingua import IsoCode639_1

    target = getattr(IsoCode639_1, code.upper())
    detector = _detector()
    detected = detector.detect_language_of(text)
    if detected is not None and detected.iso_code_639_1 == target:
        return True
    values = detector.compute_language_confidence_values(text)
    best = {value.language.iso_code_639_1: value.value for value in values}
    # Short texts can be ambiguous between neighbours (Ukrainian and Russian, Spanish and Portuguese):
    # accept the target when it is a close second.
    return best.get(target, 0.0) >= 0.35
