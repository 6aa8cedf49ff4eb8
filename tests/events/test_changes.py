"""Copying, cancelling and moving events (the domain functions behind the organisers' pages)."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    FieldOfActionFactory,
    LanguageFactory,
    OrganisationFactory,
    RoomFactory,
    UserFactory,
    applicant,
)
from treffpunkt.events import changes, notifications, registration
from treffpunkt.events.models import AgendaItem, Event, Participant, Registration, Speaker

NOTIFICATIONS = (
    "registration_received",
    "registration_cancelled",
    "moved_up",
    "event_cancelled",
    "event_moved",
)


@pytest.fixture
def sent(monkeypatch):
    """The notifications called, as (name, *arguments), instead of e-mails."""
    calls = []
    for name in NOTIFICATIONS:
        monkeypatch.setattr(
            notifications,
            name,
            lambda *args, _name=name: calls.append((_name, *args)),
            raising=False,
        )
    return calls


def local(year, month, day, hour, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


@pytest.fixture
def workshop(db):
    """A Fachtag with two organisers, a room, two agenda items and a registration."""
    caritas, awo = OrganisationFactory(name="Caritas"), OrganisationFactory(name="AWO")
    event = EventFactory(
        title="Fachtag Sprache",
        series=EventSeriesFactory(title="Fachtage 2030", organisers=[caritas]),
        starts_at=local(2030, 3, 5, 9),
        ends_at=local(2030, 3, 5, 16),
        registration_opens_at=local(2030, 1, 1, 8),
        registration_closes_at=local(2030, 3, 3, 23, 59),
        capacity=40,
        recording_url="https://video.example.org/aufzeichnung",
        organisers=[caritas, awo],
    )
    event.languages.set([LanguageFactory(code="ar", name="Arabisch")])
    event.fields_of_action.set([FieldOfActionFactory(name="Sprache", slug="sprache")])
    moderator = UserFactory(username="moderatorin")
    room = RoomFactory(event=event, title="Sprachkurse", capacity=20, position=1)
    room.moderators.set([moderator])
    speaker = Speaker.objects.create(name="Dr. A. Schmidt", role="Leitung", organisation_name="VHS")
    AgendaItem.objects.create(
        event=event, starts_at=local(2030, 3, 5, 9), kind="welcome", title="Begrüßung"
    )
    talk = AgendaItem.objects.create(
        event=event,
        starts_at=local(2030, 3, 5, 9, 30),
        ends_at=local(2030, 3, 5, 10, 15),
        kind="keynote",
        title="Sprache und Teilhabe",
    )
    talk.speakers.set([speaker])
    Registration.objects.create(
        participant=Participant.objects.create(
            name="A. B.", email="ab@example.org", consent_processing=True
        ),
        event=event,
        email="ab@example.org",
        status="registered",
        reminder_sent_at=local(2030, 3, 4, 9),
    )
    return event


def test_copy_is_a_draft_a_week_later_with_rooms_and_programme(workshop):
    copy = changes.copy_event(workshop, local(2030, 3, 12, 9))

    assert copy.pk != workshop.pk
    assert (copy.title, copy.status, copy.series.title) == (
        "Fachtag Sprache",
        "draft",
        "Fachtage 2030",
    )
    assert (copy.starts_at, copy.ends_at) == (local(2030, 3, 12, 9), local(2030, 3, 12, 16))
    assert (copy.registration_opens_at, copy.registration_closes_at) == (
        local(2030, 1, 8, 8),
        local(2030, 3, 10, 23, 59),
    )
    assert (copy.capacity, copy.recording_url, copy.cancellation_reason) == (40, "", "")
    assert sorted(o.name for o in copy.organisers.all()) == ["AWO", "Caritas"]
    assert [lang.code for lang in copy.languages.all()] == ["ar"]
    assert [f.slug for f in copy.fields_of_action.all()] == ["sprache"]
    assert [(r.title, r.capacity, r.position, [u.username for u in r.moderators.all()])
            for r in copy.rooms.all()] == [("Sprachkurse", 20, 1, ["moderatorin"])]  # fmt: skip
    assert [
        (item.title, item.starts_at, item.ends_at, [str(s) for s in item.speakers.all()])
        for item in copy.agenda.all()
    ] == [
        ("Begrüßung", local(2030, 3, 12, 9), None, []),
        (
            "Sprache und Teilhabe",
            local(2030, 3, 12, 9, 30),
            local(2030, 3, 12, 10, 15),
            ["Dr. A. Schmidt, Leitung, VHS"],
        ),
    ]
    assert copy.registrations.count() == 0
    assert Speaker.objects.count() == 1  # the same speaker, not a second entry


def test_copy_leaves_the_original_alone(workshop):
    changes.copy_event(workshop, local(2030, 4, 1, 9))

    workshop.refresh_from_db()
    assert (workshop.status, workshop.starts_at) == ("published", local(2030, 3, 5, 9))
    assert workshop.rooms.count() == 1
    assert workshop.agenda.count() == 2
    assert workshop.registrations.count() == 1
    assert Event.objects.count() == 2


def test_copy_over_the_change_to_summer_time_keeps_the_local_time(workshop):
    # 5 March is winter time (UTC+1), 2 April summer time (UTC+2).
    starts = changes.local_combine(datetime.date(2030, 4, 2), workshop)

    copy = changes.copy_event(workshop, starts)

    assert timezone.localtime(copy.starts_at).strftime("%d.%m.%Y %H:%M") == "02.04.2030 09:00"


def test_default_copy_date_is_one_week_later_at_the_same_time(workshop):
    assert changes.default_copy_start(workshop) == local(2030, 3, 12, 9)


def test_cancelling_keeps_registrations_and_tells_participants_after_commit(
    workshop, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        changes.cancel_event(workshop, "  Die Referentin ist erkrankt.  ")
        assert sent == []  # nothing before the commit

    workshop.refresh_from_db()
    assert (workshop.status, workshop.cancellation_reason) == (
        "cancelled",
        "Die Referentin ist erkrankt.",
    )
    assert sent == [("event_cancelled", workshop)]
    assert list(workshop.registrations.values_list("status", flat=True)) == ["registered"]


def test_cancelling_again_only_corrects_the_reason(
    workshop, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        changes.cancel_event(workshop, "Krankheit")
    with django_capture_on_commit_callbacks(execute=True):
        changes.cancel_event(workshop, "Krankheit der Referentin")

    workshop.refresh_from_db()
    assert workshop.cancellation_reason == "Krankheit der Referentin"
    assert [call[0] for call in sent] == ["event_cancelled"]


def test_a_rolled_back_cancellation_tells_nobody(
    workshop, sent, django_capture_on_commit_callbacks
):
    def cancel_then_fail():
        with transaction.atomic():
            changes.cancel_event(workshop, "Krankheit")
            raise RuntimeError("the request failed after cancelling")

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError, match="the request failed"),
    ):
        cancel_then_fail()

    workshop.refresh_from_db()
    assert workshop.status == "published"
    assert sent == []


def test_moving_shifts_programme_and_deadline_and_tells_participants(
    workshop, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        changes.move_event(workshop, local(2030, 3, 19, 10), local(2030, 3, 19, 17))

    workshop.refresh_from_db()
    assert (workshop.starts_at, workshop.ends_at) == (
        local(2030, 3, 19, 10),
        local(2030, 3, 19, 17),
    )
    assert workshop.registration_opens_at == local(2030, 1, 1, 8)
    assert workshop.registration_closes_at == local(2030, 3, 18, 0, 59)
    assert [(item.starts_at, item.ends_at) for item in workshop.agenda.all()] == [
        (local(2030, 3, 19, 10), None),
        (local(2030, 3, 19, 10, 30), local(2030, 3, 19, 11, 15)),
    ]
    # The reminder for the old date does not count for the new one.
    assert list(workshop.registrations.values_list("reminder_sent_at", flat=True)) == [None]
    assert sent == [("event_moved", workshop, local(2030, 3, 5, 9))]


def test_moving_to_the_same_time_tells_nobody(workshop, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        changes.move_event(workshop, workshop.starts_at, workshop.ends_at)

    assert sent == []


def test_moving_keeps_the_deadline_before_a_shortened_end(workshop, sent):
    changes.move_event(workshop, local(2030, 3, 3, 9), local(2030, 3, 3, 10))

    workshop.refresh_from_db()
    assert workshop.registration_closes_at == local(2030, 3, 1, 23, 59)


@pytest.mark.parametrize(
    ("starts", "ends", "status", "message"),
    [
        ((2030, 3, 19, 10), (2030, 3, 19, 9), "published", "cannot end before it starts"),
        ((2030, 3, 19, 10), (2030, 3, 19, 12), "cancelled", "cancelled event cannot be moved"),
    ],
)
def test_moving_refuses_an_end_before_the_start_and_cancelled_events(
    workshop, sent, starts, ends, status, message
):
    workshop.status = status
    workshop.save()

    with pytest.raises(ValueError, match=message):
        changes.move_event(workshop, local(*starts), local(*ends))

    workshop.refresh_from_db()
    assert workshop.starts_at == local(2030, 3, 5, 9)


def test_copy_of_an_event_people_registered_for_through_the_service(db, sent):
    event = EventFactory(capacity=1)
    registration.register(applicant(email="eins@example.org"), [registration.Choice(event)])
    registration.register(applicant(email="zwei@example.org"), [registration.Choice(event)])

    copy = changes.copy_event(event, event.starts_at + datetime.timedelta(days=7))

    assert registration.counts(copy) == {
        "registered": 0,
        "waiting": 0,
        "cancelled": 0,
        "free": 1,
    }
