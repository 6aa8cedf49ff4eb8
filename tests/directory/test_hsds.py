"""The Open Referral HSDS 3.0 export: valid against the official schemas, and what goes where."""

import datetime
import json
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    AccessibilityFeatureFactory,
    ContactChannelFactory,
    FieldOfActionFactory,
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OfferTranslationFactory,
    OrganisationFactory,
    ScheduleFactory,
    TargetGroupFactory,
)
from treffpunkt.directory.exporting import prefetched
from treffpunkt.directory.hsds import export as hsds
from treffpunkt.directory.models import Offer

pytestmark = pytest.mark.django_db

FILES = ["services.json", "organizations.json", "locations.json", "taxonomy_terms.json"]


@pytest.fixture
def places():
    land = MunicipalityFactory(name="Nordrhein-Westfalen", slug="nrw", kind="land")
    kreis = MunicipalityFactory(name="Recklinghausen", slug="kreis-re", kind="kreis", parent=land)
    herten = MunicipalityFactory(
        name="Herten", slug="herten", parent=kreis, official_key="05562016"
    )
    marl = MunicipalityFactory(name="Marl", slug="marl", parent=kreis, official_key="05562024")
    return {"land": land, "kreis": kreis, "herten": herten, "marl": marl}


@pytest.fixture
def offer(places):
    organisation = OrganisationFactory(
        name="Caritas Herten",
        short_name="Caritas",
        description="Wohlfahrtsverband in Herten.",
        street="Kirchplatz 1",
        postcode="45699",
        city="Herten",
        municipality=places["herten"],
        website="https://caritas-herten.example.org",
        email="info@caritas-herten.example.org",
        phone="+49 2366 1000",
    )
    centre = LocationFactory(
        organisation=organisation,
        name="Begegnungszentrum",
        street="Marktplatz 3",
        postcode="45699",
        municipality=places["herten"],
        latitude=51.5958,
        longitude=7.1412,
        directions="Bus 249, Haltestelle Markt",
    )
    town_hall = LocationFactory(
        organisation=organisation, name="Rathaus", street="Kurt-Schumacher-Str. 2",
        postcode="45699", municipality=places["herten"],
    )  # fmt: skip
    offer = OfferFactory(
        organisation=organisation,
        title="Sprachcafé",
        summary="Deutsch sprechen in entspannter Runde.",
        description="Jede Woche mit Ehrenamtlichen.",
        format=Offer.Format.HYBRID,
        cost=Offer.Cost.REDUCED,
        cost_note="2 € pro Treffen, mit Herten-Pass frei",
        registration_required=True,
        registration_note="Anmeldung per Telefon",
        minimum_age=16,
        maximum_age=99,
        valid_from=datetime.date(2026, 1, 1),
        last_checked=timezone.localdate(),
        fields_of_action=[
            FieldOfActionFactory(name="Sprache", slug="sprache", name_translations={"ar": "اللغة"})
        ],
        target_groups=[TargetGroupFactory(name="Geflüchtete", slug="gefluechtete")],
        languages=[
            LanguageFactory(code="de", name="Deutsch", native_name="Deutsch"),
            LanguageFactory(code="ar", name="Arabisch", native_name="العربية"),
        ],
        accessibility=[AccessibilityFeatureFactory(name="Stufenlos", slug="stufenlos")],
        locations=[centre, town_hall],
        service_area=[places["kreis"]],
    )
    ScheduleFactory(
        offer=offer, location=centre, frequency="weekly", weekdays="MO,WE",
        opens_at=datetime.time(10), closes_at=datetime.time(12),
    )  # fmt: skip
    ScheduleFactory(
        offer=offer, frequency="monthly", weekdays="TU", week_of_month=2,
        opens_at=datetime.time(15), closes_at=datetime.time(17),
    )  # fmt: skip
    ScheduleFactory(
        offer=offer, frequency="once", weekdays="", date=datetime.date(2026, 12, 12),
        opens_at=datetime.time(10), closes_at=datetime.time(12),
    )  # fmt: skip
    ScheduleFactory(
        offer=offer, frequency="weekly", weekdays="FR", opens_at=datetime.time(9),
        closes_at=datetime.time(11), note="nicht in den Ferien",
    )  # fmt: skip
    ContactChannelFactory(offer=offer, kind="phone", value="+49 2366 303-12", label="Beratung")
    ContactChannelFactory(offer=offer, kind="email", value="sprachcafe@example.org", position=1)
    ContactChannelFactory(offer=offer, kind="web", value="www.example.org/sprachcafe", position=2)
    ContactChannelFactory(offer=offer, kind="messenger", value="+49 170 1234567", label="WhatsApp")
    OfferTranslationFactory(
        offer=offer,
        language="ar",
        title="مقهى اللغة",
        summary="تحدث الألمانية في جو مريح.",
        description="",
    )
    OfferTranslationFactory(offer=offer, language="en", title="Language café", state="draft")
    return offer


