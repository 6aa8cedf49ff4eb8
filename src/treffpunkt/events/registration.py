"""Registering for events: places, the waiting list, double opt-in, cancelling.

Every change that allocates a place locks the event's row first, so concurrent requests
for the last places queue up and never over-book (SQLite takes its write lock when the
transaction begins). A partial unique index refuses a second active registration of one
address for one event, whatever happens in between. E-mails go out after the commit.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import notifications
from .models import Event, Participant, Registration, Room

Status = Registration.Status


class RegistrationClosed(Exception):
    """The event does not take registrations (not yet, no longer, cancelled)."""


@dataclass
class Choice:
    event: Event
    room: Room | None = None


@dataclass
class Applicant:
    """What a person enters in the registration form."""

    name: str
    email: str
    organisation_name: str = ""
    language: str = "de"
    needs: str = ""
    consent_processing: bool = False
    consent_listed: bool = False
    consent_recording: bool = False


@dataclass
class Outcome:
    participant: Participant
    registered: list[Registration] = field(default_factory=list)
    waiting: list[Registration] = field(default_factory=list)
    already: list[Event] = field(default_factory=list)  # the address was registered before


def normalise_email(address: str) -> str:
    return address.strip().lower()


def _locked(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _has_place(event: Event) -> bool:
    if event.capacity is None:
        return True
    taken = event.registrations.filter(status=Status.REGISTERED).count()
    return taken < event.capacity


def _room_has_place(room: Room | None) -> bool:
    if room is None or room.capacity is None:
        return True
    return room.registrations.filter(status=Status.REGISTERED).count() < room.capacity


def _register_one(participant: Participant, choice: Choice, outcome: Outcome) -> None:
    event = _locked(choice.event)
    if not event.registration_is_open():
        raise RegistrationClosed(event)
    email = normalise_email(participant.email)
    if event.registrations.filter(email=email).exclude(status=Status.CANCELLED).exists():
        outcome.already.append(event)
        return
    status = Status.REGISTERED if _has_place(event) else Status.WAITING
    room = choice.room if choice.room and choice.room.event_id == event.pk else None
    if status == Status.REGISTERED and not _room_has_place(room):
        room = None  # the room filled up meanwhile: the organisers will find one
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                participant=participant, event=event, room=room, email=email, status=status
            )
    except IntegrityError:  # the same address in a parallel request won the race
        outcome.already.append(event)
        return
    (outcome.registered if status == Status.REGISTERED else outcome.waiting).append(registration)


def register(applicant: Applicant, choices: list[Choice]) -> Outcome:
    """Register one person for one or more events in one go (a whole series, say).

    Each event gives a place while there is one, else a place on the waiting list. The
    person confirms their address by the link in the e-mail (double opt-in); places of
    addresses never confirmed are released after TREFFPUNKT_CONFIRMATION_HOURS.
    """
    if not applicant.consent_processing:
        raise ValueError("Registration needs consent to the processing of the data.")
    with transaction.atomic():
        participant = Participant.objects.create(
            name=applicant.name.strip(),
            email=applicant.email.strip(),
            organisation_name=applicant.organisation_name.strip(),
            language=applicant.language,
            needs=applicant.needs.strip(),
            consent_processing=True,
            consent_listed=applicant.consent_listed,
            consent_recording=applicant.consent_recording,
        )
        outcome = Outcome(participant)
        for choice in sorted(choices, key=lambda c: c.event.pk):  # one lock order: no deadlock
            _register_one(participant, choice, outcome)
        transaction.on_commit(lambda: notifications.registration_received(outcome))
    return outcome


def confirm_email(participant: Participant) -> None:
    """The person clicked the link in the first e-mail: the address is theirs."""
    if participant.email_verified_at is None:
        participant.email_verified_at = timezone.now()
        participant.save(update_fields=["email_verified_at"])


def _promote(event: Event) -> list[Registration]:
    """Give free places to the longest-waiting (the event's row must be locked)."""
    promoted = []
    while _has_place(event):
        waiting = (
            event.registrations.filter(status=Status.WAITING).order_by("created_at", "pk").first()
        )
        if waiting is None:
            break
        waiting.status = Status.REGISTERED
        waiting.status_changed_at = timezone.now()
        waiting.save(update_fields=["status", "status_changed_at"])
        promoted.append(waiting)
    return promoted


def cancel(registration: Registration) -> list[Registration]:
    """Cancel one registration; a freed place goes to the next on the waiting list, who is
    told by e-mail. Returns who moved up."""
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return []
        held_place = registration.status == Status.REGISTERED
        registration.status = Status.CANCELLED
        registration.status_changed_at = timezone.now()
        registration.save(update_fields=["status", "status_changed_at"])
        promoted = _promote(event) if held_place else []
        transaction.on_commit(lambda: notifications.registration_cancelled(registration))
        for moved_up in promoted:
            transaction.on_commit(lambda r=moved_up: notifications.moved_up(r))
    return promoted


def fill_from_waiting_list(event: Event) -> list[Registration]:
    """After more places were added: let the waiting move up."""
    with transaction.atomic():
        promoted = _promote(_locked(event))
        for moved_up in promoted:
            transaction.on_commit(lambda r=moved_up: notifications.moved_up(r))
    return promoted


def change_room(registration: Registration, room: Room | None) -> bool:
    """Move a registration to another room of its event; False when that room is full."""
    with transaction.atomic():
        _locked(registration.event)
        if room is not None and (
            room.event_id != registration.event_id or not _room_has_place(room)
        ):
            return False
        registration.room = room
        registration.save(update_fields=["room"])
    return True


def release_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Cancel the registrations of addresses not confirmed in time (a task runs this
    hourly), so that their places go to the waiting list. Returns how many."""
    deadline = (now or timezone.now()) - datetime.timedelta(
        hours=settings.TREFFPUNKT_CONFIRMATION_HOURS
    )
    stale = Registration.objects.filter(
        ~Q(status=Status.CANCELLED),
        participant__email_verified_at__isnull=True,
        participant__created_at__lt=deadline,
        event__ends_at__gt=now or timezone.now(),
    ).select_related("event")
    released = 0
    for registration in stale:
        cancel(registration)
        released += 1
    return released


def counts(event: Event) -> dict[str, int | None]:
    """Registered, waiting and cancelled registrations, and free places (None: no limit)."""
    numbers: dict[str, int | None] = dict.fromkeys(Status.values, 0)
    for row in event.registrations.values("status").order_by().annotate(n=Count("pk")):
        numbers[row["status"]] = row["n"]
    registered = numbers[Status.REGISTERED] or 0
    numbers["free"] = None if event.capacity is None else max(event.capacity - registered, 0)
    return numbers
