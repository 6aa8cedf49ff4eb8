"""What visitors see: the search page, an offer's page, its print view, map data."""

from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from ..models import Offer, OfferTranslation
from ..search import engine
from ..search.query import SearchQuery, Sort
from ..structured_data import as_script_content, offer_json_ld
from .maps import map_context, with_map_tiles

MAX_MAP_POINTS = 500


def _query(request, page_size: int = 20) -> SearchQuery:
    return SearchQuery.from_params(request.GET, get_language() or "de", page_size=page_size)


@require_GET
@vary_on_headers("HX-Request")
@with_map_tiles
def search(request):
    """One page for every search: plain GET form without JavaScript, live with htmx."""
    query = _query(request)
    result = engine.search(query)
    context = {
        "result": result,
        "query": query,
        "sort_choices": [
            (Sort.RELEVANCE, _label("relevance")),
            (Sort.DISTANCE, _label("distance")),
            (Sort.NEWEST, _label("newest")),
        ],
        **_navigation(query, result),
        **map_context(),
    }
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "search-results":
        return render(request, "directory/_results.html", context)
    return render(request, "directory/search.html", context)


def _navigation(query: SearchQuery, result: engine.SearchResult) -> dict:
    """Links that change the query: remove one filter, previous and next page."""
    active = [
        (value.label, query.without(facet.attribute, value.value).querystring())
        for facet in result.facets
        for value in facet.values
        if value.selected
    ]
    return {
        "active_filters": active,
        "previous_page_query": query.with_page(query.page - 1).querystring(),
        "next_page_query": query.with_page(query.page + 1).querystring(),
        "relaxed_filters": [
            (label, query.without(attribute, value).querystring(), count)
            for attribute, value, label, count in (
                result.suggestions.without_filter if result.suggestions else []
            )
        ],
    }


def _label(key: str) -> str:
    from django.utils.translation import gettext

    return {
        "relevance": gettext("Best match"),
        "distance": gettext("Nearest first"),
        "newest": gettext("Newest first"),
    }[key]


def _visible_offer(pk: int) -> Offer:
    language = get_language() or "de"
    offer = get_object_or_404(
        Offer.objects.published()
        .select_related("organisation")
        .prefetch_related(
            "fields_of_action",
            "target_groups",
            "languages",
            "accessibility",
            "locations__municipality",
            "service_area",
            "schedules__location",
            "contacts",
            Prefetch(
                "translations",
                queryset=OfferTranslation.objects.filter(
                    language=language, state=OfferTranslation.State.APPROVED
                ),
            ),
        ),
        pk=pk,
    )
    return offer


@require_GET
@with_map_tiles
def offer_detail(request, pk: int):
    offer = _visible_offer(pk)
    json_ld = as_script_content(offer_json_ld(offer, request.build_absolute_uri()))
    return render(
        request,
        "directory/offer_detail.html",
        {"offer": offer, "json_ld": mark_safe(json_ld), **map_context()},
    )


@require_GET
def offer_print(request, pk: int):
    """A page made for paper: everything needed to go there or call, no navigation."""
    offer = _visible_offer(pk)
    offer_url = request.build_absolute_uri(offer.get_absolute_url())
    return render(request, "directory/offer_print.html", {"offer": offer, "offer_url": offer_url})


@require_GET
def map_points(request):
    """GeoJSON of the places of the offers a search finds (capped), for the results map."""
    query = _query(request, page_size=MAX_MAP_POINTS)
    if query.page != 1:
        raise Http404
    features = []
    for offer in engine.search(query).offers:
        for location in offer.locations.all():
            latitude, longitude = location.coordinates
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                    "properties": {
                        "title": offer.localized("title"),
                        "url": offer.get_absolute_url(),
                        "place": str(location),
                    },
                }
            )
    response = JsonResponse({"type": "FeatureCollection", "features": features})
    response["Cache-Control"] = "public, max-age=60"
    return response
