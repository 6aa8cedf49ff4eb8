"""The team's own texts: templates for answers and absence notes shown to clients.

Each counsellor manages those of the teams they work in; others' are a 404.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from treffpunkt.network.models import Organisation

from .. import absences, text_templates
from ..forms import AbsenceForm, TextTemplateForm
from ..models import Counsellor
from ..rules import counselling_organisation_ids
from .public import _private
from .staff import counsellor_required, posted_pk


def _organisations(user):
    return Organisation.objects.filter(pk__in=counselling_organisation_ids(user))


def _colleagues(user):
    user_ids = Counsellor.objects.filter(
        organisation_id__in=counselling_organisation_ids(user), is_active=True
    ).values("user_id")
    return get_user_model().objects.filter(pk__in=user_ids).order_by("first_name", "username")


def _post(request, organisations) -> bool:
    """Carry out one posted action of the page; True if it was valid."""
    action = request.POST.get("action")
    if action == "template":
        form = TextTemplateForm(request.POST, organisations=organisations)
        if form.is_valid():
            form.save()
        return form.is_valid()
    if action == "absence":
        form = AbsenceForm(
            request.POST, organisations=organisations, users=_colleagues(request.user)
        )
        if form.is_valid():
            form.save()
        return form.is_valid()
    if action == "delete_template":
        found = text_templates.for_user(request.user).filter(pk=posted_pk(request, "pk"))
        return found.delete()[0] > 0
    if action == "delete_absence":
        found = absences.for_user(request.user).filter(pk=posted_pk(request, "pk"))
        return found.delete()[0] > 0
    return False


@counsellor_required
@require_http_methods(["GET", "POST"])
def texts(request):
    organisations = _organisations(request.user)
    if request.method == "POST":
        if _post(request, organisations):
            return redirect(reverse("counselling:texts"))
        messages.error(request, _("That did not work: please check what you entered."))
    context = {
        "templates": text_templates.for_user(request.user),
        "absences": absences.for_user(request.user)[:50],
        "template_form": TextTemplateForm(organisations=organisations),
        "absence_form": AbsenceForm(organisations=organisations, users=_colleagues(request.user)),
    }
    return _private(render(request, "counselling/team/texts.html", context))


@counsellor_required
@require_http_methods(["GET", "POST"])
def template_edit(request, pk: int):
    template = get_object_or_404(text_templates.for_user(request.user), pk=pk)
    form = TextTemplateForm(
        request.POST or None, instance=template, organisations=_organisations(request.user)
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(reverse("counselling:texts"))
    context = {"form": form, "template": template}
    return _private(render(request, "counselling/team/template_edit.html", context))
