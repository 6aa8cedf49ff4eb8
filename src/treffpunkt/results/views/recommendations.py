"""Organisers' recommendation pages: create and edit a recommendation with its origin and
links, and move it along its way (status with history).

Coordinators and the editors of the responsible organisation (or of the organisers of the
event it came from) change recommendations: `results.change_recommendation`.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from treffpunkt.events.models import Event
from treffpunkt.events.views.organiser import organised_events
from treffpunkt.network import roles

from .. import tracking
from ..forms import RecommendationForm, StatusForm
from ..models import Recommendation, Statement


def _recommendation_for(request, pk: int) -> Recommendation:
    recommendation = get_object_or_404(
        Recommendation.objects.select_related("event", "room", "owner", "field_of_action"), pk=pk
    )
    if not request.user.has_perm("results.change_recommendation", recommendation):
        raise PermissionDenied
    return recommendation


def changeable(user):
    """The recommendations a user may change: all for coordinators, else those of the
    organisations they are an editor of (responsible, or organiser of the origin event)."""
    queryset = Recommendation.objects.all()
    if roles.is_coordinator(user):
        return queryset
    own = roles.organisation_ids(user, roles.Role.EDITOR)
    return queryset.filter(
        Q(owner__in=own) | Q(event__in=Event.objects.filter(organisers__in=own).values("pk"))
    )


@login_required
def recommendation_list(request):
    if not request.user.has_perm("results.change_recommendation"):
        raise PermissionDenied
    recommendations = changeable(request.user).select_related("field_of_action", "event", "owner")
    event = None
    if (event_pk := request.GET.get("veranstaltung", "")).isdigit():
        event = Event.objects.filter(pk=event_pk).first()
        recommendations = recommendations.filter(event_id=event_pk)
    return render(
        request,
        "results/recommendation_list.html",
        {
            "recommendations": recommendations,
            "event": event,
            "statuses": Recommendation.Status.choices,
        },
    )


def _initial(request) -> dict:
    """What a new recommendation starts with: the event and statement it is made from."""
    initial: dict = {}
    statement = None
    if (statement_pk := request.GET.get("aussage", "")).isdigit():
        statement = (
            Statement.objects.select_related("protocol__event", "protocol__room")
            .filter(pk=statement_pk)
            .first()
        )
    if statement and request.user.has_perm("results.view_statement", statement):
        protocol = statement.protocol
        room = protocol.room
        field = statement.fields_of_action.first() or (room.field_of_action if room else None)
        initial.update(
            title=statement.text[:300], event=protocol.event, room=room, statements=[statement.pk],
            field_of_action=field,
        )  # fmt: skip
    elif (event_pk := request.GET.get("veranstaltung", "")).isdigit():
        initial["event"] = Event.objects.filter(pk=event_pk).first()
    if initial.get("event") is not None:
        initial.setdefault(
            "network", initial["event"].series.network if initial["event"].series_id else None
        )
    return initial


def _form(request, instance=None, initial=None) -> RecommendationForm:
    return RecommendationForm(
        request.POST if request.method == "POST" else None,
        instance=instance,
        initial=initial,
        user=request.user,
        events=organised_events(request.user),
    )


def _save(request, form: RecommendationForm, created: bool):
    """Save if the user may still change the recommendation afterwards; None if not."""
    recommendation = form.save(commit=False)
    if not request.user.has_perm("results.change_recommendation", recommendation):
        form.add_error(
            "owner", _("You would not be allowed to change the recommendation afterwards.")
        )
        return None
    with transaction.atomic():
        recommendation.save()
        form.save_m2m()
        if created:
            tracking.record_start(recommendation, by=request.user)
    return recommendation


@login_required
def recommendation_create(request):
    if not request.user.has_perm("results.add_recommendation"):
        raise PermissionDenied
    form = _form(request, initial=_initial(request))
    if (
        request.method == "POST"
        and form.is_valid()
        and (saved := _save(request, form, created=True))
    ):
        messages.success(request, _("The recommendation has been created."))
        return redirect("results:recommendation-edit", pk=saved.pk)
    return render(
        request, "results/recommendation_form.html", {"form": form, "recommendation": None}
    )


@login_required
def recommendation_edit(request, pk: int):
    recommendation = _recommendation_for(request, pk)
    # The form writes what was entered into its instance, valid or not: give it its own.
    form = _form(request, instance=Recommendation.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid() and _save(request, form, created=False):
        messages.success(request, _("The recommendation has been saved."))
        return redirect("results:recommendation-edit", pk=pk)
    return render(
        request,
        "results/recommendation_form.html",
        {"form": form, "recommendation": recommendation, "rating": tracking.rating(recommendation)},
    )


@login_required
def status_change(request, pk: int):
    """The next step on the recommendation's way, and the way so far."""
    recommendation = _recommendation_for(request, pk)
    form = StatusForm(
        request.POST if request.method == "POST" else None, recommendation=recommendation
    )
    if request.method == "POST" and form.is_valid():
        change = form.save(by=request.user)
        messages.success(
            request, _("Status changed to “%(status)s”.") % {"status": change.get_status_display()}
        )
        return redirect("results:recommendation-status", pk=pk)
    history = recommendation.status_changes.select_related("changed_by").order_by(
        "-changed_at", "-pk"
    )
    return render(
        request,
        "results/recommendation_status.html",
        {"form": form, "recommendation": recommendation, "history": history},
    )
