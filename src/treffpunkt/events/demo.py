"""Loads the demo events from `demo_data` (after the network demo, whose organisations,
places and fields of action they use).

- The events of the seed documents, with registrations and check-ins; their participants are
  anonymised as the retention rule leaves them (TREFFPUNKT_ANONYMISE_AFTER_DAYS).
- One network meeting that ended a few days ago, its participants still named.
- Upcoming events around the day of loading, registered for through the registration service
  by invented people on example.org (addresses confirmed, no e-mails sent).

Running it again creates nothing: series are known by slug, past events by series, title and
start, events placed relative to the day of loading by title and organiser. Registrations
come only with a new event. Once an upcoming demo event has begun, the next load moves all
upcoming demo events (with their agenda) to their places relative to the new day, so the
calendar of a long-running demo installation never runs dry.
"""

import datetime
import random
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FunctionType

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Membership,
    Municipality,
    Network,
    Organisation,
    TargetGroup,
)

from . import demo_data as data
from . import notifications, registration
from .models import AgendaItem, Event, EventSeries, Participant, Registration, Room, Speaker

ANONYMISED_NAME = "anonymisiert"
UPCOMING_SERIES_KEY = "upcoming-niko"
SIGN_UP_WEEKS = 6  # past events: registrations arrive over the weeks before the event


@contextmanager
def _without_emails() -> Iterator[None]:
    """Silence every function of the notifications module while the demo registers invented
    people. Enter it outside the transaction: the service sends after the commit. (Called
    inside someone else's transaction, as in tests, the service's callbacks wait for that
    outer commit and would find the notifications back in place.)"""
    originals = {
        name: value
        for name, value in vars(notifications).items()
        if isinstance(value, FunctionType) and value.__module__ == notifications.__name__
    }
    for name in originals:
        setattr(notifications, name, lambda *args, **kwargs: None)
    try:
        yield
    finally:
        for name, value in originals.items():
            setattr(notifications, name, value)


@dataclass
class Refs:
    """What the network demo created, by slug."""

    places: dict[str, Municipality]
    organisations: dict[str, Organisation]
    networks: dict[str, Network]
    fields: dict[str, FieldOfAction]
    target_groups: dict[str, TargetGroup]
    languages: dict[str, Language]
    speakers: dict[str, Speaker] = field(default_factory=dict)
    series: dict[str, EventSeries] = field(default_factory=dict)

    @classmethod
    def collect(cls) -> "Refs":
        return cls(
            places=Municipality.objects.in_bulk(field_name="slug"),
            organisations=Organisation.objects.in_bulk(field_name="slug"),
            networks=Network.objects.in_bulk(field_name="slug"),
            fields=FieldOfAction.objects.in_bulk(field_name="slug"),
            target_groups=TargetGroup.objects.in_bulk(field_name="slug"),
            languages=Language.objects.in_bulk(field_name="code"),
        )


@dataclass
class Person:
    """An invented participant."""

    name: str
    email: str
    organisation_name: str
    language: str
    needs: str
    consent_listed: bool
    consent_recording: bool


class People:
    """Invented participants: initials, an address on example.org, an organisation."""

    def __init__(self) -> None:
        self.serial = 0

    def make(self, rng: random.Random, origin: str) -> Person:
        self.serial += 1
        first, last = rng.choice(data.INITIAL_LETTERS), rng.choice(data.INITIAL_LETTERS)
        return Person(
            name=f"{first}. {last}.",
            email=f"{first.lower()}{last.lower()}-{self.serial:04d}@example.org",
            organisation_name=rng.choice(data.PARTICIPANT_ORGANISATIONS[origin]),
            language=rng.choice(data.PARTICIPANT_LANGUAGES),
            needs=rng.choice(data.PARTICIPANT_NEEDS) if rng.random() < 0.05 else "",
            consent_listed=rng.random() < 0.4,
            consent_recording=rng.random() < 0.6,
        )


# --- helpers -------------------------------------------------------------------------------


def _zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _at(day: datetime.date, clock: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=_zone())


def _working_day(day: datetime.date) -> datetime.date:
    """Weekends, and the days from Christmas Eve to New Year's Day, move to the next
    working day."""
    if (day.month, day.day) >= (12, 24):
        day = datetime.date(day.year + 1, 1, 2)
    elif (day.month, day.day) == (1, 1):
        day = datetime.date(day.year, 1, 2)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def _sync(instance, values: dict) -> bool:
    """Set the values; save (and so write history) only if something changed."""
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    if changed:
        instance.save()
    return bool(changed)


