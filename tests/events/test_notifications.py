"""The e-mails participants receive, as they receive them (tasks run at once in the tests)."""

import datetime

import pytest
from django.core import mail
from django.utils import formats, timezone, translation
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from icalendar import Calendar

from tests.factories import EventFactory, OrganisationFactory, RoomFactory, applicant
from treffpunkt.events import changes, notifications
from treffpunkt.events import registration as service
from treffpunkt.events.models import Event, Participant, Registration
from treffpunkt.events.registration import Choice

SITE = "http://127.0.0.1:8000"


def local(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args))


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


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a service call and its after-commit e-mails, as a request would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def register(committed):
    def run(email, *events, rooms=None, **fields):
        rooms = rooms or {}
        choices = [Choice(event, rooms.get(event.pk)) for event in events]
        return committed(service.register, applicant(email=email, **fields), choices)

    return run


@pytest.fixture
def caritas(db):
    return OrganisationFactory(name="Caritas Musterstadt", email="info@caritas.example")


@pytest.fixture
def event(caritas):
    return EventFactory(
        title="Wohnen im Quartier",
        starts_at=local(2030, 11, 25, 10),
        ends_at=local(2030, 11, 25, 12, 30),
        organisers=[caritas],
        video_link="https://meet.example.org/wohnen",
    )


