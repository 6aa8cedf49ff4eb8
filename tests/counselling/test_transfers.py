"""A case moves to another organisation only when the client accepts the proposal."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import MunicipalityFactory, OrganisationFactory
from treffpunkt.counselling import appointments, inbox, transfers
from treffpunkt.counselling.models import CaseRead, TransferProposal
from treffpunkt.pools.models import InterpretingRequest

from .conftest import login, make_counsellor, make_service, open_case

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def awo(db):
    return make_service(OrganisationFactory(name="AWO Marl"), MunicipalityFactory(), title="JMD")


@pytest.fixture
def proposed(client, service, counsellor, awo):
    case, token = open_case(service)
    login(client, counsellor)
    client.post(f"/beratung/team/fall/{case.pk}/", {"action": "propose_move", "target": awo.pk})
    client.logout()
    return case, token


def test_the_client_sees_the_proposal_and_nothing_moves_before(client, proposed, awo):
    case, token = proposed

    page = client.get(f"/beratung/fall/{token}/")

    case.refresh_from_db()
    assert case.service != awo
    assert page.context["transfer"].target == awo
    assert "AWO Marl" in page.content.decode()


def test_on_acceptance_the_case_moves_and_the_old_team_loses_access(
    client, proposed, counsellor, awo
):
    case, token = proposed
    new_counsellor = make_counsellor(awo.organisation)
    proposal = TransferProposal.objects.get()

    client.post(f"/beratung/fall/{token}/wechsel/", {"proposal": proposal.pk, "decision": "accept"})

    case.refresh_from_db()
    proposal.refresh_from_db()
    assert (case.service, case.status, case.assigned_to, proposal.status) == (
        awo,
        "new",
        None,
        "accepted",
    )
    assert list(inbox.cases_for(counsellor)) == []
    assert list(inbox.cases_for(new_counsellor)) == [case]
    login(client, counsellor)
    assert client.get(f"/beratung/team/fall/{case.pk}/").status_code == 404
    moves = list(CaseRead.objects.filter(case=case).values_list("action", "reader"))
    assert moves == [("moved", "Caritas Dorsten → AWO Marl (JMD)")]


def test_on_decline_the_case_stays(client, proposed, service):
    case, token = proposed
    proposal = TransferProposal.objects.get()

    client.post(
        f"/beratung/fall/{token}/wechsel/", {"proposal": proposal.pk, "decision": "decline"}
    )
    page = client.get(f"/beratung/fall/{token}/")

    case.refresh_from_db()
    proposal.refresh_from_db()
    assert (case.service, proposal.status, page.context["transfer"]) == (
        service,
        "declined",
        None,
    )


def test_a_decision_with_another_cases_proposal_changes_nothing(client, proposed, service):
    case, _token = proposed
    _other, other_token = open_case(service)
    proposal = TransferProposal.objects.get()

    client.post(
        f"/beratung/fall/{other_token}/wechsel/",
        {"proposal": proposal.pk, "decision": "accept"},
    )

    case.refresh_from_db()
    proposal.refresh_from_db()
    assert (case.service, proposal.status) == (service, "pending")


def test_only_other_organisations_services_are_offered(service, counselling_org, town, awo):
    same_org = make_service(counselling_org, town, title="Schuldnerberatung")
    case, _ = open_case(service)

    assert list(transfers.targets(case)) == [awo]
    assert same_org not in transfers.targets(case)


def test_a_new_proposal_replaces_the_waiting_one(service, counsellor, awo):
    third = make_service(OrganisationFactory(name="Diakonie"), MunicipalityFactory())
    case, _ = open_case(service)

    first = transfers.propose(case, counsellor, awo)
    second = transfers.propose(case, counsellor, third)

    first.refresh_from_db()
    assert (first.status, transfers.pending(case)) == ("withdrawn", second)


def test_moving_cancels_the_old_teams_coming_appointments(service, counsellor, awo):
    case, _ = open_case(service)
    appointments.create(
        case,
        counsellor,
        kind="in_person",
        starts_at=timezone.now() + datetime.timedelta(days=2),
        duration_minutes=60,
        needs_interpreter=True,
        interpreter_language="ar",
    )
    proposal = transfers.propose(case, counsellor, awo)

    assert transfers.accept(proposal)
    assert transfers.accept(proposal) is False

    assert case.appointments.count() == 0
    assert list(InterpretingRequest.objects.values_list("status", flat=True)) == ["cancelled"]


def test_the_new_teams_lead_is_told_after_the_move(
    service, counsellor, awo, mailoutbox, django_capture_on_commit_callbacks
):
    lead = make_counsellor(awo.organisation, email="lead@awo.example.org")
    lead.counsellor_roles.update(is_lead=True)
    case, _ = open_case(service)
    proposal = transfers.propose(case, counsellor, awo)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        transfers.accept(proposal)

    assert [mail.to for mail in mailoutbox] == [["lead@awo.example.org"]]
    assert mailoutbox[0].body.endswith(f"/beratung/team/fall/{case.pk}/")
