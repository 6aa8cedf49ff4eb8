"""Importing offers from CSV and XLSX: reading, mapping, checking, writing, the command."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.utils import translation

from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OfferFactory,
    ScheduleFactory,
    UserFactory,
)
from treffpunkt.directory import importing
from treffpunkt.directory.columns import COLUMNS
from treffpunkt.directory.exporting import prefetched, write_csv
from treffpunkt.directory.importing import Duplicate, RowProblem
from treffpunkt.directory.models import ContactChannel, Location, Offer, Schedule
from treffpunkt.network.models import Postcode

pytestmark = pytest.mark.django_db

HEADERS = [column.header for column in COLUMNS]
SHORT_HEADERS = ["Organisation", "Titel", "Kurzbeschreibung", "Handlungsfelder", "Format",
                 "Straße", "PLZ", "Stadt", "Zeiten", "E-Mail", "Status"]  # fmt: skip


def csv_bytes(rows, headers=SHORT_HEADERS, delimiter=",", encoding="utf-8") -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return stream.getvalue().encode(encoding)


def plan_for(data: bytes, user=None, filename="angebote.csv", **options):
    table = importing.read_table(data, filename)
    return importing.plan_import(table, importing.guess_mapping(table.headers), user, **options)


def counts() -> dict[str, int]:
    return {
        "offers": Offer.objects.count(),
        "locations": Location.objects.count(),
        "schedules": Schedule.objects.count(),
        "contacts": ContactChannel.objects.count(),
        "offer history": Offer.history.count(),
        "offer fields": Offer.fields_of_action.through.objects.count(),
        "offer places": Offer.locations.through.objects.count(),
    }


def good_row(title="Nähcafé", street="Marktplatz 1", email="naehcafe@caritas.example"):
    return ["Caritas Musterstadt", title, "Nähen und reden.", "Sprache", "vor Ort",
            street, "46282", "Dorsten", "Di 15:00-17:00", email, "veröffentlicht"]  # fmt: skip


@pytest.fixture
def exported_offer(places, vocab, organisation):
    """An offer with everything the CSV holds, in the editor's organisation."""
    offer = OfferFactory(
        organisation=organisation,
        title="Beratung für Zugewanderte",
        summary="Hilfe bei Anträgen; auch zu Hause.",
        description="Zeilen\nmit Umbruch",
        cost=Offer.Cost.REDUCED,
        registration_required=True,
        minimum_age=18,
        valid_from=datetime.date(2026, 2, 1),
        valid_until=datetime.date(2026, 12, 31),
        fields_of_action=[vocab["beratung"], vocab["sprache"]],
        target_groups=[vocab["frauen"]],
        languages=[vocab["ar"]],
        service_area=[places["kreis"]],
        locations=[
            LocationFactory(
                organisation=organisation, name="Beratungsstelle", street="Ewaldstr. 5",
                postcode="45699", municipality=places["herten"], latitude=51.6, longitude=7.13,
            ),
            LocationFactory(
                organisation=organisation, name="", street="Creiler Platz 1", postcode="45768",
                municipality=places["marl"], city="Marl-Mitte",
            ),
        ],
    )  # fmt: skip
    ScheduleFactory(
        offer=offer, weekdays="MO,WE", opens_at=datetime.time(10), closes_at=datetime.time(12)
    )
    ContactChannelFactory(offer=offer, kind="phone", value="+49 2366 1234", label="Beratung")
    ContactChannelFactory(offer=offer, kind="email", value="beratung@caritas.example", position=1)
    return offer


def export(offers) -> str:
    stream = io.StringIO(newline="")
    write_csv(prefetched(offers).order_by("pk"), stream)
    return stream.getvalue()


# --- Reading files ---------------------------------------------------------------------------


def test_semicolon_separated_cp1252_csv():
    data = "Titel;Straße;Öffnungszeiten\r\nNähcafé;Müllerstraße 3;Mo 10-12\r\n".encode("cp1252")

    table = importing.read_table(io.BytesIO(data), "liste.csv")

    assert table.headers == ["Titel", "Straße", "Öffnungszeiten"]
    assert table.rows == [["Nähcafé", "Müllerstraße 3", "Mo 10-12"]]
    assert table.row_numbers == [2]


