"""Template helpers for offers: texts in the visitor's language, highlighted matches."""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language, get_language_bidi

from ..search.highlight import highlight

register = template.Library()


@dataclass
class LocalizedText:
    text: str
    lang: str
    dir: str
    is_fallback: bool  # shown in German because no translation exists
    is_outdated: bool = False  # translates an earlier German text (shown with a notice)


@register.simple_tag
def localized(offer, field: str) -> LocalizedText:
    """An offer's text in the active language, or its German source marked as such."""
    language = get_language() or "de"
    translation = offer.translation(language)
    value = getattr(translation, field, "") if translation else ""
    if value:
        direction = "rtl" if get_language_bidi() else "ltr"
        return LocalizedText(value, language, direction, False, translation.is_outdated)
    return LocalizedText(getattr(offer, field), "de", "ltr", language != "de")


@register.simple_tag
def highlighted(localized_text: LocalizedText, alternatives):
    """The text with the query's matches marked."""
    return highlight(localized_text.text, alternatives, localized_text.lang)


@register.filter
def querystring_of(query) -> str:
    return query.querystring()


@register.filter
def get_item(mapping, key):
    return mapping.get(key)
