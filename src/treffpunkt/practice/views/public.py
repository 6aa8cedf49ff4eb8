"""What visitors see: the list of good practices with search and filters, and one profile."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from treffpunkt.directory.models import Offer

from .. import listing
from ..models import GoodPractice


@require_GET
def practice_list(request):
    """Search and filters are a plain GET form: works without JavaScript, links can be shared."""
    found = listing.list_practices(request.GET, get_language() or "de")
    return render(
        request,
        "practice/list.html",
        {"listing": found, "may_edit": request.user.has_perm("practice.change_goodpractice")},
    )


def _url_or_none(obj) -> str | None:
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:  # the recommendation pages are not switched on
        return None


@require_GET
def practice_detail(request, slug: str):
    """A published profile; drafts only for those who may change them (as a preview)."""
    practice = get_object_or_404(
        GoodPractice.objects.select_related("provider", "region").prefetch_related(
            "fields_of_action"
        ),
        slug=slug,
    )
    may_edit = request.user.has_perm("practice.change_goodpractice", practice)
    if practice.status != GoodPractice.Status.PUBLISHED and not may_edit:
        raise Http404
    offers = (
        Offer.objects.published()
        .filter(good_practices=practice)
        .select_related("organisation")
        .order_by("title")
    )
    recommendations = [
        (recommendation, _url_or_none(recommendation))
        for recommendation in practice.recommendations.select_related("field_of_action")
    ]
    return render(
        request,
        "practice/detail.html",
        {
            "practice": practice,
            "offers": offers,
            "recommendations": recommendations,
            "may_edit": may_edit,
        },
    )
