from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter(trailing_slash=True)
router.register("offers", views.OfferViewSet, basename="offer")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("fields-of-action", views.FieldOfActionViewSet, basename="field-of-action")
router.register("target-groups", views.TargetGroupViewSet, basename="target-group")
router.register(
    "accessibility-features", views.AccessibilityFeatureViewSet, basename="accessibility-feature"
)
router.register("languages", views.LanguageViewSet, basename="language")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
]
