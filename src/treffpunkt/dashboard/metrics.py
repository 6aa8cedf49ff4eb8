"""Every figure of the dashboard, defined once.

Each metric is a small function registered with its definition, which the page shows as help
text (the docstring is that definition, in the English source; `help_texts()` translates
it). Offer figures are counted on the directory's facet index, the very bitsets the public
search filters with, so a cell and the search behind its link cannot disagree; counting a
cell is an AND and a popcount, fast at 200,000 offers.
"""

import datetime
from collections.abc import Callable

import numpy as np
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from treffpunkt.counselling import figures
from treffpunkt.directory import freshness
from treffpunkt.directory.models import Offer, SearchFacetBit
from treffpunkt.directory.search.bitsets import count
from treffpunkt.directory.search.facet_index import Snapshot, facet_index

METRICS: dict[str, Callable] = {}


def metric(key: str, definition: str):
    """Register a metric; its definition becomes its docstring and the page's help text."""

    def register(function: Callable) -> Callable:
        function.__doc__ = definition
        METRICS[key] = function
        return function

    return register


def help_texts() -> dict[str, str]:
    """The definition of every metric in the active language, by key."""
    return {key: gettext(function.__doc__) for key, function in METRICS.items()}


def index() -> Snapshot:
    """The directory's facet index as it is now (brought up to date if needed)."""
    return facet_index.current()


def bits_of(dimension: str) -> dict[int, int]:
    """Vocabulary id -> bit in the index's masks ("field", "language", "target")."""
    return dict(SearchFacetBit.objects.filter(dimension=dimension).values_list("value_id", "bit"))


def empty(snapshot: Snapshot) -> np.ndarray:
    return np.zeros(snapshot.words, dtype=np.uint64)


@metric(
    "published",
    gettext_noop(
        "Published offer: an offer with the status “published” whose validity (from/until) "
        "includes today — exactly the offers the public search shows."
    ),
)
def published(snapshot: Snapshot, today: datetime.date | None = None) -> np.ndarray:
    return snapshot.present & snapshot.valid_on(today or timezone.localdate())


@metric(
    "serves",
    gettext_noop(
        "An offer counts in every town it serves: the towns of its locations and of its "
        "service area, where a district in the service area stands for all its towns. An offer "
        "can therefore count in several towns."
    ),
)
def serving(snapshot: Snapshot, town_id: int) -> np.ndarray:
    return snapshot.towns.get(town_id, empty(snapshot))


@metric(
    "district_wide",
    gettext_noop(
        "District-wide offer: its service area is the whole district (typically online or by "
        "phone). It counts in every town and is also shown on its own line."
    ),
)
def district_wide(snapshot: Snapshot, district_id: int | None) -> np.ndarray:
    return snapshot.towns.get(district_id, empty(snapshot)) if district_id else empty(snapshot)


def having(snapshot: Snapshot, dimension: str, bits: list[int]) -> np.ndarray:
    """Offers with any of the given mask bits ("fields", "languages", "targets")."""
    union = empty(snapshot)
    for bit in bits:
        union |= snapshot.values.get((dimension, bit), 0)
    return union


def offers(bits: np.ndarray) -> int:
    return count(bits)


@metric(
    "stale",
    gettext_noop(
        "Stale offer: a published offer (as above) nobody has confirmed as still correct "
        "(HSDS assured_date, “last checked”) within the configured number of months, or never. "
        "The same rule as the weekly reminder e-mail to editors."
    ),
)
def stale(queryset: QuerySet | None = None, today: datetime.date | None = None) -> QuerySet:
    published_offers = (Offer.objects.all() if queryset is None else queryset).published(today)
    return freshness.stale_offers(published_offers, today)


stale_condition = freshness.stale_condition  # the same rule, for aggregates


@metric(
    "offers_per_1000",
    gettext_noop(
        "Offers per 1,000 residents: published offers in a language serving the town, divided "
        "by the residents of that language group, times 1,000. Empty where no residents are known."
    ),
)
def per_thousand(offer_count: int, residents: int) -> float | None:
    return round(offer_count * 1000 / residents, 2) if residents else None


@metric(
    "gap",
    gettext_noop(
        "Gap: a town, field of action and language for which residents of that language group "
        "are known but no published offer in that language serves the town; ordered by the "
        "number of residents concerned."
    ),
)
def is_gap(offer_count: int, residents: int) -> bool:
    return offer_count == 0 and residents > 0


@metric(
    "registered",
    gettext_noop(
        "Registered: registrations holding a place (not cancelled, not on the waiting list)."
    ),
)
def registered_filter() -> Q:
    return Q(status="registered")


@metric(
    "attended",
    gettext_noop(
        "Attended: registrations holding a place that were checked in at the event. Events "
        "without a check-in count no attendance."
    ),
)
def attended_filter() -> Q:
    return Q(status="registered", checked_in_at__isnull=False)


@metric("waiting", gettext_noop("Waiting list: registrations waiting for a place."))
def waiting_filter() -> Q:
    return Q(status="waiting")


@metric(
    "suppressed",
    gettext_noop(
        "Counselling figures are counts only, never content; a count under 5 is shown as "
        "“suppressed”, not as a number, so that nobody can be recognised."
    ),
)
def suppress(value: int | None) -> int | None:
    return None if value is None else figures.shown(value)  # the counselling app's own rule


@metric(
    "quality",
    gettext_noop(
        "Data quality: a published offer lacks languages, opening hours (no times), "
        "accessibility information, or has a web address the link checker could not reach."
    ),
)
def quality_problems(offer: Offer, broken_urls: set[str]) -> list[str]:
    problems = []
    if not offer.language_count:
        problems.append("languages")
    if not offer.schedule_count:
        problems.append("opening_hours")
    if not offer.accessibility_count:
        problems.append("accessibility")
    if broken_urls:
        problems.append("broken_link")
    return problems
