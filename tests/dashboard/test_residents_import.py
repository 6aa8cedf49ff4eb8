"""Importing residents per town and language: all or nothing, with row numbers."""

import io

import pytest
from openpyxl import Workbook

from treffpunkt.dashboard.models import ResidentCount
from treffpunkt.dashboard.residents_import import import_residents, whole_number

pytestmark = pytest.mark.usefixtures("english")


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_import_replaces_the_towns_figures_of_that_year(places, vocab):
    ResidentCount.objects.create(
        municipality=places["dorsten"], language=vocab["ar"], residents=1, year=2025
    )
    content = _xlsx([["Ort", "Sprache", "Einwohner", "Jahr"], ["Dorsten", "Arabisch", 1200, 2025],
                     ["marl", "ar", "1.500", 2025]])  # fmt: skip

    outcome = import_residents("zahlen.xlsx", content, is_demo=True, source="Demo")

    rows = ResidentCount.objects.order_by("municipality__name")
    assert (outcome.created, outcome.problems) == (2, [])
    assert [(r.municipality.slug, r.language.code, r.residents, r.is_demo) for r in rows] == [
        ("dorsten", "ar", 1200, True),
        ("marl", "ar", 1500, True),
    ]


def test_a_bad_row_changes_nothing_and_every_problem_has_its_row(places, vocab):
    content = b"town,language,nationality,residents\nDorsten,ar,,100\nMarl,,,50\nHerten,ar,,viele\n"

    outcome = import_residents("zahlen.csv", content)

    assert outcome.problems == [
        "Row 3: neither language nor nationality.",
        "Row 4: residents must be a whole number.",
    ]
    assert ResidentCount.objects.count() == 0


def test_missing_columns_are_named(places):
    outcome = import_residents("zahlen.csv", b"town;count\nDorsten;3\n")

    assert outcome.problems == [
        "Row 1: the columns town, residents and language or nationality are needed."
    ]


def test_nationality_rows_count_for_their_language_group(places, vocab):
    content = "town;nationality;residents\nDorsten;Syrien;80\nMarl;SYR;20\nHerten;Peru;5\n"

    outcome = import_residents("z.csv", content.encode())

    rows = ResidentCount.objects.order_by("municipality__name")
    assert outcome.created == 3
    assert [(r.municipality.slug, r.nationality, r.language and r.language.code) for r in rows] == [
        ("dorsten", "Syrien", "ar"),
        ("herten", "Peru", None),  # no language group known: kept, counted nowhere
        ("marl", "SYR", "ar"),
    ]


def test_whole_numbers_as_statistics_offices_write_them():
    assert [whole_number(t) for t in ("1234", "1.234", "1234.0", "12,5", "-3", "nan", "")] == [
        1234, 1234, 1234, None, None, None, None,
    ]  # fmt: skip