def by_code(attributes):
    return {attribute["taxonomy_term"]["code"]: attribute.get("value") for attribute in attributes}


def test_every_record_validates_against_the_official_schemas(offer, tmp_path):
    hsds.export(tmp_path, Offer.objects.all(), validate=False)

    for folder in ("de", "ar"):
        for filename, schema in hsds.FILES.items():
            records = json.loads((tmp_path / folder / filename).read_text())
            assert records
            assert [hsds.validate(record, schema) for record in records] == [[]] * len(records)


def test_validate_reports_what_is_wrong():
    record = {
        "id": "not-a-uuid",
        "status": "open",
        "schedules": [{"id": str(uuid.uuid4()), "freq": "DAILY"}],
    }

    assert hsds.validate(record, "service") == [
        "(record): 'name' is a required property",
        "id: 'not-a-uuid' is not a 'uuid'",
        "schedules/0/freq: 'DAILY' is not one of ['WEEKLY', 'MONTHLY']",
        "status: 'open' is not one of ['active', 'inactive', 'defunct', 'temporarily closed']",
    ]


def test_service_fields(offer):
    record = hsds.service(offer)

    assert record["id"] == hsds.stable_id("service", offer.pk)
    assert uuid.UUID(record["id"]).version == 5
    assert record["organization_id"] == hsds.stable_id("organization", offer.organisation_id)
    assert record["name"] == "Sprachcafé"
    assert "alternate_name" not in record
    assert record["description"] == (
        "Deutsch sprechen in entspannter Runde.\n\nJede Woche mit Ehrenamtlichen."
    )
    assert record["url"] == "https://www.example.org/sprachcafe"
    assert record["email"] == "sprachcafe@example.org"
    assert record["status"] == "active"
    assert record["application_process"] == "Anmeldung per Telefon"
    assert record["fees_description"].endswith(": 2 € pro Treffen, mit Herten-Pass frei")
    assert record["eligibility_description"].count("Geflüchtete") == 1
    assert (record["minimum_age"], record["maximum_age"]) == (16, 99)
    assert record["assured_date"] == timezone.localdate().isoformat()
    assert record["last_modified"].endswith("Z")
    assert record["organization"]["name"] == "Caritas Herten"
    assert record["organization"]["website"] == "https://caritas-herten.example.org"
    assert [(c.get("name"), c["email"]) for c in record["contacts"]] == [
        (None, "sprachcafe@example.org")
    ]
    assert [(language["code"], language["name"]) for language in record["languages"]] == [
        ("ar", "Arabisch"),
        ("de", "Deutsch"),
    ]
    assert (
        record["cost_options"][0]["amount_description"] == "2 € pro Treffen, mit Herten-Pass frei"
    )


def test_phones_include_messengers(offer):
    phones = hsds.service(offer)["phones"]

    assert [(p["number"], p["type"], p["description"]) for p in phones] == [
        ("+49 2366 303-12", "voice", "Beratung"),
        ("+49 170 1234567", "text", "WhatsApp"),
    ]
    assert by_code(phones[1]["attributes"]) == {"contact/messenger": None}


