"""HSDS service records: an offer with its places, times, areas, contacts and attributes."""

import datetime

from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.text import capfirst

from treffpunkt.network.languages import language_display_name
from treffpunkt.network.models import TargetGroup

from ..freshness import stale_cutoff
from ..models import ContactChannel, Offer
from .organizations import brief_organization
from .places import location, municipality_attributes
from .schedules import schedule_record
from .taxonomy import Terms
from .values import (
    compact,
    format_boolean,
    format_date,
    format_datetime,
    is_valid_email,
    is_valid_url,
    stable_id,
)

STATUS = {
    Offer.Status.PUBLISHED: "active",
    Offer.Status.DRAFT: "inactive",
    Offer.Status.ARCHIVED: "defunct",
}


def service(offer: Offer, language: str = "de") -> dict:
    """An offer as a full HSDS service record, its texts in `language` where translated."""
    with translation.override(language):
        return _service(offer, language)


def _service(offer: Offer, language: str) -> dict:
    """The record `service` returns (in the active language)."""
    terms = Terms(language)
    service_id = stable_id("service", offer.pk)
    title = offer.localized("title", language)
    summary = offer.localized("summary", language)
    description = offer.localized("description", language)
    contacts = sorted(offer.contacts.all(), key=lambda c: (c.position, c.pk))
    valid_urls = _valid_urls(contacts)
    valid_emails = _valid_emails(contacts)
    locations = sorted(offer.locations.all(), key=lambda loc: loc.pk)
    schedules = sorted(offer.schedules.all(), key=lambda s: s.pk)
    target_groups = list(offer.target_groups.all())
    return compact(
        {
            "id": service_id,
            "organization_id": stable_id("organization", offer.organisation_id),
            "name": title,
            "alternate_name": offer.title if title != offer.title else None,
            "description": "\n\n".join(text for text in (summary, description) if text),
            "url": valid_urls[0] if valid_urls else None,
            "email": valid_emails[0].value if valid_emails else None,
            "status": STATUS[offer.status],
            "application_process": _application_process(offer),
            "fees_description": _fees(offer),
            "eligibility_description": _eligibility(offer, target_groups, language),
            "minimum_age": offer.minimum_age,
            "maximum_age": offer.maximum_age,
            "assured_date": format_date(offer.last_checked),
            "last_modified": format_datetime(_last_modified(offer, language)),
            "phones": _phones(contacts, terms, service_id),
            "schedules": _own_schedules(offer, schedules, locations, terms),
            "service_areas": _service_areas(offer, locations, terms, service_id),
            "service_at_locations": [
                _service_at_location(offer, loc, schedules, terms, language) for loc in locations
            ],
            "languages": _languages(offer, language, service_id),
            "organization": brief_organization(offer.organisation),
            "cost_options": [_cost_option(offer, terms, service_id)],
            "contacts": _email_contacts(valid_emails, service_id),
            "attributes": _attributes(offer, terms, service_id, target_groups, contacts),
        }
    )


def _last_modified(offer: Offer, language: str) -> datetime.datetime:
    """When the offer or its translation into `language` last changed."""
    moments = [offer.updated_at]
    if translated := offer.translation(language):
        moments.append(translated.updated_at)
    return max(moment for moment in moments if moment)


# --- contacts ------------------------------------------------------------------------------


def _valid_urls(contacts: list[ContactChannel]) -> list[str]:
    """The valid web addresses among the contacts, in their order."""
    urls = [c.href for c in contacts if c.kind == ContactChannel.Kind.WEB]
    return [url for url in urls if is_valid_url(url)]


def _valid_emails(contacts: list[ContactChannel]) -> list[ContactChannel]:
    """The contacts that are valid e-mail addresses, in their order."""
    emails = [c for c in contacts if c.kind == ContactChannel.Kind.EMAIL]
    return [c for c in emails if is_valid_email(c.value)]


