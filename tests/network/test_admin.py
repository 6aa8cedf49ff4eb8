"""The back office shows editors only what belongs to their organisation."""

import pytest
from django.urls import reverse


@pytest.fixture
def organisations(organisation, other_organisation):
    return organisation, other_organisation


def changelist_names(client) -> list[str]:
    response = client.get(reverse("admin:network_organisation_changelist"))
    assert response.status_code == 200
    return sorted(o.name for o in response.context["cl"].result_list)


def test_editor_sees_only_own_organisation(client, editor, organisations):
    client.force_login(editor)

    assert changelist_names(client) == ["Caritas Musterstadt"]


def test_coordinator_sees_all_organisations(client, coordinator, organisations):
    client.force_login(coordinator)

    names = changelist_names(client)

    assert "Caritas Musterstadt" in names
    assert "AWO Nachbarort" in names


def test_editor_can_change_own_organisation(client, editor, organisation):
    client.force_login(editor)
    url = reverse("admin:network_organisation_change", args=[organisation.pk])

    response = client.post(
        url,
        {
            "name": "Caritas Musterstadt – Migrationsdienst",
            "short_name": "",
            "description": "Beratung für Zugewanderte",
            "street": "",
            "postcode": "",
            "city": "",
            "municipality": organisation.municipality_id,
            "website": "",
            "email": "",
            "phone": "",
        },
    )

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Caritas Musterstadt – Migrationsdienst"
    assert organisation.description == "Beratung für Zugewanderte"


def test_editor_cannot_open_another_organisation(client, editor, other_organisation):
    client.force_login(editor)
    url = reverse("admin:network_organisation_change", args=[other_organisation.pk])

    response = client.get(url)

    # Outside the editor's queryset the object does not exist for them.
    assert response.status_code == 302
    assert response.url == reverse("admin:index")


def test_editor_cannot_add_organisations_or_memberships(client, editor):
    client.force_login(editor)

    assert client.get(reverse("admin:network_organisation_add")).status_code == 403
    assert client.get(reverse("admin:network_membership_changelist")).status_code == 403


def test_admin_speaks_german_by_default(client, coordinator):
    client.force_login(coordinator)

    response = client.get(reverse("admin:network_organisation_changelist"))

    assert response.headers["Content-Language"] == "de"
    assert "Organisation zur Änderung auswählen" in response.text