# --- vocabularies and series ---------------------------------------------------------------


def load_speakers(refs: Refs) -> None:
    for key, (name, organisation_name) in data.SPEAKERS.items():
        refs.speakers[key], _ = Speaker.objects.get_or_create(
            name=name, organisation_name=organisation_name
        )


def _series_values(refs: Refs, *, title, theme, year, network, description) -> dict:
    return {
        "title": title,
        "theme": theme,
        "year": year,
        "network": refs.networks.get(network),
        "description": description,
        "is_public": True,
    }


def _save_series(refs: Refs, series: EventSeries | None, slug: str, values, organisers, fields):
    if series is None:
        series = EventSeries.objects.filter(slug=slug).first()
    if series is None:
        series = EventSeries.objects.create(slug=slug, **values)
    else:
        _sync(series, values)
    series.organisers.set([refs.organisations[name] for name in organisers])
    series.fields_of_action.set([refs.fields[name] for name in fields])
    return series


def load_series(refs: Refs) -> None:
    for slug, title, theme, year, network, organisers, fields, description in data.SERIES:
        values = _series_values(
            refs, title=title, theme=theme, year=year, network=network, description=description
        )
        refs.series[slug] = _save_series(refs, None, slug, values, organisers, fields)


# --- events --------------------------------------------------------------------------------


def _event_values(plan: dict, refs: Refs, starts, ends, series) -> dict:
    closes = plan.get("close_days_before")
    return {
        "series": series,
        "title": plan["title"],
        "description": plan["description"],
        "starts_at": starts,
        "ends_at": ends,
        "format": plan["format"],
        "venue_name": plan.get("venue_name", ""),
        "street": plan.get("street", ""),
        "postcode": plan.get("postcode", ""),
        "city": plan.get("city", ""),
        "municipality": refs.places.get(plan["municipality"]) if plan["municipality"] else None,
        "video_link": plan.get("video_link", ""),
        "capacity": plan["capacity"],
        "requires_registration": True,
        "registration_closes_at": starts - datetime.timedelta(days=closes) if closes else None,
        "audience_note": plan["audience_note"],
        "contact_email": plan["contact_email"],
        "recording_url": plan.get("recording_url", ""),
        "status": plan.get("status", Event.Status.PUBLISHED),
        "cancellation_reason": plan.get("cancellation_reason", ""),
    }


def _furnish(event: Event, plan: dict, refs: Refs) -> None:
    """Relations, rooms and agenda, as the plan says (existing ones are kept and updated)."""
    event.organisers.set([refs.organisations[slug] for slug in plan["organisers"]])
    event.fields_of_action.set([refs.fields[slug] for slug in plan["fields"]])
    event.target_groups.set([refs.target_groups[slug] for slug in plan["target_groups"]])
    event.languages.set([refs.languages[code] for code in plan["languages"]])

    moderators = list(
        Membership.objects.filter(
            role=Membership.Role.MODERATOR, organisation__slug__in=plan["organisers"]
        ).values_list("user", flat=True)
    )
    for position, (title, field_slug, description, capacity, link) in enumerate(plan["rooms"]):
        room, _ = Room.objects.get_or_create(event=event, title=title)
        _sync(
            room,
            {
                "field_of_action": refs.fields[field_slug],
                "description": description,
                "capacity": capacity,
                "video_link": link,
                "position": position,
            },
        )
        room.moderators.set(moderators)

    day = timezone.localtime(event.starts_at, _zone()).date()
    for start, end, kind, title, description, speakers in plan["agenda"]:
        item, _ = AgendaItem.objects.get_or_create(
            event=event, starts_at=_at(day, start), title=title, defaults={"kind": kind}
        )
        _sync(
            item,
            {"ends_at": _at(day, end) if end else None, "kind": kind, "description": description},
        )
        item.speakers.set([refs.speakers[key] for key in speakers])


