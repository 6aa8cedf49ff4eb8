"""Pages of the interpreter pool.

Institutions ask for interpreters and see their own requests; interpreters answer offers by
the link in their e-mail (no login) and, if they have an account, see their assignments;
coordinators assign from the ranked suggestions, keep the interpreters' profiles and watch
the coverage. Who sees what is decided in pools/rules.py.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from treffpunkt.network import roles

from .. import interpreting
from .. import overview as coverage
from ..forms_interpreting import (
    AbsenceFormSet,
    AssignForm,
    FeedbackForm,
    InterpreterForm,
    InviteForm,
    LanguageFormSet,
    RequestForm,
    SlotFormSet,
)
from ..interpreter_matching import Pool
from ..models import Interpreter, InterpretingRequest, Mode, RequestInvitation
from ..rules import (
    QUEUE_STATUSES,
    assignable_interpreters,
    institution_ids,
    interpreter_of,
    visible_interpreters,
)

Status = InterpretingRequest.Status
OUTCOME_MESSAGES = {
    interpreting.Outcome.ACCEPTED: (messages.SUCCESS, _lazy("Thank you! The assignment is yours.")),
    interpreting.Outcome.DECLINED: (messages.INFO, _lazy("Thank you for letting us know.")),
    interpreting.Outcome.TOO_LATE: (
        messages.WARNING,
        _lazy("Somebody else was quicker: this assignment is already taken."),
    ),
    interpreting.Outcome.CANCELLED: (
        messages.INFO,
        _lazy("The institution has cancelled this request."),
    ),
}


def _require(user, perm: str, obj=None) -> None:
    if not user.has_perm(perm, obj):
        raise PermissionDenied


def _request_for(request, pk: int, perm: str) -> InterpretingRequest:
    interpreting_request = get_object_or_404(
        InterpretingRequest.objects.select_related(
            "institution", "language", "municipality", "interpreter"
        ),
        pk=pk,
    )
    _require(request.user, perm, interpreting_request)
    return interpreting_request


# --- Institutions -----------------------------------------------------------------------------


def _own_requests(user):
    """The requests of the user's institutions (all, for coordinators)."""
    requests = InterpretingRequest.objects.select_related("language", "municipality", "interpreter")
    if roles.is_coordinator(user):
        return requests.select_related("institution")
    return requests.filter(institution_id__in=institution_ids(user)).select_related("institution")


@login_required
def request_list(request):
    _require(request.user, "pools.add_interpretingrequest")
    now = timezone.now()
    requests = _own_requests(request.user)
    return render(
        request,
        "pools/interpreting/request_list.html",
        {
            "upcoming": requests.filter(starts_at__gte=now).order_by("starts_at"),
            "past": requests.filter(starts_at__lt=now).order_by("-starts_at")[:50],
        },
    )


@login_required
def request_create(request):
    _require(request.user, "pools.add_interpretingrequest")
    form = RequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        new = form.save(commit=False)
        _require(request.user, "pools.add_interpretingrequest", new)
        interpreting.create_request(new, request.user)
        messages.success(
            request, _("Your request has been sent. We will tell you when an interpreter comes.")
        )
        return redirect("pools:interpreting-request", pk=new.pk)
    return render(request, "pools/interpreting/request_form.html", {"form": form})


@login_required
def request_detail(request, pk: int):
    interpreting_request = _request_for(request, pk, "pools.view_interpretingrequest")
    user = request.user
    is_institution = user.has_perm("pools.give_feedback", interpreting_request)
    return render(
        request,
        "pools/interpreting/request_detail.html",
        {
            "req": interpreting_request,
            "can_cancel": user.has_perm("pools.cancel_interpretingrequest", interpreting_request),
            "can_assign": user.has_perm("pools.assign_interpretingrequest", interpreting_request),
            "manages": user.has_perm("pools.view_overview"),
            "feedback_token": (
                interpreting.feedback_token(interpreting_request)
                if is_institution and interpreting.may_give_feedback(interpreting_request)
                else ""
            ),
        },
    )


@login_required
@require_POST
def request_cancel(request, pk: int):
    interpreting_request = _request_for(request, pk, "pools.cancel_interpretingrequest")
    if interpreting.cancel(interpreting_request):
        messages.success(request, _("The request has been cancelled."))
    else:
        messages.error(request, _("This request can no longer be cancelled."))
    return redirect("pools:interpreting-request", pk=pk)


