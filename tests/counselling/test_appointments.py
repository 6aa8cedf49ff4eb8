"""Appointments as data: made by a counsellor, shown to the client with a calendar file,
with the interpreter requested from the pool for the same time."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from treffpunkt.counselling import appointments
from treffpunkt.pools.models import InterpretingRequest

from .conftest import login, open_case

pytestmark = pytest.mark.usefixtures("english")


def in_days(days: int) -> datetime.datetime:
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=10, minute=0, second=0, microsecond=0)


def post_appointment(client, case, starts_at, **extra):
    fields = {
        "kind": "in_person",
        "starts_at": starts_at.strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "45",
        "place": "Beratungsstelle, Raum 2",
    } | extra
    data = {f"termin-{name}": value for name, value in fields.items()}
    return client.post(f"/beratung/team/fall/{case.pk}/", data | {"action": "appointment"})


def test_a_counsellor_makes_an_appointment_with_an_interpreter(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)
    starts = in_days(3)

    post_appointment(client, case, starts, needs_interpreter="on", interpreter_language="ar")

    appointment = case.appointments.get()
    request = InterpretingRequest.objects.get()
    assert (appointment.kind, appointment.starts_at, appointment.duration_minutes) == (
        "in_person",
        starts,
        45,
    )
    assert (request.starts_at, request.duration_minutes, request.mode, request.place) == (
        starts,
        45,
        "on_site",
        "Beratungsstelle, Raum 2",
    )
    assert list(appointment.interpreting.values_list("request", flat=True)) == [request.pk]


def test_a_video_link_is_not_given_to_the_pool(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)

    post_appointment(
        client,
        case,
        in_days(2),
        kind="video",
        place="https://meet.example.org/geheim",
        needs_interpreter="on",
        interpreter_language="ar",
    )

    request = InterpretingRequest.objects.get()
    assert (request.mode, request.place) == ("video", "")


def test_without_an_interpreter_the_pool_is_not_asked(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)

    post_appointment(client, case, in_days(1))

    assert (case.appointments.count(), InterpretingRequest.objects.count()) == (1, 0)


def test_an_appointment_in_the_past_is_refused(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)

    post_appointment(client, case, in_days(-1))

    assert case.appointments.count() == 0


def test_the_client_sees_the_appointment_and_downloads_a_calendar_file(client, service, counsellor):
    case, token = open_case(service)
    starts = in_days(4)
    appointment = appointments.create(
        case, counsellor, kind="phone", starts_at=starts, duration_minutes=30, place="0209 123"
    )

    page = client.get(f"/en/beratung/fall/{token}/")  # English: the source of the messages
    download = client.get(f"/en/beratung/fall/{token}/termin/{appointment.pk}.ics")

    assert page.context["appointments"] == [appointment]
    assert f"/beratung/fall/{token}/termin/{appointment.pk}.ics" in page.content.decode()
    assert download["Content-Type"] == "text/calendar"
    assert download["Cache-Control"] == "no-store"
    [event] = Calendar.from_ical(download.content).walk("VEVENT")
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (
        starts,
        starts + datetime.timedelta(minutes=30),
    )
    assert (str(event["SUMMARY"]), str(event["LOCATION"])) == (
        "Appointment: Migrationsberatung",
        "0209 123",
    )


def test_the_calendar_file_of_another_case_is_not_served(client, service, counsellor):
    case, _ = open_case(service)
    _other, other_token = open_case(service)
    appointment = appointments.create(
        case, counsellor, kind="phone", starts_at=in_days(1), duration_minutes=30
    )

    response = client.get(f"/beratung/fall/{other_token}/termin/{appointment.pk}.ics")

    assert response.status_code == 404


def test_past_appointments_leave_the_clients_page_but_stay_for_the_team(
    client, service, counsellor
):
    case, token = open_case(service)
    past = appointments.create(
        case, counsellor, kind="phone", starts_at=in_days(1), duration_minutes=30
    )
    coming = appointments.create(
        case, counsellor, kind="video", starts_at=in_days(2), duration_minutes=30
    )
    case.appointments.filter(pk=past.pk).update(starts_at=in_days(-2))
    login(client, counsellor)

    team_page = client.get(f"/beratung/team/fall/{case.pk}/")
    client.logout()
    client_page = client.get(f"/beratung/fall/{token}/")

    assert client_page.context["appointments"] == [coming]
    assert [item.pk for item in team_page.context["appointments"]] == [past.pk, coming.pk]
