"""Reading the cells of one row: texts, choices, yes/no, numbers, dates, vocabularies,
times and contacts. Problems are collected in the `Row` (places: see `places`).
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator, validate_email
from django.utils.translation import gettext as _

from ..columns import COLUMNS_BY_KEY, LIST_SEPARATOR
from ..models import ContactChannel
from ..opening_hours import parse_opening_hours
from .fields import CHOICE_FIELDS, CONTACT_KEYS
from .folding import fold
from .lookups import Index, vocabulary_name
from .plan import RowProblem

YES = {"ja", "j", "yes", "y", "1", "x", "true", "wahr"}
NO = {"nein", "n", "no", "0", "false", "falsch"}


class Row:
    """One row while it is read: its cells by column key, and what is wrong with them."""

    def __init__(self, number: int, cells: dict[str, str], columns: dict[str, str]):
        self.number = number
        self.cells = cells
        self.columns = columns  # column key -> header in the file
        self.problems: list[RowProblem] = []

    def has(self, key: str) -> bool:
        """Whether the file has a column for `key` (mapped)."""
        return key in self.cells

    def get(self, key: str) -> str:
        """The cell of column `key` ("" if the file has none)."""
        return self.cells.get(key, "")

    def problem(self, key: str, message: str) -> None:
        """Report a problem in column `key`, under the header the file gives it."""
        header = self.columns.get(key) or COLUMNS_BY_KEY[key].header
        self.problems.append(RowProblem(self.number, header, str(message)))


def read_text(row: Row, key: str, model, required=False) -> str:
    """The text of a cell, checked against the length of the field `key` of `model`."""
    value = row.get(key)
    if required and not value:
        row.problem(key, _("This field is required."))
    limit = model._meta.get_field(key).max_length
    if limit:
        try:
            MaxLengthValidator(limit)(value)
        except ValidationError as error:
            row.problem(key, error.messages[0])
    return value


def read_choice(row: Row, key: str, index: dict[str, str]) -> str | None:
    """The model value of a Format, Kosten or Status cell (None: empty or invalid)."""
    text = row.get(key)
    if not text:
        return None
    if (value := index.get(fold(text))) is None:
        choices = ", ".join(CHOICE_FIELDS[key].values)
        message = _("“%(value)s” is not a valid choice. Use one of: %(choices)s.")
        row.problem(key, message % {"value": text, "choices": choices})
    return value


def read_boolean(row: Row, key: str) -> bool | None:
    """ja/nein, yes/no, 1/0, x (None: empty or neither)."""
    text = fold(row.get(key))
    if not text:
        return None
    if text in YES or text in NO:
        return text in YES
    row.problem(key, _("“%(value)s” is neither yes nor no (ja, nein).") % {"value": row.get(key)})
    return None


def read_integer(row: Row, key: str, low: int, high: int) -> int | None:
    """A whole number from `low` to `high` (None: empty or invalid)."""
    text = row.get(key)
    if not text:
        return None
    if not re.fullmatch(r"\d+", text):
        row.problem(key, _("“%(value)s” is not a whole number.") % {"value": text})
        return None
    if not low <= int(text) <= high:
        message = _("The number must be between %(low)s and %(high)s.")
        row.problem(key, message % {"low": low, "high": high})
        return None
    return int(text)


_DATE_PATTERNS = (
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:\s+0?0:00(?::00)?)?"),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ]00:00(?::00)?)?"),
)


def read_date(row: Row, key: str) -> datetime.date | None:
    """A date written dd.mm.yyyy or ISO, possibly with a midnight time (None: empty, invalid)."""
    text = row.get(key)
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        if match := pattern.fullmatch(text):
            try:
                return datetime.date(*(int(match.group(n)) for n in ("year", "month", "day")))
            except ValueError:
                break
    row.problem(key, _("“%(value)s” is not a date (write it as 31.12.2026).") % {"value": text})
    return None


def _split_list(text: str) -> list[str]:
    """The entries of a cell listing several, without empty ones."""
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


def read_relation(row: Row, key: str, index: Index) -> list[int] | None:
    """Ids of the vocabulary entries a cell names (None: no such column)."""
    if not row.has(key):
        return None
    ids: list[int] = []
    for name in _split_list(row.get(key)):
        found = index.find(name)
        if len(found) == 1:
            ids.extend(pk for pk in found if pk not in ids)
        elif found:
            message = _("“%(value)s” matches several entries; use the short name (slug).")
            row.problem(key, message % {"value": name})
        else:
            message = _("“%(value)s” is not among the %(vocabulary)s known to Treffpunkt.")
            row.problem(key, message % {"value": name, "vocabulary": vocabulary_name(key)})
    return ids


def read_schedules(row: Row) -> list[dict] | None:
    """The times of the "Zeiten" cell as Schedule fields (None: no such column)."""
    if not row.has("opening_hours"):
        return None
    try:
        return parse_opening_hours(row.get("opening_hours"))
    except ValueError as error:
        row.problem("opening_hours", str(error))
        return []


def _split_label(item: str) -> tuple[str, str]:
    """("Beratung", "+49 …") from "Beratung: +49 …"; web addresses have ":" but no ": "."""
    label, separator, value = item.partition(": ")
    limit = ContactChannel._meta.get_field("label").max_length
    if separator and label.strip() and len(label) <= limit:
        return label.strip(), value.strip()
    return "", item


def _contact_problem(kind: str, value: str) -> str | None:
    """What is wrong with a phone number, e-mail or web address (None: nothing)."""
    try:
        MaxLengthValidator(ContactChannel._meta.get_field("value").max_length)(value)
        if kind == ContactChannel.Kind.EMAIL:
            validate_email(value)
        elif kind == ContactChannel.Kind.WEB:
            URLValidator(schemes=["http", "https"])(value if "://" in value else f"https://{value}")
        elif kind == ContactChannel.Kind.PHONE and sum(c.isdigit() for c in value) < 5:
            return _("This does not look like a phone number.")
    except ValidationError as error:
        return error.messages[0]
    return None


def read_contacts(row: Row) -> dict[str, list[tuple[str, str]]]:
    """(label, value) of the contacts of each kind whose column the file has."""
    contacts: dict[str, list[tuple[str, str]]] = {}
    for key, kind in CONTACT_KEYS.items():
        if not row.has(key):
            continue
        entries = []
        for item in _split_list(row.get(key)):
            label, value = _split_label(item)
            if message := _contact_problem(kind, value):
                row.problem(key, f"{message} ({value})")
            else:
                entries.append((label, value))
        contacts[kind] = entries
    return contacts