def feedback(request, token: str):
    """The institution's feedback after the assignment, by the link in the e-mail."""
    interpreting_request = interpreting.request_for_feedback(token)
    if interpreting_request is None:
        return render(request, "pools/interpreting/feedback.html", {"invalid": True}, status=404)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if interpreting.give_feedback(
            interpreting_request, form.cleaned_data["rating"], form.cleaned_data["note"]
        ):
            messages.success(request, _("Thank you for your feedback!"))
        return redirect("pools:interpreting-feedback", token=token)
    return render(
        request,
        "pools/interpreting/feedback.html",
        {
            "req": interpreting_request,
            "form": form,
            "open": interpreting.may_give_feedback(interpreting_request),
        },
    )


# --- Interpreters -----------------------------------------------------------------------------


def invitation(request, token: str):
    """An offer to one interpreter: accept or decline, without logging in."""
    offer = get_object_or_404(
        RequestInvitation.objects.select_related(
            "interpreter",
            "request__language",
            "request__municipality",
            "request__institution",
        ),
        token=token,
    )
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer not in ("accept", "decline"):
            return redirect("pools:interpreting-invitation", token=token)
        outcome = (interpreting.accept if answer == "accept" else interpreting.decline)(offer)
        level, text = OUTCOME_MESSAGES[outcome]
        messages.add_message(request, level, text)
        return redirect("pools:interpreting-invitation", token=token)
    state = interpreting.state_of(offer)
    return render(
        request,
        "pools/interpreting/invitation.html",
        {
            "offer": offer,
            "req": offer.request,
            "state": state,
            # Details of the place only while the assignment can still be (or is) theirs.
            "hide_details": state not in ("pending", interpreting.Outcome.ACCEPTED),
            "can_accept": state == "pending"
            or (
                state == interpreting.Outcome.DECLINED
                and offer.request.status in QUEUE_STATUSES
                and offer.request.starts_at > timezone.now()
            ),
        },
    )


@login_required
def my_assignments(request):
    me = interpreter_of(request.user)
    if me is None:
        return render(request, "pools/interpreting/my_assignments.html", {"me": None})
    now = timezone.now()
    assignments = interpreting.assignments_of(me)
    return render(
        request,
        "pools/interpreting/my_assignments.html",
        {
            "me": me,
            "invitations": interpreting.open_invitations_of(me),
            "upcoming": assignments.filter(status=Status.ASSIGNED, starts_at__gte=now).order_by(
                "starts_at"
            ),
            "past": assignments.filter(
                status__in=(Status.ASSIGNED, Status.DONE), starts_at__lt=now
            ).order_by("-starts_at")[:30],
            "cancelled": assignments.filter(status=Status.CANCELLED, starts_at__gte=now),
        },
    )


# --- Coordinators -----------------------------------------------------------------------------


@login_required
def coordination(request):
    """Open requests, each with its best suggestions and their reasons."""
    _require(request.user, "pools.view_overview")
    pool = Pool(assignable_interpreters(request.user))
    rows = [(item, pool.rank(item, limit=3)) for item in coverage.open_requests()]
    upcoming = (
        InterpretingRequest.objects.filter(
            status=Status.ASSIGNED,
            starts_at__gte=timezone.now(),
            interpreter__in=visible_interpreters(request.user),
        )
        .select_related("language", "municipality", "institution", "interpreter")
        .order_by("starts_at")[:50]
    )
    return render(
        request, "pools/interpreting/coordination.html", {"rows": rows, "assigned": upcoming}
    )


@login_required
def coordination_request(request, pk: int):
    """One request: all suggestions with reasons, the invitations and their answers."""
    interpreting_request = _request_for(request, pk, "pools.view_interpretingrequest")
    _require(request.user, "pools.view_overview")
    can_assign = request.user.has_perm("pools.assign_interpretingrequest", interpreting_request)
    invitations = interpreting_request.invitations.select_related("interpreter").order_by("sent_at")
    if not roles.is_coordinator(request.user):
        invitations = invitations.filter(interpreter__in=visible_interpreters(request.user))
    return render(
        request,
        "pools/interpreting/coordination_request.html",
        {
            "req": interpreting_request,
            "can_assign": can_assign,
            "matches": interpreting.suggestions(interpreting_request, request.user)
            if can_assign
            else [],
            "invited": {i.interpreter_id: i for i in invitations},
            "invitations": invitations,
        },
    )


