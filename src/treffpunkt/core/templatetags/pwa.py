"""Template tags of the installable web app."""

from django import template

from .. import pwa

register = template.Library()


@register.simple_tag
def offer_path_pattern() -> str:
    """The regular expression app.js uses to recognise an offer's page (for the Save button)."""
    return pwa.offer_path_pattern()


@register.simple_tag
def theme_colour() -> str:
    return pwa.THEME_COLOUR
