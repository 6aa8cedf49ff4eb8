"""URLs of content translation: the dashboard, lists per language and the side-by-side editor."""

from django.urls import path

from . import views

app_name = "translations"

urlpatterns = [
    path("verwaltung/uebersetzungen/", views.dashboard, name="dashboard"),
    path(
        "verwaltung/uebersetzungen/<str:kind>/<str:language>/",
        views.object_list,
        name="list",
    ),
    path(
        "verwaltung/uebersetzungen/<str:kind>/<int:pk>/<str:language>/",
        views.editor,
        name="editor",
    ),
    path(
        "verwaltung/uebersetzungen/<str:kind>/<int:pk>/<str:language>/maschinell/",
        views.machine_suggestion,
        name="machine",
    ),
]