def html_of(message) -> str:
    ((content, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    return content


def calendars(message) -> list[Calendar]:
    result = []
    for attachment in message.attachments:
        assert attachment.mimetype == "text/calendar"
        result.append(Calendar.from_ical(attachment.content))
    return result


def test_the_registration_mail_asks_for_confirmation_and_brings_the_calendar_entry(event, register):
    outcome = register("a@example.org", event, name="Amina Yilmaz", language="en")

    (message,) = mail.outbox
    token = outcome.participant.token
    assert message.to == ["a@example.org"]
    assert message.from_email == "Caritas Musterstadt via Treffpunkt <treffpunkt@localhost>"
    assert message.reply_to == ["info@caritas.example"]
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    assert message.subject == "Please confirm your registration: Wohnen im Quartier, Nov. 25, 2030"
    assert message.body == (
        "Hello Amina Yilmaz,\n\n"
        "Thank you for registering. Please confirm your e-mail address with this link:\n"
        f"{SITE}/en/veranstaltungen/anmeldung/{token}/bestaetigen/\n\n"
        "Without the confirmation, the registration is cancelled after 48 hours.\n\n"
        "You have a place at:\n\n"
        "Wohnen im Quartier\n"
        "Monday, Nov. 25, 2030, 10 a.m.–12:30 p.m.\n"
        "Online\n"
        f"{SITE}/en/veranstaltungen/{event.pk}/\n\n"
        "Calendar entries for your places are attached.\n\n"
        "See, change or cancel your registrations:\n"
        f"{SITE}/en/veranstaltungen/anmeldung/{token}/\n\n"
        "Questions? Simply reply to this e-mail.\n\n"
        "-- \n"
        "Caritas Musterstadt · Treffpunkt\n"
    )
    html = html_of(message)
    assert '<html lang="en" dir="ltr">' in html
    assert (
        f'<a href="{SITE}/en/veranstaltungen/anmeldung/{token}/bestaetigen/">'
        f"{SITE}/en/veranstaltungen/anmeldung/{token}/bestaetigen/</a>"
    ) in html
    assert message.attachments[0].filename == "wohnen-im-quartier-2030-11-25.ics"
    (calendar,) = calendars(message)
    assert [tz["TZID"] for tz in calendar.timezones] == ["Europe/Berlin"]
    (vevent,) = calendar.events
    assert vevent["UID"] == f"event-{event.pk}@127.0.0.1"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent.start == local(2030, 11, 25, 10)
    assert vevent["URL"] == "https://meet.example.org/wohnen"


def test_places_waiting_list_and_earlier_registrations_in_one_mail(caritas, register):
    full = EventFactory(title="Voll", capacity=1, organisers=[caritas])
    free = EventFactory(title="Frei", organisers=[caritas])
    known = EventFactory(title="Bekannt", organisers=[caritas])
    register("first@example.org", full, name="Erste Person")
    register("b@example.org", known)
    mail.outbox.clear()

    with translation.override("en"):
        register("b@example.org", full, free, known, name="Berta", language="en")

    (message,) = mail.outbox
    assert message.subject == "Please confirm your registration for 2 events"
    body = message.body
    place = body.index("You have a place at:\n\nFrei\n")
    waiting = body.index("You are on the waiting list for:\n\nVoll\n")
    known_part = body.index("This e-mail address was already registered for:\n\nBekannt\n")
    assert place < waiting < known_part
    assert "As soon as a place becomes free, it is yours, and we let you know." in body
    assert [cal.events[0]["SUMMARY"] for cal in calendars(message)] == ["Frei"]
    for text in (body, html_of(message)):
        assert "Erste Person" not in text
        assert "first@example.org" not in text


def test_only_an_earlier_registration_gives_no_confirmation_link(event, register):
    register("a@example.org", event)
    mail.outbox.clear()

    with translation.override("en"):
        outcome = register("a@example.org", event, language="en")

    (message,) = mail.outbox
    assert message.subject == "Already registered: Wohnen im Quartier, Nov. 25, 2030"
    assert outcome.participant.token not in message.body
    assert message.attachments == []


def test_the_mail_speaks_the_participants_language(event, register):
    register("de@example.org", event, language="de")
    register("ar@example.org", event, language="ar")

    german, arabic = mail.outbox
    start = timezone.localtime(event.starts_at)
    with translation.override("de"):
        german_date = formats.date_format(start, "DATE_FORMAT")
    with translation.override("ar"):
        arabic_date = formats.date_format(start, "DATE_FORMAT")
    assert german_date == "25. November 2030"
    assert german.subject != arabic.subject
    assert german.subject.endswith("Wohnen im Quartier, 25. November 2030")
    assert "Wohnen im Quartier" in arabic.subject
    assert arabic.subject.endswith(arabic_date)
    assert '<html lang="de" dir="ltr">' in html_of(german)
    assert '<html lang="ar" dir="rtl">' in html_of(arabic)
    german_token = Participant.objects.get(email="de@example.org").token
    arabic_token = Participant.objects.get(email="ar@example.org").token
    assert f"{SITE}/veranstaltungen/anmeldung/{german_token}/" in german.body
    assert f"{SITE}/ar/veranstaltungen/anmeldung/{arabic_token}/" in arabic.body


def test_reply_to_the_contact_address_else_the_first_organiser_with_one(db, register):
    without_email = OrganisationFactory(name="Aaa ohne Adresse", email="")
    with_email = OrganisationFactory(name="Bbb Verein", email="post@bbb.example")
    both = EventFactory(organisers=[without_email, with_email])
    contact = EventFactory(organisers=[with_email], contact_email="fachtag@kreis.example")
    nobody = EventFactory(organisers=[without_email])

    register("a@example.org", both)
    register("a@example.org", contact)
    register("a@example.org", nobody)

    assert [m.reply_to for m in mail.outbox] == [
        ["post@bbb.example"],
        ["fachtag@kreis.example"],
        [],
    ]
    assert mail.outbox[0].from_email == "Aaa ohne Adresse via Treffpunkt <treffpunkt@localhost>"


def test_the_sender_name_is_quoted_when_it_needs_to_be(db, register, settings):
    settings.DEFAULT_FROM_EMAIL = "Treffpunkt Kreis <noreply@treffpunkt.example>"
    event = EventFactory(organisers=[OrganisationFactory(name="Caritas, Kreis e.V.")])

    register("a@example.org", event)

    assert mail.outbox[0].from_email == (
        '"Caritas, Kreis e.V. via Treffpunkt Kreis" <noreply@treffpunkt.example>'
    )
    assert "From: =?utf-8?" not in mail.outbox[0].message().as_string()


def test_cancelling_tells_the_person_and_the_one_who_moves_up(caritas, register, committed):
    event = EventFactory(
        title="Sprachcafé",
        capacity=1,
        organisers=[caritas],
        video_link="https://meet.example.org/cafe",
    )
    first = register("first@example.org", event, language="en").registered[0]
    second = register("second@example.org", event, language="en").waiting[0]
    mail.outbox.clear()

    with translation.override("en"):
        committed(service.cancel, first)

    cancelled, moved_up = mail.outbox
    assert cancelled.to == ["first@example.org"]
    assert cancelled.subject.startswith("Registration cancelled: Sprachcafé, ")
    assert "Your registration for this event is cancelled:" in cancelled.body
    assert cancelled.attachments == []
    assert moved_up.to == ["second@example.org"]
    assert moved_up.subject.startswith("You have a place: Sprachcafé, ")
    assert "a place has become free, and it is yours" in moved_up.body
    assert (
        f"{SITE}/en/veranstaltungen/anmeldung/{second.participant.token}/bestaetigen/"
        in moved_up.body
    )
    (calendar,) = calendars(moved_up)
    assert calendar.events[0]["URL"] == "https://meet.example.org/cafe"
    assert "first@example.org" not in moved_up.body


def test_a_cancelled_event_is_announced_with_a_cancelled_calendar_entry(
    caritas, register, committed
):
    event = EventFactory(title="Fachtag", capacity=1, organisers=[caritas])
    with_place = register("a@example.org", event, language="en")
    register("b@example.org", event, language="en")
    first_uid = calendars(mail.outbox[0])[0].events[0]["UID"]
    mail.outbox.clear()

    committed(changes.cancel_event, event, "Die Referentin ist erkrankt.")

    to_registered, to_waiting = sorted(mail.outbox, key=lambda m: m.to)
    assert to_registered.to == ["a@example.org"]
    assert to_registered.subject.startswith("Cancelled: Fachtag, ")
    assert "Reason: Die Referentin ist erkrankt." in to_registered.body
    (calendar,) = calendars(to_registered)
    (vevent,) = calendar.events
    assert vevent["UID"] == first_uid
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1
    assert to_waiting.to == ["b@example.org"]
    assert to_waiting.attachments == []
    assert with_place.participant.token in to_registered.body


def test_a_moved_event_is_announced_with_the_old_and_the_new_date(caritas, register, committed):
    event = EventFactory(
        title="Fachtag",
        starts_at=local(2030, 11, 25, 10),
        ends_at=local(2030, 11, 25, 12),
        organisers=[caritas],
    )
    register("a@example.org", event, language="en")
    mail.outbox.clear()

    committed(changes.move_event, event, local(2030, 12, 2, 14), local(2030, 12, 2, 16))

    (message,) = mail.outbox
    assert message.subject == "New date: Fachtag, Dec. 2, 2030"
    assert "Monday, Dec. 2, 2030, 2 p.m.–4 p.m." in message.body
    assert "Previously: Monday, Nov. 25, 2030, 10 a.m.\n" in message.body
    vevent = calendars(message)[0].events[0]
    assert vevent.start == local(2030, 12, 2, 14)
    assert vevent["SEQUENCE"] == 1


def test_the_reminder_brings_the_link_of_the_room(caritas, register, committed):
    event = EventFactory(title="Online-Reihe Teil 1", organisers=[caritas], format="hybrid")
    room = RoomFactory(event=event, title="Wohnen", video_link="https://meet.example.org/raum")
    registration = register("a@example.org", event, rooms={event.pk: room}, language="en")
    mail.outbox.clear()

    notifications.reminder(registration.registered[0])

    (message,) = mail.outbox
    assert message.subject.startswith("Reminder: Online-Reihe Teil 1, ")
    assert "Room: Wohnen\n" in message.body
    assert "Join the video meeting with this link:\nhttps://meet.example.org/raum\n" in message.body
    assert '<a href="https://meet.example.org/raum">' in html_of(message)


def test_on_site_reminders_have_no_join_link(caritas, register):
    event = EventFactory(organisers=[caritas], format=Event.Format.ON_SITE, venue_name="Rathaus")
    registration = register("a@example.org", event, language="en").registered[0]
    mail.outbox.clear()

    notifications.reminder(registration)

    (message,) = mail.outbox
    assert "meet.example.org" not in message.body
    assert "Rathaus\n" in message.body


def test_nothing_is_sent_to_anonymised_participants(event, register):
    registration = register("a@example.org", event).registered[0]
    mail.outbox.clear()
    Participant.objects.filter(pk=registration.participant_id).update(anonymised_at=timezone.now())

    notifications.reminder(registration)
    notifications.moved_up(registration)

    assert mail.outbox == []


def test_what_is_no_longer_true_is_not_sent(event, register):
    registration = register("a@example.org", event).registered[0]
    mail.outbox.clear()
    Registration.objects.filter(pk=registration.pk).update(status=Registration.Status.CANCELLED)

    notifications.reminder(registration)
    notifications.moved_up(registration)
    notifications.event_moved(event, event.starts_at)

    assert mail.outbox == []