def test_utf8_with_bom_tabs_empty_rows_and_line_breaks_keep_spreadsheet_row_numbers():
    text = '\ufeffTitel\tBeschreibung\n\nA\t"zwei\nZeilen"\n  B \t\n'

    table = importing.read_table(text.encode("utf-8"), "liste.txt")

    assert table.headers == ["Titel", "Beschreibung"]
    assert table.rows == [["A", "zwei\nZeilen"], ["B", ""]]
    assert table.row_numbers == [3, 4]


def test_empty_and_repeated_headers_are_named():
    table = importing.read_table(b"Titel,,Titel,,\nA,B,C,,\n", "a.csv")

    with translation.override("en"):
        assert importing._headers(["Titel", "", "Titel", "", ""]) == [
            "Titel",
            "Column 2",
            "Titel (2)",
        ]
    assert len(table.headers) == 3
    assert table.rows == [["A", "B", "C"]]


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"Titel\nA\n", "angebote.pdf", "Please upload a CSV or Excel (.xlsx) file."),
        (b"Titel\nA\n", "angebote.xlsx", "The file is not a valid Excel file (.xlsx)."),
        (b"  \n", "angebote.csv", "The file is empty."),
        (b"\nTitel\nA\n", "a.csv", "The first row of the file must hold the column headers."),
        (b"Titel\nA\nB\nC\n", "a.csv", "The file has more than 2 rows. Please split it into "
         "smaller files."),
    ],
)  # fmt: skip
def test_unreadable_files_are_refused_with_a_message(data, filename, message):
    with translation.override("en"), pytest.raises(importing.ImportFileError) as error:
        importing.read_table(data, filename, row_limit=2)

    assert str(error.value) == message


def test_too_large_files_are_refused():
    with translation.override("en"), pytest.raises(importing.ImportFileError) as error:
        importing.read_table(io.BytesIO(b"Titel\n" + b"x" * 2000), "a.csv", byte_limit=1024)

    assert str(error.value) == "The file is larger than 0.0 MB."


def test_xlsx_cells_become_the_text_of_the_csv_format():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Titel", "Gültig ab", "PLZ", "Breitengrad", "Anmeldung erforderlich", "Zeit"])
    sheet.append(
        ["Kurs", datetime.datetime(2026, 3, 1), 46282, 51.6123, True, datetime.time(9, 30)]
    )
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Zweiter", datetime.date(2026, 4, 2), 1067.0, 7.5, False, None])
    stream = io.BytesIO()
    workbook.save(stream)

    table = importing.read_table(io.BytesIO(stream.getvalue()), "Angebote.XLSX")

    assert table.headers == [
        "Titel",
        "Gültig ab",
        "PLZ",
        "Breitengrad",
        "Anmeldung erforderlich",
        "Zeit",
    ]
    assert table.rows == [
        ["Kurs", "01.03.2026", "46282", "51.6123", "ja", "9:30"],
        ["Zweiter", "02.04.2026", "1067", "7.5", "nein", ""],
    ]
    assert table.row_numbers == [2, 4]


# --- Mapping ---------------------------------------------------------------------------------


def test_german_headers_and_aliases_are_guessed():
    headers = ["Träger", "Angebot", "Kurztext", "STRASSE", "Postleitzahl", "Ort", "Ort (Name)",
               "Öffnungszeiten", "Email", "Laengengrad", "Langengrad", "Hochstalter", "Titel",
               "Bemerkung"]  # fmt: skip

    assert importing.guess_mapping(headers) == {
        "Träger": "organisation",
        "Angebot": "title",
        "Kurztext": "summary",
        "STRASSE": "street",
        "Postleitzahl": "postcode",
        "Ort": "city",
        "Ort (Name)": "location_name",
        "Öffnungszeiten": "opening_hours",
        "Email": "email",
        "Laengengrad": "longitude",
        "Langengrad": None,  # the column is taken already
        "Hochstalter": "maximum_age",
        "Titel": None,
        "Bemerkung": None,
    }


def test_export_headers_map_to_their_columns():
    assert importing.guess_mapping(HEADERS) == {column.header: column.key for column in COLUMNS}


