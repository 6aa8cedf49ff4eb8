from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("verwaltung/ueberblick/", views.dashboard, name="dashboard"),
    path("verwaltung/ueberblick/luecken.<str:kind>", views.gaps_export, name="gaps-export"),
    path("verwaltung/ueberblick/neu-berechnen/", views.refresh, name="refresh"),
    path("verwaltung/ueberblick/einwohner/", views.residents_upload, name="residents"),
    path("verwaltung/ueberblick/berichte/", views.snapshots, name="snapshots"),
    path("verwaltung/ueberblick/berichte/vergleich/", views.compare, name="compare"),
    path(
        "verwaltung/ueberblick/berichte/<int:pk>.<str:kind>",
        views.snapshot_download,
        name="snapshot-download",
    ),
]
