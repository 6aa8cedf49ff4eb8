"""Registering without an account, confirming the address, and the personal page on
which a participant sees, changes or cancels their registrations."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from .. import registration as service
from ..forms_registration import RegistrationForm
from ..models import Event, EventSeries, Participant, Registration

RATE = settings.TREFFPUNKT_REGISTRATION_RATE


def _register(request, events: list[Event], context: dict):
    form = RegistrationForm(request.POST or None, events=events, language=get_language() or "de")
    if getattr(request, "limited", False):
        form.add_error(
            None, _("Too many registrations from your connection. Please try again later.")
        )
    elif request.method == "POST" and form.is_valid():
        try:
            service.register(form.applicant(), form.choices())
        except service.RegistrationClosed:
            form.add_error("events", _("Registration for this event has just closed."))
        else:
            # The same page for every address, new or known: what happened is in the e-mail.
            return redirect("events:registration-sent")
    return render(request, "events/registration/form.html", {"form": form, **context})


@ratelimit(key="ip", rate=RATE, method="POST", block=False)
def register(request, pk: int):
    event = get_object_or_404(Event.objects.public(), pk=pk)
    return _register(request, [event], {"event": event})


@ratelimit(key="ip", rate=RATE, method="POST", block=False)
def register_series(request, slug: str):
    series = get_object_or_404(EventSeries, slug=slug, is_public=True)
    events = list(series.events.public().upcoming().prefetch_related("rooms"))
    return _register(request, events, {"series": series})


def registration_sent(request):
    return render(request, "events/registration/sent.html")


def _participant(token: str) -> Participant:
    return get_object_or_404(Participant, token=token, anonymised_at__isnull=True)


@never_cache
def confirm(request, token: str):
    """The link in the first e-mail: the address is confirmed (clicking twice is harmless)."""
    participant = _participant(token)
    service.confirm_email(participant)
    messages.success(request, _("Thank you, your e-mail address is confirmed."))
    return redirect("events:participant", token=token)


@never_cache
def participant_page(request, token: str):
    participant = _participant(token)
    registrations = (
        participant.registrations.select_related("event", "room")
        .prefetch_related("event__rooms")
        .order_by("event__starts_at")
    )
    response = render(
        request,
        "events/registration/participant.html",
        {"participant": participant, "registrations": registrations},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _registration(token: str, pk: int) -> Registration:
    return get_object_or_404(
        Registration.objects.select_related("event"), pk=pk, participant=_participant(token)
    )


@require_POST
def cancel(request, token: str, pk: int):
    registration = _registration(token, pk)
    service.cancel(registration)
    messages.success(
        request,
        _("Your registration for “%(event)s” is cancelled.") % {"event": registration.event.title},
    )
    return redirect("events:participant", token=token)


@require_POST
def change_room(request, token: str, pk: int):
    registration = _registration(token, pk)
    room = registration.event.rooms.filter(pk=request.POST.get("room") or 0).first()
    if service.change_room(registration, room):
        messages.success(request, _("Your choice of room is saved."))
    else:
        messages.error(request, _("This room is full. Please choose another one."))
    return redirect("events:participant", token=token)
