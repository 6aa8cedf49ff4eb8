"""Who could interpret at a request: the criteria of the interpreter pool, and a snapshot of
the pool that ranks many requests without asking the database again for each."""

import datetime
import functools
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from treffpunkt.network.models import Language, Municipality

from .matching import Judgement, Match, distance_km, rank
from .models import (
    LEVEL_RANK,
    Absence,
    AvailabilitySlot,
    Interpreter,
    InterpreterLanguage,
    InterpretingRequest,
    Mode,
    Weekday,
)

ACTIVE_STATUSES = (InterpretingRequest.Status.ASSIGNED, InterpretingRequest.Status.DONE)


@dataclass
class Profile:
    """What matching needs to know of one interpreter, read once."""

    interpreter: Interpreter
    levels: dict[int, str]  # language id -> level
    language_names: dict[int, str]
    regions: set[int]  # municipality ids, districts expanded to their towns
    home: tuple[float, float]
    modes: set[str]
    slots: dict[int, list[tuple[datetime.time, datetime.time]]]  # weekday -> (from, until)
    absences: list[tuple[datetime.date, datetime.date]]
    busy: list[tuple[datetime.datetime, datetime.datetime]] = field(default_factory=list)
    assignments_by_month: dict[tuple[int, int], int] = field(default_factory=dict)
    institutions: dict[int, int] = field(default_factory=dict)  # institution id -> assignments


