"""Statistics of counselling for the network, without content: cases per service, topic,
language, town and channel, response times, interpreter requests. Counts under 5 are never
shown, so that no single person can be recognised in a small group."""

import statistics as stats
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Sum

from .models import Case, CaseInterpreting, CaseTally, ChannelCount

SMALLEST_SHOWN = 5


def shown(count: int) -> int | None:
    """The count, or None where it is too small to show."""
    return count if count >= SMALLEST_SHOWN else None


@dataclass
class Row:
    label: str
    count: int | None


def _rows(counter: Counter) -> list[Row]:
    return [Row(label or "–", shown(count)) for label, count in counter.most_common()]


def _live_and_deleted(case_field: str, tally_field: str) -> Counter:
    counter = Counter()
    for row in Case.objects.values(case_field).annotate(n=Count("pk")):
        counter[row[case_field] or ""] += row["n"]
    for row in CaseTally.objects.values(tally_field).annotate(n=Sum("count")):
        counter[row[tally_field] or ""] += row["n"]
    return counter


def by_service() -> list[Row]:
    return _rows(_live_and_deleted("service__offer__title", "service__offer__title"))


def by_topic() -> list[Row]:
    return _rows(_live_and_deleted("topic__slug", "topic"))


def by_language() -> list[Row]:
    return _rows(_live_and_deleted("language", "language"))


def by_town() -> list[Row]:
    """Open cases only: deleted cases keep no town."""
    return _rows(
        Counter(
            {
                row["municipality__name"] or "": row["n"]
                for row in Case.objects.values("municipality__name").annotate(n=Count("pk"))
            }
        )
    )


def by_channel() -> list[tuple[str, int | None, int | None]]:
    rows = ChannelCount.objects.values("channel").annotate(a=Sum("arrivals"), c=Sum("cases"))
    return [(row["channel"], shown(row["a"]), shown(row["c"])) for row in rows.order_by("-a")]


def median_first_answer_hours() -> float | None:
    """Median hours to the first answer, over the cases not yet deleted (at least 5)."""
    pairs = Case.objects.filter(first_response_at__isnull=False).values_list(
        "created_at", "first_response_at"
    )
    hours = [(answered - created).total_seconds() / 3600 for created, answered in pairs]
    return round(stats.median(hours), 1) if len(hours) >= SMALLEST_SHOWN else None


def interpreter_requests() -> int | None:
    return shown(CaseInterpreting.objects.count())


def referrals() -> int | None:
    """Referrals to offers recorded in cases not yet deleted."""
    return shown(Case.referrals.through.objects.count())
