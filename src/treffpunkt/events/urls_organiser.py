"""URL patterns of the organisers' pages, included by events/urls.py under
"verwaltung/veranstaltungen/"."""

from django.urls import path

from .views import organiser

registration = "<int:pk>/teilnehmende/<int:registration_pk>"

urlpatterns = [
    path("", organiser.event_list, name="organiser-events"),
    path("neu/", organiser.event_create, name="organiser-event-create"),
    path("<int:pk>/bearbeiten/", organiser.event_edit, name="organiser-event-edit"),
    path("<int:pk>/kopieren/", organiser.event_copy, name="organiser-event-copy"),
    path("<int:pk>/absagen/", organiser.event_cancel, name="organiser-event-cancel"),
    path("<int:pk>/verschieben/", organiser.event_move, name="organiser-event-move"),
    path("<int:pk>/teilnehmende/", organiser.participants, name="organiser-participants"),
    path(
        "<int:pk>/teilnehmende.csv", organiser.participants_csv, name="organiser-participants-csv"
    ),
    path(
        "<int:pk>/teilnehmende.xlsx",
        organiser.participants_xlsx,
        name="organiser-participants-xlsx",
    ),
    path(
        "<int:pk>/teilnehmendenliste/",
        organiser.participant_list,
        name="organiser-participant-list",
    ),
    path("<int:pk>/check-in/", organiser.check_in_list, name="organiser-check-in"),
    path(f"{registration}/raum/", organiser.registration_room, name="organiser-registration-room"),
    path(
        f"{registration}/absagen/",
        organiser.registration_cancel,
        name="organiser-registration-cancel",
    ),
    path(
        f"{registration}/check-in/",
        organiser.registration_check_in,
        name="organiser-registration-check-in",
    ),
    path("reihen/neu/", organiser.series_create, name="organiser-series-create"),
    path("reihen/<slug:slug>/bearbeiten/", organiser.series_edit, name="organiser-series-edit"),
]
