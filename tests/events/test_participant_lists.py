"""Participant lists: numbers, exports, the list for participants, check-in."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import timezone, translation

from tests.factories import EventFactory, RoomFactory, applicant
from treffpunkt.events import notifications, participant_lists, registration
from treffpunkt.events.models import Registration


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    for name in ("registration_received", "registration_cancelled", "moved_up"):
        monkeypatch.setattr(notifications, name, lambda *args: None, raising=False)


def register(event, room=None, **person):
    outcome = registration.register(applicant(**person), [registration.Choice(event, room)])
    return (outcome.registered + outcome.waiting)[0]


def at(registration_, year, month, day, hour, minute=0):
    """Pretend the registration was made at this local time."""
    registration_.created_at = timezone.make_aware(
        datetime.datetime(year, month, day, hour, minute)
    )
    registration_.save(update_fields=["created_at"])
    return registration_


@pytest.fixture
def fachtag(db):
    """Three places, two rooms: Özlem and Bernd hold places, Anna too, Carl waits."""
    event = EventFactory(title="Fachtag Kita", capacity=3)
    sprache = RoomFactory(event=event, title="Sprache", capacity=2, position=0)
    eltern = RoomFactory(event=event, title="Eltern", capacity=None, position=1)
    people = {
        "oezlem": at(
            register(
                event,
                sprache,
                name="Özlem Yılmaz",
                email="oezlem@example.org",
                organisation_name="Kita Sonnenschein",
                needs="Gebärdensprache",
                consent_listed=True,
                consent_recording=True,
            ),
            2030, 1, 10, 9, 15,
        ),
        "bernd": at(
            register(
                event,
                eltern,
                name="Bernd Albers",
                email="bernd@example.org",
                organisation_name="=HYPERLINK(\"https://evil.example\")",
                consent_listed=True,
            ),
            2030, 1, 11, 14, 0,
        ),
        "anna": at(register(event, name="anna Zander", email="anna@example.org"), 2030, 1, 12, 8),
        "carl": at(register(event, sprache, name="Carl Nowak", email="carl@example.org",
                            consent_listed=True), 2030, 1, 13, 8),
    }  # fmt: skip
    return event, {"sprache": sprache, "eltern": eltern}, people


def test_registrations_default_to_those_holding_or_waiting_for_a_place(fachtag):
    event, _rooms, people = fachtag
    registration.cancel(people["anna"])  # Carl moves up

    names = [r.participant.name for r in participant_lists.registrations(event)]

    assert names == ["Özlem Yılmaz", "Bernd Albers", "Carl Nowak"]


@pytest.mark.parametrize(
    ("status", "room", "expected"),
    [
        ("registered", "", ["Özlem Yılmaz", "Bernd Albers", "anna Zander"]),
        ("waiting", "", ["Carl Nowak"]),
        ("cancelled", "", []),
        ("", "sprache", ["Özlem Yılmaz", "Carl Nowak"]),
        ("", "0", ["anna Zander"]),
        ("registered", "sprache", ["Özlem Yılmaz"]),
        ("nonsense", "x", ["Özlem Yılmaz", "Bernd Albers", "anna Zander", "Carl Nowak"]),
    ],
)
def test_registrations_filtered_by_status_and_room(fachtag, status, room, expected):
    event, rooms, _people = fachtag
    room_value = str(rooms[room].pk) if room in rooms else room

    found = participant_lists.registrations(event, status, room_value)

    assert [r.participant.name for r in found] == expected


def test_counts_per_status_and_per_room(fachtag):
    event, _rooms, _people = fachtag

    assert participant_lists.status_counts(event) == {
        "registered": 3,
        "waiting": 1,
        "cancelled": 0,
        "free": 0,
    }
    assert [
        (row.room.title if row.room else None, row.registered, row.waiting, row.free)
        for row in participant_lists.room_counts(event)
    ] == [("Sprache", 1, 1, 1), ("Eltern", 1, 0, None), (None, 1, 0, None)]


def test_room_counts_leave_out_an_empty_no_room_row(db):
    event = EventFactory()
    RoomFactory(event=event, title="Plenum")

    rows = participant_lists.room_counts(event)

    assert [(row.room.title, row.registered, row.waiting) for row in rows] == [("Plenum", 0, 0)]


EXPECTED_HEADER = [
    "Name",
    "Organisation",
    "E-mail address",
    "Status",
    "Room",
    "Needs",
    "Consents",
    "Registered at",
    "Checked in",
]


def test_csv_export_has_one_row_per_registration(fachtag):
    event, _rooms, people = fachtag
    participant_lists.check_in(
        people["oezlem"], now=timezone.make_aware(datetime.datetime(2030, 2, 1, 9, 2))
    )

    with translation.override("en"):
        content = participant_lists.as_csv(participant_lists.registrations(event))

    assert content.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(content.removeprefix("\ufeff")))) == [
        EXPECTED_HEADER,
        [
            "Özlem Yılmaz",
            "Kita Sonnenschein",
            "oezlem@example.org",
            "registered",
            "Sprache",
            "Gebärdensprache",
            "processing of the data, participant list, recording",
            "10.01.2030 09:15",
            "01.02.2030 09:02",
        ],
        [
            "Bernd Albers",
            '\'=HYPERLINK("https://evil.example")',
            "bernd@example.org",
            "registered",
            "Eltern",
            "",
            "processing of the data, participant list",
            "11.01.2030 14:00",
            "",
        ],
        [
            "anna Zander",
            "",
            "anna@example.org",
            "registered",
            "",
            "",
            "processing of the data",
            "12.01.2030 08:00",
            "",
        ],
        [
            "Carl Nowak",
            "",
            "carl@example.org",
            "on the waiting list",
            "Sprache",
            "",
            "processing of the data, participant list",
            "13.01.2030 08:00",
            "",
        ],
    ]


def test_xlsx_export_has_the_same_rows_with_real_dates(fachtag):
    event, rooms, _people = fachtag

    with translation.override("en"):
        content = participant_lists.as_xlsx(
            participant_lists.registrations(event, "", str(rooms["sprache"].pk)),
            title="Fachtag: Kita?",
        )

    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook.active
    assert sheet.title == "Fachtag  Kita "
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        EXPECTED_HEADER,
        [
            "Özlem Yılmaz",
            "Kita Sonnenschein",
            "oezlem@example.org",
            "registered",
            "Sprache",
            "Gebärdensprache",
            "processing of the data, participant list, recording",
            datetime.datetime(2030, 1, 10, 9, 15),
            None,
        ],
        [
            "Carl Nowak",
            None,
            "carl@example.org",
            "on the waiting list",
            "Sprache",
            None,
            "processing of the data, participant list",
            datetime.datetime(2030, 1, 13, 8, 0),
            None,
        ],
    ]


def test_xlsx_never_holds_formulas(fachtag):
    event, _rooms, _people = fachtag

    content = participant_lists.as_xlsx(participant_lists.registrations(event, "registered"))

    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cell = sheet["B3"]
    assert (cell.value, cell.data_type) == ('\'=HYPERLINK("https://evil.example")', "s")


def test_list_for_participants_shows_only_who_agreed_and_holds_a_place(fachtag):
    event, _rooms, _people = fachtag

    listed = participant_lists.listed_participants(event)

    # Carl agreed but waits; Anna holds a place but did not agree.
    assert [(p.name, p.organisation_name) for p in listed] == [
        ("Bernd Albers", '=HYPERLINK("https://evil.example")'),
        ("Özlem Yılmaz", "Kita Sonnenschein"),
    ]


def test_list_for_participants_leaves_out_anonymised_people(fachtag):
    event, _rooms, people = fachtag
    participant = people["bernd"].participant
    participant.anonymised_at = timezone.now()
    participant.save()

    assert [p.name for p in participant_lists.listed_participants(event)] == ["Özlem Yılmaz"]


def test_check_in_list_is_alphabetical_whatever_the_case_and_accents(fachtag):
    event, _rooms, _people = fachtag

    names = [r.participant.name for r in participant_lists.check_in_list(event)]

    assert names == ["anna Zander", "Bernd Albers", "Özlem Yılmaz"]


def test_sort_key_puts_umlauts_with_their_letter():
    names = ["Zander", "Ölker", "Oberhausen", "Äbi", "Abel", "ärger"]

    assert sorted(names, key=participant_lists.sort_key) == [
        "Abel", "Äbi", "ärger", "Oberhausen", "Ölker", "Zander",
    ]  # fmt: skip


def test_check_in_and_undo(fachtag):
    _event, _rooms, people = fachtag
    first = timezone.make_aware(datetime.datetime(2030, 2, 1, 9, 0))

    participant_lists.check_in(people["anna"], now=first)
    participant_lists.check_in(people["anna"], now=first + datetime.timedelta(minutes=5))

    assert Registration.objects.get(pk=people["anna"].pk).checked_in_at == first

    participant_lists.undo_check_in(people["anna"])

    assert Registration.objects.get(pk=people["anna"].pk).checked_in_at is None
