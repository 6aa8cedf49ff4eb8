"""Pages of sponsors and mentors: organisations ask for a sponsor; coordinators keep the
sponsors, see suggestions with reasons, start a sponsorship and follow it with check-ins."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from .. import sponsor_matching, sponsorships
from ..forms_sponsors import (
    CheckInForm,
    EndForm,
    SponsorForm,
    SponsorshipRequestForm,
    StartForm,
)
from ..models import Sponsor, Sponsorship, SponsorshipKind, SponsorshipRequest

Status = SponsorshipRequest.Status
KINDS = set(SponsorshipKind.values)
STATUS_VIEWS = {"offen": Status.OPEN, "vermittelt": Status.MATCHED, "abgeschlossen": Status.CLOSED}
STATUS_LABELS = {
    "offen": _lazy("open"),
    "vermittelt": _lazy("matched"),
    "abgeschlossen": _lazy("closed"),
}


def _require(user, permission: str, obj=None) -> None:
    if not user.has_perm(permission, obj):
        raise PermissionDenied


def _request_for(request, pk: int) -> SponsorshipRequest:
    """A request the user may see; others do not exist for the user."""
    return get_object_or_404(sponsorships.visible_requests(request.user), pk=pk)


@login_required
def overview(request):
    """Requests by status; for coordinators also the running sponsorships to follow."""
    _require(request.user, "pools.view_sponsorshiprequest")
    view = request.GET.get("ansicht", "offen")
    status = STATUS_VIEWS.get(view, Status.OPEN)
    requests = sponsorships.visible_requests(request.user).filter(status=status)
    manages = sponsorships.manages_sponsors(request.user)
    return render(
        request,
        "pools/sponsors/overview.html",
        {
            "requests": requests.order_by("created_at", "pk"),
            "view": view,
            "view_choices": list(STATUS_LABELS.items()),
            "manages": manages,
            "follow_ups": (
                sponsorships.follow_ups(sponsorships.visible_sponsorships(request.user))
                if manages
                else []
            ),
        },
    )


# --- Sponsors --------------------------------------------------------------------------------


@login_required
def sponsor_list(request):
    _require(request.user, "pools.view_sponsor")
    sponsors = (
        sponsorships.manageable_sponsors(request.user)
        .select_related("municipality", "coordinator_organisation")
        .prefetch_related("languages")
    )
    for sponsor in sponsors:
        sponsor.kind_labels = ", ".join(
            str(SponsorshipKind(kind).label) for kind in sponsor.kinds if kind in KINDS
        )
    return render(request, "pools/sponsors/sponsors.html", {"sponsors": sponsors})


def _save_sponsor(request, sponsor: Sponsor | None):
    form = SponsorForm(request.POST or None, instance=sponsor, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The sponsor has been saved."))
        return redirect("pools:sponsor-edit", pk=saved.pk)
    sponsorships_of = (
        sponsor.sponsorships.select_related("request__municipality") if sponsor else []
    )
    return render(
        request,
        "pools/sponsors/sponsor_form.html",
        {"form": form, "sponsor": sponsor, "sponsorships": sponsorships_of},
    )


@login_required
def sponsor_create(request):
    _require(request.user, "pools.add_sponsor")
    return _save_sponsor(request, None)


@login_required
def sponsor_edit(request, pk: int):
    sponsor = get_object_or_404(sponsorships.manageable_sponsors(request.user), pk=pk)
    _require(request.user, "pools.change_sponsor", sponsor)
    return _save_sponsor(request, sponsor)


# --- Requests --------------------------------------------------------------------------------


def _save_request(request, sponsorship_request: SponsorshipRequest | None):
    form = SponsorshipRequestForm(
        request.POST or None, instance=sponsorship_request, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The request has been saved."))
        return redirect("pools:sponsorship-request", pk=saved.pk)
    return render(
        request,
        "pools/sponsors/request_form.html",
        {"form": form, "sponsorship_request": sponsorship_request},
    )


@login_required
def request_create(request):
    _require(request.user, "pools.add_sponsorshiprequest")
    return _save_request(request, None)


@login_required
def request_edit(request, pk: int):
    sponsorship_request = _request_for(request, pk)
    _require(request.user, "pools.change_sponsorshiprequest", sponsorship_request)
    if sponsorship_request.status != Status.OPEN:
        messages.error(request, _("Only open requests can be changed."))
        return redirect("pools:sponsorship-request", pk=pk)
    return _save_request(request, sponsorship_request)


@login_required
def request_detail(request, pk: int):
    """A request; coordinators see suggested sponsors with reasons and start a sponsorship."""
    sponsorship_request = _request_for(request, pk)
    manages = sponsorships.manages_sponsors(request.user)
    context = {
        "sponsorship_request": sponsorship_request,
        "manages": manages,
        "may_change": request.user.has_perm("pools.change_sponsorshiprequest", sponsorship_request),
        "days": sponsor_matching.day_names(sponsorship_request.weekdays or []),
        "suggestions": [],
        "sponsorship": Sponsorship.objects.filter(request=sponsorship_request)
        .select_related("sponsor")
        .first(),
    }
    if manages and sponsorship_request.status == Status.OPEN:
        context["suggestions"] = sponsor_matching.suggestions(
            sponsorship_request, sponsorships.manageable_sponsors(request.user)
        )
        context["start_form"] = StartForm(user=request.user)
    if context["sponsorship"] and not request.user.has_perm(
        "pools.view_sponsorship", context["sponsorship"]
    ):
        context["sponsorship"] = None  # the requesting organisation sees the status only
    return render(request, "pools/sponsors/request_detail.html", context)


@login_required
@require_POST
def request_close(request, pk: int):
    sponsorship_request = _request_for(request, pk)
    _require(request.user, "pools.change_sponsorshiprequest", sponsorship_request)
    try:
        sponsorships.close_request(sponsorship_request)
    except sponsorships.NotPossible as reason:
        messages.error(request, str(reason))
    else:
        messages.success(request, _("The request has been withdrawn."))
    return redirect("pools:sponsorship-request", pk=pk)


@login_required
@require_POST
def start(request, pk: int):
    """Start a sponsorship with the chosen sponsor (one of the user's pool)."""
    _require(request.user, "pools.add_sponsorship")
    sponsorship_request = _request_for(request, pk)
    form = StartForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Please choose a sponsor and a date."))
        return redirect("pools:sponsorship-request", pk=pk)
    sponsor = form.cleaned_data["sponsor"]
    _require(request.user, "pools.add_sponsorship", sponsor)
    try:
        sponsorship = sponsorships.start_sponsorship(
            sponsorship_request, sponsor, form.cleaned_data["started_on"]
        )
    except sponsorships.NotPossible as reason:
        messages.error(request, str(reason))
        return redirect("pools:sponsorship-request", pk=pk)
    messages.success(
        request, _("The sponsorship with %(name)s has started.") % {"name": sponsor.name}
    )
    return redirect("pools:sponsorship", pk=sponsorship.pk)


# --- Sponsorships ----------------------------------------------------------------------------


def _sponsorship_for(request, pk: int) -> Sponsorship:
    sponsorship = get_object_or_404(sponsorships.visible_sponsorships(request.user), pk=pk)
    _require(request.user, "pools.view_sponsorship", sponsorship)
    return sponsorship


@login_required
def sponsorship_detail(request, pk: int):
    sponsorship = _sponsorship_for(request, pk)
    return render(
        request,
        "pools/sponsors/sponsorship_detail.html",
        {
            "sponsorship": sponsorship,
            "check_ins": sponsorship.check_ins.all(),
            "check_in_form": CheckInForm(),
            "end_form": EndForm(),
        },
    )


@login_required
@require_POST
def check_in(request, pk: int):
    sponsorship = _sponsorship_for(request, pk)
    _require(request.user, "pools.add_checkin", sponsorship)
    form = CheckInForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "pools/sponsors/sponsorship_detail.html",
            {
                "sponsorship": sponsorship,
                "check_ins": sponsorship.check_ins.all(),
                "check_in_form": form,
                "end_form": EndForm(),
            },
            status=400,
        )
    try:
        sponsorships.record_check_in(sponsorship, **form.cleaned_data)
    except sponsorships.NotPossible as reason:
        messages.error(request, str(reason))
    else:
        messages.success(request, _("The check-in has been recorded."))
    return redirect("pools:sponsorship", pk=pk)


@login_required
@require_POST
def end(request, pk: int):
    sponsorship = _sponsorship_for(request, pk)
    _require(request.user, "pools.change_sponsorship", sponsorship)
    form = EndForm(request.POST)
    sponsorships.end_sponsorship(
        sponsorship, form.cleaned_data["ended_on"] if form.is_valid() else None
    )
    messages.success(request, _("The sponsorship has been ended."))
    return redirect("pools:sponsorships-overview")
