"""Import of residents per town and language or nationality, from CSV or XLSX.

All or nothing: a file with any bad row changes nothing and names every problem with its
row number. Columns (header row, in any order): town (name, slug or AGS), language (code
or German name, optional), nationality (optional), residents, year (optional). A row by
nationality alone counts for that nationality's language group where it is known
(nationalities.py), and is kept, without a language, where it is not.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from treffpunkt.directory.importing.reading import ImportFileError, read_table
from treffpunkt.network.models import Language, Municipality

from . import nationalities
from .models import ResidentCount

MAX_ROWS = 20_000
ALIASES = {
    "town": {"town", "ort", "stadt", "gemeinde", "municipality"},
    "language": {"language", "sprache"},
    "nationality": {"nationality", "staatsangehörigkeit", "nationalitaet", "nationalität"},
    "residents": {"residents", "einwohner", "einwohnende", "anzahl", "count"},
    "year": {"year", "jahr"},
}


@dataclass
class Outcome:
    created: int = 0
    problems: list[str] = field(default_factory=list)


def _columns(header: list[str]) -> dict[str, int]:
    columns = {}
    for index, title in enumerate(header):
        for key, names in ALIASES.items():
            if title.strip().lower() in names:
                columns[key] = index
    return columns


def _lookups() -> tuple[dict, dict]:
    towns = {}
    for town in Municipality.objects.all():
        for key in (town.name, town.slug, town.official_key):
            if key:
                towns[key.lower()] = town
    languages = {}
    for language in Language.objects.all():
        for key in (language.code, language.name, language.native_name):
            languages[key.lower()] = language
    return towns, languages


def import_residents(name: str, content, *, is_demo: bool = False, source: str = "") -> Outcome:
    """Check every row of a file (bytes or an upload), then replace the figures of the towns
    and years in the file."""
    outcome = Outcome()
    try:  # the directory's reader: size limit, UTF-8 or Windows-1252, ";" "," or tab, XLSX
        table = read_table(content, name, row_limit=MAX_ROWS)
    except ImportFileError as error:
        outcome.problems.append(str(error))
        return outcome
    columns = _columns(table.headers)
    missing = [key for key in ("town", "residents") if key not in columns]
    if missing or not ({"language", "nationality"} & columns.keys()):
        outcome.problems.append(
            _("Row 1: the columns town, residents and language or nationality are needed.")
        )
        return outcome
    towns, languages = _lookups()
    records = []
    for number, row in table.numbered():
        if not any(row):
            continue
        record, problems = _record(row, columns, towns, languages, number)
        outcome.problems += problems
        if record:
            records.append(ResidentCount(**record, is_demo=is_demo, source=source[:200]))
    if outcome.problems:
        return outcome
    with transaction.atomic():
        for town, year in {(r.municipality_id, r.year) for r in records}:
            ResidentCount.objects.filter(municipality_id=town, year=year).delete()
        ResidentCount.objects.bulk_create(records)
    outcome.created = len(records)
    return outcome


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row[index].strip() if index is not None and index < len(row) else ""


def whole_number(text: str) -> int | None:
    """A count as statistics offices write it: "1234", "1.234" (German), "1234.0" (XLSX)."""
    text = text.replace(" ", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    ok = value == value and value not in (float("inf"),) and value >= 0
    return int(value) if ok and value == int(value) else None


def _record(row, columns, towns, languages, number) -> tuple[dict | None, list[str]]:
    problems = []
    town = towns.get(_cell(row, columns, "town").lower())
    if town is None:
        problems.append(
            _("Row %(row)d: unknown town “%(value)s”.")
            % {"row": number, "value": _cell(row, columns, "town")}
        )
    language_text = _cell(row, columns, "language")
    language = languages.get(language_text.lower()) if language_text else None
    if language_text and language is None:
        problems.append(
            _("Row %(row)d: unknown language “%(value)s”.")
            % {"row": number, "value": language_text}
        )
    nationality = _cell(row, columns, "nationality")[:80]
    if not language_text and nationality:
        # Figures by nationality count for the nationality's language group, where known.
        language = languages.get(nationalities.language_of(nationality) or "")
    if not language_text and not nationality:
        problems.append(_("Row %(row)d: neither language nor nationality.") % {"row": number})
    count = whole_number(_cell(row, columns, "residents"))
    if count is None:
        problems.append(_("Row %(row)d: residents must be a whole number.") % {"row": number})
    year_text = _cell(row, columns, "year")
    year = None
    if year_text:
        try:
            year = int(float(year_text))
        except ValueError:
            problems.append(_("Row %(row)d: the year must be a number.") % {"row": number})
    if problems:
        return None, problems
    record = {"municipality": town, "language": language, "nationality": nationality}
    return {**record, "residents": count, "year": year}, []