def test_mapping_problems_are_reported_in_the_header_row(places, vocab, organisation):
    table = importing.read_table(csv_bytes([good_row()]), "a.csv")
    mapping = importing.guess_mapping(table.headers) | {"Titel": None, "Stadt": "street"}

    with translation.override("en"):
        plan = importing.plan_import(table, mapping)

    assert plan.problems == [
        RowProblem(1, "Stadt", "The columns “Straße”, “Stadt” are all assigned to “Straße”."),
        RowProblem(1, "Titel", "No column of the file is assigned to the required column “Titel”."),
    ]
    assert plan.rows == []


# --- Checking rows ---------------------------------------------------------------------------


def test_three_good_and_two_bad_rows_report_exactly_the_bad_ones_and_write_nothing(
    places, vocab, organisation, editor
):
    rows = [
        good_row("Nähcafé"),
        [*good_row("Sprachtreff")[:4], "irgendwie", *good_row()[5:]],
        good_row("Hausaufgabenhilfe", street="Kirchplatz 2"),
        good_row("Elterncafé", email="keine-adresse"),
        good_row("Frauenfrühstück", street="Am Markt 3"),
    ]
    before = counts()

    with translation.override("en"):
        plan = plan_for(csv_bytes(rows), editor)
    with pytest.raises(importing.ImportRefused):
        importing.commit(plan, editor)

    assert [(problem.row, problem.column) for problem in plan.problems] == [
        (3, "Format"),
        (5, "E-Mail"),
    ]
    assert plan.problems[0].message == (
        "“irgendwie” is not a valid choice. Use one of: on_site, online, phone, hybrid."
    )
    assert (plan.new_count, plan.invalid_count, plan.total) == (3, 2, 5)
    assert counts() == before


def test_required_cell_uses_djangos_message(places, vocab, organisation):
    plan = plan_for(csv_bytes([[*good_row()[:2], "", *good_row()[3:]]]))

    assert plan.problems == [
        RowProblem(2, "Kurzbeschreibung", "Dieses Feld ist zwingend erforderlich.")
    ]


def test_values_are_read_from_german_words(places, vocab, organisation):
    Postcode.objects.create(
        code="45657", municipality=places["recklinghausen"], latitude=51.6, longitude=7.2
    )
    headers = ["Träger", "Titel", "Kurzbeschreibung", "Sprachen", "Kosten",
               "Anmeldung erforderlich", "Alter ab", "Gültig ab", "Gültig bis", "Straße", "PLZ",
               "Stadt", "Breitengrad", "Längengrad", "Telefon", "Webseite", "Zeiten",
               "Status"]  # fmt: skip
    row = [organisation.slug, "Kurs", "Deutsch lernen.", "ar; Deutsch; العربية", "Kostenlos", "x",
           "16", "2026-01-15", "31.12.2026", "Markt 1 | Am Bahnhof 2", "45657 | 46282",
           " | Dorsten", "51,61 | ", "7.19 | ", "Büro: 02361 12345", "caritas.example/kurs",
           "Mo-Mi 9-11; letzter Fr im Monat 15:00-17:00", "published"]  # fmt: skip

    plan = plan_for(csv_bytes([row], headers))

    assert plan.problems == []
    (planned,) = plan.rows
    assert planned.values == {
        "title": "Kurs",
        "summary": "Deutsch lernen.",
        "cost": "free",
        "status": "published",
        "registration_required": True,
        "minimum_age": 16,
        "valid_from": datetime.date(2026, 1, 15),
        "valid_until": datetime.date(2026, 12, 31),
    }
    assert planned.relations == {"languages": [vocab["ar"].pk, vocab["de"].pk]}
    assert [(loc.street, loc.postcode, loc.city, loc.municipality_id, loc.latitude, loc.longitude)
            for loc in planned.locations] == [
        ("Markt 1", "45657", "Recklinghausen", places["recklinghausen"].pk, 51.61, 7.19),
        ("Am Bahnhof 2", "46282", "Dorsten", places["dorsten"].pk, None, None),
    ]  # fmt: skip
    assert [(s["frequency"], s["weekdays"], s["week_of_month"]) for s in planned.schedules] == [
        ("weekly", "MO,TU,WE", None),
        ("monthly", "FR", -1),
    ]
    assert planned.contacts == {
        "phone": [("Büro", "02361 12345")],
        "web": [("", "caritas.example/kurs")],
    }


