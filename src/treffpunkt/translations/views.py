"""Coordinators' (and, for their offers, editors') pages: dashboard, lists, the editor."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import dashboard as dashboard_domain
from . import editing, machine, registry
from .forms import TranslationForm
from .status import Status

PAGE_SIZE = 50


def _translatable(kind: str) -> registry.Translatable:
    translatable = registry.get(kind)
    if translatable is None:
        raise Http404
    return translatable


def _language(language: str) -> str:
    if not editing.is_target_language(language):
        raise Http404
    return language


def _object_to_translate(request, kind: str, pk: int, language: str):
    translatable = _translatable(kind)
    _language(language)
    obj = get_object_or_404(translatable.model, pk=pk)
    if not request.user.has_perm("translations.translate", obj):
        raise PermissionDenied
    return translatable, obj


@login_required
def dashboard(request):
    if not request.user.has_perm("translations.view_dashboard"):
        raise PermissionDenied
    return render(
        request,
        "translations/dashboard.html",
        {
            "kinds": dashboard_domain.overview(request.user),
            "machine_enabled": machine.configured() is not None,
        },
    )


@login_required
def object_list(request, kind: str, language: str):
    """The objects of one kind in one language, filtered by status (?status=missing)."""
    if not request.user.has_perm("translations.view_dashboard"):
        raise PermissionDenied
    translatable = _translatable(kind)
    _language(language)
    status = request.GET.get("status", "")
    if status not in Status.values:
        status = ""
    objects = translatable.store.with_status(
        translatable,
        dashboard_domain.visible_objects(translatable, request.user),
        language,
        status,
    )
    page = Paginator(objects, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "translations/list.html",
        {
            "translatable": translatable,
            "language": language,
            "language_name": get_language_info(language)["name_translated"],
            "status": status,
            "statuses": Status.choices,
            "page": page,
            "rows": dashboard_domain.rows(translatable, page.object_list, language),
        },
    )


def _editor_url(kind: str, pk: int, language: str) -> str:
    return reverse("translations:editor", args=[kind, pk, language])


@login_required
def editor(request, kind: str, pk: int, language: str):
    """Source left, translation right, field by field; save as draft or approve."""
    translatable, obj = _object_to_translate(request, kind, pk, language)
    record = editing.record_of(translatable, obj, language)
    approving = request.POST.get("action") == "approve"
    form = TranslationForm(
        translatable,
        obj,
        language,
        request.POST if request.method == "POST" else None,
        initial=record.values if record else {},
        approving=approving,
    )
    if request.method == "POST" and form.is_valid():
        editing.save(
            translatable, obj, language, form.cleaned_data, user=request.user, approve=approving
        )
        messages.success(
            request,
            _("The translation has been approved; visitors now see it.")
            if approving
            else _("The translation has been saved as a draft; visitors do not see it yet."),
        )
        return redirect(_editor_url(kind, pk, language))
    rows = zip(editing.editor_fields(translatable, obj, record), form, strict=True)
    return render(
        request,
        "translations/editor.html",
        {
            "translatable": translatable,
            "obj": obj,
            "record": record,
            "status": record.status if record else Status.MISSING,
            "language": language,
            "language_name": get_language_info(language)["name_translated"],
            "target_languages": editing.target_languages(),
            "form": form,
            "rows": list(rows),
            "machine": machine.configured(),
        },
    )


@require_POST
@login_required
def machine_suggestion(request, kind: str, pk: int, language: str):
    """Fill empty and outdated fields by machine translation, as a draft to be checked."""
    translatable, obj = _object_to_translate(request, kind, pk, language)
    translator = machine.configured()
    if translator is None:
        raise Http404
    try:
        filled = editing.machine_draft(translatable, obj, language, user=request.user)
    except machine.MachineTranslationError as error:
        messages.error(request, _("No machine translation: %(reason)s") % {"reason": error})
    else:
        if filled:
            message = ngettext(
                "%(service)s suggested a translation of %(count)d field, saved as a draft. "
                "Check it, correct it and approve it.",
                "%(service)s suggested a translation of %(count)d fields, saved as a draft. "
                "Check them, correct them and approve the translation.",
                len(filled),
            )
            messages.success(request, message % {"service": translator.name, "count": len(filled)})
        else:
            messages.info(request, _("Every field already has a current translation."))
    return redirect(_editor_url(kind, pk, language))
