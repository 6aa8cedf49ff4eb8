"""Reading CSV and XLSX files into a `Table` of text cells (encodings, delimiters, limits)."""

import csv
import datetime
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HEADER_ROW = 1


class ImportFileError(ValueError):
    """The file cannot be imported at all (type, size, encoding, no header)."""


@dataclass
class Table:
    """The cells of a file as text: headers and rows, with the rows' numbers in the file."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    filename: str = ""

    def __len__(self) -> int:
        return len(self.rows)

    def numbered(self) -> Iterator[tuple[int, list[str]]]:
        """(row number in the file, cells) of every row."""
        return zip(self.row_numbers, self.rows, strict=True)


def max_rows() -> int:
    """Most offer rows a file may have (setting TREFFPUNKT_IMPORT_MAX_ROWS)."""
    return getattr(settings, "TREFFPUNKT_IMPORT_MAX_ROWS", DEFAULT_MAX_ROWS)


def max_bytes() -> int:
    """Largest file accepted, in bytes (setting TREFFPUNKT_IMPORT_MAX_BYTES)."""
    return getattr(settings, "TREFFPUNKT_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def read_table(file, filename: str, row_limit: int | None = None, byte_limit=None) -> Table:
    """Read a CSV or XLSX file (a binary file object or bytes) into a Table.

    CSV: UTF-8 (with or without BOM), else Windows-1252; "," ";" or tab between cells.
    XLSX: the first sheet. Raises ImportFileError with a message for the uploader.
    """
    data = _read_bytes(file, byte_limit or max_bytes())
    kind = _file_kind(filename, data)
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    records = _xlsx_records(data) if kind == "xlsx" else _csv_records(data)
    return _table(records, filename, row_limit or max_rows())


def _read_bytes(file, limit: int) -> bytes:
    data = file if isinstance(file, bytes | bytearray) else file.read(limit + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > limit:
        raise ImportFileError(
            _("The file is larger than %(size)s MB.") % {"size": round(limit / 1024 / 1024, 1)}
        )
    return bytes(data)


def _file_kind(filename: str, data: bytes) -> str:
    suffix = Path(filename or "").suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if not data.startswith(b"PK\x03\x04"):
            raise ImportFileError(_("The file is not a valid Excel file (.xlsx)."))
        return "xlsx"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix == ".xls":
        raise ImportFileError(
            _("Old Excel files (.xls) cannot be read. Please save the file as .xlsx or CSV.")
        )
    raise ImportFileError(_("Please upload a CSV or Excel (.xlsx) file."))


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(_("The file cannot be read as text. Please save it as CSV (UTF-8)."))


def _delimiter(text: str) -> str:
    """The delimiter that splits the header row into the most cells ("," on a tie)."""
    first_line = text.split("\n", 1)[0]
    return max(",;\t", key=lambda d: len(next(csv.reader([first_line], delimiter=d), [])))


def _csv_records(data: bytes) -> Iterator[tuple[int, list[str]]]:
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as error:
        raise ImportFileError(
            _("Row %(row)s cannot be read: %(error)s") % {"row": number + 1, "error": error}
        ) from None


def _xlsx_records(data: bytes) -> Iterator[tuple[int, list[str]]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise ImportFileError(_("The file is not a valid Excel file (.xlsx).")) from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write wrong dimensions
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(value) for value in values]
    finally:
        workbook.close()


def _cell_text(value) -> str:
    """An XLSX cell as the text the CSV format would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, datetime.time):
        return f"{value.hour}:{value.minute:02d}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _table(records: Iterable[tuple[int, list[str]]], filename: str, limit: int) -> Table:
    records = iter(records)
    first = next(records, None)
    if first is None or first[0] != HEADER_ROW or not any(cell.strip() for cell in first[1]):
        raise ImportFileError(_("The first row of the file must hold the column headers."))
    headers = _headers(first[1])
    rows, numbers = [], []
    for number, cells in records:
        stripped = [cell.strip() for cell in cells[: len(headers)]]
        if not any(stripped):
            continue
        if len(rows) >= limit:
            raise ImportFileError(
                _("The file has more than %(count)s rows. Please split it into smaller files.")
                % {"count": limit}
            )
        rows.append(stripped + [""] * (len(headers) - len(stripped)))
        numbers.append(number)
    return Table(headers, rows, numbers, filename)


def _headers(cells: list[str]) -> list[str]:
    """Headers without trailing empty ones; empty ones named, repeated ones numbered."""
    cells = [cell.strip() for cell in cells]
    while cells and not cells[-1]:
        cells.pop()
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        header = cell or _("Column %(number)s") % {"number": index}
        count = 1
        while header in headers:
            count += 1
            header = f"{cell} ({count})"
        headers.append(header)
    return headers
