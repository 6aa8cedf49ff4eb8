"""Template helpers for translated content.

`{% translated event "title" %}` prints the title in the visitor's language, or the German
source wrapped in `<span lang="de">`; `{% translated event "description" as text %}` gives
the text with `.lang`, `.dir`, `.is_fallback` and `.is_outdated` for block elements.
`{% translation_notice event %}` says once per page what is shown in German or may be outdated.
"""

from django import template

from .. import display

register = template.Library()


@register.simple_tag
def translated(obj, field: str) -> display.TranslatedText:
    return display.translated(obj, field)


@register.inclusion_tag("translations/_notice.html")
def translation_notice(obj, *fields: str) -> dict:
    return {"notice": display.notice_for(obj, fields or None)}
