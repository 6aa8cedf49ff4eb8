"""An event's page and a series' page, as visitors see them."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    EventFactory,
    EventSeriesFactory,
    FieldOfActionFactory,
    LanguageFactory,
    MunicipalityFactory,
    OrganisationFactory,
    RoomFactory,
    TargetGroupFactory,
    applicant,
)
from treffpunkt.events import ical, registration
from treffpunkt.events.models import AgendaItem, Event, Speaker
from treffpunkt.events.recordings import recording_for

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NEXT_YEAR = timezone.now().year + 1
GERMAN_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
VIDEO_LINK = "https://meet.example.org/geheim-123"


def at(month: int, day: int, hour: int, minute: int = 0):
    return datetime.datetime(NEXT_YEAR, month, day, hour, minute, tzinfo=UTC)


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def text_of(html: str) -> str:
    """The page's visible text, tags removed and white space collapsed."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.fixture
def fachtag():
    """A hybrid Fachtag with everything filled in."""
    series = EventSeriesFactory(title="Vielfalt vor Ort", slug="vielfalt")
    event = EventFactory(
        title="Fachtag Wohnen",
        description="Wie finden Geflüchtete eine Wohnung?",
        starts_at=at(6, 3, 7),  # 09:00 in Berlin
        ends_at=at(6, 3, 14, 30),
        format=Event.Format.HYBRID,
        venue_name="Rathaus Marl",
        street="Creiler Platz 1",
        postcode="45768",
        city="Marl",
        municipality=MunicipalityFactory(name="Marl", slug="marl"),
        video_link=VIDEO_LINK,
        capacity=10,
        series=series,
        audience_note="Fachkräfte der Wohnungswirtschaft",
        contact_email="fachtag@example.org",
        organisers=[
            OrganisationFactory(
                name="Kommunales Integrationszentrum", website="https://ki.example.org"
            )
        ],
    )
    event.languages.set([LanguageFactory(code="de", name="Deutsch", native_name="Deutsch")])
    housing = FieldOfActionFactory(name="Wohnen", slug="wohnen")
    event.fields_of_action.set([housing])
    event.target_groups.set([TargetGroupFactory(name="Fachkräfte", slug="fachkraefte")])
    keynote = AgendaItem.objects.create(
        event=event, starts_at=at(6, 3, 7, 15), ends_at=at(6, 3, 8), kind="keynote",
        title="Wohnen als Schlüssel zur Integration",
    )  # fmt: skip
    keynote.speakers.set(
        [
            Speaker.objects.create(
                name="Dr. Aylin Kaya", role="Professorin", organisation_name="Hochschule Bochum"
            )
        ]
    )
    RoomFactory(event=event, title="Mietrecht verständlich", field_of_action=housing, capacity=2,
                video_link="https://meet.example.org/raum-geheim")  # fmt: skip
    return event


def test_event_page_shows_what_visitors_need(client, fachtag):
    response = client.get(fachtag.get_absolute_url())

    assert response.status_code == 200
    html = response.text
    text = text_of(html)
    weekday = GERMAN_WEEKDAYS[datetime.date(NEXT_YEAR, 6, 3).weekday()]
    assert "<h1>Fachtag Wohnen</h1>" in html
    assert f"{weekday}, 3. Juni {NEXT_YEAR}, 09:00 – 16:30" in text
    assert f'<time datetime="{NEXT_YEAR}-06-03T09:00:00+02:00">' in html
    assert "Rathaus Marl Creiler Platz 1 45768 Marl" in text
    assert '<a href="https://ki.example.org">Kommunales Integrationszentrum</a>' in html
    assert '<a href="/veranstaltungen/reihen/vielfalt/">Vielfalt vor Ort</a>' in html
    assert "Deutsch ( Deutsch )" in text
    assert "Fachkräfte – Fachkräfte der Wohnungswirtschaft" in text
    assert "Wie finden Geflüchtete eine Wohnung?" in text
    assert '<a href="mailto:fachtag@example.org" dir="ltr">' in html
    assert f'<a href="/veranstaltungen/{fachtag.pk}/termin.ics" download>' in html


def test_agenda_and_rooms_in_english(client, fachtag):
    text = text_of(client.get("/en" + fachtag.get_absolute_url()).text)

    assert (
        "9:15 a.m. – 10 a.m. keynote Wohnen als Schlüssel zur Integration "
        "Dr. Aylin Kaya , Professorin, Hochschule Bochum"
    ) in text
    assert "Mietrecht verständlich Field of action: Wohnen 2 places left" in text
    assert "10 places left" in text


