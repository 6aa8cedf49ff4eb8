"""Opening hours as text: the "Zeiten" cell written by the export and read by the import."""

import datetime
import re

import pytest
from django.utils import translation

from treffpunkt.directory.models import Schedule
from treffpunkt.directory.opening_hours import (
    format_opening_hours,
    format_schedule,
    parse_opening_hours,
)

EXAMPLE = (
    "Mo, Mi 10:00-12:00; 2. Di im Monat 15:00-17:00; 12.12.2026 10:00-12:00; "
    "Fr 9:00-11:00 (nicht in den Ferien)"
)


def entry(frequency="weekly", weekdays="", week_of_month=None, date=None, opens=None,
          closes=None, note="") -> dict:  # fmt: skip
    return {
        "frequency": frequency,
        "weekdays": weekdays,
        "week_of_month": week_of_month,
        "date": date,
        "opens_at": datetime.time(*opens) if opens else None,
        "closes_at": datetime.time(*closes) if closes else None,
        "note": note,
    }


EXAMPLE_ENTRIES = [
    entry("weekly", "MO,WE", opens=(10,), closes=(12,)),
    entry("monthly", "TU", week_of_month=2, opens=(15,), closes=(17,)),
    entry("once", date=datetime.date(2026, 12, 12), opens=(10,), closes=(12,)),
    entry("weekly", "FR", opens=(9,), closes=(11,), note="nicht in den Ferien"),
]


def test_format_schedules():
    schedules = [Schedule(**fields) for fields in EXAMPLE_ENTRIES]

    assert format_opening_hours(schedules) == EXAMPLE


def test_parse():
    assert parse_opening_hours(EXAMPLE) == EXAMPLE_ENTRIES


@pytest.mark.parametrize(
    "text",
    [
        EXAMPLE,
        "letzter Fr im Monat ab 18:00",
        "1. Mo, Do im Monat bis 12:30",
        "monatlich ab 15.01.2026 10:00-12:00",
        "Sa, So ab 01.03.2026 14:00-18:00 (nur im Sommer)",
        "(nach Vereinbarung)",
        "Di 10:00-12:00 (Treff (mit Kinderbetreuung); bitte anmelden)",
    ],
)
def test_round_trip(text):
    parsed = parse_opening_hours(text)

    assert format_opening_hours(parsed) == text
    assert parse_opening_hours(format_opening_hours(parsed)) == parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mo-Fr 9-12 Uhr", [entry("weekly", "MO,TU,WE,TH,FR", opens=(9,), closes=(12,))]),
        (
            "Montag und Mittwoch 10.30 – 12 Uhr",
            [entry("weekly", "MO,WE", opens=(10, 30), closes=(12,))],
        ),
        ("Sa bis Mo 10:00", [entry("weekly", "MO,SA,SU", opens=(10,))]),
        (
            "Di 10:00-12:00, 14:00-16:00",
            [
                entry("weekly", "TU", opens=(10,), closes=(12,)),
                entry("weekly", "TU", opens=(14,), closes=(16,)),
            ],
        ),
        (
            "jeden 1. und 3. Mo im Monat",
            [entry("monthly", "MO", week_of_month=1), entry("monthly", "MO", week_of_month=3)],
        ),
        ("letzten Freitag des Monats", [entry("monthly", "FR", week_of_month=-1)]),
        ("am 2026-05-01", [entry("once", date=datetime.date(2026, 5, 1))]),
        (
            "Mo 10:00\nDi 11:00",
            [entry("weekly", "MO", opens=(10,)), entry("weekly", "TU", opens=(11,))],
        ),
        ("", []),
        (" ; ", []),
    ],
)
def test_parse_variants(text, expected):
    assert parse_opening_hours(text) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mx 10:00-12:00", '"Mx"'),
        ("Mo 25:00-26:00", '"25:00"'),
        ("Mo 10:00-12:61", '"12:61"'),
        ("31.02.2026 10:00", '"31.02.2026"'),
        ("5. Di im Monat", '"5. Di im Monat"'),
        ("nach Vereinbarung", '"nach Vereinbarung"'),
        ("Mo 10:00 (offen", '"Mo 10:00 (offen"'),
        ("Mo (offen) 10:00", '"Mo (offen) 10:00"'),
        ("Mo 10:00-12:00 abends", '"Mo 10:00-12:00 abends"'),
    ],
)
def test_unreadable_text_raises_a_message_naming_it(text, named):
    with translation.override("en"), pytest.raises(ValueError, match=re.escape(named)) as raised:
        parse_opening_hours(f"Do 9:00-10:00; {text}")

    assert "Do 9:00" not in str(raised.value)  # names the entry, not the whole cell


def test_format_skips_schedules_that_say_nothing():
    assert format_opening_hours([Schedule(frequency="weekly", weekdays="")]) == ""


def test_format_without_closing_time_or_opening_time():
    assert format_schedule(Schedule(weekdays="SA", opens_at=datetime.time(9, 5))) == "Sa ab 9:05"
    assert format_schedule(Schedule(weekdays="SA", closes_at=datetime.time(13))) == "Sa bis 13:00"