def test_schedules(offer):
    record = hsds.service(offer)
    centre, town_hall = record["service_at_locations"]
    weekly = centre["schedules"][0]
    monthly, once, friday = record["schedules"]

    assert {key: weekly[key] for key in ("freq", "byday", "opens_at", "closes_at")} == {
        "freq": "WEEKLY",
        "byday": "MO,WE",
        "opens_at": "10:00",
        "closes_at": "12:00",
    }
    assert weekly["location_id"] == centre["location_id"]
    assert weekly["service_at_location_id"] == centre["id"]
    assert weekly["valid_from"] == "2026-01-01"  # the offer's validity
    assert by_code(weekly["attributes"]) == {"timezone": "Europe/Berlin"}
    assert "timezone" not in weekly  # no single UTC offset for a whole year
    assert "schedules" not in town_hall
    assert (monthly["freq"], monthly["byday"]) == ("MONTHLY", "2TU")
    assert {key: once[key] for key in ("freq", "dtstart", "until", "timezone")} == {
        "freq": "WEEKLY",
        "dtstart": "2026-12-12",
        "until": "2026-12-12",
        "timezone": 1,
    }
    assert (friday["byday"], friday["notes"]) == ("FR", "nicht in den Ferien")
    assert "nicht in den Ferien" in friday["description"]


def test_summer_dates_have_the_summer_offset(offer):
    ScheduleFactory(offer=offer, frequency="once", date=datetime.date(2026, 7, 1))

    once = [s for s in hsds.service(offer)["schedules"] if s.get("dtstart") == "2026-07-01"]

    assert [s["timezone"] for s in once] == [2]


def test_monthly_on_a_day_of_the_month_uses_bymonthday(offer):
    offer.schedules.all().delete()
    ScheduleFactory(offer=offer, frequency="monthly", weekdays="", date=datetime.date(2026, 3, 15))

    (schedule,) = hsds.service(offer)["schedules"]

    assert (schedule["freq"], schedule["bymonthday"], schedule["dtstart"]) == (
        "MONTHLY",
        "15",
        "2026-03-15",
    )


def test_location_and_address(offer):
    centre = hsds.service(offer)["service_at_locations"][0]["location"]

    assert {key: centre[key] for key in ("name", "latitude", "longitude", "transportation")} == {
        "name": "Begegnungszentrum",
        "latitude": 51.5958,
        "longitude": 7.1412,
        "transportation": "Bus 249, Haltestelle Markt",
    }
    (address,) = centre["addresses"]
    assert {key: value for key, value in address.items() if key not in ("id", "location_id")} == {
        "address_1": "Marktplatz 3",
        "city": "Herten",
        "region": "Recklinghausen",
        "state_province": "Nordrhein-Westfalen",
        "postal_code": "45699",
        "country": "DE",
        "address_type": "physical",
    }
    assert by_code(centre["attributes"]) == {
        "municipality": "Herten",
        "municipality_key": "05562016",
    }


def test_location_without_exact_coordinates_has_none(offer):
    town_hall = hsds.service(offer)["service_at_locations"][1]["location"]

    assert "latitude" not in town_hall
    assert "longitude" not in town_hall


def test_service_areas_name_the_towns_of_the_locations_and_the_districts_also_served(offer):
    areas = hsds.service(offer)["service_areas"]

    assert [(area["name"], by_code(area["attributes"])) for area in areas] == [
        (
            "Herten",
            {
                "service_area/location": None,
                "municipality": "Herten",
                "municipality_key": "05562016",
            },
        ),
        ("Recklinghausen", {"service_area/also_serves": None, "municipality": "Recklinghausen"}),
    ]


def test_what_hsds_has_no_field_for_is_an_attribute(offer):
    attributes = by_code(hsds.service(offer)["attributes"])

    assert attributes.pop("page").endswith(offer.get_absolute_url())
    assert attributes == {
        "field_of_action/sprache": None,
        "target_group/gefluechtete": None,
        "accessibility/stufenlos": None,
        "format/hybrid": None,
        "cost/reduced": None,
        "registration_required": "true",
        "stale": "false",
        "valid_from": "2026-01-01",
        "contact/web": "https://www.example.org/sprachcafe",
    }


