"""Metrics in the Prometheus format (prometheus_client).

With several worker processes, PROMETHEUS_MULTIPROC_DIR names a directory where every process
writes its figures (deploy/prod.py sets it, and empties it at start); /metrics adds them up.
Without it (one process, tests) the process's own registry is used.
"""

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

REQUESTS = Counter(
    "treffpunkt_http_requests_total",
    "HTTP requests answered, by view (URL name), method and status code.",
    ["view", "method", "status"],
)
LATENCY = Histogram(
    "treffpunkt_http_request_duration_seconds",
    "Time from the request reaching Django to the response leaving it, by view.",
    ["view"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.2, 0.35, 0.5, 1, 2, 5, 10),
)
PAGE_CACHE = Counter(
    "treffpunkt_page_cache_total",
    "Anonymous public pages: served from the cache (hit), rendered and stored (miss).",
    ["result"],
)
LIVE_CONNECTIONS = Gauge(
    "treffpunkt_live_connections",
    "Open WebSocket connections of live pages.",
    multiprocess_mode="livesum",
)
LIVE_CONNECTS = Counter("treffpunkt_live_connects_total", "WebSocket connections accepted.")
LIVE_DISCONNECTS = Counter("treffpunkt_live_disconnects_total", "WebSocket connections closed.")


def view_label(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name or "unnamed"
    return "static" if request.path.startswith("/static/") else "unresolved"


class RequestMetricsMiddleware:
    """Counts requests and measures their latency (first in MIDDLEWARE, so it sees all)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        view = view_label(request)
        LATENCY.labels(view).observe(time.perf_counter() - started)
        REQUESTS.labels(view, request.method, str(response.status_code)).inc()
        return response


class LiveConnectionMetrics:
    """ASGI middleware around the WebSocket router: counts accepted and closed connections
    without touching the consumers."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        accepted = False

        async def counting_send(message):
            nonlocal accepted
            if message["type"] == "websocket.accept" and not accepted:
                accepted = True
                LIVE_CONNECTS.inc()
                LIVE_CONNECTIONS.inc()
            await send(message)

        try:
            return await self.app(scope, receive, counting_send)
        finally:
            if accepted:
                LIVE_DISCONNECTS.inc()
                LIVE_CONNECTIONS.dec()


class TaskQueueCollector:
    """The background-task queue, read from django-tasks-db's table when /metrics is asked."""

    def collect(self):
        from django.db.models import Count
        from django_tasks_db.models import DBTaskResult

        gauge = GaugeMetricFamily(
            "treffpunkt_task_queue_length",
            "Background tasks waiting (READY) or being run (RUNNING) by `treffpunkt db_worker`.",
            labels=["status"],
        )
        counts = dict(
            DBTaskResult.objects.filter(status__in=["READY", "RUNNING"])
            .values_list("status")
            .annotate(Count("id"))
        )
        for status in ("READY", "RUNNING"):
            gauge.add_metric([status.lower()], counts.get(status, 0))
        yield gauge


def exposition() -> tuple[bytes, str]:
    """The text a Prometheus server scrapes, for all worker processes together."""
    tasks = CollectorRegistry()
    tasks.register(TaskQueueCollector())
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        workers = CollectorRegistry()
        multiprocess.MultiProcessCollector(workers)
    else:
        workers = REGISTRY
    return generate_latest(workers) + generate_latest(tasks), CONTENT_TYPE_LATEST
