"""Saved Webex and Zoom chats, Mentimeter workbooks, and input that is refused."""

import datetime
import io

import pytest
from django.utils.translation import gettext as _
from openpyxl import Workbook

from tests.factories import EventFactory
from treffpunkt.live.models import Poll, Vote
from treffpunkt.results import importers

# The messages are checked in English, the language of the source.
pytestmark = pytest.mark.usefixtures("english")

DAY = datetime.date(2021, 5, 20)

WEBEX = """from Anna Schmidt to everyone:    2:10 PM
Wir brauchen mehr Begegnungsorte. Mail: anna.schmidt@example.org, Tel. 0171 2345678
from Ben Ott to Anna Schmidt (privately):    2:11 PM
Das ist privat.
von Carla Dorn an alle: 14:12
Gerne, Anna Schmidt hat recht.
"""

ZOOM = """10:02:35 From Anna Schmidt to Everyone:
\tHallo zusammen
10:03:01 From Ben Ott to Anna Schmidt(Direct Message):
\tnur für dich
10:04:10 From Carla Dorn to Everyone:
\tSiehe https://www.xing.com/profile/Carla_Dorn
"""


def test_a_webex_chat_keeps_public_messages_with_times_and_pseudonyms():
    chat = importers.read(WEBEX.encode(), DAY).rooms[0].chat

    assert [(m.time, m.speaker, m.text) for m in chat] == [
        (
            "14:10",
            "AS",
            f"Wir brauchen mehr Begegnungsorte. Mail: {_('[e-mail removed]')}, "
            f"Tel. {_('[phone removed]')}",
        ),
        ("14:12", "CD", "Gerne, AS hat recht."),
    ]


def test_a_zoom_chat_drops_direct_messages_and_personal_links():
    parsed = importers.read(ZOOM.encode(), DAY)

    assert parsed.format == "zoom"
    assert [(m.time, m.speaker, m.text) for m in parsed.rooms[0].chat] == [
        ("10:02", "AS", "Hallo zusammen"),
        ("10:04", "CD", f"Siehe {_('[link removed]')}"),
    ]


@pytest.mark.parametrize("text", [WEBEX, ZOOM])
def test_a_chat_with_times_only_is_refused_without_the_date(text):
    with pytest.raises(importers.ImportRefused, match="date"):
        importers.read(text.encode())


def test_an_unknown_layout_is_refused_not_guessed():
    with pytest.raises(importers.ImportRefused, match="Unknown layout"):
        importers.read(b"name,age\nanna,3\nben,4\n")


def test_a_broken_time_names_its_line():
    with pytest.raises(importers.ImportRefused) as error:
        importers.read(
            b"from Anna to everyone: 2:10 PM\nHallo\nfrom Ben to everyone: 27:99\nx\n", DAY
        )
    assert error.value.line == 3
    assert str(error.value).startswith("Line 3:") or "3" in str(error.value)


def test_a_row_whose_speaker_cannot_be_read_is_kept_and_listed():
    text = "Workshop Wohnen\n\nBT\tProblem: <ul> • zu wenig Wohnraum\n3 + 4 = sieben!\tirgendwas\n"
    parsed = importers.read(text.encode())

    assert [(s.kind, s.speaker, s.text) for s in parsed.rooms[0].statements] == [
        ("problem", "BT", "zu wenig Wohnraum"),
        ("comment", "", "3 + 4 = sieben! irgendwas"),
    ]
    assert parsed.as_json()["unclassified"] == [
        {"room": "Wohnen", "line": 4, "text": "3 + 4 = sieben! irgendwas"}
    ]


def workbook(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Voters"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


MENTI = [
    ["Voter", "Wie wichtig?:: Orte schaffen", "Wie wichtig?:: Sprache fördern", "Wortwolke"],
    ["v1", 5, 3, "offen"],
    ["v2", 4, None, "nah"],
    ["v3", None, None, ""],
]


def test_a_mentimeter_workbook_becomes_a_closed_rating_poll_with_answers(db):
    event = EventFactory()
    parsed = importers.read(workbook(MENTI))

    saved = importers.save(parsed, event, "menti.xlsx")

    poll = Poll.objects.get()
    assert saved.protocols == []
    assert (poll.session.event, poll.kind, poll.state, poll.question) == (
        event,
        "rating",
        "closed",
        "Wie wichtig?",
    )
    items = {item.text: str(item.pk) for item in poll.items.all()}
    assert list(items) == ["Orte schaffen", "Sprache fördern"]
    answers = sorted(Vote.objects.filter(poll=poll).values_list("answer", flat=True), key=len)
    assert answers == [
        {items["Orte schaffen"]: 4},
        {items["Orte schaffen"]: 5, items["Sprache fördern"]: 3},
    ]
    assert [item["text"] for item in parsed.as_json()["unclassified"]] == ["Voter", "Wortwolke"]


def test_a_workbook_without_voters_sheet_or_with_bad_values_is_refused():
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with pytest.raises(importers.ImportRefused, match="Voters"):
        importers.read(buffer.getvalue())
    with pytest.raises(importers.ImportRefused) as error:
        importers.read(workbook([MENTI[0], ["v1", "sehr", 3, ""]]))
    assert error.value.line == 2
