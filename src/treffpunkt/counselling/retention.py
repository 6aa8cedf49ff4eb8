"""Deletion periods: closed cases after TREFFPUNKT_COUNSELLING_RETENTION_DAYS, first contacts
that never got an answer after TREFFPUNKT_COUNSELLING_UNANSWERED_DAYS. Counts remain."""

import datetime

from django.conf import settings
from django.utils import timezone

from .cases import delete_case
from .models import Case, CaseTally


def expired(now: datetime.datetime | None = None):
    """Cases past their deletion date, with the reason for each."""
    now = now or timezone.now()
    closed_before = now - datetime.timedelta(days=settings.TREFFPUNKT_COUNSELLING_RETENTION_DAYS)
    unanswered_before = now - datetime.timedelta(
        days=settings.TREFFPUNKT_COUNSELLING_UNANSWERED_DAYS
    )
    closed = Case.objects.filter(status=Case.Status.CLOSED, closed_at__lt=closed_before)
    unanswered = Case.objects.filter(
        first_response_at__isnull=True, created_at__lt=unanswered_before
    ).exclude(pk__in=closed.values("pk"))
    return [
        *((case, CaseTally.Reason.CLOSED) for case in closed.select_related("topic")),
        *((case, CaseTally.Reason.UNANSWERED) for case in unanswered.select_related("topic")),
    ]


def purge(now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete every expired case; returns how many per reason."""
    deleted = {CaseTally.Reason.CLOSED: 0, CaseTally.Reason.UNANSWERED: 0}
    for case, reason in expired(now):
        delete_case(case, reason)
        deleted[reason] += 1
    return {str(reason): count for reason, count in deleted.items()}
