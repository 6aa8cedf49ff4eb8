"""Counselling: the newcomers' way in at /beratung/ (stable for posters and QR codes), the
personal case pages, and the counsellors' team inbox."""

from django.urls import path

from .views import interpreter, public, staff, team

app_name = "counselling"

urlpatterns = [
    path("beratung/", public.start, name="start"),
    path("beratung/schreiben/", public.first_contact, name="first-contact"),
    path("beratung/datenschutz/", public.data_protection, name="data-protection"),
    path("beratung/fall/<str:token>/", public.case, name="case"),
    path("beratung/fall/<str:token>/loeschen/", public.delete, name="delete"),
    path("beratung/fall/<str:token>/datei/<int:pk>/", public.attachment, name="attachment"),
    path(
        "beratung/fall/<str:token>/termin/<int:pk>.ics",
        public.appointment_ics,
        name="appointment-ics",
    ),
    path("beratung/fall/<str:token>/uebersetzung/", public.translation_consent, name="translation"),
    path("beratung/fall/<str:token>/wechsel/", public.transfer, name="transfer"),
    path("beratung/team/", staff.inbox_view, name="inbox"),
    path("beratung/team/bestaetigen/", staff.verify, name="verify"),
    path("beratung/statistik/", staff.statistics_view, name="statistics"),
    path("beratung/team/fall/<int:pk>/", staff.case_view, name="staff-case"),
    path("beratung/team/datei/<int:pk>/", staff.attachment, name="staff-attachment"),
    path("beratung/team/texte/", team.texts, name="texts"),
    path("beratung/team/texte/vorlage/<int:pk>/", team.template_edit, name="template-edit"),
    path("beratung/dolmetschen/", interpreter.bookings, name="interpreter-bookings"),
    path("beratung/dolmetschen/fall/<int:pk>/", interpreter.case_view, name="interpreter-case"),
    path(
        "beratung/dolmetschen/fall/<int:pk>/datei/<int:file_pk>/",
        interpreter.attachment,
        name="interpreter-attachment",
    ),
]
