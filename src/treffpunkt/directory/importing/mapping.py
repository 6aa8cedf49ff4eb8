"""Assigning the headers of a file to the columns of `columns.COLUMNS` (the mapping)."""

import re
from collections import defaultdict
from collections.abc import Iterable

from django.utils.translation import gettext as _

from ..columns import COLUMNS, COLUMNS_BY_KEY
from .folding import fold, fold_ascii
from .plan import RowProblem
from .reading import HEADER_ROW


def _header_keys(text: str) -> list[str]:
    """The header compared without case, spaces, punctuation and umlauts (ä as ae or a)."""
    return [re.sub(r"[^0-9a-z]", "", variant) for variant in (fold(text), fold_ascii(text))]


_KNOWN_HEADERS: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, _column.key, *_column.aliases):
        for _key in _header_keys(_name):
            _KNOWN_HEADERS.setdefault(_key, _column.key)


def guess_mapping(headers: Iterable[str]) -> dict[str, str | None]:
    """Column key for each header (None: not recognised), by header and aliases.

    A column is assigned once: a later header for the same column is left unassigned.
    """
    mapping: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        key = next(filter(None, map(_KNOWN_HEADERS.get, _header_keys(header))), None)
        if key in taken:
            key = None
        mapping[header] = key
        if key:
            taken.add(key)
    return mapping


def check_mapping(
    headers: list[str], mapping: dict[str, str | None], has_default_organisation: bool = False
) -> list[RowProblem]:
    """Problems of a mapping as such (reported in the header row)."""
    problems = []
    headers_of: dict[str, list[str]] = defaultdict(list)
    for header in headers:
        key = mapping.get(header)
        if key and key not in COLUMNS_BY_KEY:
            problems.append(
                RowProblem(HEADER_ROW, header, _("Unknown column “%(key)s”.") % {"key": key})
            )
        elif key:
            headers_of[key].append(header)
    for key, assigned in headers_of.items():
        if len(assigned) > 1:
            message = _("The columns %(headers)s are all assigned to “%(column)s”.") % {
                "headers": ", ".join(f"“{header}”" for header in assigned),
                "column": COLUMNS_BY_KEY[key].header,
            }
            problems.append(RowProblem(HEADER_ROW, assigned[1], message))
    for column in COLUMNS:
        if not column.required or column.key in headers_of:
            continue
        if column.key == "organisation" and has_default_organisation:
            continue
        message = _("No column of the file is assigned to the required column “%(column)s”.")
        problems.append(RowProblem(HEADER_ROW, column.header, message % {"column": column.header}))
    return problems
