"""Removing participants' personal data once their events are long over.

What stays is what the statistics need: each registration with its event, room, status and
check-in, so that counts per event, room and status remain. Names, addresses, organisations
and needs go; a fresh token makes the old personal links dead.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from .models import Participant, Registration, new_token

ANONYMOUS_NAME = "anonymisiert"
BATCH = 500


def due(now: datetime.datetime | None = None):
    """Participants not anonymised yet whose every event ended more than
    TREFFPUNKT_ANONYMISE_AFTER_DAYS days ago (or who never got a registration)."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS
    )
    return Participant.objects.filter(anonymised_at__isnull=True, created_at__lt=cutoff).exclude(
        registrations__event__ends_at__gte=cutoff
    )


def anonymise_participants(now: datetime.datetime | None = None) -> int:
    """Anonymise the participants that are due; returns how many."""
    now = now or timezone.now()
    pks = list(due(now).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), BATCH):
        batch = pks[start : start + BATCH]
        with transaction.atomic():
            participants = list(Participant.objects.select_for_update().filter(pk__in=batch))
            for participant in participants:
                participant.name = ANONYMOUS_NAME
                participant.email = ""
                participant.organisation_name = ""
                participant.needs = ""
                participant.token = new_token()
                participant.anonymised_at = now
            Participant.objects.bulk_update(
                participants,
                ["name", "email", "organisation_name", "needs", "token", "anonymised_at"],
            )
            # Unique per registration, so the index of active addresses per event holds.
            Registration.objects.filter(participant_id__in=batch).update(
                email=Concat(Value("anonymised-"), Cast("pk", output_field=CharField()))
            )
    return len(pks)
