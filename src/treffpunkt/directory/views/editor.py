"""The editors' side: their organisation's offers, forms, history, "still valid"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from treffpunkt.network import roles

from .. import editing, freshness
from ..forms import ContactFormSet, NewLocationForm, OfferForm, ScheduleFormSet
from ..history import offer_history
from ..models import Offer

VIEWS = {
    "alle": None,
    "veraltet": "stale",
    "entwuerfe": Offer.Status.DRAFT,
    "archiv": Offer.Status.ARCHIVED,
}
VIEW_LABELS = {
    "alle": _lazy("current"),
    "veraltet": _lazy("to check"),
    "entwuerfe": _lazy("drafts"),
    "archiv": _lazy("archived"),
}


def editable_offers(user):
    """The offers a user may work on: all for coordinators, else their organisations'."""
    if roles.is_coordinator(user):
        return Offer.objects.all()
    return Offer.objects.of_organisations(roles.organisation_ids(user, roles.Role.EDITOR))


def _offer_for(request, pk: int) -> Offer:
    offer = get_object_or_404(Offer, pk=pk)
    if not request.user.has_perm("directory.change_offer", offer):
        raise PermissionDenied
    return offer


def _require_editor(user) -> None:
    if not user.has_perm("directory.change_offer"):
        raise PermissionDenied


@login_required
def dashboard(request):
    _require_editor(request.user)
    view = request.GET.get("ansicht", "alle")
    offers = editable_offers(request.user).select_related("organisation")
    stale = freshness.stale_offers(offers)
    if VIEWS.get(view) == "stale":
        shown = stale
    elif VIEWS.get(view):
        shown = offers.filter(status=VIEWS[view])
    else:
        shown = offers.exclude(status=Offer.Status.ARCHIVED)
    if text := request.GET.get("q", "").strip():
        shown = shown.filter(Q(title__icontains=text) | Q(organisation__name__icontains=text))
    page = Paginator(shown.order_by("title"), 50).get_page(request.GET.get("seite"))
    return render(
        request,
        "directory/editor/dashboard.html",
        {
            "page": page,
            "view": view,
            "view_choices": list(VIEW_LABELS.items()),
            "text": text,
            "stale_count": stale.count(),
            "stale_ids": set(
                stale.filter(pk__in=[o.pk for o in page]).values_list("pk", flat=True)
            ),
        },
    )


def _save_offer(request, offer: Offer | None):
    form = OfferForm(request.POST or None, instance=offer, user=request.user)
    new_location = NewLocationForm(request.POST or None, prefix="new_location")
    schedules = ScheduleFormSet(request.POST or None, instance=offer, prefix="schedules")
    contacts = ContactFormSet(request.POST or None, instance=offer, prefix="contacts")
    if request.method == "POST" and all(
        f.is_valid() for f in (form, new_location, schedules, contacts)
    ):
        organisation = form.cleaned_data["organisation"]
        if not request.user.has_perm("directory.change_offer", organisation):
            raise PermissionDenied
        with transaction.atomic():
            saved = form.save()
            if not new_location.is_empty:
                location = new_location.save(commit=False)
                location.organisation = organisation
                location.save()
                saved.locations.add(location)
            for formset in (schedules, contacts):
                formset.instance = saved
                formset.save()
        messages.success(request, _("The offer has been saved."))
        return redirect("directory:offer-edit", pk=saved.pk)
    return render(
        request,
        "directory/editor/offer_form.html",
        {
            "form": form,
            "new_location": new_location,
            "schedules": schedules,
            "contacts": contacts,
            "offer": offer,
        },
    )


@login_required
def offer_create(request):
    _require_editor(request.user)
    return _save_offer(request, None)


@login_required
def offer_edit(request, pk: int):
    return _save_offer(request, _offer_for(request, pk))


@login_required
@require_POST
def offer_duplicate(request, pk: int):
    copy = editing.duplicate_offer(_offer_for(request, pk))
    messages.success(request, _("A copy has been made as a draft. Change what differs."))
    return redirect("directory:offer-edit", pk=copy.pk)


@login_required
@require_POST
def offer_archive(request, pk: int):
    editing.archive_offer(_offer_for(request, pk))
    messages.success(request, _("The offer has been archived and no longer appears publicly."))
    return redirect("directory:editor-dashboard")


@login_required
@require_POST
def offer_confirm(request, pk: int):
    offer = _offer_for(request, pk)
    editing.confirm_current(offer)
    messages.success(
        request, _("Thank you! “%(title)s” is marked as checked today.") % {"title": offer.title}
    )
    return redirect(request.POST.get("next") or "directory:editor-dashboard")


@login_required
def offer_history_view(request, pk: int):
    offer = _offer_for(request, pk)
    return render(
        request,
        "directory/editor/history.html",
        {"offer": offer, "entries": offer_history(offer)},
    )


@login_required
def export_own_csv(request):
    """The offers the user may edit, as CSV (the format the import reads)."""
    from .. import exporting

    _require_editor(request.user)
    offers = exporting.prefetched(editable_offers(request.user)).order_by("title")
    response = StreamingHttpResponse(
        exporting.iter_csv(offers), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="treffpunkt-meine-angebote.csv"'
    return response
