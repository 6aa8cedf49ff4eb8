"""Stale offers per organisation, data quality per offer, and the link checker."""

import urllib.error
import urllib.request
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from treffpunkt.directory.models import ContactChannel, Offer, Schedule, SearchPlace

from . import metrics
from .models import LinkCheck, QualityFigures

LINK_TIMEOUT_SECONDS = 5
PROBLEM_LABELS = {
    "languages": _("no languages"),
    "opening_hours": _("no opening hours"),
    "accessibility": _("no accessibility information"),
    "broken_link": _("broken link"),
}


def offers_in(towns, organisation_ids: set[int] | None, by_town: bool = True):
    """Published offers serving the towns (the search's places: locations and service area,
    districts expanded), limited to some organisations. Without `by_town` the organisations'
    offers are taken whole (they are the network's), which spares a scan of every place."""
    offers = Offer.objects.published()
    if by_town:
        places = SearchPlace.objects.filter(municipality_id__in=[t.pk for t in towns])
        offers = offers.filter(pk__in=places.values("entry_id"))
    if organisation_ids is not None:
        offers = offers.filter(organisation_id__in=organisation_ids)
    return offers


@dataclass
class OrganisationStale:
    name: str
    organisation_id: int
    published: int
    stale: int


FIGURE_COUNTS = {
    "published": Count("pk"),
    "no_languages": Count("pk", filter=Q(has_languages=False)),
    "no_opening_hours": Count("pk", filter=Q(has_schedules=False)),
    "no_accessibility": Count("pk", filter=Q(has_accessibility=False)),
    "broken_links": Count("pk", filter=Q(has_broken_link=True)),
}


@transaction.atomic
def refresh_figures() -> int:
    """Recompute the stored quality figures: per organisation, and per organisation and town
    served (the search's places). Two GROUP BY queries; returns the rows written."""
    now = timezone.now()
    flagged = with_quality_flags(Offer.objects.published().order_by())
    # One search place per offer and town (indexing merges an offer's places in a town), so
    # the per-town counts count offers.
    counts = {**FIGURE_COUNTS, "stale": Count("pk", filter=metrics.stale_condition())}
    rows = [
        QualityFigures(organisation_id=r.pop("organisation_id"), computed_at=now, **r)
        for r in flagged.values("organisation_id").annotate(**counts)
    ]
    by_town = flagged.filter(search_entry__places__isnull=False).values(
        "organisation_id", "search_entry__places__municipality_id"
    )
    for r in by_town.annotate(**counts):
        rows.append(
            QualityFigures(
                organisation_id=r.pop("organisation_id"),
                municipality_id=r.pop("search_entry__places__municipality_id"),
                computed_at=now,
                **r,
            )
        )
    QualityFigures.objects.all().delete()
    QualityFigures.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


@dataclass
class StoredQuality:
    """The stored figures for a scope: per organisation, totals, and when computed."""

    by_organisation: list[OrganisationStale]
    totals: dict[str, int]
    stale: int
    computed_at: object


def stored(towns, organisation_ids: set[int] | None, town_filter: bool) -> StoredQuality:
    """Sum the stored figures over the towns (filtered) or per organisation (unfiltered:
    the organisation-wide rows of organisations serving any of the towns)."""
    if not QualityFigures.objects.exists():
        refresh_figures()
    town_rows = QualityFigures.objects.filter(municipality__in=towns)
    if organisation_ids is not None:
        town_rows = town_rows.filter(organisation_id__in=organisation_ids)
    rows = town_rows
    if not town_filter:
        rows = QualityFigures.objects.filter(
            municipality__isnull=True,
            organisation_id__in=town_rows.values("organisation_id"),
        )
    fields = ["published", "stale", *FIGURE_COUNTS.keys() - {"published"}]
    per_organisation: dict[int, dict] = {}
    names = {}
    computed_at = None
    for row in rows.select_related("organisation"):
        target = per_organisation.setdefault(row.organisation_id, dict.fromkeys(fields, 0))
        for name in fields:
            target[name] += getattr(row, name)
        names[row.organisation_id] = row.organisation.name
        computed_at = row.computed_at
    listed = [
        OrganisationStale(names[o], o, figures["published"], figures["stale"])
        for o, figures in per_organisation.items()
    ]
    total = {
        key: sum(f[field] for f in per_organisation.values())
        for key, field in [
            ("languages", "no_languages"), ("opening_hours", "no_opening_hours"),
            ("accessibility", "no_accessibility"), ("broken_link", "broken_links"),
        ]
    }  # fmt: skip
    return StoredQuality(
        sorted(listed, key=lambda r: (-r.stale, r.name)),
        total,
        sum(f["stale"] for f in per_organisation.values()),
        computed_at,
    )


