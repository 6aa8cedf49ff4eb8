from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("impressum/", views.legal_text, {"kind": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_text, {"kind": "privacy"}, name="privacy"),
]
