"""Counts of how people arrive, per channel tag and month; never per person."""

import re

from django.db.models import F
from django.utils import timezone

from .models import ChannelCount

CHANNEL_PATTERN = re.compile(r"^[a-z0-9-]{1,40}$")


def clean_channel(value: str) -> str:
    """A channel tag as posters and posts carry it ("poster", "facebook-dorsten"), or ""."""
    value = (value or "").strip().lower()
    return value if CHANNEL_PATTERN.match(value) else ""


def _increment(channel: str, column: str) -> None:
    month = timezone.localdate().replace(day=1)
    row, _ = ChannelCount.objects.get_or_create(channel=channel, month=month)
    ChannelCount.objects.filter(pk=row.pk).update(**{column: F(column) + 1})


def count_arrival(channel: str) -> None:
    _increment(channel, "arrivals")


def count_case(channel: str) -> None:
    _increment(channel, "cases")
