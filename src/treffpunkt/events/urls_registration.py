"""URL patterns, included by events/urls.py: registration and the personal page."""

from django.urls import path

from .views import registration

urlpatterns = [
    path("anmelden/<int:pk>/", registration.register, name="register"),
    path("reihen/<slug:slug>/anmelden/", registration.register_series, name="register-series"),
    path("anmeldung/gesendet/", registration.registration_sent, name="registration-sent"),
    path("anmeldung/<str:token>/bestaetigen/", registration.confirm, name="confirm"),
    path("anmeldung/<str:token>/", registration.participant_page, name="participant"),
    path("anmeldung/<str:token>/<int:pk>/absagen/", registration.cancel, name="cancel"),
    path("anmeldung/<str:token>/<int:pk>/raum/", registration.change_room, name="change-room"),
]
