"""The directory as Open Referral HSDS 3.0 JSON (https://docs.openreferral.org/en/latest/hsds/).

`export(directory, offers)` writes one dataset per language::

    DIR/README.txt
    DIR/de/services.json         full service records (nested organisation, locations, …)
    DIR/de/organizations.json    full organisation records
    DIR/de/locations.json        every location the services use (+ organisations' addresses)
    DIR/de/taxonomy_terms.json   the Treffpunkt taxonomy the attributes link to
    DIR/ar/…                     the same for every language with an approved translation

HSDS text fields hold one language, so each language is a dataset of its own: the same
records with the same ids, the offer's title, summary and description from the approved
translation (German where there is none), vocabulary names from their translations and
labels in that language.

Ids are UUIDs derived (uuid5, `NAMESPACE`) from the site's address and the primary keys, so
they stay the same from one export to the next and do not collide with another Treffpunkt's.

Mapping decisions:

* status: published -> "active", draft -> "inactive", archived -> "defunct".
* description: summary and description; fees_description: cost and its note;
  application_process: how to register; eligibility_description: target groups and ages.
* contacts: the first valid web address is `url`, the first valid e-mail `email`; phones and
  messengers are `phones` (messengers with type "text"); e-mail addresses are `contacts`.
* schedules: weekly -> freq WEEKLY + byday "MO,WE"; monthly -> freq MONTHLY + byday "2TU"
  (week of the month), or bymonthday from the date without a week; once -> freq WEEKLY with
  dtstart = until = valid_from = valid_to = the day (one occurrence). opens_at/closes_at are
  "HH:MM" local time. HSDS `timezone` is a number (UTC offset), which Europe/Berlin does not
  have all year: one-off dates carry their actual offset, every schedule carries the zone name
  as an attribute (term "timezone"). Schedules tied to a location sit in that
  service_at_location, the others in the service. The offer's validity narrows valid_from/to.
* service_areas: the municipalities of the locations and those the offer "also serves"
  (districts stay districts); an attribute says which of the two it is, another the AGS.
* addresses: state_province is the Bundesland (the Land above the municipality), region the
  Kreis, country "DE".
* What HSDS has no field for is an attribute linking a term of the Treffpunkt taxonomy:
  fields of action, target groups, accessibility features, format, cost, organisation kind,
  registration required, stale (not checked for TREFFPUNKT_STALE_AFTER_MONTHS), the offer's
  validity, the time zone, the page in the directory, every web address, e-mail addresses
  that are not valid ones, messengers, the municipality and its official key (AGS).

The records are built by `services`, `organizations`, `places` and `schedules`, the taxonomy
their attributes link to by `taxonomy`, ids and values by `values`; `validation` checks them
against the official schemas. This module builds and writes the datasets.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from treffpunkt.network.languages import language_display_name

from ..exporting import prefetched
from .organizations import organization
from .places import location, postal_location
from .services import service
from .taxonomy import taxonomy_terms
from .validation import FILES, HSDSValidationError, check, validate
from .values import stable_id

__all__ = [
    "FILES",
    "HSDSValidationError",
    "build",
    "check",
    "export",
    "location",
    "organization",
    "postal_location",
    "service",
    "stable_id",
    "taxonomy_terms",
    "translated_languages",
    "validate",
]

HSDS_VERSION = "3.0"


def _with_relations(offers) -> list:
    """The offers with everything the records need loaded (a queryset is prefetched)."""
    return list(prefetched(offers) if isinstance(offers, QuerySet) else offers)


def translated_languages(offers) -> list[str]:
    """Languages other than German into which at least one of the offers is translated."""
    codes = {
        item.language
        for offer in offers
        for item in offer.translations.all()
        if item.is_approved and item.language != settings.LANGUAGE_CODE
    }
    return sorted(code for code in codes if _is_language_code(code))


def _is_language_code(code: str) -> bool:
    """A code fit for a folder name ("ar", "pt-BR"), nothing that leaves the directory."""
    head, _sep, tail = code.partition("-")
    return (
        head.isascii()
        and head.isalpha()
        and 2 <= len(head) <= 3
        and (not tail or (tail.isascii() and tail.replace("-", "").isalnum()))
    )


def build(offers, languages=None) -> dict[str, dict[str, list[dict]]]:
    """The datasets: {language: {"services.json": [records], …}}, German first."""
    offers = _with_relations(offers)
    codes = [settings.LANGUAGE_CODE]
    for code in translated_languages(offers) if languages is None else languages:
        if code not in codes and _is_language_code(code):
            codes.append(code)
    organisations = sorted({o.organisation_id: o.organisation for o in offers}.values(), key=_pk)
    places = sorted({loc.pk: loc for o in offers for loc in o.locations.all()}.values(), key=_pk)
    datasets = {}
    for code in codes:
        datasets[code] = {
            "services.json": [service(offer, code) for offer in offers],
            "organizations.json": [
                organization(org, code, [p for p in places if p.organisation_id == org.pk])
                for org in organisations
            ],
            "locations.json": [location(loc, code) for loc in places]
            + [
                postal
                for org in organisations
                if (postal := postal_location(org, code)) is not None
            ],
            "taxonomy_terms.json": taxonomy_terms(code),
        }
    return datasets


def _pk(instance) -> int:
    """Sort key: the primary key."""
    return instance.pk


def _readme(datasets: dict) -> str:
    """README.txt: what the folders and files hold, in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        lines = [
            _("Directory of %(site)s as Open Referral HSDS %(version)s")
            % {"site": settings.TREFFPUNKT_SITE_NAME, "version": HSDS_VERSION},
            "",
            _("Exported on %(date)s from %(url)s.")
            % {"date": timezone.localtime().strftime("%Y-%m-%d %H:%M"), "url": settings.SITE_URL},
            _(
                "The Human Services Data Specification (HSDS) is the exchange format of Open "
                "Referral for directories of social services: https://openreferral.org/"
            ),
            "",
            _("One folder per language (HSDS texts have one language each):"),
        ]
        for code, files in datasets.items():
            name = language_display_name(code, settings.LANGUAGE_CODE, fallback=code)
            count = len(files["services.json"])
            services = ngettext("%(count)s service", "%(count)s services", count)
            lines.append(f"  {code}/  {name} – " + services % {"count": count})
        lines += [
            "",
            _("Files in every folder (JSON arrays of records, valid against the HSDS schemas):"),
            "  services.json        "
            + _("offers with organisation, locations, times, contacts and attributes"),
            "  organizations.json   " + _("organisations providing the offers"),
            "  locations.json       " + _("places of the offers and addresses of organisations"),
            "  taxonomy_terms.json  "
            + _("the Treffpunkt taxonomy: fields of action, target groups and more"),
            "",
            _(
                "Records have the same ids in every language. Times are local time in "
                "%(zone)s; the time zone is an attribute of every schedule."
            )
            % {"zone": settings.TIME_ZONE},
            _("Where a text has not been translated, the German text stands in its place."),
        ]
    return "\n".join(lines) + "\n"


def _write_json(path: Path, records: list[dict]) -> None:
    """Write the records as a JSON array, replacing the file only once it is complete."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    partial.replace(path)


def export(directory: Path, offers, languages=None, *, validate: bool = True) -> dict[str, int]:
    """Write the HSDS datasets of `offers` into `directory`; returns records per file.

    German is always written; other languages are those given, or else every language into
    which at least one offer has an approved translation. With `validate`, nothing is written
    if a record does not validate: HSDSValidationError lists the problems.
    """
    datasets = build(offers, languages)
    if validate and (problems := check(datasets)):
        raise HSDSValidationError(problems)
    directory = Path(directory)
    counts = {}
    for code, files in datasets.items():
        folder = directory / code
        folder.mkdir(parents=True, exist_ok=True)
        for filename, records in files.items():
            _write_json(folder / filename, records)
            counts[f"{code}/{filename}"] = len(records)
    (directory / "README.txt").write_text(_readme(datasets), encoding="utf-8")
    return counts
