"""The public calendar: the list by month, its filters, the month grid, the iCal feeds."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    FieldOfActionFactory,
    MunicipalityFactory,
)
from treffpunkt.events.calendar_filters import CalendarFilterForm
from treffpunkt.events.calendar_month import month_of
from treffpunkt.events.models import Event

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NEXT_YEAR = timezone.now().year + 1


def at(month: int, day: int, hour: int, minute: int = 0, year: int = NEXT_YEAR):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=UTC)


def titles(html: str) -> list[str]:
    """The event titles of the calendar's cards, in order."""
    return re.findall(r'<h3><a href="[^"]+">(?:<s>)?([^<]+)', html)


def calendar(client, **params):
    return client.get(reverse("events:calendar"), params)


def test_calendar_lists_upcoming_public_events_by_month(client):
    EventFactory(title="Fachtag Wohnen", starts_at=at(6, 3, 8), ends_at=at(6, 3, 15))
    EventFactory(title="Sprachcafé", starts_at=at(5, 20, 16), ends_at=at(5, 20, 18))
    EventFactory(title="Online-Austausch", starts_at=at(6, 10, 12), ends_at=at(6, 10, 13))
    EventFactory(title="Entwurf", status=Event.Status.DRAFT)
    EventFactory(
        title="Vorbei",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3) + datetime.timedelta(hours=2),
    )

    response = calendar(client)

    assert response.status_code == 200
    html = response.text
    assert titles(html) == ["Sprachcafé", "Fachtag Wohnen", "Online-Austausch"]
    months = re.findall(r'<h2 id="month-(\d{4}-\d\d)">([^<]+)</h2>', html)
    assert months == [
        (f"{NEXT_YEAR}-05", f"Mai {NEXT_YEAR}"),
        (f"{NEXT_YEAR}-06", f"Juni {NEXT_YEAR}"),
    ]
    assert "Entwurf" not in html
    assert "Vorbei" not in html


def test_an_event_under_way_is_still_upcoming(client):
    now = timezone.now()
    EventFactory(
        title="Läuft gerade",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=1),
    )

    assert titles(calendar(client).text) == ["Läuft gerade"]


def test_cancelled_events_are_shown_struck_through(client):
    EventFactory(title="Fällt aus", status=Event.Status.CANCELLED)

    html = calendar(client).text

    assert re.search(
        r'<a href="/veranstaltungen/\d+/"><s>Fällt aus</s></a> '
        r'<span class="badge badge--warning">abgesagt</span>',
        html,
    )


def test_times_are_shown_in_german_time(client):
    EventFactory(title="Fachtag", starts_at=at(6, 3, 8), ends_at=at(6, 3, 14, 30))  # UTC
    EventFactory(title="Winter", starts_at=at(1, 14, 8), ends_at=at(1, 14, 9))

    html = calendar(client).text

    assert f'<time datetime="{NEXT_YEAR}-06-03T10:00:00+02:00">' in html  # summer time
    assert ", 10:00</time>–<time" in html
    assert f'datetime="{NEXT_YEAR}-06-03T16:30:00+02:00">16:30</time>' in html
    assert f'<time datetime="{NEXT_YEAR}-01-14T09:00:00+01:00">' in html  # winter time


def test_filter_by_field_of_action(client):
    housing = FieldOfActionFactory(name="Wohnen", slug="wohnen")
    language = FieldOfActionFactory(name="Sprache", slug="sprache")
    EventFactory(title="Wohnungsmarkt").fields_of_action.set([housing])
    EventFactory(title="Sprachkurse").fields_of_action.set([language, housing])
    EventFactory(title="Ohne Thema")

    response = calendar(client, thema="sprache")

    assert titles(response.text) == ["Sprachkurse"]
    assert '<option value="sprache" selected>Sprache</option>' in response.text
    assert titles(calendar(client, thema="wohnen").text) == ["Wohnungsmarkt", "Sprachkurse"]


def test_filter_by_format_includes_hybrid_events(client):
    EventFactory(
        title="Vor Ort", format=Event.Format.ON_SITE, starts_at=at(3, 1, 9), ends_at=at(3, 1, 10)
    )
    EventFactory(
        title="Online", format=Event.Format.ONLINE, starts_at=at(3, 2, 9), ends_at=at(3, 2, 10)
    )
    EventFactory(
        title="Hybrid", format=Event.Format.HYBRID, starts_at=at(3, 3, 9), ends_at=at(3, 3, 10)
    )

    assert titles(calendar(client, format="online").text) == ["Online", "Hybrid"]
    assert titles(calendar(client, format="on_site").text) == ["Vor Ort", "Hybrid"]
    assert titles(calendar(client, format="hybrid").text) == ["Hybrid"]