def _save_past(plan: dict, refs: Refs) -> tuple[Event, bool]:
    starts = datetime.datetime.fromisoformat(plan["starts"]).replace(tzinfo=_zone())
    ends = datetime.datetime.fromisoformat(plan["ends"]).replace(tzinfo=_zone())
    series = refs.series[plan["series"]] if plan["series"] else None
    values = _event_values(plan, refs, starts, ends, series)
    event = Event.objects.filter(series=series, title=plan["title"], starts_at=starts).first()
    created = event is None
    if created:
        event = Event.objects.create(**values)
    else:
        _sync(event, values)
    _furnish(event, plan, refs)
    return event, created


def _planned_times(plan: dict, today: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    day = _working_day(today + datetime.timedelta(days=plan["in_days"]))
    return _at(day, plan["starts"]), _at(day, plan["ends"])


def _find_relative(plan: dict) -> Event | None:
    return (
        Event.objects.filter(title=plan["title"], organisers__slug=plan["organisers"][0])
        .order_by("pk")
        .first()
    )


# --- registrations of past events ----------------------------------------------------------


@dataclass
class Arrival:
    person: int  # index into the group's participants
    event: Event
    status: str
    created_at: datetime.datetime
    changed_at: datetime.datetime
    room: Room | None = None
    checked_in_at: datetime.datetime | None = None


def _spread(start: datetime.datetime, end: datetime.datetime, count: int) -> list:
    step = (end - start) / max(count, 1)
    return [start + step * (index + 0.5) for index in range(count)]


def _room_choices(event: Event, counts: list[int]) -> list[Room]:
    """Each room as often as the plan says people chose it, rooms in their order."""
    rooms = event.rooms.order_by("position")
    return [room for room, count in zip(rooms, counts, strict=False) for _ in range(count)]


def fill_past(group: list[tuple[Event, dict]], shared: int, people: People, now) -> int:
    """Registrations as they ended: places first, then the waiting list; cancellations early,
    so nobody waits while a place is free; check-ins among those holding a place. `shared`
    people registered for every event of the group (a whole series) at once."""
    rng = random.Random(group[0][1]["title"])
    origin = group[0][1]["participants_from"]
    persons = [people.make(rng, origin) for _ in range(shared)]
    first_start = group[0][0].starts_at
    opened = first_start - datetime.timedelta(weeks=SIGN_UP_WEEKS)
    shared_times = _spread(opened, opened + datetime.timedelta(days=1), shared)
    arrivals: list[Arrival] = []
    for event, plan in group:
        numbers = plan["attendance"]
        holding = numbers["registered"] + numbers["cancelled"]
        if numbers["waiting"] and (numbers["cancelled"] or numbers["registered"] != event.capacity):
            raise ValueError(f"Inconsistent attendance for {event}: waiting, yet places free.")
        from_series = min(shared, holding)
        singles = holding + numbers["waiting"] - from_series
        start = max(event.starts_at - datetime.timedelta(weeks=SIGN_UP_WEEKS - 1), opened)
        times = shared_times[:from_series] + _spread(
            start + datetime.timedelta(days=1),
            event.starts_at - datetime.timedelta(days=1),
            singles,
        )
        indexes = list(range(from_series))
        for _ in range(singles):
            indexes.append(len(persons))
            persons.append(people.make(rng, origin))
        cancelled = set(rng.sample(range(holding), numbers["cancelled"]))
        rows = []
        for position, (person, created) in enumerate(zip(indexes, times, strict=True)):
            if position >= holding:
                status, changed = Registration.Status.WAITING, created
            elif position in cancelled:
                later = created + datetime.timedelta(days=rng.randint(1, 10))
                status, changed = Registration.Status.CANCELLED, min(later, event.starts_at)
            else:
                status, changed = Registration.Status.REGISTERED, created
            rows.append(Arrival(person, event, status, created, changed))
        registered = [row for row in rows if row.status == Registration.Status.REGISTERED]
        choices = _room_choices(event, numbers.get("rooms", []))
        rng.shuffle(registered)
        for row, room in zip(registered, choices, strict=False):
            row.room = room
        for row in rng.sample(registered, numbers["checked_in"]):
            row.checked_in_at = event.starts_at + datetime.timedelta(minutes=rng.randint(-20, 10))
        arrivals += rows
    return _save_arrivals(persons, arrivals, rng, now)


def _save_arrivals(persons: list[Person], arrivals: list[Arrival], rng, now) -> int:
    """Create the participants and registrations; anonymise whoever's last event is past
    the retention period, as the anonymising task would have done."""
    keep = datetime.timedelta(days=settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS)
    first_seen: dict[int, datetime.datetime] = {}
    last_end: dict[int, datetime.datetime] = {}
    for row in arrivals:
        first_seen[row.person] = min(first_seen.get(row.person, row.created_at), row.created_at)
        last_end[row.person] = max(last_end.get(row.person, row.event.ends_at), row.event.ends_at)

    participants, addresses = [], []
    for index, person in enumerate(persons):
        anonymised = last_end[index] + keep < now
        participant = Participant(
            name=ANONYMISED_NAME if anonymised else person.name,
            email="" if anonymised else person.email,
            organisation_name=person.organisation_name,
            language=person.language,
            needs="" if anonymised else person.needs,
            consent_processing=True,
            consent_listed=person.consent_listed,
            consent_recording=person.consent_recording,
            email_verified_at=first_seen[index] + datetime.timedelta(minutes=rng.randint(2, 90)),
            anonymised_at=last_end[index] + keep if anonymised else None,
        )
        participants.append(participant)
        addresses.append(
            f"{ANONYMISED_NAME}-{rng.getrandbits(48):012x}"
            if anonymised
            else registration.normalise_email(person.email)
        )
    Participant.objects.bulk_create(participants)
    for index, participant in enumerate(participants):
        participant.created_at = first_seen[index]
    Participant.objects.bulk_update(participants, ["created_at"], batch_size=100)
    Registration.objects.bulk_create(
        Registration(
            participant=participants[row.person],
            event=row.event,
            room=row.room,
            email=addresses[row.person],
            status=row.status,
            created_at=row.created_at,
            status_changed_at=row.changed_at,
            checked_in_at=row.checked_in_at,
        )
        for row in arrivals
    )
    return len(arrivals)


# --- registrations of upcoming events ------------------------------------------------------


def _apply(person: Person, choices: list[registration.Choice]) -> registration.Outcome:
    outcome = registration.register(
        registration.Applicant(
            name=person.name,
            email=person.email,
            organisation_name=person.organisation_name,
            language=person.language,
            needs=person.needs,
            consent_processing=True,
            consent_listed=person.consent_listed,
            consent_recording=person.consent_recording,
        ),
        choices,
    )
    registration.confirm_email(outcome.participant)
    return outcome


def register_upcoming(group: list[tuple[Event, dict]], shared: int, people: People, now) -> int:
    """Invented people register through the service (places first, then the waiting list)
    and confirm their address; then their registrations are dated back over three weeks,
    in the order they were made."""
    rng = random.Random(group[0][1]["title"])
    origin = group[0][1]["participants_from"]
    participants: list[Participant] = []
    for _ in range(shared):
        choices = [registration.Choice(event) for event, _plan in group]
        participants.append(_apply(people.make(rng, origin), choices).participant)
    for event, plan in group:
        wanted = plan["registrations"]
        room_choices: list[Room | None] = _room_choices(event, wanted.get("rooms", []))
        room_choices += [None] * (wanted["applicants"] - len(room_choices))
        rng.shuffle(room_choices)
        for room in room_choices:
            choice = registration.Choice(event, room)
            participants.append(_apply(people.make(rng, origin), [choice]).participant)

    times = _spread(
        now - datetime.timedelta(days=21), now - datetime.timedelta(days=1), len(participants)
    )
    for participant, moment in zip(participants, times, strict=True):
        Participant.objects.filter(pk=participant.pk).update(
            created_at=moment,
            email_verified_at=moment + datetime.timedelta(minutes=rng.randint(2, 90)),
        )
        participant.registrations.update(created_at=moment, status_changed_at=moment)
    count = 0
    for event, plan in group:
        if plan.get("status") == Event.Status.CANCELLED:  # the caller cancels the event
            event.registrations.update(
                status=Registration.Status.CANCELLED,
                status_changed_at=now - datetime.timedelta(hours=12),
            )
        count += event.registrations.count()
    return count


def _upcoming_groups() -> list[list[dict]]:
    """Upcoming plans, the parts of one series together."""
    groups: dict[str, list[dict]] = {}
    singles = []
    for plan in data.UPCOMING_EVENTS:
        if plan["series"]:
            groups.setdefault(plan["series"], []).append(plan)
        else:
            singles.append([plan])
    return singles + list(groups.values())


def load_upcoming(refs: Refs, people: People, now) -> tuple[int, int]:
    """Create the upcoming events (or move them, once one has begun); returns how many
    events were created and registrations made."""
    today = timezone.localdate(now, _zone())
    plans = data.UPCOMING_EVENTS
    times = {plan["title"]: _planned_times(plan, today) for plan in plans}
    found = {plan["title"]: _find_relative(plan) for plan in plans}
    move = any(event and event.starts_at <= now for event in found.values())

    niko = [plan for plan in plans if plan["series"] == UPCOMING_SERIES_KEY]
    spec = data.UPCOMING_SERIES
    year = times[niko[0]["title"]][0].year
    existing_part = found[niko[0]["title"]]
    niko_series = existing_part.series if existing_part else None
    values = _series_values(
        refs,
        title=spec["title"].format(year=year),
        theme=spec["theme"],
        year=year,
        network=spec["network"],
        description=spec["description"],
    )
    if niko_series and not move:
        values |= {"title": niko_series.title, "year": niko_series.year}
    refs.series[UPCOMING_SERIES_KEY] = _save_series(
        refs,
        niko_series,
        spec["slug"].format(year=year),
        values,
        spec["organisers"],
        spec["fields"],
    )

    created, registrations = 0, 0
    for group in _upcoming_groups():
        new: list[tuple[Event, dict]] = []
        for plan in group:
            event = found[plan["title"]]
            starts, ends = times[plan["title"]]
            series = refs.series[plan["series"]] if plan["series"] else None
            if event is None:
                values = _event_values(plan, refs, starts, ends, series)
                event = Event.objects.create(**values | {"status": Event.Status.PUBLISHED})
                new.append((event, plan))
                created += 1
            else:
                if move:
                    delta = starts - event.starts_at
                    event.agenda.update(
                        starts_at=F("starts_at") + delta, ends_at=F("ends_at") + delta
                    )
                else:
                    starts, ends = event.starts_at, event.ends_at
                _sync(event, _event_values(plan, refs, starts, ends, series))
            _furnish(event, plan, refs)
        if new:
            shared = data.UPCOMING_NIKO_SERIES_WIDE if group[0]["series"] else 0
            registrations += register_upcoming(new, shared, people, now)
            for event, plan in new:
                _sync(event, {"status": plan.get("status", Event.Status.PUBLISHED)})
    return created, registrations


# --- all together --------------------------------------------------------------------------


def load_past(refs: Refs, people: People, now) -> tuple[int, int]:
    created, registrations = 0, 0
    groups: dict[str, list[tuple[Event, dict]]] = {}
    singles: list[list[tuple[Event, dict]]] = []
    for plan in data.PAST_EVENTS:
        event, is_new = _save_past(plan, refs)
        if not is_new:
            continue
        created += 1
        if plan["series"]:
            groups.setdefault(plan["series"], []).append((event, plan))
        else:
            singles.append([(event, plan)])
    for slug, group in groups.items():
        registrations += fill_past(group, data.NIKO_SERIES_WIDE.get(slug, 0), people, now)
    for group in singles:
        registrations += fill_past(group, 0, people, now)
    return created, registrations


def load_recent(refs: Refs, people: People, now) -> tuple[int, int]:
    today = timezone.localdate(now, _zone())
    created, registrations = 0, 0
    for plan in data.RECENT_EVENTS:
        if _find_relative(plan):
            continue
        starts, ends = _planned_times(plan, today)
        event = Event.objects.create(**_event_values(plan, refs, starts, ends, None))
        _furnish(event, plan, refs)
        created += 1
        registrations += fill_past([(event, plan)], 0, people, now)
    return created, registrations


def load() -> list[str]:
    """Load the demo events; returns lines to show the person who ran it."""
    now = timezone.now()
    with _without_emails(), transaction.atomic():
        refs = Refs.collect()
        load_speakers(refs)
        load_series(refs)
        people = People()
        created = 0
        for loader in (load_past, load_recent, load_upcoming):
            new_events, _ = loader(refs, people, now)
            created += new_events
    events = Event.objects.all()
    active = Registration.objects.exclude(status=Registration.Status.CANCELLED)
    return [
        f"{events.count()} Veranstaltungen ({events.public().upcoming(now).count()} kommende, "
        f"{created} neu), {active.count()} Anmeldungen "
        f"({active.filter(status=Registration.Status.WAITING).count()} auf Wartelisten, "
        f"{active.exclude(checked_in_at=None).count()} mit Check-in)"
    ]
