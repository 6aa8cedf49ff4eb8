"""Shared directory fixtures (places, vocabulary, a small indexed corpus of offers)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    FieldOfActionFactory,
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OfferTranslationFactory,
    OrganisationFactory,
    TargetGroupFactory,
)
from treffpunkt.network.models import Municipality


@pytest.fixture
def places(db):
    land = MunicipalityFactory(name="Nordrhein-Westfalen", slug="nrw", kind=Municipality.Kind.STATE)
    kreis = MunicipalityFactory(
        name="Kreis Recklinghausen", slug="kreis-re", kind=Municipality.Kind.DISTRICT, parent=land,
        latitude=51.64, longitude=7.18,
    )  # fmt: skip
    towns = {
        slug: MunicipalityFactory(name=name, slug=slug, parent=kreis, latitude=lat, longitude=lon)
        for slug, name, lat, lon in [
            ("dorsten", "Dorsten", 51.660, 6.965),
            ("marl", "Marl", 51.657, 7.090),
            ("recklinghausen", "Recklinghausen", 51.614, 7.198),
            ("gladbeck", "Gladbeck", 51.571, 6.985),
            ("herten", "Herten", 51.595, 7.142),
        ]
    }
    return {"land": land, "kreis": kreis, **towns}


@pytest.fixture
def vocab(db):
    return {
        "sprache": FieldOfActionFactory(
            name="Sprache", slug="sprache", name_translations={"ar": "اللغة"}
        ),
        "beratung": FieldOfActionFactory(name="Beratung", slug="beratung"),
        "kita-schule": FieldOfActionFactory(name="Kita und Schule", slug="kita-schule"),
        "sport": FieldOfActionFactory(name="Sport und Freizeit", slug="sport-freizeit"),
        "arbeit": FieldOfActionFactory(name="Bildung ab 16 und Arbeit", slug="bildung-arbeit"),
        "frauen": TargetGroupFactory(name="Frauen", slug="frauen"),
        "de": LanguageFactory(code="de", name="Deutsch", native_name="Deutsch"),
        "ar": LanguageFactory(code="ar", name="Arabisch", native_name="العربية", direction="rtl"),
    }


@pytest.fixture
def corpus(places, vocab, django_capture_on_commit_callbacks):
    """A handful of offers, indexed through the same signals a real save uses."""
    caritas = OrganisationFactory(name="Caritas Recklinghausen", slug="caritas-re")
    ki = OrganisationFactory(name="Kommunales Integrationszentrum", slug="ki-re")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    def at(town):
        return [
            LocationFactory(organisation=caritas, municipality=places[town], city=places[town].name)
        ]

    with django_capture_on_commit_callbacks(execute=True):
        offers = {
            "frauenkurs": OfferFactory(
                organisation=caritas, title="Sprachkurs für Frauen",
                summary="Deutsch lernen in kleiner Gruppe, mit Kinderbetreuung.",
                fields_of_action=[vocab["sprache"]], target_groups=[vocab["frauen"]],
                languages=[vocab["de"], vocab["ar"]], locations=at("dorsten"),
            ),
            "dolmetscher": OfferFactory(
                organisation=ki, title="Dolmetscherpool für Kitas und Schulen",
                summary="Sprachmittlung für Elterngespräche.", format="phone",
                fields_of_action=[vocab["kita-schule"]], service_area=[places["kreis"]],
            ),
            "beratungscafe": OfferFactory(
                organisation=caritas, title="Beratungscafé an der Münsterstraße",
                summary="Offene Sprechstunde der Migrationsberatung.",
                description="Der Eingang liegt an der Straße hinter dem Rathaus.",
                fields_of_action=[vocab["beratung"]], locations=at("recklinghausen"),
            ),
            "fussball": OfferFactory(
                organisation=caritas, title="Fußball für alle",
                summary="Jeden Samstag auf dem Sportplatz.", cost="free",
                fields_of_action=[vocab["sport"]], locations=at("gladbeck"),
            ),
            "bewerbung": OfferFactory(
                organisation=caritas, title="Arbeit finden: Bewerbungstraining",
                summary="Lebenslauf, Anschreiben und Vorstellungsgespräch üben.", cost="fee",
                fields_of_action=[vocab["arbeit"]], locations=at("herten"),
            ),
            "abendkurs": OfferFactory(
                organisation=caritas, title="Deutschkurs am Abend",
                summary="Für Berufstätige, zweimal pro Woche.",
                fields_of_action=[vocab["sprache"]], languages=[vocab["de"]], locations=at("marl"),
            ),
            "entwurf": OfferFactory(
                organisation=caritas, title="Sprachkurs im Entwurf", status="draft",
                fields_of_action=[vocab["sprache"]], locations=at("marl"),
            ),
            "abgelaufen": OfferFactory(
                organisation=caritas, title="Sprachkurs 2020", valid_until=yesterday,
                fields_of_action=[vocab["sprache"]], locations=at("marl"),
            ),
        }  # fmt: skip
        for language, title in [
            ("en", "Language course for women"),
            ("ar", "دورة لغة للنساء"),
            ("uk", "Мовний курс для жінок"),
        ]:
            OfferTranslationFactory(offer=offers["frauenkurs"], language=language, title=title)
    return offers
