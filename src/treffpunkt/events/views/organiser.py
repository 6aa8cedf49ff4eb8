"""The organisers' side: the events of their organisations (all for coordinators), the
forms with programme and rooms, copying, moving, cancelling, participants and check-in.

Every page asks `events.change_event` for the event at hand: moderators and editors of an
organising organisation, and coordinators. Others get 403, visitors the login page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from treffpunkt.network import roles

from .. import changes, participant_lists
from .. import registration as registration_service
from ..forms_organiser import (
    ORGANISER_ROLES,
    AgendaFormSet,
    CancelForm,
    CopyForm,
    EventBounds,
    EventForm,
    MoveForm,
    RoomFormSet,
    SeriesForm,
    organisers_for,
)
from ..models import Event, EventSeries, Registration, Room

Status = Registration.Status


def organised_events(user):
    """The events a user may organise: all for coordinators, else their organisations'."""
    if roles.is_coordinator(user):
        return Event.objects.all()
    own = roles.organisation_ids(user, *ORGANISER_ROLES)
    return Event.objects.filter(pk__in=Event.objects.filter(organisers__in=own).values("pk"))


def organised_series(user):
    if roles.is_coordinator(user):
        return EventSeries.objects.all()
    own = roles.organisation_ids(user, *ORGANISER_ROLES)
    return EventSeries.objects.filter(
        pk__in=EventSeries.objects.filter(organisers__in=own).values("pk")
    )


def _require(user, permission: str) -> None:
    if not user.has_perm(permission):
        raise PermissionDenied


def _event_for(request, pk: int) -> Event:
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("events.change_event", event):
        raise PermissionDenied
    return event


def _registration_for(request, pk: int, registration_pk: int) -> tuple[Event, Registration]:
    event = _event_for(request, pk)
    registration = get_object_or_404(
        Registration.objects.select_related("participant", "event"), pk=registration_pk, event=event
    )
    return event, registration


def _posted(request):
    """The form data of a POST (even an empty one), else None: an unbound form."""
    return request.POST if request.method == "POST" else None


