"""Marks the words of a text that match the query, for result lists."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import text
from .backends.base import Alternative


def highlight(value: str, alternatives: tuple[Alternative, ...], language: str) -> SafeString:
    """`value` with every matching word wrapped in <mark>, everything else escaped."""
    if not value or not alternatives:
        return escape(value)
    exact = {a.term for a in alternatives if not a.prefix}
    prefixes = tuple(a.term for a in alternatives if a.prefix)
    parts: list[str] = []
    position = 0
    for word in text.words_with_positions(value):
        start, end, raw = word
        terms = {text.term(raw, language), text.term(raw, "de"), text.fold(raw)}
        if terms & exact or any(t.startswith(prefixes) for t in terms if prefixes):
            parts.append(escape(value[position:start]))
            parts.append(f"<mark>{escape(raw)}</mark>")
            position = end
    parts.append(escape(value[position:]))
    return mark_safe("".join(parts))
