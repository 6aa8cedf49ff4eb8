"""Organisers' protocol pages: the protocols of an event, their headers, and the note-taking
page where one typed line (`BT: P: …`) becomes a statement.

The note line works as a plain form (the page reloads and the input has the focus again);
with htmx the line is posted, the new statement appended to the list and the line emptied
in place. Every page asks `results.change_protocol` for the event at hand.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from treffpunkt.events.models import Event, Room
from treffpunkt.events.views.organiser import organised_events

from .. import notes as note_lines
from ..forms import NoteForm, ProtocolForm, StatementForm
from ..models import Protocol, Recommendation, Statement


def _event_for(request, pk: int) -> Event:
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("results.change_protocol", event):
        raise PermissionDenied
    return event


def _protocol_for(request, pk: int) -> Protocol:
    protocol = get_object_or_404(Protocol.objects.select_related("event", "room"), pk=pk)
    if not request.user.has_perm("results.change_protocol", protocol):
        raise PermissionDenied
    return protocol


def _statement_for(request, pk: int) -> Statement:
    statement = get_object_or_404(Statement.objects.select_related("protocol__event"), pk=pk)
    if not request.user.has_perm("results.change_statement", statement):
        raise PermissionDenied
    return statement


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _notes_url(protocol: Protocol, statement: Statement | None = None) -> str:
    url = reverse("results:notes", args=[protocol.pk])
    return f"{url}#statement-{statement.pk}" if statement else url


# Events and their protocols ---------------------------------------------------------------


@login_required
def event_list(request):
    """The events whose results the user may record, newest first."""
    if not request.user.has_perm("results.change_protocol"):
        raise PermissionDenied
    events = (
        organised_events(request.user)
        .annotate(n_protocols=Count("protocols", distinct=True))
        .annotate(n_recommendations=Count("recommendations", distinct=True))
        .order_by("-starts_at", "-pk")[:200]
    )
    return render(request, "results/protocol_events.html", {"events": events})


@login_required
def protocol_list(request, event_pk: int):
    event = _event_for(request, event_pk)
    protocols = event.protocols.select_related("room").annotate(n_statements=Count("statements"))
    recommendations = Recommendation.objects.filter(event=event).select_related(
        "field_of_action", "room"
    )
    return render(
        request,
        "results/protocol_list.html",
        {
            "event": event,
            "protocols": protocols,
            "recommendations": recommendations,
            "rooms_without_protocol": event.rooms.filter(protocols__isnull=True).order_by(
                "position", "pk"
            ),
            "may_add_recommendation": request.user.has_perm("results.add_recommendation", event),
        },
    )


def _defaults(event: Event, room: Room | None) -> dict:
    """A new protocol's header as far as the event tells it."""
    title = f"{event.title} – {room.title}" if room else event.title
    place = ", ".join(part for part in (event.venue_name, event.city) if part)
    if event.is_online and not place:
        place = event.video_provider or _("online")
    return {
        "title": title[:300], "room": room, "place": place,
        "starts_at": event.starts_at, "ends_at": event.ends_at,
    }  # fmt: skip


@login_required
def protocol_create(request, event_pk: int):
    event = _event_for(request, event_pk)
    room = event.rooms.filter(pk=request.GET.get("raum") or 0).first()
    form = ProtocolForm(
        request.POST if request.method == "POST" else None,
        event=event,
        initial=_defaults(event, room),
    )
    if request.method == "POST" and form.is_valid():
        protocol = form.save()
        messages.success(request, _("The protocol has been created. Take notes below."))
        return redirect("results:notes", pk=protocol.pk)
    return render(
        request, "results/protocol_form.html", {"form": form, "event": event, "protocol": None}
    )