def test_bad_cells_are_reported_by_row_and_column(places, vocab, organisation):
    headers = ["Organisation", "Titel", "Kurzbeschreibung", "Handlungsfelder", "Mindestalter",
               "Höchstalter", "Gültig ab", "Gültig bis", "Straße", "Stadt", "Breitengrad",
               "Längengrad", "Zeiten", "Webseite", "Anmeldung erforderlich"]  # fmt: skip
    rows = [
        ["Caritas Musterstadt", "A", "a", "Kochen", "18", "12", "31.02.2026", "", "Markt 1",
         "Dorsten", "95", "7", "Mo 25:00", "nicht da", "vielleicht"],
        ["Unbekannt e.V.", "B", "b", "", "zwölf", "", "01.05.2026", "01.04.2026", "Markt 1",
         "Atlantis", "51.6", "", "", "", ""],
    ]  # fmt: skip

    with translation.override("en"):
        plan = plan_for(csv_bytes(rows, headers))

    assert [(p.row, p.column, p.message) for p in plan.problems] == [
        (2, "Handlungsfelder", "“Kochen” is not among the fields of action known to Treffpunkt."),
        (2, "Gültig ab", "“31.02.2026” is not a date (write it as 31.12.2026)."),
        (2, "Breitengrad", "“95” is out of range: it must be between -90 and 90."),
        (2, "Zeiten", '"25:00" in "Mo 25:00" is not a time of day.'),
        (2, "Webseite", "Enter a valid URL. (nicht da)"),
        (2, "Anmeldung erforderlich", "“vielleicht” is neither yes nor no (ja, nein)."),
        (3, "Organisation", "There is no organisation “Unbekannt e.V.” in Treffpunkt."),
        (3, "Mindestalter", "“zwölf” is not a whole number."),
        (3, "Längengrad", "Give both latitude and longitude, or neither."),
        (3, "Gemeinde", "Cannot tell the municipality of the place: please fill in “Gemeinde”."),
    ]
    assert plan.invalid_count == 2


def test_dates_and_ages_out_of_order_are_problems(places, vocab, organisation):
    headers = ["Organisation", "Titel", "Kurzbeschreibung", "Mindestalter", "Höchstalter",
               "Gültig ab", "Gültig bis"]  # fmt: skip
    rows = [["Caritas Musterstadt", "A", "a", "18", "12", "01.05.2026", "01.04.2026"]]

    with translation.override("en"):
        plan = plan_for(csv_bytes(rows, headers))

    assert plan.problems == [
        RowProblem(2, "Höchstalter", "The maximum age must not be below the minimum age."),
        RowProblem(2, "Gültig bis", "The end must not be before the start."),
    ]


def test_an_editor_cannot_import_into_another_organisation(
    places, vocab, organisation, other_organisation, editor
):
    rows = [good_row(), ["AWO Nachbarort", *good_row("Fremd")[1:]]]

    with translation.override("en"):
        plan = plan_for(csv_bytes(rows), editor)
        by_default = plan_for(
            csv_bytes([good_row()[1:]], SHORT_HEADERS[1:]),
            editor,
            default_organisation=other_organisation,
        )

    assert plan.problems == [
        RowProblem(3, "Organisation", "You may not import offers for “AWO Nachbarort”.")
    ]
    assert by_default.problems == [
        RowProblem(1, "", "You may not import offers for “AWO Nachbarort”.")
    ]


def test_a_coordinator_imports_into_any_organisation(
    places, vocab, organisation, other_organisation, coordinator
):
    rows = [good_row(), ["AWO Nachbarort", *good_row("Fremd")[1:]]]

    plan = plan_for(csv_bytes(rows), coordinator)

    assert plan.problems == []
    assert [row.organisation_id for row in plan.rows] == [organisation.pk, other_organisation.pk]


def test_default_organisation_stands_in_for_a_missing_column(places, vocab, organisation, editor):
    plan = plan_for(
        csv_bytes([good_row()[1:]], SHORT_HEADERS[1:]), editor, default_organisation=organisation
    )

    assert plan.problems == []
    assert [row.organisation_id for row in plan.rows] == [organisation.pk]


