"""What coordinators see at a glance: open requests per language, the languages asked for
that nobody in the pool speaks (or nobody who works in the town), and hours per interpreter
and month."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from treffpunkt.network.models import Language, Municipality

from .interpreter_matching import Pool
from .models import InterpretingRequest, Mode
from .rules import QUEUE_STATUSES

Status = InterpretingRequest.Status
WORKED = (Status.ASSIGNED, Status.DONE)
# Languages asked for in this time count as "requested", even without an open request now.
REQUESTED_WITHIN = datetime.timedelta(days=365)


@dataclass
class LanguageCoverage:
    """One requested language: how much is open, who speaks it, where nobody goes."""

    language: Language
    open_requests: int = 0
    requests_last_year: int = 0
    interpreters: int = 0
    uncovered_towns: list[str] = field(default_factory=list)

    @property
    def missing(self) -> bool:
        return self.interpreters == 0


@dataclass
class InterpreterHours:
    interpreter: object
    hours: list[float]  # one per month of the overview
    assignments_this_month: int = 0

    @property
    def total(self) -> float:
        return round(sum(self.hours), 1)


def open_requests(now: datetime.datetime | None = None):
    """Requests still waiting for an interpreter, soonest first."""
    now = now or timezone.now()
    return (
        InterpretingRequest.objects.filter(status__in=QUEUE_STATUSES, starts_at__gte=now)
        .select_related("language", "municipality", "institution")
        .order_by("starts_at", "pk")
    )


def coverage(interpreters, now: datetime.datetime | None = None) -> list[LanguageCoverage]:
    """Coverage of every language asked for in the last year or open now, by the given
    interpreters (active ones count): languages nobody speaks first, then the busiest."""
    now = now or timezone.now()
    pool = Pool(interpreters.filter(is_active=True))
    speakers = defaultdict(list)
    for profile in pool.profiles:
        for language_id in profile.levels:
            speakers[language_id].append(profile)
    rows: dict[int, LanguageCoverage] = {}
    recent = InterpretingRequest.objects.filter(created_at__gte=now - REQUESTED_WITHIN)
    languages = Language.objects.in_bulk(
        set(recent.values_list("language_id", flat=True))
        | set(open_requests(now).values_list("language_id", flat=True))
    )
    for language_id, language in languages.items():
        rows[language_id] = LanguageCoverage(language, interpreters=len(speakers[language_id]))
    for language_id in recent.exclude(status=Status.CANCELLED).values_list(
        "language_id", flat=True
    ):
        rows[language_id].requests_last_year += 1
    towns = dict(Municipality.objects.values_list("pk", "name"))
    for request in open_requests(now):
        row = rows[request.language_id]
        row.open_requests += 1
        if request.mode != Mode.ON_SITE:
            continue
        covered = any(request.municipality_id in p.regions for p in speakers[request.language_id])
        town = towns[request.municipality_id]
        if not covered and town not in row.uncovered_towns:
            row.uncovered_towns.append(town)
    return sorted(
        rows.values(),
        key=lambda row: (not row.missing, -row.open_requests, row.language.display_name),
    )


def months_back(count: int, now: datetime.datetime | None = None) -> list[datetime.date]:
    """The first days of the last `count` months, the current one last."""
    today = timezone.localdate(now or timezone.now())
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(datetime.date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


def hours_per_month(
    interpreters, count: int = 6, now: datetime.datetime | None = None
) -> tuple[list[datetime.date], list[InterpreterHours]]:
    """Hours of assigned and done requests per interpreter in the last `count` months."""
    months = months_back(count, now)
    index = {(m.year, m.month): i for i, m in enumerate(months)}
    first = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time()))
    rows = {
        interpreter.pk: InterpreterHours(interpreter, [0.0] * count)
        for interpreter in interpreters.order_by("name")
    }
    worked = InterpretingRequest.objects.filter(
        status__in=WORKED, interpreter_id__in=rows, starts_at__gte=first
    ).values_list("interpreter_id", "starts_at", "duration_minutes")
    current = len(months) - 1
    for interpreter_id, starts_at, minutes in worked:
        local = timezone.localtime(starts_at)
        position = index.get((local.year, local.month))
        if position is None:
            continue  # later than the current month
        rows[interpreter_id].hours[position] += minutes / 60
        if position == current:
            rows[interpreter_id].assignments_this_month += 1
    for row in rows.values():
        row.hours = [round(hours, 1) for hours in row.hours]
    return months, list(rows.values())
