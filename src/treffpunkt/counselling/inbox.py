"""The team inbox: a counsellor's organisations' cases, in the views a team works with."""

from django.db.models import QuerySet

from .models import Case
from .rules import counselling_organisation_ids

VIEWS = ("neu", "meine", "ueberfaellig", "offen", "geschlossen")


def cases_for(user) -> QuerySet:
    """Every case the user may see: those of their organisations' services."""
    return Case.objects.filter(
        service__organisation_id__in=counselling_organisation_ids(user)
    ).select_related(
        "service__offer", "service__organisation", "topic", "municipality", "assigned_to"
    )


def inbox(user, view: str) -> QuerySet:
    """One view of the inbox: new, mine, overdue, all open, closed."""
    cases = cases_for(user)
    if view == "neu":
        return cases.filter(status=Case.Status.NEW, assigned_to__isnull=True)
    if view == "meine":
        return cases.filter(assigned_to=user).exclude(status=Case.Status.CLOSED)
    if view == "ueberfaellig":
        return cases.overdue().order_by("answer_due_at")
    if view == "geschlossen":
        return cases.filter(status=Case.Status.CLOSED)
    return cases.exclude(status=Case.Status.CLOSED)


def counts(user) -> dict[str, int]:
    return {view: inbox(user, view).count() for view in VIEWS}
