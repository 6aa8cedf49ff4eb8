"""URL configuration: every page lives under a language prefix (none for German)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from treffpunkt.core.login import limit_admin_login
from treffpunkt.core.pwa_views import service_worker

admin.site.site_header = settings.TREFFPUNKT_SITE_NAME
admin.site.site_title = settings.TREFFPUNKT_SITE_NAME
admin.site.login = limit_admin_login(admin.site.login)

urlpatterns = [
    path("api/", include("treffpunkt.directory.api.urls")),
    # At the root, in no language: one service worker for the whole site.
    path("sw.js", service_worker, name="service-worker"),
    # Health checks and metrics: no language, no session.
    path("", include("treffpunkt.operations.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("treffpunkt.core.urls")),
    path("", include("treffpunkt.directory.urls")),
    path("", include("treffpunkt.events.urls")),
    path("", include("treffpunkt.live.urls")),
    path("", include("treffpunkt.results.urls")),
    path("", include("treffpunkt.pools.urls")),
    path("", include("treffpunkt.practice.urls")),
    path("", include("treffpunkt.translations.urls")),
    path("", include("treffpunkt.counselling.urls")),
    path("", include("treffpunkt.dashboard.urls")),
    path("konto/", include("treffpunkt.core.account_urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
