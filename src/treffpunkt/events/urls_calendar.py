"""URL patterns of the public calendar, included by events/urls.py under "veranstaltungen/"."""

from django.urls import path

from .views import calendar

urlpatterns = [
    path("", calendar.calendar_list, name="calendar"),
    path("monat/<int:year>/<int:month>/", calendar.calendar_month, name="calendar-month"),
    path("kalender.ics", calendar.feed, name="feed"),
    path("<int:pk>/", calendar.event_detail, name="event"),
    path("<int:pk>/termin.ics", calendar.event_ics, name="event-ics"),
    path("reihen/<slug:slug>/", calendar.series_detail, name="series"),
    path("reihen/<slug:slug>/kalender.ics", calendar.series_feed, name="series-feed"),
]
