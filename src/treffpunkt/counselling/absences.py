"""Absence notes ("on holiday until 12 May, my colleagues answer") that the client sees
on the case page while they apply."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .models import AbsenceNote, Case
from .rules import counselling_organisation_ids


def for_user(user):
    """The notes of every team the user counsels in, newest first."""
    return (
        AbsenceNote.objects.filter(organisation_id__in=counselling_organisation_ids(user))
        .select_related("organisation", "user")
        .order_by("-starts_at")
    )


def current_for(case: Case, now: datetime.datetime | None = None) -> list[AbsenceNote]:
    """Notes of the case's team that apply now: the whole team's, and the assigned
    counsellor's own."""
    now = now or timezone.now()
    people = Q(user__isnull=True)
    if case.assigned_to_id:
        people |= Q(user_id=case.assigned_to_id)
    return list(
        AbsenceNote.objects.filter(
            people,
            organisation_id=case.service.organisation_id,
            starts_at__lte=now,
            ends_at__gte=now,
        )
    )
