"""The public pages: search without and with JavaScript, the offer page, print, map data."""

import json
import re

import pytest
from django.urls import reverse

from tests.factories import ContactChannelFactory, ScheduleFactory


def test_search_page_is_a_plain_get_form(client, corpus):
    response = client.get(reverse("directory:search"), {"q": "Sprachkurse", "thema": "sprache"})

    assert response.status_code == 200
    html = response.text
    assert '<form class="search" method="get" action="/angebote/"' in html
    assert re.search(r"<h2 id=\"results-heading\"[^>]*>1 Angebot</h2>", html)
    assert "<mark>Sprachkurs</mark> für Frauen" in html
    assert 'name="thema" value="sprache" checked' in html


def test_htmx_requests_get_only_the_results(client, corpus):
    response = client.get(
        reverse("directory:search"),
        {"q": "Kurs"},
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )

    assert response.text.lstrip().startswith('<div id="search-results"')
    assert "<html" not in response.text
    assert response.headers["Vary"].count("HX-Request") == 1


def test_active_filter_links_remove_just_that_filter(client, corpus):
    response = client.get(
        reverse("directory:search"), {"q": "kurs", "ort": "dorsten", "thema": "sprache"}
    )

    assert response.context["active_filters"] == [
        ("Sprache", "?q=kurs&ort=dorsten"),
        ("Dorsten", "?q=kurs&thema=sprache"),
    ]


def test_no_results_page_helps(client, corpus):
    response = client.get(reverse("directory:search"), {"q": "Fußball", "ort": "dorsten"})

    assert "Keine Angebote gefunden" not in response.text  # the page explains instead
    assert "Ohne den Filter „Dorsten“: 1 Angebot" in response.text
    assert 'href="/angebote/?q=Fu%C3%9Fball"' in response.text


def test_search_in_arabic_shows_translation_and_marks_german_fallbacks(client, corpus):
    response = client.get("/ar/angebote/", {"q": "دورة"})

    assert '<html lang="ar" dir="rtl">' in response.text
    assert 'lang="ar" dir="rtl">' in response.text
    assert "<mark>دورة</mark> لغة للنساء" in response.text

    german_only = client.get("/ar/angebote/", {"q": "Fußball"})
    assert 'lang="de" dir="ltr"><mark>Fußball</mark> für alle</a>' in german_only.text


def test_offer_page_has_everything_to_go_there(client, corpus):
    offer = corpus["frauenkurs"]
    ScheduleFactory(offer=offer, weekdays="MO,WE", opens_at="09:00", closes_at="11:30")
    ContactChannelFactory(
        offer=offer, kind="phone", value="+49 2361 0000-10", label="Beratungstelefon"
    )

    response = client.get(offer.get_absolute_url())

    html = response.text
    assert '<h1 lang="de" dir="ltr">Sprachkurs für Frauen</h1>' in html
    assert "Mo, Mi 09:00–11:30" in html
    assert '<a href="tel:+492361000010" dir="ltr">+49 2361 0000-10</a>' in html
    assert "Dorsten" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Service"
    assert data["name"] == "Sprachkurs für Frauen"
    assert data["hoursAvailable"][0]["dayOfWeek"] == ["Monday", "Wednesday"]
    assert data["availableLanguage"] == ["ar", "de"]


def test_offer_page_in_english_uses_the_translation(client, corpus):
    response = client.get("/en" + corpus["frauenkurs"].get_absolute_url())

    assert '<h1 lang="en" dir="ltr">Language course for women</h1>' in response.text


@pytest.mark.parametrize("key", ["entwurf", "abgelaufen"])
def test_drafts_and_expired_offers_have_no_public_page(client, corpus, key):
    assert client.get(corpus[key].get_absolute_url()).status_code == 404


def test_print_view(client, corpus):
    response = client.get(reverse("directory:offer-print", args=[corpus["frauenkurs"].pk]))

    assert "<nav" not in response.text
    assert "Sprachkurs für Frauen" in response.text
    assert f"http://testserver/angebote/{corpus['frauenkurs'].pk}/" in response.text


def test_map_points_follow_the_search(client, corpus):
    response = client.get(reverse("directory:map-points"), {"thema": "sprache"})

    features = response.json()["features"]
    assert sorted(f["properties"]["title"] for f in features) == [
        "Deutschkurs am Abend", "Sprachkurs für Frauen",
    ]  # fmt: skip
    assert features[0]["geometry"]["type"] == "Point"


def test_map_pages_allow_only_the_tile_server(client, corpus, settings):
    search = client.get(reverse("directory:search"))
    home = client.get("/")

    assert (
        "img-src 'self' data: https://tile.openstreetmap.org"
        in search.headers["Content-Security-Policy"]
    )
    assert "openstreetmap" not in home.headers["Content-Security-Policy"]
    # Nothing on the page itself loads from there before the visitor agrees.
    assert "tile.openstreetmap.org/" not in re.sub(r'data-tiles="[^"]*"', "", search.text)


def test_search_page_works_without_cookies(client, corpus):
    response = client.get(reverse("directory:search"), {"q": "kurs"})

    assert response.cookies == {}
