"""The editors' side: their organisation's good practices (all for coordinators), the form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from treffpunkt.network import roles

from ..forms import GoodPracticeForm
from ..models import GoodPractice


def editable_practices(user):
    """The profiles a user may work on: all for coordinators, else their organisations'."""
    practices = GoodPractice.objects.select_related("provider", "region")
    if roles.is_coordinator(user):
        return practices
    return practices.filter(provider__in=roles.organisation_ids(user, roles.Role.EDITOR))


def _require_editor(user) -> None:
    if not user.has_perm("practice.change_goodpractice"):
        raise PermissionDenied


def _practice_for(request, pk: int) -> GoodPractice:
    practice = get_object_or_404(GoodPractice, pk=pk)
    if not request.user.has_perm("practice.change_goodpractice", practice):
        raise PermissionDenied
    return practice


@login_required
def dashboard(request):
    _require_editor(request.user)
    practices = editable_practices(request.user).order_by("title")
    if text := request.GET.get("q", "").strip():
        practices = practices.filter(Q(title__icontains=text) | Q(provider__name__icontains=text))
    return render(request, "practice/editor/dashboard.html", {"practices": practices, "text": text})


def _save(request, practice: GoodPractice | None):
    form = GoodPracticeForm(
        request.POST if request.method == "POST" else None, instance=practice, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        provider = form.cleaned_data["provider"]
        may = request.user.has_perm("practice.change_goodpractice", provider) if provider else (
            roles.is_coordinator(request.user)
        )  # fmt: skip
        if not may:
            raise PermissionDenied
        saved = form.save()
        messages.success(request, _("The good practice has been saved."))
        return redirect("practice:edit", pk=saved.pk)
    return render(request, "practice/editor/form.html", {"form": form, "practice": practice})


@login_required
def practice_create(request):
    _require_editor(request.user)
    return _save(request, None)


@login_required
def practice_edit(request, pk: int):
    return _save(request, _practice_for(request, pk))
