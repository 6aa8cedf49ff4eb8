"""The read-only JSON API: the directory's search (same parameters and ranking as the search
page), single offers, organisations and the vocabularies apps need to build filters."""

from django.db.models import Prefetch
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.response import Response

from treffpunkt.network.models import (
    FieldOfAction,
    Language,
    Municipality,
    Organisation,
    TargetGroup,
)

from ..models import AccessibilityFeature, Offer, OfferTranslation
from ..search import engine
from ..search.query import FILTER_PARAMETERS, SearchQuery
from . import serializers

MAX_PAGE_SIZE = 100
LANGUAGE_PARAMETER = OpenApiParameter(
    "lang", OpenApiTypes.STR, description="Language of texts: de (default), en, ar, uk, tr, fa."
)
SEARCH_PARAMETERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Search words, as on the search page."),
    *[
        OpenApiParameter(
            name, OpenApiTypes.STR, many=True, description=f"Filter ({attribute}); repeatable."
        )
        for name, attribute in FILTER_PARAMETERS.items()
    ],
    OpenApiParameter(
        "naehe", OpenApiTypes.STR, description="Town (slug or name) or postcode for distances."
    ),
    OpenApiParameter("sortierung", OpenApiTypes.STR, enum=["relevanz", "entfernung", "neueste"]),
    OpenApiParameter("seite", OpenApiTypes.INT, description="Page, from 1."),
    OpenApiParameter(
        "pro_seite", OpenApiTypes.INT, description=f"Results per page (1–{MAX_PAGE_SIZE})."
    ),
    LANGUAGE_PARAMETER,
]


class LanguageMixin:
    """Texts in the language asked for with ?lang=, else the Accept-Language header."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        language = request.query_params.get("lang")
        if not (language and translation.check_for_language(language)):
            # The API has no language prefix in its paths: the header decides.
            language = translation.get_language_from_request(request, check_path=False)
        translation.activate(language)
        request.LANGUAGE_CODE = language


def _page_size(request) -> int:
    try:
        return min(max(int(request.query_params.get("pro_seite", 20)), 1), MAX_PAGE_SIZE)
    except ValueError:
        return 20


class OfferViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.OfferSerializer

    def get_queryset(self):
        language = translation.get_language()
        offers = Offer.objects.published().select_related("organisation__municipality")
        return offers.prefetch_related(
            "fields_of_action", "target_groups", "languages", "accessibility",
            "locations__municipality", "service_area", "schedules", "contacts",
            Prefetch("translations", queryset=OfferTranslation.objects.filter(
                language=language, state=OfferTranslation.State.APPROVED)),
        )  # fmt: skip

    @extend_schema(parameters=SEARCH_PARAMETERS, responses=serializers.SearchPageSerializer)
    def list(self, request, *args, **kwargs):
        query = SearchQuery.from_params(
            request.query_params, translation.get_language(), _page_size(request)
        )
        result = engine.search(query)
        ids = [offer.pk for offer in result.offers]
        by_id = {offer.pk: offer for offer in self.get_queryset().filter(pk__in=ids)}
        result.offers = [by_id[pk] for pk in ids if pk in by_id]
        base = request.build_absolute_uri(request.path)
        extra = f"&pro_seite={query.page_size}" if query.page_size != 20 else ""
        page = {
            "total": result.total,
            "query": query,
            "pages": result.pages,
            "next": base + query.with_page(query.page + 1).querystring() + extra
            if query.page < result.pages else None,
            "previous": base + (query.with_page(query.page - 1).querystring() or "?") + extra
            if query.page > 1 else None,
            "facets": result.facets,
            "offers": result.offers,
        }  # fmt: skip
        return Response(serializers.SearchPageSerializer(page, context={"request": request}).data)

    @extend_schema(parameters=[LANGUAGE_PARAMETER])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


class OrganisationViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.OrganisationSerializer
    queryset = Organisation.objects.filter(is_active=True).select_related("municipality")
    lookup_field = "slug"


class _VocabularyViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.VocabularySerializer
    lookup_field = "slug"
    pagination_class = None


class FieldOfActionViewSet(_VocabularyViewSet):
    queryset = FieldOfAction.objects.all()


class TargetGroupViewSet(_VocabularyViewSet):
    queryset = TargetGroup.objects.all()


class AccessibilityFeatureViewSet(_VocabularyViewSet):
    queryset = AccessibilityFeature.objects.all()


class LanguageViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.LanguageSerializer
    queryset = Language.objects.all()
    lookup_field = "code"
    pagination_class = None


class MunicipalityViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.MunicipalitySerializer
    queryset = Municipality.objects.select_related("parent")
    lookup_field = "slug"
    pagination_class = None
