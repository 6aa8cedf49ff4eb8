"""Coordinators see counts without content; small counts stay hidden."""

import pytest

from tests.factories import user_with_role
from treffpunkt.counselling import cases, figures
from treffpunkt.counselling.models import CaseTally
from treffpunkt.network.models import Membership

from .conftest import login, open_case


@pytest.fixture
def seven_cases(service, housing):
    opened = [open_case(service, topic=housing)[0] for _ in range(7)]
    cases.delete_case(opened[0], CaseTally.Reason.CLIENT)
    return opened


def test_counts_include_deleted_cases_and_hide_small_ones(seven_cases, service, town):
    open_case(service)  # one without a topic

    assert [(row.label, row.count) for row in figures.by_topic()] == [("wohnen", 7), ("–", None)]
    assert [(row.label, row.count) for row in figures.by_service()] == [("Migrationsberatung", 8)]
    assert figures.interpreter_requests() is None


def test_coordinators_see_figures_but_no_text(client, seven_cases, coordinator):
    client.force_login(coordinator)

    page = client.get("/en/beratung/statistik/")

    assert page.status_code == 200
    assert "Ich habe eine Frage zur Miete" not in page.content.decode()
    assert [(row.label, row.count) for row in page.context["by_language"]] == [("ar", 7)]


@pytest.mark.parametrize("role", ["counsellor", "editor"])
def test_others_see_no_figures(client, counsellor, counselling_org, role):
    user = counsellor if role == "counsellor" else user_with_role(Membership.Role.EDITOR)
    login(client, user)

    assert client.get("/beratung/statistik/").status_code == 403