def test_duplicates_within_the_file(places, vocab, organisation):
    rows = [
        good_row("Nähcafé", street="Marktstraße 1"),
        good_row("  nähcafé ", street="marktstr. 1"),
        good_row("Nähcafé", street="Marktstraße 2"),
    ]

    plan = plan_for(csv_bytes(rows))

    assert plan.duplicates == [
        Duplicate(row=3, title="nähcafé", organisation="Caritas Musterstadt", first_row=2)
    ]
    assert [row.row for row in plan.rows] == [2, 4]
    assert (plan.new_count, plan.skipped_count) == (2, 1)


# --- Writing ---------------------------------------------------------------------------------


def test_commit_writes_offers_places_times_contacts_and_history(
    places, vocab, organisation, editor, django_capture_on_commit_callbacks
):
    rows = [good_row("Nähcafé"), good_row("Sprachtreff")]  # the same place, created once
    plan = plan_for(csv_bytes(rows), editor)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = importing.commit(plan, editor)

    offers = Offer.objects.filter(pk__in=result.created).order_by("title")
    assert [o.title for o in offers] == ["Nähcafé", "Sprachtreff"]
    assert result.locations_created == 1
    (location,) = Location.objects.filter(organisation=organisation)
    assert (location.street, location.postcode, location.city, location.municipality) == (
        "Marktplatz 1", "46282", "Dorsten", places["dorsten"],
    )  # fmt: skip
    offer = offers[0]
    assert offer.status == "published"
    assert offer.published_at is not None
    assert [str(s) for s in offer.schedules.all()] == [str(s) for s in offers[1].schedules.all()]
    assert list(offer.schedules.values_list("weekdays", "opens_at")) == [("TU", datetime.time(15))]
    assert list(offer.contacts.values_list("kind", "value")) == [
        ("email", "naehcafe@caritas.example")
    ]
    assert list(offer.fields_of_action.all()) == [vocab["sprache"]]
    assert list(offer.locations.all()) == [location]
    record = offer.history.get()
    assert (record.history_type, record.history_user) == ("+", editor)
    assert [row.fieldofaction_id for row in record.fields_of_action.all()] == [vocab["sprache"].pk]
    assert [row.location_id for row in record.locations.all()] == [location.pk]
    assert location.history.get().history_user == editor
    assert offer.schedules.get().history.get().history_user == editor
    assert len(callbacks) == 1


def test_a_location_of_the_organisation_with_the_same_address_is_reused(
    places, vocab, organisation
):
    existing = LocationFactory(
        organisation=organisation, street="Marktplatz 1", postcode="46282",
        municipality=places["dorsten"],
    )  # fmt: skip
    plan = plan_for(csv_bytes([good_row(street="Marktplatz  1")]))

    result = importing.commit(plan)

    assert result.locations_created == 0
    assert list(Offer.objects.get(pk=result.created[0]).locations.all()) == [existing]


def test_commit_is_all_or_nothing_when_the_database_fails_midway(
    places, vocab, organisation, editor
):
    rows = [good_row("A"), good_row("B", street="Kirchplatz 2"), good_row("C", street="Weg 3")]
    plan = plan_for(csv_bytes(rows), editor)
    assert plan.problems == []
    # Row 4 breaks only when its contacts are inserted, after offers, places, relations and
    # times of all rows have been written: a NOT NULL violation in the database.
    plan.rows[2].contacts = {"email": [("", None)]}
    before = counts()

    with pytest.raises(IntegrityError):
        importing.commit(plan, editor)

    assert counts() == before


def test_round_trip_of_an_export_reimports_as_duplicates(corpus, exported_offer, coordinator):
    text = export(Offer.objects.all())
    before = counts()

    plan = plan_for(text.encode("utf-8"), coordinator)

    assert plan.problems == []
    assert plan.new_count == 0
    assert sorted(d.existing_id for d in plan.duplicates) == sorted(
        Offer.objects.values_list("pk", flat=True)
    )
    assert importing.commit(plan, coordinator).created == []
    assert counts() == before


