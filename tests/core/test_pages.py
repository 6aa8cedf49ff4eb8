"""The public frame: home page, languages, operator texts."""

import pytest
from django.urls import reverse

from treffpunkt.core.models import LegalText
from treffpunkt.network.models import FieldOfAction


@pytest.fixture
def housing(db):
    return FieldOfAction.objects.create(
        name="Wohnen", slug="wohnen", name_translations={"ar": "السكن", "en": "Housing"}
    )


def test_home_page_is_german_without_prefix(client, housing):
    response = client.get("/")

    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in response.text
    assert "Willkommen bei Treffpunkt" in response.text
    assert "Wohnen" in response.text


@pytest.mark.parametrize(
    ("prefix", "lang", "direction", "heading"),
    [
        ("/en/", "en", "ltr", "Welcome to Treffpunkt"),
        ("/ar/", "ar", "rtl", "مرحبًا بكم في Treffpunkt"),
        ("/fa/", "fa", "rtl", "به Treffpunkt خوش آمدید"),
        ("/uk/", "uk", "ltr", "Ласкаво просимо до Treffpunkt"),
        ("/tr/", "tr", "ltr", "Treffpunkt'a hoş geldiniz"),
    ],
)
def test_every_interface_language_sets_lang_and_dir(client, db, prefix, lang, direction, heading):
    response = client.get(prefix)

    assert f'<html lang="{lang}" dir="{direction}">' in response.text
    assert f'<h1 id="hero-title">{heading}</h1>' in response.text


def test_vocabulary_is_shown_in_the_visitors_language(client, housing):
    response = client.get("/ar/")

    assert "السكن" in response.text
    assert ">Wohnen<" not in response.text


def test_language_switcher_links_the_same_page(client, db):
    response = client.get("/impressum/?from=qr")

    links = {lang["code"]: lang["url"] for lang in response.context["languages"]}
    assert links == {
        "de": "/impressum/?from=qr",
        "en": "/en/impressum/?from=qr",
        "ar": "/ar/impressum/?from=qr",
        "uk": "/uk/impressum/?from=qr",
        "tr": "/tr/impressum/?from=qr",
        "fa": "/fa/impressum/?from=qr",
    }


def test_imprint_shows_the_operators_text(client, db):
    LegalText.objects.create(
        kind="imprint", body="Kreis Beispiel\n\nKreishaus, 12345 Beispielstadt"
    )

    response = client.get(reverse("core:imprint"))

    assert "<p>Kreis Beispiel</p>" in response.text
    assert "<p>Kreishaus, 12345 Beispielstadt</p>" in response.text


def test_operator_text_is_marked_as_german_on_other_language_pages(client, db):
    LegalText.objects.create(kind="privacy", body="Verantwortlich ist der Kreis.")

    response = client.get("/ar/datenschutz/")

    assert '<div lang="de" dir="ltr"><p>Verantwortlich ist der Kreis.</p></div>' in response.text


def test_missing_operator_text_says_so(client, db):
    response = client.get(reverse("core:privacy"))

    assert "Der Betreiber hat diesen Text noch nicht veröffentlicht." in response.text


def test_operator_text_cannot_inject_markup(client, db):
    LegalText.objects.create(kind="imprint", body="<script>alert(1)</script>")

    response = client.get(reverse("core:imprint"))

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_anonymous_pages_set_no_cookies(client, housing):
    for path in ["/", "/ar/", "/impressum/", "/datenschutz/"]:
        response = client.get(path)
        assert response.cookies == {}, path
