"""Results, events and counselling in figures: counts from the other apps, GROUP BY queries.

Counselling figures come from `counselling.figures`, which already suppresses counts under
5; a suppressed figure stays None here and is shown as suppressed, never as 0.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from treffpunkt.counselling import figures as counselling_figures
from treffpunkt.events.models import Event, EventSeries, Registration
from treffpunkt.network.models import FieldOfAction
from treffpunkt.results.models import Recommendation, StatusChange

from . import metrics


@dataclass
class Period:
    start: datetime.date | None = None
    end: datetime.date | None = None

    def q(self, field: str) -> Q:
        """A filter keeping `field` (a date or date-time) within the period."""
        condition = Q()
        if self.start:
            condition &= Q(**{f"{field}__date__gte": self.start})
        if self.end:
            condition &= Q(**{f"{field}__date__lte": self.end})
        return condition


def recommendations(network, field_slugs=(), period: Period | None = None) -> dict:
    """Recommendations by status × field of action, and status changes in the period."""
    period = period or Period()
    items = Recommendation.objects.filter(network=network)
    if field_slugs:
        items = items.filter(field_of_action__slug__in=field_slugs)
    counts = {
        (row["field_of_action_id"], row["status"]): row["n"]
        for row in items.values("field_of_action_id", "status").annotate(n=Count("pk"))
    }
    statuses = list(Recommendation.Status.choices)
    fields = [(None, "–")] + [(f.pk, f.display_name) for f in FieldOfAction.objects.all()]
    rows = [
        (label, [counts.get((pk, status), 0) for status, _ in statuses])
        for pk, label in fields
        if any(counts.get((pk, status)) for status, _ in statuses)
    ]
    totals = [sum(row[1][i] for row in rows) for i in range(len(statuses))]
    changes = StatusChange.objects.filter(recommendation__in=items).filter(period.q("changed_at"))
    return {
        "statuses": [str(label) for _, label in statuses],
        "rows": rows,
        "totals": totals,
        "changes_in_period": changes.count(),
    }


def _events(network, filters, period: Period, organisation_ids):
    # The network's events: in its series, or organised by one of its members.
    events = Event.objects.filter(
        Q(series__network=network) | Q(organisers__networks=network)
    ).filter(period.q("starts_at"))
    if filters.towns:
        events = events.filter(municipality__slug__in=filters.towns)
    if filters.fields:
        events = events.filter(fields_of_action__slug__in=filters.fields)
    if filters.languages:
        events = events.filter(languages__code__in=filters.languages)
    if organisation_ids is not None:
        events = events.filter(organisers__in=organisation_ids)
    return Event.objects.filter(pk__in=events.values("pk"))


def _registration_counts() -> dict:
    return {
        "registered": Count("pk", filter=metrics.registered_filter()),
        "attended": Count("pk", filter=metrics.attended_filter()),
        "waiting": Count("pk", filter=metrics.waiting_filter()),
    }


def events(network, filters, period: Period | None = None, organisation_ids=None) -> dict:
    """Registrations, attendance and waiting lists per series, per field and per month."""
    period = period or Period()
    scope = _events(network, filters, period, organisation_ids)
    registrations = Registration.objects.filter(event__in=scope)
    per_series = list(
        registrations.values("event__series__title")
        .annotate(events=Count("event", distinct=True), **_registration_counts())
        .order_by("event__series__title")
    )
    per_field = list(
        registrations.values("event__fields_of_action__name")
        .annotate(events=Count("event", distinct=True), **_registration_counts())
        .order_by("event__fields_of_action__name")
    )
    per_month = list(
        registrations.annotate(month=TruncMonth("event__starts_at"))
        .values("month")
        .annotate(**_registration_counts())
        .order_by("month")
    )
    return {
        "series": [{**row, "label": row.pop("event__series__title") or "–"} for row in per_series],
        "fields": [
            {**row, "label": row.pop("event__fields_of_action__name") or "–"} for row in per_field
        ],
        "months": [
            {**row, "label": row["month"].strftime("%Y-%m") if row["month"] else "–"}
            for row in per_month
        ],
        "events": scope.count(),
        "series_count": EventSeries.objects.filter(events__in=scope).distinct().count(),
    }


def counselling() -> dict:
    """Counselling figures as the counselling app computes them (suppressed under 5)."""
    return {
        "median_first_answer_hours": counselling_figures.median_first_answer_hours(),
        "referrals": counselling_figures.referrals(),
        "interpreter_requests": counselling_figures.interpreter_requests(),
        "by_language": [(r.label, r.count) for r in counselling_figures.by_language()],
        "by_topic": [(r.label, r.count) for r in counselling_figures.by_topic()],
        "by_town": [(r.label, r.count) for r in counselling_figures.by_town()],
        "by_channel": [
            (channel, arrivals, cases)
            for channel, arrivals, cases in counselling_figures.by_channel()
        ],
    }