def stale_list(offers, limit: int = 50):
    """The stale offers themselves, oldest check first (never checked first of all)."""
    return (
        metrics.stale(offers)
        .select_related("organisation")
        .order_by("organisation__name", "last_checked", "title")[:limit]
    )


@dataclass
class QualityRow:
    offer: Offer
    problems: list[str] = field(default_factory=list)

    @property
    def labels(self) -> str:
        return ", ".join(str(PROBLEM_LABELS[p]) for p in self.problems)


def _has(through, **extra) -> Exists:
    return Exists(through.objects.filter(offer_id=OuterRef("pk"), **extra))


def with_quality_flags(offers):
    """Each offer annotated with what it has (EXISTS subqueries: one pass, no joins)."""
    return offers.annotate(
        has_languages=_has(Offer.languages.through),
        has_schedules=_has(Schedule),
        has_accessibility=_has(Offer.accessibility.through),
        has_broken_link=_has(LinkCheck, is_broken=True),
    )


def with_quality_counts(offers):
    """The flags as counts, as `metrics.quality_problems` reads them."""
    return with_quality_flags(offers).annotate(
        language_count=Cast("has_languages", IntegerField()),
        schedule_count=Cast("has_schedules", IntegerField()),
        accessibility_count=Cast("has_accessibility", IntegerField()),
    )


def quality_list(offers, limit: int = 50) -> list[QualityRow]:
    """The first offers with a problem, oldest first (in id order, so the database stops
    after `limit` without sorting an organisation's thousands of offers)."""
    any_problem = (
        Q(has_languages=False) | Q(has_schedules=False) | Q(has_accessibility=False)
        | Q(has_broken_link=True)
    )  # fmt: skip
    candidates = (
        with_quality_counts(offers)
        .filter(any_problem)
        .select_related("organisation")
        .order_by("pk")[:limit]
    )
    return [
        QualityRow(o, metrics.quality_problems(o, {o.pk} if o.has_broken_link else set()))
        for o in candidates
    ]


def head(url: str) -> str:
    """HEAD a web address with a short timeout; the answer as text ("200", "timeout", …)."""
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "Treffpunkt"})
    try:
        with urllib.request.urlopen(request, timeout=LINK_TIMEOUT_SECONDS) as response:
            return str(response.status)
    except urllib.error.HTTPError as error:
        return str(error.code)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        return type(error).__name__[:60]


def is_broken(answer: str) -> bool:
    """A 4xx/5xx answer or no answer at all; 405 (HEAD not allowed) is not broken."""
    return not (answer.isdigit() and (int(answer) < 400 or int(answer) == 405))


def check_links(limit: int = 2000) -> int:
    """Check the web addresses of published offers, least recently checked first."""
    channels = ContactChannel.objects.filter(
        kind=ContactChannel.Kind.WEB, offer__in=Offer.objects.published()
    ).select_related("offer")
    checked = dict(LinkCheck.objects.values_list("url", "checked_at"))
    ordered = sorted(
        channels,
        key=lambda c: (c.href in checked, checked[c.href].timestamp() if c.href in checked else 0),
    )
    done = 0
    for channel in ordered[:limit]:
        answer = head(channel.href)
        LinkCheck.objects.update_or_create(
            offer=channel.offer,
            url=channel.href[:300],
            defaults={
                "is_broken": is_broken(answer),
                "status": answer,
                "checked_at": timezone.now(),
            },
        )
        done += 1
    return done
