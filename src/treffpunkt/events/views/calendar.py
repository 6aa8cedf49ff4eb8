"""What visitors see of events: the calendar as a list and as a month, an event's page, a
series' page, and iCal files to download or subscribe to."""

import datetime

from csp.decorators import csp_replace
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_safe

from treffpunkt.directory.structured_data import as_script_content
from treffpunkt.translations import display

from .. import ical, registration
from ..calendar_filters import PAGE_PARAM, CalendarFilter, calendar_filter_from
from ..calendar_month import is_valid_month, month_of
from ..models import Event, EventSeries, Registration
from ..recordings import recording_for
from ..structured_data import event_json_ld

PAGE_SIZE = 20


def _listed(events):
    """Events with what the calendar shows of them, in order."""
    return (
        events.select_related("series", "municipality")
        .prefetch_related("organisers")
        .order_by("starts_at", "pk")
    )


def _with_translations(events: list[Event]) -> list[Event]:
    """Fetch the translations the cards show (event and series titles) once per list."""
    display.prefetch(events)
    display.prefetch([event.series for event in events if event.series_id])
    return events


def _by_month(events) -> list[tuple[datetime.date, list[Event]]]:
    """Events grouped under the first day of the month they start in (German time)."""
    months: list[tuple[datetime.date, list[Event]]] = []
    for event in events:
        first = timezone.localdate(event.starts_at).replace(day=1)
        if months and months[-1][0] == first:
            months[-1][1].append(event)
        else:
            months.append((first, [event]))
    return months


def _feed_links(request, path: str) -> dict:
    """The feed's address for the <link> element, and as webcal:// for calendar apps."""
    url = request.build_absolute_uri(path)
    return {"feed_url": url, "webcal_url": "webcal://" + url.split("://", 1)[1]}


def _month_url(day: datetime.date, filters: CalendarFilter) -> str:
    return reverse("events:calendar-month", args=[day.year, day.month]) + filters.querystring()


@require_GET
def calendar_list(request):
    """Upcoming public events, month by month, with filters that work without JavaScript."""
    form, filters = calendar_filter_from(request.GET)
    events = _listed(filters.apply(Event.objects.public().upcoming()))
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAM))
    today = timezone.localdate()
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "months": _by_month(_with_translations(list(page.object_list))),
        "list_url": reverse("events:calendar") + filters.querystring(),
        "month_url": _month_url(today, filters),
        "previous_page_query": (
            filters.querystring(**({PAGE_PARAM: page.number - 1} if page.number > 2 else {}))
        ),
        "next_page_query": filters.querystring(**{PAGE_PARAM: page.number + 1}),
        **_feed_links(request, reverse("events:feed") + filters.querystring()),
    }
    return render(request, "events/calendar_list.html", context)


@require_GET
def calendar_month(request, year: int, month: int):
    """One month as a table of weeks, with the public events (past ones too)."""
    if not is_valid_month(year, month):
        raise Http404
    form, filters = calendar_filter_from(request.GET)
    grid = month_of(_listed(filters.apply(Event.objects.public())), year, month)
    shown = {event.pk: event for week in grid.weeks for day in week if day for event in day.events}
    _with_translations(list(shown.values()))
    context = {
        "form": form,
        "filters": filters,
        "grid": grid,
        "previous_url": _month_url(grid.previous, filters) if grid.previous else "",
        "next_url": _month_url(grid.next, filters) if grid.next else "",
        "list_url": reverse("events:calendar") + filters.querystring(),
        "month_url": _month_url(grid.first, filters),
        **_feed_links(request, reverse("events:feed") + filters.querystring()),
    }
    return render(request, "events/calendar_month.html", context)


def _public_event(pk: int) -> Event:
    return get_object_or_404(
        Event.objects.public()
        .select_related("series", "municipality")
        .prefetch_related("organisers", "languages", "fields_of_action", "target_groups"),
        pk=pk,
    )


def _rooms(event: Event) -> list:
    """The event's rooms, each with `places_left` (None: no limit)."""
    rooms = list(
        event.rooms.select_related("field_of_action").annotate(
            taken=Count(
                "registrations", filter=Q(registrations__status=Registration.Status.REGISTERED)
            )
        )
    )
    for room in rooms:
        room.places_left = None if room.capacity is None else max(room.capacity - room.taken, 0)
    return rooms


@require_GET
def event_detail(request, pk: int):
    event = _public_event(pk)
    now = timezone.now()
    recording = recording_for(event.recording_url)
    url = request.build_absolute_uri(event.get_absolute_url())
    context = {
        "event": event,
        "agenda": event.agenda.prefetch_related("speakers"),
        "rooms": _rooms(event),
        "counts": registration.counts(event),
        "registration_open": event.registration_is_open(now),
        "registration_opens_later": (
            event.status == Event.Status.PUBLISHED
            and event.requires_registration
            and event.registration_opens_at is not None
            and now < event.registration_opens_at
        ),
        "is_past": event.ends_at < now,
        "recording": recording,
        "json_ld": mark_safe(as_script_content(event_json_ld(event, url))),
    }
    response = render(request, "events/event_detail.html", context)
    if recording and recording.embed_origin:
        # Frames from the recording's provider, on this page only; every other stays 'none'.
        allow_frame = csp_replace({"frame-src": [recording.embed_origin]})
        response = allow_frame(lambda _request: response)(request)
    return response


@require_GET
def series_detail(request, slug: str):
    series = get_object_or_404(
        EventSeries.objects.filter(is_public=True).prefetch_related(
            "organisers", "fields_of_action"
        ),
        slug=slug,
    )
    now = timezone.now()
    events = list(_listed(series.events.public()))
    display.prefetch(events)  # the cards show the titles, not the series
    upcoming = [event for event in events if event.ends_at >= now]
    context = {
        "series": series,
        "upcoming": upcoming,
        "past": [event for event in events if event.ends_at < now],
        "registration_open": any(event.registration_is_open(now) for event in upcoming),
        **_feed_links(request, reverse("events:series-feed", args=[series.slug])),
    }
    return render(request, "events/series_detail.html", context)


def _ics(events, name: str, filename: str) -> HttpResponse:
    response = HttpResponse(ical.calendar_for(events, name), content_type=ical.CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@require_safe
def feed(request):
    """All upcoming public events (filtered like the calendar) to subscribe to."""
    _form, filters = calendar_filter_from(request.GET)
    events = _listed(filters.apply(Event.objects.public().upcoming()))
    name = f"{settings.TREFFPUNKT_SITE_NAME} – {gettext('Events')}"
    return _ics(events, name, "veranstaltungen.ics")


@require_safe
def series_feed(request, slug: str):
    series = get_object_or_404(EventSeries, is_public=True, slug=slug)
    name = display.translated(series, "title").text
    return _ics(_listed(series.events.public()), name, f"{series.slug}.ics")


@require_safe
def event_ics(request, pk: int):
    event = _public_event(pk)
    return _ics([event], display.translated(event, "title").text, ical.filename(event))
