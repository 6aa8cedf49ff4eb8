"""E-mails to participants: the confirmation of a registration, cancellations, a place that
became free, a cancelled or moved event, and the reminder the day before.

The functions at the top are called after the commit (by registration.py, changes.py and
the reminder task); each only enqueues a background task with ids. The task calls `send`,
which reads the current state, so a mail never tells what is no longer true (a place
cancelled meanwhile is not announced). Every mail goes to one participant only, in their
language, as plain text and HTML, with an .ics for each event they hold a place at.
Anonymised participants get nothing.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from treffpunkt.core.mail import sender_for, templated_message
from treffpunkt.translations import display

from . import ical
from .models import Event, Participant, Registration

Status = Registration.Status
ACTIVE = (Status.REGISTERED, Status.WAITING)

KINDS = (
    "registration_received",
    "registration_cancelled",
    "moved_up",
    "event_cancelled",
    "event_moved",
    "reminder",
)


# --- What the rest of the app calls (after the commit) --------------------------------------


def _enqueue(kind: str, participant_id: int, **ids) -> None:
    from .tasks import send_participant_email

    send_participant_email.enqueue(kind, participant_id, **ids)


def registration_received(outcome) -> None:
    """The one e-mail after the form: confirm the address; places, waiting list, already."""
    _enqueue(
        "registration_received",
        outcome.participant.pk,
        registration_ids=[r.pk for r in [*outcome.registered, *outcome.waiting]],
        event_ids=[event.pk for event in outcome.already],
    )


def registration_cancelled(registration: Registration) -> None:
    _enqueue(
        "registration_cancelled", registration.participant_id, registration_ids=[registration.pk]
    )


def moved_up(registration: Registration) -> None:
    """A place became free and the waiting registration got it."""
    _enqueue("moved_up", registration.participant_id, registration_ids=[registration.pk])


def _active(event: Event):
    return event.registrations.filter(
        status__in=ACTIVE, participant__anonymised_at__isnull=True
    ).values_list("pk", "participant_id")


def event_cancelled(event: Event) -> None:
    """Tell everyone holding or waiting for a place."""
    for pk, participant_id in _active(event):
        _enqueue("event_cancelled", participant_id, registration_ids=[pk])


def event_moved(event: Event, old_starts_at: datetime.datetime) -> None:
    """Tell everyone holding or waiting for a place the new date."""
    for pk, participant_id in _active(event):
        _enqueue(
            "event_moved",
            participant_id,
            registration_ids=[pk],
            old_starts_at=old_starts_at.isoformat(),
        )


def reminder(registration: Registration) -> None:
    """The day before (see tasks.send_due_reminders)."""
    _enqueue("reminder", registration.participant_id, registration_ids=[registration.pk])


# --- Building the mails (in the background task) ---------------------------------------------


def language_of(participant: Participant) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return participant.language if participant.language in codes else settings.LANGUAGE_CODE


def _local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value, ical._zone())


def _date(value: datetime.datetime) -> str:
    return formats.date_format(_local(value), "DATE_FORMAT")


def when(event: Event, starts_at: datetime.datetime | None = None) -> str:
    """ "Monday, 23 November 2026, 10:00–12:30" in the active language."""
    starts = _local(starts_at or event.starts_at)
    ends = _local(event.ends_at) if starts_at is None else None
    day = f"{formats.date_format(starts, 'l')}, {formats.date_format(starts, 'DATE_FORMAT')}"
    start_time = formats.time_format(starts, "TIME_FORMAT")
    if ends is None:
        return f"{day}, {start_time}"
    if ends.date() == starts.date():
        return f"{day}, {start_time}–{formats.time_format(ends, 'TIME_FORMAT')}"
    end_day = formats.date_format(ends, "DATE_FORMAT")
    return f"{day}, {start_time} – {end_day}, {formats.time_format(ends, 'TIME_FORMAT')}"


@dataclass
class Entry:
    """One event in a mail, as the participant sees it."""

    event: Event
    registration: Registration | None = None
    join_link: str = ""

    @property
    def title(self) -> display.TranslatedText:
        """The title in the mail's language (the participant's), else German marked so."""
        return display.translated(self.event, "title")

    @property
    def when(self) -> str:
        return when(self.event)

    @property
    def date(self) -> str:
        return _date(self.event.starts_at)

    @property
    def where(self) -> str:
        place = ical.venue(self.event)
        if self.event.format == Event.Format.HYBRID and place:
            return _("%(place)s, and online") % {"place": place}
        return ical.location(self.event)

    @property
    def url(self) -> str:
        return ical.absolute(self.event.get_absolute_url())

    @property
    def room(self):
        return self.registration.room if self.registration else None


def organiser_of(event: Event):
    return event.organisers.order_by("name", "pk").first()


def sender(event: Event) -> str:
    organiser = organiser_of(event)
    return sender_for(organiser.name if organiser else None)


def reply_to(event: Event) -> list[str]:
    """Replies reach the organisers: the event's contact address, else an organiser's."""
    if event.contact_email:
        return [event.contact_email]
    address = (
        event.organisers.exclude(email="").order_by("name", "pk").values_list("email", flat=True)
    ).first()
    return [address] if address else []


def _message(
    kind: str,
    participant: Participant,
    event: Event,
    context: dict,
    calendar_entries: list[Registration] = (),
) -> EmailMultiAlternatives:
    organiser = organiser_of(event)
    context = {
        "participant": participant,
        "personal_url": ical.absolute(participant.get_absolute_url()),
        "site_name": settings.TREFFPUNKT_SITE_NAME,
        "organiser_name": organiser.name if organiser else settings.TREFFPUNKT_SITE_NAME,
        **context,
    }
    message = templated_message(
        f"events/email/{kind}",
        context,
        from_email=sender(event),
        to=[participant.email],
        reply_to=reply_to(event),
    )
    for registration in calendar_entries:
        message.attach(
            ical.filename(registration.event),
            ical.registration_ics(registration).decode(),
            "text/calendar",
        )
    return message


def _confirm_url(participant: Participant) -> str:
    if participant.email_verified_at is not None:
        return ""
    return ical.absolute(reverse("events:confirm", kwargs={"token": participant.token}))


def _registration_received(participant, registrations, event_ids, **_unused):
    places = [r for r in registrations if r.status == Status.REGISTERED]
    waiting = [r for r in registrations if r.status == Status.WAITING]
    already = list(Event.objects.filter(pk__in=event_ids or []).order_by("starts_at"))
    if not (places or waiting or already):
        return None
    new = places + waiting
    context = {
        "places": [Entry(r.event, r) for r in places],
        "waiting": [Entry(r.event, r) for r in waiting],
        "already": [Entry(event) for event in already],
        "new": [Entry(r.event, r) for r in new],
        "confirm_url": _confirm_url(participant) if new else "",
        "hours": settings.TREFFPUNKT_CONFIRMATION_HOURS,
    }
    if not new:
        context["personal_url"] = ""  # nothing to see there: the earlier mail has the link
    main_event = new[0].event if new else already[0]
    return _message("registration_received", participant, main_event, context, places)


def _registration_cancelled(participant, registrations, **_unused):
    registration = registrations[0]
    if registration.status != Status.CANCELLED:
        return None
    entry = Entry(registration.event, registration)
    context = {"entry": entry, "can_register": registration.event.registration_is_open()}
    return _message("registration_cancelled", participant, registration.event, context)


def _moved_up(participant, registrations, **_unused):
    registration = registrations[0]
    if registration.status != Status.REGISTERED or registration.event.is_cancelled:
        return None
    context = {
        "entry": Entry(registration.event, registration),
        "confirm_url": _confirm_url(participant),
        "hours": settings.TREFFPUNKT_CONFIRMATION_HOURS,
    }
    return _message("moved_up", participant, registration.event, context, [registration])


def _event_cancelled(participant, registrations, **_unused):
    registration = registrations[0]
    event = registration.event
    if not event.is_cancelled or registration.status not in ACTIVE:
        return None
    calendar = [registration] if registration.status == Status.REGISTERED else []
    context = {"entry": Entry(event, registration), "reason": event.cancellation_reason}
    return _message("event_cancelled", participant, event, context, calendar)


def _event_moved(participant, registrations, old_starts_at=None, **_unused):
    registration = registrations[0]
    event = registration.event
    if event.is_cancelled or registration.status not in ACTIVE:
        return None
    old = datetime.datetime.fromisoformat(old_starts_at) if old_starts_at else None
    calendar = [registration] if registration.status == Status.REGISTERED else []
    context = {
        "entry": Entry(event, registration),
        "old_when": when(event, old) if old else "",
        "waiting": registration.status == Status.WAITING,
    }
    return _message("event_moved", participant, event, context, calendar)


def _reminder(participant, registrations, **_unused):
    registration = registrations[0]
    event = registration.event
    if registration.status != Status.REGISTERED or event.status != Event.Status.PUBLISHED:
        return None
    join = ical.join_link(registration) if event.is_online else ""
    context = {"entry": Entry(event, registration, join_link=join)}
    return _message("reminder", participant, event, context)


BUILDERS = {
    "registration_received": _registration_received,
    "registration_cancelled": _registration_cancelled,
    "moved_up": _moved_up,
    "event_cancelled": _event_cancelled,
    "event_moved": _event_moved,
    "reminder": _reminder,
}


def send(
    kind: str,
    participant_id: int,
    registration_ids: list[int] | None = None,
    event_ids: list[int] | None = None,
    old_starts_at: str | None = None,
) -> bool:
    """Build and send one mail of `kind`; False when there is nothing (left) to tell."""
    if kind not in BUILDERS:
        raise ValueError(f"Unknown kind of e-mail: {kind}")
    participant = Participant.objects.filter(pk=participant_id, anonymised_at__isnull=True).first()
    if participant is None or not participant.email:
        return False
    registrations = list(
        participant.registrations.filter(pk__in=registration_ids or [])
        .select_related("event", "room")
        .order_by("event__starts_at", "pk")
    )
    if kind != "registration_received" and not registrations:
        return False
    with translation.override(language_of(participant)):
        message = BUILDERS[kind](
            participant, registrations, event_ids=event_ids, old_starts_at=old_starts_at
        )
        if message is None:
            return False
    message.send()
    return True
