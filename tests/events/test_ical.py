"""iCalendar feeds and attachments, parsed back as calendar programs read them."""

import datetime

import pytest
from django.utils import timezone, translation
from icalendar import Calendar

from tests.factories import EventFactory, FieldOfActionFactory, RoomFactory, applicant
from treffpunkt.events import changes, ical
from treffpunkt.events import registration as service
from treffpunkt.events.models import AgendaItem, Event, Speaker
from treffpunkt.events.registration import Choice


def local(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args))


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


@pytest.fixture
def fachtag(db):
    """A Fachtag in summer (CEST), on site, with a programme and a field of action."""
    event = EventFactory(
        title="Fachtag Integration",
        description="Wie gelingt Ankommen?",
        starts_at=local(2030, 7, 1, 9, 30),
        ends_at=local(2030, 7, 1, 16, 0),
        format=Event.Format.ON_SITE,
        venue_name="Rathaus",
        street="Marktplatz 1",
        postcode="45657",
        city="Recklinghausen",
        video_link="",
    )
    event.fields_of_action.set([FieldOfActionFactory(name="Wohnen", slug="wohnen")])
    welcome = AgendaItem.objects.create(
        event=event,
        kind=AgendaItem.Kind.WELCOME,
        title="Begrüßung",
        starts_at=local(2030, 7, 1, 9, 30),
        ends_at=local(2030, 7, 1, 9, 45),
    )
    welcome.speakers.set([Speaker.objects.create(name="Dr. Ada Muster")])
    AgendaItem.objects.create(event=event, title="Workshops", starts_at=local(2030, 7, 1, 10))
    return event


