"""The CSV export: the columns the importer reads, one row per offer."""

import csv
import datetime
import io

import pytest

from tests.factories import (
    AccessibilityFeatureFactory,
    ContactChannelFactory,
    FieldOfActionFactory,
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganisationFactory,
    ScheduleFactory,
    TargetGroupFactory,
)
from treffpunkt.directory.columns import COLUMNS
from treffpunkt.directory.exporting import iter_csv, prefetched, row, write_csv
from treffpunkt.directory.models import Offer
from treffpunkt.directory.opening_hours import parse_opening_hours

pytestmark = pytest.mark.django_db

HEADERS = [column.header for column in COLUMNS]


def exported(offers) -> tuple[list[str], list[dict[str, str]]]:
    stream = io.StringIO(newline="")
    write_csv(offers, stream)
    stream.seek(0)
    reader = csv.DictReader(stream)
    return reader.fieldnames, list(reader)


@pytest.fixture
def offer():
    herten = MunicipalityFactory(name="Herten", slug="herten")
    marl = MunicipalityFactory(name="Marl", slug="marl")
    kreis = MunicipalityFactory(name="Kreis Recklinghausen", slug="kreis-re", kind="kreis")
    organisation = OrganisationFactory(name="AWO Herten")
    offer = OfferFactory(
        organisation=organisation,
        title="Beratung für Zugewanderte",
        summary="Hilfe bei Anträgen; auch zu Hause.",
        description="Zeilen\nmit Umbruch",
        format=Offer.Format.ON_SITE,
        cost=Offer.Cost.FREE,
        registration_required=False,
        registration_note="Einfach vorbeikommen",
        minimum_age=18,
        valid_from=datetime.date(2026, 2, 1),
        valid_until=datetime.date(2026, 12, 31),
        last_checked=datetime.date(2026, 3, 15),
        fields_of_action=[
            FieldOfActionFactory(name="Arbeit", slug="arbeit"),
            FieldOfActionFactory(name="Wohnen", slug="wohnen"),
        ],
        target_groups=[TargetGroupFactory(name="Erwachsene", slug="erwachsene")],
        languages=[LanguageFactory(code="tr", name="Türkisch", native_name="Türkçe")],
        accessibility=[AccessibilityFeatureFactory(name="Stufenlos", slug="stufenlos")],
        locations=[
            LocationFactory(
                organisation=organisation,
                name="Beratungsstelle",
                street="Ewaldstr. 5",
                postcode="45699",
                municipality=herten,
                latitude=51.6,
                longitude=7.13,
            ),
            LocationFactory(
                organisation=organisation,
                name="",
                street="Creiler Platz 1",
                postcode="45768",
                municipality=marl,
                city="Marl-Mitte",
            ),
        ],
        service_area=[kreis],
    )
    ScheduleFactory(
        offer=offer, weekdays="MO,WE", opens_at=datetime.time(10), closes_at=datetime.time(12)
    )
    ScheduleFactory(
        offer=offer, frequency="monthly", weekdays="TU", week_of_month=2,
        opens_at=datetime.time(15), closes_at=datetime.time(17),
    )  # fmt: skip
    ContactChannelFactory(offer=offer, kind="phone", value="+49 2366 1234", label="Beratung")
    ContactChannelFactory(offer=offer, kind="phone", value="+49 2365 9876", position=1)
    ContactChannelFactory(offer=offer, kind="email", value="beratung@awo.example.org")
    ContactChannelFactory(offer=offer, kind="web", value="https://awo.example.org/beratung")
    ContactChannelFactory(offer=offer, kind="messenger", value="+49 170 555", label="WhatsApp")
    return offer


def test_header_is_the_column_headers(offer):
    headers, _rows = exported(Offer.objects.all())

    assert headers == HEADERS