def test_remaining_places_count_registrations(client, fachtag):
    room = fachtag.rooms.get()
    registration.register(applicant(email="a@example.org"), [registration.Choice(fachtag, room)])
    registration.register(applicant(email="b@example.org"), [registration.Choice(fachtag, room)])

    html = client.get("/en" + fachtag.get_absolute_url()).text

    assert "8 places left" in text_of(html)
    assert "Mietrecht verständlich Field of action: Wohnen Fully booked." in text_of(html)
    assert (
        f'<a class="button" href="/en/veranstaltungen/anmelden/{fachtag.pk}/">Register</a>' in html
    )


def test_a_full_event_offers_the_waiting_list(client):
    event = EventFactory(capacity=1)
    registration.register(applicant(email="a@example.org"), [registration.Choice(event)])
    registration.register(applicant(email="b@example.org"), [registration.Choice(event)])

    html = client.get("/en" + event.get_absolute_url()).text

    assert "Fully booked." in html
    assert "1 person on the waiting list" in html
    assert (
        f'<a class="button" href="/en/veranstaltungen/anmelden/{event.pk}/">'
        "Join the waiting list</a>"
    ) in html


def test_no_register_button_before_registration_opens(client):
    opens = timezone.now() + datetime.timedelta(days=2)
    event = EventFactory(registration_opens_at=opens)

    html = client.get("/en" + event.get_absolute_url()).text

    assert "/anmelden/" not in html
    assert "Registration opens on" in html


def test_no_register_button_when_registration_closed(client):
    event = EventFactory(registration_closes_at=timezone.now() - datetime.timedelta(hours=1))

    html = client.get("/en" + event.get_absolute_url()).text

    assert "/anmelden/" not in html
    assert "Registration is closed." in html


def test_the_video_link_is_never_public(client, fachtag):
    pages = [
        fachtag.get_absolute_url(),
        "/en" + fachtag.get_absolute_url(),
        reverse("events:calendar"),
        reverse("events:calendar-month", args=[NEXT_YEAR, 6]),
        fachtag.series.get_absolute_url(),
        reverse("events:feed"),
        reverse("events:series-feed", args=["vielfalt"]),
        reverse("events:event-ics", args=[fachtag.pk]),
    ]

    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "meet.example.org" not in response.content.decode(), path


def test_drafts_have_no_page(client):
    draft = EventFactory(status=Event.Status.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_cancelled_event_says_so_and_takes_no_registrations(client):
    event = EventFactory(
        status=Event.Status.CANCELLED, cancellation_reason="Die Referentin ist erkrankt."
    )

    html = client.get("/en" + event.get_absolute_url()).text

    assert (
        '<span class="badge badge--warning">cancelled</span> This event has been cancelled. '
        "Die Referentin ist erkrankt."
    ) in html
    assert "/anmelden/" not in html
    assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"


def test_json_ld_describes_a_hybrid_event(client, fachtag):
    data = json_ld(client.get(fachtag.get_absolute_url()).text)

    url = f"http://testserver/veranstaltungen/{fachtag.pk}/"
    assert data["@type"] == "Event"
    assert data["name"] == "Fachtag Wohnen"
    assert data["startDate"] == f"{NEXT_YEAR}-06-03T09:00:00+02:00"
    assert data["endDate"] == f"{NEXT_YEAR}-06-03T16:30:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {
            "@type": "Place",
            "name": "Rathaus Marl",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Creiler Platz 1",
                "postalCode": "45768",
                "addressLocality": "Marl",
                "addressCountry": "DE",
            },
        },
        {"@type": "VirtualLocation", "url": url},
    ]
    assert data["organizer"] == [
        {
            "@type": "Organization",
            "name": "Kommunales Integrationszentrum",
            "url": "https://ki.example.org",
        }
    ]
    assert data["inLanguage"] == ["de"]
    assert data["superEvent"] == {"@type": "EventSeries", "name": "Vielfalt vor Ort"}


def test_json_ld_of_an_online_event_has_a_virtual_location(client):
    event = EventFactory(format=Event.Format.ONLINE)

    data = json_ld(client.get(event.get_absolute_url()).text)

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": f"http://testserver/veranstaltungen/{event.pk}/",
    }


def test_event_page_links_its_calendar_file(client, fachtag):
    html = client.get(fachtag.get_absolute_url()).text
    response = client.get(reverse("events:event-ics", args=[fachtag.pk]))

    assert (
        f'<link rel="alternate" type="text/calendar" title="Zum Kalender hinzufügen (iCal)" '
        f'href="/veranstaltungen/{fachtag.pk}/termin.ics">'
    ) in html
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{ical.filename(fachtag)}"'
    assert "SUMMARY:Fachtag Wohnen" in response.content.decode()


