"""URLs of the events part: the public calendar, registration, and the organisers' pages."""

from django.urls import include, path

app_name = "events"

urlpatterns = [
    path("veranstaltungen/", include("treffpunkt.events.urls_calendar")),
    path("veranstaltungen/", include("treffpunkt.events.urls_registration")),
    path("verwaltung/veranstaltungen/", include("treffpunkt.events.urls_organiser")),
]
