"""The installable web app: manifest, service worker, offline page and saved offers."""

import json
import re
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from treffpunkt.core import pwa

STATIC = Path(pwa.__file__).parent / "static"


def test_manifest_describes_an_installable_app_in_the_visitors_language(client, db):
    response = client.get("/ar/manifest.webmanifest")

    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert {key: manifest[key] for key in ("start_url", "scope", "display", "lang", "dir")} == {
        "start_url": "/ar/",
        "scope": "/",
        "display": "standalone",
        "lang": "ar",
        "dir": "rtl",
    }
    assert manifest["name"] == "Treffpunkt"
    assert manifest["short_name"] == "Treffpunkt"
    with translation.override("ar"):
        assert manifest["description"] == gettext(
            "Offers, events and counselling of the integration network, in your language."
        )


def test_german_manifest_starts_at_the_unprefixed_home_page(client, db):
    manifest = client.get("/manifest.webmanifest").json()

    assert (manifest["start_url"], manifest["lang"], manifest["dir"]) == ("/", "de", "ltr")


def test_manifest_icons_exist_in_the_declared_sizes(client, db):
    icons = client.get("/manifest.webmanifest").json()["icons"]

    declared = [(icon["src"], icon["sizes"], icon["purpose"]) for icon in icons]
    assert declared == [
        ("/static/treffpunkt/pwa/icon.svg", "any", "any"),
        ("/static/treffpunkt/pwa/icon-192.png", "192x192", "any"),
        ("/static/treffpunkt/pwa/icon-512.png", "512x512", "any"),
        ("/static/treffpunkt/pwa/icon-512.png", "512x512", "maskable"),
    ]
    for icon in icons[1:]:
        with Image.open(STATIC / icon["src"].removeprefix("/static/")) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]


def test_theme_colour_is_the_brand_colour_of_the_stylesheet():
    css = (STATIC / "treffpunkt/css/site.css").read_text()

    assert re.search(r"--brand:\s*(#[0-9a-f]{6})", css).group(1) == pwa.THEME_COLOUR


def test_service_worker_is_javascript_allowed_to_control_the_whole_site(client, db):
    response = client.get("/sw.js")

    assert response["Content-Type"] == "application/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert 'self.addEventListener("fetch"' in response.text


def test_service_worker_knows_the_offline_page_of_every_language(client, db):
    source = client.get("/sw.js").text

    config = json.loads(re.search(r"^const CONFIG = (.*);$", source, re.MULTILINE).group(1))
    assert config["offlinePages"] == {
        "de": "/offline/",
        "en": "/en/offline/",
        "ar": "/ar/offline/",
        "uk": "/uk/offline/",
        "tr": "/tr/offline/",
        "fa": "/fa/offline/",
    }
    assert config["precache"]["/static/treffpunkt/css/site.css"] == (
        "/static/treffpunkt/css/site.css"
    )
    assert (config["pageCacheSize"], config["hashedStatic"]) == (50, False)


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("/angebote/12/", True),
        ("/ar/angebote/12/", True),
        ("/fa/angebote/7/", True),
        ("/merkliste/", True),
        ("/uk/merkliste/", True),
        ("/angebote/", False),
        ("/angebote/12/druck/", False),
        ("/xx/angebote/12/", False),
        ("/verwaltung/angebote/12/", False),
    ],
)
def test_service_worker_keeps_only_offer_pages_and_the_saved_list(path, kept):
    patterns = pwa.service_worker_config()["keep"]

    assert any(re.search(pattern, path) for pattern in patterns) is kept


def test_offer_pattern_captures_the_offers_id():
    assert re.search(pwa.offer_path_pattern(), "/tr/angebote/4711/").group(1) == "4711"


def test_content_security_policy_allows_the_worker_and_manifest_from_the_site_only(client, db):
    policy = client.get("/sw.js")["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    # worker-src and manifest-src fall back to these.
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert "worker-src" not in directives
    assert "manifest-src" not in directives


def test_every_page_links_the_manifest_and_the_external_app_script(client, db):
    html = client.get("/en/").text

    assert '<link rel="manifest" href="/en/manifest.webmanifest">' in html
    assert '<meta name="theme-color" content="#005a52">' in html
    script = re.search(r'<script src="/static/treffpunkt/pwa/app.js" defer ([^>]*)>', html)
    assert 'data-worker="/sw.js"' in script.group(1)
    assert 'data-saved-url="/en/merkliste/"' in script.group(1)
    assert 'data-offline-copy="You are offline — showing a saved copy."' in script.group(1)


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"), [("/", "de", "ltr"), ("/ar/", "ar", "rtl")]
)
def test_offline_page_is_in_the_visitors_language(client, db, prefix, lang, direction):
    response = client.get(f"{prefix}offline/")

    assert f'<html lang="{lang}" dir="{direction}">' in response.text
    with translation.override(lang):
        heading = gettext("You are offline")
    assert re.search(r"<h1>(.*)</h1>", response.text).group(1) == heading
    assert f'href="{prefix}merkliste/"' in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_saved_offers_page_explains_itself_without_javascript(client, db):
    response = client.get("/merkliste/")

    noscript = re.search(r"<noscript>(.*?)</noscript>", response.text, re.DOTALL).group(1)
    assert "JavaScript" in noscript
    assert '<ul class="plain saved-offers" id="saved-offers" hidden></ul>' in response.text
    assert '<template id="saved-offer-template">' in response.text
