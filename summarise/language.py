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
