"""Names of languages in other languages, from the Unicode CLDR data that Babel ships."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=4096)
def language_display_name(code: str, in_language: str, fallback: str = "") -> str:
    """Name of language `code` written in `in_language` ("ar" in "de" -> "Arabisch")."""
    try:
        name = Locale.parse(in_language).languages.get(code)
    except (UnknownLocaleError, ValueError):
        name = None
    return name or fallback or code


def native_language_name(code: str, fallback: str = "") -> str:
    """Name of a language in itself ("ar" -> "العربية")."""
    return language_display_name(code, code, fallback)
