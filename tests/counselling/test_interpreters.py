"""Counsellors ask the interpreter pool for an interpreter; the pool learns nothing of the
client."""

import datetime

import pytest
from django.utils import timezone

from treffpunkt.counselling import cases, interpreters
from treffpunkt.pools.models import InterpretingRequest

from .conftest import login, open_case


@pytest.fixture
def appointment(service, housing, town):
    case, token = open_case(
        service,
        text="Ich brauche einen Termin",
        request="appointment",
        mode="in_person",
        needs_interpreter=True,
        interpreter_language="ar",
        phone="0170 5550123",
        municipality=town,
        topic=housing,
    )
    return case, token


def test_a_counsellor_requests_an_interpreter_from_the_pool(client, appointment, counsellor):
    case, token = appointment
    login(client, counsellor)
    starts = (timezone.localtime() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)

    client.post(
        f"/beratung/team/fall/{case.pk}/",
        {
            "action": "interpreter",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "duration_minutes": "60",
            "mode": "on_site",
            "place": "Beratungsstelle, Raum 2",
        },
    )

    request = InterpretingRequest.objects.get()
    assert (request.institution, request.language.code, request.topic, request.status) == (
        case.service.organisation,
        "ar",
        "counselling",
        "open",
    )
    assert (request.starts_at, request.municipality, request.note) == (
        starts,
        case.municipality,
        "",
    )
    assert request.created_by == counsellor
    client.logout()
    page = client.get(f"/beratung/fall/{token}/")
    assert page.context["interpreting"] == [request]


def test_a_time_in_the_past_is_refused(client, appointment, counsellor):
    case, _ = appointment
    login(client, counsellor)

    client.post(
        f"/beratung/team/fall/{case.pk}/",
        {
            "action": "interpreter",
            "starts_at": "2020-01-01T10:00",
            "duration_minutes": "60",
            "mode": "phone",
        },
    )

    assert InterpretingRequest.objects.count() == 0


def test_the_pool_request_survives_the_case_without_a_trace_of_it(appointment, counsellor):
    case, _ = appointment
    starts = timezone.now() + datetime.timedelta(days=2)
    interpreters.request_interpreter(case, counsellor, starts, 60, "phone")

    case.delete()

    assert InterpretingRequest.objects.count() == 1


def test_deleting_the_case_cancels_the_pool_request(appointment, counsellor):
    case, _ = appointment
    starts = timezone.now() + datetime.timedelta(days=2)
    request = interpreters.request_interpreter(case, counsellor, starts, 60, "phone")

    cases.delete_case(case, "client")

    request.refresh_from_db()
    assert request.status == "cancelled"
