"""Downloads of search results: CSV and Open Referral HSDS JSON."""

import json

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from ..models import Offer
from ..search import engine
from ..search.query import SearchQuery

MAX_EXPORT = 20_000


def _matching_offers(request):
    """Every offer the search finds (up to MAX_EXPORT), with what exports need."""
    from .. import exporting

    query = SearchQuery.from_params(request.GET, get_language() or "de", page_size=MAX_EXPORT)
    ids = engine.matching_ids(query)
    return exporting.prefetched(Offer.objects.filter(pk__in=ids)).order_by("title")


def _filename(extension: str) -> str:
    return f"treffpunkt-angebote-{timezone.localdate():%Y-%m-%d}.{extension}"


@require_GET
def export_csv(request):
    from .. import exporting

    response = StreamingHttpResponse(
        exporting.iter_csv(_matching_offers(request)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


@require_GET
def export_hsds(request):
    from ..hsds import export as hsds

    language = get_language() or "de"

    def records():
        yield "["
        for index, offer in enumerate(_matching_offers(request)):
            yield ("," if index else "") + json.dumps(
                hsds.service(offer, language), ensure_ascii=False
            )
        yield "]"

    response = StreamingHttpResponse(records(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("hsds.json")}"'
    return response
