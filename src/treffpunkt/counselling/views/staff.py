"""The counsellors' pages: the team inbox and a case with answer, notes, status, assignment.

A case of another organisation is a 404, not a 403: staff do not learn that it exists.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from treffpunkt.core.views_two_factor import confirm_login
from treffpunkt.network import roles

from .. import (
    appointments,
    cases,
    figures,
    inbox,
    interpreters,
    machine_translation,
    text_templates,
    transfers,
    two_factor,
)
from ..forms import (
    AppointmentForm,
    AssignForm,
    InterpreterRequestForm,
    ReferralForm,
    StaffTextForm,
    StatusForm,
    TemplateChoiceForm,
    TransferForm,
)
from ..models import Attachment, Case, Counsellor
from ..rules import is_counsellor
from .public import _file_response, _private


def verified_required(view):
    """Logged in and confirmed by a one-time code (counselling/two_factor.py)."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not two_factor.is_verified(request.user):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('counselling:verify')}?{query}")
        return view(request, *args, **kwargs)

    return wrapper


def counsellor_required(view):
    """Logged in, a counsellor, and confirmed by a one-time code."""
    verified_view = verified_required(view)

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # The predicate itself, not has_perm: superusers get every permission from Django,
        # but cases are for their organisation's counsellors alone.
        if not is_counsellor.test(request.user):
            raise PermissionDenied
        return verified_view(request, *args, **kwargs)

    return wrapper


@login_required
def verify(request):
    """Enter the code of the authenticator app; the first time, set the app up. For
    counsellors, and for interpreters the pool booked for a counselling appointment."""
    if not (is_counsellor.test(request.user) or interpreters.bookings_of(request.user)):
        raise PermissionDenied
    home = "inbox" if is_counsellor.test(request.user) else "interpreter-bookings"
    response = confirm_login(
        request, "counselling/team/verify.html", reverse(f"counselling:{home}")
    )
    return _private(response)


@login_required
def statistics_view(request):
    """Coordinators see numbers, never cases."""
    if not roles.is_coordinator(request.user):
        raise PermissionDenied
    context = {
        "by_service": figures.by_service(),
        "by_topic": figures.by_topic(),
        "by_language": figures.by_language(),
        "by_town": figures.by_town(),
        "by_channel": figures.by_channel(),
        "median_hours": figures.median_first_answer_hours(),
        "interpreter_requests": figures.interpreter_requests(),
        "referrals": figures.referrals(),
        "smallest": figures.SMALLEST_SHOWN,
    }
    return render(request, "counselling/team/statistics.html", context)


@counsellor_required
def inbox_view(request):
    view = request.GET.get("ansicht", "neu")
    if view not in inbox.VIEWS:
        view = "neu"
    context = {
        "view": view,
        "cases": inbox.inbox(request.user, view)[:200],
        "counts": inbox.counts(request.user),
    }
    return _private(render(request, "counselling/team/inbox.html", context))


def _team(case: Case):
    user_ids = Counsellor.objects.filter(
        organisation_id=case.service.organisation_id, is_active=True
    ).values("user_id")
    return get_user_model().objects.filter(pk__in=user_ids).order_by("first_name", "username")


def _act(request, case: Case) -> bool:
    """Carry out one posted action; True if it was valid."""
    action = request.POST.get("action")
    if action in ("answer", "note"):
        form = StaffTextForm(request.POST)
        if not form.is_valid():
            return False
        handler = cases.counsellor_answers if action == "answer" else cases.add_note
        handler(case, request.user, form.cleaned_data["text"])
        return True
    if action == "status":
        form = StatusForm(request.POST)
        if form.is_valid():
            cases.set_status(case, form.cleaned_data["status"])
        return form.is_valid()
    if action == "interpreter":
        form = InterpreterRequestForm(request.POST)
        if form.is_valid():
            interpreters.request_interpreter(case, request.user, **form.cleaned_data)
        return form.is_valid()
    if action == "refer":
        form = ReferralForm(request.POST)
        if form.is_valid():
            cases.refer(case, form.cleaned_data["offer"])
        return form.is_valid()
    if action == "assign":
        form = AssignForm(request.POST, users=_team(case))
        if form.is_valid():
            cases.assign(case, form.cleaned_data["counsellor"])
        return form.is_valid()
    handler = MORE_ACTIONS.get(action)
    return handler(request, case) if handler else False


