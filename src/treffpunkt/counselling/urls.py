"""Counselling: the newcomers' way in at /beratung/ (stable for posters and QR codes), the
personal case pages, and the counsellors' team inbox."""

from django.urls import path

from .views import public, staff

app_name = "counselling"

urlpatterns = [
    path("beratung/", public.start, name="start"),
    path("beratung/schreiben/", public.first_contact, name="first-contact"),
    path("beratung/datenschutz/", public.data_protection, name="data-protection"),
    path("beratung/fall/<str:token>/", public.case, name="case"),
    path("beratung/fall/<str:token>/loeschen/", public.delete, name="delete"),
    path("beratung/fall/<str:token>/datei/<int:pk>/", public.attachment, name="attachment"),
    path("beratung/team/", staff.inbox_view, name="inbox"),
    path("beratung/team/bestaetigen/", staff.verify, name="verify"),
    path("beratung/statistik/", staff.statistics_view, name="statistics"),
    path("beratung/team/fall/<int:pk>/", staff.case_view, name="staff-case"),
    path("beratung/team/datei/<int:pk>/", staff.attachment, name="staff-attachment"),
]
