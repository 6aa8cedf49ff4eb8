"""URLs of results: protocols and recommendations for organisers, the public tracking of
recommendations and the public protocols of published events."""

from django.urls import path

from .views import documentation, imports, protocols, public, recommendations

app_name = "results"

urlpatterns = [
    # Organisers: protocols and fast note-taking
    path("verwaltung/ergebnisse/", protocols.event_list, name="events"),
    path("verwaltung/ergebnisse/<int:event_pk>/", protocols.protocol_list, name="protocols"),
    path(
        "verwaltung/ergebnisse/<int:event_pk>/dokumentation.docx",
        documentation.documentation_docx,
        name="documentation-docx",
    ),
    path(
        "verwaltung/ergebnisse/<int:event_pk>/dokumentation.pdf",
        documentation.documentation_pdf,
        name="documentation-pdf",
    ),
    path(
        "verwaltung/ergebnisse/<int:event_pk>/neu/",
        protocols.protocol_create,
        name="protocol-create",
    ),
    path("verwaltung/ergebnisse/<int:event_pk>/import/", imports.import_form, name="import"),
    path(
        "verwaltung/ergebnisse/<int:event_pk>/import/speichern/",
        imports.import_save,
        name="import-save",
    ),
    path("verwaltung/ergebnisse/protokoll/<int:pk>/", protocols.notes, name="notes"),
    path(
        "verwaltung/ergebnisse/protokoll/<int:pk>/kopf/",
        protocols.protocol_edit,
        name="protocol-edit",
    ),
    path(
        "verwaltung/ergebnisse/protokoll/<int:pk>/vorschau/",
        protocols.note_preview,
        name="note-preview",
    ),
    path(
        "verwaltung/ergebnisse/aussage/<int:pk>/", protocols.statement_edit, name="statement-edit"
    ),
    path(
        "verwaltung/ergebnisse/aussage/<int:pk>/loeschen/",
        protocols.statement_delete,
        name="statement-delete",
    ),
    path(
        "verwaltung/ergebnisse/aussage/<int:pk>/verschieben/",
        protocols.statement_move,
        name="statement-move",
    ),
    # Organisers: recommendations
    path("verwaltung/empfehlungen/", recommendations.recommendation_list, name="recommendations"),
    path(
        "verwaltung/empfehlungen/neu/",
        recommendations.recommendation_create,
        name="recommendation-create",
    ),
    path(
        "verwaltung/empfehlungen/<int:pk>/",
        recommendations.recommendation_edit,
        name="recommendation-edit",
    ),
    path(
        "verwaltung/empfehlungen/<int:pk>/status/",
        recommendations.status_change,
        name="recommendation-status",
    ),
    # Public
    path("empfehlungen/", public.overview, name="tracking"),
    path("empfehlungen/e/<int:pk>/", public.recommendation, name="recommendation"),
    path("empfehlungen/<slug:network_slug>/", public.overview, name="tracking-network"),
    path("ergebnisse/protokoll/<int:pk>/", public.protocol, name="protocol"),
]
