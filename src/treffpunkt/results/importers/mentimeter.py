"""Mentimeter results workbooks (.xlsx): sheet "Voters", one row per voter and one column per
question; a scale question has one column per statement, headed "prompt:: statement"."""

import io
import zipfile

from django.utils.translation import gettext as _

from .records import ImportRefused, Item, Kind, Parsed, PollResult, Room

SHEET = "Voters"
MAX_SCALE = 10


def looks_like_workbook(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" and zipfile.is_zipfile(io.BytesIO(data))


def _rows(data: bytes) -> list[tuple]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken file
        raise ImportRefused(
            _("The file is not an Excel workbook (.xlsx) that can be read.")
        ) from None
    if SHEET not in workbook.sheetnames:
        raise ImportRefused(
            _(
                "Unknown layout: the workbook has no sheet “%(sheet)s” "
                "(a Mentimeter results export has one)."
            )
            % {"sheet": SHEET}
        )
    return [tuple(row) for row in workbook[SHEET].iter_rows(values_only=True)]


def _value(cell, row: int) -> int | None:
    if cell is None or str(cell).strip() == "":
        return None
    try:
        value = float(str(cell).strip().replace(",", "."))
    except ValueError:
        value = 0.5
    if value != int(value) or not 1 <= value <= MAX_SCALE:
        raise ImportRefused(
            _("“%(value)s” is not a value on a scale from 1 to %(max)s (sheet %(sheet)s).")
            % {"value": cell, "max": MAX_SCALE, "sheet": SHEET},
            row,
        )
    return int(value)


def parse(data: bytes) -> Parsed:
    """One rating poll per scale prompt; other columns are listed as not imported."""
    rows = _rows(data)
    if not rows or not any(rows[0]):
        raise ImportRefused(_("The sheet “%(sheet)s” is empty.") % {"sheet": SHEET}, 1)
    headers = [str(cell or "").strip() for cell in rows[0]]
    polls: dict[str, PollResult] = {}
    columns: list[tuple[int, PollResult, int]] = []  # column, poll, item index
    skipped = Room(title=_("Not imported"), line=1)
    for column, header in enumerate(headers):
        prompt, separator, statement = header.partition("::")
        if not separator:
            if header:
                skipped.statements.append(Item(Kind.COMMENT, header, line=1, unclassified=True))
            continue
        poll = polls.setdefault(
            prompt.strip(), PollResult(question=prompt.strip(), items=[], answers=[])
        )
        poll.items.append(statement.strip())
        columns.append((column, poll, len(poll.items) - 1))
    if not polls:
        raise ImportRefused(
            _("Unknown layout: no scale question (“prompt:: statement”) in the first row."), 1
        )
    for number, row in enumerate(rows[1:], 2):
        answers: dict[int, dict[int, int]] = {}
        for column, poll, index in columns:
            value = _value(row[column] if column < len(row) else None, number)
            if value is not None:
                answers.setdefault(id(poll), {})[index] = value
        for poll in polls.values():
            if answer := answers.get(id(poll)):
                poll.answers.append(answer)
    for poll in polls.values():
        highest = max((v for answer in poll.answers for v in answer.values()), default=5)
        poll.scale_max = max(5, highest)
    return Parsed(
        format="mentimeter",
        rooms=[skipped] if skipped.statements else [],
        polls=list(polls.values()),
    )
