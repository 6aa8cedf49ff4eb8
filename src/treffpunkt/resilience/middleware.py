"""Middleware for the read replica and for outages of the database or Redis."""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from . import replica

logger = logging.getLogger(__name__)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Set after a write: this client reads from the primary until the replica has caught up.
PRIMARY_COOKIE = "treffpunkt_primary"

# Errors that mean a service is unreachable, not that the request or the code is wrong.
UNAVAILABLE = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)


class ReplicaRoutingMiddleware:
    """Lets anonymous, read-only requests read from the replica — unless this client wrote
    something in the last seconds, so that a person sees their own registration at once.
    A request that fails because the replica broke off is answered again from the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica.configured():
            return self.get_response(request)
        with replica.reads_allowed(self._may_read_replica(request)):
            request._replica_failed = False
            response = self.get_response(request)
            if request._replica_failed:
                replica.use_primary_only()
                request._unavailable = None  # the replica's error, not the primary's
                response = self.get_response(request)
        if request.method not in SAFE_METHODS:
            response.set_cookie(
                PRIMARY_COOKIE,
                "1",
                max_age=settings.TREFFPUNKT_REPLICA_STICKY_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    @staticmethod
    def _may_read_replica(request) -> bool:
        return (
            request.method in SAFE_METHODS
            and PRIMARY_COOKIE not in request.COOKIES
            and not request.user.is_authenticated
        )

    def process_exception(self, request, exception):
        # Safe requests only, and only once: the retry runs with the replica switched off.
        if (
            isinstance(exception, (OperationalError, InterfaceError))
            and replica.replica_was_used()
            and not request._replica_failed
        ):
            replica.mark_unhealthy()
            request._replica_failed = True
        return None


class ServiceUnavailableMiddleware:
    """While PostgreSQL or Redis cannot be reached (a restart, a failover), answer 503 with
    Retry-After instead of 500: clients and proxies know to try again, and nothing was
    half-written because the failing request's transaction did not commit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._unavailable = None
        response = self.get_response(request)
        if request._unavailable is not None and response.status_code == 500:
            return unavailable_response(request._unavailable)
        return response


def unavailable_response(exception) -> HttpResponse:
    logger.warning("Service unavailable: %s: %s", type(exception).__name__, exception)
    response = HttpResponse(render_to_string("resilience/503.html"), status=503)
    response["Retry-After"] = str(settings.TREFFPUNKT_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _remember_unavailable(sender, request=None, **kwargs):
    """Django turns every exception into a 500 response (in views and in middleware alike)
    and announces it with this signal while the exception is being handled."""
    exception = sys.exc_info()[1]
    if request is not None and isinstance(exception, UNAVAILABLE):
        request._unavailable = exception


got_request_exception.connect(_remember_unavailable, dispatch_uid="treffpunkt-unavailable")
