"""A tiny hand-made network whose figures are known (see the comments for the answers)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    LanguageFactory,
    LocationFactory,
    NetworkFactory,
    OfferFactory,
    OrganisationFactory,
    user_with_role,
)
from treffpunkt.dashboard.models import ResidentCount
from treffpunkt.network.models import Membership


@pytest.fixture
def network_data(places, vocab, django_capture_on_commit_callbacks):
    """Five towns in a district; four published offers that count, two that do not.

    sprache:  A (Dorsten, de+ar, women), C (Marl, service area Gladbeck, de)
    beratung: B (district-wide, online, ar, never checked), F (Herten, de, checked 2 years ago)
    not counted: D (draft), E (expired)
    """
    uk = LanguageFactory(code="uk", name="Ukrainisch", native_name="Українська")
    caritas = OrganisationFactory(name="Caritas", slug="caritas")
    ki = OrganisationFactory(name="KI Kreis", slug="ki")
    awo = OrganisationFactory(name="AWO", slug="awo")
    network = NetworkFactory(region=places["kreis"], coordinating_organisation=ki)
    network.members.set([caritas, ki, awo])
    today = timezone.localdate()

    def at(organisation, town):
        return [LocationFactory(organisation=organisation, municipality=places[town])]

    with django_capture_on_commit_callbacks(execute=True):
        offers = {
            "A": OfferFactory(
                organisation=caritas, title="A Sprachkurs für Frauen", last_checked=today,
                fields_of_action=[vocab["sprache"]], languages=[vocab["de"], vocab["ar"]],
                target_groups=[vocab["frauen"]], locations=at(caritas, "dorsten"),
            ),
            "B": OfferFactory(
                organisation=ki, title="B Online-Beratung", format="online",
                fields_of_action=[vocab["beratung"]], languages=[vocab["ar"]],
                service_area=[places["kreis"]],
            ),
            "C": OfferFactory(
                organisation=caritas, title="C Deutschkurs", last_checked=today,
                fields_of_action=[vocab["sprache"]], languages=[vocab["de"]],
                locations=at(caritas, "marl"), service_area=[places["gladbeck"]],
            ),
            "D": OfferFactory(
                organisation=caritas, title="D Entwurf", status="draft",
                fields_of_action=[vocab["sprache"]], locations=at(caritas, "dorsten"),
            ),
            "E": OfferFactory(
                organisation=caritas, title="E Abgelaufen",
                valid_until=today - datetime.timedelta(days=1),
                fields_of_action=[vocab["sprache"]], locations=at(caritas, "dorsten"),
            ),
            "F": OfferFactory(
                organisation=awo, title="F Migrationsberatung",
                last_checked=today - datetime.timedelta(days=730),
                fields_of_action=[vocab["beratung"]], languages=[vocab["de"]],
                locations=at(awo, "herten"),
            ),
        }  # fmt: skip
    for town, language, residents in [("dorsten", vocab["ar"], 500), ("marl", vocab["ar"], 300),
                                      ("herten", uk, 100)]:  # fmt: skip
        ResidentCount.objects.create(
            municipality=places[town], language=language, residents=residents, year=2025
        )
    return {
        "network": network, "offers": offers, "caritas": caritas, "ki": ki, "awo": awo,
        "places": places, "vocab": vocab, "uk": uk,
    }  # fmt: skip


@pytest.fixture
def network_coordinator(network_data):
    return user_with_role(Membership.Role.COORDINATOR, network_data["ki"])


@pytest.fixture
def caritas_editor(network_data):
    return user_with_role(Membership.Role.EDITOR, network_data["caritas"])