@login_required
def protocol_edit(request, pk: int):
    protocol = _protocol_for(request, pk)
    form = ProtocolForm(
        request.POST if request.method == "POST" else None, instance=protocol, event=protocol.event
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The protocol has been saved."))
        return redirect("results:notes", pk=protocol.pk)
    return render(
        request,
        "results/protocol_form.html",
        {"form": form, "event": protocol.event, "protocol": protocol},
    )


# Note-taking ----------------------------------------------------------------------------


def _statements(protocol: Protocol):
    return protocol.statements.select_related("recommendation", "offer").prefetch_related(
        "fields_of_action"
    )


def _note_form(protocol: Protocol, data=None) -> NoteForm:
    return NoteForm(data, preview_url=reverse("results:note-preview", args=[protocol.pk]))


def _add_statement(protocol: Protocol, note: note_lines.Note) -> Statement:
    with transaction.atomic():
        Protocol.objects.select_for_update(of=("self",)).filter(
            pk=protocol.pk
        ).first()  # one position each
        last = protocol.statements.aggregate(last=Max("position"))["last"]
        return Statement.objects.create(
            protocol=protocol,
            position=0 if last is None else last + 1,
            speaker=note.speaker,
            kind=note.kind,
            text=note.text,
        )


@login_required
def notes(request, pk: int):
    """The protocol with its statements in order, and the one line to add the next."""
    protocol = _protocol_for(request, pk)
    form = _note_form(protocol, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        statement = _add_statement(protocol, form.cleaned_data["note"])
        if _is_htmx(request):
            return render(
                request,
                "results/_note_added.html",
                {
                    "protocol": protocol,
                    "form": _note_form(protocol),
                    "statement": statement,
                    "first": protocol.statements.count() == 1,
                    "summary": _summary(statement),
                    "can_change": True,
                    "can_recommend": request.user.has_perm(
                        "results.add_recommendation", protocol.event
                    ),
                },
            )
        messages.success(request, _("Saved: %(statement)s") % {"statement": _summary(statement)})
        return redirect("results:notes", pk=protocol.pk)
    if request.method == "POST" and _is_htmx(request):
        return render(request, "results/_note_form.html", {"protocol": protocol, "form": form})
    return render(
        request,
        "results/protocol_notes.html",
        {
            "protocol": protocol,
            "event": protocol.event,
            "statements": _statements(protocol),
            "form": form,
            "prefixes": note_lines.prefix_help(),
            "can_change": True,
            "can_recommend": request.user.has_perm("results.add_recommendation", protocol.event),
        },
    )


def _summary(statement: Statement) -> str:
    speaker = f" ({statement.speaker})" if statement.speaker else ""
    return f"{statement.get_kind_display()}{speaker}: {statement.text[:60]}"


@login_required
def note_preview(request, pk: int):
    """How the line typed so far will be read (for htmx, as the person types)."""
    protocol = _protocol_for(request, pk)
    note = note_lines.parse(request.GET.get("line", ""))
    label = dict(Statement.Kind.choices)[note.kind]
    return render(
        request,
        "results/_note_preview.html",
        {"protocol": protocol, "note": note, "kind_label": label},
    )


# Statements -----------------------------------------------------------------------------


@login_required
def statement_edit(request, pk: int):
    statement = _statement_for(request, pk)
    form = StatementForm(request.POST if request.method == "POST" else None, instance=statement)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The statement has been saved."))
        return redirect(_notes_url(statement.protocol, statement))
    return render(
        request,
        "results/protocol_statement_form.html",
        {"form": form, "statement": statement, "protocol": statement.protocol},
    )


@login_required
def statement_delete(request, pk: int):
    statement = _statement_for(request, pk)
    if request.method == "POST":
        protocol = statement.protocol
        statement.delete()
        messages.success(request, _("The statement has been deleted."))
        return redirect(_notes_url(protocol))
    return render(
        request,
        "results/protocol_statement_delete.html",
        {"statement": statement, "protocol": statement.protocol},
    )


@login_required
@require_POST
def statement_move(request, pk: int):
    """One place up or down; positions are renumbered 0, 1, 2 … on the way."""
    statement = _statement_for(request, pk)
    protocol = statement.protocol
    step = -1 if request.POST.get("direction") == "up" else 1
    with transaction.atomic():
        ordered = list(
            protocol.statements.select_for_update(of=("self",)).order_by("position", "pk")
        )
        index = next(i for i, s in enumerate(ordered) if s.pk == statement.pk)
        other = index + step
        if 0 <= other < len(ordered):
            ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, item in enumerate(ordered):
            item.position = position
        Statement.objects.bulk_update(ordered, ["position"])
    return redirect(_notes_url(protocol, statement))
