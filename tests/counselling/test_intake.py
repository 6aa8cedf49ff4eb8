"""The three steps find the counselling services that fit topic, town and language."""

import pytest

from tests.factories import (
    FieldOfActionFactory,
    MunicipalityFactory,
    OrganisationFactory,
)
from treffpunkt.counselling import intake
from treffpunkt.counselling.models import ChannelCount
from treffpunkt.network.models import Postcode

from .conftest import make_service


@pytest.fixture
def choices(housing, town, arabic):
    return intake.Choices(topic=housing, town=town, language=arabic)


def titles(choices):
    return [(fit.service.offer.title, fit.in_language) for fit in intake.fitting_services(choices)]


def test_services_in_the_chosen_language_come_first(choices, town, arabic, counselling_org):
    make_service(counselling_org, town, title="A Beratung auf Deutsch")
    make_service(counselling_org, town, title="B Beratung auf Arabisch", languages=[arabic])

    assert titles(choices) == [("B Beratung auf Arabisch", True), ("A Beratung auf Deutsch", False)]


def test_a_service_for_other_topics_or_towns_does_not_fit(choices, town, counselling_org):
    health = FieldOfActionFactory(name="Gesundheit", slug="gesundheit")
    make_service(counselling_org, town, title="Gesundheitsberatung", topics=[health])
    make_service(counselling_org, MunicipalityFactory(), title="Beratung anderswo")
    make_service(counselling_org, town, title="Allgemeine Beratung")

    assert titles(choices) == [("Allgemeine Beratung", False)]


def test_a_district_wide_service_area_covers_its_towns(choices, town, counselling_org):
    district = MunicipalityFactory(name="Kreis Recklinghausen", kind="kreis")
    town.parent = district
    town.save()
    service = make_service(counselling_org, MunicipalityFactory(), title="Kreisweite Beratung")
    service.offer.service_area.set([district])

    assert titles(choices) == [("Kreisweite Beratung", False)]


def test_unpublished_or_inactive_services_do_not_appear(choices, town, counselling_org):
    draft = make_service(counselling_org, town, title="Entwurf")
    draft.offer.status = "draft"
    draft.offer.save()
    paused = make_service(OrganisationFactory(), town, title="Pausiert")
    paused.is_active = False
    paused.save()

    assert titles(choices) == []


def test_a_postcode_finds_its_town(town):
    Postcode.objects.create(code="46282", municipality=town, latitude=51.6, longitude=6.9)

    assert intake.find_town("46282") == town
    assert intake.find_town("dorsten") == town
    assert intake.find_town("Nirgendwo") is None


def test_steps_one_at_a_time(client, housing, town, arabic, service):
    step1 = client.get("/beratung/")
    step2 = client.get("/beratung/?thema=wohnen&w=1")
    step3 = client.get("/beratung/?thema=wohnen&ort=dorsten&w=1")
    result = client.get("/beratung/?thema=wohnen&ort=dorsten&sprache=ar&w=1")

    assert step1.context["step"] == "topic"
    assert [topic.slug for topic, _, _ in step1.context["topic_tiles"]] == ["wohnen"]
    assert step2.context["step"] == "town"
    assert step3.context["step"] == "language"
    assert result.context["step"] == "services"
    assert [fit.service for fit in result.context["fits"]] == [service]
    assert "Migrationsberatung" in result.content.decode()


def test_an_unknown_town_is_said_so(client, housing):
    response = client.get("/beratung/?thema=wohnen&ort=Atlantis&w=1")

    assert response.context["step"] == "town"
    assert response.context["town_unknown"] is True


def test_a_deep_link_in_a_site_language_opens_the_page_in_it(client, housing, town, arabic):
    response = client.get("/beratung/?sprache=ar&thema=wohnen&ort=dorsten&kanal=poster")

    assert response.status_code == 302
    assert response["Location"].startswith("/ar/beratung/?")


def test_channels_are_counted_per_arrival_not_per_step(client, housing, town, arabic, service):
    client.get("/ar/beratung/?sprache=ar&thema=wohnen&kanal=poster")
    client.get("/ar/beratung/?sprache=ar&thema=wohnen&kanal=poster")
    client.get("/ar/beratung/?sprache=ar&thema=wohnen&ort=dorsten&kanal=poster&w=1")

    counts = list(ChannelCount.objects.values_list("channel", "arrivals", "cases"))
    assert counts == [("poster", 2, 0)]


def test_a_malformed_channel_is_ignored(client, housing):
    client.get("/beratung/?kanal=<script>")

    assert ChannelCount.objects.count() == 0


def test_specialists_in_the_topic_come_before_general_counselling(choices, town, housing, arabic):
    org = OrganisationFactory()
    make_service(org, town, title="A Allgemeine Beratung", languages=[arabic])
    make_service(org, town, title="B Wohnungsberatung", languages=[arabic], topics=[housing])

    assert titles(choices) == [("B Wohnungsberatung", True), ("A Allgemeine Beratung", True)]
