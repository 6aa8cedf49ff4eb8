"""What public results pages show of stored text: never an e-mail address or a phone number.

Protocols are anonymised when they are imported; this is the second line of defence for
text typed in by hand. `{{ statement.text|public }}` replaces anything that looks like an
e-mail address or a phone number with "[…]"; dates, times, years and amounts stay.
"""

import re

from django import template

register = template.Library()

REMOVED = "[…]"
_AT = r"(?:@|\s?[\(\[]\s?(?:at|ät)\s?[\)\]]\s?)"
_DOT = r"(?:\.|\s?[\(\[]\s?(?:dot|punkt)\s?[\)\]]\s?)"
EMAIL = re.compile(rf"[\w.+%-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)
# A run of digits, spaces, slashes, dots, brackets and dashes that starts like a phone
# number (+49, 0049, 0…, (0…) and holds at least six digits.
PHONE_CANDIDATE = re.compile(r"(?<![\w.,])(?:\+|00|\(0|0)[\d\s/().\-–]{5,}\d")
DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.")


def _phone(match: re.Match) -> str:
    candidate = match.group(0)
    digits = sum(ch.isdigit() for ch in candidate)
    if digits < 6 or DATE.search(candidate):
        return candidate
    return REMOVED


def scrub(text) -> str:
    """`text` without e-mail addresses and phone numbers."""
    text = EMAIL.sub(REMOVED, str(text or ""))
    return PHONE_CANDIDATE.sub(_phone, text)


@register.filter
def public(value) -> str:
    """The filter form of `scrub` (autoescaping applies as usual)."""
    return scrub(value)
