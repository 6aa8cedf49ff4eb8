"""schema.org JSON-LD for an event page, so search engines and assistants understand it.

The link to the video meeting is never part of it: only registered participants get it.
"""

from django.utils import timezone

from .models import Event

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    Event.Format.ON_SITE: "OfflineEventAttendanceMode",
    Event.Format.ONLINE: "OnlineEventAttendanceMode",
    Event.Format.HYBRID: "MixedEventAttendanceMode",
}


def _place(event: Event) -> dict:
    place = {
        "@type": "Place",
        "name": event.venue_name
        or event.city
        or (event.municipality.name if event.municipality else ""),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": event.street,
            "postalCode": event.postcode,
            "addressLocality": event.city
            or (event.municipality.name if event.municipality else ""),
            "addressCountry": "DE",
        },
    }
    return place


def event_json_ld(event: Event, url: str) -> dict:
    """A schema.org Event: when, where (a place, online, or both), by whom, and its state."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "url": url,
        "startDate": timezone.localtime(event.starts_at).isoformat(),
        "endDate": timezone.localtime(event.ends_at).isoformat(),
        "eventStatus": SCHEMA + ("EventCancelled" if event.is_cancelled else "EventScheduled"),
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[event.format],
        "organizer": [
            {
                "@type": "Organization",
                "name": organisation.name,
                **({"url": organisation.website} if organisation.website else {}),
            }
            for organisation in event.organisers.all()
        ],
        "inLanguage": [language.code for language in event.languages.all()],
    }
    locations = []
    if event.format != Event.Format.ONLINE:
        locations.append(_place(event))
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if event.series_id and event.series.is_public:
        data["superEvent"] = {"@type": "EventSeries", "name": event.series.title}
    return data