def _phones(contacts: list[ContactChannel], terms: Terms, service_id: str) -> list[dict]:
    """Phone numbers ("voice") and messengers ("text", with an attribute saying so)."""
    kinds = (ContactChannel.Kind.PHONE, ContactChannel.Kind.MESSENGER)
    return [_phone(channel, terms, service_id) for channel in contacts if channel.kind in kinds]


def _phone(channel: ContactChannel, terms: Terms, service_id: str) -> dict:
    """One phone record."""
    phone_id = stable_id("phone", channel.pk)
    messenger = channel.kind == ContactChannel.Kind.MESSENGER
    return compact(
        {
            "id": phone_id,
            "service_id": service_id,
            "number": channel.value,
            "type": "text" if messenger else "voice",
            "description": channel.label,
            "attributes": [terms.attribute(("contact", "messenger"), "phone", phone_id)]
            if messenger
            else [],
        }
    )


def _email_contacts(valid_emails: list[ContactChannel], service_id: str) -> list[dict]:
    """The valid e-mail addresses as contact records."""
    return [
        compact(
            {
                "id": stable_id("contact", channel.pk),
                "service_id": service_id,
                "name": channel.label,
                "email": channel.value,
            }
        )
        for channel in valid_emails
    ]


# --- places and times ----------------------------------------------------------------------


def _service_at_location(offer: Offer, loc, schedules: list, terms: Terms, language: str) -> dict:
    """The offer at one of its places, with the times tied to that place."""
    service_id = stable_id("service", offer.pk)
    sal_id = stable_id("service_at_location", offer.pk, loc.pk)
    location_id = stable_id("location", loc.pk)
    return compact(
        {
            "id": sal_id,
            "service_id": service_id,
            "location_id": location_id,
            "schedules": [
                schedule_record(
                    s, offer, terms, location_id=location_id, service_at_location_id=sal_id
                )
                for s in schedules
                if s.location_id == loc.pk
            ],
            "location": location(loc, language),
        }
    )


def _own_schedules(offer: Offer, schedules: list, locations: list, terms: Terms) -> list[dict]:
    """The times not tied to one of the offer's places."""
    location_ids = {loc.pk for loc in locations}
    return [
        schedule_record(s, offer, terms) for s in schedules if s.location_id not in location_ids
    ]


def _service_areas(offer: Offer, locations: list, terms: Terms, service_id: str) -> list[dict]:
    """The municipalities of the places, then those the offer also serves (by name), once each."""
    areas, seen = [], set()
    for municipality in [loc.municipality for loc in locations]:
        if municipality.pk not in seen:
            seen.add(municipality.pk)
            areas.append(_service_area(municipality, offer, terms, "location", service_id))
    for municipality in sorted(offer.service_area.all(), key=lambda m: m.name):
        if municipality.pk not in seen:
            seen.add(municipality.pk)
            areas.append(_service_area(municipality, offer, terms, "also_serves", service_id))
    return areas


def _service_area(municipality, offer: Offer, terms: Terms, source: str, service_id: str) -> dict:
    """A municipality of the service area; `source` says why ("location", "also_serves")."""
    area_id = stable_id("service_area", offer.pk, municipality.pk)
    above = [place.name for place in municipality.ancestors()]
    return compact(
        {
            "id": area_id,
            "service_id": service_id,
            "name": municipality.name,
            "description": ", ".join([str(municipality.get_kind_display()), *above]),
            "attributes": [
                terms.attribute(("service_area", source), "service_area", area_id),
                *municipality_attributes(terms, municipality, "service_area", area_id),
            ],
        }
    )


# --- languages, costs, conditions ----------------------------------------------------------


def _languages(offer: Offer, language: str, service_id: str) -> list[dict]:
    """The languages spoken in the offer, named in `language`."""
    return [
        compact(
            {
                "id": stable_id("language", offer.pk, spoken.code),
                "service_id": service_id,
                "name": language_display_name(spoken.code, language, fallback=spoken.name),
                "code": spoken.code,
            }
        )
        for spoken in offer.languages.all()
    ]


def _cost_label(offer: Offer) -> str:
    """The cost as a label ("Free of charge", …) in the active language."""
    return capfirst(offer.get_cost_display())


