"""Where a translation stands: missing, draft, outdated or done — decided here and only here."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    MISSING = "missing", _("missing")
    DRAFT = "draft", _("draft, not yet approved")
    OUTDATED = "outdated", _("outdated")
    DONE = "done", _("done")


@dataclass
class TranslationRecord:
    """One object's translation into one language, whichever model stores it."""

    language: str
    values: dict[str, str]
    is_approved: bool
    outdated_fields: frozenset[str] = frozenset()
    machine_translated: bool = False
    # The German text when the translation was saved, where the store keeps it.
    source_values: dict[str, str] = field(default_factory=dict)
    updated_at: datetime | None = None
    translated_by: str = ""

    @property
    def is_outdated(self) -> bool:
        return bool(self.outdated_fields)

    @property
    def status(self) -> Status:
        return status_of(self)


def status_of(record: TranslationRecord | None) -> Status:
    """Missing without text; outdated when the German text changed since (even a draft:
    it needs work against the new text); else draft or done."""
    if record is None or not any(value.strip() for value in record.values.values()):
        return Status.MISSING
    if record.is_outdated:
        return Status.OUTDATED
    return Status.DONE if record.is_approved else Status.DRAFT
