"""Importing raw protocols, chat logs and Mentimeter results into an event: the form, a
preview of everything that would be created, and saving exactly what was previewed."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from treffpunkt.events.models import Event

from .. import importers
from ..forms_import import ImportForm

SESSION_KEY = "results_import"


def _event_for(request, pk: int) -> Event:
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("results.import_protocol", event):
        raise PermissionDenied
    return event


@login_required
def import_form(request, event_pk: int):
    """The text or file; on submit the preview, with the parsed import kept in the session."""
    event = _event_for(request, event_pk)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        token = secrets.token_urlsafe(12)
        request.session[SESSION_KEY] = {
            "token": token,
            "event": event.pk,
            "source": form.source,
            "parsed": form.parsed.to_state(),
        }
        return render(
            request,
            "results/import_preview.html",
            {
                "event": event,
                "parsed": form.parsed,
                "counts": form.parsed.counts(),
                "token": token,
                "source": form.source,
            },
        )
    return render(request, "results/import_form.html", {"event": event, "form": form})


@login_required
@require_POST
def import_save(request, event_pk: int):
    """Saves the previewed import (all or nothing) and goes to the event's protocols."""
    event = _event_for(request, event_pk)
    state = request.session.get(SESSION_KEY)
    if not state or state["event"] != event.pk or state["token"] != request.POST.get("token"):
        messages.error(request, _("The preview has expired. Please import the text again."))
        return redirect("results:import", event_pk=event.pk)
    saved = importers.save(importers.Parsed.from_state(state["parsed"]), event, state["source"])
    del request.session[SESSION_KEY]
    messages.success(
        request,
        _("Imported: %(protocols)s protocol(s), %(polls)s poll(s).")
        % {"protocols": len(saved.protocols), "polls": len(saved.polls)},
    )
    return redirect("results:protocols", event_pk=event.pk)
