"""Interpreters for counselling, requested from the pool (pools/interpreting.py): the pool's
matching, invitations and booking work unchanged; the request names the organisation that
runs the service, the language, time and town — never the client."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from treffpunkt.network.models import Language
from treffpunkt.pools import interpreting
from treffpunkt.pools.models import InterpretingRequest

from .models import Case, CaseInterpreting


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
) -> InterpretingRequest:
    """Ask the pool for an interpreter for an appointment of this case."""
    code = case.interpreter_language or case.language
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
    CaseInterpreting.objects.create(case=case, request=request)
    return request


def requests_of(case: Case) -> list[InterpretingRequest]:
    return [
        link.request
        for link in case.interpreting.select_related("request__language", "request__interpreter")
    ]