def _fees(offer: Offer) -> str:
    """fees_description: the cost and its note."""
    cost_label = _cost_label(offer)
    return f"{cost_label}: {offer.cost_note}" if offer.cost_note else cost_label


def _cost_option(offer: Offer, terms: Terms, service_id: str) -> dict:
    """The one cost option: free (0 EUR), reduced or with a fee, for the offer's validity."""
    cost_option_id = stable_id("cost_option", offer.pk)
    return compact(
        {
            "id": cost_option_id,
            "service_id": service_id,
            "valid_from": format_date(offer.valid_from),
            "valid_to": format_date(offer.valid_until),
            "option": _cost_label(offer),
            "currency": "EUR" if offer.cost == Offer.Cost.FREE else None,
            "amount": 0 if offer.cost == Offer.Cost.FREE else None,
            "amount_description": offer.cost_note,
            "attributes": [terms.attribute(("cost", offer.cost), "cost_option", cost_option_id)],
        }
    )


def _application_process(offer: Offer) -> str:
    """How to register: the note, else "Registration required." where it is."""
    application = offer.registration_note
    if not application and offer.registration_required:
        application = capfirst(Offer._meta.get_field("registration_required").verbose_name) + "."
    return application


def _eligibility(offer: Offer, target_groups: list, language: str) -> str:
    """eligibility_description: the target groups (named in `language`) and the ages."""
    eligibility = []
    if target_groups:
        names = ", ".join(
            group.name_translations.get(language, "") or group.name for group in target_groups
        )
        eligibility.append(f"{capfirst(TargetGroup._meta.verbose_name_plural)}: {names}")
    for field in ("minimum_age", "maximum_age"):
        if getattr(offer, field) is not None:
            label = capfirst(Offer._meta.get_field(field).verbose_name)
            eligibility.append(f"{label}: {getattr(offer, field)}")
    return ". ".join(eligibility)


# --- attributes ----------------------------------------------------------------------------


def _attributes(
    offer: Offer, terms: Terms, service_id: str, target_groups: list, contacts: list
) -> list[dict]:
    """Attributes for what HSDS has no field for (see `export`)."""

    def attribute(key, value=None, *, extra=""):
        return terms.attribute(key, "service", service_id, value, extra=extra)

    attributes = [
        *(attribute(("field_of_action", item)) for item in offer.fields_of_action.all()),
        *(attribute(("target_group", item)) for item in target_groups),
        *(attribute(("accessibility", item)) for item in offer.accessibility.all()),
        attribute(("format", offer.format)),
        attribute(("cost", offer.cost)),
        attribute(
            ("property", "registration_required"), format_boolean(offer.registration_required)
        ),
        attribute(("property", "stale"), format_boolean(_is_stale(offer))),
    ]
    if offer.valid_from:
        attributes.append(attribute(("property", "valid_from"), format_date(offer.valid_from)))
    if offer.valid_until:
        attributes.append(attribute(("property", "valid_until"), format_date(offer.valid_until)))
    if page := _page(offer):
        attributes.append(attribute(("property", "page"), page))
    for channel in contacts:
        if channel.kind == ContactChannel.Kind.WEB:
            attributes.append(attribute(("contact", "web"), channel.href, extra=channel.pk))
        elif channel.kind == ContactChannel.Kind.EMAIL and not is_valid_email(channel.value):
            attributes.append(attribute(("contact", "email"), channel.value, extra=channel.pk))
    return attributes


def _is_stale(offer: Offer) -> bool:
    """Not checked for TREFFPUNKT_STALE_AFTER_MONTHS, or never."""
    return offer.last_checked is None or offer.last_checked < stale_cutoff()


def _page(offer: Offer) -> str | None:
    """The address of the offer's public page (None: not published or no public pages)."""
    if offer.status != Offer.Status.PUBLISHED:
        return None
    try:
        return settings.SITE_URL + offer.get_absolute_url()
    except NoReverseMatch:  # the public pages are not installed
        return None
