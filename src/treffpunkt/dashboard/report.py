"""The committee report: a snapshot's figures as PDF (fpdf2) and XLSX (openpyxl), and the
comparison of two snapshots (this quarter against the last)."""

import io

from django.utils.translation import gettext as _
from fpdf import FPDF

from treffpunkt.results.documentation import FAMILY, add_fonts

from .models import ReportSnapshot

PDF_TYPE = "application/pdf"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def headline(figures: dict) -> list[tuple[str, object]]:
    """The key figures of a snapshot, labelled, in a fixed order (for tables and comparison)."""
    recommendations = figures.get("recommendations", {})
    statuses = recommendations.get("statuses", [])
    totals = recommendations.get("totals", [])
    rows = [
        (_("Published offers"), figures.get("published")),
        (_("of which district-wide"), figures.get("district_wide")),
        (_("Stale offers"), figures.get("stale")),
        (_("Gaps (town × field × language)"), len(figures.get("gaps", []))),
        (_("Events"), figures.get("events", {}).get("events")),
    ]
    for key, label in [
        ("languages", _("Offers without languages")),
        ("opening_hours", _("Offers without opening hours")),
        ("accessibility", _("Offers without accessibility information")),
        ("broken_link", _("Offers with a broken link")),
    ]:
        rows.append((label, figures.get("quality", {}).get(key)))
    for status, number in zip(statuses, totals, strict=False):
        rows.append((_("Recommendations: %(status)s") % {"status": status}, number))
    return rows


def compare(
    older: ReportSnapshot, newer: ReportSnapshot
) -> list[tuple[str, object, object, object]]:
    """(label, older, newer, change) for each headline figure of two snapshots."""
    before = dict(headline(older.figures))
    rows = []
    for label, value in headline(newer.figures):
        old = before.get(label)
        change = value - old if isinstance(value, int) and isinstance(old, int) else None
        rows.append((label, old, value, change))
    return rows


def _table_sections(figures: dict) -> list[tuple[str, list[str], list[list]]]:
    """Every table of the report: (title, header, rows)."""
    sections = [(_("Key figures"), [_("Figure"), _("Value")], [list(r) for r in headline(figures)])]
    for key, title in [
        ("fields", _("Offers per town and field of action")),
        ("languages", _("Offers per town and language")),
    ]:
        matrix = figures.get(key, {})
        rows = [[town, *numbers] for town, numbers in matrix.get("rows", [])]
        rows.append([_("district-wide"), *matrix.get("district_wide", [])])
        sections.append((title, [_("Town"), *matrix.get("columns", [])], rows))
    demo = _(" (demo numbers)") if figures.get("residents_are_demo") else ""
    sections.append(
        (
            _("Supply against need") + demo,
            [_("Town"), _("Language"), _("Residents"), _("Offers"), _("per 1,000")],
            figures.get("need", []),
        )
    )
    sections.append(
        (
            _("Gaps"),
            [_("Town"), _("Field of action"), _("Language"), _("Residents")],
            figures.get("gaps", [])[:200],
        )
    )
    sections.append(
        (
            _("Stale offers per organisation"),
            [_("Organisation"), _("Published"), _("Stale")],
            figures.get("stale_by_organisation", []),
        )
    )
    sections.append(
        (
            _("Events per series"),
            [_("Series"), _("Events"), _("Registered"), _("Attended"), _("Waiting")],
            figures.get("events", {}).get("series", []),
        )
    )
    recommendations = figures.get("recommendations", {})
    sections.append(
        (
            _("Recommendations by status and field of action"),
            [_("Field of action"), *recommendations.get("statuses", [])],
            [[label, *numbers] for label, numbers in recommendations.get("rows", [])],
        )
    )
    counselling = figures.get("counselling") or {}
    for key, title in [
        ("by_language", _("Counselling: cases per language")),
        ("by_topic", _("Counselling: cases per topic")),
    ]:
        if counselling.get(key):
            rows = [[label, _("suppressed") if n is None else n] for label, n in counselling[key]]
            sections.append((title, [_("Group"), _("Cases")], rows))
    return sections


def pdf(snapshot: ReportSnapshot) -> bytes:
    """The snapshot as an A4 PDF with DejaVu Sans (the results documentation's fonts)."""
    document = FPDF(orientation="landscape", unit="mm", format="A4")
    add_fonts(document)
    document.set_title(snapshot.title)
    document.set_creator("Treffpunkt")
    document.add_page()
    document.set_font(FAMILY, "B", 16)
    document.multi_cell(0, 9, snapshot.title, new_x="LMARGIN", new_y="NEXT")
    document.set_font(FAMILY, "", 9)
    document.cell(
        0, 6, f"{snapshot.figures.get('network', '')} · {snapshot.created_at:%Y-%m-%d}",
        new_x="LMARGIN", new_y="NEXT",
    )  # fmt: skip
    for title, header, rows in _table_sections(snapshot.figures):
        document.ln(4)
        document.set_font(FAMILY, "B", 12)
        document.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        document.set_font(FAMILY, "", 7)
        with document.table(first_row_as_headings=True, text_align="LEFT") as table:
            for row in [header, *rows]:
                cells = table.row()
                for value in row:
                    cells.cell(_text(value))
    return bytes(document.output())


def _text(value) -> str:
    """None is a suppressed count (under 5) or a figure that does not apply, never 0."""
    return _("–") if value is None else str(value)


def xlsx(snapshot: ReportSnapshot) -> bytes:
    """The snapshot as a workbook, one sheet per table."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in _table_sections(snapshot.figures):
        sheet = workbook.create_sheet(_sheet_name(title))
        sheet.append([str(h) for h in header])
        for row in rows:
            sheet.append([v if isinstance(v, int | float) or v is None else str(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str) -> str:
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31]


def gaps_xlsx(gaps) -> bytes:
    """The gap list as a workbook."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_name(_("Gaps"))
    sheet.append([_("Town"), _("Field of action"), _("Language"), _("Residents")])
    for gap in gaps:
        sheet.append([gap.town, gap.field_of_action, gap.language, gap.residents])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