def test_a_feed_holds_one_vevent_per_event_in_berlin_time(fachtag):
    online = EventFactory(
        title="Online-Austausch",
        starts_at=local(2030, 12, 2, 14),
        ends_at=local(2030, 12, 2, 15, 30),
    )

    with translation.override("en"):
        calendar = parse(ical.calendar_for([fachtag, online], "Treffpunkt – Events"))

    assert calendar["PRODID"] == "-//Treffpunkt//Veranstaltungen//DE"
    assert calendar["X-WR-CALNAME"] == "Treffpunkt – Events"
    assert [tz["TZID"] for tz in calendar.timezones] == ["Europe/Berlin"]
    first, second = calendar.events
    assert first["UID"] == f"event-{fachtag.pk}@127.0.0.1"
    assert first["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert first.start == local(2030, 7, 1, 9, 30)
    assert first.start.utcoffset() == datetime.timedelta(hours=2)
    assert first.end == local(2030, 7, 1, 16)
    assert first["SUMMARY"] == "Fachtag Integration"
    assert first["LOCATION"] == "Rathaus, Marktplatz 1, 45657 Recklinghausen"
    assert first["URL"] == f"http://127.0.0.1:8000/en/veranstaltungen/{fachtag.pk}/"
    assert first["STATUS"] == "CONFIRMED"
    assert first["SEQUENCE"] == 0
    assert first.categories == ["Wohnen"]
    assert first["DTSTAMP"].dt == fachtag.updated_at.replace(microsecond=0)
    assert first["DESCRIPTION"] == (
        "Wie gelingt Ankommen?\n\n"
        "Programme:\n"
        "9:30 a.m.–9:45 a.m. Begrüßung (Dr. Ada Muster)\n"
        "10 a.m. Workshops\n\n"
        f"http://127.0.0.1:8000/en/veranstaltungen/{fachtag.pk}/"
    )
    assert second.start == local(2030, 12, 2, 14)
    assert second.start.utcoffset() == datetime.timedelta(hours=1)
    assert second["LOCATION"] == "Online"


def test_feeds_never_show_the_video_link(db):
    event = EventFactory(video_link="https://meet.example.org/geheim")

    data = ical.calendar_for([event], "Feed")

    assert b"geheim" not in data


def test_an_empty_feed_is_a_valid_calendar(db):
    calendar = parse(ical.calendar_for(Event.objects.none(), "Leer"))

    assert calendar["X-WR-CALNAME"] == "Leer"
    assert calendar.events == []


def test_uid_stays_and_sequence_grows_when_moved_and_cancelled(fachtag):
    def vevent():
        fachtag.refresh_from_db()
        return parse(ical.calendar_for([fachtag], "Feed")).events[0]

    before = vevent()
    changes.move_event(fachtag, local(2030, 7, 8, 9, 30), local(2030, 7, 8, 16))
    moved = vevent()
    changes.cancel_event(fachtag, "Raum nicht verfügbar")
    cancelled = vevent()

    assert before["UID"] == moved["UID"] == cancelled["UID"] == f"event-{fachtag.pk}@127.0.0.1"
    assert [before["SEQUENCE"], moved["SEQUENCE"], cancelled["SEQUENCE"]] == [0, 1, 2]
    assert moved.start == local(2030, 7, 8, 9, 30)
    assert [before["STATUS"], moved["STATUS"], cancelled["STATUS"]] == [
        "CONFIRMED",
        "CONFIRMED",
        "CANCELLED",
    ]
    with translation.override("en"):
        assert vevent()["DESCRIPTION"].startswith("Cancelled: Raum nicht verfügbar\n\n")


def test_publishing_a_draft_or_editing_the_text_does_not_count_as_a_change(db):
    event = EventFactory(status=Event.Status.DRAFT)
    event.status = Event.Status.PUBLISHED
    event.save()
    event.description = "Neu"
    event.save()

    assert ical.sequences([event]) == {event.pk: 0}


def test_a_registration_gets_the_event_with_the_link_of_its_room(db):
    event = EventFactory(title="Online-Fachtag", video_link="https://meet.example.org/plenum")
    room = RoomFactory(event=event, title="Wohnen", video_link="https://meet.example.org/wohnen")
    outcome = service.register(applicant(), [Choice(event, room)])

    with translation.override("en"):
        calendar = parse(ical.registration_ics(outcome.registered[0]))

    assert calendar["METHOD"] == "PUBLISH"
    assert [tz["TZID"] for tz in calendar.timezones] == ["Europe/Berlin"]
    (vevent,) = calendar.events
    assert vevent["UID"] == f"event-{event.pk}@127.0.0.1"
    assert vevent["URL"] == "https://meet.example.org/wohnen"
    assert vevent["DESCRIPTION"] == (
        "Join online: https://meet.example.org/wohnen\n\n"
        f"http://127.0.0.1:8000/en/veranstaltungen/{event.pk}/"
    )


def test_the_event_link_without_a_room_and_none_on_the_waiting_list(db):
    event = EventFactory(capacity=1, video_link="https://meet.example.org/plenum")
    registered = service.register(applicant(email="a@example.org"), [Choice(event)]).registered[0]
    waiting = service.register(applicant(email="b@example.org"), [Choice(event)]).waiting[0]

    with_place = parse(ical.registration_ics(registered)).events[0]
    on_waiting_list = parse(ical.registration_ics(waiting)).events[0]

    assert with_place["URL"] == "https://meet.example.org/plenum"
    assert on_waiting_list["URL"] == f"http://127.0.0.1:8000/veranstaltungen/{event.pk}/"
    assert "plenum" not in on_waiting_list["DESCRIPTION"]


def test_on_site_events_have_no_join_link(fachtag):
    registration = service.register(applicant(), [Choice(fachtag)]).registered[0]

    vevent = parse(ical.registration_ics(registration)).events[0]

    assert vevent["URL"] == f"http://127.0.0.1:8000/veranstaltungen/{fachtag.pk}/"
    assert vevent["LOCATION"] == "Rathaus, Marktplatz 1, 45657 Recklinghausen"


def test_filename_names_the_event_and_its_day(fachtag):
    assert ical.filename(fachtag) == "fachtag-integration-2030-07-01.ics"
