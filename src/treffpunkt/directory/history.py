"""An offer's change history (django-simple-history) as a list people can read."""

from dataclasses import dataclass, field
from datetime import datetime

from .models import ContactChannel, Offer, Schedule

CHANGE_LABELS = {"+": "created", "~": "changed", "-": "deleted"}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: datetime
    who: str
    what: str  # "offer", "time", "contact"
    kind: str  # created / changed / deleted
    changes: list[Change] = field(default_factory=list)


def _user(record) -> str:
    return str(record.history_user) if record.history_user else ""


def _value(model, field_name: str, value) -> str:
    if isinstance(value, list):  # many-to-many: rows of the through table as dicts
        related = model._meta.get_field(field_name).related_model
        ids = [row[related._meta.model_name] for row in value]
        names = related._default_manager.in_bulk(ids)
        return ", ".join(sorted(str(names.get(pk, pk)) for pk in ids)) or "–"
    if value in (None, ""):
        return "–"
    return str(value)


def _entries(records, model, what: str) -> list[HistoryEntry]:
    """Entries for the history records of one model, each compared with the record
    before it of the same object."""
    by_object: dict[int, list] = {}
    for record in records:  # newest first
        by_object.setdefault(record.id, []).append(record)
    entries = []
    for object_records in by_object.values():
        for index, record in enumerate(object_records):
            previous = object_records[index + 1] if index + 1 < len(object_records) else None
            entry = HistoryEntry(
                record.history_date, _user(record), what, CHANGE_LABELS[record.history_type]
            )
            if previous is not None and record.history_type == "~":
                for change in record.diff_against(previous).changes:
                    entry.changes.append(
                        Change(
                            str(model._meta.get_field(change.field).verbose_name),
                            _value(model, change.field, change.old),
                            _value(model, change.field, change.new),
                        )
                    )
                if not entry.changes:
                    continue
            entries.append(entry)
    return entries


def offer_history(offer: Offer) -> list[HistoryEntry]:
    """Every recorded change of an offer and its times and contacts, newest first."""
    entries = _entries(offer.history.select_related("history_user"), Offer, "offer")
    entries += _entries(
        Schedule.history.filter(offer_id=offer.pk).select_related("history_user"), Schedule, "time"
    )
    entries += _entries(
        ContactChannel.history.filter(offer_id=offer.pk).select_related("history_user"),
        ContactChannel,
        "contact",
    )
    return sorted(entries, key=lambda entry: entry.when, reverse=True)
