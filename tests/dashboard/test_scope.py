"""Whose network a user sees, and which organisations an editor may filter by."""

from django.http import QueryDict

from tests.factories import NetworkFactory, UserFactory
from treffpunkt.dashboard.forms import FilterForm
from treffpunkt.dashboard.scope import scope_for


def test_coordinator_sees_their_networks_towns(network_coordinator, network_data):
    scope = scope_for(network_coordinator)

    assert scope.network == network_data["network"]
    assert [t.slug for t in scope.towns] == [
        "dorsten",
        "gladbeck",
        "herten",
        "marl",
        "recklinghausen",
    ]
    assert (scope.is_coordinator, scope.organisation_ids) == (True, None)


def test_editor_is_limited_to_their_organisation(caritas_editor, network_data):
    scope = scope_for(caritas_editor)

    form = FilterForm(QueryDict(), scope)

    assert scope.organisation_ids == {network_data["caritas"].pk}
    assert [label for _, label in form.fields["organisation"].choices][1:] == ["Caritas"]


def test_editor_cannot_widen_the_scope_with_another_organisation(caritas_editor, network_data):
    scope = scope_for(caritas_editor)

    selection = FilterForm(QueryDict(f"organisation={network_data['awo'].pk}"), scope).selection(
        scope
    )

    assert selection.organisation_ids == {network_data["caritas"].pk}


def test_superuser_without_organisation_gets_the_district_network(network_data, places):
    NetworkFactory(name="Aaa Landesnetz", region=places["land"])
    admin = UserFactory(is_superuser=True)

    assert scope_for(admin).network == network_data["network"]


def test_a_user_without_role_has_no_scope(network_data):
    assert scope_for(UserFactory()) is None
