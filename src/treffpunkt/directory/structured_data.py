"""schema.org JSON-LD for an offer page, so search engines and assistants understand it."""

import json

from django.conf import settings

from .schedules import WEEKDAY_INDEX

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def offer_json_ld(offer, url: str) -> dict:
    """A schema.org Service describing the offer, its provider, places and hours."""
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "provider": {
            "@type": "Organization",
            "name": offer.organisation.name,
            **({"url": offer.organisation.website} if offer.organisation.website else {}),
        },
        "availableLanguage": [language.code for language in offer.languages.all()],
        "serviceType": [field.name for field in offer.fields_of_action.all()],
        "isAccessibleForFree": offer.cost == "free",
        "areaServed": [
            {"@type": "Place", "name": location.municipality.name}
            for location in offer.locations.all()
        ]
        + [{"@type": "AdministrativeArea", "name": area.name} for area in offer.service_area.all()],
    }
    locations = list(offer.locations.all())
    if locations:
        data["location"] = [_place(location) for location in locations]
    hours = [
        _hours(schedule) for schedule in offer.schedules.all() if schedule.frequency == "weekly"
    ]
    if hours := [h for h in hours if h]:
        data["hoursAvailable"] = hours
    phones = [c.value for c in offer.contacts.all() if c.kind == "phone"]
    if phones:
        data["provider"]["telephone"] = phones[0]
    return data


def _place(location) -> dict:
    latitude, longitude = location.coordinates
    return {
        "@type": "Place",
        "name": location.name or location.city,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street,
            "postalCode": location.postcode,
            "addressLocality": location.city,
            "addressCountry": "DE",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude},
    }


def _hours(schedule) -> dict | None:
    if not (schedule.opens_at and schedule.closes_at and schedule.weekday_list):
        return None
    return {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": [SCHEMA_DAYS[WEEKDAY_INDEX[d]] for d in schedule.weekday_list],
        "opens": schedule.opens_at.strftime("%H:%M"),
        "closes": schedule.closes_at.strftime("%H:%M"),
    }


def as_script_content(data: dict) -> str:
    """JSON that is safe inside a <script type="application/ld+json"> element."""
    text = json.dumps(data, ensure_ascii=False, indent=None if not settings.DEBUG else 2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