def test_attributes_link_terms_of_the_treffpunkt_taxonomy(offer):
    terms = {term["id"]: term for term in hsds.taxonomy_terms()}

    for attribute in hsds.service(offer)["attributes"]:
        assert attribute["taxonomy_term_id"] in terms
        assert attribute["taxonomy_term"]["name"] == terms[attribute["taxonomy_term_id"]]["name"]
        assert attribute["link_entity"] == "service"


def test_a_never_checked_offer_is_stale(offer):
    offer.last_checked = None
    offer.save()

    assert by_code(hsds.service(offer)["attributes"])["stale"] == "true"


@pytest.mark.parametrize(
    ("status", "expected"),
    [("published", "active"), ("draft", "inactive"), ("archived", "defunct")],
)
def test_status(status, expected):
    offer = OfferFactory(status=status)

    assert hsds.service(offer)["status"] == expected


def test_minimal_offer_is_valid():
    offer = OfferFactory(organisation=OrganisationFactory(municipality=None))
    ScheduleFactory(offer=offer, frequency="once", weekdays="")  # no date: nothing to say

    record = hsds.service(offer)

    assert hsds.validate(record, "service") == []
    assert hsds.validate(hsds.organization(offer.organisation), "organization") == []
    assert record["schedules"][0].keys() == {"id", "service_id", "attributes"}


def test_invalid_contact_values_are_kept_as_attributes(offer):
    offer.contacts.all().delete()
    ContactChannelFactory(offer=offer, kind="email", value="beratung at example.org")

    record = hsds.service(offer)

    assert "email" not in record
    assert "contacts" not in record
    assert by_code(record["attributes"])["contact/email"] == "beratung at example.org"
    assert hsds.validate(record, "service") == []


def test_organization(offer):
    record = hsds.organization(offer.organisation, locations=offer.locations.all())

    assert (record["name"], record["alternate_name"], record["email"]) == (
        "Caritas Herten",
        "Caritas",
        "info@caritas-herten.example.org",
    )
    assert [phone["number"] for phone in record["phones"]] == ["+49 2366 1000"]
    assert [(place["location_type"], place.get("name")) for place in record["locations"]] == [
        ("physical", "Begegnungszentrum"),
        ("physical", "Rathaus"),
        ("postal", "Caritas Herten"),
    ]
    postal_address = record["locations"][2]["addresses"][0]
    assert (postal_address["address_1"], postal_address["state_province"]) == (
        "Kirchplatz 1",
        "Nordrhein-Westfalen",
    )
    assert by_code(record["attributes"]) == {"organisation_kind/welfare": None, "active": "true"}


def test_export_writes_one_folder_per_translated_language(offer, tmp_path):
    counts = hsds.export(tmp_path, Offer.objects.all())

    terms = len(hsds.taxonomy_terms())
    assert counts == {
        "de/services.json": 1,
        "de/organizations.json": 1,
        "de/locations.json": 3,
        "de/taxonomy_terms.json": terms,
        "ar/services.json": 1,
        "ar/organizations.json": 1,
        "ar/locations.json": 3,
        "ar/taxonomy_terms.json": terms,
    }
    assert sorted(path.name for path in tmp_path.iterdir()) == ["README.txt", "ar", "de"]
    assert "HSDS" in (tmp_path / "README.txt").read_text()
    (german,) = json.loads((tmp_path / "de" / "services.json").read_text())
    (arabic,) = json.loads((tmp_path / "ar" / "services.json").read_text())
    assert german["name"] == "Sprachcafé"
    assert arabic["name"] == "مقهى اللغة"
    assert arabic["alternate_name"] == "Sprachcafé"
    assert arabic["description"] == "تحدث الألمانية في جو مريح.\n\nJede Woche mit Ehrenamtlichen."
    assert arabic["id"] == german["id"]
    assert {language["code"]: language["name"] for language in arabic["languages"]} == {
        "ar": "العربية",
        "de": "الألمانية",
    }
    arabic_terms = json.loads((tmp_path / "ar" / "taxonomy_terms.json").read_text())
    assert {t["name"] for t in arabic_terms if t["code"] == "field_of_action/sprache"} == {"اللغة"}
    assert {t["language"] for t in arabic_terms} == {"ar"}


