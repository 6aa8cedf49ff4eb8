"""What became of a recommendation: its status with history, and how the room rated it.

The way of a recommendation: proposed → discussed → adopted by the network → forwarded to a
political body → in implementation (with progress) → implemented; or rejected, with a reason.
Every change is recorded as a StatusChange (who, when, note). Steps may be skipped (not every
recommendation goes to a committee) and a recommendation may be taken up again.

Ratings come from the live poll items a recommendation is linked to: for a rating scale the
mean, the number of answers and the distribution, as `treffpunkt.live` sums them up.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _

from treffpunkt.events.models import Event
from treffpunkt.live.models import Poll, PollItem
from treffpunkt.live.polls import poll_type

from .models import Recommendation, StatusChange

Status = Recommendation.Status

WAY = [
    Status.PROPOSED,
    Status.DISCUSSED,
    Status.ADOPTED,
    Status.FORWARDED,
    Status.IMPLEMENTING,
    Status.IMPLEMENTED,
]
CLOSED = {Status.IMPLEMENTED, Status.REJECTED}
PUBLIC_EVENT_STATUSES = [Event.Status.PUBLISHED, Event.Status.CANCELLED]


# Status ---------------------------------------------------------------------------------


def next_status(recommendation: Recommendation) -> str:
    """The usual next step on the way (the current status if the way has ended)."""
    if recommendation.status in CLOSED:
        return recommendation.status
    return WAY[WAY.index(recommendation.status) + 1]


def progress_for(status: str, progress: int | None, current: int) -> int:
    """The progress a status implies: 100 when implemented, the given value while in
    implementation, unchanged on rejection, 0 before implementation began."""
    if status == Status.IMPLEMENTED:
        return 100
    if status == Status.IMPLEMENTING:
        return current if progress is None else progress
    if status == Status.REJECTED:
        return current
    return 0


def check_change(
    recommendation: Recommendation, status: str, *, progress=None, committee="", reason="", note=""
) -> dict[str, str]:
    """What is missing or wrong in a change of status, by field name (empty if nothing)."""
    errors: dict[str, str] = {}
    if status not in Status.values:
        errors["status"] = _("Please choose a status.")
        return errors
    if status == Status.REJECTED and not reason.strip():
        errors["rejection_reason"] = _("Please give the reason for the rejection.")
    if status == Status.FORWARDED and not (committee.strip() or recommendation.committee):
        errors["committee"] = _("Please name the political body it was forwarded to.")
    if progress is not None and not 0 <= progress <= 100:
        errors["progress"] = _("Progress is a percentage from 0 to 100.")
    unchanged = (
        status == recommendation.status
        and progress_for(status, progress, recommendation.progress) == recommendation.progress
    )
    if unchanged and not note.strip() and not errors:
        errors["status"] = _("Nothing has changed. Choose another status or write a note.")
    return errors


def change_status(
    recommendation: Recommendation,
    status: str,
    *,
    by=None,
    note: str = "",
    progress: int | None = None,
    committee: str = "",
    forwarded_on: datetime.date | None = None,
    reason: str = "",
) -> StatusChange:
    """Move a recommendation to `status` and record the change; raises ValidationError
    (by field) if the change is incomplete, e.g. a rejection without a reason."""
    errors = check_change(
        recommendation, status, progress=progress, committee=committee, reason=reason, note=note
    )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        locked = Recommendation.objects.select_for_update(of=("self",)).get(pk=recommendation.pk)
        locked.progress = progress_for(status, progress, locked.progress)
        locked.status = status
        if status == Status.FORWARDED:
            locked.committee = committee.strip() or locked.committee
            locked.forwarded_on = forwarded_on or locked.forwarded_on or timezone.localdate()
        if status == Status.REJECTED:
            locked.rejection_reason = reason.strip()
        locked.save()
        change = StatusChange.objects.create(
            recommendation=locked,
            status=status,
            progress=locked.progress,
            note=note.strip(),
            changed_by=by if getattr(by, "is_authenticated", False) else None,
        )
    for name in (
        "status",
        "progress",
        "committee",
        "forwarded_on",
        "rejection_reason",
        "updated_at",
    ):
        setattr(recommendation, name, getattr(locked, name))
    return change


def record_start(recommendation: Recommendation, *, by=None, note: str = "") -> StatusChange:
    """The first entry of the history: the status a new recommendation starts with."""
    return StatusChange.objects.create(
        recommendation=recommendation,
        status=recommendation.status,
        progress=recommendation.progress,
        note=note,
        changed_by=by if getattr(by, "is_authenticated", False) else None,
    )


def status_counts(recommendations) -> list[tuple[str, str, int]]:
    """(status, label, count) for every status, in the order of the way, rejected last."""
    counts = Counter(recommendation.status for recommendation in recommendations)
    labels = dict(Status.choices)
    return [(status, labels[status], counts[status]) for status in [*WAY, Status.REJECTED]]


# Which recommendations the public sees ---------------------------------------------------


def public_recommendations():
    """Recommendations of published (or cancelled) events, and those made outside an event."""
    return Recommendation.objects.filter(
        Q(event__isnull=True) | Q(event__status__in=PUBLIC_EVENT_STATUSES)
    )


# Ratings --------------------------------------------------------------------------------


@dataclass
class ItemResult:
    """How one linked poll item fared: a rating (mean, n, distribution), a choice (count
    of voters) or a ranking (Borda points, mean place)."""

    poll: str
    kind: str
    text: str
    voters: int
    n: int = 0
    mean: float | None = None
    distribution: list[int] = field(default_factory=list)
    scale_max: int = 0
    count: int = 0
    points: int = 0
    mean_place: float | None = None

    @property
    def share(self) -> float:
        return self.count / self.voters if self.voters else 0.0

    @property
    def bars(self) -> list[tuple[int, int, int]]:
        """(value, count, percent of the answers) for each value on the scale."""
        return [
            (value, count, round(100 * count / self.n) if self.n else 0)
            for value, count in enumerate(self.distribution, start=1)
        ]


@dataclass
class Rating:
    """All that is known of how a recommendation was rated."""

    items: list[ItemResult]

    @property
    def ratings(self) -> list[ItemResult]:
        return [item for item in self.items if item.kind == Poll.Kind.RATING]

    @property
    def n(self) -> int:
        return sum(item.n for item in self.ratings)

    @property
    def mean(self) -> float | None:
        """The mean of all answers on the same scale (None if there are none, or scales differ)."""
        rated = [item for item in self.ratings if item.n]
        if not rated or len({item.scale_max for item in rated}) > 1:
            return None
        return sum(item.mean * item.n for item in rated) / sum(item.n for item in rated)

    @property
    def scale_max(self) -> int:
        return max((item.scale_max for item in self.ratings), default=0)

    @property
    def distribution(self) -> list[int]:
        """Answers per value, summed over the linked rating items of the same scale."""
        rated = [item for item in self.ratings if item.scale_max == self.scale_max]
        return (
            [sum(values) for values in zip(*(item.distribution for item in rated), strict=True)]
            if rated
            else []
        )

    def chart_results(self) -> dict:
        """The rating items as `treffpunkt.live.charts.rating_chart` draws them."""
        return {
            "voters": self.n,
            "scale_max": self.scale_max,
            "items": [
                {
                    "text": item.text,
                    "n": item.n,
                    "mean": item.mean,
                    "distribution": item.distribution,
                }
                for item in self.ratings
                if item.scale_max == self.scale_max
            ],
        }

    def __bool__(self) -> bool:
        return bool(self.items)


def _item_result(poll: Poll, row: dict, voters: int, scale_max: int) -> ItemResult:
    result = ItemResult(poll=poll.question, kind=poll.kind, text=row["text"], voters=voters)
    if poll.kind == Poll.Kind.RATING:
        result.n, result.mean = row["n"], row["mean"]
        result.distribution, result.scale_max = row["distribution"], scale_max
    elif poll.kind == Poll.Kind.RANKING:
        result.points, result.mean_place = row["points"], row["mean_place"]
    else:
        result.count = row.get("count", 0)
    return result


def ratings(recommendations) -> dict[int, Rating]:
    """The ratings of several recommendations by their pk, with a few queries in all."""
    recommendations = list(recommendations)
    links = list(
        Recommendation.poll_items.through.objects.filter(
            recommendation_id__in=[r.pk for r in recommendations]
        ).values_list("recommendation_id", "pollitem_id")
    )
    items = PollItem.objects.filter(pk__in={item_id for _, item_id in links})
    polls = (
        Poll.objects.filter(pk__in=items.values("poll_id"))
        .exclude(kind__in=[Poll.Kind.WORDCLOUD, Poll.Kind.OPEN])
        .prefetch_related("items", "votes")
    )
    by_item: dict[int, ItemResult] = {}
    for poll in polls:
        answers = [vote.answer for vote in poll.votes.all()]
        summed = poll_type(poll.kind).aggregate(poll, answers)
        for row in summed["items"]:
            by_item[row["id"]] = _item_result(
                poll, row, summed["voters"], summed.get("scale_max", 0)
            )
    found: dict[int, list[ItemResult]] = {r.pk: [] for r in recommendations}
    for recommendation_id, item_id in sorted(links):
        if item_id in by_item:
            found[recommendation_id].append(by_item[item_id])
    return {pk: Rating(items) for pk, items in found.items()}


def rating(recommendation: Recommendation) -> Rating:
    return ratings([recommendation])[recommendation.pk]


def rateable_items(event: Event | None):
    """Poll items a recommendation of `event` may be linked to: those of its polls that sum
    up per item (rating, choice, ranking)."""
    if event is None:
        return PollItem.objects.none()
    return (
        PollItem.objects.filter(poll__session__event=event)
        .exclude(poll__kind__in=[Poll.Kind.WORDCLOUD, Poll.Kind.OPEN])
        .select_related("poll", "poll__session")
        .order_by("poll__session__pk", "poll__position", "poll__pk", "position", "pk")
    )


# The public overview ----------------------------------------------------------------------


@dataclass
class FieldGroup:
    """The recommendations of one field of action, with their counts per status."""

    field: object
    recommendations: list

    @property
    def counts(self) -> list[tuple[str, str, int]]:
        return [row for row in status_counts(self.recommendations) if row[2]]


def by_field(recommendations) -> list[FieldGroup]:
    """Recommendations grouped by field of action, in the order of the fields."""
    groups: dict[int, FieldGroup] = {}
    for recommendation in recommendations:
        field_id = recommendation.field_of_action_id
        if field_id not in groups:
            groups[field_id] = FieldGroup(recommendation.field_of_action, [])
        groups[field_id].recommendations.append(recommendation)
    return sorted(groups.values(), key=lambda g: (g.field.position, g.field.name))


def practice_url(practice) -> str:
    """The public page of a good practice, or "" while there is none."""
    try:
        return practice.get_absolute_url()
    except NoReverseMatch:
        return ""
