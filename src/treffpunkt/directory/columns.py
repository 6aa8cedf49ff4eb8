"""The columns of the directory's CSV/XLSX format, shared by export and import.

A file exported by Treffpunkt imports again unchanged (round trip). Multi-valued cells
separate values with ";"; offers with several locations list them in the location columns
separated by " | ", position by position.
"""

from dataclasses import dataclass

LIST_SEPARATOR = ";"
LOCATION_SEPARATOR = " | "


@dataclass(frozen=True)
class Column:
    key: str  # attribute name used in code and in --mapping
    header: str  # German header written on export and recognised on import
    aliases: tuple[str, ...] = ()  # other headers recognised on import
    required: bool = False


COLUMNS = [
    Column("id", "ID"),
    Column("organisation", "Organisation", ("Träger", "Anbieter", "organization"), required=True),
    Column("title", "Titel", ("Name", "Angebot", "title"), required=True),
    Column("summary", "Kurzbeschreibung", ("Kurztext", "summary"), required=True),
    Column("description", "Beschreibung", ("Text", "description")),
    Column("fields_of_action", "Handlungsfelder", ("Handlungsfeld", "Themen", "Thema")),
    Column("target_groups", "Zielgruppen", ("Zielgruppe",)),
    Column("languages", "Sprachen", ("Sprache", "languages")),
    Column("format", "Format", ("Angebotsform",)),
    Column("cost", "Kosten", ("cost",)),
    Column("cost_note", "Hinweis zu Kosten", ("Kostenhinweis",)),
    Column("registration_required", "Anmeldung erforderlich", ("Anmeldung nötig",)),
    Column("registration_note", "Anmeldung", ("Hinweis zur Anmeldung",)),
    Column("accessibility", "Barrierefreiheit", ("Barrierefrei",)),
    Column("minimum_age", "Mindestalter", ("Alter ab",)),
    Column("maximum_age", "Höchstalter", ("Alter bis",)),
    Column("location_name", "Ort (Name)", ("Ortsname", "Einrichtung")),
    Column("street", "Straße", ("Strasse", "Adresse", "Anschrift")),
    Column("postcode", "PLZ", ("Postleitzahl",)),
    Column("city", "Stadt", ("Ort", "city")),
    Column("municipality", "Gemeinde", ("Kommune",)),
    Column("latitude", "Breitengrad", ("lat", "latitude")),
    Column("longitude", "Längengrad", ("lon", "lng", "longitude")),
    Column("opening_hours", "Zeiten", ("Öffnungszeiten", "Termine")),
    Column("phone", "Telefon", ("Tel", "Telefonnummer")),
    Column("email", "E-Mail", ("Email", "Mail")),
    Column("website", "Webseite", ("Website", "Internet", "URL")),
    Column("messenger", "Messenger", ("WhatsApp",)),
    Column("service_area", "Auch für", ("Einzugsgebiet",)),
    Column("valid_from", "Gültig ab", ("Beginn",)),
    Column("valid_until", "Gültig bis", ("Ende",)),
    Column("status", "Status"),
    Column("last_checked", "Zuletzt geprüft", ("Geprüft am",)),
]

COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