def _back(request, default: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


# Overview ------------------------------------------------------------------------------


@login_required
def event_list(request):
    _require(request.user, "events.change_event")
    now = timezone.now()
    events = (
        organised_events(request.user)
        .select_related("series")
        .prefetch_related("organisers")
        .annotate(
            n_registered=Count("registrations", filter=Q(registrations__status=Status.REGISTERED)),
            n_waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
        )
    )
    upcoming = list(events.filter(ends_at__gte=now).order_by("starts_at", "pk"))
    past = Paginator(events.filter(ends_at__lt=now).order_by("-starts_at", "-pk"), 50).get_page(
        request.GET.get("seite")
    )
    for event in [*upcoming, *past]:
        event.n_free = (
            None if event.capacity is None else max(event.capacity - event.n_registered, 0)
        )
    return render(
        request,
        "events/organiser/events.html",
        {
            "upcoming": upcoming,
            "past": past,
            "series_list": organised_series(request.user).prefetch_related("organisers"),
        },
    )


# Events and series ---------------------------------------------------------------------


def _moderator_organisations(request, form: EventForm, event: Event | None) -> set[int]:
    """Whose people may moderate rooms: those of the organisers chosen (or saved)."""
    kept = {organisation.pk for organisation in form.kept_organisers}
    if form.is_bound:
        allowed = set(organisers_for(request.user).values_list("pk", flat=True))
        posted = {int(v) for v in request.POST.getlist("organisers") if v.isdigit()}
        return (posted & allowed) | kept
    if event is not None:
        return set(event.organisers.values_list("pk", flat=True))
    return roles.organisation_ids(request.user, *ORGANISER_ROLES, roles.Role.COORDINATOR)


def _capacity_raised(old: int | None, new: int | None) -> bool:
    return old is not None and (new is None or new > old)


def _save_event(request, event: Event | None):
    data = _posted(request)
    old_capacity = event.capacity if event else None
    # The form writes what was entered into its instance, valid or not: give it its own,
    # so that the page around an invalid form still shows the saved event.
    instance = Event.objects.get(pk=event.pk) if event else None
    form = EventForm(data, instance=instance, user=request.user)
    form_valid = form.is_valid() if data is not None else False
    if data is not None:
        bounds = form.bounds()
    elif event is not None:
        bounds = EventBounds(event.starts_at, event.ends_at, event.capacity)
    else:
        bounds = None
    agenda = AgendaFormSet(data, instance=event, prefix="agenda", form_kwargs={"bounds": bounds})
    rooms = RoomFormSet(
        data,
        instance=event,
        prefix="rooms",
        form_kwargs={
            "bounds": bounds,
            "organisation_ids": _moderator_organisations(request, form, event),
        },
    )
    if data is not None and all([form_valid, agenda.is_valid(), rooms.is_valid()]):
        with transaction.atomic():
            saved = form.save()
            agenda.instance = saved
            agenda.save()
            for position, room_form in enumerate(rooms.forms):
                room_form.instance.position = position
            rooms.instance = saved
            rooms.save()
        if _capacity_raised(old_capacity, saved.capacity):
            registration_service.fill_from_waiting_list(saved)
        messages.success(request, _("The event has been saved."))
        registered = saved.registrations.filter(status=Status.REGISTERED).count()
        if saved.capacity is not None and registered > saved.capacity:
            messages.warning(
                request,
                _(
                    "%(registered)s people hold a place, more than the %(capacity)s places now "
                    "offered. Nobody loses their place automatically."
                )
                % {"registered": registered, "capacity": saved.capacity},
            )
        return redirect("events:organiser-event-edit", pk=saved.pk)
    return render(
        request,
        "events/organiser/event_form.html",
        {
            "form": form,
            "agenda": agenda,
            "rooms": rooms,
            "event": event,
            "copy_form": CopyForm(
                initial={"starts_on": changes.default_copy_start(event).date()} if event else None
            ),
        },
    )


@login_required
def event_create(request):
    _require(request.user, "events.add_event")
    return _save_event(request, None)


@login_required
def event_edit(request, pk: int):
    return _save_event(request, _event_for(request, pk))


def _save_series(request, series: EventSeries | None):
    form = SeriesForm(_posted(request), instance=series, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The series has been saved."))
        return redirect("events:organiser-series-edit", slug=saved.slug)
    events = series.events.order_by("starts_at") if series else []
    return render(
        request,
        "events/organiser/series_form.html",
        {"form": form, "series": series, "events": events},
    )


@login_required
def series_create(request):
    _require(request.user, "events.add_eventseries")
    return _save_series(request, None)


@login_required
def series_edit(request, slug: str):
    series = get_object_or_404(EventSeries, slug=slug)
    if not request.user.has_perm("events.change_eventseries", series):
        raise PermissionDenied
    return _save_series(request, series)


# Copy, cancel, move --------------------------------------------------------------------


@login_required
@require_POST
def event_copy(request, pk: int):
    event = _event_for(request, pk)
    form = CopyForm(request.POST)
    starts_at = (
        changes.local_combine(form.cleaned_data["starts_on"], event)
        if form.is_valid()
        else changes.default_copy_start(event)
    )
    copy = changes.copy_event(event, starts_at)
    messages.success(request, _("A copy has been made as a draft. Check it, then publish it."))
    return redirect("events:organiser-event-edit", pk=copy.pk)


@login_required
def event_cancel(request, pk: int):
    event = _event_for(request, pk)
    form = CancelForm(_posted(request), initial={"reason": event.cancellation_reason})
    if request.method == "POST" and form.is_valid():
        was_cancelled = event.is_cancelled
        changes.cancel_event(event, form.cleaned_data["reason"])
        if was_cancelled:
            messages.success(request, _("The reason has been changed."))
        else:
            messages.success(
                request, _("The event has been cancelled. The participants are being told.")
            )
        return redirect("events:organiser-event-edit", pk=event.pk)
    return render(request, "events/organiser/cancel.html", {"event": event, "form": form})


@login_required
def event_move(request, pk: int):
    event = _event_for(request, pk)
    if event.is_cancelled:
        messages.error(request, _("A cancelled event cannot be moved."))
        return redirect("events:organiser-event-edit", pk=event.pk)
    form = MoveForm(
        _posted(request), initial={"starts_at": event.starts_at, "ends_at": event.ends_at}
    )
    if request.method == "POST" and form.is_valid():
        changes.move_event(event, form.cleaned_data["starts_at"], form.cleaned_data["ends_at"])
        messages.success(request, _("The event has been moved. The participants are being told."))
        return redirect("events:organiser-event-edit", pk=event.pk)
    return render(request, "events/organiser/move.html", {"event": event, "form": form})


# Participants --------------------------------------------------------------------------


def _filters(request) -> tuple[str, str]:
    return request.GET.get("status", ""), request.GET.get("raum", "")


@never_cache
@login_required
def participants(request, pk: int):
    event = _event_for(request, pk)
    status, room = _filters(request)
    rooms = list(event.rooms.all())
    return render(
        request,
        "events/organiser/participants.html",
        {
            "event": event,
            "registrations": participant_lists.registrations(event, status, room),
            "counts": participant_lists.status_counts(event),
            "room_counts": participant_lists.room_counts(event),
            "rooms": rooms,
            "status": status,
            "room": room,
            "status_choices": Status.choices,
            "query": request.GET.urlencode(),
        },
    )


def _filename(event: Event, extension: str) -> str:
    return f"teilnehmende-{event.pk}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _attachment(content, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def participants_csv(request, pk: int):
    event = _event_for(request, pk)
    rows = participant_lists.registrations(event, *_filters(request))
    return _attachment(
        participant_lists.as_csv(rows), "text/csv; charset=utf-8", _filename(event, "csv")
    )


@never_cache
@login_required
def participants_xlsx(request, pk: int):
    event = _event_for(request, pk)
    rows = participant_lists.registrations(event, *_filters(request))
    return _attachment(
        participant_lists.as_xlsx(rows, title=event.title),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _filename(event, "xlsx"),
    )


@never_cache
@login_required
def participant_list(request, pk: int):
    """The list handed to participants: who agreed to be on it, name and organisation."""
    event = _event_for(request, pk)
    return render(
        request,
        "events/organiser/participant_list.html",
        {"event": event, "people": participant_lists.listed_participants(event)},
    )


@never_cache
@login_required
def check_in_list(request, pk: int):
    event = _event_for(request, pk)
    people = participant_lists.check_in_list(event)
    return render(
        request,
        "events/organiser/check_in.html",
        {
            "event": event,
            "registrations": people,
            "checked_in": sum(1 for r in people if r.checked_in_at),
        },
    )


@login_required
@require_POST
def registration_room(request, pk: int, registration_pk: int):
    event, registration = _registration_for(request, pk, registration_pk)
    room_id = request.POST.get("room", "")
    room = get_object_or_404(Room, pk=room_id, event=event) if room_id else None
    if registration_service.change_room(registration, room):
        messages.success(
            request, _("%(name)s has been moved.") % {"name": registration.participant.name}
        )
    else:
        messages.error(request, _("This room is full."))
    return _back(request, reverse("events:organiser-participants", args=[event.pk]))


@login_required
@require_POST
def registration_cancel(request, pk: int, registration_pk: int):
    event, registration = _registration_for(request, pk, registration_pk)
    promoted = registration_service.cancel(registration)
    text = _("The registration of %(name)s has been cancelled.") % {
        "name": registration.participant.name
    }
    if promoted:
        text += " " + ngettext(
            "%(count)d person moved up from the waiting list.",
            "%(count)d people moved up from the waiting list.",
            len(promoted),
        ) % {"count": len(promoted)}
    messages.success(request, text)
    return _back(request, reverse("events:organiser-participants", args=[event.pk]))


@login_required
@require_POST
def registration_check_in(request, pk: int, registration_pk: int):
    event, registration = _registration_for(request, pk, registration_pk)
    if request.POST.get("undo"):
        participant_lists.undo_check_in(registration)
    elif registration.status == Status.REGISTERED:
        participant_lists.check_in(registration)
    else:
        messages.error(request, _("Only people holding a place can be checked in."))
    return _back(request, reverse("events:organiser-check-in", args=[event.pk]))