def test_ids_are_stable_and_unique(offer, tmp_path):
    first = hsds.build(Offer.objects.all())
    second = hsds.build(Offer.objects.all())

    assert first == second
    ids = [record["id"] for records in first["de"].values() for record in records]
    assert len(ids) == len(set(ids))


def test_queries_do_not_grow_with_the_offers(offer):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            hsds.build(Offer.objects.all())
        return len(captured)

    before = queries()
    for number in range(3):
        another = OfferFactory(
            organisation=offer.organisation,
            locations=offer.locations.all(),
            service_area=offer.service_area.all(),
            fields_of_action=offer.fields_of_action.all(),
            languages=offer.languages.all(),
        )
        ScheduleFactory(offer=another, location=offer.locations.first())
        ContactChannelFactory(offer=another)
        OfferTranslationFactory(offer=another, language="ar", title=f"عرض {number}")

    assert queries() == before


def test_service_of_a_prefetched_offer_needs_no_queries(offer, django_assert_num_queries):
    (loaded,) = prefetched(Offer.objects.all())

    with django_assert_num_queries(0):
        hsds.service(loaded, "ar")


def test_explicit_languages(offer):
    assert list(hsds.build(Offer.objects.all(), languages=["tr", "../etc"])) == ["de", "tr"]


def test_command_writes_the_files(offer, tmp_path, capsys):
    OfferFactory(title="Entwurf", status="draft")

    call_command("export_hsds", str(tmp_path))

    services = json.loads((tmp_path / "de" / "services.json").read_text())
    assert [service["name"] for service in services] == ["Sprachcafé"]
    output = capsys.readouterr().out
    assert f"{tmp_path / 'de' / 'services.json'}: 1" in output
    assert f"{tmp_path / 'ar' / 'taxonomy_terms.json'}: " in output


def test_command_with_all_statuses_and_one_organisation(offer, tmp_path):
    draft = OfferFactory(title="Entwurf", status="draft", organisation=offer.organisation)
    OfferFactory(title="Anderswo")

    call_command(
        "export_hsds", str(tmp_path), "--all-statuses", "--organisation", offer.organisation.slug
    )

    services = json.loads((tmp_path / "de" / "services.json").read_text())
    assert {service["name"]: service["status"] for service in services} == {
        "Sprachcafé": "active",
        draft.title: "inactive",
    }


def test_command_refuses_an_unknown_organisation(tmp_path):
    with pytest.raises(CommandError, match="nowhere"):
        call_command("export_hsds", str(tmp_path), "--organisation", "nowhere")


def test_command_fails_on_invalid_records_and_writes_nothing(offer, tmp_path, monkeypatch):
    monkeypatch.setattr(hsds, "service", lambda offer, language="de": {"id": "x", "name": 1})

    with pytest.raises(CommandError) as raised:
        call_command("export_hsds", str(tmp_path))

    assert raised.value.returncode != 0
    message = str(raised.value)
    assert "de/services.json #0 (x): (record): 'status' is a required property" in message
    assert "de/services.json #0 (x): id: 'x' is not a 'uuid'" in message
    assert list(tmp_path.iterdir()) == []


def test_command_without_validation_writes_invalid_records(offer, tmp_path, monkeypatch):
    monkeypatch.setattr(hsds, "service", lambda offer, language="de": {"id": "x"})

    call_command("export_hsds", str(tmp_path), "--no-validate")

    assert json.loads((tmp_path / "de" / "services.json").read_text()) == [{"id": "x"}]