def _local(moment: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def speaks(request: InterpretingRequest, profile: Profile) -> Judgement:
    level = profile.levels.get(request.language_id)
    if level is None or LEVEL_RANK[level] < LEVEL_RANK[request.minimum_level]:
        return Judgement(False)
    name = profile.language_names[request.language_id]
    label = _lazy("native speaker") if level == "native" else level
    return Judgement(
        True,
        2.0 * LEVEL_RANK[level],
        lambda: _("speaks %(language)s %(level)s") % {"language": name, "level": label},
    )


def works_this_way(request: InterpretingRequest, profile: Profile) -> Judgement:
    return Judgement(request.mode in profile.modes)


def covers_the_place(request: InterpretingRequest, profile: Profile) -> Judgement:
    if request.mode != Mode.ON_SITE:
        return Judgement(True)
    return Judgement(request.municipality_id in profile.regions)


@functools.lru_cache(maxsize=4096)
def _window(starts_at: datetime.datetime, minutes: int):
    """(local start, local end, start time, end time) of an appointment, worked out once
    per request rather than once per candidate."""
    start = _local(starts_at)
    end = start + datetime.timedelta(minutes=minutes)
    return start, end, start.time(), end.time()


def has_time(request: InterpretingRequest, profile: Profile) -> Judgement:
    start, end, opening, closing = _window(request.starts_at, request.duration_minutes)
    day = start.date()
    if any(first <= day <= last for first, last in profile.absences):
        return Judgement(False)
    fits = any(
        opens <= opening and closing <= closes
        for opens, closes in profile.slots.get(start.weekday(), [])
    )
    if not fits or any(
        start < busy_end and busy_start < end for busy_start, busy_end in profile.busy
    ):
        return Judgement(False)
    return Judgement(True, 0.0, lambda: _free_on(start))


def _free_on(start: datetime.datetime) -> str:
    # The weekday's label, not strftime: that would follow the process's C locale.
    day = Weekday(start.weekday()).label
    part = _("in the morning") if start.hour < 12 else _("in the afternoon")
    return _("free on %(day)s %(part)s") % {"day": day, "part": part}


def not_overloaded(request: InterpretingRequest, profile: Profile) -> Judgement:
    start = _window(request.starts_at, request.duration_minutes)[0]
    done = profile.assignments_by_month.get((start.year, start.month), 0)
    limit = profile.interpreter.max_assignments_per_month
    if done >= limit:
        return Judgement(False)
    # Fair spread: the fewer assignments this month, the more points.
    return Judgement(
        True,
        6.0 * (1 - done / max(limit, 1)),
        lambda: (
            ngettext("%(n)s assignment this month", "%(n)s assignments this month", done)
            % {"n": done}
        ),
    )


def near(request: InterpretingRequest, profile: Profile, place: tuple[float, float]) -> Judgement:
    if request.mode != Mode.ON_SITE:
        return Judgement(True, 0.0, "")
    km = distance_km(profile.home, place)
    return Judgement(True, max(0.0, 10.0 - km / 3), lambda: _("%(km)s km away") % {"km": round(km)})


def knows_the_institution(request: InterpretingRequest, profile: Profile) -> Judgement:
    times = profile.institutions.get(request.institution_id, 0)
    if not times:
        return Judgement(True)
    return Judgement(
        True,
        min(times, 3) * 1.5,
        lambda: (
            ngettext("has interpreted there once", "has interpreted there %(n)s times", times)
            % {"n": times}
        ),
    )


def criteria(place: tuple[float, float]) -> list:
    """The interpreter pool's criteria: hard conditions first (they end the check early)."""
    return [
        speaks,
        works_this_way,
        covers_the_place,
        has_time,
        not_overloaded,
        lambda need, profile: near(need, profile, place),
        knows_the_institution,
    ]


class Pool:
    """The interpreters of the pool with everything matching needs, read in a few queries of
    plain values (model instances only for the interpreters themselves: building thousands
    of language, slot and region objects would cost more than the ranking)."""

    # Up to this many interpreters, related rows are read by id; beyond, all of them are read
    # and sorted out here (a whole pool needs nearly all rows, and SQLite limits parameters).
    BY_ID_UP_TO = 500

    def __init__(self, interpreters=None):
        interpreters = (
            interpreters if interpreters is not None else Interpreter.objects.filter(is_active=True)
        )
        self.places, children = {}, defaultdict(list)
        for pk, parent, latitude, longitude in Municipality.objects.values_list(
            "pk", "parent_id", "latitude", "longitude"
        ):
            self.places[pk] = (latitude, longitude)
            if parent:
                children[parent].append(pk)
        people = list(interpreters)
        self.profiles = [
            Profile(
                interpreter=person,
                levels={},
                language_names={},
                regions=set(),
                home=self.places[person.home_id],
                modes=set(person.modes),
                slots={},
                absences=[],
            )
            for person in people
        ]
        self._read_details(children)
        self._by_language = defaultdict(list)
        for profile in self.profiles:
            for language_id in profile.levels:
                self._by_language[language_id].append(profile)
        self._add_assignments()

    def _rows(self, queryset, *fields):
        """(interpreter id, *fields) of the pool's interpreters from a related model."""
        by_pk = self._by_pk()
        if len(by_pk) <= self.BY_ID_UP_TO:
            queryset = queryset.filter(interpreter_id__in=list(by_pk))
        for row in queryset.values_list("interpreter_id", *fields):
            if row[0] in by_pk:
                yield by_pk[row[0]], *row[1:]

    def _by_pk(self) -> dict[int, Profile]:
        return {profile.interpreter.pk: profile for profile in self.profiles}

    def _read_details(self, children) -> None:
        for profile, language_id, level in self._rows(
            InterpreterLanguage.objects.all(), "language_id", "level"
        ):
            profile.levels[language_id] = level
        names = {
            language.pk: language.display_name
            for language in Language.objects.filter(
                pk__in={pk for p in self.profiles for pk in p.levels}
            )
        }
        for profile in self.profiles:
            profile.language_names = {pk: names[pk] for pk in profile.levels}
        for profile, region in self._rows(
            Interpreter.regions.through.objects.all(), "municipality_id"
        ):
            stack = [region]
            while stack:
                pk = stack.pop()
                profile.regions.add(pk)
                stack += children.get(pk, [])
        for profile, weekday, opens, closes in self._rows(
            AvailabilitySlot.objects.order_by("weekday", "starts"), "weekday", "starts", "ends"
        ):
            profile.slots.setdefault(weekday, []).append((opens, closes))
        for profile, first_day, last_day in self._rows(
            Absence.objects.all(), "first_day", "last_day"
        ):
            profile.absences.append((first_day, last_day))

    def _add_assignments(self) -> None:
        assigned = InterpretingRequest.objects.filter(Q(status__in=ACTIVE_STATUSES))
        for profile, starts_at, minutes, institution_id in self._rows(
            assigned, "starts_at", "duration_minutes", "institution_id"
        ):
            self.book(profile, starts_at, minutes, institution_id)

    @staticmethod
    def book(profile: Profile, starts_at, minutes: int, institution_id: int) -> None:
        """Count an assignment for a profile (also used when ranking many requests in a row)."""
        start = _local(starts_at)
        profile.busy.append((start, start + datetime.timedelta(minutes=minutes)))
        month = (start.year, start.month)
        profile.assignments_by_month[month] = profile.assignments_by_month.get(month, 0) + 1
        profile.institutions[institution_id] = profile.institutions.get(institution_id, 0) + 1

    def rank(self, request: InterpretingRequest, limit: int | None = 20) -> list[Match]:
        """Interpreters for a request, best first, each with the reasons of its place."""
        place = self.places[request.municipality_id]
        return rank(request, self._by_language.get(request.language_id, []), criteria(place), limit)


def places_covering(municipality_id: int) -> list[int]:
    """The town and the districts it lies in: the regions that cover it."""
    parents = dict(Municipality.objects.values_list("pk", "parent_id"))
    found = []
    while municipality_id is not None and municipality_id not in found:
        found.append(municipality_id)
        municipality_id = parents.get(municipality_id)
    return found


def could_come(request: InterpretingRequest, interpreters=None):
    """The active interpreters who pass the hard criteria that the database can check —
    language and level, a weekly slot around the appointment, no absence that day, the
    place, the way of interpreting — so that only a few are read. A superset: `rank` still
    applies every criterion (bookings and the monthly limit are checked there)."""
    interpreters = Interpreter.objects.all() if interpreters is None else interpreters
    start = _local(request.starts_at)
    end = start + datetime.timedelta(minutes=request.duration_minutes)
    enough = [
        level for level, value in LEVEL_RANK.items() if value >= LEVEL_RANK[request.minimum_level]
    ]
    speaks_well = InterpreterLanguage.objects.filter(
        interpreter=OuterRef("pk"), language_id=request.language_id, level__in=enough
    )
    free = AvailabilitySlot.objects.filter(
        interpreter=OuterRef("pk"), weekday=start.weekday(), starts__lte=start.time()
    )
    if end.date() == start.date():
        free = free.filter(ends__gte=end.time())
    away = Absence.objects.filter(
        interpreter=OuterRef("pk"), first_day__lte=start.date(), last_day__gte=start.date()
    )
    interpreters = interpreters.filter(
        Exists(speaks_well), Exists(free), ~Exists(away), is_active=True
    )
    # The JSON list as text: `contains` on JSON is not available on SQLite; the quotes keep
    # one mode from matching inside another.
    interpreters = interpreters.annotate(modes_text=Cast("modes", TextField())).filter(
        modes_text__contains=f'"{request.mode}"'
    )
    if request.mode == Mode.ON_SITE:
        covering = Interpreter.regions.through.objects.filter(
            interpreter=OuterRef("pk"),
            municipality_id__in=places_covering(request.municipality_id),
        )
        interpreters = interpreters.filter(Exists(covering))
    return interpreters


def suggestions(
    request: InterpretingRequest, limit: int | None = 20, interpreters=None
) -> list[Match]:
    """Ranked interpreters for one request, each with its reasons (reads only those who
    could come at all, see `could_come`); `interpreters` narrows the pool."""
    return Pool(could_come(request, interpreters)).rank(request, limit)
