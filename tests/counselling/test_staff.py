"""Counsellors work their organisation's cases; nobody else sees any (role × object matrix)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    InterpreterFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganisationFactory,
    UserFactory,
    user_with_role,
)
from treffpunkt.counselling import cases, inbox
from treffpunkt.counselling.models import Case, CaseRead
from treffpunkt.network.models import Membership

from .conftest import login, make_counsellor, make_service, open_case


@pytest.fixture
def other_service(db):
    return make_service(OrganisationFactory(name="AWO Marl"), MunicipalityFactory(), title="JMD")


@pytest.fixture
def people(counselling_org, counsellor, other_service):
    return {
        "counsellor": counsellor,
        "counsellor of another organisation": make_counsellor(other_service.organisation),
        "editor of the same organisation": user_with_role(Membership.Role.EDITOR, counselling_org),
        "editor of another organisation": user_with_role(Membership.Role.EDITOR),
        "coordinator": user_with_role(Membership.Role.COORDINATOR, is_staff=True),
        "superuser": user_with_role(Membership.Role.COORDINATOR, is_superuser=True),
        "interpreter of the pool": InterpreterFactory(user=UserFactory()).user,
        "anonymous": None,
    }


# (role, inbox status, case status)
MATRIX = [
    ("counsellor", 200, 200),
    ("counsellor of another organisation", 200, 404),
    ("editor of the same organisation", 403, 403),
    ("editor of another organisation", 403, 403),
    ("coordinator", 403, 403),
    ("superuser", 403, 403),
    # Interpreters reach a case only through their booking (test_interpreter_access.py).
    ("interpreter of the pool", 403, 403),
    ("anonymous", 302, 302),
]


@pytest.mark.parametrize(("role", "inbox_status", "case_status"), MATRIX)
def test_who_may_open_the_inbox_and_a_case(
    client, people, service, role, inbox_status, case_status
):
    case, _ = open_case(service)
    user = people[role]
    if user:
        login(client, user)

    assert client.get("/beratung/team/").status_code == inbox_status
    assert client.get(f"/beratung/team/fall/{case.pk}/").status_code == case_status
    expected_reads = 1 if case_status == 200 else 0
    assert CaseRead.objects.filter(case=case).count() == expected_reads


def test_the_inbox_shows_only_the_organisations_cases(service, other_service, counsellor):
    own, _ = open_case(service)
    open_case(other_service)

    assert list(inbox.inbox(counsellor, "offen")) == [own]


def test_every_staff_read_is_logged_with_who_and_when(client, service, counsellor):
    case, _ = open_case(service)
    login(client, counsellor)

    client.get(f"/beratung/team/fall/{case.pk}/")
    client.get(f"/beratung/team/fall/{case.pk}/")

    assert (
        list(case.reads.values_list("user", "reader"))
        == [(counsellor.pk, "Leyla Demir (Caritas Dorsten)")] * 2
    )


def test_inbox_views_new_mine_overdue(service, counsellor, counselling_org):
    colleague = make_counsellor(counselling_org)
    fresh, _ = open_case(service)
    mine, _ = open_case(service)
    cases.assign(mine, counsellor)
    late, _ = open_case(service)
    cases.assign(late, colleague)
    Case.objects.filter(pk=late.pk).update(
        answer_due_at=timezone.now() - datetime.timedelta(hours=1)
    )

    assert list(inbox.inbox(counsellor, "neu")) == [fresh]
    assert list(inbox.inbox(counsellor, "meine")) == [mine]
    assert list(inbox.inbox(counsellor, "ueberfaellig")) == [late]


def test_the_response_promise_is_per_service(service, counsellor):
    service.response_hours = 24
    service.save()

    case, _ = open_case(service)

    hours = (case.answer_due_at - case.created_at).total_seconds() / 3600
    assert hours == 24


def test_a_counsellor_answers_notes_assigns_and_closes(client, service, counsellor):
    case, token = open_case(service)
    login(client, counsellor)
    url = f"/beratung/team/fall/{case.pk}/"

    client.post(url, {"action": "answer", "text": "Wir rufen Sie morgen an."})
    client.post(url, {"action": "note", "text": "Dolmetscherin anfragen"})
    client.post(url, {"action": "assign", "counsellor": counsellor.pk})
    client.post(url, {"action": "status", "status": "closed"})

    case.refresh_from_db()
    entries = cases.conversation(case, include_notes=True)
    assert [(entry.message.author, entry.text) for entry in entries] == [
        ("client", "Ich habe eine Frage zur Miete"),
        ("counsellor", "Wir rufen Sie morgen an."),
        ("note", "Dolmetscherin anfragen"),
    ]
    assert (case.status, case.assigned_to, case.answer_due_at) == ("closed", counsellor, None)
    assert case.first_response_at is not None
    assert case.closed_at is not None
    client.logout()
    client_page = client.get(f"/beratung/fall/{token}/")
    assert "Dolmetscherin anfragen" not in client_page.content.decode()
    assert "Wir rufen Sie morgen an." in client_page.content.decode()


def test_assignment_only_to_the_own_team(client, service, counsellor, other_service):
    outsider = make_counsellor(other_service.organisation)
    case, _ = open_case(service)
    login(client, counsellor)

    client.post(f"/beratung/team/fall/{case.pk}/", {"action": "assign", "counsellor": outsider.pk})

    case.refresh_from_db()
    assert case.assigned_to is None


def test_attachments_of_other_organisations_are_not_served(client, other_service, counsellor):
    case, _ = open_case(other_service, attachment=("application/pdf", b"%PDF-1.4"))
    file = case.messages.get().attachments.get()
    login(client, counsellor)

    assert client.get(f"/beratung/team/datei/{file.pk}/").status_code == 404


def test_downloading_an_attachment_is_a_logged_read(client, service, counsellor):
    case, _ = open_case(service, attachment=("application/pdf", b"%PDF-1.4"))
    file = case.messages.get().attachments.get()
    login(client, counsellor)

    response = client.get(f"/beratung/team/datei/{file.pk}/")

    assert response.content == b"%PDF-1.4"
    assert case.reads.count() == 1


def test_a_referral_links_the_case_to_an_offer_the_client_sees(client, service, counsellor):
    case, token = open_case(service)
    offer = OfferFactory(title="Schuldnerberatung")
    draft = OfferFactory(title="Entwurf", status="draft")
    login(client, counsellor)

    client.post(f"/beratung/team/fall/{case.pk}/", {"action": "refer", "offer": offer.pk})
    client.post(f"/beratung/team/fall/{case.pk}/", {"action": "refer", "offer": draft.pk})
    client.logout()
    page = client.get(f"/beratung/fall/{token}/")

    assert list(case.referrals.all()) == [offer]
    assert list(page.context["referrals"]) == [offer]
