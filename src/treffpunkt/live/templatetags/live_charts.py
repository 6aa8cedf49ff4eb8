"""`{% live_chart poll results %}`: the SVG chart of a poll's results, drawn by charts.py."""

from django import template
from django.utils.safestring import mark_safe

from .. import charts

register = template.Library()


@register.simple_tag
def live_chart(poll, results) -> str:
    # charts.py escapes every text it draws.
    return mark_safe(charts.chart(poll.kind, results, poll.question))
