"""Appointments of a case as data: agreed by a counsellor, shown to the client with a
calendar file, and the time an interpreter from the pool is booked for."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from . import interpreters
from .models import Appointment, Case

PRODID = "-//Treffpunkt//Beratung//DE"


@transaction.atomic
def create(case: Case, user, **data) -> Appointment:
    """Save an appointment; if it needs an interpreter, ask the pool for one at once."""
    appointment = Appointment.objects.create(case=case, created_by=user, **data)
    if appointment.needs_interpreter:
        interpreters.request_for_appointment(appointment, user)
    return appointment


def of_case(case: Case):
    return case.appointments.prefetch_related("interpreting__request")


def upcoming(case: Case, now: datetime.datetime | None = None):
    """Appointments that have not ended yet (the client's page shows these first)."""
    now = now or timezone.now()
    return [item for item in of_case(case) if item.ends_at >= now]


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def _where(appointment: Appointment) -> str:
    return appointment.place or appointment.get_kind_display()


def ics(appointment: Appointment) -> bytes:
    """The appointment as a calendar entry (RFC 5545) in local time. The summary names the
    service, never the topic: calendars are often shared or synchronised."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    service = appointment.case.service.offer.title
    event = VEvent.new(
        uid=f"counselling-appointment-{appointment.pk}@{_host()}",
        stamp=timezone.now(),
        start=timezone.localtime(appointment.starts_at, zone),
        end=timezone.localtime(appointment.ends_at, zone),
        summary=_("Appointment: %(service)s") % {"service": service},
        location=_where(appointment),
        description=_("Counselling %(how)s.") % {"how": appointment.get_kind_display()},
    )
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH")
    calendar.add_component(event)
    year = timezone.localtime(appointment.starts_at, zone).year
    calendar.add_missing_timezones(
        first_date=datetime.date(year, 1, 1), last_date=datetime.date(year + 1, 1, 1)
    )
    return calendar.to_ical()


def filename(appointment: Appointment) -> str:
    day = timezone.localtime(appointment.starts_at).date().isoformat()
    return f"termin-{day}.ics"
