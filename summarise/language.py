"""Detecting an article's language offline, with lingua.

lingua is chosen over langdetect and fastText's lid model because it is
maintained, ships its models inside the wheel (no download at run time) and is
the most accurate of them on short texts. Only the languages below are loaded,
lazily, which keeps start-up and memory small.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

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
    if code not in LANGUAGES or not text.strip():
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
