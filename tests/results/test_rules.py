"""Who may do what with results: organisers write protocols, the responsible organisation's
editors (and coordinators) move recommendations along, nobody edits the history."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import (
    EventFactory,
    OrganisationFactory,
    ProtocolFactory,
    RecommendationFactory,
    StatementFactory,
    UserFactory,
    user_with_role,
)
from treffpunkt.network.models import Membership

Role = Membership.Role
pytestmark = pytest.mark.django_db

PEOPLE = ["coordinator", "owner_editor", "event_moderator", "event_editor", "outsider", "anonymous"]


@pytest.fixture
def world():
    organiser, owner = OrganisationFactory(), OrganisationFactory()
    event = EventFactory(organisers=[organiser])
    protocol = ProtocolFactory(event=event)
    return {
        "event": event,
        "protocol": protocol,
        "statement": StatementFactory(protocol=protocol),
        "recommendation": RecommendationFactory(event=event, owner=owner),
        "unrelated": RecommendationFactory(owner=OrganisationFactory()),
        "people": {
            "coordinator": user_with_role(Role.COORDINATOR),
            "owner_editor": user_with_role(Role.EDITOR, owner),
            "event_moderator": user_with_role(Role.MODERATOR, organiser),
            "event_editor": user_with_role(Role.EDITOR, organiser),
            "outsider": UserFactory(),
            "anonymous": AnonymousUser(),
        },
    }


def allowed(world, permission: str, obj) -> list[str]:
    return [name for name in PEOPLE if world["people"][name].has_perm(permission, obj)]


ORGANISERS = ["coordinator", "event_moderator", "event_editor"]


@pytest.mark.parametrize("action", ["view", "add", "change", "delete"])
@pytest.mark.parametrize("target", ["protocol", "statement"])
def test_organisers_of_the_event_write_protocols_and_statements(world, action, target):
    assert allowed(world, f"results.{action}_{target}", world[target]) == ORGANISERS


def test_organisers_may_add_protocols_to_their_event(world):
    assert allowed(world, "results.add_protocol", world["event"]) == ORGANISERS
    assert allowed(world, "results.import_protocol", world["event"]) == ORGANISERS
    assert allowed(world, "results.document_event", world["event"]) == ORGANISERS


def test_the_responsible_editors_and_coordinators_change_recommendations(world):
    recommendation = world["recommendation"]
    expected = ["coordinator", "owner_editor", "event_editor"]
    assert allowed(world, "results.change_recommendation", recommendation) == expected
    assert allowed(world, "results.change_recommendation", world["unrelated"]) == ["coordinator"]


def test_who_may_add_recommendations(world):
    assert allowed(world, "results.add_recommendation", None) == [
        "coordinator",
        "owner_editor",
        "event_editor",
    ]
    assert allowed(world, "results.add_recommendation", world["event"]) == [
        "coordinator",
        "event_editor",
    ]


def test_only_coordinators_delete_recommendations(world):
    assert allowed(world, "results.delete_recommendation", world["recommendation"]) == [
        "coordinator"
    ]


def test_nobody_edits_the_history(world):
    change = world["recommendation"].status_changes.create(status="proposed")
    assert allowed(world, "results.change_statuschange", change) == []
    assert allowed(world, "results.add_statuschange", None) == []
    assert allowed(world, "results.delete_statuschange", change) == ["coordinator"]


def test_the_admin_index_shows_results_to_organisers(world):
    assert [name for name in PEOPLE if world["people"][name].has_module_perms("results")] == [
        "coordinator", "owner_editor", "event_moderator", "event_editor",
    ]  # fmt: skip
