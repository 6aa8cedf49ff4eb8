"""Places, waiting list, duplicates, cancelling: the rules of registration."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import EventFactory, EventSeriesFactory, RoomFactory, applicant
from treffpunkt.events import registration as service
from treffpunkt.events.models import Registration
from treffpunkt.events.registration import Choice

Status = Registration.Status


def register(email, *events, rooms=None, **fields):
    rooms = rooms or {}
    choices = [Choice(event, rooms.get(event.pk)) for event in events]
    return service.register(applicant(email=email, **fields), choices)


def statuses(event) -> dict[str, str]:
    return dict(event.registrations.values_list("email", "status"))


def test_places_then_waiting_list(db, sent):
    event = EventFactory(capacity=2)

    for number in range(4):
        register(f"person{number}@example.org", event)

    assert statuses(event) == {
        "person0@example.org": "registered",
        "person1@example.org": "registered",
        "person2@example.org": "waiting",
        "person3@example.org": "waiting",
    }
    assert service.counts(event) == {"registered": 2, "waiting": 2, "cancelled": 0, "free": 0}


def test_one_address_registers_once_per_event(db, sent):
    event = EventFactory()
    register("Teilnahme@Example.org", event)

    outcome = register(" teilnahme@example.org ", event)

    assert outcome.already == [event]
    assert event.registrations.count() == 1


def test_a_cancelled_address_may_register_again(db, sent):
    event = EventFactory()
    first = register("a@example.org", event).registered[0]
    service.cancel(first)

    again = register("a@example.org", event)

    assert [r.status for r in again.registered] == ["registered"]


def test_whole_series_in_one_form(db, sent, django_capture_on_commit_callbacks):
    series = EventSeriesFactory()
    parts = [EventFactory(series=series, capacity=1) for _ in range(3)]
    register("early@example.org", parts[1])

    with django_capture_on_commit_callbacks(execute=True):
        outcome = register("series@example.org", *parts)

    assert [r.event for r in outcome.registered] == [parts[0], parts[2]]
    assert [r.event for r in outcome.waiting] == [parts[1]]
    assert outcome.participant.registrations.count() == 3
    assert sent[-1][0] == "registration_received"


def test_cancelling_moves_the_next_person_up(db, sent, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    holder = register("first@example.org", event).registered[0]
    register("second@example.org", event)
    register("third@example.org", event)

    with django_capture_on_commit_callbacks(execute=True):
        moved = service.cancel(holder)

    assert [r.email for r in moved] == ["second@example.org"]
    assert statuses(event) == {
        "first@example.org": "cancelled",
        "second@example.org": "registered",
        "third@example.org": "waiting",
    }
    assert [name for name, _ in sent[-2:]] == ["registration_cancelled", "moved_up"]


def test_cancelling_a_waiting_place_moves_nobody(db, sent):
    event = EventFactory(capacity=1)
    register("first@example.org", event)
    waiting = register("second@example.org", event).waiting[0]

    assert service.cancel(waiting) == []
    assert statuses(event)["first@example.org"] == "registered"


def test_more_places_let_the_waiting_move_up(db, sent):
    event = EventFactory(capacity=1)
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        register(email, event)
    event.capacity = 2
    event.save()

    moved = service.fill_from_waiting_list(event)

    assert [r.email for r in moved] == ["b@example.org"]


def test_full_room_is_not_assigned(db, sent):
    event = EventFactory()
    room = RoomFactory(event=event, capacity=1)
    register("a@example.org", event, rooms={event.pk: room})

    late = register("b@example.org", event, rooms={event.pk: room}).registered[0]

    assert late.room is None
    assert service.change_room(late, room) is False


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "draft"},
        {"status": "cancelled"},
        {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)},
        {"registration_opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"requires_registration": False},
    ],
)
def test_closed_registration_is_refused(db, sent, changes):
    event = EventFactory(**changes)

    with pytest.raises(service.RegistrationClosed):
        register("a@example.org", event)
    assert event.registrations.count() == 0


def test_unconfirmed_addresses_lose_their_place(db, sent, settings):
    settings.TREFFPUNKT_CONFIRMATION_HOURS = 48
    event = EventFactory(capacity=1)
    unconfirmed = register("silent@example.org", event).participant
    register("waiting@example.org", event)
    confirmed = register("other@example.org", EventFactory(capacity=1)).participant
    service.confirm_email(confirmed)

    released = service.release_unconfirmed(now=timezone.now() + datetime.timedelta(hours=49))

    assert released == 2  # the silent one and the waiting one (never confirmed either)
    assert unconfirmed.registrations.get().status == "cancelled"
    assert confirmed.registrations.get().status == "registered"


def test_consent_is_required(db, sent):
    with pytest.raises(ValueError, match="consent"):
        service.register(applicant(consent_processing=False), [Choice(EventFactory())])