def test_filter_by_region_includes_the_places_within(client):
    district = MunicipalityFactory(name="Kreis Recklinghausen", slug="kreis-re", kind="kreis")
    marl = MunicipalityFactory(name="Marl", slug="marl", parent=district)
    dorsten = MunicipalityFactory(name="Dorsten", slug="dorsten", parent=district)
    elsewhere = MunicipalityFactory(name="Bochum", slug="bochum")
    EventFactory(title="In Marl", municipality=marl, starts_at=at(3, 1, 9), ends_at=at(3, 1, 10))
    EventFactory(
        title="In Dorsten", municipality=dorsten, starts_at=at(3, 2, 9), ends_at=at(3, 2, 10)
    )
    EventFactory(title="In Bochum", municipality=elsewhere)

    assert titles(calendar(client, ort="kreis-re").text) == ["In Marl", "In Dorsten"]
    assert titles(calendar(client, ort="marl").text) == ["In Marl"]


def test_filter_by_series(client):
    series = EventSeriesFactory(title="Online-Reihe Vielfalt", slug="vielfalt")
    EventFactory(title="Teil 1", series=series)
    EventFactory(title="Etwas anderes")

    assert titles(calendar(client, reihe="vielfalt").text) == ["Teil 1"]


def test_unknown_filter_values_are_ignored(client):
    EventFactory(title="Fachtag")

    response = calendar(client, thema="gibt-es-nicht", format="zirkus", ort="nirgendwo")

    assert response.status_code == 200
    assert titles(response.text) == ["Fachtag"]


def test_filter_form_is_a_plain_get_form_offering_values_in_use(client):
    used = FieldOfActionFactory(name="Arbeit", slug="arbeit")
    FieldOfActionFactory(name="Unbenutzt", slug="unbenutzt")
    district = MunicipalityFactory(name="Kreis Recklinghausen", slug="kreis-re", kind="kreis")
    town = MunicipalityFactory(name="Herten", slug="herten", parent=district)
    series = EventSeriesFactory(title="Reihe Arbeit", slug="reihe-arbeit")
    hidden_series = EventSeriesFactory(title="Interne Reihe", slug="intern", is_public=False)
    EventFactory(municipality=town, series=series).fields_of_action.set([used])
    EventFactory(series=hidden_series)

    html = calendar(client).text

    assert '<form class="calendar-filters" method="get" action="/veranstaltungen/"' in html
    form = CalendarFilterForm({})
    assert [value for value, _label in form.fields["thema"].choices] == ["", "arbeit"]
    assert [value for value, _label in form.fields["ort"].choices] == ["", "herten", "kreis-re"]
    assert [value for value, _label in form.fields["reihe"].choices] == ["", "reihe-arbeit"]


def test_active_filters_can_be_removed_one_by_one(client):
    FieldOfActionFactory(name="Wohnen", slug="wohnen")

    response = calendar(client, thema="wohnen", format="online")

    assert response.context["filters"].active() == [
        ("Wohnen", "?format=online"),
        ("online", "?thema=wohnen"),
    ]
    assert '<a class="chip" href="/veranstaltungen/?format=online">Wohnen' in response.text


def test_pagination_keeps_the_filters(client):
    start = at(2, 1, 9)
    for day in range(25):
        EventFactory(
            title=f"Termin {day:02}",
            format=Event.Format.ONLINE,
            starts_at=start + datetime.timedelta(days=day),
            ends_at=start + datetime.timedelta(days=day, hours=1),
        )

    first = calendar(client, format="online")
    second = calendar(client, format="online", seite=2)

    assert len(titles(first.text)) == 20
    assert 'rel="next" href="/veranstaltungen/?format=online&amp;seite=2"' in first.text
    assert titles(second.text) == [f"Termin {day:02}" for day in range(20, 25)]
    assert 'rel="prev" href="/veranstaltungen/?format=online"' in second.text


def test_month_view_is_a_table_with_weekday_headers(client):
    EventFactory(title="Fachtag", starts_at=at(6, 3, 8), ends_at=at(6, 3, 14))
    EventFactory(title="Zwei Tage", starts_at=at(6, 29, 7), ends_at=at(7, 1, 14))

    response = client.get(reverse("events:calendar-month", args=[NEXT_YEAR, 6]))

    html = response.text
    assert f'<caption id="month-caption">Juni {NEXT_YEAR}</caption>' in html
    headers = re.findall(r'<th scope="col"><span aria-hidden="true">(\w+)</span>', html)
    assert headers == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    grid = response.context["grid"]
    days_with_events = {
        day.date.day: [event.title for event in day.events]
        for week in grid.weeks
        for day in week
        if day and day.events
    }
    assert days_with_events == {3: ["Fachtag"], 29: ["Zwei Tage"], 30: ["Zwei Tage"]}
    assert f'<time datetime="{NEXT_YEAR}-06-03T10:00:00+02:00">10:00</time> <a href' in html


