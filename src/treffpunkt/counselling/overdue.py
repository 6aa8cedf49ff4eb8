"""The response promise: team leads learn of cases whose answer is overdue, once per case
and overdue answer."""

from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from . import notifications
from .models import Case


def report_overdue(now=None) -> int:
    """E-mail each organisation's team leads the cases newly overdue; returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        cases = list(
            Case.objects.overdue(now)
            .filter(overdue_reported_at__isnull=True)
            .select_related("service")
            .select_for_update(of=("self",))
        )
        Case.objects.filter(pk__in=[case.pk for case in cases]).update(overdue_reported_at=now)
    by_organisation = defaultdict(list)
    for case in cases:
        by_organisation[case.service.organisation_id].append(case.pk)
    for organisation_id, case_ids in by_organisation.items():
        notifications.tell_leads_overdue(organisation_id, sorted(case_ids))
    return len(cases)