@login_required
@require_POST
def assign(request, pk: int):
    interpreting_request = _request_for(request, pk, "pools.assign_interpretingrequest")
    form = AssignForm(request.POST, interpreters=assignable_interpreters(request.user))
    if not form.is_valid():
        messages.error(request, _("Please choose an interpreter of your pool."))
    elif interpreting.assign(interpreting_request, form.cleaned_data["interpreter"]):
        messages.success(
            request,
            _("%(name)s has been assigned; both sides get a confirmation.")
            % {"name": form.cleaned_data["interpreter"].name},
        )
    else:
        messages.error(request, _("This request is no longer open."))
    return redirect("pools:interpreting-coordination-request", pk=pk)


@login_required
@require_POST
def invite(request, pk: int):
    interpreting_request = _request_for(request, pk, "pools.assign_interpretingrequest")
    form = InviteForm(request.POST, interpreters=assignable_interpreters(request.user))
    if not form.is_valid():
        messages.error(request, _("Please choose interpreters of your pool."))
        return redirect("pools:interpreting-coordination-request", pk=pk)
    created = interpreting.invite(interpreting_request, form.cleaned_data["interpreters"])
    if created:
        messages.success(
            request,
            _("The request has been offered to %(count)s interpreters by e-mail.")
            % {"count": len(created)},
        )
    else:
        messages.info(request, _("Nobody new to invite, or the request is no longer open."))
    return redirect("pools:interpreting-coordination-request", pk=pk)


@login_required
def interpreter_list(request):
    _require(request.user, "pools.view_overview")
    interpreters = (
        visible_interpreters(request.user)
        .select_related("home", "coordinator_organisation")
        .prefetch_related("languages__language", "regions")
    )
    if not request.GET.get("alle"):
        interpreters = interpreters.filter(is_active=True)
    interpreters = list(interpreters)
    for person in interpreters:
        person.mode_labels = [Mode(mode).label for mode in person.modes if mode in Mode.values]
    return render(
        request,
        "pools/interpreting/interpreter_list.html",
        {
            "interpreters": interpreters,
            "all": bool(request.GET.get("alle")),
            "can_add": request.user.has_perm("pools.add_interpreter"),
        },
    )


def _save_interpreter(request, interpreter: Interpreter | None):
    data = request.POST or None
    form = InterpreterForm(data, instance=interpreter, user=request.user)
    formsets = {
        "languages": LanguageFormSet(data, instance=interpreter, prefix="languages"),
        "slots": SlotFormSet(data, instance=interpreter, prefix="slots"),
        "absences": AbsenceFormSet(data, instance=interpreter, prefix="absences"),
    }
    if (
        request.method == "POST"
        and form.is_valid()
        and all(formset.is_valid() for formset in formsets.values())
    ):
        saved = form.save(commit=False)
        _require(
            request.user,
            "pools.change_interpreter" if interpreter else "pools.add_interpreter",
            saved,
        )
        with transaction.atomic():
            saved.save()
            form.save_m2m()
            for formset in formsets.values():
                formset.instance = saved
                formset.save()
        messages.success(request, _("The profile has been saved."))
        return redirect("pools:interpreter-edit", pk=saved.pk)
    return render(
        request,
        "pools/interpreting/interpreter_form.html",
        {"form": form, "interpreter": interpreter, **formsets},
    )


@login_required
def interpreter_create(request):
    _require(request.user, "pools.add_interpreter")
    return _save_interpreter(request, None)


@login_required
def interpreter_edit(request, pk: int):
    interpreter = get_object_or_404(Interpreter, pk=pk)
    _require(request.user, "pools.change_interpreter", interpreter)
    return _save_interpreter(request, interpreter)


@login_required
def overview(request):
    """Coverage by language and region, and hours per interpreter and month."""
    _require(request.user, "pools.view_overview")
    interpreters = visible_interpreters(request.user)
    months, hours = coverage.hours_per_month(interpreters)
    return render(
        request,
        "pools/interpreting/overview.html",
        {
            "coverage": coverage.coverage(interpreters),
            "months": months,
            "hours": hours,
            "open_count": coverage.open_requests().count(),
        },
    )