def test_round_trip_with_update_duplicates_updates_them(
    exported_offer, editor, vocab, django_capture_on_commit_callbacks
):
    text = export(Offer.objects.filter(pk=exported_offer.pk))
    reader = list(csv.reader(io.StringIO(text, newline="")))
    headers, row = reader[0], reader[1]
    row[headers.index("Kurzbeschreibung")] = "Hilfe bei Anträgen, jetzt auch online."
    row[headers.index("Sprachen")] = "Arabisch; Deutsch"
    row[headers.index("Telefon")] = "Beratung: +49 2366 9999"
    untouched = counts()

    plan = plan_for(csv_bytes([row], headers), editor, update_duplicates=True)
    with django_capture_on_commit_callbacks(execute=True):
        result = importing.commit(plan, editor)

    assert plan.problems == []
    assert plan.duplicates == [
        Duplicate(2, exported_offer.title, "Caritas Musterstadt", existing_id=exported_offer.pk)
    ]
    assert (result.created, result.updated) == ([], [exported_offer.pk])
    offer = Offer.objects.get(pk=exported_offer.pk)
    assert offer.summary == "Hilfe bei Anträgen, jetzt auch online."
    assert offer.text_version == 2
    assert set(offer.languages.all()) == {vocab["ar"], vocab["de"]}
    assert set(offer.fields_of_action.all()) == {vocab["beratung"], vocab["sprache"]}
    assert (offer.cost, offer.registration_required, offer.minimum_age) == ("reduced", True, 18)
    assert list(offer.contacts.order_by("position").values_list("kind", "label", "value")) == [
        ("phone", "Beratung", "+49 2366 9999"),
        ("email", "", "beratung@caritas.example"),
    ]
    assert offer.schedules.count() == 1
    assert counts() | {"offer history": 0} == untouched | {"offer history": 0}
    latest = offer.history.first()
    assert (latest.history_type, latest.history_user, latest.summary) == (
        "~", editor, "Hilfe bei Anträgen, jetzt auch online.",
    )  # fmt: skip
    assert sorted(r.language_id for r in latest.languages.all()) == sorted(
        [vocab["ar"].pk, vocab["de"].pk]
    )


def test_an_update_leaves_columns_the_file_does_not_have(exported_offer, editor):
    headers = ["Organisation", "Titel", "Kurzbeschreibung", "Straße", "PLZ", "Stadt"]
    row = ["Caritas Musterstadt", exported_offer.title, "Neu.", "Ewaldstraße 5", "45699", "Herten"]
    first_place = exported_offer.locations.order_by("pk").first()

    plan = plan_for(csv_bytes([row], headers), editor, update_duplicates=True)
    result = importing.commit(plan, editor)

    assert (result.updated, result.locations_created) == ([exported_offer.pk], 0)
    offer = Offer.objects.get(pk=exported_offer.pk)
    assert list(offer.locations.all()) == [first_place]  # the file's places replace the others
    assert (offer.summary, offer.description, offer.cost) == (
        "Neu.",
        "Zeilen\nmit Umbruch",
        "reduced",
    )
    assert offer.contacts.count() == 2
    assert offer.schedules.count() == 1
    assert offer.fields_of_action.count() == 2


def test_an_xlsx_file_imports(places, vocab, organisation, coordinator):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Anbieter", "Angebot", "Kurztext", "Thema", "Adresse", "PLZ", "Ort",
                  "Gültig ab", "Alter ab", "Anmeldung nötig", "Status"])  # fmt: skip
    sheet.append(["Caritas Musterstadt", "Schwimmkurs", "Schwimmen lernen.", "Sport und Freizeit",
                  "Badweg 4", 46282, "Dorsten", datetime.datetime(2026, 5, 1), 6, True,
                  "Entwurf"])  # fmt: skip
    stream = io.BytesIO()
    workbook.save(stream)
    stream.seek(0)

    plan = plan_for(stream, coordinator, filename="kurse.xlsx")
    result = importing.commit(plan, coordinator)

    offer = Offer.objects.get(pk=result.created[0])
    assert (offer.title, offer.valid_from, offer.minimum_age, offer.registration_required) == (
        "Schwimmkurs", datetime.date(2026, 5, 1), 6, True,
    )  # fmt: skip
    assert (offer.status, offer.published_at) == ("draft", None)
    assert list(offer.fields_of_action.all()) == [vocab["sport"]]
    assert [str(loc) for loc in offer.locations.all()] == ["Badweg 4, 46282 Dorsten"]


