"""Reading the places of a row: the location columns, split at "|", into `PlannedLocation`s."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext as _

from ..columns import COLUMNS_BY_KEY
from ..models import Location
from .cells import Row
from .fields import LOCATION_KEYS, SHARED_LOCATION_KEYS
from .lookups import Context, vocabulary_name
from .plan import PlannedLocation


def _split_places(text: str) -> list[str]:
    """The places of a cell, split at "|" (empty ones kept: they hold the positions)."""
    return re.split(r"\s*\|\s*", text) if text else []


def read_locations(row: Row, context: Context, organisation_id) -> list[PlannedLocation] | None:
    """The places of a row (None: the file has no location columns)."""
    if not any(row.has(key) for key in LOCATION_KEYS):
        return None
    parts = {key: _split_places(row.get(key)) for key in LOCATION_KEYS}
    count = max(len(values) for values in parts.values())
    locations = []
    for index in range(count):
        cells = {key: _part(values, index, count, key) for key, values in parts.items()}
        if any(cells.values()):
            number = index + 1 if count > 1 else None
            location = _read_location(_PlaceRow(row, number), cells, context, organisation_id)
            if location is not None:
                locations.append(location)
    return locations


def _part(values: list[str], index: int, count: int, key: str) -> str:
    """The `index`-th place's cell; a single PLZ, Stadt or Gemeinde serves every place."""
    if index < len(values):
        return values[index]
    if len(values) == 1 and count > 1 and key in SHARED_LOCATION_KEYS:
        return values[0]
    return ""


class _PlaceRow:
    """Reports problems of the n-th place of a row ("Place 2: …")."""

    def __init__(self, row: Row, number: int | None):
        self.row, self.number = row, number

    def problem(self, key: str, message: str) -> None:
        """Report a problem in column `key`, naming the place if the row has several."""
        if self.number:
            message = _("Place %(number)s: %(message)s") % {
                "number": self.number,
                "message": message,
            }
        self.row.problem(key, message)


def _read_location(place: _PlaceRow, cells: dict, context: Context, organisation_id):
    """One place from its cells: an existing place of the organisation or a new one."""
    texts = {}
    for key, name in (("location_name", "name"), ("street", "street"), ("city", "city")):
        texts[name] = _place_text(place, key, cells[key], name)
    postcode = cells["postcode"]
    if re.fullmatch(r"\d{4}", postcode):  # a German postcode that a spreadsheet took for a number
        postcode = f"0{postcode}"
    texts["postcode"] = _place_text(place, "postcode", postcode, "postcode")
    latitude = _coordinate(place, "latitude", cells["latitude"], 90)
    longitude = _coordinate(place, "longitude", cells["longitude"], 180)
    if bool(cells["latitude"]) != bool(cells["longitude"]):
        missing = "longitude" if cells["latitude"] else "latitude"
        place.problem(missing, _("Give both latitude and longitude, or neither."))
    municipality_id = _municipality(place, cells, texts["postcode"], context)
    if municipality_id is None or organisation_id is None:
        return None
    location = PlannedLocation(
        **texts,
        municipality_id=municipality_id,
        latitude=latitude,
        longitude=longitude,
    )
    location.city = location.city or context.municipalities.labels[municipality_id]
    location.existing_id = context.existing_location(location.key(organisation_id))
    return location


def _place_text(place: _PlaceRow, key: str, value: str, name: str) -> str:
    """A text cell of a place, checked against the length of the Location field `name`."""
    limit = Location._meta.get_field(name).max_length
    try:
        MaxLengthValidator(limit)(value)
    except ValidationError as error:
        place.problem(key, error.messages[0])
    return value


def _coordinate(place: _PlaceRow, key: str, text: str, limit: int) -> float | None:
    """Latitude or longitude (decimal point or comma) within ±`limit`; None if empty."""
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        place.problem(key, _("“%(value)s” is not a number.") % {"value": text})
        return None
    if not -limit <= value <= limit:
        message = _("“%(value)s” is out of range: it must be between %(low)s and %(high)s.")
        place.problem(key, message % {"value": text, "low": -limit, "high": limit})
        return None
    return value


def _municipality(place: _PlaceRow, cells: dict, postcode: str, context: Context) -> int | None:
    """From "Gemeinde", else the postcode, else the city's name."""
    if text := cells["municipality"]:
        found = context.municipalities.find(text)
        if len(found) == 1:
            return next(iter(found))
        message = (
            _("“%(value)s” matches several municipalities; use the short name (slug).")
            if found
            else _("“%(value)s” is not among the %(vocabulary)s known to Treffpunkt.")
        )
        vocabulary = vocabulary_name("service_area")
        place.problem("municipality", message % {"value": text, "vocabulary": vocabulary})
        return None
    if postcode in context.postcodes:
        return context.postcodes[postcode]
    found = context.municipalities.find(cells["city"]) if cells["city"] else set()
    if len(found) == 1:
        return next(iter(found))
    place.problem(
        "municipality",
        _("Cannot tell the municipality of the place: please fill in “%(column)s”.")
        % {
            "column": place.row.columns.get("municipality") or COLUMNS_BY_KEY["municipality"].header
        },
    )
    return None
