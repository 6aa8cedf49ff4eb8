"""Background tasks of the events part (and the directory's weekly reminder).

They run in `treffpunkt db_worker`; `treffpunkt scheduler` enqueues the periodic ones (see
treffpunkt.core.scheduling). Arguments are ids and strings only: a task may run minutes
later, in another process, and reads the current state from the database.
"""

import datetime

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import notifications
from .models import Event, Registration

# Reminders go to events starting between this many hours from now (the day before).
REMINDER_WINDOW_HOURS = (20, 28)


@task()
def send_participant_email(
    kind: str,
    participant_id: int,
    registration_ids: list[int] | None = None,
    event_ids: list[int] | None = None,
    old_starts_at: str | None = None,
) -> bool:
    """One e-mail to one participant (see notifications.send)."""
    return notifications.send(
        kind,
        participant_id,
        registration_ids=registration_ids,
        event_ids=event_ids,
        old_starts_at=old_starts_at,
    )


def due_reminders(now: datetime.datetime | None = None):
    """Registrations holding a place at a published event that starts in the window, whose
    confirmed participant was not reminded yet."""
    now = now or timezone.now()
    first, last = getattr(settings, "TREFFPUNKT_REMINDER_WINDOW_HOURS", REMINDER_WINDOW_HOURS)
    return Registration.objects.filter(
        status=Registration.Status.REGISTERED,
        reminder_sent_at__isnull=True,
        event__status=Event.Status.PUBLISHED,
        event__starts_at__gte=now + datetime.timedelta(hours=first),
        event__starts_at__lte=now + datetime.timedelta(hours=last),
        participant__anonymised_at__isnull=True,
        # Double opt-in: no further mail to an address its owner never confirmed.
        participant__email_verified_at__isnull=False,
    ).order_by(F("event__starts_at"), "pk")


def remind(now: datetime.datetime | None = None) -> int:
    """Enqueue the reminders that are due; returns how many. Each registration is claimed
    with a conditional update first, so parallel or repeated runs send it once."""
    now = now or timezone.now()
    sent = 0
    for registration in due_reminders(now).only("pk", "participant_id"):
        claimed = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if claimed:
            notifications.reminder(registration)
            sent += 1
    return sent


@task()
def send_due_reminders() -> int:
    return remind()


@task()
def release_unconfirmed() -> int:
    """Free the places of addresses not confirmed in time (they go to the waiting list)."""
    from .registration import release_unconfirmed as release

    return release()


@task()
def anonymise_participants() -> int:
    from .retention import anonymise_participants as anonymise

    return anonymise()


@task()
def notify_stale_offers() -> int:
    """The directory's reminder to editors of offers nobody has confirmed for long."""
    from treffpunkt.directory.freshness import notify_stale_offers as notify

    return notify()
