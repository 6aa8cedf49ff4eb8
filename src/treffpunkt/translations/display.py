"""What visitors read: the approved translation into their language, else the German source,
marked as such (lang="de", so screen readers switch voice) — never a draft, never silently
an outdated text."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info

from . import registry
from .status import TranslationRecord

SOURCE_LANGUAGE = "de"
_CACHE = "_translation_records"


@dataclass(frozen=True)
class TranslatedText:
    """A text with the language it is in; printed, it is HTML that says so where needed."""

    text: str
    lang: str
    dir: str
    is_fallback: bool = False  # the German source, shown because there is no translation
    is_outdated: bool = False  # a translation of an earlier German text (shown with a notice)

    def __html__(self) -> SafeString:
        if self.is_fallback:
            return format_html(
                '<span class="fallback" lang="{}" dir="{}">{}</span>',
                self.lang,
                self.dir,
                self.text,
            )
        return conditional_escape(self.text)

    def __str__(self) -> str:
        return self.__html__()

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def lines(self) -> list[str]:
        """Non-empty lines without list bullets (for "one step per line" fields)."""
        lines = (line.strip(" -•*\t") for line in self.text.splitlines())
        return [line for line in lines if line]


def shows_outdated() -> bool:
    """The operator's choice: outdated translations with a notice, or the German source."""
    return settings.TREFFPUNKT_OUTDATED_TRANSLATIONS != "source"


def record_for(obj, language: str) -> TranslationRecord | None:
    """The translation of `obj` into `language`, fetched once per object and language."""
    cache = obj.__dict__.setdefault(_CACHE, {})
    if language not in cache:
        translatable = registry.for_object(obj)
        found = translatable.store.records(translatable, [obj], language) if translatable else {}
        cache[language] = found.get((obj.pk, language))
    return cache[language]


def prefetch(objects, language: str | None = None) -> None:
    """Fetch the translations of many objects of one kind in one query (for lists)."""
    objects = list(objects)
    language = language or get_language() or SOURCE_LANGUAGE
    if not objects or language == SOURCE_LANGUAGE:
        return
    translatable = registry.for_object(objects[0])
    if translatable is None:
        return
    found = translatable.store.records(translatable, objects, language)
    for obj in objects:
        obj.__dict__.setdefault(_CACHE, {})[language] = found.get((obj.pk, language))


def _direction(language: str) -> str:
    return "rtl" if get_language_info(language)["bidi"] else "ltr"


def translated(obj, field: str, language: str | None = None) -> TranslatedText:
    """`obj.field` in `language` (the active one), or its German source marked as fallback."""
    language = language or get_language() or SOURCE_LANGUAGE
    source = getattr(obj, field) or ""
    if language == SOURCE_LANGUAGE:
        return TranslatedText(source, SOURCE_LANGUAGE, "ltr")
    record = record_for(obj, language)
    value = record.values.get(field, "") if record and record.is_approved else ""
    outdated = bool(record) and field in record.outdated_fields
    if value and (not outdated or shows_outdated()):
        return TranslatedText(value, language, _direction(language), is_outdated=outdated)
    return TranslatedText(source, SOURCE_LANGUAGE, "ltr", is_fallback=bool(source))


@dataclass(frozen=True)
class Notice:
    """What the page says about its texts: all or some in German, or possibly outdated."""

    all_fallback: bool
    some_fallback: bool
    outdated: bool
    language_name: str

    def __bool__(self) -> bool:
        return self.some_fallback or self.outdated


def notice_for(obj, fields: tuple[str, ...] | None = None) -> Notice:
    """The notice for `obj`'s page in the active language (empty in German)."""
    language = get_language() or SOURCE_LANGUAGE
    translatable = registry.for_object(obj)
    if language == SOURCE_LANGUAGE or translatable is None:
        return Notice(False, False, False, "")
    texts = [translated(obj, name, language) for name in fields or translatable.fields]
    texts = [text for text in texts if text]
    fallbacks = [text.is_fallback for text in texts]
    return Notice(
        all_fallback=bool(fallbacks) and all(fallbacks),
        some_fallback=any(fallbacks),
        outdated=any(text.is_outdated for text in texts),
        language_name=get_language_info(language)["name_translated"],
    )
