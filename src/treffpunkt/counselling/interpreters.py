"""Interpreters for counselling, requested from the pool (pools/interpreting.py): the pool's
matching, invitations and booking work unchanged; the request names the organisation that
runs the service, the language, time and town — never the client.

Once the pool has booked an interpreter who has an account, that user may open THIS case,
and only during the appointment (from half an hour before until its end), and sees only the
messages a counsellor shared with them. The permission is computed from the time window on
every request, so it ends by itself; there is nothing to clean up.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from treffpunkt.network.models import Language
from treffpunkt.pools import interpreting
from treffpunkt.pools.models import InterpretingRequest
from treffpunkt.pools.models import Mode as PoolMode

from .models import Appointment, Case, CaseInterpreting

WINDOW_BEFORE = datetime.timedelta(minutes=30)
BOOKED = (InterpretingRequest.Status.ASSIGNED, InterpretingRequest.Status.DONE)
POOL_MODES = {
    Case.Mode.IN_PERSON: PoolMode.ON_SITE,
    Case.Mode.PHONE: PoolMode.PHONE,
    Case.Mode.VIDEO: PoolMode.VIDEO,
}


def _town(case: Case):
    if case.municipality_id:
        return case.municipality
    if case.service.organisation.municipality_id:
        return case.service.organisation.municipality
    location = case.service.offer.locations.first()
    return location.municipality if location else None


@transaction.atomic
def request_interpreter(
    case: Case,
    user,
    starts_at: datetime.datetime,
    duration_minutes: int,
    mode: str,
    place: str = "",
    appointment: Appointment | None = None,
    language_code: str = "",
) -> InterpretingRequest:
    """Ask the pool for an interpreter for an appointment of this case."""
    code = language_code or case.interpreter_language or case.language
    language = Language.objects.filter(code=code).first()
    town = _town(case)
    if language is None or town is None:
        raise ValidationError(_("The pool needs a known language and town."))
    request = interpreting.create_request(
        InterpretingRequest(
            institution=case.service.organisation,
            language=language,
            starts_at=starts_at,
            duration_minutes=duration_minutes,
            mode=mode,
            municipality=town,
            place=place,
            topic=InterpretingRequest.Topic.COUNSELLING,
        ),
        user,
    )
    CaseInterpreting.objects.create(case=case, request=request, appointment=appointment)
    return request


def request_for_appointment(appointment: Appointment, user) -> InterpretingRequest:
    """The pool request of an appointment: same time; the place only for meeting in person
    (a video link or phone number reaches the interpreter through the case page)."""
    in_person = appointment.kind == Case.Mode.IN_PERSON
    return request_interpreter(
        appointment.case,
        user,
        appointment.starts_at,
        appointment.duration_minutes,
        POOL_MODES[appointment.kind],
        place=appointment.place if in_person else "",
        appointment=appointment,
        language_code=appointment.interpreter_language,
    )


def window(link: CaseInterpreting) -> tuple[datetime.datetime, datetime.datetime]:
    """When the booked interpreter may open the case: the appointment (or, without one, the
    pool request's time) from WINDOW_BEFORE its start until its end."""
    if link.appointment_id:
        starts, ends = link.appointment.starts_at, link.appointment.ends_at
    else:
        starts, ends = link.request.starts_at, interpreting.ends_at(link.request)
    return starts - WINDOW_BEFORE, ends


def bookings_of(user, case: Case | None = None) -> list[CaseInterpreting]:
    """The counselling bookings of the interpreter with this account (any time)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    links = CaseInterpreting.objects.filter(
        request__interpreter__user=user,
        request__interpreter__is_active=True,
        request__status__in=BOOKED,
    ).select_related("request__language", "appointment", "case__service__offer")
    if case is not None:
        links = links.filter(case=case)
    return list(links)


def open_bookings(user, case: Case, now: datetime.datetime | None = None):
    """The user's bookings for this case whose window is open now."""
    now = now or timezone.now()
    return [link for link in bookings_of(user, case) if _inside(window(link), now)]


def _inside(span, now) -> bool:
    return span[0] <= now <= span[1]


def may_interpret(user, case: Case, now: datetime.datetime | None = None) -> bool:
    """True while the user is the booked interpreter of an appointment of this case."""
    return case is not None and bool(open_bookings(user, case, now))


def requests_of(case: Case) -> list[InterpretingRequest]:
    return [
        link.request
        for link in case.interpreting.select_related("request__language", "request__interpreter")
    ]
