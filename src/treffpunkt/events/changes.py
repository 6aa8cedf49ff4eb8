"""What organisers do to an event beyond saving its form: copy it, cancel it, move it.

Cancelling and moving tell the participants: the e-mails go out after the commit, so a
rolled-back change never reaches anyone.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Event, Registration

M2M_FIELDS = ("organisers", "languages", "fields_of_action", "target_groups")
ACTIVE = (Registration.Status.REGISTERED, Registration.Status.WAITING)


def _shifted(value: datetime.datetime | None, offset: datetime.timedelta):
    return None if value is None else value + offset


@transaction.atomic
def copy_event(event: Event, starts_at: datetime.datetime) -> Event:
    """A draft of the same event at another time: the same series, organisers, rooms and
    programme (shifted by the same offset), without registrations, reason or recording."""
    offset = starts_at - event.starts_at
    copy = Event.objects.get(pk=event.pk)
    copy.pk = copy.id = None
    copy._state.adding = True
    copy.starts_at = starts_at
    copy.ends_at = event.ends_at + offset
    copy.registration_opens_at = _shifted(event.registration_opens_at, offset)
    copy.registration_closes_at = _shifted(event.registration_closes_at, offset)
    copy.status = Event.Status.DRAFT
    copy.cancellation_reason = ""
    copy.recording_url = ""
    copy.save()
    for name in M2M_FIELDS:
        getattr(copy, name).set(getattr(event, name).all())
    for room in event.rooms.prefetch_related("moderators"):
        moderators = list(room.moderators.all())
        room.pk = room.id = None
        room._state.adding = True
        room._prefetched_objects_cache = {}
        room.event = copy
        room.save()
        room.moderators.set(moderators)
    for item in event.agenda.prefetch_related("speakers"):
        speakers = list(item.speakers.all())
        item.pk = item.id = None
        item._state.adding = True
        item._prefetched_objects_cache = {}
        item.event = copy
        item.starts_at += offset
        item.ends_at = _shifted(item.ends_at, offset)
        item.save()
        item.speakers.set(speakers)
    return copy


def announce_cancellation(event: Event) -> None:
    """Tell registered and waiting participants, once the transaction is committed."""

    def send():
        from . import notifications

        notifications.event_cancelled(event)

    transaction.on_commit(send)


def announce_move(event: Event, old_starts_at: datetime.datetime) -> None:
    """Tell participants the new date, once the transaction is committed."""

    def send():
        from . import notifications

        notifications.event_moved(event, old_starts_at)

    transaction.on_commit(send)


@transaction.atomic
def cancel_event(event: Event, reason: str) -> Event:
    """Cancel an event; its registrations stay (they are who is told). A second call only
    corrects the reason and tells nobody again."""
    was_cancelled = event.is_cancelled
    event.status = Event.Status.CANCELLED
    event.cancellation_reason = reason.strip()
    event.save()
    if not was_cancelled:
        announce_cancellation(event)
    return event


@transaction.atomic
def move_event(event: Event, starts_at: datetime.datetime, ends_at: datetime.datetime) -> Event:
    """Give an event a new time. The programme and the end of the registration window keep
    their distance to the start; reminders go out again before the new date."""
    if ends_at < starts_at:
        raise ValueError("An event cannot end before it starts.")
    if event.is_cancelled:
        raise ValueError("A cancelled event cannot be moved.")
    old_starts_at, old_ends_at = event.starts_at, event.ends_at
    if (starts_at, ends_at) == (old_starts_at, old_ends_at):
        return event
    offset = starts_at - old_starts_at
    event.starts_at, event.ends_at = starts_at, ends_at
    event.registration_closes_at = _shifted(event.registration_closes_at, offset)
    if event.registration_closes_at and event.registration_closes_at > ends_at:
        event.registration_closes_at = ends_at
    if (
        event.registration_opens_at
        and event.registration_closes_at
        and event.registration_opens_at > event.registration_closes_at
    ):
        event.registration_opens_at = None
    event.save()
    for item in event.agenda.all():
        item.starts_at += offset
        item.ends_at = _shifted(item.ends_at, offset)
        item.save(update_fields=["starts_at", "ends_at"])
    event.registrations.filter(status__in=ACTIVE, reminder_sent_at__isnull=False).update(
        reminder_sent_at=None
    )
    announce_move(event, old_starts_at)
    return event


def default_copy_start(event: Event) -> datetime.datetime:
    """One week later, at the same local time."""
    return local_combine(
        timezone.localtime(event.starts_at).date() + datetime.timedelta(days=7), event
    )


def local_combine(day: datetime.date, event: Event) -> datetime.datetime:
    """`day` at the local time of day the event starts (DST-safe)."""
    clock = timezone.localtime(event.starts_at).time().replace(tzinfo=None)
    return timezone.make_aware(datetime.datetime.combine(day, clock))