def test_month_view_links_neighbouring_months_with_the_filters(client):
    FieldOfActionFactory(name="Wohnen", slug="wohnen")

    response = client.get(
        reverse("events:calendar-month", args=[NEXT_YEAR, 1]), {"thema": "wohnen"}
    )

    html = response.text
    previous = f"/veranstaltungen/monat/{NEXT_YEAR - 1}/12/?thema=wohnen"
    following = f"/veranstaltungen/monat/{NEXT_YEAR}/2/?thema=wohnen"
    assert f'<a rel="prev" href="{previous}">' in html
    assert f'<a rel="next" href="{following}">' in html
    assert 'action="/veranstaltungen/monat/' in html


def test_month_view_shows_past_public_events_but_no_drafts(client):
    EventFactory(title="Damals", starts_at=at(3, 5, 9, year=2024), ends_at=at(3, 5, 11, year=2024))
    EventFactory(
        title="Abgesagt",
        status=Event.Status.CANCELLED,
        starts_at=at(3, 6, 9, year=2024),
        ends_at=at(3, 6, 11, year=2024),
    )
    EventFactory(
        title="Entwurf",
        status=Event.Status.DRAFT,
        starts_at=at(3, 7, 9, year=2024),
        ends_at=at(3, 7, 11, year=2024),
    )

    html = client.get(reverse("events:calendar-month", args=[2024, 3])).text

    assert ">Damals</a>" in html
    assert '<s>Abgesagt</s></a> <span class="badge badge--warning">abgesagt</span>' in html
    assert "Entwurf" not in html


@pytest.mark.parametrize(("year", "month"), [(2024, 13), (2024, 0), (1999, 5), (2101, 1)])
def test_month_view_refuses_impossible_months(client, year, month):
    assert client.get(f"/veranstaltungen/monat/{year}/{month}/").status_code == 404


def test_month_grid_marks_today_and_pads_the_weeks():
    today = datetime.date(2025, 9, 17)

    grid = month_of(Event.objects.none(), 2025, 9, today=today)

    assert [len(week) for week in grid.weeks] == [7] * 5
    assert grid.weeks[0][0].date == datetime.date(2025, 9, 1)  # a Monday
    assert grid.weeks[-1][3:] == [None] * 4
    assert [day.date.day for week in grid.weeks for day in week if day and day.is_today] == [17]
    assert (grid.previous, grid.next) == (datetime.date(2025, 8, 1), datetime.date(2025, 10, 1))


def test_calendar_links_its_feed(client):
    FieldOfActionFactory(name="Wohnen", slug="wohnen")

    html = calendar(client, thema="wohnen").text

    assert (
        '<link rel="alternate" type="text/calendar" title="Veranstaltungen (iCal)" '
        'href="http://testserver/veranstaltungen/kalender.ics?thema=wohnen">'
    ) in html
    assert '<a href="webcal://testserver/veranstaltungen/kalender.ics?thema=wohnen">' in html


def test_feed_answers_with_upcoming_public_events_as_icalendar(client):
    FieldOfActionFactory(name="Wohnen", slug="wohnen")
    EventFactory(title="Wohnen im Quartier").fields_of_action.set(
        [FieldOfActionFactory(slug="wohnen")]
    )
    EventFactory(title="Sprachcafé")
    EventFactory(title="Entwurf", status=Event.Status.DRAFT)

    response = client.get(reverse("events:feed"))
    filtered = client.get(reverse("events:feed"), {"thema": "wohnen"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="veranstaltungen.ics"'
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR")
    assert sorted(re.findall(r"^SUMMARY:(.*?)\r?$", body, re.M)) == [
        "Sprachcafé",
        "Wohnen im Quartier",
    ]
    assert re.findall(r"^SUMMARY:(.*?)\r?$", filtered.content.decode(), re.M) == [
        "Wohnen im Quartier"
    ]


def test_series_feed_holds_all_its_public_events(client):
    series = EventSeriesFactory(slug="vielfalt")
    EventFactory(
        title="Teil 1",
        series=series,
        starts_at=at(3, 1, 9, year=2024),
        ends_at=at(3, 1, 10, year=2024),
    )
    EventFactory(title="Teil 2", series=series)
    EventFactory(title="Teil 3", series=series, status=Event.Status.DRAFT)

    response = client.get(reverse("events:series-feed", args=["vielfalt"]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="vielfalt.ics"'
    assert re.findall(r"^SUMMARY:(.*?)\r?$", response.content.decode(), re.M) == [
        "Teil 1",
        "Teil 2",
    ]


def test_feeds_of_hidden_series_and_drafts_do_not_exist(client):
    EventSeriesFactory(slug="intern", is_public=False)
    draft = EventFactory(status=Event.Status.DRAFT)

    assert client.get(reverse("events:series-feed", args=["intern"])).status_code == 404
    assert client.get(reverse("events:event-ics", args=[draft.pk])).status_code == 404
