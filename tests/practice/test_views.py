"""The public pages of good practices, and the editors' pages with their permissions: editors
their organisation's profiles, coordinators all, others none."""

import pytest
from django.urls import reverse

from tests.factories import FieldOfActionFactory, GoodPracticeFactory, OfferFactory
from treffpunkt.practice.models import GoodPractice


@pytest.fixture
def field(db):
    return FieldOfActionFactory(name="Kita und Schule", slug="kita-schule")


@pytest.fixture
def own(organisation, field):
    return GoodPracticeFactory(
        title="Dolmetschen am Telefon", slug="dolmetschen", provider=organisation,
        fields_of_action=[field], links="https://www.example.org/dolmetschen",
        contact="Koordination Sprachmittlung", tags="Telefon, Elternarbeit",
    )  # fmt: skip


@pytest.fixture
def others(other_organisation, field):
    return GoodPracticeFactory(
        title="Elterncafé", slug="elterncafe", provider=other_organisation, fields_of_action=[field]
    )


def form_data(organisation, field, **overrides):
    data = {
        "title": "Lernpaten für Azubis",
        "slug": "",
        "summary": "Ehrenamtliche begleiten Auszubildende.",
        "situation": "Viele brechen die Ausbildung ab.",
        "implementation": "Paten treffen sich wöchentlich mit Azubis.",
        "conclusion": "",
        "transfer_to": "Kammern",
        "project": "",
        "provider": organisation.pk,
        "provider_name": "",
        "contact": "Koordination Lernpaten",
        "links": "https://www.example.org/lernpaten",
        "fields_of_action": [field.pk],
        "region": "",
        "tags": "Ausbildung",
        "status": "published",
    }
    data.update(overrides)
    return data


# Public ----------------------------------------------------------------------------------


def test_list_page_searches_and_links_to_profiles(client, own, others):
    response = client.get(reverse("practice:list"), {"q": "Telefon"})

    page = response.content.decode()
    assert response.status_code == 200
    assert own.get_absolute_url() in page
    assert others.get_absolute_url() not in page
    assert "<mark>Telefon</mark>" in page
    assert 'aria-current="page"' in page  # the nav link "Good practice"


def test_list_page_without_results_offers_the_way_back(client, own):
    response = client.get(reverse("practice:list"), {"q": "Zauberflöte"})

    assert response.status_code == 200
    assert f'href="{reverse("practice:list")}"' in response.content.decode()


def test_detail_page_shows_the_structure(client, own):
    offer = OfferFactory(title="Sprachmittlung für Eltern")
    own.offers.add(offer)
    own.situation = "Ausgangslage <script>x</script>"
    own.save()

    response = client.get(reverse("practice:detail", args=[own.slug]))

    page = response.content.decode()
    assert response.status_code == 200
    for text in ("Dolmetschen am Telefon", "Koordination Sprachmittlung",
                 'href="https://www.example.org/dolmetschen"', "Elternarbeit", "Kita und Schule",
                 offer.get_absolute_url(), "Ausgangslage &lt;script&gt;"):  # fmt: skip
        assert text in page
    assert reverse("practice:edit", args=[own.pk]) not in page


def test_drafts_are_hidden_from_visitors_but_previewed_by_editors(client, editor, own):
    own.status = GoodPractice.Status.DRAFT
    own.save()
    url = reverse("practice:detail", args=[own.slug])

    assert client.get(url).status_code == 404
    assert client.get(reverse("practice:list")).content.decode().count(url) == 0
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert reverse("practice:edit", args=[own.pk]) in response.content.decode()


# Editors ---------------------------------------------------------------------------------


def test_editor_pages_need_a_login(client):
    response = client.get(reverse("practice:editor-list"))

    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_people_without_a_role_may_not_edit(client, outsider, own):
    client.force_login(outsider)

    assert client.get(reverse("practice:editor-list")).status_code == 403
    assert client.get(reverse("practice:create")).status_code == 403
    assert client.get(reverse("practice:edit", args=[own.pk])).status_code == 403


def test_moderators_are_not_editors(client, moderator, own):
    client.force_login(moderator)

    assert client.get(reverse("practice:edit", args=[own.pk])).status_code == 403


def test_editor_sees_and_edits_only_their_organisations_profiles(client, editor, own, others):
    client.force_login(editor)

    page = client.get(reverse("practice:editor-list")).content.decode()
    assert own.title in page
    assert others.title not in page
    assert client.get(reverse("practice:edit", args=[others.pk])).status_code == 403
    assert client.get(reverse("practice:edit", args=[own.pk])).status_code == 200


def test_editor_creates_a_profile_for_their_organisation(client, editor, organisation, field):
    client.force_login(editor)

    response = client.post(reverse("practice:create"), form_data(organisation, field))

    practice = GoodPractice.objects.get(title="Lernpaten für Azubis")
    assert response.status_code == 302
    assert response["Location"] == reverse("practice:edit", args=[practice.pk])
    assert practice.slug == "lernpaten-fur-azubis"
    assert practice.provider == organisation
    assert list(practice.fields_of_action.all()) == [field]


def test_editor_cannot_give_a_profile_to_another_organisation(
    client, editor, other_organisation, field
):
    client.force_login(editor)

    response = client.post(reverse("practice:create"), form_data(other_organisation, field))

    assert response.status_code == 200
    assert "provider" in response.context["form"].errors
    assert not GoodPractice.objects.exists()


def test_editor_must_name_the_provider(client, editor, organisation, field):
    client.force_login(editor)

    response = client.post(reverse("practice:create"), form_data(organisation, field, provider=""))

    assert "provider" in response.context["form"].errors


def test_form_checks_links_contact_and_address(client, editor, organisation, field, own):
    client.force_login(editor)
    data = form_data(
        organisation, field, links="www.example.org\nhttps://ok.example.org",
        contact="Frau X, 0211 1234567", slug="dolmetschen",
    )  # fmt: skip

    errors = client.post(reverse("practice:create"), data).context["form"].errors

    assert set(errors) == {"links", "contact", "slug"}


def test_coordinator_edits_every_profile_and_those_without_provider(
    client, coordinator, others, field
):
    client.force_login(coordinator)
    data = form_data(others.provider, field, title="Elterncafé am Samstag", slug="elterncafe")

    response = client.post(reverse("practice:edit", args=[others.pk]), data)

    assert response.status_code == 302
    others.refresh_from_db()
    assert others.title == "Elterncafé am Samstag"
    client.post(
        reverse("practice:create"),
        form_data(others.provider, field, provider="", title="Ohne Träger"),
    )
    assert GoodPractice.objects.get(title="Ohne Träger").provider is None


def test_rules(editor, coordinator, outsider, own, others):
    assert editor.has_perm("practice.change_goodpractice", own)
    assert not editor.has_perm("practice.change_goodpractice", others)
    assert editor.has_perm("practice.add_goodpractice")
    assert coordinator.has_perm("practice.change_goodpractice", others)
    assert not outsider.has_perm("practice.change_goodpractice")
    provider_less = GoodPracticeFactory(provider=None)
    assert not editor.has_perm("practice.change_goodpractice", provider_less)
    assert coordinator.has_perm("practice.change_goodpractice", provider_less)


def test_admin_shows_editors_their_own(client, editor, own, others):
    client.force_login(editor)

    page = client.get(reverse("admin:practice_goodpractice_changelist")).content.decode()

    assert own.title in page
    assert others.title not in page
