"""iCalendar (RFC 5545) for events: subscribable feeds and the attachment of a registration.

Every event has one UID, the same in every feed and attachment, so calendar programs update
the entry they already have. SEQUENCE counts how often the event was moved or cancelled
(from its history): a higher SEQUENCE tells the programs that the new version wins. Times
are local times of Europe/Berlin with a VTIMEZONE, as Outlook and older programs expect.
"""

import datetime
import uuid
import zoneinfo
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from treffpunkt.translations import display

from .models import Event, Registration

PRODID = "-//Treffpunkt//Veranstaltungen//DE"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def _zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def event_uid(event: Event) -> str:
    """The same for every feed and attachment of this event."""
    return f"event-{event.pk}@{_host()}"


def sequences(events: Iterable[Event]) -> dict[int, int]:
    """How often each event's time changed or it was cancelled (or reinstated), counted in
    its history: the RFC 5545 SEQUENCE. Publishing a draft does not count."""
    pks = [event.pk for event in events]
    history = (
        Event.history.model.objects.filter(id__in=pks)
        .order_by("id", "history_id")
        .values_list("id", "starts_at", "ends_at", "status")
    )
    counts: dict[int, int] = dict.fromkeys(pks, 0)
    previous: dict[int, tuple] = {}
    for pk, starts_at, ends_at, status in history:
        state = (starts_at, ends_at, status == Event.Status.CANCELLED)
        if pk in previous and previous[pk] != state:
            counts[pk] += 1
        previous[pk] = state
    return counts


def venue(event: Event) -> str:
    """ "Haus der Kulturen, Marktplatz 1, 45657 Recklinghausen" (empty when not given)."""
    town = " ".join(part for part in (event.postcode, event.city) if part)
    return ", ".join(part for part in (event.venue_name, event.street, town) if part)


def location(event: Event) -> str:
    """The address of the venue; "Online" for online events and those without one."""
    place = venue(event)
    if event.format == Event.Format.ONLINE or not place:
        return _("Online")
    return place


def join_link(registration: Registration) -> str:
    """The video link a participant with a place uses: their room's, else the event's."""
    if registration.room_id and registration.room.video_link:
        return registration.room.video_link
    return registration.event.video_link


def _clock(value: datetime.datetime) -> str:
    return formats.time_format(timezone.localtime(value, _zone()), "TIME_FORMAT")


def agenda_lines(event: Event) -> list[str]:
    """The programme in short: "10:00–10:30 Welcome (Speaker, …)"."""
    lines = []
    for item in event.agenda.all():
        time = _clock(item.starts_at) + (f"–{_clock(item.ends_at)}" if item.ends_at else "")
        speakers = ", ".join(speaker.name for speaker in item.speakers.all())
        lines.append(f"{time} {item.title}" + (f" ({speakers})" if speakers else ""))
    return lines


def _description(event: Event, join: str = "") -> str:
    parts = []
    if event.is_cancelled:
        parts.append(
            _("Cancelled: %(reason)s") % {"reason": event.cancellation_reason}
            if event.cancellation_reason
            else _("Cancelled.")
        )
    if join:
        parts.append(_("Join online: %(link)s") % {"link": join})
    description = display.translated(event, "description").text
    if description:
        parts.append(description.strip())
    agenda = agenda_lines(event)
    if agenda:
        parts.append("\n".join([_("Programme:"), *agenda]))
    parts.append(absolute(event.get_absolute_url()))
    return "\n\n".join(parts)


def _vevent(event: Event, sequence: int, stamp: datetime.datetime, join: str = "") -> VEvent:
    zone = _zone()
    categories = [field.display_name for field in event.fields_of_action.all()]
    return VEvent.new(
        uid=event_uid(event),
        stamp=stamp,
        start=timezone.localtime(event.starts_at, zone),
        end=timezone.localtime(event.ends_at, zone),
        summary=display.translated(event, "title").text,  # in the feed's or mail's language
        description=_description(event, join),
        location=location(event),
        url=join or absolute(event.get_absolute_url()),
        status="CANCELLED" if event.is_cancelled else "CONFIRMED",
        sequence=sequence,
        last_modified=event.updated_at,
        **({"categories": categories} if categories else {}),
    )


def _calendar(**properties) -> Calendar:
    calendar = Calendar.new(prodid=PRODID, **properties)
    calendar["X-WR-TIMEZONE"] = settings.TIME_ZONE
    return calendar


def _finish(calendar: Calendar, events: list[Event]) -> bytes:
    if events:
        # A VTIMEZONE covering the years of these events (small, unlike 1970–2038).
        first = min(timezone.localtime(e.starts_at, _zone()) for e in events).year
        last = max(timezone.localtime(e.ends_at, _zone()) for e in events).year
        calendar.add_missing_timezones(
            first_date=datetime.date(first, 1, 1), last_date=datetime.date(last + 1, 1, 1)
        )
    return calendar.to_ical()


def _prefetched(events: Iterable[Event]) -> list[Event]:
    events = list(events)
    prefetch_related_objects(events, "agenda__speakers", "fields_of_action")
    display.prefetch(events)
    return events


def calendar_for(events: Iterable[Event], name: str) -> bytes:
    """A feed (VCALENDAR) of these events, named `name` in calendar programs."""
    events = _prefetched(events)
    numbers = sequences(events)
    calendar = _calendar(
        name=name,
        uid=uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_URL}/{name}"),
        refresh_interval=datetime.timedelta(hours=1),
    )
    for event in events:
        # DTSTAMP: when the information last changed, so an unchanged feed is unchanged.
        calendar.add_component(_vevent(event, numbers[event.pk], event.updated_at))
    return _finish(calendar, events)


def registration_ics(registration: Registration) -> bytes:
    """The calendar entry a participant gets by e-mail: the event as in the feeds, with the
    link to the video meeting for those with a place in an online or hybrid event."""
    event = _prefetched([registration.event])[0]
    join = ""
    if registration.status == Registration.Status.REGISTERED and event.is_online:
        join = join_link(registration)
    calendar = _calendar(method="PUBLISH")
    calendar.add_component(_vevent(event, sequences([event])[event.pk], timezone.now(), join=join))
    return _finish(calendar, [event])


def filename(event: Event) -> str:
    """ "fachtag-integration-2026-11-23.ics" """
    day = timezone.localtime(event.starts_at, _zone()).date().isoformat()
    return f"{slugify(event.title)[:60] or 'event'}-{day}.ics"
