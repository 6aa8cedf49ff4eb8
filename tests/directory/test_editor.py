"""Editors keep their organisation's offers current; coordinators all of them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import LocationFactory, OfferFactory, user_with_role
from treffpunkt.directory.models import Offer
from treffpunkt.network.models import Membership


@pytest.fixture
def own_offer(editor, organisation, vocab):
    return OfferFactory(
        organisation=organisation, title="Elterncafé", fields_of_action=[vocab["sprache"]]
    )


@pytest.fixture
def foreign_offer(other_organisation, vocab):
    return OfferFactory(
        organisation=other_organisation,
        title="Fremdes Angebot",
        fields_of_action=[vocab["sprache"]],
    )


def form_data(organisation, vocab, **overrides):
    data = {
        "organisation": organisation.pk,
        "title": "Hausaufgabenhilfe",
        "summary": "Hilfe bei den Hausaufgaben, montags.",
        "description": "",
        "fields_of_action": [vocab["sprache"].pk],
        "format": "on_site",
        "cost": "free",
        "status": "published",
        "new_location-name": "Stadtteilbüro",
        "new_location-street": "Hauptstraße 3",
        "new_location-postcode": "46282",
        "new_location-city": "Dorsten",
        "new_location-municipality": "",
        "schedules-TOTAL_FORMS": "1",
        "schedules-INITIAL_FORMS": "0",
        "schedules-0-frequency": "weekly",
        "schedules-0-weekday_choices": ["MO"],
        "schedules-0-opens_at": "15:00",
        "schedules-0-closes_at": "17:00",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-0-kind": "email",
        "contacts-0-value": "hausaufgaben@caritas.example",
        "contacts-0-label": "Team",
    }
    data.update(overrides)
    return data


def test_editor_creates_an_offer_with_place_time_and_contact(
    client, editor, organisation, vocab, places
):
    client.force_login(editor)

    response = client.post(
        reverse("directory:offer-create"),
        form_data(organisation, vocab, **{"new_location-municipality": places["dorsten"].pk}),
    )

    offer = Offer.objects.get(title="Hausaufgabenhilfe")
    assert response.url == reverse("directory:offer-edit", args=[offer.pk])
    assert offer.organisation == organisation
    assert [str(loc) for loc in offer.locations.all()] == [
        "Stadtteilbüro, Hauptstraße 3, 46282 Dorsten"
    ]
    assert [(s.weekdays, str(s.opens_at)) for s in offer.schedules.all()] == [("MO", "15:00:00")]
    assert [c.value for c in offer.contacts.all()] == ["hausaufgaben@caritas.example"]


def test_form_explains_errors_in_german(client, editor, organisation, vocab, places):
    client.force_login(editor)

    response = client.post(
        reverse("directory:offer-create"),
        form_data(
            organisation, vocab, title="", valid_from="2026-05-01", valid_until="2026-04-01",
            **{"schedules-0-closes_at": "14:00", "contacts-0-value": "kein-mail"},
        ),
    )  # fmt: skip

    assert response.status_code == 200
    html = response.text
    assert "Bitte korrigieren Sie die markierten Angaben." in html
    assert "Dieses Feld ist zwingend erforderlich." in html
    assert "Das Ende darf nicht vor dem Beginn liegen." in html
    assert "Das Ende muss nach dem Beginn liegen." in html
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein." in html
    assert "Bitte füllen Sie dieses Feld für den neuen Ort aus." in html  # municipality missing
    assert not Offer.objects.filter(title="Hausaufgabenhilfe").exists()


def test_editor_cannot_create_for_another_organisation(
    client, editor, other_organisation, vocab, places
):
    client.force_login(editor)

    response = client.post(reverse("directory:offer-create"), form_data(other_organisation, vocab))

    assert response.status_code == 200  # the organisation is not a valid choice
    assert "organisation" in response.context["form"].errors
    assert not Offer.objects.filter(title="Hausaufgabenhilfe").exists()


def test_editor_sees_only_own_offers(client, editor, own_offer, foreign_offer):
    client.force_login(editor)

    response = client.get(reverse("directory:editor-dashboard"))

    assert [offer.title for offer in response.context["page"]] == ["Elterncafé"]


def test_coordinator_sees_all_offers(client, coordinator, own_offer, foreign_offer):
    client.force_login(coordinator)

    response = client.get(reverse("directory:editor-dashboard"))

    assert [offer.title for offer in response.context["page"]] == ["Elterncafé", "Fremdes Angebot"]


@pytest.mark.parametrize("name", ["offer-edit", "offer-history"])
def test_editor_cannot_open_another_organisations_offer(client, editor, foreign_offer, name):
    client.force_login(editor)

    assert client.get(reverse(f"directory:{name}", args=[foreign_offer.pk])).status_code == 403


@pytest.mark.parametrize("name", ["offer-duplicate", "offer-archive", "offer-confirm"])
def test_editor_cannot_act_on_another_organisations_offer(client, editor, foreign_offer, name):
    client.force_login(editor)

    assert client.post(reverse(f"directory:{name}", args=[foreign_offer.pk])).status_code == 403


def test_moderator_of_the_organisation_cannot_edit_offers(client, organisation, own_offer):
    moderator = user_with_role(Membership.Role.MODERATOR, organisation)
    client.force_login(moderator)

    assert client.get(reverse("directory:offer-edit", args=[own_offer.pk])).status_code == 403
    assert client.get(reverse("directory:editor-dashboard")).status_code == 403


def test_visitors_are_sent_to_login(client, own_offer):
    response = client.get(reverse("directory:offer-edit", args=[own_offer.pk]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_duplicate_makes_a_draft_copy(client, editor, own_offer, places):
    own_offer.locations.add(
        LocationFactory(organisation=own_offer.organisation, municipality=places["marl"])
    )
    client.force_login(editor)

    client.post(reverse("directory:offer-duplicate", args=[own_offer.pk]))

    copy = Offer.objects.get(title="Elterncafé (Kopie)")
    assert copy.status == Offer.Status.DRAFT
    assert list(copy.locations.all()) == list(own_offer.locations.all())
    assert list(copy.fields_of_action.all()) == list(own_offer.fields_of_action.all())


def test_archive_and_still_valid(client, editor, own_offer):
    client.force_login(editor)

    client.post(reverse("directory:offer-confirm", args=[own_offer.pk]))
    own_offer.refresh_from_db()
    assert own_offer.last_checked == timezone.localdate()

    client.post(reverse("directory:offer-archive", args=[own_offer.pk]))
    own_offer.refresh_from_db()
    assert own_offer.status == Offer.Status.ARCHIVED


def test_history_shows_who_changed_what(client, editor, own_offer, vocab):
    client.force_login(editor)
    data = form_data(
        own_offer.organisation, vocab, title="Elterncafé am Montag", status="published"
    )
    for key in [k for k in data if k.startswith("new_location-")]:
        data[key] = ""
    client.post(reverse("directory:offer-edit", args=[own_offer.pk]), data)

    response = client.get(reverse("directory:offer-history", args=[own_offer.pk]))

    changes = [(c.label, c.old, c.new) for e in response.context["entries"] for c in e.changes]
    assert ("Titel", "Elterncafé", "Elterncafé am Montag") in changes
    assert response.context["entries"][0].who == editor.username


def test_stale_offers_are_flagged(client, editor, organisation, vocab):
    old = timezone.localdate() - datetime.timedelta(days=300)
    OfferFactory(
        organisation=organisation,
        title="Alt",
        last_checked=old,
        fields_of_action=[vocab["sprache"]],
    )
    OfferFactory(
        organisation=organisation,
        title="Frisch",
        last_checked=timezone.localdate(),
        fields_of_action=[vocab["sprache"]],
    )
    client.force_login(editor)

    response = client.get(reverse("directory:editor-dashboard"), {"ansicht": "veraltet"})

    assert [offer.title for offer in response.context["page"]] == ["Alt"]
    assert response.context["stale_count"] == 1


def test_german_text_change_outdates_translations(own_offer):
    translation = own_offer.translations.create(
        language="en", title="Parents' café", source_version=1
    )

    own_offer.summary = "Neue Beschreibung"
    own_offer.save()
    translation.refresh_from_db()

    assert own_offer.text_version == 2
    assert translation.is_outdated is True


def test_own_csv_export(client, editor, own_offer, foreign_offer):
    client.force_login(editor)

    response = client.get(reverse("directory:editor-export-csv"))

    body = b"".join(response.streaming_content).decode("utf-8")
    assert "Elterncafé" in body
    assert "Fremdes Angebot" not in body
