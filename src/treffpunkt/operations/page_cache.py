"""Public pages for anonymous visitors, kept in the (Redis) cache and answered with ETag and
Last-Modified, so that a phone on a weak connection revalidates instead of downloading again.

Only visitors without a session are served from it: they all see the same page. Every page is
stored with the generation it was rendered in; a change to what public pages show (a saved or
deleted offer, event, registration, practice profile, …) raises the generation, which makes
every stored page stale at once. A page that sets a cookie (a CSRF token for a form, a session)
is never stored, so no per-person token lands in the cache.
"""

import hashlib
import logging
import threading
import time

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language_from_path

from . import metrics

# The views whose pages are the same for every anonymous visitor.
PUBLIC_VIEWS = {
    "core:home",
    "core:imprint",
    "core:privacy",
    "directory:search",
    "directory:offer",
    "directory:offer-print",
    "events:calendar",
    "events:calendar-month",
    "events:event",
    "events:series",
    "practice:list",
    "practice:detail",
}
# A change to any model of these apps may change a public page.
WATCHED_APPS = {"core", "network", "directory", "events", "practice", "translations"}
# Cookies that do not change what an anonymous visitor sees; any other one (session, messages)
# means the page is rendered for this person.
NEUTRAL_COOKIES = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
# Request headers whose value selects another variant of the same address (htmx partials).
VARIANT_HEADERS = ("HX-Request", "HX-Target")
GENERATION_KEY = "pagecache:generation"
# What Django's Redis cache raises while Redis is unreachable or restarting.
CACHE_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)

logger = logging.getLogger(__name__)


def enabled() -> bool:
    return settings.TREFFPUNKT_PAGE_CACHE_SECONDS > 0


def bump() -> None:
    """Make every stored page stale (after the current transaction commits), once per
    transaction: an import saving 20,000 rows raises the generation once, not 20,000 times."""
    connection = transaction.get_connection()
    pending = getattr(_scheduled, "bump", None)
    if connection.in_atomic_block and pending is not None and pending.waits_in(connection):
        return
    _scheduled.bump = _Bump(connection)
    transaction.on_commit(_scheduled.bump)


_scheduled = threading.local()


class _Bump:
    """One registered invalidation; later changes in the same transaction join it."""

    def __init__(self, connection):
        self.position = len(connection.run_on_commit)
        self.done = False

    def waits_in(self, connection) -> bool:
        # Still queued at the place it was registered (a rolled-back savepoint removes its
        # callbacks and shifts the rest: then a new one is registered, which costs nothing).
        queued = connection.run_on_commit
        return not self.done and self.position < len(queued) and queued[self.position][1] is self

    def __call__(self) -> None:
        self.done = True
        _bump_now()


def _bump_now() -> None:
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # never set, or evicted: start from a value no earlier one can have
            cache.add(GENERATION_KEY, time.time_ns())
    except CACHE_DOWN:
        # The change is committed; a restarted Redis starts a new generation anyway, and a
        # Redis that kept its data serves the older page for TREFFPUNKT_PAGE_CACHE_SECONDS.
        logger.warning("Page cache not invalidated: the cache does not answer", exc_info=True)


def _current_generation(found) -> int:
    if found is None:
        cache.add(GENERATION_KEY, time.time_ns())
        found = cache.get(GENERATION_KEY)
    return found


def _model_changed(sender, **kwargs) -> None:
    if enabled() and sender._meta.app_label in WATCHED_APPS:
        bump()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"page_cache_{signal!r}")


def _anonymous(request) -> bool:
    return (
        request.method == "GET"
        and set(request.COOKIES) <= NEUTRAL_COOKIES
        and "Authorization" not in request.headers
    )


def _key(request, language: str) -> str:
    variant = "|".join(request.headers.get(name, "") for name in VARIANT_HEADERS)
    address = f"{request.get_host()}{request.get_full_path()}|{variant}"
    return f"page:{language}:{hashlib.sha256(address.encode()).hexdigest()}"


def _storable(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and b"csrfmiddlewaretoken" not in response.content
    )


def _with_validators(request, response, etag: str, rendered_at: float):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(rendered_at)
    # The browser may keep the page but asks every time whether it is still current.
    patch_cache_control(response, no_cache=True)
    return get_conditional_response(
        request, etag=etag, last_modified=int(rendered_at), response=response
    )


class PageCacheMiddleware:
    """Placed before the session, CSRF and CSP middleware: a hit skips all of them (the stored
    response already carries the headers they set)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not _anonymous(request):
            return self.get_response(request)
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        try:
            # i18n_patterns match the prefix of the active language; LocaleMiddleware has not
            # activated it yet.
            with translation.override(language):
                match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        if match.view_name not in PUBLIC_VIEWS:
            return self.get_response(request)

        key = _key(request, language)
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = _current_generation(found.get(GENERATION_KEY))
        except CACHE_DOWN:  # Redis restarting: render the page as if there were no cache
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        stored = found.get(key)
        if stored and stored["generation"] == generation:
            metrics.PAGE_CACHE.labels("hit").inc()
            request.resolver_match = match
            return _with_validators(request, _rebuild(stored), stored["etag"], stored["at"])

        response = self.get_response(request)
        if not _storable(response):
            return response
        metrics.PAGE_CACHE.labels("miss").inc()
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        rendered_at = time.time()
        page = {
            "generation": generation,
            "etag": etag,
            "at": rendered_at,
            "status": response.status_code,
            "headers": list(response.headers.items()),
            "content": response.content,
        }
        try:
            cache.set(key, page, settings.TREFFPUNKT_PAGE_CACHE_SECONDS)
        except CACHE_DOWN:
            logger.warning("Page not stored: the cache does not answer", exc_info=True)
        return _with_validators(request, response, etag, rendered_at)


def _rebuild(stored: dict):
    from django.http import HttpResponse

    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response
