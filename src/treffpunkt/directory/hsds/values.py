"""Ids and values in HSDS form: stable UUIDs, dates, times, booleans, records without gaps."""

import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from treffpunkt.network.models import Municipality

# Never change: every id in every export derives from it.
NAMESPACE = uuid.UUID("5f0c1a52-8a43-4d6b-9b55-3c1e2f6a7d90")


def stable_id(kind: str, *keys) -> str:
    """A UUID for an object of this site that stays the same between exports."""
    name = "/".join([settings.SITE_URL, kind, *(str(key) for key in keys)])
    return str(uuid.uuid5(NAMESPACE, name))


def compact(record: dict, keep: tuple[str, ...] = ()) -> dict:
    """Drop empty values (None, "", []) but those in `keep`; HSDS leaves out what is unknown."""
    return {
        key: value for key, value in record.items() if key in keep or value not in (None, "", [])
    }


def is_valid_email(value: str) -> bool:
    """Whether Django takes `value` for an e-mail address."""
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def is_valid_url(value: str) -> bool:
    """Whether Django takes `value` for a web address (with scheme)."""
    try:
        URLValidator()(value)
    except ValidationError:
        return False
    return True


def format_time(value: datetime.time | None) -> str | None:
    """The time as "HH:MM" (local time)."""
    return value.strftime("%H:%M") if value else None


def format_date(value: datetime.date | None) -> str | None:
    """The date as "YYYY-MM-DD"."""
    return value.isoformat() if value else None


def format_datetime(value: datetime.datetime) -> str:
    """UTC with milliseconds: "2026-07-01T10:00:00.000Z"."""
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def format_boolean(value: bool) -> str:
    """The value as "true" or "false", for attribute values."""
    return "true" if value else "false"


def ancestor(municipality: Municipality, kind: str) -> Municipality | None:
    """The municipality itself or the nearest place above it of this kind."""
    node = municipality
    while node is not None:
        if node.kind == kind:
            return node
        node = node.parent
    return None
