from django.urls import path

from . import pwa_views, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("impressum/", views.legal_text, {"kind": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_text, {"kind": "privacy"}, name="privacy"),
    path("manifest.webmanifest", pwa_views.manifest, name="manifest"),
    path("offline/", pwa_views.offline, name="offline"),
    path("merkliste/", pwa_views.saved_offers, name="saved-offers"),
    path("barrierefreiheit/", views.accessibility_statement, name="accessibility"),
]