def test_row(offer):
    _headers, (row,) = exported(Offer.objects.all())

    assert row == {
        "ID": str(offer.pk),
        "Organisation": "AWO Herten",
        "Titel": "Beratung für Zugewanderte",
        "Kurzbeschreibung": "Hilfe bei Anträgen; auch zu Hause.",
        "Beschreibung": "Zeilen\nmit Umbruch",
        "Handlungsfelder": "Arbeit; Wohnen",
        "Zielgruppen": "Erwachsene",
        "Sprachen": "Türkisch",
        "Format": "on_site",
        "Kosten": "free",
        "Hinweis zu Kosten": "",
        "Anmeldung erforderlich": "nein",
        "Anmeldung": "Einfach vorbeikommen",
        "Barrierefreiheit": "Stufenlos",
        "Mindestalter": "18",
        "Höchstalter": "",
        "Ort (Name)": "Beratungsstelle | ",
        "Straße": "Ewaldstr. 5 | Creiler Platz 1",
        "PLZ": "45699 | 45768",
        "Stadt": "Herten | Marl-Mitte",
        "Gemeinde": "Herten | Marl",
        "Breitengrad": "51.6 | ",
        "Längengrad": "7.13 | ",
        "Zeiten": "Mo, Mi 10:00-12:00; 2. Di im Monat 15:00-17:00",
        "Telefon": "Beratung: +49 2366 1234; +49 2365 9876",
        "E-Mail": "beratung@awo.example.org",
        "Webseite": "https://awo.example.org/beratung",
        "Messenger": "WhatsApp: +49 170 555",
        "Auch für": "Kreis Recklinghausen",
        "Gültig ab": "01.02.2026",
        "Gültig bis": "31.12.2026",
        "Status": "published",
        "Zuletzt geprüft": "15.03.2026",
    }


def test_location_cells_split_position_by_position(offer):
    _headers, (row,) = exported(Offer.objects.all())

    columns = ["Ort (Name)", "Straße", "PLZ", "Stadt", "Gemeinde", "Breitengrad"]
    locations = list(zip(*(row[column].split(" | ") for column in columns), strict=True))
    assert locations == [
        ("Beratungsstelle", "Ewaldstr. 5", "45699", "Herten", "Herten", "51.6"),
        ("", "Creiler Platz 1", "45768", "Marl-Mitte", "Marl", ""),
    ]


def test_opening_hours_cell_reads_back(offer):
    _headers, (row,) = exported(Offer.objects.all())

    assert [
        (entry["frequency"], entry["weekdays"], entry["week_of_month"], entry["opens_at"])
        for entry in parse_opening_hours(row["Zeiten"])
    ] == [
        ("weekly", "MO,WE", None, datetime.time(10)),
        ("monthly", "TU", 2, datetime.time(15)),
    ]


def test_offer_without_locations_or_relations_has_empty_cells():
    offer = OfferFactory(
        title="Online-Kurs", format="online", registration_required=True, status="draft"
    )

    _headers, (row,) = exported([offer])

    assert {header: value for header, value in row.items() if value} == {
        "ID": str(offer.pk),
        "Organisation": offer.organisation.name,
        "Titel": "Online-Kurs",
        "Kurzbeschreibung": "Ein Angebot des Netzwerks.",
        "Format": "online",
        "Kosten": "free",
        "Anmeldung erforderlich": "ja",
        "Status": "draft",
    }


def test_one_row_per_offer():
    OfferFactory.create_batch(3)
    stream = io.StringIO()

    written = write_csv(Offer.objects.order_by("pk"), stream)

    stream.seek(0)
    assert written == 3
    assert len(list(csv.reader(stream))) == 4


def test_iter_csv_streams_the_same_lines(offer):
    stream = io.StringIO(newline="")
    write_csv(Offer.objects.all(), stream)

    lines = list(iter_csv(prefetched(Offer.objects.all()).order_by("title")))

    assert len(lines) == 2
    assert "".join(lines) == stream.getvalue()


def test_prefetched_is_idempotent_and_a_row_needs_no_further_queries(
    offer, django_assert_num_queries
):
    offers = prefetched(prefetched(Offer.objects.all()))

    with django_assert_num_queries(10):  # the offers and nine prefetched relations
        (loaded,) = offers
    with django_assert_num_queries(0):
        row(loaded)
