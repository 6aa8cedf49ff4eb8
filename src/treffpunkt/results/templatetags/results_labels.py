"""Labels for the raw values of an import preview."""

from django import template
from django.utils.translation import gettext_lazy as _

from treffpunkt.results.models import Statement

register = template.Library()

HEADER_LABELS = {
    "place": _("Place"),
    "date": _("Date"),
    "starts": _("from"),
    "ends": _("until"),
    "present": _("present"),
    "setting": _("conversation setting"),
    "remarks": _("remarks"),
}


@register.filter
def kind_label(value: str) -> str:
    try:
        return Statement.Kind(value).label
    except ValueError:
        return value


@register.filter
def header_label(key: str) -> str:
    return HEADER_LABELS.get(key, key)