def test_preview_shows_the_first_rows(places, vocab, organisation):
    rows = [good_row(f"Kurs {n}", street=f"Weg {n}") for n in range(5)]

    plan = plan_for(csv_bytes(rows))

    assert [(r.row, r.title, r.places, r.times, r.is_update) for r in plan.preview(2)] == [
        (2, "Kurs 0", "Weg 0, 46282 Dorsten", "Di 15:00-17:00", False),
        (3, "Kurs 1", "Weg 1, 46282 Dorsten", "Di 15:00-17:00", False),
    ]


# --- The command -----------------------------------------------------------------------------


def test_command_dry_run_prints_the_problems_exits_1_and_writes_nothing(
    tmp_path, places, vocab, organisation
):
    path = tmp_path / "angebote.csv"
    path.write_bytes(csv_bytes([good_row(), [*good_row("B")[:4], "irgendwie", *good_row()[5:]]]))
    out, err = io.StringIO(), io.StringIO()
    before = counts()

    with translation.override("en"), pytest.raises(CommandError) as error:
        call_command("import_offers", str(path), "--dry-run", stdout=out, stderr=err)

    assert error.value.returncode == 1
    lines = out.getvalue().splitlines()
    assert lines[:3] == [
        "Columns:",
        "  Organisation -> organisation (Organisation)",
        "  Titel -> title (Titel)",
    ]
    assert lines[-2:] == [
        "2 row(s): 1 new, 0 to update, 0 duplicate(s) skipped, 1 with problems.",
        "Row 3, column “Format”: “irgendwie” is not a valid choice. "
        "Use one of: on_site, online, phone, hybrid.",
    ]
    assert counts() == before


def test_command_dry_run_and_import(tmp_path, places, vocab, organisation):
    path = tmp_path / "angebote.csv"
    path.write_bytes(csv_bytes([good_row()], ["Träger", *SHORT_HEADERS[1:]]))
    out = io.StringIO()

    with translation.override("en"):
        call_command("import_offers", str(path), "--dry-run", stdout=out, stderr=io.StringIO())
        assert Offer.objects.count() == 0
        call_command("import_offers", str(path), stdout=out, stderr=io.StringIO())

    assert out.getvalue().splitlines()[1] == "  Träger -> organisation (Organisation)"
    assert "Dry run: nothing was written." in out.getvalue().splitlines()
    assert list(Offer.objects.values_list("title", "organisation")) == [
        ("Nähcafé", organisation.pk)
    ]


def test_command_mapping_organisation_and_user_options(
    tmp_path, places, vocab, organisation, other_organisation, editor
):
    path = tmp_path / "angebote.csv"
    path.write_bytes(csv_bytes([good_row()[1:]], ["Name des Kurses", *SHORT_HEADERS[2:]]))

    with translation.override("en"):
        with pytest.raises(CommandError) as error:
            call_command(
                "import_offers", str(path), "--map", "Name des Kurses=title", "--organisation",
                other_organisation.slug, "--as-user", editor.username, stdout=io.StringIO(),
                stderr=io.StringIO(),
            )  # fmt: skip
        call_command(
            "import_offers", str(path), "--map", "Name des Kurses=title", "--organisation",
            organisation.slug, "--as-user", editor.username, stdout=io.StringIO(),
            stderr=io.StringIO(),
        )  # fmt: skip

    assert str(error.value) == "1 problem(s) found, nothing was imported."
    offer = Offer.objects.get()
    assert (offer.title, offer.organisation) == ("Nähcafé", organisation)
    assert offer.history.get().history_user == editor


def test_command_refuses_unknown_options_values(tmp_path):
    path = tmp_path / "angebote.csv"
    path.write_bytes(csv_bytes([]))
    UserFactory(username="inactive", is_active=False)

    with translation.override("en"):
        with pytest.raises(CommandError) as unknown_key:
            call_command("import_offers", str(path), "--map", "Titel=titel")
        with pytest.raises(CommandError) as unknown_user:
            call_command("import_offers", str(path), "--as-user", "inactive")

    assert str(unknown_key.value).startswith('--map "Titel=titel": unknown column key "titel".')
    assert str(unknown_user.value) == 'There is no active user "inactive".'
