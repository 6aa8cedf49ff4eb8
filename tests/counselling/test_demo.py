"""The counselling demo: services on the directory demo's offers, counsellors and a few
cases, loaded twice without duplicates."""

import pytest

from treffpunkt.counselling import cases, demo
from treffpunkt.counselling.models import (
    Appointment,
    Case,
    CounsellingService,
    Counsellor,
    TextTemplate,
)
from treffpunkt.directory import demo as directory_demo
from treffpunkt.network import demo as network_demo


@pytest.fixture
def loaded(db):
    network_demo.load()
    directory_demo.load()
    return demo.load()


def test_demo_loads_services_counsellors_and_cases(loaded):
    titles = sorted(set(CounsellingService.objects.values_list("offer__title", flat=True)))

    assert titles == [
        "Flüchtlingsberatung",
        "Jugendmigrationsdienst",
        "Migrationsberatung für Erwachsene (MBE)",
        "Wohnungsberatung und Mietrecht",
    ]
    assert Counsellor.objects.values("user").distinct().count() == 5
    assert CounsellingService.objects.count() == 15
    assert Case.objects.count() == 5
    assert loaded[0].startswith("Beratung: 15 Dienste, 5 Berater:innen, 5 Fälle (5 neu)")
    waiting = Case.objects.filter(status="waiting").first()
    assert len(cases.conversation(waiting, include_notes=False)) == 2


def test_demo_case_links_open_their_case_and_loading_twice_adds_nothing(loaded, client):
    link = loaded[2].split(": ", 1)[1]

    page = client.get(link)
    again = demo.load()

    assert page.context["entries"][0].text.startswith("مرحبا")
    assert again[0].startswith("Beratung: 15 Dienste, 5 Berater:innen, 5 Fälle (0 neu)")


def test_demo_has_an_appointment_and_templates_for_every_team(loaded, client):
    appointment = Appointment.objects.get()
    organisations = set(CounsellingService.objects.values_list("organisation", flat=True))

    assert appointment.case.request == "appointment"
    assert appointment.starts_at.weekday() == 1
    assert set(TextTemplate.objects.values_list("organisation", flat=True)) == organisations
    assert TextTemplate.objects.count() == 3 * len(organisations)
    assert demo.load()[-1] == loaded[-1]
