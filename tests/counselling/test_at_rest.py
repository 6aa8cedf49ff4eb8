"""Nothing readable of a message lands in the database file."""

import uuid
from pathlib import Path

import pytest
from django.db import connection

from treffpunkt.counselling import cases

from .conftest import open_case

# Words no other test writes (the test database file is shared by the whole session).
MARK = uuid.uuid4().hex[:10]
MOULD, LANDLADY, NOTICE = f"Schimmelbefall{MARK}", f"Vermieterin{MARK}", f"Kündigung{MARK}"
EMAIL, PHONE = f"leyla.{MARK}@example.net", f"0170 {uuid.uuid4().int % 10**9:09d}"
SECRET_WORDS = [MOULD, LANDLADY, NOTICE, EMAIL, PHONE]


def _database_bytes() -> bytes:
    """The SQLite file and its write-ahead log, as they are on disk."""
    name = Path(connection.settings_dict["NAME"])
    parts = [name, name.with_name(name.name + "-wal")]
    return b"".join(part.read_bytes() for part in parts if part.exists())


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads the SQLite file")
@pytest.mark.django_db(transaction=True)
def test_message_words_are_absent_from_the_database_file(service):
    pdf = f"%PDF-1.4 {NOTICE} der {LANDLADY}".encode()
    case, _ = open_case(
        service,
        text=f"{MOULD} in der Wohnung, die {LANDLADY} antwortet nicht.",
        email=EMAIL,
        phone=PHONE,
        attachment=("application/pdf", pdf),
    )
    cases.add_note(case, None, f"Notiz: {NOTICE} prüfen")

    raw = _database_bytes()

    assert case.token_hash.encode() in raw  # the case's row is in what we read
    assert [word for word in SECRET_WORDS if word.encode() in raw] == []
    # ... while the case itself is readable through its key:
    assert cases.conversation(case, include_notes=True)[0].text.startswith(MOULD)