def posted_pk(request, name: str) -> int:
    """A posted primary key; 0 (matching nothing) when it is not a number."""
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else 0


def _appointment(request, case: Case) -> bool:
    form = AppointmentForm(request.POST, prefix=AppointmentForm.PREFIX)
    if form.is_valid():
        appointments.create(case, request.user, **form.appointment_data())
    return form.is_valid()


def _share(request, case: Case) -> bool:
    shared = request.POST.get("shared") == "1"
    return cases.share_with_interpreter(case, posted_pk(request, "message"), shared)


def _translate(request, case: Case) -> bool:
    message = case.messages.filter(pk=posted_pk(request, "message")).first()
    return message is not None and machine_translation.translate_message(message)


def _propose_move(request, case: Case) -> bool:
    form = TransferForm(request.POST, targets=transfers.targets(case))
    if form.is_valid():
        transfers.propose(case, request.user, form.cleaned_data["target"])
    return form.is_valid()


MORE_ACTIONS = {
    "appointment": _appointment,
    "share": _share,
    "translate": _translate,
    "propose_move": _propose_move,
}


def _answer_form(request, case: Case) -> StaffTextForm:
    """The answer box, filled with a template's text when one was chosen (no JavaScript)."""
    text = text_templates.text_for(case, request.GET.get("vorlage"))
    return StaffTextForm(initial={"text": text} if text else None)


@counsellor_required
@require_http_methods(["GET", "POST"])
def case_view(request, pk: int):
    case = get_object_or_404(inbox.cases_for(request.user), pk=pk)
    if request.method == "POST":
        if _act(request, case):
            return redirect(reverse("counselling:staff-case", args=[case.pk]))
        messages.error(request, _("That did not work: please check what you entered."))
    cases.log_read(case, request.user)
    templates = list(text_templates.for_case(case))
    context = {
        "case": case,
        "entries": cases.conversation(case, include_notes=True),
        "contact": cases.contact_of(case),
        "reads": case.reads.all()[:20],
        "answer_form": _answer_form(request, case),
        "template_form": TemplateChoiceForm(
            request.GET if "vorlage" in request.GET else None, templates=templates
        ),
        "has_templates": bool(templates),
        "appointments": appointments.of_case(case),
        "appointment_form": AppointmentForm(
            prefix=AppointmentForm.PREFIX,
            initial={"kind": case.mode or Case.Mode.IN_PERSON, "interpreter_language": _lang(case)},
        ),
        "transfer": transfers.pending(case),
        "transfer_form": TransferForm(targets=transfers.targets(case)),
        "can_translate": case.machine_translation_consent and machine_translation.available(),
        "status_form": StatusForm(initial={"status": case.status}),
        "assign_form": AssignForm(initial={"counsellor": case.assigned_to}, users=_team(case)),
        "interpreter_form": InterpreterRequestForm(),
        "referral_form": ReferralForm(),
        "referrals": case.referrals.all(),
        "interpreting": interpreters.requests_of(case),
    }
    return _private(render(request, "counselling/team/case.html", context))


def _lang(case: Case) -> str:
    return case.interpreter_language or case.language


@counsellor_required
def attachment(request, pk: int):
    item = get_object_or_404(
        Attachment.objects.select_related("message__case"),
        pk=pk,
        message__case__in=inbox.cases_for(request.user),
    )
    cases.log_read(item.message.case, request.user)
    return _private(_file_response(item))
