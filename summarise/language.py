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


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or 'und' when it cannot tell."""
    language = _detector().detect_language_of(text[:4000])
    if language is None:
        return UNDETERMINED
    return str(language.iso_code_639_1.name).lower()


def name_of(code: str) -> str:
    """English name of a language code; the code itself when it is not in the table."""
    return LANGUAGES.get(code, code)


def parse_languages(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """'en,ko' or ['en', 'ko'] -> ['en', 'ko'], lower-cased and de-duplicated; [] for None."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    codes = list(dict.fromkeys(code.strip().lower() for code in items if code.strip()))
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise ValueError(f"{code!r} is not an ISO 639-1 language code (such as 'en' or 'ko')")
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
