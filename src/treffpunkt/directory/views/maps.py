"""Map settings for templates, and the Content-Security-Policy exception maps need."""

from csp.decorators import csp_update
from django.conf import settings
from django.templatetags.static import static


def map_context() -> dict:
    return {
        "map_tiles_url": settings.TREFFPUNKT_MAP_TILES_URL,
        "map_attribution": settings.TREFFPUNKT_MAP_ATTRIBUTION,
        "map_needs_consent": settings.TREFFPUNKT_MAP_NEEDS_CONSENT,
        "map_tiles_host": settings.TREFFPUNKT_MAP_TILES_ORIGIN.split("://")[-1],
        "map_marker_icon": static("vendor/leaflet/images/marker-icon.png"),
    }


def with_map_tiles(view):
    """Let pages with a map load tile images from the configured tile server (only them)."""
    origin = settings.TREFFPUNKT_MAP_TILES_ORIGIN
    return csp_update({"img-src": [origin]})(view) if origin else view
