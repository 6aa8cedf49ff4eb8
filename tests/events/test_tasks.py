"""The background tasks: reminders, releasing unconfirmed places, anonymising, stale offers."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished

from tests.factories import EventFactory, OfferFactory, applicant, user_with_role
from treffpunkt.events import changes, tasks
from treffpunkt.events import registration as service
from treffpunkt.events.models import Event, Participant, Registration
from treffpunkt.events.registration import Choice
from treffpunkt.network.models import Membership

Status = Registration.Status


@pytest.fixture(autouse=True)
def tasks_succeed():
    """The immediate task backend only logs a failing task: fail the test instead."""
    failures = []

    def record(sender, task_result, **kwargs):
        if task_result.status == TaskResultStatus.FAILED:
            failures.append(task_result.errors[0].traceback)

    task_finished.connect(record)
    yield
    task_finished.disconnect(record)
    assert failures == []


def in_hours(hours: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(hours=hours)


def event_in(hours: float, **fields) -> Event:
    return EventFactory(starts_at=in_hours(hours), ends_at=in_hours(hours + 2), **fields)


def register(email: str, event: Event, confirmed: bool = True) -> Registration:
    outcome = service.register(applicant(email=email, language="en"), [Choice(event)])
    if confirmed:
        service.confirm_email(outcome.participant)
    (registration,) = outcome.registered + outcome.waiting
    return registration


def reminded() -> list[tuple[str, str]]:
    return sorted(
        (message.to[0], message.subject.split(",")[0])
        for message in mail.outbox
        if message.subject.startswith("Reminder:")
    )


def test_reminders_go_once_and_only_to_places_in_the_window(db):
    tomorrow = event_in(24, title="Morgen", capacity=2)
    register("a@example.org", tomorrow)
    register("unconfirmed@example.org", tomorrow, confirmed=False)
    register("waiting@example.org", tomorrow)
    register("cancelled@example.org", event_in(25, title="Abgesagt"))
    changes.cancel_event(Event.objects.get(title="Abgesagt"), "")
    register("b@example.org", event_in(30, title="Übermorgen"))
    register("c@example.org", event_in(10, title="Heute"))
    draft = event_in(24, title="Entwurf")
    register("d@example.org", draft)
    Event.objects.filter(pk=draft.pk).update(status=Event.Status.DRAFT)
    mail.outbox.clear()

    first = tasks.send_due_reminders.enqueue()
    second = tasks.send_due_reminders.enqueue()

    assert (first.return_value, second.return_value) == (1, 0)
    assert reminded() == [("a@example.org", "Reminder: Morgen")]
    assert list(
        Registration.objects.filter(reminder_sent_at__isnull=False).values_list("email", flat=True)
    ) == ["a@example.org"]


def test_the_window_is_measured_from_now(db):
    event = event_in(40, title="Später")
    register("a@example.org", event)
    mail.outbox.clear()

    assert tasks.remind(now=timezone.now()) == 0
    assert tasks.remind(now=in_hours(16)) == 1
    assert reminded() == [("a@example.org", "Reminder: Später")]


def test_the_window_can_be_configured(db, settings):
    settings.TREFFPUNKT_REMINDER_WINDOW_HOURS = (1, 3)
    register("a@example.org", event_in(2, title="Gleich"))
    register("b@example.org", event_in(24, title="Morgen"))
    mail.outbox.clear()

    tasks.send_due_reminders.enqueue()

    assert reminded() == [("a@example.org", "Reminder: Gleich")]


def test_a_moved_event_is_reminded_again(db):
    event = event_in(24, title="Verschoben")
    register("a@example.org", event)
    tasks.send_due_reminders.enqueue()

    changes.move_event(event, in_hours(26), in_hours(28))
    tasks.send_due_reminders.enqueue()

    assert reminded() == [
        ("a@example.org", "Reminder: Verschoben"),
        ("a@example.org", "Reminder: Verschoben"),
    ]


def test_the_command_sends_due_reminders(db, capsys):
    register("a@example.org", event_in(24))

    call_command("send_reminders")
    call_command("send_reminders")

    assert capsys.readouterr().out == "1 reminder(s) enqueued.\n0 reminder(s) enqueued.\n"
    assert len(reminded()) == 1


def test_unconfirmed_places_are_released_to_the_waiting_list(
    db, django_capture_on_commit_callbacks
):
    event = event_in(24 * 7, title="Fachtag", capacity=1)
    stale = register("stale@example.org", event, confirmed=False)
    waiting = register("waiting@example.org", event)
    Participant.objects.filter(pk=stale.participant_id).update(created_at=in_hours(-49))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.release_unconfirmed.enqueue()

    assert result.return_value == 1
    stale.refresh_from_db()
    waiting.refresh_from_db()
    assert (stale.status, waiting.status) == (Status.CANCELLED, Status.REGISTERED)
    assert sorted((m.to[0], m.subject.split(":")[0]) for m in mail.outbox) == [
        ("stale@example.org", "Registration cancelled"),
        ("waiting@example.org", "You have a place"),
    ]


def test_the_anonymising_task_anonymises(db, settings):
    settings.TREFFPUNKT_ANONYMISE_AFTER_DAYS = 90
    register("a@example.org", event_in(24))
    Participant.objects.update(created_at=in_hours(-24 * 100))
    Event.objects.update(starts_at=in_hours(-24 * 95), ends_at=in_hours(-24 * 95 + 2))

    result = tasks.anonymise_participants.enqueue()

    assert result.return_value == 1
    assert Participant.objects.get().name == "anonymisiert"


def test_the_stale_offers_task_reminds_editors(db, organisation):
    editor = user_with_role(Membership.Role.EDITOR, organisation, email="redaktion@caritas.example")
    OfferFactory(organisation=organisation, title="Sprachcafé", last_checked=None)

    result = tasks.notify_stale_offers.enqueue()

    assert result.return_value == 1
    assert [message.to for message in mail.outbox] == [[editor.email]]
