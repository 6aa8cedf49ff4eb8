from django.urls import path

from .views import editor, exports, public
from .views import importing as importing_views

app_name = "directory"

urlpatterns = [
    path("angebote/", public.search, name="search"),
    path("angebote/karte.json", public.map_points, name="map-points"),
    path("angebote/export.csv", exports.export_csv, name="export-csv"),
    path("angebote/export.hsds.json", exports.export_hsds, name="export-hsds"),
    path("angebote/<int:pk>/", public.offer_detail, name="offer"),
    path("angebote/<int:pk>/druck/", public.offer_print, name="offer-print"),
    path("verwaltung/angebote/", editor.dashboard, name="editor-dashboard"),
    path("verwaltung/angebote/export.csv", editor.export_own_csv, name="editor-export-csv"),
    path("verwaltung/angebote/neu/", editor.offer_create, name="offer-create"),
    path("verwaltung/angebote/<int:pk>/", editor.offer_edit, name="offer-edit"),
    path("verwaltung/angebote/<int:pk>/kopieren/", editor.offer_duplicate, name="offer-duplicate"),
    path("verwaltung/angebote/<int:pk>/archivieren/", editor.offer_archive, name="offer-archive"),
    path("verwaltung/angebote/<int:pk>/geprueft/", editor.offer_confirm, name="offer-confirm"),
    path("verwaltung/angebote/<int:pk>/verlauf/", editor.offer_history_view, name="offer-history"),
    path("verwaltung/import/", importing_views.upload, name="import"),
    path("verwaltung/import/spalten/", importing_views.mapping, name="import-mapping"),
    path("verwaltung/import/vorschau/", importing_views.preview, name="import-preview"),
    path("verwaltung/import/importieren/", importing_views.run, name="import-run"),
]