def test_arabic_page_is_right_to_left(client, fachtag):
    html = client.get("/ar" + fachtag.get_absolute_url()).text

    assert '<html lang="ar" dir="rtl">' in html
    assert '<address lang="de" dir="ltr">' in html


def test_recording_is_only_linked_until_the_visitor_asks(client):
    event = EventFactory(
        title="Auftakt", recording_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )

    response = client.get("/en" + event.get_absolute_url())

    html = response.text
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert "<iframe" not in html
    assert (
        "The recording is provided by YouTube. When it is shown, your browser connects to "
        "www.youtube-nocookie.com and sends personal data such as your IP address to the provider."
    ) in html
    assert (
        '<a class="button button--secondary" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" '
        'rel="noopener noreferrer" data-show-recording>Show recording</a>'
    ) in html
    assert 'src="/static/events/js/recording.js"' in html
    policy = response.headers["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com;" in policy + ";"
    # Nothing but data attributes and the plain link name the provider.
    without = re.sub(r'data-embed="[^"]*"|href="https://www\.youtube\.com[^"]*"', "", html)
    assert "youtube-nocookie.com/" not in without


def test_pages_without_an_embeddable_recording_allow_no_frames(client):
    plain = EventFactory()
    elsewhere = EventFactory(recording_url="https://media.example.org/aufzeichnung.mp4")

    response = client.get("/en" + elsewhere.get_absolute_url())

    assert (
        "frame-src 'none'"
        in client.get(plain.get_absolute_url()).headers["Content-Security-Policy"]
    )
    assert "frame-src 'none'" in response.headers["Content-Security-Policy"]
    assert "data-embed" not in response.text
    assert "recording.js" not in response.text
    assert "The recording is on media.example.org." in response.text
    assert 'href="https://media.example.org/aufzeichnung.mp4"' in response.text


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?si=abc", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://m.youtube.com/live/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://vimeo.com/76979871/8272103f6e", "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1"),
        ("https://vimeo.com/channels/staffpicks/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://www.youtube.com/@kanal", ""),
        ("https://www.youtube.com/watch?v=kurz", ""),
        ("https://vimeo.com/about", ""),
        ("https://example.org/video/76979871", ""),
    ],
)  # fmt: skip
def test_recording_embed_addresses(url, embed):
    assert recording_for(url).embed_url == embed


def test_recording_origin():
    assert recording_for("https://vimeo.com/76979871").embed_origin == "https://player.vimeo.com"
    assert recording_for("https://example.org/a.mp4").embed_origin == ""
    assert recording_for("") is None


def test_series_page_lists_past_and_upcoming_dates(client):
    series = EventSeriesFactory(
        title="Online-Reihe Vielfalt", slug="vielfalt", description="Zehn Termine."
    )
    now = timezone.now()
    past = now - datetime.timedelta(days=30)
    EventFactory(
        title="Teil 1", series=series, starts_at=past, ends_at=past + datetime.timedelta(hours=2)
    )
    EventFactory(title="Teil 2", series=series)
    EventFactory(title="Teil 3", series=series, status=Event.Status.DRAFT)

    response = client.get("/en" + series.get_absolute_url())

    html = response.text
    # Not translated into English: the German title, marked for screen readers.
    assert (
        '<h1><span class="fallback" lang="de" dir="ltr">Online-Reihe Vielfalt</span></h1>' in html
    )
    assert "Zehn Termine." in html
    assert [e.title for e in response.context["upcoming"]] == ["Teil 2"]
    assert [e.title for e in response.context["past"]] == ["Teil 1"]
    assert "Teil 3" not in html
    assert (
        '<a class="button" href="/en/veranstaltungen/reihen/vielfalt/anmelden/">'
        "Register for several dates</a>"
    ) in html
    assert '<a href="webcal://testserver/en/veranstaltungen/reihen/vielfalt/kalender.ics">' in html


def test_series_without_open_registration_has_no_button(client):
    series = EventSeriesFactory(slug="vorbei")
    EventFactory(series=series, registration_closes_at=timezone.now() - datetime.timedelta(days=1))

    assert "/anmelden/" not in client.get(series.get_absolute_url()).text


def test_hidden_series_have_no_page(client):
    series = EventSeriesFactory(slug="intern", is_public=False)
    event = EventFactory(series=series)

    assert client.get(series.get_absolute_url()).status_code == 404
    assert "/reihen/intern/" not in client.get(event.get_absolute_url()).text


def test_main_navigation_links_the_calendar(client):
    html = client.get(reverse("events:calendar")).text

    assert '<li><a href="/veranstaltungen/" aria-current="page">' in html
