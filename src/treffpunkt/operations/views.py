"""Health checks for load balancers and orchestration, and the metrics for Prometheus.

They live outside the language prefixes, set no cookie and are never cached."""

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import health, metrics


@require_safe
@never_cache
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor Redis, so a database
    outage does not make an orchestrator restart every worker."""
    return JsonResponse({"status": "ok"})


@require_safe
@never_cache
def readyz(request):
    """Readiness: the database (and Redis, when configured) answer; else 503 with details."""
    ready, details = health.readiness()
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", "checks": details},
        status=200 if ready else 503,
    )


def _allowed(request) -> bool:
    token = settings.TREFFPUNKT_METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    if token and hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return True
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(
        address in ipaddress.ip_network(allowed, strict=False)
        for allowed in settings.TREFFPUNKT_METRICS_ALLOW
    )


@require_safe
@never_cache
def metrics_view(request):
    """Prometheus' text format, for the addresses in TREFFPUNKT_METRICS_ALLOW or the bearer
    token TREFFPUNKT_METRICS_TOKEN."""
    if not _allowed(request):
        return HttpResponseForbidden("Forbidden\n", content_type="text/plain")
    body, content_type = metrics.exposition()
    return HttpResponse(body, content_type=content_type)
