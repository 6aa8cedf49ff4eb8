"""One typed line becomes a statement: kind and speaker prefixes in either order."""

import pytest

from treffpunkt.results.notes import Note, parse, prefix_help


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "BT: P: Ausbildung wird abgebrochen",
            Note("BT", "problem", "Ausbildung wird abgebrochen"),
        ),
        (
            "P: BT: Ausbildung wird abgebrochen",
            Note("BT", "problem", "Ausbildung wird abgebrochen"),
        ),
        ("P: Ausbildung wird abgebrochen", Note("", "problem", "Ausbildung wird abgebrochen")),
        ("L: Mentoring im Betrieb", Note("", "solution", "Mentoring im Betrieb")),
        (
            "BP: Lern- und Spieltreff Dorsten",
            Note("", "best_practice", "Lern- und Spieltreff Dorsten"),
        ),
        ("F: Wer finanziert das?", Note("", "question", "Wer finanziert das?")),
        ("K: Guter Hinweis", Note("", "comment", "Guter Hinweis")),
        ("C: Link folgt im Chat", Note("", "chat", "Link folgt im Chat")),
        ("MK: Wir brauchen mehr Zeit", Note("MK", "comment", "Wir brauchen mehr Zeit")),
        ("ABCD: L: vier Buchstaben", Note("ABCD", "solution", "vier Buchstaben")),
        ("TN1: F: mit Nummer", Note("TN1", "question", "mit Nummer")),
        ("ÖZ: P: Umlaut", Note("ÖZ", "problem", "Umlaut")),
        ("bt:p:ohne Leerzeichen", Note("", "comment", "bt:p:ohne Leerzeichen")),
        ("BT:p:ohne Leerzeichen", Note("BT", "problem", "ohne Leerzeichen")),
        ("p: kleine Buchstaben", Note("", "problem", "kleine Buchstaben")),
        ("  BT :  P :   viel   Raum  ", Note("BT", "problem", "viel Raum")),
        ("BP: BT: beides", Note("BT", "best_practice", "beides")),
        ("BT: BP: beides", Note("BT", "best_practice", "beides")),
        ("Ohne Präfix", Note("", "comment", "Ohne Präfix")),
        (
            "Fazit: fünf Buchstaben sind kein Präfix",
            Note("", "comment", "Fazit: fünf Buchstaben sind kein Präfix"),
        ),
        ("ABCDE: zu lang", Note("", "comment", "ABCDE: zu lang")),
        (
            "B: ein Buchstabe ist kein Kürzel",
            Note("", "comment", "B: ein Buchstabe ist kein Kürzel"),
        ),
        ("P: L: nur ein Typ", Note("", "problem", "L: nur ein Typ")),
        ("BT: MK: nur ein Kürzel", Note("BT", "comment", "MK: nur ein Kürzel")),
        ("BT: P: Zeit: 14:10 Uhr", Note("BT", "problem", "Zeit: 14:10 Uhr")),
        ("https://example.org", Note("", "comment", "https://example.org")),
        ("BT: P:", Note("BT", "problem", "")),
        ("", Note("", "comment", "")),
        ("P: zwei\nZeilen", Note("", "problem", "zwei Zeilen")),
    ],
)
def test_parse(line, expected):
    assert parse(line) == expected


def test_the_help_lists_every_prefix():
    assert [prefix for prefix, _label in prefix_help()] == ["P:", "L:", "BP:", "F:", "K:", "C:"]
