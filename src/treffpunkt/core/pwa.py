"""The installable web app: its manifest and what the service worker needs to know.

URLs come from Django's URLconf and static storage, never written twice: when a static file's
hashed name changes, the service worker's source changes with it and browsers update it.
"""

import json
import re
from functools import cache

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

THEME_COLOUR = "#005a52"  # --brand in site.css
BACKGROUND_COLOUR = "#ffffff"
# Offer pages a person viewed; older ones are evicted. Saved offers are kept apart, uncapped.
PAGE_CACHE_SIZE = 50
STATIC_CACHE_SIZE = 80
# Fetched when the worker installs, so that every page can be styled and enhanced offline.
PRECACHED_STATIC = [
    "treffpunkt/css/site.css",
    "treffpunkt/pwa/app.js",
    "treffpunkt/img/favicon.svg",
    "treffpunkt/pwa/icon-192.png",
]
ICONS = [
    ("treffpunkt/pwa/icon.svg", "any", "image/svg+xml", "any"),
    ("treffpunkt/pwa/icon-192.png", "192x192", "image/png", "any"),
    ("treffpunkt/pwa/icon-512.png", "512x512", "image/png", "any"),
    # The icons leave a safe margin around the mark, so platforms may crop them to a shape.
    ("treffpunkt/pwa/icon-512.png", "512x512", "image/png", "maskable"),
]
_ID = "999999999"  # stands for an offer's id while a URL pattern is built


def manifest(language: str) -> dict:
    """The web app manifest in one interface language (its start page is that language's)."""
    with translation.override(language):
        return {
            "id": "/",
            "name": settings.TREFFPUNKT_SITE_NAME,
            "short_name": settings.TREFFPUNKT_SITE_NAME.split()[0],
            "description": gettext(
                "Offers, events and counselling of the integration network, in your language."
            ),
            "lang": language,
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "start_url": reverse("core:home"),
            "scope": "/",
            "display": "standalone",
            "theme_color": THEME_COLOUR,
            "background_color": BACKGROUND_COLOUR,
            "icons": [
                {"src": static(path), "sizes": sizes, "type": kind, "purpose": purpose}
                for path, sizes, kind, purpose in ICONS
            ],
        }


def _other_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _any_language_pattern(url_name: str, **kwargs) -> str:
    """A regular expression (valid in JavaScript) for a page's path in every language."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(url_name, kwargs=kwargs)
    prefixes = "|".join(_other_languages())
    return f"^(?:/(?:{prefixes}))?" + re.escape(path).replace(_ID, r"(\d+)") + "$"


@cache
def offer_path_pattern() -> str:
    """Matches the path of an offer's page in any language; its group is the offer's id."""
    return _any_language_pattern("directory:offer", pk=int(_ID))


def service_worker_config() -> dict:
    """The URLs and limits the service worker works with."""
    offline_pages = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            offline_pages[code] = reverse("core:offline")
    return {
        "defaultLanguage": settings.LANGUAGE_CODE,
        "offlinePages": offline_pages,
        "keep": [offer_path_pattern(), _any_language_pattern("core:saved-offers")],
        "staticUrl": settings.STATIC_URL,
        # Hashed names never change content, so the cache may answer first.
        "hashedStatic": isinstance(staticfiles_storage, ManifestFilesMixin),
        # Unhashed path -> current URL: a saved page whose stylesheet was replaced by a newer
        # version still finds the current one offline.
        "precache": {settings.STATIC_URL + path: static(path) for path in PRECACHED_STATIC},
        "pageCacheSize": PAGE_CACHE_SIZE,
        "staticCacheSize": STATIC_CACHE_SIZE,
    }


def service_worker_source() -> str:
    """The service worker's JavaScript with its configuration."""
    config = json.dumps(service_worker_config(), ensure_ascii=False)
    return render_to_string("core/pwa/service-worker.js", {"config": mark_safe(config)})
