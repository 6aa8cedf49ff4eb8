"""The directory as CSV: one row per offer, with the columns of `columns.COLUMNS`.

The importer reads these files back (round trip), so the conventions are fixed here:

* The file: RFC 4180 CSV (Python's "excel" dialect: "," between cells, cells quoted with '"'
  where needed, lines ending in CRLF), UTF-8; the first row holds the German headers
  (`Column.header`) in the order of COLUMNS.
* Lists (Handlungsfelder, Zielgruppen, Sprachen, Barrierefreiheit, Auch für, Telefon,
  E-Mail, Webseite, Messenger) separate their values with "; " (`LIST_SEPARATOR` and a space;
  read them by splitting at ";" and stripping).
* Vocabularies by their German name: fields of action, target groups, accessibility features,
  languages (`Language.name`, e.g. "Arabisch"), municipalities (Gemeinde, Auch für). The
  organisation by its name.
* Locations: Ort (Name), Straße, PLZ, Stadt, Gemeinde, Breitengrad and Längengrad hold one value
  per location, separated by " | " (`LOCATION_SEPARATOR`), position by position: the second
  part of every one of these cells belongs to the second location. A part may be empty
  (" | Rathaus": the first location has no name); a cell that would only hold empty parts is
  empty. Coordinates are decimal degrees with "." (51.6123), empty where not known exactly.
* Zeiten: the schedules as text, see `opening_hours` ("Mo, Mi 10:00-12:00; 2. Di im Monat
  15:00-17:00; 12.12.2026 10:00-12:00; Fr 9:00-11:00 (nicht in den Ferien)").
* Contacts: a label goes before the value with ": " ("Beratungstelefon: +49 2361 123",
  "WhatsApp: +49 170 123"); split at the first ": " only if a label is expected (web addresses
  contain ":" but not ": "). Web addresses as stored.
* Dates dd.mm.yyyy (Gültig ab, Gültig bis, Zuletzt geprüft); booleans "ja"/"nein" (Anmeldung
  erforderlich); ages as whole numbers; Format, Kosten and Status as the model values
  (on_site, online, phone, hybrid; free, reduced, fee; draft, published, archived).
* ID: the offer's number in Treffpunkt (empty in files for a new import).

Not in the file: translations, the location and validity of single schedules, the order of
contacts of different kinds.
"""

import csv
import datetime
from collections.abc import Iterable, Iterator

from django.db.models import Prefetch, QuerySet

from treffpunkt.network.models import Municipality

from .columns import COLUMNS, LIST_SEPARATOR, LOCATION_SEPARATOR
from .models import ContactChannel, Location, Offer
from .opening_hours import format_opening_hours

YES, NO = "ja", "nein"
LIST_JOINER = f"{LIST_SEPARATOR} "
LOCATION_FIELDS = {
    "location_name": lambda loc: loc.name,
    "street": lambda loc: loc.street,
    "postcode": lambda loc: loc.postcode,
    "city": lambda loc: loc.city,
    "municipality": lambda loc: loc.municipality.name,
    "latitude": lambda loc: _number(loc.latitude),
    "longitude": lambda loc: _number(loc.longitude),
}
CONTACT_COLUMNS = {
    "phone": ContactChannel.Kind.PHONE,
    "email": ContactChannel.Kind.EMAIL,
    "website": ContactChannel.Kind.WEB,
    "messenger": ContactChannel.Kind.MESSENGER,
}


def format_date(value: datetime.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_boolean(value: bool) -> str:
    return YES if value else NO


def _number(value) -> str:
    return "" if value is None else str(value)


def _names(items) -> str:
    return LIST_JOINER.join(item.name for item in items)


def _contacts(offer: Offer, kind: str) -> str:
    channels = sorted(
        (c for c in offer.contacts.all() if c.kind == kind), key=lambda c: (c.position, c.pk)
    )
    return LIST_JOINER.join(f"{c.label}: {c.value}" if c.label else c.value for c in channels)


def _location_cell(locations: list[Location], field: str) -> str:
    parts = [LOCATION_FIELDS[field](loc) or "" for loc in locations]
    return LOCATION_SEPARATOR.join(parts) if any(parts) else ""


def row(offer: Offer) -> list[str]:
    """The cells of one offer, in the order of COLUMNS."""
    locations = sorted(offer.locations.all(), key=lambda loc: loc.pk)
    values = {
        "id": str(offer.pk),
        "organisation": offer.organisation.name,
        "title": offer.title,
        "summary": offer.summary,
        "description": offer.description,
        "fields_of_action": _names(offer.fields_of_action.all()),
        "target_groups": _names(offer.target_groups.all()),
        "languages": _names(offer.languages.all()),
        "format": offer.format,
        "cost": offer.cost,
        "cost_note": offer.cost_note,
        "registration_required": format_boolean(offer.registration_required),
        "registration_note": offer.registration_note,
        "accessibility": _names(offer.accessibility.all()),
        "minimum_age": _number(offer.minimum_age),
        "maximum_age": _number(offer.maximum_age),
        **{field: _location_cell(locations, field) for field in LOCATION_FIELDS},
        "opening_hours": format_opening_hours(sorted(offer.schedules.all(), key=lambda s: s.pk)),
        **{key: _contacts(offer, kind) for key, kind in CONTACT_COLUMNS.items()},
        "service_area": _names(sorted(offer.service_area.all(), key=lambda m: m.name)),
        "valid_from": format_date(offer.valid_from),
        "valid_until": format_date(offer.valid_until),
        "status": offer.status,
        "last_checked": format_date(offer.last_checked),
    }
    return [values[column.key] for column in COLUMNS]


def prefetched(offers: QuerySet) -> QuerySet:
    """The offers with everything the CSV and HSDS exports read, in a fixed number of queries.

    Idempotent: lookups the queryset already has are not added twice.
    """
    places = "municipality__parent__parent__parent"
    lookups = [
        "fields_of_action",
        "target_groups",
        "languages",
        "accessibility",
        "schedules",
        "contacts",
        "translations",
        Prefetch("locations", queryset=Location.objects.select_related(places, "organisation")),
        Prefetch(
            "service_area", queryset=Municipality.objects.select_related("parent__parent__parent")
        ),
    ]
    present = {
        getattr(lookup, "prefetch_to", lookup) for lookup in offers._prefetch_related_lookups
    }
    return offers.select_related(f"organisation__{places}").prefetch_related(
        *(lookup for lookup in lookups if getattr(lookup, "prefetch_to", lookup) not in present)
    )


class _Echo:
    """A file-like object whose write() hands the text back (for streaming)."""

    def write(self, text: str) -> str:
        return text


def iter_csv(offers: Iterable[Offer]) -> Iterator[str]:
    """The CSV file line by line (header first), for a StreamingHttpResponse."""
    writer = csv.writer(_Echo())
    yield writer.writerow([column.header for column in COLUMNS])
    if isinstance(offers, QuerySet):
        offers = prefetched(offers)
    for offer in offers:
        yield writer.writerow(row(offer))


def write_csv(offers: Iterable[Offer], stream) -> int:
    """Write the header and one row per offer to the text stream; returns the rows written.

    Open files with newline="" (the csv module writes the CRLF line ends itself).
    """
    count = -1  # the header
    for line in iter_csv(offers):
        stream.write(line)
        count += 1
    return count
